"""spukdos batch: rows, the summary, CSV/JSON/XLSX output, --prices, --baseline, safety.

Expected figures are worked out by hand from conftest.MINIMAL: costs 600 + 400 =
1.000,00; benefits 10 × 2 × 60 = 1.200,00 and 5 × 1 × 100 = 500,00, total 1.700,00;
net effect + 700,00.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.checks.batch import (
    BaselineComparison,
    BaselineEntry,
    Row,
    Summary,
    columns,
    row_from_result,
)
from spukdos_cli.checks.pipeline import default_options
from spukdos_cli.cli import app as cli
from spukdos_cli.cli.batch import BatchSettings, run_rows
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.read.inputs import collect_paths
from spukdos_cli.report.batch_files import EURO_FORMAT, CsvWriter, neutralise, read_baseline
from tests.conftest import MINIMAL, check_text

runner = CliRunner()
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}

PRICES = """\
naam: Testlijst
tarieven:
  - sleutel: vpt-dag
    omschrijving: VPT per dag
    eenheid: per_dag
    bedrag: "70.00"
    prijsjaar: 2025
    domein: wlz
    bron: test
"""


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, ["batch", "-j", "1", *args], env=ENV)
    return result.exit_code, result.output


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def with_stated_saldo(text: str, saldo: str) -> str:
    return text + f"opgave:\n  saldo: {saldo}\n"


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- rows ---------------------------------------------------------------------------------------
def test_row_of_a_complete_positive_case() -> None:
    row = row_from_result(check_text(MINIMAL, "a.yaml"), "nl")
    assert row.verdict == "positive" and row.positief is True and row.complete
    assert (row.gemeente, row.regeling_jaar, row.variant) == ("Voorbeeld", 2025, "cofinanciering")
    assert row.initiele_kosten == Decimal("0.00")
    assert row.uitvoeringskosten == Decimal("1000.00")
    assert row.uitstel_mpt_vpt == Decimal("1200.00")
    assert row.uitstel_intramuraal == Decimal("500.00")
    assert row.totaal_baten == Decimal("1700.00")
    assert row.saldo == Decimal("700.00")
    assert (row.errors, row.arithmetic_errors, row.saldo_verschil) == (0, 0, None)
    assert row.uitstel_mpt_vpt_prijslijst is None  # no price list asked for


def test_row_shows_stated_versus_computed_net_effect() -> None:
    row = row_from_result(check_text(with_stated_saldo(MINIMAL, "650.00")), "nl")
    assert row.saldo_opgegeven == Decimal("650.00")
    assert row.saldo_verschil == Decimal("-50.00")  # 650 stated - 700 computed
    assert row.arithmetic_errors == 1 and "A001" in row.codes.split()
    assert row.verdict == "positive"  # the verdict rests on the computed figures


def test_negative_and_not_judged_rows() -> None:
    negative = row_from_result(check_text(MINIMAL.replace("dagen: 10,", "dagen: 1,")), "nl")
    # benefits 1 × 2 × 60 + 500 = 620 < 1.000
    assert negative.verdict == "negative" and negative.positief is False
    assert negative.saldo == Decimal("-380.00")
    no_benefits = MINIMAL.split("baten:")[0] + "baten:\n  kwalitatief: []\n"
    row = row_from_result(check_text(no_benefits), "nl")
    assert row.verdict == "not_judged" and row.positief is None


def test_unreadable_file_is_a_row_with_its_error(tmp_path: Path) -> None:
    result = check_text("spukdos: [\n", "bad.yaml")
    row = row_from_result(result, "en")
    assert row.verdict == "unreadable" and row.codes == "Y002"
    assert row.error is not None and row.error.startswith("Not valid YAML: ")
    assert row.saldo is None and row.errors == 1


def test_reprice_uses_the_list_rate_for_a_named_benefit_rate() -> None:
    from dataclasses import replace

    from spukdos_cli.grant.prices import PriceList
    from spukdos_cli.read.datafiles import parse_data

    prices = parse_data(PRICES, PriceList, "test")
    text = MINIMAL.replace(
        "uitstel_mpt_vpt: {dagen: 10, inwoners: 2, kosten_per_dag: 60.00}",
        "uitstel_mpt_vpt: {dagen: 10, inwoners: 2, kosten_per_dag: 60.00, tarief: vpt-dag,\n"
        "                    onderbouwing_tarief: lager}",
    )
    options = replace(default_options(), prices=prices)
    row = row_from_result(check_text(text), "nl", options)
    assert row.uitstel_mpt_vpt == Decimal("1200.00")  # as submitted: 10 × 2 × 60
    assert row.uitstel_mpt_vpt_prijslijst == Decimal("1400.00")  # 10 × 2 × 70
    assert row.uitstel_intramuraal_prijslijst == Decimal("500.00")  # names no rate: kept
    assert row.totaal_baten_prijslijst == Decimal("1900.00")
    assert row.saldo_prijslijst == Decimal("900.00")
    assert row.positief_prijslijst is True


# -- many files ---------------------------------------------------------------------------------
def test_collect_paths_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    write(tmp_path, "b.yaml", MINIMAL)
    write(tmp_path, "a/z.YML", MINIMAL)
    write(tmp_path, "a/notes.txt", "x")
    write(tmp_path, ".git/x.yaml", MINIMAL)
    write(tmp_path, ".hidden.yaml", MINIMAL)
    found = collect_paths([tmp_path, tmp_path / "b.yaml", tmp_path / "missing.yaml"])
    names = [Path(p).relative_to(tmp_path).as_posix() for p in found]
    assert names == ["b.yaml", "a/z.YML", "missing.yaml"]


def test_a_folder_that_cannot_be_listed_becomes_a_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from spukdos_cli.read import inputs

    locked = tmp_path / "locked"
    locked.mkdir()
    real_walk = os.walk

    def walk(top: Path, onerror: object = None) -> object:
        if Path(top) == locked and callable(onerror):  # as if without read permission
            onerror(PermissionError(13, "Permission denied", str(locked)))
            return iter(())
        return real_walk(top, onerror=onerror)  # type: ignore[arg-type]

    monkeypatch.setattr(inputs.os, "walk", walk)
    assert collect_paths([locked]) == [str(locked)]
    settings = BatchSettings(default_options(), "nl", with_prices=False)
    (row,) = run_rows([str(locked)], settings, jobs=1)
    assert row.verdict == "unreadable" and row.codes == "Y001"


def test_workers_give_the_same_rows_in_file_order(tmp_path: Path) -> None:
    paths = [
        str(write(tmp_path, "1.yaml", MINIMAL)),
        str(write(tmp_path, "2.yaml", "spukdos: [\n")),
        str(write(tmp_path, "3.yaml", with_stated_saldo(MINIMAL, "1.00"))),
    ]
    settings = BatchSettings(default_options(), "nl", with_prices=False)
    serial = list(run_rows(paths, settings, jobs=1))
    parallel = list(run_rows(paths, settings, jobs=2))
    assert parallel == serial
    assert [r.verdict for r in parallel] == ["positive", "unreadable", "positive"]
    assert parallel[2].saldo_verschil == Decimal("-699.00")


def test_a_file_whose_worker_dies_is_one_row_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import signal

    from spukdos_cli.cli import batch

    paths = [str(write(tmp_path, f"{n}.yaml", MINIMAL)) for n in range(4)]
    real = batch._check_one

    def dies_on_the_third(path: str, name: str, settings: BatchSettings) -> Row:
        if path == paths[2]:  # as a crash in a C library, or the OOM killer, would end it
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, name, settings)

    monkeypatch.setattr(batch, "_check_one", dies_on_the_third)
    settings = BatchSettings(default_options(), "nl", with_prices=False)
    rows = list(run_rows(paths, settings, jobs=2))
    assert [r.verdict for r in rows] == ["positive", "positive", "unreadable", "positive"]
    assert rows[2].codes == "Y014" and rows[2].file.endswith("2.yaml")
    from spukdos_cli.checks.batch import aborted_finding
    from spukdos_cli.messages.catalogue import render

    finding = aborted_finding(signal=9, exit_status=None, seconds=None)
    assert "signaal 9" in render(finding, "nl")
    assert "(signal 9), also on a second try" in render(finding, "en")


def test_the_explanation_of_y014_names_the_time_limit() -> None:
    from spukdos_cli.cli.batch import TASK_TIMEOUT
    from spukdos_cli.messages.explanations import EXPLANATIONS

    nl, en = EXPLANATIONS["Y014"]
    assert f"{TASK_TIMEOUT:.0f} seconden" in nl and f"{TASK_TIMEOUT:.0f} seconds" in en


def test_summary_counts_totals_medians_and_largest_differences() -> None:
    summary = Summary(top=2)
    for file, saldo, stated in [
        ("a", "100.00", "100.00"),
        ("b", "-50.00", "0.00"),
        ("c", "300.01", "200.00"),
        ("d", "10.00", "10.02"),
    ]:
        summary.add(
            Row(
                file=file,
                verdict="positive" if Decimal(saldo) >= 0 else "negative",
                totaal_kosten=Decimal("1000.00"),
                totaal_baten=Decimal("1000.00") + Decimal(saldo),
                saldo=Decimal(saldo),
                saldo_opgegeven=Decimal(stated),
                saldo_verschil=Decimal(stated) - Decimal(saldo),
                errors=0 if stated == saldo else 1,
                arithmetic_errors=0 if stated == saldo else 1,
            )
        )
    summary.add(Row(file="e", verdict="unreadable", errors=1))
    assert summary.verdicts["positive"] == 3 and summary.verdicts["negative"] == 1
    assert summary.verdicts["unreadable"] == 1 and summary.files == 5
    assert summary.with_errors == 4 and summary.with_arithmetic_errors == 3
    figures = {key: (t, m) for key, t, m in summary.figures()}
    assert figures["net_effect"] == (Decimal("360.01"), Decimal("55.00"))  # (10 + 100) / 2
    assert figures["fig_totaal_kosten"] == (Decimal("4000.00"), Decimal("1000.00"))
    # |differences|: b 50.00, c 100.01, d 0.02; the two largest, largest first
    assert [d.file for d in summary.largest_differences] == ["c", "b"]


def test_baseline_comparison_lists_what_changed() -> None:
    baseline = {
        "same": BaselineEntry("positive", Decimal("10.00")),
        "flip": BaselineEntry("positive", Decimal("5.00")),
        "gone": BaselineEntry("negative", Decimal("-1.00")),
    }
    comparison = BaselineComparison(baseline)
    comparison.add(Row(file="same", verdict="positive", saldo=Decimal("10.00")))
    comparison.add(Row(file="flip", verdict="negative", saldo=Decimal("-7.50")))
    comparison.add(Row(file="new", verdict="unreadable"))
    changes = comparison.changes()
    assert [c.file for c in changes] == ["flip", "new", "gone"]
    assert changes[0].saldo_delta == Decimal("-12.50")
    assert changes[1].old is None and changes[2].new is None


# -- output formats -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20", "'+31 20"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\\x0dCR"),  # made visible, then neutralised
        ("Amstelveen", "Amstelveen"),
        ("a=b", "a=b"),
        ("\x1b[31mred", "\\x1b[31mred"),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_csv_is_rfc4180_and_neutralises_text_but_not_numbers() -> None:
    row = Row(
        file='x,"y".yaml',
        verdict="negative",
        gemeente='=HYPERLINK("http://evil")',
        saldo=Decimal("-380.00"),
        positief=False,
        errors=2,
        error="line one\nline two",
    )
    buffer = io.StringIO(newline="")
    writer = CsvWriter(buffer, columns(False))
    writer.write(row)
    raw = buffer.getvalue()
    assert raw.count("\r\n") == 2  # header and record; the newline in the text is quoted
    assert raw.splitlines()[1].startswith('"x,""y"".yaml","\'=HYPERLINK(""http://evil"")",')
    record = next(csv.DictReader(io.StringIO(raw, newline="")))
    assert record["gemeente"] == '\'=HYPERLINK("http://evil")'
    assert record["saldo"] == "-380.00"  # a number stays a number
    assert record["positief"] == "false" and record["errors"] == "2"
    assert record["error"] == "line one\nline two"
    assert raw.endswith(',"line one\nline two"\r\n')
    assert record["initiele_kosten"] == ""


def test_batch_writes_csv_json_and_xlsx(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write(inputs, "a.yaml", MINIMAL.replace('gemeente: "Voorbeeld"', 'gemeente: "=1+2"'))
    write(inputs, "b.yaml", "spukdos: [\n")
    for kind in ("csv", "json", "xlsx"):
        code, out = run(str(inputs), "-o", str(tmp_path / f"r.{kind}"))
        assert code == ExitCode.FINDINGS, out  # b.yaml cannot be read
        assert "Controleren" not in out  # no progress bar when not on a terminal

    rows = read_csv(tmp_path / "r.csv")
    assert [r["verdict"] for r in rows] == ["positive", "unreadable"]
    assert rows[0]["gemeente"] == "'=1+2" and rows[0]["saldo"] == "700.00"
    assert rows[1]["codes"] == "Y002" and rows[1]["error"]

    document = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert document["kind"] == "spukdos-batch"
    assert document["rows"][0]["gemeente"] == "=1+2"  # JSON is for machines: the data as is
    assert document["rows"][0]["totaal_baten"] == "1700.00"
    assert document["rows"][1]["verdict"] == "unreadable"
    assert document["summary"]["verdicts"]["positive"] == 1
    assert document["summary"]["figures"]["net_effect"] == {"total": "700.00", "median": "700.00"}

    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "r.xlsx")
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    saldo = sheet.cell(row=2, column=header.index("Saldo") + 1)
    assert saldo.data_type == "n" and saldo.value == 700
    assert saldo.number_format == EURO_FORMAT
    gemeente = sheet.cell(row=2, column=header.index("Gemeente") + 1)
    assert gemeente.data_type == "s" and gemeente.value == "'=1+2"
    # the cell holds the Decimal's digits, not a float's
    with zipfile.ZipFile(tmp_path / "r.xlsx") as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>700.00</v>" in xml and "<v>1700.00</v>" in xml


def test_prices_option_adds_recalculated_columns(tmp_path: Path) -> None:
    prices = write(tmp_path, "prijzen.yaml", PRICES)
    case = MINIMAL.replace(
        "uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: 100.00}",
        "uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: 100.00, tarief: vpt-dag,"
        "\n                        onderbouwing_tarief: duurder}",
    )
    write(tmp_path, "in/a.yaml", case)
    code, out = run(str(tmp_path / "in"), "--prices", str(prices), "-o", str(tmp_path / "r.csv"))
    assert code == ExitCode.OK, out
    (row,) = read_csv(tmp_path / "r.csv")
    assert (row["uitstel_intramuraal"], row["uitstel_intramuraal_prijslijst"]) == (
        "500.00",
        "350.00",  # 5 × 1 × 70
    )
    assert (row["saldo"], row["saldo_prijslijst"]) == ("700.00", "550.00")
    assert "Testlijst" in out


def test_baseline_lists_changed_verdict_and_net_effect(tmp_path: Path) -> None:
    case = write(tmp_path, "in/a.yaml", MINIMAL)
    write(tmp_path, "in/b.yaml", MINIMAL)
    old = tmp_path / "old.json"
    assert run(str(tmp_path / "in"), "-o", str(old))[0] == ExitCode.OK
    case.write_text(MINIMAL.replace("dagen: 10,", "dagen: 1,"), encoding="utf-8")
    code, out = run(str(tmp_path / "in"), "--baseline", str(old))
    assert code == ExitCode.FINDINGS  # a.yaml is no longer positive (V001)
    assert read_baseline(old)[str(case)] == BaselineEntry("positive", Decimal("700.00"))
    assert "Veranderd sinds" in out and ": 1 aanvraag/aanvragen" in out
    line = next(line for line in out.splitlines() if "a.yaml" in line)
    # 700,00 before; 1 × 2 × 60 + 500 - 1.000 = -380,00 now; 1.080,00 less
    assert "niet positief" in line and "- € 1.080,00" in line
    assert "b.yaml" not in out.split("Veranderd sinds")[1]


def test_baseline_that_is_not_a_batch_result_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "in/a.yaml", MINIMAL)
    other = write(tmp_path, "other.json", '{"files": []}')
    code, out = run(str(tmp_path / "in"), "--baseline", str(other))
    assert code == ExitCode.USAGE and "spukdos batch" in out


# -- safety ---------------------------------------------------------------------------------------
def test_no_overwrite_without_force(tmp_path: Path) -> None:
    write(tmp_path, "in/a.yaml", MINIMAL)
    target = write(tmp_path, "r.csv", "keep me")
    code, out = run(str(tmp_path / "in"), "-o", str(target))
    assert code == ExitCode.USAGE and "--force" in out
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run(str(tmp_path / "in"), "-o", str(target), "--force")[0] == ExitCode.OK
    assert target.read_text(encoding="utf-8").startswith("file,gemeente,")


def test_interrupted_run_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spukdos_cli.report import batch_files as batch_output

    write(tmp_path, "in/a.yaml", MINIMAL)
    write(tmp_path, "in/b.yaml", MINIMAL)

    def broken(self: object, row: Row) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_output.CsvWriter, "write", broken)
    result = runner.invoke(
        cli.app, ["batch", "-j", "1", str(tmp_path / "in"), "-o", str(tmp_path / "r.csv")], env=ENV
    )
    assert result.exit_code != ExitCode.OK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no r.csv, no temp file


def test_usage_errors(tmp_path: Path) -> None:
    case = write(tmp_path, "in/a.yaml", MINIMAL)
    assert run(str(tmp_path / "in"), "-o", str(tmp_path / "r.txt"))[0] == ExitCode.USAGE
    assert run(str(tmp_path / "in"), "-o", str(tmp_path / "no" / "r.csv"))[0] == ExitCode.USAGE
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out = run(str(empty))
    assert code == ExitCode.USAGE and "geen YAML-bestanden" in out
    # the output may never be one of the inputs, not even with --force
    same = case.with_suffix(".json")
    same.write_text("{}", encoding="utf-8")
    code, out = run(str(same), "-o", str(same), "--force")
    assert code == ExitCode.USAGE and same.read_text(encoding="utf-8") == "{}"


def test_summary_in_the_terminal(tmp_path: Path) -> None:
    write(tmp_path, "in/a.yaml", with_stated_saldo(MINIMAL, "650.00"))
    write(tmp_path, "in/b.yaml", MINIMAL.replace("dagen: 10,", "dagen: 1,"))
    code, out = run(str(tmp_path / "in"), "--lang", "en")
    assert code == ExitCode.FINDINGS
    assert "│ positive" in out and "│ not positive" in out
    # total net effect 700 - 380 = 320; median of two = (700 - 380) / 2 = 160
    assert "+€320.00" in out and "€160.00" in out
    difference = next(line for line in out.splitlines() if "a.yaml" in line)
    assert "+€650.00" in difference and "-€50.00" in difference
