"""Amounts, counts and dates the way the form prints them, read exactly.

The document is Dutch, so a point between digit groups is a thousands separator and a
comma the decimal mark: ``€ 100.000,00``, ``+/+ € 78.525,00``, ``182,5 dagen``,
``6,1 inwoners``, ``€ 25.000,-``; so is a space between groups of three (``€ 40 000,00``,
``1 500 dagen``). A decimal point is accepted where it cannot be a
thousands separator (``182.5``). Anything that could mean two things (``1,250``) is not
read: the importer leaves the value empty and says what it saw. Digits are ASCII only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

_DUTCH_GROUPED = re.compile(r"^([0-9]{1,3}(?:\.[0-9]{3})+)(?:,([0-9]{1,4}|-{1,2}|–))?$")
_COMMA_DECIMAL = re.compile(r"^([0-9]{1,15}),([0-9]{1,4}|-{1,2}|–)$")
_POINT_DECIMAL = re.compile(r"^([0-9]{1,15})\.([0-9]{1,2})$")
_PLAIN = re.compile(r"^[0-9]{1,15}$")

GROUP_SPACE = "[ \u00a0\u202f\u2009]"
"""A space between digit groups (``€ 12 500,00``): plain, non-breaking, narrow or thin, as
word processors and number formats write it."""
SPACED = rf"[0-9]{{1,3}}(?:{GROUP_SPACE}[0-9]{{3}}(?![0-9]))+(?:,[0-9]{{1,4}}|,-{{1,2}}|,–)?"
"""A number whose thousands are set apart by spaces (``40 000,00``, ``1 500``)."""
NUMBER = SPACED + r"|[0-9][0-9.,]*[0-9](?:,-{1,2}|,–)?|[0-9](?:,-{1,2}|,–)?"
"""A number as the form's text writes it; the spaced form first, so that ``€ 40 000,00``
is forty thousand, never 40."""
_SPACED_WHOLE = re.compile(rf"^(?:{SPACED})$")
_BROKEN_GROUP = re.compile(rf"{GROUP_SPACE}[0-9]")
"""After an amount's number: a space and more digits, which no reading of it takes in."""
_AMOUNT = re.compile(
    r"(?P<sign>\+/\+|-/-|(?<![\w/])[+\-−])?\s*(?P<cur>€|EURO?(?![a-z]))\s*(?P<num>" + NUMBER + ")",
    re.IGNORECASE,
)
_AMOUNT_AFTER = re.compile(
    r"(?P<sign>\+/\+|-/-|(?<![\w/])[+\-−])?\s*(?<![\w.,])(?P<num>" + NUMBER + r")\s*(?:euro|EUR)\b",
    re.IGNORECASE,
)
"""An amount written with the currency after it: ``12.500,00 euro``."""
_SIGNED_NUMBER = re.compile(r"(?P<sign>\+/\+|-/-)\s*(?P<num>" + NUMBER + ")")
_QUANTITY = re.compile(r"^\s*(?P<num>" + NUMBER + r")(?![0-9])\s*(?P<rest>.*)$", re.S)


def read_number(text: str, max_decimals: int = 2) -> Decimal | None:
    """The number ``text`` (no sign, no currency) in Dutch or plain notation, or None when
    it cannot be read without guessing."""
    body = text.strip()
    if _SPACED_WHOLE.match(body):  # thousands set apart by spaces: as by points
        body = re.sub(GROUP_SPACE, ".", body)
    match = _DUTCH_GROUPED.match(body)
    if match:
        integer, decimals = match[1].replace(".", ""), match[2]
    elif (match := _COMMA_DECIMAL.match(body)) is not None:
        integer, decimals = match[1], match[2]
        if decimals and len(decimals) == 3 and decimals.isdigit() and len(integer) <= 3:
            return None  # 1,250: thousands (English) or decimals (Dutch)?
    elif (match := _POINT_DECIMAL.match(body)) is not None:
        integer, decimals = match[1], match[2]
    elif _PLAIN.match(body):
        integer, decimals = body, None
    else:
        return None
    if decimals is not None and not decimals.isdigit():  # ",-": whole euros
        decimals = None
    if len(integer) > 1 and integer.startswith("0"):
        return None
    if decimals is not None and len(decimals) > max_decimals:
        return None
    return Decimal(f"{integer}.{decimals}" if decimals else integer)


@dataclass(frozen=True)
class Amount:
    """An amount found in a line: its value (None when the number after the euro sign
    cannot be read without guessing), where it stands, and how it was written."""

    value: Decimal | None
    start: int
    end: int
    written: str


