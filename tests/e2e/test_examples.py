"""Every file in examples/ loads, is complete, positive and checks clean (exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spukdos_cli.checks.pipeline import check_loaded
from spukdos_cli.findings import Severity
from spukdos_cli.read.loader import load_path
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def test_there_are_examples() -> None:
    assert any(path.name == "amstelveen.yaml" for path in EXAMPLE_FILES)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_checks_clean(path: Path) -> None:
    result = check_loaded(load_path(path), str(path))
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    assert errors == []
    assert result.complete
    assert result.verdict_ready
    assert result.calculation is not None and result.calculation.positief


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_starts_with_schema_modeline(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/businesscase.schema.json"
