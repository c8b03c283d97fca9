"""What a reviewer catches, round three (issue 26): implausible rates, double counting,
reworded duplicates, executors and parties, year and advice dates, mandatory answers, and
texts that contradict the data.

The reviewer's set (``tests/support/reviewer_set.py``): 55 copies of the reference application,
each with one realistic mistake; at least 50 must be caught with an error or a warning
that the unchanged reference does not have. Every new code is also tested on its own, with
a real value, in Dutch and in English, at the line of the value.
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal

import pytest

from spukdos_cli.checks.contradictions import has_wlz_already, not_committed
from spukdos_cli.checks.executors import organisation_key, unknown_executors
from spukdos_cli.checks.overlap import wlz_care_words
from spukdos_cli.checks.pipeline import CheckOptions, check_loaded, default_options
from spukdos_cli.findings import Severity
from spukdos_cli.form.model import Partij
from spukdos_cli.grant.rules import RulesDataError, rules_for, rules_from_data
from spukdos_cli.messages.catalogue import CODES, render
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.positions import SourceMap
from spukdos_cli.read.loader import load_data, load_path, load_text
from tests.checks.test_grant_rules import CENTRAAL
from tests.checks.test_reviewer import both, only
from tests.conftest import AMSTELVEEN, EXAMPLES, MINIMAL, check_text, codes, problems
from tests.support import processes
from tests.support.corpus import forms
from tests.support.corpus.archive import read_truths
from tests.support.reviewer_set import ADVICE, MISTAKES, REFERENCE, add_cost, route, saving, sub

D = Decimal
NEW_CODES = {
    "Q010": Severity.WARNING,
    "Q011": Severity.WARNING,
    "Q012": Severity.WARNING,
    "Q013": Severity.WARNING,
    "Q014": Severity.WARNING,
    "Q015": Severity.INFO,
    "Q016": Severity.INFO,
    "R013": Severity.WARNING,
    "R014": Severity.WARNING,
    "R023": Severity.WARNING,
    "R024": Severity.WARNING,
    "R055": Severity.WARNING,
}


def _problems(text: str) -> set[tuple[str, tuple[str | int, ...]]]:
    return {(f.code, f.path) for f in check_text(text).findings if f.severity is not Severity.INFO}


REFERENCE_PROBLEMS = _problems(REFERENCE)


def caught(text: str) -> list[str]:
    """The errors and warnings of ``text`` the unchanged reference does not have."""
    return sorted({code for code, path in _problems(text) - REFERENCE_PROBLEMS})


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The line (1-based) of the ``nth`` line holding ``needle``."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return hits[nth - 1]


# -- the reviewer's set -----------------------------------------------------------------------
def test_the_set_has_55_distinct_mistakes_each_changing_the_reference() -> None:
    assert len(MISTAKES) == 55
    assert len({m.name for m in MISTAKES}) == 55
    texts = [m.make(REFERENCE) for m in MISTAKES]
    assert all(text != REFERENCE for text in texts)
    assert len(set(texts)) == 55


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_each_mistake_is_found_by_its_code(mistake) -> None:  # type: ignore[no-untyped-def]
    result = check_text(mistake.make(REFERENCE))
    assert mistake.expected in codes(result), codes(result)


def test_at_least_50_of_55_are_caught_with_an_error_or_a_warning() -> None:
    missed = [m.name for m in MISTAKES if not caught(m.make(REFERENCE))]
    assert len(MISTAKES) - len(missed) >= 50, missed
    # the two texts that contradict the data are notes, as the issue asks: not caught
    assert missed == [
        "target group text with a Wlz indication",
        "cooperation text: care office not committed",
    ]


# -- no new error or warning on what is clean today -------------------------------------------
def test_no_new_problem_on_the_examples() -> None:
    expected = {
        "amstelveen.yaml": ["Q005", "Q008"],  # the unsubstantiated estimate, as before
        "advies-zorgkantoor.yaml": [],
        "centraal-persoon.yaml": [],
    }
    found = {
        path.name: sorted(problems(check_loaded(load_path(path), path.name)))
        for path in sorted(EXAMPLES.glob("*.yaml"))
    }
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [MINIMAL, CENTRAAL, MINIMAL + ADVICE.replace("Zorg & Zekerheid", "Zorgkantoor Voorbeeld")],
    ids=["minimal", "centraal-persoon", "minimal-with-advice"],
)
def test_a_clean_new_application_stays_clean(text: str) -> None:
    assert problems(check_text(text)) == []


def test_the_reference_with_its_advice_gains_nothing() -> None:
    assert caught(REFERENCE + ADVICE) == []


def test_no_new_problem_on_the_import_corpus() -> None:
    """The committed corpus's truths (complete applications) and the applications the forms
    are made of: only what they had before (a negative verdict, a file of two parties)."""
    applications = [*read_truths().values(), *forms.applications().values()]
    assert len(applications) > 20
    for app in applications:
        result = check_loaded(load_data(app, SourceMap()), "corpus")
        assert set(problems(result)) <= {"V001", "R010"}, problems(result)


def test_a_check_without_near_amounts_does_not_load_rapidfuzz() -> None:
    code = (
        "import sys; sys.argv = ['spukdos', 'check', sys.argv[1]]\n"
        "from spukdos_cli.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr('rapidfuzz' in sys.modules))\n"
    )
    completed = processes.run(
        [sys.executable, "-c", code, str(AMSTELVEEN)], capture_output=True, text=True,
        check=False, env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip
    assert completed.stderr.strip().endswith("False"), completed.stderr[-300:]


def test_what_the_sources_call_mandatory_is_listed_with_existing_codes() -> None:
    from spukdos_cli.messages.catalogue import MANDATORY
    from spukdos_cli.report.reference import findings_markdown

    listed = {c.strip() for codes_, _nl, _en in MANDATORY for c in codes_.split(",")}
    assert {"R030", "R031", "R010", "C001", "R041", "R050"} <= listed <= set(CODES)
    assert "## Verplicht / mandatory" in findings_markdown()


def test_every_new_code_has_its_severity_explanation_and_both_languages() -> None:
    for code, severity in NEW_CODES.items():
        info = CODES[code]
        assert info.severity is severity
        assert info.title_nl != info.title_en and info.message_nl != info.message_en
        nl, en = EXPLANATIONS[code]
        assert nl and en and nl != en
    assert CODES["R031"].severity is Severity.WARNING


# -- C: a plausible day rate ------------------------------------------------------------------
def test_a_slipped_decimal_in_c_is_q012_and_names_its_reference() -> None:
    text = route("uitstel_intramuraal", kosten="3340.00")(REFERENCE)
    f = only(text, "Q012")
    assert f.severity is Severity.WARNING
    assert f.path == ("baten", "uitstel_intramuraal", "kosten_per_dag")
    assert f.position.line == line_of(text, "kosten_per_dag: 3340.00")
    assert (f.params["rate"], f.params["low"], f.params["high"]) == (
        D("3340.00"),
        D("15.00"),
        D("870.00"),
    )
    nl, en = both(f)
    assert "€ 3.340,00" in nl and "€ 15,00 tot € 870,00" in nl and "regels 2025" in nl
    assert "kosten_per_dag_max" in nl and "maand" in nl
    assert "€3,340.00" in en and "rules of 2025" in en and "monthly" in en


@pytest.mark.parametrize("rate", ["15.00", "60.00", "285.00", "334.00", "870.00"])
def test_real_day_rates_are_inside_the_range(rate: str) -> None:
    text = route("uitstel_mpt_vpt", kosten=rate)(REFERENCE)
    assert "Q012" not in codes(check_text(text))


def test_a_rate_with_a_price_key_is_left_to_the_price_list() -> None:
    text = REFERENCE.replace(
        '    toelichting_kosten: "gemiddeld tarief excl. BH ZZP 5-6-7"\n',
        '    toelichting_kosten: "gemiddeld tarief excl. BH ZZP 5-6-7"\n'
        "    tarief: zi-verpleeghuis-dag-2022\n",
    )
    text = route("uitstel_intramuraal", kosten="3340.00")(text)
    result = check_text(text)
    assert "Q012" not in codes(result) and "P002" in codes(result)


def test_the_range_is_a_rule_parameter_a_rules_file_can_change() -> None:
    builtin = rules_for(2025)
    assert builtin is not None and builtin.day_rate_range == (D("15.00"), D("870.00"))
    for key in ("kosten_per_dag_min", "kosten_per_dag_max"):
        assert "Zorginstituut" in builtin.parameters[key].source or "pgb" in (
            builtin.parameters[key].source
        )
    entry = {"eenheid": "euro per dag", "omschrijving": "x", "bron": "Eigen lijst (test)"}
    data = {
        "regeling_jaar": "2025",
        "parameters": {
            "kosten_per_dag_min": {**entry, "waarde": "100"},
            "kosten_per_dag_max": {**entry, "waarde": "€ 300,00"},
        },
    }
    rules = rules_from_data(data, origin="mijn-regels.yaml")
    options = CheckOptions(rules={2025: rules}, prices=default_options().prices)
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml", options)
    (f,) = [f for f in result.findings if f.code == "Q012"]  # 334,00 above 300,00
    assert f.path == ("baten", "uitstel_intramuraal", "kosten_per_dag")
    assert "mijn-regels.yaml" in render(f, "nl") and "mijn-regels.yaml" in render(f, "en")
    swapped = {**data, "parameters": {**data["parameters"]}}
    swapped["parameters"]["kosten_per_dag_min"] = {**entry, "waarde": "400"}
    with pytest.raises(RulesDataError) as problem:
        rules_from_data(swapped)
    assert problem.value.problems[0][1] == "rules_problem_range"


# -- B and A: double counting over the routes -------------------------------------------------
def test_b_over_both_routes_above_the_target_group_is_q010() -> None:
    text = REFERENCE.replace("aantal_inwoners: 7200", "aantal_inwoners: 10")
    f = only(text, "Q010")
    assert f.path == ("baten", "uitstel_intramuraal", "inwoners")
    nl, en = both(f)
    assert "13 inwoners" in nl and "6,1" in nl and "6,9" in nl and "10 inwoners" in nl
    assert "13 residents" in en
    # a route that alone is above the target group is Q002, not Q010 as well
    alone = REFERENCE.replace("aantal_inwoners: 7200", "aantal_inwoners: 6")
    assert "Q010" not in codes(check_text(alone)) and "Q002" in codes(check_text(alone))


def test_the_same_residents_delayed_in_both_routes_is_q011() -> None:
    text = route("uitstel_mpt_vpt", dagen="365", inwoners="6.1")(REFERENCE)
    text = route("uitstel_intramuraal", dagen="365", inwoners="6.1")(text)
    f = only(text, "Q011")
    assert f.params["window"] == 365 + 183 and f.params["term"] == 365
    nl, en = both(f)
    assert "730 dagen" in nl and "548 dagen" in nl
    assert "730 days" in en and "548 days" in en
    # the reference: 182,5 + 182,5 days, other residents in each route
    assert "Q011" not in codes(check_text(REFERENCE))
    same_b = route("uitstel_intramuraal", inwoners="6.1")(REFERENCE)  # 365 days together
    assert "Q011" not in codes(check_text(same_b))


# -- other savings that are Wlz care ----------------------------------------------------------
def test_a_nursing_home_saving_among_the_others_is_q013() -> None:
    text = saving(omschrijving="Minder verpleeghuisopnames")(REFERENCE)
    f = only(text, "Q013")
    assert f.path == ("baten", "overige", 0)
    nl, en = both(f)
    assert "'verpleeghuisopnames'" in nl and "'verpleeghuisopnames'" in en


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Minder opnames in het verpleeghuis", ["opnames", "verpleeghuis"]),
        ("Uitgestelde intramurale zorg (Wlz)", ["intramurale", "Wlz"]),
        ("Besparing op VPT en ZZP", ["VPT", "ZZP"]),
        ("Besparing buiten de Wlz, in de Wmo", []),
        ("Geen verpleeghuisopname nodig, minder huishoudelijke hulp", []),
        ("Minder ziekenhuisopnames", []),
        ("Minder crisisopnames (eerstelijnsverblijf): 7 opnames voorkomen", []),
        ("Minder huisartsbezoeken", []),
    ],
)
def test_words_of_wlz_care(text: str, words: list[str]) -> None:
    assert wlz_care_words(text) == words


def test_an_admission_booked_in_the_zvw_is_not_a_wlz_saving() -> None:
    text = saving(omschrijving="Minder opnames", domein="zvw")(REFERENCE)
    assert "Q013" not in codes(check_text(text))


# -- posts alike in words and amount ----------------------------------------------------------
def test_the_same_training_as_initial_and_execution_cost_is_q014() -> None:
    post = (
        '    - kostenpost: "Scholing en training"\n'
        '      beschrijving: "Basiscursus en inspiratiesessies Positieve Gezondheid"\n'
        '      uitvoerder: "Brentano"\n      bedrag: 35000.00\n'
    )
    text = add_cost("initieel", post, "35000.00")(REFERENCE)
    assert caught(text) == ["Q014"]  # the financing and totals follow: nothing else
    f = only(text, "Q014")
    assert f.path == ("kosten", "uitvoering", 1)
    assert f.position.line == line_of(text, 'kostenpost: "Training en scholing"')
    nl, en = both(f)
    assert "'Training en scholing'" in nl and "'Scholing en training'" in nl
    assert "kosten.initieel[1]" in nl and "€ 35.000,00" in nl
    assert "kosten.initieel[1]" in en and "€35,000.00" in en


def test_alike_posts_with_a_page_long_name_are_named_shortly() -> None:
    """A post name is file text: Q014 quotes it cut to 200 characters, so that 40 alike
    posts of 100 KB each are a report of a few kilobytes, not of megabytes."""
    name = "woord " * 16_000
    posts = "".join(
        f'    - {{kostenpost: "{name}", beschrijving: "b", uitvoerder: "Gemeente", '
        f"bedrag: 500.00}}\n"
        for _ in range(2)
    )
    first = (
        '    - {kostenpost: "Projectleider", beschrijving: "Leiding", uitvoerder: "Gemeente",\n'
        "       bedrag: 600.00}\n"
    )
    assert first in MINIMAL
    text = MINIMAL.replace(first, posts).replace("bedrag: 400.00}", "bedrag: 0.00}")
    (f,) = [f for f in check_text(text).findings if f.code == "Q014"]
    nl, _ = both(f)
    assert len(nl) < 1000 and nl.count("woord woord") > 10 and "…" in nl


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        (("Inzet wijkcoach", "Inzet van een wijkcoach 16 uur per week"),
         ("Inzet ouderenadviseur", "Inzet van een ouderenadviseur 16 uur per week"), False),
        (("Projectleider", "Projectleiding 0,5 fte"),
         ("Projectsecretaris", "Ondersteuning projectleiding 0,5 fte"), False),
        (("Training vrijwilligers", "Training voor vrijwilligers"),
         ("Training professionals", "Training voor professionals"), False),
        (("Scholing en training", "Cursussen"), ("Training en scholing", "Basiscursus"), True),
        (("Communicatie", "Flyers"), ("Communicatiemiddelen", "Drukwerk"), True),
        (("Vrijwilligers", "Vergoeding"), ("Coördinatie vrijwilligers", "Coördinator"), False),
        (("Evaluatie", "Onderzoek naar effecten door de hogeschool"),
         ("Effectmeting", "Onderzoek door de hogeschool naar effecten"), True),
    ],
)  # fmt: skip
def test_which_posts_of_equal_amount_are_alike(
    first: tuple[str, str], second: tuple[str, str], alike: bool
) -> None:
    from spukdos_cli.checks.overlap import _alike
    from spukdos_cli.form.model import Kostenpost

    a, b = (
        Kostenpost.model_validate({"kostenpost": n, "beschrijving": d}) for n, d in (first, second)
    )
    assert _alike(a, b, equal=True) is alike


def test_posts_of_equal_amount_but_other_words_are_not_alike() -> None:
    post = (
        '    - kostenpost: "Vervoer"\n      beschrijving: "Taxi naar de activiteiten"\n'
        '      uitvoerder: "Brentano"\n      bedrag: 35000.00\n'
    )
    assert caught(add_cost("uitvoering", post, "35000.00")(REFERENCE)) == []


# -- regular operations -----------------------------------------------------------------------
def test_regular_operations_quote_every_word_found() -> None:
    text = sub(
        "Ziet toe op voorbereiding, implementatie en borging.",
        "Ziet toe op voorbereiding en borging; huur en overhead van de locaties.",
    )(REFERENCE)
    f = only(text, "Q007")
    assert f.path == ("kosten", "uitvoering", 0)
    nl, en = both(f)
    assert "'huur', 'overhead'" in nl and "'huur', 'overhead'" in en


# -- executors and parties --------------------------------------------------------------------
def test_an_executor_that_is_not_a_party_is_r013() -> None:
    text = sub(
        'uitvoerder: "Brentano, Participe Amstelland, Stadsdorp Elsrijk"',
        'uitvoerder: "Zorgbureau De Linde"',
    )(REFERENCE)
    f = only(text, "R013")
    assert f.severity is Severity.WARNING and f.path == ("kosten", "uitvoering", 4, "uitvoerder")
    assert f.position.line == line_of(text, "Zorgbureau De Linde")
    nl, en = both(f)
    assert "'Zorgbureau De Linde'" in nl and "Bedoelde u" not in nl
    assert "'Zorgbureau De Linde'" in en


def test_a_misspelt_executor_names_the_closest_party() -> None:
    text = sub(
        'uitvoerder: "Brentano en Participe Amstelland"', 'uitvoerder: "Brentanno en Participe"'
    )(REFERENCE)
    nl, en = both(only(text, "R013"))
    assert "'Brentanno'" in nl and "Bedoelde u 'Stichting Brentano Amstelveen'?" in nl
    assert "Did you mean 'Stichting Brentano Amstelveen'?" in en


def _party(name: str, role: str = "andere") -> Partij:
    return Partij.model_validate({"rol": role, "organisatie": name})


PARTIES = (
    _party("Stichting Brentano Amstelveen", "zorgaanbieder"),
    _party("Participe Amstelland", "welzijnsorganisatie"),
    _party("Mantelzorg & Meer"),
    _party("Woonzorg Nederland"),
)


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Brentano, Participe Amstelland en partners", []),
        ("Brentano, Participe Amstelland, Stadsdorp, Woonzorg, Mantelzorg & Meer", ["Stadsdorp"]),
        ("Projectteam (alle partners)", []),
        ("Gemeente", []),
        ("Brentano i.s.m. Bureau Nieuwland", ["Bureau Nieuwland"]),
        ("Gemeente Amstelveen (afdeling Wmo) en externe trainers", []),
    ],
)
def test_executor_names_are_looked_up_word_by_word(text: str, unknown: list[str]) -> None:
    assert unknown_executors(text, PARTIES) == unknown


def test_a_party_listed_twice_in_the_same_role_is_r014() -> None:
    again = (
        '  - rol: zorgaanbieder\n    organisatie: "Brentano Amstelveen"\n    toegezegd: true\n\n'
    )
    anchor = "  # Het vrijwilligersinitiatief loopt via"
    text = REFERENCE.replace(anchor, again + anchor)
    f = only(text, "R014")
    assert f.path == ("partijen", 5, "organisatie")
    nl, en = both(f)
    assert "partijen[3]" in nl and "partijen[3]" in en
    # one organisation in two roles (the care office that is also the insurer) is fine
    assert "R014" not in codes(check_text(REFERENCE))
    assert organisation_key("Stichting Zorg & Wonen B.V.") == "zorg en wonen"


# -- the grant year and the advice's date -----------------------------------------------------
def test_a_2024_grant_year_on_a_2025_experiment_names_the_mismatch() -> None:
    text = REFERENCE.replace("regeling_jaar: 2025", "regeling_jaar: 2024")
    result = check_text(text)
    assert {"R023", "R024"} <= set(codes(result))
    (r023,) = [f for f in result.findings if f.code == "R023"]
    assert r023.path == ("regeling_jaar",) and r023.position.line == line_of(text, "regeling_jaar")
    nl, en = both(r023)
    assert "2024" in nl and "2025-01-01" in nl and "2025-12-31" in nl
    nl, en = both(next(f for f in result.findings if f.code == "R024"))
    assert "--regels" in nl and "--regels" in en


@pytest.mark.parametrize(
    ("date", "reason"),
    [("2023-03-01", "advice_too_early"), ("2025-03-15", "advice_after_start")],
)
def test_an_advice_dated_outside_the_application_is_r055(date: str, reason: str) -> None:
    text = REFERENCE + ADVICE.replace("datum: 2024-11-15", f"datum: {date}")
    f = only(text, "R055")
    assert str(f.params["reason"]).find(reason) >= 0
    assert f.position.line == line_of(text, f"datum: {date}")
    nl, en = both(f)
    assert date in nl and date in en


# -- mandatory answers ------------------------------------------------------------------------
def test_monitoring_not_answered_is_a_warning_in_the_reference() -> None:
    text = REFERENCE.replace(
        "    deelname: true                 # verplichte monitorparagraaf aanwezig, deelname niet "
        "geweigerd\n",
        "",
    )
    f = only(text, "R031")
    assert f.severity is Severity.WARNING
    assert caught(text) == ["R031"]


# -- text against data: notes -----------------------------------------------------------------
def test_a_target_group_text_with_a_wlz_indication_is_a_q015_note() -> None:
    text = REFERENCE.replace("  gebied: |\n", "  nog_geen_wlz_zorg: true\n  gebied: |\n").replace(
        "De focus ligt op thema's zoals",
        "Het gaat om ouderen met een Wlz-indicatie. De focus ligt op thema's zoals",
    )
    f = only(text, "Q015")
    assert f.severity is Severity.INFO and f.path == ("beschrijving", "doelgroep")
    nl, en = both(f)
    assert '"Het gaat om ouderen met een Wlz-indicatie".' in nl and "nog_geen_wlz_zorg" in en


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("Het gaat om ouderen met een Wlz-indicatie.", True),
        ("Bewoners die al Wlz-zorg ontvangen doen mee.", True),
        ("Ouderen die reeds een Wlz-indicatie hebben.", True),
        ("Ouderen die nog geen Wlz-indicatie hebben.", False),
        ("Het plan is gericht op het voorkomen van Wlz-zorg en opname.", False),
        ("Huisartsen zijn betrokken bij de aanvraag van een Wlz-indicatie.", False),
        ("Ouderen zonder Wlz-indicatie.", False),
        ("Voordat zij een Wlz-indicatie krijgen, helpen we ze.", False),
    ],
)
def test_wlz_phrases_and_negations(sentence: str, contradicts: bool) -> None:
    assert has_wlz_already(sentence) is contradicts


def test_a_cooperation_text_saying_the_care_office_has_not_committed_is_a_q016_note() -> None:
    text = REFERENCE.replace(
        "Zorg & Zekerheid/Zorgkantoor denkt mee over optimale inzet van middelen en adviseert "
        "op genomen\n    stappen.",
        "Het zorgkantoor heeft nog niet toegezegd.",
    )
    f = only(text, "Q016")
    assert f.severity is Severity.INFO and f.path == ("beschrijving", "samenwerking")
    nl, en = both(f)
    assert '"Het zorgkantoor heeft nog niet toegezegd".' in nl and "partijen[1].toegezegd" in en


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("Zorg & Zekerheid heeft nog geen akkoord gegeven.", True),
        ("Het zorgkantoor is nog in gesprek over de bijdrage.", True),
        ("Het zorgkantoor heeft toegezegd en neemt deel aan de stuurgroep.", False),
        ("De woningcorporatie heeft nog niet toegezegd.", False),
    ],
)
def test_phrases_of_a_care_office_not_committed(sentence: str, contradicts: bool) -> None:
    assert not_committed(sentence, ["zorg & zekerheid"]) is contradicts


def test_the_examples_and_the_corpus_raise_no_contradiction_note() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        assert not {"Q015", "Q016"} & set(codes(check_loaded(load_path(path), path.name)))
    for app in forms.applications().values():
        result = check_loaded(load_data(app, SourceMap()), "corpus")
        assert not {"Q015", "Q016"} & set(codes(result))


def test_the_starter_of_init_gets_the_monitor_warning_and_no_other_new_code() -> None:
    from spukdos_cli.authoring.starter import starter_text

    text = starter_text("cofinanciering", 2025, rules_for(2025))
    result = check_loaded(load_text(text), "s.yaml")
    assert {f.code for f in result.findings if f.severity is Severity.WARNING} == {"R031"}
    assert not set(NEW_CODES) & set(codes(result))


def test_a_rate_without_a_key_says_which_reference_it_was_held_against() -> None:
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml")
    notes = [f for f in result.findings if f.code == "P005"]
    assert len(notes) == 2
    nl, en = both(notes[0])
    assert "gehouden tegen het bereik van Wlz-dagtarieven, € 15,00 tot € 870,00" in nl
    assert "held against the range of Wlz day rates, €15.00 to €870.00" in en
    # rules without a range of C: the note says only that the rate was not compared
    without = rules_from_data(
        {
            "regeling_jaar": 2025,
            "parameters": {
                k: v
                for k, v in _builtin_2025_data()["parameters"].items()
                if not k.startswith("kosten_per_dag")
            },
        }
    )
    options = CheckOptions(rules={2025: without}, prices=default_options().prices)
    result = check_loaded(load_path(AMSTELVEEN), "a.yaml", options)
    note = next(f for f in result.findings if f.code == "P005")
    assert "gehouden" not in render(note, "nl") and "Q012" not in codes(result)


def _builtin_2025_data() -> dict[str, dict[str, object]]:
    import json
    from importlib import resources

    folder = resources.files("spukdos_cli.grant") / "data" / "rules"
    data: dict[str, dict[str, object]] = json.loads((folder / "2025.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("year", ["0", "1", "10001", "99999999"])
def test_an_advice_beside_a_year_no_calendar_holds_is_not_compared(year: str) -> None:
    text = REFERENCE.replace("regeling_jaar: 2025", f"regeling_jaar: {year}") + ADVICE
    result = check_text(text)
    assert "R024" in codes(result) and "R055" not in codes(result)