def find_amounts(text: str, *, unreadable: bool = False) -> list[Amount]:
    """Every amount with a euro sign in ``text``, left to right (``€ 100.000,00``,
    ``+/+ € 78.525,00``, ``-/- € 1.000,00``, ``EUR 3.500,00``, ``12.500,00 euro``). A
    signed amount is negative for ``-/-``.
    With ``unreadable``, an amount whose number cannot be read (``€ 1,250``) is there
    too, with the value None, so that it is reported instead of passed over."""
    found: list[Amount] = []
    matches = list(_AMOUNT.finditer(text))
    for match in _AMOUNT_AFTER.finditer(text):
        if not any(m.start() < match.end() and match.start() < m.end() for m in matches):
            matches.append(match)
    matches.sort(key=lambda m: m.start())
    for match in matches:
        value = read_number(match["num"])
        end = match.end()
        if _BROKEN_GROUP.match(text, match.end("num")):
            value = None  # "€ 12 50": digits after a space that make no group of three
        elif (times := magnitude(text, match.end("num"))) is not None:
            factor, end = times  # "€ 1,2 miljoen"
            value = None if value is None else times_factor(value, factor)
        written = text[match.start() : end].strip()
        if value is None:
            if unreadable:
                found.append(Amount(None, match.start(), end, written))
            continue
        sign = match["sign"] or ""
        if sign in ("-/-", "-", "−"):
            value = -value
        found.append(Amount(value, match.start(), end, written))
    return found


_MAGNITUDE = re.compile(
    r"\s*(?P<word>miljard|mld|miljoen|mln|mio|duizend|tonnen|ton|k)(?P<dot>\.)?(?![^\W\d_])",
    re.I,
)
FACTORS = {
    "miljard": Decimal(10**9),
    "mld": Decimal(10**9),
    "miljoen": Decimal(10**6),
    "mln": Decimal(10**6),
    "mio": Decimal(10**6),
    "ton": Decimal(10**5),
    "tonnen": Decimal(10**5),
    "duizend": Decimal(1000),
    "k": Decimal(1000),
}
"""The words for a power of ten that people write after an amount (``€ 1,2 miljoen``,
``€ 2,5 ton``: a hundred thousand in Dutch, ``€ 45k``)."""


def times_factor(value: Decimal, factor: Decimal) -> Decimal:
    """``value`` × ``factor``, in whole units where it comes out whole (1,2 miljoen is
    1200000, not 1200000.0)."""
    product = value * factor
    return product.quantize(Decimal(1)) if product == product.to_integral_value() else product


def magnitude(text: str, at: int) -> tuple[Decimal, int] | None:
    """The factor a word right after a number at ``at`` gives it (``miljoen``, ``mln``,
    ``ton``, ``k``), and where the word ends; None when none follows."""
    match = _MAGNITUDE.match(text, at)
    if match is None:
        return None
    return FACTORS[match["word"].lower()], match.end()


def find_signed(text: str) -> Amount | None:
    """``+/+ 78.525,00`` without a euro sign (the net effect is sometimes written so)."""
    match = _SIGNED_NUMBER.search(text)
    if match is None:
        return None
    value = read_number(match["num"])
    if value is None:
        return None
    value = -value if match["sign"] == "-/-" else value
    return Amount(value, match.start(), match.end(), match.group().strip())


def leading_quantity(text: str, max_decimals: int = 4) -> tuple[Decimal, str, str] | None:
    """A number at the start of ``text`` (``182,5 dagen  Half jaar uitstel``): the value,
    the number as written, and the rest of the text; None when the text does not start
    with a readable number."""
    match = _QUANTITY.match(text)
    if match is None:
        return None
    value = read_number(match["num"], max_decimals)
    if value is None:
        return None
    return value, match["num"], match["rest"]


def plain(value: Decimal) -> str:
    """A Decimal as the file format's machine spelling (``100000.00``, ``182.5``)."""
    return format(value, "f")


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("maart", "mrt", "mar"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b([0-9]{{1,2}})\s+({_MONTH_NAMES})\.?\s+([0-9]{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\.?\s+([0-9]{{4}})\b", re.I)
_NUMERIC = re.compile(r"\b([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})\b")
_ISO = re.compile(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b")


@dataclass(frozen=True)
class FoundDate:
    value: date
    written: str
    whole_month: bool
    """True when only a month was written (``januari 2025``): the first or last day of
    that month was taken."""


def find_date(text: str, *, end: bool) -> FoundDate | None:
    """The first date in ``text``: ``1 januari 2025``, ``01-01-2025``, ``2025-01-01``, or
    a month (``januari 2025``: its first day, or its last day when ``end``)."""
    candidates: list[tuple[int, FoundDate]] = []
    for match in _ISO.finditer(text):
        day = _date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            candidates.append((match.start(), FoundDate(day, match[0], False)))
    for match in _NUMERIC.finditer(text):
        day = _date(int(match[3]), int(match[2]), int(match[1]))
        if day:
            candidates.append((match.start(), FoundDate(day, match[0], False)))
    taken: list[tuple[int, int]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day = _date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
        if day:
            candidates.append((match.start(), FoundDate(day, match[0], False)))
            taken.append(match.span())
    for match in _MONTH_YEAR.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        year, month = int(match[2]), _MONTHS[match[1].lower()]
        last = _last_day(year, month)
        day = _date(year, month, last if end else 1)
        if day:
            candidates.append((match.start(), FoundDate(day, match[0], True)))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _last_day(year: int, month: int) -> int:
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
