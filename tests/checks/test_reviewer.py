"""What a reviewer checks (issue 15): exact caps, the variant centraal persoon's money, the
target group, the care office's advice, heuristics after a broken premise, break-even per
route, public sources, and rules for any year from a file (``--regels``).

Figures are worked out by hand in each test. MINIMAL (conftest) costs 1.000,00 (600 + 400),
grant 800,00, co-financing 200,00; the reference application costs 780.000,00.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.checks.pipeline import check_loaded
from spukdos_cli.cli import app as cli
from spukdos_cli.compute.analysis import break_even
from spukdos_cli.compute.calculate import calculate
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.findings import Finding, Places, Severity
from spukdos_cli.grant.rules import RulesDataError, rules_from_data
from spukdos_cli.messages.catalogue import CODES, render
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.read.datafiles import ConfigError, parse_rules
from spukdos_cli.read.loader import load_path, load_text
from tests.checks.test_grant_rules import CENTRAAL
from tests.conftest import AMSTELVEEN, EXAMPLES, MINIMAL, ROOT, check_text, codes, problems

D = Decimal
runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl", "GITHUB_ACTIONS": None}
REFERENCE = AMSTELVEEN.read_text(encoding="utf-8")
WITH_ADVICE = EXAMPLES / "advies-zorgkantoor.yaml"


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, list(args), env=ENV)
    return result.exit_code, result.output


def only(text: str, code: str) -> Finding:
    found = [f for f in check_text(text).findings if f.code == code]
    assert len(found) == 1, codes(check_text(text))
    return found[0]


def both(finding: Finding) -> tuple[str, str]:
    """The finding's message in Dutch and in English (each must exist and differ)."""
    nl, en = render(finding, "nl"), render(finding, "en")
    assert nl and en and nl != en
    return nl, en


# -- 1. the 80 % cap is compared exactly, as amounts ------------------------------------------
@pytest.mark.parametrize(("grant", "flagged"), [("624000.01", True), ("624000.00", False)])
def test_amstelveen_grant_one_cent_over_80_percent_is_r002(grant: str, flagged: bool) -> None:
    text = REFERENCE.replace("uitkering: 624000.00", f"uitkering: {grant}")
    result = check_loaded(load_text(text), "a.yaml")
    assert ("R002" in codes(result)) is flagged
    if flagged:
        (f,) = [f for f in result.findings if f.code == "R002"]
        assert (f.params["excess"], f.params["limit"]) == (D("0.01"), D("624000.00"))
        nl, en = both(f)
        # 80,0000013 % would read "80,00 %": the message says "just over" and gives amounts
        assert "net meer dan 80,00 %" in nl and "€ 624.000,00" in nl and "€ 0,01" in nl
        assert "just over 80.00%" in en and "€624,000.00" in en and "€0.01" in en


def test_cofinancing_one_cent_short_of_20_percent_is_r003() -> None:
    text = MINIMAL.replace("bedrag: 200.00}", "bedrag: 199.99}")
    f = only(text, "R003")
    assert (f.params["shortfall"], f.params["limit"]) == (D("0.01"), D("200.00"))
    nl, en = both(f)
    assert "net minder dan 20,00 %" in nl and "€ 0,01" in nl
    assert "just under 20.00%" in en and "€0.01" in en
    assert "R002" not in codes(check_text(text))  # the grant is exactly 80 %


def test_a_share_clearly_over_shows_its_percentage() -> None:
    text = MINIMAL.replace("bedrag: 200.00}", "bedrag: 150.00}").replace(
        "uitkering: 800.00", "uitkering: 850.00"
    )
    nl, en = both(only(text, "R002"))
    assert "85,00 %" in nl and "€ 50,00" in nl
    assert "85.00%" in en and "€50.00" in en


# -- 2. the variant centraal persoon: the money must match the costs --------------------------
def test_centraal_persoon_reference_case_is_clean() -> None:
    assert problems(check_text(CENTRAAL)) == []


def test_centraal_persoon_grant_above_the_costs_is_r007() -> None:
    # costs 1.000,00 (600 + 400), grant 2 × 2.725 = 5.450,00
    text = CENTRAAL.replace("bedrag: 5250.00}", "bedrag: 600.00}")
    f = only(text, "R007")
    assert (f.stated, f.computed, f.difference) == (D("5450.00"), D("1000.00"), D("4450.00"))
    assert f.severity is Severity.ERROR and f.path == ("financiering", "uitkering")
    nl, en = both(f)
    assert "€ 4.450,00" in nl and "€4,450.00" in en
    assert "R008" not in codes(check_text(text))  # one finding for one problem


