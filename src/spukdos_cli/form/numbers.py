"""Read numbers exactly as the applicant wrote them.

YAML's own number rules (and binary floats) would silently change what people type:
``1.250`` becomes 1.25, ``012`` becomes 10 and ``1:30`` becomes 90. The loader therefore
keeps every plain scalar as text, and the model calls these functions to turn that text
into a :class:`~decimal.Decimal`. Accepted spellings (documented in ``docs/numbers.md``):

* machine style: ``780000``, ``780000.00``, ``182.5``;
* Dutch style: ``780.000,00``, ``182,5``, ``1.250.000`` (several dot groups);
* as the form prints amounts: ``€ 317.276,25``, ``+/+ € 78.525,00``, ``-/- € 1.000,00``;
* whole euros as Dutch prices are written (amounts only): ``€ 72.000,-``, ``1.250,-``.

Spellings that could mean two things are rejected with a suggestion, never guessed:
``1.250`` and ``1,250`` (a thousands separator or a decimal?), ``1,250.00`` (English
grouping), ``012`` (a leading zero), ``1e3``, ``.nan``, ``1:30``. Digits are ASCII only
(``٣`` or ``３`` are not read as 3). :func:`parse_percentage` reads percentages.
"""

from __future__ import annotations

import re
from decimal import Decimal

MAX_INTEGER_DIGITS = 15
"""No amount or count in an application comes near 10^15; longer numbers are rejected."""

MAX_TEXT_LENGTH = 64

