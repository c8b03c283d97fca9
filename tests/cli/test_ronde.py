"""``spukdos ronde``: a made-up round of twelve applications (YAML and Word documents, two
incomplete, one negative, one submitted twice), the status rule, the budget and the draw,
duplicates, the letters, and the overview's files."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.checks.round import (
    RoundRow,
    application_key,
    application_status,
    decide_round,
    draw,
    normalised,
    ticket,
)
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.positions import START
from tests.conftest import EXAMPLES, check_text

runner = CliRunner()
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}

AMSTELVEEN = (EXAMPLES / "amstelveen.yaml").read_text(encoding="utf-8")  # grant 624.000
CENTRAL = (EXAMPLES / "centraal-persoon.yaml").read_text(encoding="utf-8")  # grant 109.000
ADVICE = (EXAMPLES / "advies-zorgkantoor.yaml").read_text(encoding="utf-8")  # grant 160.000


def application(base: str, municipality: str, experiment: str) -> str:
    """``base`` as the application of another municipality and experiment."""
    text = re.sub(r"(?m)^  naam: .*$", f'  naam: "{experiment}"', base, count=1)
    old = re.search(r'organisatie: "(Gemeente [^"]*)"', text)
    assert old is not None
    text = text.replace(old[1], f"Gemeente {municipality}")  # the party, and its financing
    return re.sub(r"(?m)^  gemeente: .*$", f'  gemeente: "{municipality}"', text, count=1)


def without_line(text: str, pattern: str) -> str:
    """``text`` without the first line matching ``pattern``."""
    changed, count = re.subn(rf"(?m)^{pattern}.*\n", "", text, count=1)
    assert count == 1, pattern
    return changed


def document(folder: Path, name: str, text: str) -> Path:
    """``text`` exported as the filled-in form, a Word document (``spukdos export``)."""
    from spukdos_cli.report.docx_export import write_docx

    path = folder / name
    write_docx(check_text(text, name), path)
    return path


def yaml_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def make_round(folder: Path) -> Path:
    """Twelve applications: nine YAML files and three documents; Gouda and Harderwijk
    incomplete, IJsselstein negative, Delft twice (YAML, then a corrected document)."""
    folder.mkdir(parents=True, exist_ok=True)
    yaml_file(folder, "01-aalsmeer.yaml", application(AMSTELVEEN, "Aalsmeer", "Samen Aalsmeer"))
    yaml_file(folder, "02-baarn.yaml", application(CENTRAL, "Baarn", "Arrangeur Baarn"))
    yaml_file(folder, "03-culemborg.yaml", application(ADVICE, "Culemborg", "Thuis in Culemborg"))
    delft = yaml_file(folder, "04-delft.yaml", application(AMSTELVEEN, "Delft", "Delft Dichtbij"))
    yaml_file(folder, "05-epe.yaml", application(CENTRAL, "Epe", "Arrangeur Epe"))
    yaml_file(folder, "06-franeker.yaml", application(ADVICE, "Franeker", "Thuis in Franeker"))
    gouda = application(AMSTELVEEN, "Gouda", "Gouda Samen")
    yaml_file(folder, "07-gouda.yaml", without_line(gouda, "  einddatum: "))
    harderwijk = application(CENTRAL, "Harderwijk", "Arrangeur Harderwijk")
    yaml_file(folder, "08-harderwijk.yaml", without_line(harderwijk, "        email: "))
    negative = application(AMSTELVEEN, "IJsselstein", "Preventie IJsselstein")
    yaml_file(folder, "09-ijsselstein.yaml", negative.replace("dagen: 182.5", "dagen: 10"))
    document(folder, "10-kampen.docx", application(ADVICE, "Kampen", "Thuis in Kampen"))
    document(folder, "11-leiden.docx", application(CENTRAL, "Leiden", "Arrangeur Leiden"))
    again = document(
        folder, "12-delft-gecorrigeerd.docx", application(AMSTELVEEN, "Delft", "Delft Dichtbij")
    )
    stat = delft.stat()
    os.utime(again, ns=(stat.st_atime_ns, stat.st_mtime_ns + 60_000_000_000))  # a minute later
    return folder


@pytest.fixture(scope="module")
def round_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_round(tmp_path_factory.mktemp("ronde") / "aanvragen")


def ronde(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Exit code and output, its lines joined (Rich wraps long sentences)."""
    result = runner.invoke(cli.app, ["ronde", *args], env=env or ENV)
    return result.exit_code, " ".join(result.output.split())


