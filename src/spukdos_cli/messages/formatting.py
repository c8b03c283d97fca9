"""Numbers for people: amounts, quantities and percentages in Dutch or English.

Dutch: ``€ 78.525,00``, ``182,5``, ``80,00 %``. English: ``€78,525.00``, ``182.5``,
``80.00%``. Formatting never rounds an amount: amounts are already in cents.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from spukdos_cli.exact import CONTEXT


def _group(digits: str, sep: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def format_decimal(value: Decimal, lang: str = "nl", *, places: int | None = None) -> str:
    """A quantity with grouping: ``7.200``, ``182,5`` (nl) or ``7,200``, ``182.5`` (en)."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), context=CONTEXT)
    text = format(value, "f")
    negative = text.startswith("-")
    text = text.lstrip("-")
    integer, _, decimals = text.partition(".")
    thousands, point = (",", ".") if lang == "en" else (".", ",")
    body = _group(integer, thousands) + (point + decimals if decimals else "")
    return ("-" if negative else "") + body


def _places(value: Decimal, places: int | None, least: int) -> int:
    """``places``, or (None) as many decimals as ``value`` has, at least ``least``."""
    if places is not None:
        return places
    exponent = value.as_tuple().exponent
    return max(least, -exponent) if isinstance(exponent, int) else least


def format_eur(
    value: Decimal, lang: str = "nl", *, signed: bool = False, places: int | None = 2
) -> str:
    """An amount in euros with two decimals: ``€ 78.525,00`` / ``€78,525.00``
    (``places=None``: every decimal it has, at least two, never rounded).

    With ``signed``, positive amounts get a ``+`` (as the form's ``+/+``).
    """
    body = format_decimal(abs(value), lang, places=_places(value, places, 2))
    sign = "-" if value < 0 else ("+" if signed and value > 0 else "")
    if lang == "en":
        return f"{sign}€{body}"
    return f"{sign + ' ' if sign else ''}€ {body}"


def format_pct(value: Decimal | None, lang: str = "nl", *, places: int | None = 2) -> str:
    """A percentage with two decimals: ``80,00 %`` / ``80.00%``; ``—`` when unknown
    (``places=None``: as written, ``25 %``, ``12,5 %``)."""
    if value is None:
        return "—"
    body = format_decimal(value, lang, places=_places(value, places, 0))
    return f"{body}%" if lang == "en" else f"{body} %"


MAX_LISTED = 20
"""Items one message or table cell lists before it says how many more there are."""

MAX_SHOWN_CHARS = 200
"""Characters of file text one table cell or heading shows; the file holds the rest."""


def join_listed(items: Sequence[str], limit: int = MAX_LISTED, *, separator: str = ", ") -> str:
    """``a, b, c``; beyond ``limit`` items ``a, b, … (+998)``, so that a hostile file
    cannot make one message or table cell megabytes long."""
    if len(items) <= limit:
        return separator.join(items)
    return separator.join(items[:limit]) + f"{separator}… (+{len(items) - limit})"


def clip_text(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """``text``, cut to ``limit`` characters with ``…`` where it was longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
