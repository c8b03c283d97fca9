"""Number traps from hostile or careless input (issue 7), and percentages.

test_numbers.py covers the accepted and rejected spellings of amounts; this file adds the
traps found later: digits that only look like digits, a doubled currency sign, and
percentages written three ways.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from spukdos_cli.findings import Term
from spukdos_cli.form.numbers import NumberTextError, parse_number, parse_percentage
from spukdos_cli.messages import catalogue as codes
from spukdos_cli.read.loader import load_text


def _reason(text: str, **kwargs: object) -> str:
    with pytest.raises(NumberTextError) as info:
        parse_number(text, **{"max_decimals": 2, **kwargs})  # type: ignore[arg-type]
    return info.value.reason


# -- digits are ASCII only ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "٣٠٠",  # Arabic-Indic, which Decimal() would read as 300
        "۳۰۰",  # extended Arabic-Indic (Persian)
        "３００",  # full-width
        "३००",  # Devanagari
        "1٣",  # one ASCII digit does not make the rest ASCII
        "1.٢٥٠",
        "1,5٠",
        "€ ٣",
        "𝟑",  # mathematical bold digit three
    ],
)
def test_non_ascii_digits_are_not_a_number(text: str) -> None:
    assert _reason(text, allow_currency=True) == "not_a_number"


def test_decimal_itself_would_have_read_them() -> None:
    # the reason for the rule: without it, "٣٠٠" would silently become 300
    assert Decimal("٣٠٠") == 300


def test_non_ascii_digits_in_a_file_are_s004() -> None:
    loaded = load_text("spukdos: 1\nbeschrijving:\n  aantal_inwoners: ٣٠٠\n")
    (finding,) = loaded.findings
    assert (finding.code, finding.path) == ("S004", ("beschrijving", "aantal_inwoners"))
    assert finding.params["reason"] == Term("not_a_number")


# -- one currency sign, once --------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["€ € 5", "€€5", "EUR € 5", "€ EUR 5", "- € € 5", "€ -/- € 5", "€ - € 5"]
)
def test_a_doubled_currency_sign_is_not_a_number(text: str) -> None:
    assert _reason(text, allow_currency=True) == "not_a_number"


@pytest.mark.parametrize(("text", "expected"), [("€ -/- 5", "-5"), ("-/- € 5", "-5")])
def test_one_currency_sign_with_a_sign_still_reads(text: str, expected: str) -> None:
    assert parse_number(text, max_decimals=2, allow_currency=True) == Decimal(expected)


# -- percentages ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with a percent sign, with or without (no-break) space
        ("20 %", "20"),
        ("20%", "20"),
        ("20\u00a0%", "20"),
        ("12,5 %", "12.5"),
        ("12.5%", "12.5"),
        ("0,5 %", "0.5"),  # with the sign, a value below 1 is a fraction of a percent
        ("100,00 %", "100.00"),
        (" 7 % ", "7"),
        # a plain number is read as percent
        ("20", "20"),
        ("12,5", "12.5"),
        ("1", "1"),
        ("0", "0"),
        ("150", "150"),  # whether more than 100 % makes sense is the caller's business
        ("-5", "-5"),
    ],
)
def test_percentages_are_read_in_percent(text: str, expected: str) -> None:
    value = parse_percentage(text)
    assert value == Decimal(expected)
    assert value.as_tuple() == Decimal(expected).as_tuple()


@pytest.mark.parametrize(
    ("text", "reason", "suggestion"),
    [
        # a fraction is never guessed: 0,2 could be 20 % or 0,2 %
        ("0,2", "ambiguous_fraction", "20 % / 0,2 %"),
        ("0.05", "ambiguous_fraction", "5 % / 0.05 %"),
        ("0,125", "ambiguous_fraction", "12,5 % / 0,125 %"),
        ("-0,5", "ambiguous_fraction", "-50 % / -0,5 %"),
        # the usual number rules still apply
        ("0,125 %", "too_many_decimals", "2"),
        ("1.250 %", "ambiguous_separator", "1250 / 1,25"),
        ("20 %%", "not_a_number", ""),
        ("%", "not_a_number", ""),
        ("% 20", "not_a_number", ""),
        ("20 procent", "not_a_number", ""),
        ("€ 20", "currency_not_allowed", "20"),
        ("٢٠ %", "not_a_number", ""),
    ],
)
def test_percentages_rejected(text: str, reason: str, suggestion: str) -> None:
    with pytest.raises(NumberTextError) as info:
        parse_percentage(text)
    assert (info.value.reason, info.value.suggestion) == (reason, suggestion)
    assert info.value.text == text  # the message quotes what was written, % and all


def test_percentage_decimals_are_configurable() -> None:
    assert parse_percentage("1,2345 %", max_decimals=4) == Decimal("1.2345")
    with pytest.raises(NumberTextError) as info:
        parse_percentage("1,23456 %", max_decimals=4)
    assert (info.value.reason, info.value.suggestion) == ("too_many_decimals", "4")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_ambiguous_fraction_has_a_translated_reason(lang: str) -> None:
    word = {"nl": "breuk", "en": "fraction"}[lang]
    assert word in codes.term("ambiguous_fraction", lang)
    assert codes.term("suggest_either", lang, suggestion="20 % / 0,2 %").endswith("0,2 %.")
