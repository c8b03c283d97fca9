"""ruff and mypy are part of the test suite, so CI keeps them clean."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT
from tests.support import processes


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return processes.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_is_clean() -> None:
    completed = _run("ruff", "check", ".")
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_ruff_format_is_applied() -> None:
    completed = _run("ruff", "format", "--check", ".")
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_mypy_is_clean() -> None:
    completed = _run("mypy")
    assert completed.returncode == 0, completed.stdout + completed.stderr
