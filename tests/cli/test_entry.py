"""The console entry point: the quick exit after a command (issue 6) loses nothing.

These run a real process, since the quick exit ends the process it runs in.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spukdos_cli.exitcodes import ExitCode
from tests.conftest import AMSTELVEEN, MINIMAL, write_case
from tests.support import processes

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "PATH": "", "SPUKDOS_LANG": "nl"}


def python(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return processes.run(
        [sys.executable, *args], capture_output=True, text=True, env=ENV, cwd=cwd, check=False
    )


def spukdos(*args: str) -> subprocess.CompletedProcess[str]:
    return python("-m", "spukdos_cli", *args)


def test_all_output_is_written_before_the_process_ends(tmp_path: Path) -> None:
    # 40 reports are far more than a pipe buffer holds: every one must arrive
    text = AMSTELVEEN.read_text(encoding="utf-8")
    for number in range(40):
        (tmp_path / f"case{number:02}.yaml").write_text(text, encoding="utf-8")
    completed = spukdos("check", "--volledig", str(tmp_path))
    assert completed.returncode == ExitCode.OK, completed.stderr
    for number in range(40):
        assert f"case{number:02}.yaml" in completed.stdout
    per_file = spukdos("check", str(tmp_path / "case00.yaml")).stdout.count("€ 858.525,00")
    assert per_file > 0
    assert completed.stdout.count("€ 858.525,00") == 40 * per_file
    assert completed.stdout.splitlines()[-1] == (
        "Samenvatting: 40 bestand(en), 0 fout(en), 80 waarschuwing(en), 160 melding(en)"
    )


def test_a_short_report_still_held_in_the_output_buffer_arrives() -> None:
    # a few annotations stay in Python's buffer (no PYTHONUNBUFFERED in ENV) until flushed
    completed = spukdos("check", "-f", "github", str(AMSTELVEEN))
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert len(completed.stdout.encode()) < 8192
    lines = completed.stdout.splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines if line.startswith("::")]
    assert sorted(kinds) == ["::notice"] * 4 + ["::warning"] * 2  # Q001 explained: no note
    assert lines[-1].startswith("Samenvatting: 1 bestand(en), 0 fout(en), 2 waarschuwing(en)")


def test_exit_codes_survive_the_quick_exit(tmp_path: Path) -> None:
    wrong = write_case(tmp_path, MINIMAL.replace("uitkering: 800.00", "uitkering: 900.00"))
    assert spukdos("check", str(AMSTELVEEN)).returncode == ExitCode.OK
    failed = spukdos("check", str(wrong))
    assert failed.returncode == ExitCode.FINDINGS
    assert "R002 fout" in failed.stdout
    usage = spukdos("check", "--no-such-option", str(AMSTELVEEN))
    assert usage.returncode == ExitCode.USAGE
    assert "Traceback" not in usage.stderr


def test_output_to_a_file_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    completed = spukdos("check", "-f", "json", "-o", str(target), str(AMSTELVEEN))
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert target.read_text(encoding="utf-8").rstrip().endswith("}")


def run_code(tmp_path: Path, setup: str, run: str = "entry()") -> subprocess.CompletedProcess[str]:
    """``spukdos check`` of the example in a fresh Python process, after ``setup``."""
    script = tmp_path / "run.py"
    body = f"""\
import sys
sys.argv = ["spukdos", "check", {str(AMSTELVEEN)!r}]
from spukdos_cli.cli.entry import entry
{run}
"""
    script.write_text(textwrap.dedent(setup) + body, encoding="utf-8")
    return python(str(script))


LOUD_TEARDOWN = """\
import sys

class Loud:
    def __del__(self):
        sys.stderr.write("teardown ran\\n")

keep = Loud()
"""
MAIN = "from spukdos_cli.cli.app import main\nmain()"


def _exit_handlers_after_a_check(tmp_path: Path) -> int:
    """How many exit handlers the libraries have registered once a check has run."""
    run = """\