@pytest.mark.parametrize(
    ("contribution", "difference", "advice"),
    [("100.00", D("-100.00"), "advice_financing_short"), ("300.00", D("100.00"), "over")],
)
def test_centraal_persoon_financing_must_equal_the_costs(
    contribution: str, difference: Decimal, advice: str
) -> None:
    text = CENTRAAL.replace("bedrag: 200.00}", f"bedrag: {contribution}}}")
    f = only(text, "R008")
    assert f.difference == difference and f.computed == D("5650.00")
    assert advice in str(f.params["advice"])
    nl, en = both(f)
    assert "financiering.bijdragen" in nl if difference < 0 else "Verlaag de bijdragen" in nl
    assert "financiering.bijdragen" in en if difference < 0 else "Lower the contributions" in en


def test_centraal_persoon_more_delayed_residents_than_clients_is_q009() -> None:
    text = CENTRAAL.replace(
        "uitstel_mpt_vpt: {dagen: 10, inwoners: 2", "uitstel_mpt_vpt: {dagen: 10, inwoners: 3"
    )
    f = only(text.replace("kosten_per_dag: 300.00}", "kosten_per_dag: 200.00}"), "Q009")
    assert f.severity is Severity.WARNING and f.path == ("baten", "uitstel_mpt_vpt", "inwoners")
    nl, en = both(f)
    assert "2 cliënten" in nl and "2 clients" in en
    assert "Q009" not in codes(check_text(MINIMAL.replace("inwoners: 2,", "inwoners: 3,")))


# -- 3. the target group: residents who do not yet receive Wlz care ---------------------------
TARGET = '  doelgroep: "Ouderen"\n'


def test_target_group_without_wlz_care_stated_is_clean() -> None:
    text = MINIMAL.replace(TARGET, TARGET + "  nog_geen_wlz_zorg: true\n")
    assert not {"R040", "R041"} & set(codes(check_text(text)))


def test_target_group_with_wlz_care_is_r040() -> None:
    text = MINIMAL.replace(TARGET, TARGET + "  nog_geen_wlz_zorg: false\n")
    f = only(text, "R040")
    assert f.severity is Severity.ERROR and f.path == ("beschrijving", "nog_geen_wlz_zorg")
    nl, en = both(f)
    assert (
        "nog_geen_wlz_zorg: ja" in nl and "nog_geen_wlz_zorg: true" in en
    )  # issue 27: ja in Dutch


def test_target_group_not_stated_is_a_note_at_the_target_group() -> None:
    f = only(MINIMAL, "R041")
    assert f.severity is Severity.INFO
    line = MINIMAL.splitlines().index(TARGET.rstrip("\n")) + 1
    assert f.position.line == line
    both(f)


# -- 4. the care office's advice --------------------------------------------------------------
ADVICE = """\
advies_zorgkantoor:
  zorgkantoor: "Zorgkantoor Voorbeeld"
  adviseur: "B. Test"
  datum: 2024-11-15
  vermindert_wlz_kosten: true
  kosten_niet_hoger_dan_baten: true
  tekst: "Positief advies."
"""


def test_no_advice_is_a_note_not_an_error() -> None:
    f = only(MINIMAL, "R050")
    assert f.severity is Severity.INFO
    nl, en = both(f)
    assert "advies_zorgkantoor" in nl and "advies_zorgkantoor" in en
    reference = check_loaded(load_path(AMSTELVEEN), "a.yaml")
    assert "R050" in codes(reference) and reference.errors == 0


def test_a_complete_positive_advice_is_clean() -> None:
    assert not [c for c in codes(check_text(MINIMAL + ADVICE)) if c.startswith("R05")]


@pytest.mark.parametrize("point", ["vermindert_wlz_kosten", "kosten_niet_hoger_dan_baten"])
def test_a_negative_conclusion_is_r051(point: str) -> None:
    f = only(MINIMAL + ADVICE.replace(f"{point}: true", f"{point}: false"), "R051")
    assert f.severity is Severity.ERROR and f.path == ("advies_zorgkantoor", point)
    nl, en = both(f)
    assert ("Wlz" in nl and "Wlz" in en) if point.startswith("vermindert") else "baten" in nl


