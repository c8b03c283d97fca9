"""Issue 16: short output for many files, --volledig, -q that renders nothing, and
``check --watch`` (with a real process: it reacts to the file system and to Ctrl-C)."""

from __future__ import annotations

import io
import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.cli.check import CheckRequest, run
from spukdos_cli.cli.watch import signature
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.report import streaming
from tests.conftest import AMSTELVEEN, MINIMAL, ROOT
from tests.support import processes

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
FINDINGS = ROOT / "tests" / "data" / "findings.yaml"
CENTRAAL = ROOT / "examples" / "centraal-persoon.yaml"
ADVIES = ROOT / "examples" / "advies-zorgkantoor.yaml"


def _check(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, ["check", *args], env=ENV)
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("lang", "verdict", "summary", "unlisted"),
    [
        (
            "nl",
            "positief, saldo + € 78.525,00 · 0 fout(en), 2 waarschuwing(en)",
            "Samenvatting",
            "(1 zonder fout of waarschuwing)",
        ),
        (
            "en",
            "positive, net effect +€78,525.00 · 0 error(s), 2 warning(s)",
            "Summary",
            "(1 without errors or warnings)",
        ),
    ],
)
def test_many_files_list_only_the_files_that_need_work_with_their_errors_and_warnings(
    lang: str, verdict: str, summary: str, unlisted: str
) -> None:
    code, out = _check("--lang", lang, str(AMSTELVEEN), str(CENTRAAL), str(FINDINGS))
    assert code == ExitCode.FINDINGS
    lines = out.splitlines()
    assert lines[0].startswith(f"{AMSTELVEEN}: {verdict}")
    # then one line per error or warning, with its place, code and message
    assert re.match(rf"  {re.escape(str(AMSTELVEEN))}:659:3  Q008 ", lines[1])
    ours = sum(line.startswith(f"  {AMSTELVEEN}:") for line in lines)
    theirs = sum(line.startswith(f"  {FINDINGS}:") for line in lines)
    assert (ours, theirs) == (2, 13)  # the warnings and the errors; the notes are counted
    assert " Q001 " not in out and " P005 " not in out
    # a file without errors or warnings is only counted
    assert str(CENTRAAL) not in out
    assert lines[-2].startswith(f"{summary}: 3 ") and unlisted in lines[-2]
    assert "-v" in lines[-1]  # how to see everything
    assert "╭" not in out and "─" not in out  # no tables, no panels
    assert len(lines) == 1 + ours + 1 + theirs + 3


def test_a_run_where_every_file_passes_cleanly_is_one_summary() -> None:
    code, out = _check(str(CENTRAAL), str(ADVIES))
    assert code == ExitCode.OK
    assert out.splitlines()[0].startswith("Samenvatting: 2 bestand(en) (2 zonder fout of")
    assert len(out.splitlines()) == 2


def test_a_pre_commit_run_over_three_applications_shows_the_error_in_15_lines(
    tmp_path: Path,
) -> None:
    """Issue 28: the hook's command (``check --quiet``) over 3 applications, one with an
    error: the error and a summary, in at most 15 lines; with -v every file in full."""
    broken = tmp_path / "kapot.yaml"
    text = AMSTELVEEN.read_text(encoding="utf-8")
    broken.write_text(text.replace("totaal: 780000.00", "totaal: 780001.00", 1), "utf-8")
    files = [str(CENTRAAL), str(broken), str(ADVIES)]
    code, out = _check("--quiet", *files)
    assert code == ExitCode.FINDINGS
    lines = out.splitlines()
    assert len(lines) <= 15, out
    assert lines[0].startswith(f"{broken}: ") and " A001 fout " in lines[1]
    assert any(line.startswith("Samenvatting: 3 bestand(en)") for line in lines)
    # one file of the commit: the short report too, not the whole one
    code, one = _check("--quiet", str(broken))
    assert code == ExitCode.FINDINGS and len(one.splitlines()) <= 8 and "╭" not in one
    _, full = _check("--quiet", "-v", *files)
    assert full.count("Volledigheid") == 3
    # a report written to a file with -o is the whole one, as without --quiet
    target = tmp_path / "rapport.txt"
    code, _ = _check("--quiet", "-o", str(target), str(broken))
    assert code == ExitCode.FINDINGS and "Volledigheid" in target.read_text(encoding="utf-8")


def test_one_file_and_volledig_get_the_whole_report() -> None:
    _, single = _check(str(AMSTELVEEN))
    _, full = _check("--volledig", str(AMSTELVEEN), str(FINDINGS))
    assert "Volledigheid" in single and "╭" in single
    assert full.count("Volledigheid") == 2
    _, english = _check("--full", "--lang", "en", str(AMSTELVEEN), str(FINDINGS))
    assert english.count("Completeness") == 2


def test_quiet_renders_nothing_when_the_run_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[str] = []
    original = streaming.open_stream

    def spy(name: str, *args: object, **kwargs: object) -> object:
        rendered.append(name)
        return original(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("spukdos_cli.cli.check.open_stream", spy)
    out = io.StringIO()
    request = CheckRequest(paths=[str(AMSTELVEEN), str(AMSTELVEEN)], quiet=True)
    code = run(request, stdout=out, stderr=out, stdin=None, env=ENV)
    assert (code, out.getvalue(), rendered) == (ExitCode.OK, "", [])
    request = CheckRequest(paths=[str(FINDINGS)], quiet=True)
    code = run(request, stdout=out, stderr=out, stdin=None, env=ENV)
    assert code == ExitCode.FINDINGS and rendered == ["text"] and out.getvalue()


# -- --watch ----------------------------------------------------------------------------------
def test_watch_wants_one_file() -> None:
    for args in (["--watch", str(AMSTELVEEN), str(FINDINGS)], ["--watch", "-"], ["--watch", "."]):
        code, out = _check(*args)
        assert code == ExitCode.USAGE, args
        assert "--watch" in out


def test_the_signature_changes_with_an_atomic_save(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("x", encoding="utf-8")
    before = signature(path)
    new = tmp_path / "a.yaml.tmp"
    new.write_text("x", encoding="utf-8")  # same content and size, a new inode
    os.replace(new, path)
    assert signature(path) != before
    path.unlink()
    assert signature(path) is None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child needs POSIX")
def test_watch_checks_again_after_each_save_and_stops_quietly_on_ctrl_c(
    tmp_path: Path,
) -> None:
    path = tmp_path / "aanvraag.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    env = {**os.environ, **ENV, "PYTHONUNBUFFERED": "1"}
    process = processes.start(
        [sys.executable, "-m", "spukdos_cli", "check", "--watch", str(path)],
        text=True,
        env=env,
        # a test run started in the background ignores SIGINT, and so would the child
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        first = processes.read_until(process, "wacht tot", 1)
        assert "Geen bevindingen" in first or "POSITIEF" in first
        # an editor's atomic save: a new file renamed over the old one
        broken = tmp_path / ".aanvraag.yaml.swp"
        broken.write_text(MINIMAL.replace("  einddatum: 2025-12-31\n", ""), encoding="utf-8")
        time.sleep(0.05)
        os.replace(broken, path)
        second = processes.read_until(process, "wacht tot", 1)
        assert "C001" in second and "einddatum" in second
        # an ordinary save in place
        path.write_text(MINIMAL, encoding="utf-8")
        third = processes.read_until(process, "wacht tot", 1)
        assert "C001" not in third
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = processes.finish(process, timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED
    assert "Traceback" not in stderr and "Aborted" not in stderr