import atexit
from spukdos_cli.cli.app import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(f"handlers={atexit._ncallbacks()}\\n")
"""
    completed = run_code(tmp_path, "", run=run)
    return int(completed.stderr.rsplit("handlers=", 1)[1].split()[0])


def test_the_entry_point_skips_only_the_interpreter_teardown(tmp_path: Path) -> None:
    if _exit_handlers_after_a_check(tmp_path):
        # Rich before 15 imports logging, which registers logging.shutdown: then the
        # orderly exit is required (test_an_exit_handler_is_never_skipped). With the
        # locked versions nothing registers one, so the quick exit must happen there.
        assert os.environ.get("SPUKDOS_UNLOCKED") == "1", "a library registers an exit handler"
        pytest.skip("a library of this environment registers an exit handler")
    normal = run_code(tmp_path, LOUD_TEARDOWN, run=MAIN)
    assert normal.returncode == ExitCode.OK
    assert "teardown ran" in normal.stderr  # the control: without entry() it does run
    quick = run_code(tmp_path, LOUD_TEARDOWN)
    assert quick.returncode == ExitCode.OK
    assert "teardown ran" not in quick.stderr
    assert "€ 858.525,00" in quick.stdout


def test_an_exit_handler_is_never_skipped(tmp_path: Path) -> None:
    handler = 'import atexit\natexit.register(lambda: sys.stderr.write("exit handler ran\\n"))\n'
    completed = run_code(tmp_path, LOUD_TEARDOWN + handler)
    assert completed.returncode == ExitCode.OK
    assert "exit handler ran" in completed.stderr
    assert "teardown ran" in completed.stderr  # an orderly exit, as the handler needs


def test_a_profiler_still_writes_its_results(tmp_path: Path) -> None:
    profile = tmp_path / "check.prof"
    completed = python(
        "-m", "cProfile", "-o", str(profile), "-m", "spukdos_cli", "check", str(AMSTELVEEN)
    )
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert profile.stat().st_size > 0


def test_a_thread_still_running_gets_an_orderly_exit(tmp_path: Path) -> None:
    late_thread = """\
        import sys, threading, time
        def late():
            time.sleep(0.3)
            sys.stderr.write("thread finished\\n")
        threading.Thread(target=late).start()
        """
    completed = run_code(tmp_path, late_thread)
    assert completed.returncode == ExitCode.OK
    assert "thread finished" in completed.stderr


def test_ctrl_c_while_still_importing_ends_quietly_with_130(tmp_path: Path) -> None:
    # Ctrl-C can arrive before Typer is even imported: make that import raise it
    interrupt_on_import = """\
        import sys

        class Interrupt:
            def find_spec(self, name, path=None, target=None):
                if name == "spukdos_cli.cli.app":
                    raise KeyboardInterrupt
                return None

        sys.meta_path.insert(0, Interrupt())
        """
    completed = run_code(tmp_path, interrupt_on_import)
    assert completed.returncode == ExitCode.INTERRUPTED == 130
    assert completed.stderr == ""


SPY_ON_PLUGINS = """\
import importlib.metadata as metadata
import sys

def spy(real):
    def scanned(*args, **kwargs):
        sys.stderr.write("plugins scanned\\n")
        return real(*args, **kwargs)
    return scanned

# Pydantic 2.11 and later ask for the entry points; 2.10 walks every distribution
metadata.entry_points = spy(metadata.entry_points)
metadata.distributions = spy(metadata.distributions)
"""


def test_the_entry_point_spares_pydantic_its_plugin_scan(tmp_path: Path) -> None:
    # the control: without entry(), Pydantic scans every package's entry points
    control = run_code(tmp_path, SPY_ON_PLUGINS, run=MAIN)
    assert "plugins scanned" in control.stderr
    quick = run_code(tmp_path, SPY_ON_PLUGINS)
    assert quick.returncode == ExitCode.OK
    assert "plugins scanned" not in quick.stderr
    assert "€ 858.525,00" in quick.stdout
