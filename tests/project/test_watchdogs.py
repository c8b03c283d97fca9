"""The suite cannot hang (issue 23): every test that starts a process does so through
:mod:`tests.support.processes`, whose watchdog turns a hang into a failure with the process's stack,
and pytest-timeout guards every test with the stacks of its threads."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.support import processes

TESTS = Path(__file__).resolve().parents[1]
STARTERS = {
    ("subprocess", "run"), ("subprocess", "Popen"), ("subprocess", "call"),
    ("subprocess", "check_call"), ("subprocess", "check_output"), ("os", "system"),
    ("os", "popen"), ("os", "fork"), ("multiprocessing", "Process"), ("os", "spawnv"),
}  # fmt: skip


def _starts_a_process(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and (owner.id, node.func.attr) in STARTERS:
                found.append(f"{path.name}:{node.lineno} {owner.id}.{node.func.attr}")
    return found


def test_every_process_a_test_starts_has_the_watchdog() -> None:
    paths = [p for p in sorted(TESTS.rglob("*.py")) if p.name != "processes.py"]
    assert len(paths) > 40  # the search sees the suite
    assert [hit for path in paths for hit in _starts_a_process(path)] == []


def test_the_search_finds_a_bare_process(tmp_path: Path) -> None:
    bare = tmp_path / "bare.py"
    bare.write_text("import subprocess\nsubprocess.run(['true'])\n", encoding="utf-8")
    assert _starts_a_process(bare) == ["bare.py:2 subprocess.run"]


def test_every_test_has_a_timeout_that_shows_the_stacks(pytestconfig: pytest.Config) -> None:
    assert float(pytestconfig.getini("timeout")) >= processes.WATCHDOG + processes.AFTER_ABORT
    assert pytestconfig.getini("timeout_method") == "thread"  # dumps every thread's stack


def test_a_hung_process_fails_the_test_with_its_stack() -> None:
    sleeper = "import time\ndef waiting_forever():\n    time.sleep(600)\nwaiting_forever()\n"
    with pytest.raises(pytest.fail.Exception) as failed:
        processes.run([sys.executable, "-c", sleeper], timeout=1.0)
    assert "did not end within 1.0 s" in str(failed.value)
    assert "in waiting_forever" in str(failed.value)  # the fault handler's stack of the child


def test_a_process_that_stops_writing_fails_the_test_with_its_stack() -> None:
    code = "import time\nprint('one', flush=True)\ntime.sleep(600)\n"
    process = processes.start([sys.executable, "-c", code], text=True)
    try:
        assert "one" in processes.read_until(process, "one", timeout=30)
        with pytest.raises(pytest.fail.Exception, match=r"no 'two' within 1\.0 s"):
            processes.read_until(process, "two", timeout=1.0)
    finally:
        processes.kill_group(process)
        processes.finish(process, timeout=30)
