"""The grant's rules, the price list and plausibility: a passing and a failing example each.

MINIMAL (tests/conftest.py) is complete and clean: costs 1.000,00 (600 + 400), grant 800,00
(80 %), co-financing 200,00 (20 %), benefits 10 × 2 × 60,00 + 5 × 1 × 100,00 = 1.700,00.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spukdos_cli.checks.pipeline import CheckOptions, check_loaded, default_options
from spukdos_cli.checks.plausibility import (
    OPERATIONS_VOCABULARY,
    regular_operations_word,
    regular_operations_words,
)
from spukdos_cli.compute.analysis import is_unsubstantiated
from spukdos_cli.findings import Quantity, Severity
from spukdos_cli.form.model import OverigeBesparing
from spukdos_cli.grant.prices import builtin_prices
from spukdos_cli.grant.rules import available_years, rules_for
from spukdos_cli.messages.catalogue import render
from spukdos_cli.read.datafiles import ConfigError, load_prices
from spukdos_cli.read.loader import load_path, load_text
from tests.conftest import AMSTELVEEN, EXAMPLES, MINIMAL, ROOT, check_text, codes, problems

# The variant centraal persoon: 2 clients × € 2.725 = € 5.450,00 grant, the gemeente pays
# the other € 200,00 of the € 5.650,00 costs; benefits 10 × 2 × 300,00 + 500,00 = 6.500,00.
CENTRAAL = (
    MINIMAL.replace("variant: cofinanciering", "variant: centraal_persoon")
    .replace("  uitkering: 800.00\n", "  uitkering: 5450.00\n  aantal_clienten: 2\n")
    .replace("bedrag: 600.00}", "bedrag: 5250.00}")
    .replace("kosten_per_dag: 60.00}", "kosten_per_dag: 300.00}")
)


def finding(text: str, code: str):  # type: ignore[no-untyped-def]
    found = [f for f in check_text(text).findings if f.code == code]
    assert len(found) == 1, problems(check_text(text))
    return found[0]


# -- per-year rules as data -----------------------------------------------------------------
def test_rules_2025_come_from_the_2025_format() -> None:
    rules = rules_for(2025)
    assert rules is not None
    assert rules.amount_per_client == Decimal("2725.00")
    assert (rules.max_grant_pct, rules.min_cofinancing_pct) == (Decimal(80), Decimal(20))
    assert rules.period is not None
    assert [d.isoformat() for d in rules.period] == ["2025-01-01", "2025-12-31"]
    form_parameters = [p for k, p in rules.parameters.items() if not k.startswith("kosten_per_")]
    for parameter in form_parameters:  # the public document, never a path
        assert parameter.source.startswith(
            "Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025, format "
            "van het Ministerie van VWS"
        )


def test_unknown_year_is_not_checked_rather_than_guessed() -> None:
    assert rules_for(2019) is None
    assert 2019 not in available_years()
    result = check_text(MINIMAL.replace("regeling_jaar: 2025", "regeling_jaar: 2019"))
    notes = [f for f in result.findings if f.code == "R005"]
    assert {f.severity for f in notes} == {Severity.INFO}
    assert len(notes) == 2  # the financing shares and the grant period
    assert "2019" in render(notes[0], "nl")
    assert result.errors == 0


# -- financing --------------------------------------------------------------------------------
def test_cofinanced_case_at_exactly_20_80_passes() -> None:
    assert problems(check_text(MINIMAL)) == []


def test_financing_that_does_not_cover_the_costs() -> None:
    f = finding(MINIMAL.replace("uitkering: 800.00", "uitkering: 700.00"), "R001")
    assert (f.stated, f.computed, f.difference) == (
        Decimal("900.00"),
        Decimal("1000.00"),
        Decimal("-100.00"),
    )


def test_grant_above_80_percent() -> None:
    text = MINIMAL.replace("bedrag: 200.00}", "bedrag: 150.00}").replace(
        "uitkering: 800.00", "uitkering: 850.00"
    )
    f = finding(text, "R002")
    assert "85,00 %" in render(f, "nl") and "80,00 %" in render(f, "nl")
    assert "85.00%" in render(f, "en")
    assert "R003" not in problems(check_text(text))  # one finding for one problem


def test_cofinancing_below_20_percent_when_the_sum_is_short() -> None:
    text = MINIMAL.replace("bedrag: 200.00}", "bedrag: 150.00}")
    assert set(problems(check_text(text))) == {"R001", "R003"}


def test_centraal_persoon_grant_is_clients_times_2725() -> None:
    assert problems(check_text(CENTRAAL)) == []
    f = finding(CENTRAAL.replace("aantal_clienten: 2", "aantal_clienten: 3"), "R004")
    assert (f.stated, f.computed) == (Decimal("5450.00"), Decimal("8175.00"))


def test_centraal_persoon_clients_must_be_whole() -> None:
    result = check_text(CENTRAAL.replace("aantal_clienten: 2", "aantal_clienten: 2.5"))
    assert "S004" in codes(result)


def test_financing_party_must_be_a_party() -> None:
    f = finding(MINIMAL.replace('partij: "Gemeente Voorbeeld"', 'partij: "Fonds X"'), "R006")
    assert f.path == ("financiering", "bijdragen", 0, "partij")


# -- parties and description -----------------------------------------------------------------
def test_amstelveen_has_all_committed_roles() -> None:
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml")
    assert not {"R010", "R011", "R012"} & set(codes(result))


def test_missing_committed_roles_are_named() -> None:
    without_care_office = MINIMAL.replace("rol: zorgkantoor", "rol: andere")
    f = finding(without_care_office, "R010")
    assert f.params["roles"] == "zorgkantoor"
    uncommitted = MINIMAL.replace(
        'organisatie: "Zorgaanbieder Voorbeeld"\n    toegezegd: true',
        'organisatie: "Zorgaanbieder Voorbeeld"\n    toegezegd: false',
    )
    f = finding(uncommitted, "R010")
    assert f.params["roles"] == "zorgaanbieder / welzijnsorganisatie / vrijwilligersinitiatief"


def test_invalid_email_and_phone() -> None:
    text = MINIMAL.replace('email: "a@gemeente.example"', 'email: "a-at-gemeente"').replace(
        'telefoon: "06-12345678"', 'telefoon: "bel maar"'
    )
    result = check_text(text)
    assert {"R011", "R012"} <= set(codes(result))


def test_start_after_end() -> None:
    f = finding(MINIMAL.replace("einddatum: 2025-12-31", "einddatum: 2024-12-31"), "R020")
    assert f.path == ("experiment", "einddatum")


def test_outside_and_partly_outside_the_grant_period() -> None:
    outside = MINIMAL.replace("startdatum: 2025-01-01", "startdatum: 2026-01-01").replace(
        "einddatum: 2025-12-31", "einddatum: 2026-06-30"
    )
    assert finding(outside, "R021").severity is Severity.ERROR
    partly = MINIMAL.replace("einddatum: 2025-12-31", "einddatum: 2026-06-30")
    assert finding(partly, "R022").severity is Severity.WARNING
    # at the date that lies outside (issue 27): here the end; with an early start, the start
    assert finding(partly, "R022").path == ("experiment", "einddatum")
    early = MINIMAL.replace("startdatum: 2025-01-01", "startdatum: 2024-10-01")
    assert finding(early, "R022").path == ("experiment", "startdatum")


def test_monitoring_refused_is_an_error_and_silence_a_reminder() -> None:
    assert finding(MINIMAL.replace("deelname: true", "deelname: false"), "R030").severity is (
        Severity.ERROR
    )
    silent = finding(MINIMAL.replace("  monitoring: {deelname: true}\n", ""), "R031")
    assert silent.severity is Severity.WARNING  # mandatory (issue 26): a warning, not a note


# -- the price list --------------------------------------------------------------------------
INTRAMURAL = "uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: 100.00}"


def _intramural(rate: str, extra: str = "") -> str:
    return MINIMAL.replace(
        INTRAMURAL,
        "uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: "
        f"{rate}, tarief: zi-verpleeghuis-dag-2022{extra}}}",
    )


def test_builtin_price_list_entries_all_cite_a_source() -> None:
    prices = builtin_prices()
    assert prices.get("zi-verpleeghuis-dag-2022") is not None
    entry = prices.get("zi-verpleeghuis-dag-2022")
    assert entry is not None and entry.bedrag == Decimal("290.00") and entry.prijsjaar == 2022
    assert all(len(e.bron) > 20 for e in prices.tarieven)


def test_rate_within_tolerance_passes() -> None:
    assert problems(check_text(_intramural("300.00"))) == []  # 3,45 % above 290,00


def test_rate_outside_tolerance_without_justification_warns_with_both_rates() -> None:
    f = finding(_intramural("334.00"), "P002")  # Amstelveen's C against the 2022 reference
    message = render(f, "nl")
    assert "€ 334,00" in message and "€ 290,00" in message and "+15,17 %" in message
    assert f.severity is Severity.WARNING


def test_justified_deviation_is_a_note() -> None:
    text = _intramural("334.00", ", onderbouwing_tarief: 'ZZP 5-7 prijspeil 2025'")
    assert finding(text, "P003").severity is Severity.INFO


def test_tolerance_is_configurable() -> None:
    options = CheckOptions(default_options().rules, builtin_prices(), Decimal(20))
    result = check_loaded(load_text(_intramural("334.00")), "t.yaml", options)
    assert "P002" not in codes(result)


def test_unknown_price_key_is_an_error_with_a_suggestion() -> None:
    text = MINIMAL.replace(
        INTRAMURAL,
        "uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: 100.00, "
        "tarief: zi-verpleeghuis-dag-2023}",
    )
    f = finding(text, "P001")
    assert "zi-verpleeghuis-dag-2022" in render(f, "nl")


def test_rate_per_year_is_not_compared_with_a_rate_per_day() -> None:
    text = MINIMAL.replace(
        INTRAMURAL,
        "uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: 100.00, "
        "tarief: wlz-pgb-5vv-jaar-2024}",
    )
    assert finding(text, "P004").severity is Severity.WARNING


def test_rate_without_key_is_reported_as_not_compared() -> None:
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml")
    notes = [f for f in result.findings if f.code == "P005"]
    assert [f.dotted_path for f in notes] == [
        "baten.uitstel_mpt_vpt.kosten_per_dag",
        "baten.uitstel_intramuraal.kosten_per_dag",
    ]
    # a key is asked for only where the price list has one for the route (issue 27)
    mpt, intramural = (render(f, "nl") for f in notes)
    assert mpt.endswith("De prijslijst heeft geen dagtarief voor deze route; u hoeft geen "
                        "sleutel te noemen.")  # fmt: skip
    assert "(zi-verpleeghuis-dag-2022): noem die sleutel als 'tarief'" in intramural


def test_cost_post_rate_is_amount_divided_by_quantity() -> None:
    post = '{kostenpost: "Training", beschrijving: "Scholing", uitvoerder: "Gemeente",\n'
    assert post in MINIMAL
    fine = MINIMAL.replace(
        post, post[:-2] + ", tarief: zi-begeleiding-thuis-uur-2022, aantal: 6.25,\n"
    )
    assert problems(check_text(fine)) == []  # 400,00 / 6,25 = 64,00 per hour
    off = MINIMAL.replace(post, post[:-2] + ", tarief: zi-begeleiding-thuis-uur-2022, aantal: 5,\n")
    assert "P002" in problems(check_text(off))  # 80,00 per hour: +25 %
    no_quantity = MINIMAL.replace(post, post[:-2] + ", tarief: zi-begeleiding-thuis-uur-2022,\n")
    assert "P006" in codes(check_text(no_quantity))


def test_own_price_list_replaces_the_builtin_one(tmp_path: Path) -> None:
    prices = load_prices(ROOT / "docs" / "prijslijst-voorbeeld.yaml")
    assert prices.keys == ["zi-verpleeghuis-dag-2022", "zi-huishoudelijke-hulp-uur-2022"]
    bad = tmp_path / "p.yaml"
    bad.write_text("naam: x\ntarieven:\n  - sleutel: a\n    bedrag: 1.250\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_prices(bad)
    assert any(":4:13:" in problem for problem in err.value.problems)


# -- plausibility ----------------------------------------------------------------------------
def test_fractional_residents_is_a_note_and_more_than_helped_a_warning() -> None:
    text = MINIMAL.replace("dagen: 10, inwoners: 2,", "dagen: 10, inwoners: 2.5,")
    assert finding(text, "Q001").severity is Severity.INFO
    # not when the file already explains B (issue 27)
    explained = text.replace("inwoners: 2.5,", 'inwoners: 2.5, toelichting_inwoners: "schatting",')
    assert "Q001" not in [f.code for f in check_text(explained).findings]
    text = MINIMAL.replace("aantal_inwoners: 100", "aantal_inwoners: 1")
    assert finding(text, "Q002").severity is Severity.WARNING
    # numbers in one style per sentence (issue 27): B and the residents both grouped
    text = MINIMAL.replace("aantal_inwoners: 100", "aantal_inwoners: 7200").replace(
        "dagen: 10, inwoners: 2,", "dagen: 10, inwoners: 7500,"
    )
    assert render(finding(text, "Q002"), "nl").startswith(
        "B = 7.500 inwoners met uitstel is meer dan de 7.200 inwoners"
    )


def test_zero_or_implausibly_long_delay() -> None:
    assert "Q003" in problems(check_text(MINIMAL.replace("dagen: 5,", "dagen: 0,")))
    long = MINIMAL.replace("dagen: 5, inwoners: 1", "dagen: 400, inwoners: 1")
    assert finding(long, "Q004").params["max"] == Quantity(Decimal(365))  # 2025-01-01..12-31


@pytest.mark.parametrize(
    ("toelichting", "weak"),
    [
        (None, True),
        ("schatting", True),
        ("Schatting.", True),
        ("een ruwe inschatting", True),
        ("40 cliënten × 3 uur × € 32,76 (Zorginstituut 2022)", False),
    ],
)
def test_unsubstantiated_savings(toelichting: str | None, weak: bool) -> None:
    assert is_unsubstantiated(OverigeBesparing(bedrag=Decimal(1), toelichting=toelichting)) is weak


def test_amstelveen_is_positive_only_thanks_to_an_estimate() -> None:
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml")
    q8 = [f for f in result.findings if f.code == "Q008"]
    assert len(q8) == 1
    # 78.525,00 - 120.659,25 = -42.134,25
    assert q8[0].params["without"] == Decimal("-42134.25")
    assert "Q005" in codes(result)
    assert result.errors == 0


def test_substantiated_savings_raise_no_warning() -> None:
    text = MINIMAL + "    overige:\n      - {bedrag: 100.00, toelichting: 'Berekend: 10 × 10,00'}\n"
    text = text.replace("      kwalitatief:", "      kwalitatief:")
    assert not {"Q005", "Q008"} & set(problems(check_text(text)))


def test_same_post_in_initial_and_execution_costs() -> None:
    text = MINIMAL.replace(
        "  initieel: []\n",
        '  initieel:\n    - {kostenpost: "Training", beschrijving: "x", uitvoerder: "y", '
        "bedrag: 10}\n",
    )
    assert "Q006" in problems(check_text(text))


def test_licences_look_like_regular_operations() -> None:
    text = MINIMAL.replace('beschrijving: "Scholing"', 'beschrijving: "Softwarelicenties"')
    assert finding(text, "Q007").params["word"] == "Softwarelicenties"


_OPERATIONS_AS_WRITTEN = re.compile(  # the heuristic's definition, as one slow expression
    r"\b\w*(licentie|licence|license|abonnement|afschrijving)\w*\b|\bbedrijfsvoering\b",
    re.IGNORECASE,
)


@given(
    st.lists(
        st.sampled_from(
            [
                "licentie",
                "LICENSE",
                "licence",
                "Abonnement",
                "afschrijving",
                "bedrijfsvoering",
                "Bedrijfsvoeringskosten",
                "x",
                "_",
                "é",
                "1",
                " ",
                "-",
                "ſ",
                "\n",
                "Software",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_fast_search_finds_the_word_the_definition_does(text: str) -> None:
    match = _OPERATIONS_AS_WRITTEN.search(text)
    assert regular_operations_word(text) == (match.group(0) if match else None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bedrijfsvoering", "Bedrijfsvoering"),
        ("bedrijfsvoeringskosten en licentiekosten", "licentiekosten"),
        ("bedrijfsvoeringskosten", None),
        ("Jaarabonnementen_2025 app", "Jaarabonnementen_2025"),
        ("Scholing", None),
    ],
)
def test_words_of_regular_operations(text: str, word: str | None) -> None:
    assert regular_operations_word(text) == word


# -- examples -------------------------------------------------------------------------------
def test_centraal_persoon_example_is_complete_positive_and_clean() -> None:
    result = check_loaded(load_path(EXAMPLES / "centraal-persoon.yaml"), "c.yaml")
    assert result.errors == 0 and result.warnings == 0
    assert result.calculation is not None
    assert result.calculation.uitkering == Decimal("109000.00")  # 40 × 2.725
    assert "FICTIEF" in (EXAMPLES / "centraal-persoon.yaml").read_text(encoding="utf-8")


def test_amstelveen_financing_is_20_80() -> None:
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml")
    assert result.calculation is not None
    assert result.calculation.aandeel_uitkering_pct == Decimal("80.00")
    assert result.calculation.aandeel_cofinanciering_pct == Decimal("20.00")


# -- the wider vocabulary of regular operations (issue 26) ----------------------------------
_PLAIN_VOCABULARY = [
    w
    for w in OPERATIONS_VOCABULARY
    if not re.search("licen|abonnement|afschrijving", w)  # those also match inside words
]


@given(
    st.sampled_from(_PLAIN_VOCABULARY),
    st.sampled_from([" ", ", ", "(", "- ", "\n", ": "]),
    st.sampled_from(["", " ", ".", ")", ";", "\n", " en "]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzé ", max_size=20),
    st.booleans(),
)
def test_a_word_of_the_vocabulary_is_found_whole_and_quoted_as_written(
    word: str, before: str, after: str, context: str, upper: bool
) -> None:
    written = word.upper() if upper else word
    text = f"{context}{before}{written}{after}"
    found = regular_operations_words(text)
    assert written in found  # as written, whatever the case
    # glued into a longer word it is not a word of its own (and nothing else is found)
    glued = f"xq{written}zq"
    assert regular_operations_words(glued) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Huur van de zaal en overhead", ["Huur", "overhead"]),
        (
            "ICT-beheer, licenties en huisvestingskosten",
            ["ICT-beheer", "licenties", "huisvestingskosten"],
        ),
        ("ICT beheer", ["ICT beheer"]),
        ("Huurders en huurwoningen, overheadprojector", []),
        ("Softwarelicenties", ["Softwarelicenties"]),
        ("Scholing en training", []),
    ],
)
def test_the_vocabulary_is_matched_on_whole_words(text: str, words: list[str]) -> None:
    assert regular_operations_words(text) == words
