"""Golden files of the text report (fixed width, no colour) and report hygiene.

To update after an intended change: SPUKDOS_UPDATE_GOLDEN=1 pytest tests/report/test_text.py,
then review `git diff tests/golden/` line by line before committing.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from spukdos_cli.checks.pipeline import FileResult, check_loaded
from spukdos_cli.read.loader import load_path
from spukdos_cli.report.text import print_report
from tests.conftest import AMSTELVEEN, ROOT, check_text

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
FINDINGS = Path(__file__).resolve().parents[1] / "data" / "findings.yaml"


def render_text(results: list[FileResult], lang: str, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system=None,
        force_terminal=False,
        highlight=False,
        legacy_windows=False,
    )
    print_report(console, results, lang)
    return buffer.getvalue()


def _result(path: Path) -> FileResult:
    return check_loaded(load_path(path), path.relative_to(ROOT).as_posix())


def _compare(name: str, actual: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("SPUKDOS_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with SPUKDOS_UPDATE_GOLDEN=1 and review it"
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_amstelveen_report_matches_golden(lang: str) -> None:
    _compare(f"amstelveen.{lang}.txt", render_text([_result(AMSTELVEEN)], lang))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_findings_report_matches_golden(lang: str) -> None:
    _compare(f"findings.{lang}.txt", render_text([_result(FINDINGS)], lang))


def test_amstelveen_report_shows_the_figures_the_dutch_way() -> None:
    text = render_text([_result(AMSTELVEEN)], "nl")
    assert "€ 317.276,25" in text
    assert "€ 420.589,50" in text
    assert "+ € 78.525,00" in text
    assert "POSITIEF" in text
    assert "80,00 %" in text


def test_file_text_is_shown_not_interpreted() -> None:
    text = render_text([_result(FINDINGS)], "nl")
    assert "[bold]opmaak[/bold]" in text  # markup from the file is printed literally


def test_escape_sequences_from_a_file_never_reach_the_terminal() -> None:
    snippet = 'spukdos: 1\nexperiment:\n  naam: "x\\e[31mrood\\e[0m \\u202e"\n'
    result = check_text(snippet, "escape.yaml")
    text = render_text([result], "nl")
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\x1b[31mrood" in text
