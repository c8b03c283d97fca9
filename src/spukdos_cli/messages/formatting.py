"""Numbers for people: amounts, quantities and percentages in Dutch or English.

Dutch: ``€ 78.525,00``, ``182,5``, ``80,00 %``. English: ``€78,525.00``, ``182.5``,
``80.00%``. Formatting never rounds an amount: amounts are already in cents.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from spukdos_cli.exact import CONTEXT
from spukdos_cli.messages.lang import pick


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


# -- dates and times for people (issue 28) -------------------------------------------------------
MONTHS = (
    ("januari", "January"),
    ("februari", "February"),
    ("maart", "March"),
    ("april", "April"),
    ("mei", "May"),
    ("juni", "June"),
    ("juli", "July"),
    ("augustus", "August"),
    ("september", "September"),
    ("oktober", "October"),
    ("november", "November"),
    ("december", "December"),
)
DUTCH_TIME = ("Nederlandse tijd", "Dutch time")


def _last_sunday(year: int, month: int) -> int:
    """The day of the month of the last Sunday of ``month`` (March or October)."""
    from datetime import date

    last = 31  # March and October have 31 days
    return last - (date(year, month, last).weekday() + 1) % 7


def eu_time(moment: datetime) -> datetime:
    """``moment`` (aware) on a Dutch clock by the EU rule the Netherlands follow since 1996:
    CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC
    on the last Sunday of October."""
    utc = moment.astimezone(UTC)
    start = datetime(utc.year, 3, _last_sunday(utc.year, 3), 1, tzinfo=UTC)
    end = datetime(utc.year, 10, _last_sunday(utc.year, 10), 1, tzinfo=UTC)
    hours = 2 if start <= utc < end else 1
    return utc.astimezone(timezone(timedelta(hours=hours)))


def dutch_time(moment: datetime) -> datetime:
    """``moment`` (aware) as a clock in the Netherlands shows it: Europe/Amsterdam from the
    time zone database, or by :func:`eu_time` where there is none (Windows without the
    tzdata package)."""
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo("Europe/Amsterdam"))
    except (ImportError, LookupError, ValueError, OSError):
        return eu_time(moment)


def format_dutch_time(moment: datetime, lang: str = "nl") -> str:
    """``7 december 2026, 22:51 (Nederlandse tijd)`` / ``7 December 2026, 22:51 (Dutch
    time)``: ``moment`` on a Dutch clock, in words."""
    local = dutch_time(moment)
    month = pick(MONTHS[local.month - 1], lang)
    zone = pick(DUTCH_TIME, lang)
    return f"{local.day} {month} {local.year}, {local:%H:%M} ({zone})"