def statuses(overview: Path) -> dict[str, str]:
    """File name (without its folder) -> status, from a JSON overview."""
    rows = json.loads(overview.read_text(encoding="utf-8"))["rows"]
    return {Path(r["file"]).name: r["status"] for r in rows}


def granted(overview: Path) -> set[str]:
    return {name for name, status in statuses(overview).items() if status == "toekennen"}


SEED = "SPUK DOS 2024 extra ronde"
BUDGET = "1.300.000"
GRANTED_WITH_SEED = {
    "02-baarn.yaml",
    "03-culemborg.yaml",
    "05-epe.yaml",
    "06-franeker.yaml",
    "11-leiden.docx",
    "12-delft-gecorrigeerd.docx",
}
"""What the draw with :data:`SEED` and a budget of € 1.300.000 grants (redone by hand in
test_the_draw_can_be_redone_by_hand)."""


# -- the round of the "done when" --------------------------------------------------------
def test_a_round_of_twelve_writes_the_overview_and_two_letters(
    round_folder: Path, tmp_path: Path
) -> None:
    overview, letters = tmp_path / "overzicht.xlsx", tmp_path / "brieven"
    args = [str(round_folder), "--budget", BUDGET, "--loting-zaad", SEED, "-j", "2"]
    code, out = ronde(*args, "-o", str(overview), "--brieven", str(letters))
    assert code == ExitCode.FINDINGS, out  # incomplete and negative applications: errors
    assert overview.stat().st_size > 0
    assert sorted(p.name for p in letters.iterdir()) == [
        "brief-07-gouda.docx",
        "brief-07-gouda.md",
        "brief-08-harderwijk.docx",
        "brief-08-harderwijk.md",
    ]
    assert "2 brieven geschreven" in out
    assert "Er is meer aangevraagd dan het budget, dus is er geloot met het zaad" in out

    first, again = tmp_path / "1.json", tmp_path / "2.json"
    assert ronde(*args, "-o", str(first))[0] == ExitCode.FINDINGS
    assert ronde(*args, "-o", str(again), "-j", "1")[0] == ExitCode.FINDINGS
    assert granted(first) == granted(again) == GRANTED_WITH_SEED
    assert statuses(first) == {
        "01-aalsmeer.yaml": "uitgeloot",
        "02-baarn.yaml": "toekennen",
        "03-culemborg.yaml": "toekennen",
        "04-delft.yaml": "dubbel",
        "05-epe.yaml": "toekennen",
        "06-franeker.yaml": "toekennen",
        "07-gouda.yaml": "onvolledig",
        "08-harderwijk.yaml": "onvolledig",
        "09-ijsselstein.yaml": "afwijzen",
        "10-kampen.docx": "uitgeloot",
        "11-leiden.docx": "toekennen",
        "12-delft-gecorrigeerd.docx": "toekennen",
    }
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["kind"] == "spukdos-ronde"
    assert document["round"]["budget"] == "1300000.00"
    assert document["round"]["requested"] == "2055000.00"  # Delft counted once
    assert document["round"]["granted"] == "1271000.00"
    assert document["round"]["left"] == "29000.00"
    rows = {Path(r["file"]).name: r for r in document["rows"]}
    assert rows["09-ijsselstein.yaml"]["redenen"] == "V001"
    assert rows["04-delft.yaml"]["vervangen_door"].endswith("12-delft-gecorrigeerd.docx")
    assert rows["12-delft-gecorrigeerd.docx"]["source_kind"] == "docx"


