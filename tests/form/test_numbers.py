"""Tests for spukdos_cli.form.numbers: numbers are read exactly as written, or rejected."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spukdos_cli.form.numbers import (
    MAX_INTEGER_DIGITS,
    MAX_TEXT_LENGTH,
    NumberTextError,
    parse_number,
    parse_whole_number,
)


def _same(actual: Decimal, expected: Decimal) -> None:
    """Equal in value *and* in exponent (Decimal("285.00") is not Decimal("285"))."""
    assert actual == expected
    assert actual.as_tuple() == expected.as_tuple(), (actual, expected)


# -- accepted spellings -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # machine style
        ("780000", Decimal("780000")),
        ("780000.00", Decimal("780000.00")),
        ("182.5", Decimal("182.5")),
        ("285.00", Decimal("285.00")),
        ("0", Decimal("0")),
        ("0.5", Decimal("0.5")),
        ("0.12", Decimal("0.12")),
        ("1234.56", Decimal("1234.56")),
        # Dutch style
        ("780.000,00", Decimal("780000.00")),
        ("182,5", Decimal("182.5")),
        ("6,1", Decimal("6.1")),
        ("285,00", Decimal("285.00")),
        ("1.250.000", Decimal("1250000")),
        ("1.250.000,5", Decimal("1250000.5")),
        ("317.276,25", Decimal("317276.25")),
        ("420.589,50", Decimal("420589.50")),
        ("1.000,00", Decimal("1000.00")),
        # surrounding white space is not part of the number
        ("  5  ", Decimal("5")),
        # signs as written
        ("-5", Decimal("-5")),
        ("+5", Decimal("5")),
        ("-/- 5", Decimal("-5")),
        ("+/+ 5", Decimal("5")),
    ],
)
def test_accepted_spellings(text: str, expected: Decimal) -> None:
    _same(parse_number(text, max_decimals=2), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€ 317.276,25", Decimal("317276.25")),
        ("€317.276,25", Decimal("317276.25")),
        ("+/+ € 78.525,00", Decimal("78525.00")),
        ("-/- € 1.000,00", Decimal("-1000.00")),
        ("EUR 5", Decimal("5")),
        ("eur 5", Decimal("5")),
        ("€ 285,00", Decimal("285.00")),
        ("€ 0,00", Decimal("0.00")),
        ("€\u00a0100", Decimal("100")),  # a no-break space, as copied from a form
        # sign and currency in either order
        ("€ -5", Decimal("-5")),
        ("- € 5", Decimal("-5")),
        ("€ -/- 5", Decimal("-5")),
    ],
)
def test_form_style_with_currency(text: str, expected: Decimal) -> None:
    _same(parse_number(text, max_decimals=2, allow_currency=True), expected)


@pytest.mark.parametrize(
    ("text", "max_decimals", "expected"),
    [
        ("1234.567", None, Decimal("1234.567")),
        ("0.125", None, Decimal("0.125")),  # a leading 0 cannot be a thousands group
        ("0,125", None, Decimal("0.125")),
        ("0.125", 4, Decimal("0.125")),
        ("182.5", 1, Decimal("182.5")),
        ("1.5", 4, Decimal("1.5")),
        ("12.3456", 4, Decimal("12.3456")),
        ("7", 0, Decimal("7")),
    ],
)
def test_max_decimals_bounds(text: str, max_decimals: int | None, expected: Decimal) -> None:
    _same(parse_number(text, max_decimals=max_decimals), expected)


def test_result_is_decimal_never_float() -> None:
    value = parse_number("0,10", max_decimals=2)
    assert type(value) is Decimal
    assert value + parse_number("0,20", max_decimals=2) == Decimal("0.30")


def test_longest_accepted_integer() -> None:
    text = "9" * MAX_INTEGER_DIGITS
    assert parse_number(text, max_decimals=2) == Decimal(text)


# -- rejected spellings -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kwargs", "reason", "suggestion"),
    [
        # both readings, written the Dutch way an applicant writes numbers (issue 16)
        ("1.250", {}, "ambiguous_separator", "1250 / 1,25"),
        ("1,250", {}, "ambiguous_separator", "1250 / 1,25"),
        ("7.200", {}, "ambiguous_separator", "7200 / 7,2"),
        ("100,000", {}, "ambiguous_separator", "100000 / 100"),
        ("1.250", {"max_decimals": None}, "ambiguous_separator", "1250 / 1,25"),
        ("12.500", {"allow_currency": True}, "ambiguous_separator", "12.500,00 / 12,50"),
        ("1,250", {"allow_currency": True}, "ambiguous_separator", "1.250,00 / 1,25"),
        ("€ 100.000", {"allow_currency": True}, "ambiguous_separator", "100.000,00 / 100,00"),
        ("12.505", {"allow_currency": True}, "ambiguous_separator", "12.505,00"),
        ("1.255", {"max_decimals": 2}, "ambiguous_separator", "1255"),
        ("1,250.00", {}, "english_grouping", "1250.00"),
        ("1,250,000", {}, "english_grouping", "1250000"),
        ("1,250,000.5", {}, "english_grouping", "1250000.5"),
        ("012", {}, "leading_zero", "12"),
        ("00", {}, "leading_zero", "0"),
        ("012.5", {}, "leading_zero", "12.5"),
        ("0.250.000", {}, "leading_zero", "250000"),
        ("1e3", {}, "not_a_number", ""),
        ("1E3", {}, "not_a_number", ""),
        (".nan", {}, "not_a_number", ""),
        (".inf", {}, "not_a_number", ""),
        ("-.inf", {}, "not_a_number", ""),
        ("1:30", {}, "not_a_number", ""),
        ("", {}, "not_a_number", ""),
        ("   ", {}, "not_a_number", ""),
        ("-", {}, "not_a_number", ""),
        ("abc", {}, "not_a_number", ""),
        ("0x1F", {}, "not_a_number", ""),
        ("1 000", {}, "not_a_number", ""),
        ("1.2.3", {}, "not_a_number", ""),
        ("1,", {}, "not_a_number", ""),
        (",5", {}, "not_a_number", ""),
        ("5 €", {"allow_currency": True}, "not_a_number", ""),
        ("1234567890123456", {}, "too_large", ""),
        ("9" * 20, {}, "too_large", ""),
        ("1.000.000.000.000.000", {}, "too_large", ""),
        ("100.1234", {}, "too_many_decimals", "2"),
        ("1234.567", {}, "too_many_decimals", "2"),
        ("0.125", {}, "too_many_decimals", "2"),
        ("1.234,567", {}, "too_many_decimals", "2"),
        ("1.23456", {"max_decimals": 4}, "too_many_decimals", "4"),
        ("€ 5", {}, "currency_not_allowed", "5"),
        ("EUR 5", {}, "currency_not_allowed", "5"),
        ("-/- € 1.000,00", {}, "currency_not_allowed", "1.000,00"),
        # two signs would mean guessing which one counts
        ("--5", {}, "not_a_number", ""),
        ("-+5", {}, "not_a_number", ""),
        ("-/- +5", {"allow_currency": True}, "not_a_number", ""),
        ("+/+ € -/- 5", {"allow_currency": True}, "not_a_number", ""),
    ],
)
def test_rejections(text: str, kwargs: dict[str, object], reason: str, suggestion: str) -> None:
    kwargs = {"max_decimals": 2, **kwargs}
    with pytest.raises(NumberTextError) as info:
        parse_number(text, **kwargs)  # type: ignore[arg-type]
    assert info.value.reason == reason
    assert info.value.suggestion == suggestion
    assert info.value.text == text


def test_hundred_point_one_two_three_is_ambiguous_before_too_many_decimals() -> None:
    # "100.123" could be 100123 (Dutch grouping) or 100.123: ambiguity is reported first.
    with pytest.raises(NumberTextError) as info:
        parse_number("100.123", max_decimals=2)
    assert info.value.reason == "ambiguous_separator"
    # 100,123 has three decimals, more than the field allows: only the thousands reading
    assert info.value.suggestion == "100123"


def test_too_long_text_is_clipped_in_the_error() -> None:
    text = "1" * (MAX_TEXT_LENGTH + 10)
    with pytest.raises(NumberTextError) as info:
        parse_number(text, max_decimals=2)
    assert info.value.reason == "too_long"
    assert info.value.text == "1" * MAX_TEXT_LENGTH + "…"


def test_error_is_a_value_error_with_readable_message() -> None:
    with pytest.raises(ValueError, match=r"ambiguous_separator: '1\.250'"):
        parse_number("1.250", max_decimals=2)


def test_default_suggestion_is_empty() -> None:
    err = NumberTextError("not_a_number", "x")
    assert (err.reason, err.text, err.suggestion) == ("not_a_number", "x", "")


# -- whole numbers ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7200", 7200),
        ("7.200.000", 7200000),
        ("0", 0),
        ("2025", 2025),
        ("1", 1),
        ("6,0", 6),
        ("6.0", 6),
    ],
)
def test_whole_number_accepted(text: str, expected: int) -> None:
    value = parse_whole_number(text)
    assert type(value) is int
    assert value == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("6.1", "not_whole"),
        ("182,5", "not_whole"),
        ("7.200", "ambiguous_separator"),
        ("7,200", "ambiguous_separator"),
        ("012", "leading_zero"),
        ("€ 5", "currency_not_allowed"),
        ("1e3", "not_a_number"),
        ("", "not_a_number"),
        ("1234567890123456", "too_large"),
    ],
)
def test_whole_number_rejected(text: str, reason: str) -> None:
    with pytest.raises(NumberTextError) as info:
        parse_whole_number(text)
    assert info.value.reason == reason
    assert info.value.text == text