def test_advice_costs_not_above_benefits_against_a_negative_net_effect_is_r052() -> None:
    # benefits 1.700,00; costs 1.000,00 + 1.000,00 = 2.000,00
    negative = MINIMAL.replace("bedrag: 600.00}", "bedrag: 1600.00}").replace(
        "uitkering: 800.00", "uitkering: 1800.00"
    )
    f = only(negative + ADVICE, "R052")
    assert f.severity is Severity.WARNING
    assert (f.params["costs"], f.params["benefits"]) == (D("2000.00"), D("1700.00"))
    nl, en = both(f)
    assert "€ 2.000,00" in nl and "€ 1.700,00" in nl and "- € 300,00" in nl
    assert "€2,000.00" in en and "€1,700.00" in en
    assert "V001" in codes(check_text(negative + ADVICE))
    # a conclusion that already says "higher" is R051, not R052 as well
    said_so = ADVICE.replace(
        "kosten_niet_hoger_dan_baten: true", "kosten_niet_hoger_dan_baten: false"
    )
    assert "R052" not in codes(check_text(negative + said_so))


def test_advice_not_compared_while_costs_or_benefits_are_incomplete() -> None:
    incomplete = MINIMAL.replace("kosten_per_dag: 100.00}", "}").replace(
        "bedrag: 600.00}", "bedrag: 1600.00}"
    )
    result = check_text(incomplete + ADVICE)
    assert "C001" in codes(result) and "R052" not in codes(result)


def test_an_incomplete_advice_lists_what_is_missing() -> None:
    text = MINIMAL + ADVICE.replace('  tekst: "Positief advies."\n', "").replace(
        "  datum: 2024-11-15\n", ""
    )
    f = only(text, "R053")
    missing = f.params["missing"]
    assert isinstance(missing, Places)
    assert [p.dotted for p in missing.items] == [
        "advies_zorgkantoor.datum",
        "advies_zorgkantoor.tekst",
    ]
    nl, _en = both(f)  # in the form's words, not the data paths (issue 27)
    assert nl.endswith("vul nog in: datum; tekst van het advies.")


def test_an_empty_advice_section_as_in_a_starter_file_is_the_note() -> None:
    empty = "advies_zorgkantoor:\n  zorgkantoor:\n  datum:\n  vermindert_wlz_kosten:\n"
    assert {"R050"} == {c for c in codes(check_text(MINIMAL + empty)) if c.startswith("R05")}


def test_an_advice_from_an_organisation_that_is_not_the_care_office_is_r054() -> None:
    f = only(MINIMAL + ADVICE.replace("Zorgkantoor Voorbeeld", "Gemeente Voorbeeld"), "R054")
    assert f.path == ("advies_zorgkantoor", "zorgkantoor")
    nl, en = both(f)
    assert "Gemeente Voorbeeld" in nl and "Gemeente Voorbeeld" in en


def test_the_example_with_an_advice_has_both_conclusions() -> None:
    result = check_loaded(load_path(WITH_ADVICE), "e.yaml")
    advice = result.case.advies_zorgkantoor if result.case else None
    assert (
        advice is not None and advice.vermindert_wlz_kosten and advice.kosten_niet_hoger_dan_baten
    )
    assert problems(result) == [] and not [c for c in codes(result) if c.startswith("R05")]


# -- 5. heuristics stay silent when their premise is broken -----------------------------------
def test_no_q004_when_the_end_date_is_before_the_start() -> None:
    long_delay = MINIMAL.replace("dagen: 10,", "dagen: 400,")
    assert "Q004" in codes(check_text(long_delay))  # 400 days in a 365-day term
    broken = long_delay.replace("einddatum: 2025-12-31", "einddatum: 2024-12-05")
    result = check_text(broken)
    assert "R020" in codes(result) and "Q004" not in codes(result)


def test_no_q008_and_no_financing_shares_while_the_costs_are_incomplete() -> None:
    saving = '    - {omschrijving: "Wmo", bedrag: 500.00, toelichting: "schatting"}\n'
    weak = MINIMAL.replace("  kwalitatief:", "  overige:\n" + saving + "  kwalitatief:")
    weak = weak.replace("kosten_per_dag: 60.00}", "kosten_per_dag: 30.00}")  # 600+500+500
    assert "Q008" in codes(check_text(weak.replace("bedrag: 600.00}", "bedrag: 1200.00}")))
    no_amount = weak.replace("bedrag: 600.00}", "}")  # one cost post without an amount
    result = check_text(no_amount)
    assert "C001" in codes(result)
    assert not {"Q008", "R001", "R002", "R003"} & set(codes(result))


