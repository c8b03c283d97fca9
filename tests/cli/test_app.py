"""The command line: exit codes, formats, --version, python -m, no tracebacks, read-only."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli import __version__
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from tests.conftest import AMSTELVEEN, CLI_ENV, MINIMAL, run_cli, write_case
from tests.support import processes

runner = CliRunner()
ENV = CLI_ENV


run = run_cli
write = write_case


def test_version() -> None:
    code, out = run("--version")
    assert code == ExitCode.OK
    assert out.strip() == f"spukdos {__version__}"


def test_check_example_exits_zero_and_shows_the_verdict() -> None:
    code, out = run("check", str(AMSTELVEEN))
    assert code == ExitCode.OK
    assert "+ € 78.525,00" in out
    assert "POSITIEF" in out


def test_check_in_english() -> None:
    code, out = run("check", "--lang", "en", str(AMSTELVEEN))
    assert code == ExitCode.OK
    assert "+€78,525.00" in out
    assert "POSITIVE" in out


def test_error_findings_exit_one(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("bedrag: 400.00", "bedrag: 1.250"))
    code, out = run("check", str(path))
    assert code == ExitCode.FINDINGS
    assert f"{path}:" in out and "S004" in out


def test_missing_file_exits_one_with_a_finding(tmp_path: Path) -> None:
    code, out = run("check", str(tmp_path / "nope.yaml"))
    assert code == ExitCode.FINDINGS
    assert "Y001" in out


def test_one_bad_file_among_good_ones_exits_one(tmp_path: Path) -> None:
    bad = write(tmp_path, "spukdos: [\n", "bad.yaml")
    code, out = run("check", str(AMSTELVEEN), str(bad))
    assert code == ExitCode.FINDINGS
    assert "Y002" in out and "positief, saldo + € 78.525,00" in out  # one line per file


def test_usage_errors_exit_two() -> None:
    assert run("check")[0] == ExitCode.USAGE
    assert run("check", "--format", "xml", str(AMSTELVEEN))[0] == ExitCode.USAGE
    assert run("nonsense")[0] == ExitCode.USAGE


def test_strict_turns_warnings_into_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The core reports no warnings yet; simulate one by wrapping the pipeline.
    from spukdos_cli.checks import pipeline as result_module
    from spukdos_cli.findings import Finding, Severity
    from spukdos_cli.positions import Position

    original = result_module.check_loaded

    def with_warning(*args):  # type: ignore[no-untyped-def]
        res = original(*args)
        warning = Finding("S001", Severity.WARNING, (), Position(1, 1), {"key": "x", "hint": ""})
        return result_module.FileResult(
            res.file,
            res.sha256,
            res.case,
            res.calculation,
            res.sections,
            (*res.findings, warning),
            res.judged,
        )

    monkeypatch.setattr(result_module, "check_loaded", with_warning)
    assert run("check", str(AMSTELVEEN))[0] == ExitCode.OK
    assert run("check", "--strict", str(AMSTELVEEN))[0] == ExitCode.FINDINGS


def test_json_format_is_the_result_with_exact_amounts(tmp_path: Path) -> None:
    code, out = run("check", "--format", "json", str(AMSTELVEEN))
    assert code == ExitCode.OK
    document = json.loads(out)
    assert document["schema_version"] == 3
    (entry,) = document["files"]
    assert entry["sha256"] == hashlib.sha256(AMSTELVEEN.read_bytes()).hexdigest()
    assert entry["figures"]["saldo"] == "78525.00"
    assert entry["figures"]["uitstel_intramuraal"]["totaal"] == "420589.50"
    assert entry["figures"]["positief"] is True
    assert [f["code"] for f in entry["findings"] if f["severity"] != "info"] == ["Q008", "Q005"]


def test_json_carries_the_robustness_the_text_report_shows() -> None:
    code, out = run("check", "--format", "json", str(AMSTELVEEN))
    assert code == ExitCode.OK
    robustness = json.loads(out)["files"][0]["robustness"]
    break_even = robustness["break_even"]
    assert break_even["dagen"]["rounded"] == "163.0780"  # A ≈ 163,08 days
    assert Decimal(break_even["dagen"]["numerator"]) / Decimal(
        break_even["dagen"]["denominator"]
    ) == Decimal("659340.75") / Decimal("4043.1")
    assert break_even["inwoners"]["uitstel_mpt_vpt"]["rounded"] == "4.5903"  # B ≈ 4,59
    assert robustness["without_estimates"]["saldo"] == "-42134.25"
    assert robustness["without_estimates"]["flips"] is True
    assert robustness["largest_effect"]["path"] == "kosten.uitvoering[4].bedrag"
    # the same figures as the text report, which renders them and computes nothing
    code, text = run("check", str(AMSTELVEEN))
    assert "163,08" in text and "4,59" in text and "42.134,25" in text


def test_json_findings_carry_stated_computed_and_difference(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "opgave:\n  saldo: 750.00\n")
    code, out = run("check", "-f", "json", str(path))
    assert code == ExitCode.FINDINGS
    (finding,) = [f for f in json.loads(out)["files"][0]["findings"] if f["severity"] == "error"]
    assert finding["code"] == "A001"
    assert finding["path"] == "opgave.saldo"
    assert (finding["stated"], finding["computed"], finding["difference"]) == (
        "750.00",
        "700.00",
        "50.00",
    )
    assert finding["line"] == MINIMAL.count("\n") + 2


def test_internal_error_exits_two_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("kapot")

    monkeypatch.setattr("spukdos_cli.read.loader.load_path", boom)
    monkeypatch.setattr(sys, "argv", ["spukdos", "check", str(AMSTELVEEN)])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "interne fout (RuntimeError)" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("kapot")

    monkeypatch.setattr("spukdos_cli.read.loader.load_path", boom)
    monkeypatch.setattr(sys, "argv", ["spukdos", "--debug", "check", str(AMSTELVEEN)])
    with pytest.raises(RuntimeError, match="kapot"):
        cli.main()


def test_python_dash_m_works_and_never_modifies_the_input() -> None:
    before = (AMSTELVEEN.read_bytes(), AMSTELVEEN.stat().st_mtime_ns)
    completed = processes.run(
        [sys.executable, "-m", "spukdos_cli", "check", str(AMSTELVEEN)],
        capture_output=True,
        text=True,
        env={"COLUMNS": "100", "NO_COLOR": "1", "PATH": ""},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "€ 858.525,00" in completed.stdout
    assert (AMSTELVEEN.read_bytes(), AMSTELVEEN.stat().st_mtime_ns) == before


def test_schema_command_prints_the_committed_schema() -> None:
    code, out = run("schema")
    assert code == ExitCode.OK
    assert json.loads(out)["title"] == "SPUK DOS businesscase"


def test_the_handbook_documents_exactly_the_exit_codes_there_are() -> None:
    root = Path(__file__).resolve().parents[2]
    page = (root / "docs" / "exit-codes.md").read_text(encoding="utf-8")
    assert page.startswith("# Exit codes\n")
    documented = [int(code) for code in re.findall(r"^\| (\d+) \|", page, re.MULTILINE)]
    assert documented == [code.value for code in ExitCode] == [0, 1, 2, 130]
