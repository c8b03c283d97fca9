"""The scripts and benchmarks beside the suite import what exists: they borrow the suite's
helpers (``tests.support``) and spukdos's modules, and no other test runs them, so a helper
that moves or a function that is renamed would break them unseen (issue 30: moving the tests
into rooms broke four such imports, two of them inside functions)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from tests.conftest import ROOT

FILES = sorted([*ROOT.glob("scripts/*.py"), *ROOT.glob("benchmarks/*.py")])
OURS = ("tests", "spukdos_cli")


def _imports(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, name or None) of every import of our own code in ``path``, also
    those inside functions."""
    found: list[tuple[int, str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in OURS:
                found += [(node.lineno, node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, alias.name, None)
                for alias in node.names
                if alias.name.split(".")[0] in OURS
            ]
    return found


def _missing(module: str, name: str | None) -> str | None:
    try:
        imported = importlib.import_module(module)
    except ImportError as error:
        return f"{module}: {error}"
    if name is None or hasattr(imported, name):
        return None
    try:
        importlib.import_module(f"{module}.{name}")
    except ImportError:
        return f"{module} has no {name}"
    return None


def test_the_files_are_found() -> None:
    names = {path.name for path in FILES}
    assert {"release.py", "stress.py", "bench.py", "bench_import.py"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_import_of_our_own_code_resolves(path: Path) -> None:
    problems = [
        f"{path.name}:{line} {problem}"
        for line, module, name in _imports(path)
        if (problem := _missing(module, name)) is not None
    ]
    assert problems == []


def test_a_stale_import_is_found(tmp_path: Path) -> None:
    stale = tmp_path / "stale.py"
    stale.write_text(
        "def main():\n    from tests import processes\n    import spukdos_cli.nowhere\n",
        encoding="utf-8",
    )
    problems = [_missing(module, name) for _, module, name in _imports(stale)]
    assert problems == [
        "tests has no processes",
        "spukdos_cli.nowhere: No module named 'spukdos_cli.nowhere'",
    ]