# -- 6. break-even per route, labelled ----------------------------------------------------------
def test_break_even_per_route_zeroes_the_net_effect_exactly() -> None:
    case = load_path(AMSTELVEEN).case
    assert case is not None
    be = break_even(case, calculate(case))
    mpt, intra = be.days_per_route["uitstel_mpt_vpt"], be.days_per_route["uitstel_intramuraal"]
    assert mpt is not None and intra is not None
    # 780.000,00 − 120.659,25 − 420.589,50 = 238.751,25 over 6,1 × 285,00 = 1.738,5 a day
    assert Fraction(mpt.numerator) / Fraction(mpt.denominator) == Fraction("238751.25") / Fraction(
        "1738.5"
    )
    # 780.000,00 − 120.659,25 − 317.276,25 = 342.064,50 over 6,9 × 334,00 = 2.304,6 a day
    assert Fraction(intra.numerator) / Fraction(intra.denominator) == Fraction(
        "342064.50"
    ) / Fraction("2304.6")
    assert (mpt.rounded(2), intra.rounded(2)) == (D("137.33"), D("148.43"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_break_even_table_says_which_route_is_which(lang: str, tmp_path: Path) -> None:
    text = REFERENCE.replace("dagen: 182.5", "dagen: 90", 1).replace("dagen: 182.5", "dagen: 60")
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    _code, out = invoke("analyse", "--lang", lang, str(path))
    flat = " ".join(out.split())
    if lang == "nl":
        assert "MPT/VPT 90 · intramuraal 60" in flat
        assert "A: dagen uitstel, alleen MPT/VPT" in flat and "alleen intramuraal" in flat
    else:
        assert "MPT/VPT 90 · admission 60" in flat
        assert "A: days of delay, MPT/VPT only" in flat and "admission only" in flat
    # the check summary too: jointly, and each route alone (the other as computed)
    _code, out = invoke("check", "--lang", lang, str(path))
    flat = " ".join(out.replace("│", " ").split())  # the panel's border is not text
    if lang == "nl":
        assert "A beide routes ≈ 163,08 dagen (nu MPT/VPT 90 · intramuraal 60)" in flat
        assert "A MPT/VPT ≈ 299,72 dagen (nu 90)" in flat
    else:
        assert "A both routes ≈ 163.08 days (now MPT/VPT 90 · admission 60)" in flat
        assert "A admission ≈ 218.21 days (now 60)" in flat


def test_json_has_the_break_even_per_route() -> None:
    code, out = invoke("check", "-f", "json", str(AMSTELVEEN))
    assert code == ExitCode.OK
    (entry,) = json.loads(out)["files"]
    per_route = entry["robustness"]["break_even"]["dagen_per_route"]
    assert per_route["uitstel_mpt_vpt"]["rounded"] == "137.3318"
    assert per_route["uitstel_intramuraal"]["rounded"] == "148.4268"
    assert entry["rules_file"] is None


# -- 7. sources are public documents, never paths in this repository ---------------------------
REPOSITORY_PATHS = re.compile(r"shared/|seeds/|DOMAIN\.md")


def _user_visible_texts() -> list[tuple[str, str]]:
    texts = [(f"{code} source", info.source) for code, info in CODES.items()]
    texts += [(f"{code} explanation", " ".join(pair)) for code, pair in EXPLANATIONS.items()]
    for name in ("rules/2025.json", "prijslijst.json"):
        data = ROOT / "src" / "spukdos_cli" / "grant" / "data" / name
        texts.append((name, data.read_text(encoding="utf-8")))
    for folder in ("docs", "examples", "schemas"):
        for path in sorted((ROOT / folder).iterdir()):
            texts.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    for lang in ("nl", "en"):
        for args in (["rules"], ["prices"], ["explain"], ["explain", "--markdown"]):
            texts.append((" ".join(args), invoke(*args, "--lang", lang)[1]))
        for code in CODES:
            texts.append((f"explain {code}", invoke("explain", code, "--lang", lang)[1]))
    return texts


def test_no_user_visible_source_names_a_path_in_this_repository() -> None:
    offenders = [where for where, text in _user_visible_texts() if REPOSITORY_PATHS.search(text)]
    assert offenders == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_explain_cites_the_public_document(lang: str) -> None:
    code, out = invoke("explain", "R050", "--lang", lang)
    flat = " ".join(out.split())
    assert code == ExitCode.OK
    assert "“Specifieke uitkering domeinoverstijgend samenwerken”" in flat
    assert (
        "https://www.dus-i.nl/subsidies/specifieke-uitkering-domeinoverstijgend-samenwerken" in flat
    )
    code, out = invoke("explain", "R002", "--lang", lang)
    assert "“Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025”" in (
        " ".join(out.split())
    )


def test_prices_cite_their_publisher() -> None:
    code, out = invoke("prices")
    assert code == ExitCode.OK
    assert "Zorginstituut Nederland, Kostenhandleiding" in " ".join(out.split())


# -- rules for any year, from a file ----------------------------------------------------------
RULES_2026 = """\
regeling_jaar: 2026
parameters:
  max_aandeel_uitkering:
    waarde: "75"
    eenheid: procent van de kosten
    omschrijving: Hoogste aandeel uit de uitkering
    bron: Voorbeeldregeling 2026 (fictief, voor de test)
  min_aandeel_cofinanciering:
    waarde: 25 %
    eenheid: procent van de kosten
    omschrijving: Laagste aandeel cofinanciering
    bron: Voorbeeldregeling 2026 (fictief, voor de test)
"""


@pytest.fixture
def rules_2026(tmp_path: Path) -> Path:
    path = tmp_path / "regels-2026.yaml"
    path.write_text(RULES_2026, encoding="utf-8")
    return path


@pytest.fixture
def case_2026(tmp_path: Path) -> Path:
    path = tmp_path / "aanvraag-2026.yaml"
    path.write_text(REFERENCE.replace("regeling_jaar: 2025", "regeling_jaar: 2026"), "utf-8")
    return path


def test_without_rules_for_the_year_every_rule_that_needs_them_is_not_checked(
    case_2026: Path,
) -> None:
    result = check_loaded(load_path(case_2026), "a.yaml")
    assert codes(result).count("R005") == 2 and "R002" not in codes(result)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_check_with_a_rules_file_applies_it_and_names_it(
    lang: str, rules_2026: Path, case_2026: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(rules_2026.parent)  # short names: the header is not wrapped mid-name
    code, out = invoke("check", "--lang", lang, "--regels", rules_2026.name, case_2026.name)
    assert code == ExitCode.FINDINGS  # 80 % is more than the file's 75 %
    flat = " ".join(out.split())
    assert ("regels uit " if lang == "nl" else "rules from ") + rules_2026.name in flat
    assert "R002" in out
    assert out.count("R005") == 1  # the grant period is not in the file: not checked
    code, out = invoke("check", "-f", "json", "--regels", str(rules_2026), str(case_2026))
    (entry,) = json.loads(out)["files"]
    assert entry["rules_file"] == str(rules_2026) and entry["rules_year"] == 2026
    r002 = next(f for f in entry["findings"] if f["code"] == "R002")
    assert "€ 585.000,00" in r002["message"]  # 75 % of € 780.000,00


def test_rules_file_replaces_the_builtin_rules_of_its_year(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(RULES_2026.replace("2026", "2025"), encoding="utf-8")
    code, out = invoke("check", "--regels", str(path), str(AMSTELVEEN))
    assert code == ExitCode.FINDINGS and "R002" in out


def test_html_and_workbook_name_the_rules_file_beside_the_built_in_years(
    rules_2026: Path, case_2026: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    page = tmp_path / "r.html"
    code, _ = invoke(
        "check", "-f", "html", "-o", str(page), "--regels", str(rules_2026), str(case_2026)
    )
    assert code == ExitCode.FINDINGS
    html = page.read_text(encoding="utf-8")
    facts = f"ingebouwd, regelingjaren 2025; regelingjaar 2026 uit {rules_2026}"
    assert f"<dt>Regels van de regeling</dt><dd>{facts}</dd>" in html
    assert f"regels uit {rules_2026}" in html  # the file's own header
    book = tmp_path / "r.xlsx"
    code, _ = invoke(
        "batch", "-j", "1", "--regels", str(rules_2026), str(case_2026), "-o", str(book)
    )
    assert code == ExitCode.FINDINGS
    rows = {r[0]: r[1] for r in load_workbook(book)["Samenvatting"].iter_rows(values_only=True)}
    assert rows["Regels van de regeling"] == facts
    replaced = tmp_path / "r2025.yaml"  # a file for a built-in year replaces that year
    replaced.write_text(RULES_2026.replace("2026", "2025"), encoding="utf-8")
    code, _ = invoke(
        "check",
        "-f",
        "html",
        "-o",
        str(page),
        "--force",
        "--regels",
        str(replaced),
        str(AMSTELVEEN),
    )
    html = page.read_text(encoding="utf-8")
    only_file = f"regelingjaar 2025 uit {replaced}"
    assert f"<dt>Regels van de regeling</dt><dd>{only_file}</dd>" in html


def test_analyse_batch_and_rules_take_a_rules_file(
    rules_2026: Path, case_2026: Path, tmp_path: Path
) -> None:
    code, out = invoke("analyse", "--regels", str(rules_2026), str(case_2026))
    assert code == ExitCode.FINDINGS and str(rules_2026) in " ".join(out.split())
    code, out = invoke("batch", "-j", "1", "--regels", str(rules_2026), str(case_2026))
    assert code == ExitCode.FINDINGS and f"Regels 2026: {rules_2026}." in " ".join(out.split())
    code, out = invoke("rules", "--regels", str(rules_2026), "--jaar", "2026", "--lang", "en")
    flat = " ".join(out.split())
    assert (
        code == ExitCode.OK
        and f"SPUK DOS 2026: parameters and sources (rules from {rules_2026})" in flat
    )
    assert "max_aandeel_uitkering = 75" in flat and "Voorbeeldregeling 2026" in flat
    code, out = invoke("rules", "--jaar", "2026")
    assert code == ExitCode.USAGE


def test_the_documented_rules_file_is_the_builtin_2025() -> None:
    documented = parse_rules(
        (ROOT / "docs" / "regels-voorbeeld.yaml").read_text(encoding="utf-8"), "voorbeeld"
    )
    from spukdos_cli.grant.rules import rules_for

    builtin = rules_for(2025)
    assert builtin is not None and documented.year == 2025
    assert {k: p.value for k, p in documented.parameters.items()} == {
        k: p.value for k, p in builtin.parameters.items()
    }
    assert {k: p.source for k, p in documented.parameters.items()} == {
        k: p.source for k, p in builtin.parameters.items()
    }


@pytest.mark.parametrize(
    ("text", "where", "nl", "en"),
    [
        (
            RULES_2026 + "  bedrag_per_clent:\n    waarde: 1\n",
            ":13:3: ",
            "onbekende parameter",
            "unknown parameter",
        ),
        (RULES_2026.replace('"75"', '"175"'), ":4:13: ", "geen percentage", "not a percentage"),
        (
            RULES_2026.replace("regeling_jaar: 2026", "regeling_jaar: [2026"),
            ":1:16: ",  # the unclosed [ itself, where the mistake is
            "Geen geldige YAML",
            "Not valid YAML",
        ),
        (
            RULES_2026.replace("    bron: Voorbeeldregeling 2026 (fictief, voor de test)\n", "", 1),
            ":4:5: ",
            "hier hoort een tekst",
            "expected a text",
        ),
    ],
)
def test_a_malformed_rules_file_is_a_configuration_error_in_the_chosen_language(
    tmp_path: Path, case_2026: Path, text: str, where: str, nl: str, en: str
) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(text, encoding="utf-8")
    for lang, expected in (("nl", nl), ("en", en)):
        result = runner.invoke(
            cli.app, ["check", "--lang", lang, "--regels", str(path), str(case_2026)], env=ENV
        )
        assert result.exit_code == ExitCode.USAGE
        assert f"{path}{where}" in result.output and expected in result.output


def test_two_rules_files_for_one_year_are_a_usage_error(rules_2026: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander.yaml"
    other.write_text(RULES_2026, encoding="utf-8")
    code, out = invoke(
        "check", "--regels", str(rules_2026), "--regels", str(other), str(AMSTELVEEN)
    )
    assert code == ExitCode.USAGE and "2026" in out


def test_rules_data_problems_name_their_path_and_a_period_in_order() -> None:
    entry = {"waarde": "", "eenheid": "datum", "omschrijving": "x", "bron": "y"}
    data = {
        "regeling_jaar": "2026",
        "parameters": {
            "tijdvak_van": {**entry, "waarde": "2026-12-31"},
            "tijdvak_tot_en_met": {**entry, "waarde": "2026-01-01"},
        },
    }
    with pytest.raises(RulesDataError) as caught:
        rules_from_data(data)
    assert [(p, k) for p, k, _ in caught.value.problems] == [
        (("parameters", "tijdvak_tot_en_met"), "rules_problem_period")
    ]
    with pytest.raises(ConfigError):
        parse_rules("regeling_jaar: 2026\nparameters: {}\nextra: 1\n", "r.yaml", "en")