def test_the_draw_can_be_redone_by_hand(round_folder: Path, tmp_path: Path) -> None:
    """The report's recipe, followed with hashlib alone, gives the granted set."""
    overview = tmp_path / "o.json"
    ronde(
        str(round_folder), "--budget", "€ 1.300.000,00", "--loting-zaad", SEED, "-o", str(overview)
    )
    rows = json.loads(overview.read_text(encoding="utf-8"))["rows"]
    in_draw = [r for r in rows if r["status"] in ("toekennen", "uitgeloot")]
    order = sorted(
        in_draw, key=lambda r: hashlib.sha256(f"{SEED}|{r['sleutel']}".encode()).hexdigest()
    )
    assert [r["lot"] for r in order] == list(range(1, len(order) + 1))
    left, by_hand = Decimal("1300000"), set()
    for r in order:
        if Decimal(r["uitkering"]) <= left:
            left -= Decimal(r["uitkering"])
            by_hand.add(Path(r["file"]).name)
    assert by_hand == GRANTED_WITH_SEED
    assert {r["sleutel"] for r in in_draw} >= {"delft|delft dichtbij", "kampen|thuis in kampen"}


def test_another_seed_draws_another_set(round_folder: Path, tmp_path: Path) -> None:
    overview = tmp_path / "o.json"
    args = [str(round_folder), "--budget", "1300000", "-o", str(overview)]
    ronde(*args, "--loting-zaad", "een ander zaad")
    assert granted(overview) == {
        "02-baarn.yaml",
        "05-epe.yaml",
        "06-franeker.yaml",
        "10-kampen.docx",
        "11-leiden.docx",
        "12-delft-gecorrigeerd.docx",
    }


def test_under_budget_every_grantable_application_is_granted(
    round_folder: Path, tmp_path: Path
) -> None:
    overview = tmp_path / "o.csv"
    code, out = ronde(str(round_folder), "--budget", "2.055.000", "-o", str(overview))
    assert code == ExitCode.FINDINGS
    assert "Er is niet geloot" in out
    text = overview.read_text(encoding="utf-8")
    assert text.count(",toekennen,") == 8
    assert ",uitgeloot," not in text and ",loting," not in text


def test_over_budget_without_a_seed_says_a_draw_is_needed(
    round_folder: Path, tmp_path: Path
) -> None:
    overview = tmp_path / "o.json"
    code, out = ronde(str(round_folder), "--budget", "2.054.999,99", "-o", str(overview))
    assert code == ExitCode.FINDINGS
    assert "--loting-zaad" in out
    assert list(statuses(overview).values()).count("loting") == 8
    assert granted(overview) == set()


def test_the_file_named_with_geldt_counts(round_folder: Path, tmp_path: Path) -> None:
    overview = tmp_path / "o.json"
    named = os.path.relpath(round_folder / "04-delft.yaml")  # the folder is given absolute
    ronde(str(round_folder), "--budget", "9.000.000", "--geldt", named, "-o", str(overview))
    found = statuses(overview)
    assert found["04-delft.yaml"] == "toekennen"
    assert found["12-delft-gecorrigeerd.docx"] == "dubbel"
    document = json.loads(overview.read_text(encoding="utf-8"))
    assert document["round"]["duplicates"][0]["named"] is True
    assert document["round"]["requested"] == "2055000.00"


# -- the letters ---------------------------------------------------------------------------------
def test_a_letter_lists_what_is_missing_per_section(round_folder: Path, tmp_path: Path) -> None:
    letters = tmp_path / "brieven"
    ronde(str(round_folder), "--budget", "9.000.000", "--brieven", str(letters))
    gouda = (letters / "brief-07-gouda.md").read_text(encoding="utf-8")
    assert "### 2\\. Looptijd" not in gouda  # section titles are ours: not escaped
    assert "### 2. Looptijd" in gouda
    assert "- einddatum — Tot wanneer loopt het experiment?\n" in gouda  # the form's question
    assert "Plaats in uw bestand: regel " in gouda
    assert "Gemeente Gouda" in gouda  # the coordinating municipality's party
    assert "t.a.v. Marieke Jansen" in gouda
    assert "uiterlijk [datum]" in gouda
    assert "U krijgt één keer de mogelijkheid om uw aanvraag compleet te maken." in gouda
    assert gouda.count("### ") == 1  # nothing else is missing

    harderwijk = (letters / "brief-08-harderwijk.md").read_text(encoding="utf-8")
    assert "### 1. Samenwerkende partijen" in harderwijk
    assert (
        "- partij 1 (Gemeente Harderwijk), contactpersoon 1 (Ilse de Vries): e-mail (regel 23)"
        " — E-mailadres van de contactpersoon.\n" in harderwijk
    )
    assert "Ilse de Vries" in harderwijk

    from docx import Document

    words = "\n".join(p.text for p in Document(str(letters / "brief-07-gouda.docx")).paragraphs)
    assert "Uw aanvraag SPUK DOS is niet compleet" in words
    assert "2. Looptijd" in words
    assert "einddatum" in words
    assert "uiterlijk [datum]" in words
    assert "\\" not in words


