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

from . import processes
from .conftest import AMSTELVEEN, MINIMAL, ROOT

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
FINDINGS = ROOT / "tests" / "data" / "findings.yaml"


def _check(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, ["check", *args], env=ENV)
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("lang", "verdict", "summary"),
    [
        ("nl", "positief, saldo + € 78.525,00 · 0 fout(en), 2 waarschuwing(en)", "Samenvatting"),
        ("en", "positive, net effect +€78,525.00 · 0 error(s), 2 warning(s)", "Summary"),
    ],
)
def test_many_files_get_a_line_each_and_their_findings(
    lang: str, verdict: str, summary: str
) -> None:
    code, out = _check("--lang", lang, str(AMSTELVEEN), str(FINDINGS))
    assert code == ExitCode.FINDINGS
    lines = out.splitlines()
    assert lines[0].startswith(f"{AMSTELVEEN}: {verdict}")
    # then one line per finding, with its place, code and message
    assert any(re.match(rf"  {re.escape(str(AMSTELVEEN))}:646:15  Q001 ", line) for line in lines)
    ours = sum(line.startswith(f"  {AMSTELVEEN}:") for line in lines)
    theirs = sum(line.startswith(f"  {FINDINGS}:") for line in lines)
    assert (ours, theirs) == (8, 17)  # every finding of each file, one line each
    assert lines[-1].startswith(f"{summary}: 2 ")
    assert "╭" not in out and "─" not in out  # no tables, no panels
    assert len(lines) == 1 + ours + 1 + theirs + 2


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
