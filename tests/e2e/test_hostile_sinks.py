"""The corpus's text-escape files through the sinks they attack: GitHub workflow
commands (``-f github``) and spreadsheet cells (``spukdos batch -o .csv/.xlsx``)."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from spukdos_cli.cli import app as cli

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")  # numbers stay numbers (a net effect may be negative)
HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def test_workflow_commands_in_a_file_never_start_a_line_in_github_output() -> None:
    result = runner.invoke(
        cli.app, ["check", "-f", "github", str(HOSTILE / "workflow-command.yaml")], env=ENV
    )
    lines = result.output.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert commands, "the file has findings, so there are annotations"
    # every workflow command line is one of ours: an annotation with a finding code title
    for line in commands:
        assert line.startswith(("::error ", "::warning ", "::notice ")), line
        assert ",title=" in line
    assert "::add-mask::" not in result.output.replace("%3A%3Aadd-mask", "")


def test_formulas_from_a_file_are_neutralised_in_csv_and_xlsx(tmp_path: Path) -> None:
    source = HOSTILE / "spreadsheet-formula.yaml"
    out_csv = tmp_path / "r.csv"
    runner.invoke(cli.app, ["batch", str(source), "-o", str(out_csv), "-j", "1"], env=ENV)
    (row,) = list(csv.DictReader(out_csv.open(encoding="utf-8", newline="")))
    texts = [value for value in row.values() if value and not NUMBER.match(value)]
    for value in texts:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert any(value.startswith("'@SUM") for value in row.values())
    out_xlsx = tmp_path / "r.xlsx"
    runner.invoke(cli.app, ["batch", str(source), "-o", str(out_xlsx), "-j", "1"], env=ENV)
    with zipfile.ZipFile(out_xlsx) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet  # no formula cells at all
    assert "'@SUM(A1:A9)" in sheet