# Digits are ASCII only: ``\d`` would also match Arabic-Indic or full-width digits, which
# Decimal() happily converts, so a number could look different from what it is read as.
_CURRENCY = re.compile(r"^(?:€|EUR)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"^[0-9]+$")
_POINT_DECIMAL = re.compile(r"^([0-9]+)\.([0-9]+)$")
_COMMA_DECIMAL = re.compile(r"^([0-9]+),([0-9]+)$")
_DUTCH_GROUPED = re.compile(r"^([0-9]{1,3}(?:\.[0-9]{3})+)(?:,([0-9]+))?$")
_ENGLISH_GROUPED = re.compile(r"^([0-9]{1,3}(?:,[0-9]{3})+)(?:\.([0-9]+))?$")
_WHOLE_EUROS = re.compile(r"^([0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+),[-\u2013]$")
"""``72.000,-`` (or with an en dash): whole euros, as Dutch prices are written. The comma
says where the cents would be, so ``1.250,-`` is one thousand two hundred and fifty."""


class NumberTextError(ValueError):
    """Text that is not a number we can read without guessing.

    ``reason`` is a stable key (used to pick a translated message); ``suggestion`` is
    what the user probably meant, written unambiguously, where there is one.
    """

    def __init__(self, reason: str, text: str, suggestion: str = "") -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text
        self.suggestion = suggestion


def _strip_sign_and_currency(text: str, allow_currency: bool) -> tuple[bool, str]:
    body = text.strip()
    negative = False
    signed = False
    currency = False
    for _ in range(2):  # sign and currency may come in either order
        if body.startswith(("+/+", "-/-", "+", "-")):
            if signed:  # "-+5", "-/- +5": two signs would mean guessing
                raise NumberTextError("not_a_number", text)
            signed = True
            width = 3 if body.startswith(("+/+", "-/-")) else 1
            negative = body[0] == "-"
            body = body[width:].lstrip()
        match = _CURRENCY.match(body)
        if match:
            if not allow_currency:
                raise NumberTextError("currency_not_allowed", text, body[match.end() :])
            if currency:  # "€ € 5", "€ -5 €"...: one currency sign, once
                raise NumberTextError("not_a_number", text)
            currency = True
            body = body[match.end() :]
    return negative, body


def _ambiguous_three(integer: str, decimals: str) -> bool:
    """``1.250`` / ``1,250``: one separator followed by exactly three digits."""
    return len(decimals) == 3 and 1 <= len(integer) <= 3 and not integer.startswith("0")


def _dutch_grouped(digits: str) -> str:
    """``12500`` -> ``12.500``: dots between the thousands, as the form writes amounts."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(groups)


def _both_readings(integer: str, decimals: str, max_decimals: int | None, *, money: bool) -> str:
    """The two readings of ``12.500`` written the way a Dutch applicant writes numbers,
    each unambiguous: thousands (``12.500,00`` for an amount, else ``12500``) and, where
    the field allows that many decimals, a decimal mark (``12,50`` / ``1,25``)."""
    whole = integer + decimals
    thousands = f"{_dutch_grouped(whole)},00" if money else whole
    fraction = decimals.rstrip("0")
    if max_decimals is not None and len(fraction) > max_decimals:
        return thousands  # 12.505 cannot be an amount with a decimal mark
    if money:
        fraction = fraction.ljust(2, "0")
    decimal = f"{integer},{fraction}" if fraction else integer
    return f"{thousands} / {decimal}"


def parse_number(
    text: str,
    *,
    max_decimals: int | None,
    allow_currency: bool = False,
) -> Decimal:
    """Parse ``text`` into an exact Decimal, or raise :class:`NumberTextError`.

    ``max_decimals`` bounds the digits after the decimal separator (2 for money).
    The sign is returned as written; whether a negative value is allowed is the
    model's business, so that the message can say "negative" rather than "unreadable".
    """
    if len(text) > MAX_TEXT_LENGTH:
        raise NumberTextError("too_long", text[:MAX_TEXT_LENGTH] + "…")
    negative, body = _strip_sign_and_currency(text, allow_currency)
    body = body.strip()
    integer: str
    decimals: str
    if _DIGITS.match(body):
        integer, decimals = body, ""
    elif allow_currency and (match := _WHOLE_EUROS.match(body)):
        integer, decimals = match.group(1).replace(".", ""), ""
    elif (match := _POINT_DECIMAL.match(body)) or (match := _COMMA_DECIMAL.match(body)):
        integer, decimals = match.group(1), match.group(2)
        if _ambiguous_three(integer, decimals):
            raise NumberTextError(
                "ambiguous_separator",
                text,
                _both_readings(integer, decimals, max_decimals, money=allow_currency),
            )
    elif match := _DUTCH_GROUPED.match(body):
        integer, decimals = match.group(1).replace(".", ""), match.group(2) or ""
    elif match := _ENGLISH_GROUPED.match(body):
        plain = match.group(1).replace(",", "")
        suggestion = plain + (f".{match.group(2)}" if match.group(2) else "")
        raise NumberTextError("english_grouping", text, suggestion)
    else:
        raise NumberTextError("not_a_number", text)
    if len(integer) > 1 and integer.startswith("0"):
        raise NumberTextError(
            "leading_zero", text, str(int(integer)) + (f".{decimals}" if decimals else "")
        )
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise NumberTextError("too_large", text)
    if max_decimals is not None and len(decimals) > max_decimals:
        raise NumberTextError("too_many_decimals", text, str(max_decimals))
    value = Decimal(f"{'-' if negative else ''}{integer}{'.' + decimals if decimals else ''}")
    return value


def number_pattern(*, max_decimals: int | None, allow_currency: bool, signed: bool) -> str:
    """The spellings :func:`parse_number` accepts, as one regular expression.

    For the JSON Schema, so that an editor accepts exactly the text spukdos reads; written
    in the subset that Python's ``re`` and JavaScript (ECMA-262) read alike. ``max_decimals``
    None stands for a whole number (:func:`parse_whole_number`): decimals are allowed
    only when they are all zeros (``100,0``). ``signed`` False allows only a plus sign,
    as the model refuses a negative value. Tested against :func:`parse_number` on a list of
    spellings (tests/authoring/test_schema_numbers.py).
    """
    most = MAX_INTEGER_DIGITS - 1
    integer = f"(?:0|[1-9][0-9]{{0,{most}}})"
    long_integer = f"(?:0|[1-9][0-9]{{3,{most}}})"  # 1234.567 and 0.125 are not ambiguous
    groups = most // 3  # 999.999.999.999.999 has 15 digits
    head = "[1-9][0-9]{0,2}"
    if max_decimals is None:  # whole: zeros only; three zeros only where not ambiguous
        decimals, three, comma_part = "(?:0{1,2}|0{4,})", "000", "0+"
    elif max_decimals >= 3:
        more = f"|[0-9]{{4,{max_decimals}}}" if max_decimals > 3 else ""
        decimals, three = f"(?:[0-9]{{1,2}}{more})", "[0-9]{3}"
        comma_part = f"[0-9]{{1,{max_decimals}}}"
    elif max_decimals > 0:
        decimals = comma_part = f"[0-9]{{1,{max_decimals}}}"
        three = ""
    else:
        decimals = three = comma_part = ""
    bodies = [integer]
    if decimals:
        bodies.append(f"{integer}[.,]{decimals}")
    if three:
        bodies.append(f"{long_integer}[.,]{three}")
    bodies.append(f"{head}(?:\\.[0-9]{{3}}){{2,{groups}}}")  # 1.250.000
    if comma_part:
        bodies.append(f"{head}(?:\\.[0-9]{{3}}){{1,{groups}}},{comma_part}")  # 1.250,5
    if allow_currency:  # 72.000,- : whole euros
        bodies.append(f"(?:{integer}|{head}(?:\\.[0-9]{{3}}){{1,{groups}}}),[-\u2013]")
    sign = "(?:\\+/\\+|-/-|[+-])" if signed else "(?:\\+/\\+|\\+)"
    currency = "(?:€|[Ee][Uu][Rr])"
    if allow_currency:
        prefix = f"(?:{sign}\\s*(?:{currency}\\s*)?|{currency}\\s*(?:{sign}\\s*)?)?"
    else:
        prefix = f"(?:{sign}\\s*)?"
    return f"^\\s*{prefix}(?:{'|'.join(bodies)})\\s*$"


def parse_whole_number(text: str) -> int:
    """A count (residents, clients): digits only, Dutch grouping with several dots allowed."""
    value = parse_number(text, max_decimals=None)
    if value != value.to_integral_value():
        raise NumberTextError("not_whole", text)
    return int(value)


_PERCENT_SIGN = re.compile(r"\s*%$")


def parse_percentage(text: str, *, max_decimals: int = 2) -> Decimal:
    """A percentage, returned in percent: ``"20 %"`` -> ``Decimal("20")``.

    Accepted, with the decimal mark and grouping rules of :func:`parse_number`:

    * with a percent sign, with or without a space: ``20 %``, ``20%``, ``12,5 %``, ``0,5 %``;
    * a plain number, read as percent: ``20``, ``12,5``, ``1`` (one percent), ``0``.

    A fraction is never guessed: a plain number strictly between 0 and 1 (``0,2``,
    ``0.05``) could mean 20 % or 0,2 %, so it is rejected with reason
    ``ambiguous_fraction`` and both readings as the suggestion. Whether a value above
    100 % or below 0 % makes sense is the caller's business.
    """
    body = text.strip()
    has_sign = bool(_PERCENT_SIGN.search(body))
    if has_sign:
        body = _PERCENT_SIGN.sub("", body)
        if body.endswith("%"):  # "20 %%"
            raise NumberTextError("not_a_number", text)
    try:
        value = parse_number(body, max_decimals=None)
        if not has_sign and 0 < abs(value) < 1:
            mark = "," if "," in body else "."
            as_percent = format((value * 100).normalize(), "f").replace(".", mark)
            raise NumberTextError("ambiguous_fraction", text, f"{as_percent} % / {body} %")
        return parse_number(body, max_decimals=max_decimals)
    except NumberTextError as err:
        raise NumberTextError(err.reason, text, err.suggestion) from None