def test_text_from_a_file_is_escaped_in_the_letter_and_the_overview(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = application(CENTRAL, "=HYPERLINK(1) # <b>x</b>", "*vet* [link](http://x)")
    yaml_file(folder, "x.yaml", without_line(hostile, "  einddatum: "))
    letters, overview = tmp_path / "brieven", tmp_path / "o.csv"
    ronde(str(folder), "--budget", "1", "--brieven", str(letters), "-o", str(overview))
    letter = (letters / "brief-x.md").read_text(encoding="utf-8")
    assert "\\*vet\\* \\[link\\](http://x)" in letter
    assert "<b>" not in letter and "\\<b\\>x\\</b\\>" in letter
    assert ",'=HYPERLINK(1) # <b>x</b>," in overview.read_text(encoding="utf-8")
    html = tmp_path / "o.html"
    ronde(str(folder), "--budget", "1", "-o", str(html))
    page = html.read_text(encoding="utf-8")
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_an_own_template_is_used_and_a_broken_one_is_a_usage_error(
    round_folder: Path, tmp_path: Path
) -> None:
    own = tmp_path / "eigen.md.j2"
    own.write_text("# Brief voor {{ gemeente }}\n\n{{ onderdelen | length }} onderdelen\n")
    letters = tmp_path / "brieven"
    ronde(
        str(round_folder), "--budget", "1", "--brieven", str(letters), "--brief-sjabloon", str(own)
    )
    assert (letters / "brief-07-gouda.md").read_text(encoding="utf-8") == (
        "# Brief voor Gouda\n\n1 onderdelen\n"
    )
    broken = [str(round_folder), "--budget", "1", "--brieven", str(tmp_path / "b2")]
    own.write_text("{% for %}")
    code, out = ronde(*broken, "--brief-sjabloon", str(own))
    assert code == ExitCode.USAGE
    assert "Het sjabloon van de brief" in out and "op regel 1" in out and "Traceback" not in out
    code, out = ronde(*broken, "--brief-sjabloon", str(own), "--lang", "en")
    assert "The letter's template" in out and "on line 1" in out and "regel" not in out
    own.write_text("{{ onbekend }}")  # fails when filled in: found before the files are read
    code, out = ronde(*broken, "--brief-sjabloon", str(own))
    assert code == ExitCode.USAGE
    assert "'onbekend' is undefined" in out and "Aanvragen" not in out
    assert not (tmp_path / "b2").exists()
    assert ronde(*broken, "--brief-sjabloon", str(tmp_path / "weg.j2"))[0] == ExitCode.USAGE


# -- the status rule, the key, the draw ----------------------------------------------------------
def finding(code: str, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(code, severity, (), START)


@pytest.mark.parametrize(
    ("verdict", "codes", "grant", "expected"),
    [
        ("unreadable", ["Y002"], None, ("onleesbaar", ())),
        ("internal_error", [], None, ("onleesbaar", ())),
        ("not_judged", ["C001", "V001"], Decimal(1), ("onvolledig", ("C001",))),
        ("negative", ["V001", "A001"], Decimal(1), ("afwijzen", ("V001",))),
        ("positive", ["R051"], Decimal(1), ("afwijzen", ("R051",))),
        ("positive", ["R040", "R002"], Decimal(1), ("afwijzen", ("R040", "R002"))),
        ("positive", ["A001"], Decimal(1), ("beoordelen", ("A001",))),
        ("positive", [], None, ("beoordelen", ())),
        ("positive", [], Decimal(1), ("toekennen", ())),
    ],
)
def test_status_rule(
    verdict: str, codes: list[str], grant: Decimal | None, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert application_status(verdict, [finding(c) for c in codes], grant) == expected


def test_no_advice_in_the_file_is_incomplete_only_when_asked() -> None:
    note = [finding("R050", Severity.INFO)]
    assert application_status("positive", note, Decimal(1))[0] == "toekennen"
    required = application_status("positive", note, Decimal(1), advice_required=True)
    assert required == ("onvolledig", ("R050",))


def test_the_key_ignores_case_accents_punctuation_and_the_word_gemeente() -> None:
    assert normalised("  Gemeente  Súdwest-Fryslân ") == "sudwest fryslan"
    assert application_key("gemeente Amstelveen", "Van Ouderenzorg – naar Samenzorg!") == (
        application_key("AMSTELVEEN", "van ouderenzorg naar samenzorg")
    )


def row(name: str, grant: str, key: str | None = None) -> RoundRow:
    return RoundRow(
        file=name,
        verdict="positive",
        uitkering=Decimal(grant),
        sleutel=key or name,
        status="toekennen",
    )


def test_the_draw_orders_by_sha256_and_skips_what_does_not_fit() -> None:
    rows = [row(f"f{i}", grant) for i, grant in enumerate(["300", "200", "100", "400", "50"])]
    drawn = draw(rows, "zaad")
    expected = sorted(rows, key=lambda r: hashlib.sha256(f"zaad|{r.sleutel}".encode()).hexdigest())
    assert [r.file for r in drawn] == [r.file for r in expected]
    assert drawn[0].lot_code == ticket("zaad", drawn[0].sleutel)
    assert [r.file for r in drawn] == ["f3", "f0", "f2", "f4", "f1"]  # 400, 300, 100, 50, 200
    outcome = decide_round(rows, Decimal("500"), "zaad")
    by_file = {r.file: r.status for r in outcome.rows}
    # 400 fits (100 left), 300 does not, 100 fits (0 left), then nothing fits
    assert by_file == {
        "f3": "toekennen",
        "f0": "uitgeloot",
        "f2": "toekennen",
        "f4": "uitgeloot",
        "f1": "uitgeloot",
    }
    assert (outcome.granted, outcome.left) == (Decimal("500"), Decimal("0"))


def test_the_outcome_does_not_depend_on_the_order_of_the_files() -> None:
    rows = [row(f"f{i:02}", str(100 + 37 * i)) for i in range(30)]
    rows.append(replace(row("f99", "120", rows[3].sleutel), mtime_ns=5))  # a duplicate of f03
    first = decide_round(rows, Decimal("2000"), "x")
    shuffled = list(rows)
    random.Random(7).shuffle(shuffled)
    second = decide_round(shuffled, Decimal("2000"), "x")
    assert {r.file: (r.status, r.lot) for r in first.rows} == {
        r.file: (r.status, r.lot) for r in second.rows
    }
    assert {r.file: r.status for r in first.rows}["f03"] == "dubbel"
    assert first.granted == second.granted <= Decimal("2000")


# -- the command line ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2.500.000", "€ 2.500.000,00", "2500000", "EUR 2500000.00"])
def test_the_budget_is_read_the_dutch_way(text: str, tmp_path: Path) -> None:
    yaml_file(tmp_path, "a.yaml", CENTRAL)
    overview = tmp_path / "o.json"
    assert ronde(str(tmp_path / "a.yaml"), "--budget", text, "-o", str(overview))[0] == 0
    assert json.loads(overview.read_text(encoding="utf-8"))["round"]["budget"] == "2500000.00"


@pytest.mark.parametrize("text", ["2,5 miljoen", "1.250", "-5", "abc", ""])
def test_a_budget_that_is_not_an_amount_is_a_usage_error(text: str, tmp_path: Path) -> None:
    yaml_file(tmp_path, "a.yaml", CENTRAL)
    code, out = ronde(str(tmp_path / "a.yaml"), "--budget", text)
    assert code == ExitCode.USAGE
    assert "--budget" in out and "Traceback" not in out


def test_usage_errors(tmp_path: Path) -> None:
    yaml_file(tmp_path, "a.yaml", CENTRAL)
    assert ronde(str(tmp_path / "leeg"), "--budget", "1")[0] == ExitCode.USAGE
    code, out = ronde(str(tmp_path), "--budget", "1", "--geldt", str(tmp_path / "b.yaml"))
    assert (code, "--geldt" in out) == (ExitCode.USAGE, True)
    code, out = ronde(str(tmp_path), "--budget", "1", "-o", str(tmp_path / "o.txt"))
    assert (code, ".xlsx" in out) == (ExitCode.USAGE, True)
    assert ronde(str(tmp_path), "--budget", "1", "--loting-zaad", " ")[0] == ExitCode.USAGE
    assert ronde(str(tmp_path), "--budget", "1", "--brieven", str(tmp_path / "a.yaml"))[0] == 2


def test_an_unreadable_file_is_one_row_and_the_round_goes_on(tmp_path: Path) -> None:
    yaml_file(tmp_path, "a.yaml", CENTRAL)
    yaml_file(tmp_path, "b.yaml", "spukdos: [\n")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04 not really a document")
    overview = tmp_path / "o.json"
    code, _ = ronde(str(tmp_path), "--budget", "200.000,00", "-o", str(overview), "-j", "2")
    assert code == ExitCode.FINDINGS
    assert statuses(overview) == {
        "a.yaml": "toekennen",
        "b.yaml": "onleesbaar",
        "c.docx": "onleesbaar",
    }


def test_a_clean_round_exits_0_and_writes_the_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    yaml_file(tmp_path, "a.yaml", CENTRAL)
    yaml_file(tmp_path, "b.yaml", application(CENTRAL, "Baarn", "Ander experiment"))
    overview = tmp_path / "o.xlsx"
    code, out = ronde(
        str(tmp_path), "--budget", "109.000,00", "--loting-zaad", "z", "-o", str(overview)
    )
    assert code == ExitCode.OK, out
    book = load_workbook(overview)
    assert book.sheetnames == ["Aanvragen", "Ronde", "Samenvatting"]
    sheet = book["Aanvragen"]
    header = [c.value for c in sheet[1]]
    status = [sheet.cell(row=r, column=header.index("Status") + 1).value for r in (2, 3)]
    assert sorted(status) == ["toekennen", "uitgeloot (budget op)"]
    texts = [str(c.value) for r in book["Ronde"].iter_rows() for c in r if c.value]
    assert any("hoe de uitvoeringsorganisatie loot, bepalen haar eigen regels" in t for t in texts)


def test_english_run_speaks_english_only(round_folder: Path) -> None:
    code, out = ronde(str(round_folder), "--budget", BUDGET, "--loting-zaad", SEED, "--lang", "en")
    assert code == ExitCode.FINDINGS
    assert "not drawn (budget used up)" in out and "incomplete (letter)" in out
    assert "the grant office draws is decided by its own rules" in out
    for dutch in ("toekennen", "uitgeloot", "onvolledig", "Aangevraagd", "geloot"):
        assert dutch not in out


def test_help_ends_with_an_example() -> None:
    code, out = ronde("--help")
    assert code == 0
    assert "Voorbeeld: spukdos ronde aanvragen/ --budget 2.500.000" in out
    code, out = ronde("--help", "--lang", "en")
    assert "Example: spukdos ronde --lang en aanvragen/ --budget 2.500.000" in out


# -- jinja2 is loaded only for the letters ---------------------------------------------------------
_LOADED = (
    "import sys; sys.argv = ['spukdos', *sys.argv[1:]]\n"
    "from spukdos_cli.cli.app import main\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    "sys.stderr.write(repr(sorted(m for m in ('jinja2', 'markupsafe') if m in sys.modules)))\n"
)


def _template_library_loaded(*argv: str) -> str:
    from tests.support import processes

    completed = processes.run(
        [sys.executable, "-c", _LOADED, *argv], capture_output=True, text=True, check=False
    )
    return completed.stderr.strip().splitlines()[-1]


def test_jinja2_is_imported_only_when_letters_are_written(tmp_path: Path) -> None:
    yaml_file(tmp_path, "a.yaml", CENTRAL)
    assert _template_library_loaded("check", str(tmp_path / "a.yaml")).endswith("[]")
    assert _template_library_loaded("ronde", str(tmp_path), "--budget", "1").endswith("[]")
    letters = str(tmp_path / "brieven")
    loaded = _template_library_loaded("ronde", str(tmp_path), "--budget", "1", "--brieven", letters)
    assert loaded.endswith("['jinja2', 'markupsafe']")


def test_ctrl_c_ends_a_round_with_130_and_no_overview(tmp_path: Path) -> None:
    """A real process, with the watchdog: SIGINT while the files are read."""
    import signal
    import time

    from tests.support import processes

    folder = tmp_path / "veel"
    folder.mkdir()
    for number in range(300):
        yaml_file(folder, f"{number:03}.yaml", application(AMSTELVEEN, f"G{number}", "E"))
    overview = tmp_path / "o.xlsx"
    process = processes.start(
        [sys.executable, "-m", "spukdos_cli", "ronde", str(folder), "--budget", "1", "-j", "2",
         "-o", str(overview)]
    )  # fmt: skip
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, err = processes.finish(process, timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED, err
    assert b"Traceback" not in err
    assert not overview.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["veel"]  # no temporary file left


def test_a_large_round_shows_its_table_only_in_the_overview() -> None:
    from rich.console import Console

    from spukdos_cli.report.round import SHOWN_ROWS, round_report

    def shown(count: int) -> str:
        rows = [row(f"f{i:04}", "10") for i in range(count)]
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(round_report(decide_round(rows, Decimal("1000000"), None), "nl"))
        return console.export_text()

    assert "f0099" in shown(SHOWN_ROWS)
    large = shown(SHOWN_ROWS + 1)
    assert "f0000" not in large
    assert f"{SHOWN_ROWS + 1} aanvragen: de tabel per aanvraag staat in het overzicht" in large


def test_an_existing_letter_is_kept_without_force(round_folder: Path, tmp_path: Path) -> None:
    letters = tmp_path / "brieven"
    assert ronde(str(round_folder), "--budget", "1", "--brieven", str(letters))[0] == 1
    code, out = ronde(str(round_folder), "--budget", "1", "--brieven", str(letters))
    assert code == ExitCode.USAGE
    assert "brief-07-gouda.md bestaat al" in out and "--force" in out
    assert ronde(str(round_folder), "--budget", "1", "--brieven", str(letters), "--force")[0] == 1


def test_files_named_in_another_order_draw_the_same(round_folder: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in round_folder.iterdir())
    forward, backward = tmp_path / "f.json", tmp_path / "b.json"
    common = ["--budget", BUDGET, "--loting-zaad", SEED, "-j", "1"]
    ronde(*files, *common, "-o", str(forward))
    ronde(*reversed(files), *common, "-o", str(backward))
    assert statuses(forward) == statuses(backward)
    assert granted(backward) == GRANTED_WITH_SEED
    rows = json.loads(backward.read_text(encoding="utf-8"))["rows"]
    assert Path(rows[0]["file"]).name == "12-delft-gecorrigeerd.docx"  # the rows keep their order


def test_the_html_overview_parses_as_browsers_parse_it(round_folder: Path, tmp_path: Path) -> None:
    import html5lib

    page = tmp_path / "o.html"
    ronde(str(round_folder), "--budget", BUDGET, "--loting-zaad", SEED, "-o", str(page))
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(
        page.read_text(encoding="utf-8")
    )
    cells = [td.text for td in tree.iter("td")]
    assert cells.count("toekennen") == len(GRANTED_WITH_SEED)
    assert "hoe de uitvoeringsorganisatie loot, bepalen haar eigen regels" in "".join(
        p.text or "" for p in tree.iter("p")
    )


def test_without_the_advice_a_letter_asks_for_it_when_it_is_required(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    yaml_file(folder, "zonder.yaml", CENTRAL)  # no advies_zorgkantoor in the file
    half = without_line(ADVICE, "  datum: 2024")
    yaml_file(folder, "half.yaml", application(half, "Baarn", "Thuis in Baarn"))
    letters, overview = tmp_path / "brieven", tmp_path / "o.json"
    args = [str(folder), "--budget", "1.000.000,00", "--brieven", str(letters), "-o", str(overview)]
    ronde(*args)
    assert statuses(overview) == {"zonder.yaml": "toekennen", "half.yaml": "onvolledig"}
    half_letter = (letters / "brief-half.md").read_text(encoding="utf-8")
    assert "### Advies van het regionale zorgkantoor" in half_letter
    assert "- datum — Op welke datum is het advies gegeven?\n" in half_letter  # R053
    ronde(*args, "--advies-vereist", "--force")
    assert statuses(overview) == {"zonder.yaml": "onvolledig", "half.yaml": "onvolledig"}
    letter = (letters / "brief-zonder.md").read_text(encoding="utf-8")
    assert "### Advies van het regionale zorgkantoor" in letter
