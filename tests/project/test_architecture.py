"""The layering holds: import-linter's contracts (pyproject.toml) and no import cycle.

The contracts: each package imports only the layers below it; yaml only in ``read``;
typer only in ``cli``; rich only in ``report`` and ``cli``; openpyxl only where the
spreadsheet is written; jinja2 only where the letters (``spukdos ronde``) are written.
Indirect imports count, and so do imports inside functions, so no in-function import can
hide a violation or a cycle.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from tests.conftest import ROOT
from tests.support import processes

PACKAGE = "spukdos_cli"


def _lint_imports(src: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the package found in ``src``, with the project's contracts."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    completed = processes.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()",
         "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True, text=True, env=env, cwd=src, check=False,
    )  # fmt: skip
    # import-linter 2.5 colours its output even into a pipe
    completed.stdout = re.sub(r"\x1b\[[0-9;]*m", "", completed.stdout)
    return completed


def test_every_import_contract_is_kept() -> None:
    completed = _lint_imports(ROOT / "src")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "BROKEN" not in completed.stdout
    assert completed.stdout.count("KEPT") == 8


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m.startswith(PACKAGE))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next((c for c in children if c.startswith(PACKAGE)), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_imports_itself_round_about() -> None:
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    graph.add_import(importer="spukdos_cli.form.numbers", imported="spukdos_cli.form.model")
    assert ["spukdos_cli.form.model", "spukdos_cli.form.numbers"] in _cycles(graph)


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("checks/totals.py", "import yaml", "yaml is read only by the reading package"),
        ("compute/calculate.py", "import rich", "rich only in reports and the command line"),
        (
            "compute/calculate.py",
            "import spukdos_cli.report.text",
            "Layers: each imports only the layers below it",
        ),
        ("form/model.py", "import typer", "typer only in the command line"),
        ("report/round_files.py", "import jinja2", "jinja2 only where the letters are written"),
    ],
    ids=[
        "yaml-in-a-check",
        "rich-in-the-calculation",
        "reporter-in-the-core",
        "typer-in-the-model",
        "jinja2-in-the-overview",
    ],
)
def test_a_new_violation_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src" / PACKAGE, copy / PACKAGE)
    target = copy / PACKAGE / module
    # inside a function, where nothing runs at import time: it still counts
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n\ndef _sneaky() -> None:\n    {line}\n",
        encoding="utf-8",
    )
    completed = _lint_imports(copy)
    assert completed.returncode == 1, completed.stdout
    assert f"{contract} BROKEN" in completed.stdout


_CHILD = """
import json, sys
importers = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ("pydantic", "yaml"):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename.startswith("<frozen"):
                frame = frame.f_back
            importers.append([name, frame.f_globals.get("__name__", "?") if frame else "?"])
        return None

sys.meta_path.insert(0, Watch())
sys.argv = ["spukdos", *sys.argv[1:]]
from spukdos_cli.cli.app import main
try:
    main()
except SystemExit:
    pass
ours = sorted(m for m in sys.modules if m.startswith("spukdos_cli"))
sys.stderr.write(json.dumps({"ours": ours, "importers": importers, "yaml": "yaml" in sys.modules}))
"""


@pytest.mark.parametrize("argv", [["explain", "Q008"], ["rules"], ["explain"]])
def test_explain_and_rules_load_neither_pydantic_nor_yaml(argv: list[str]) -> None:
    """None of our modules that these commands load needs Pydantic or yaml. (Typer 0.29
    itself imports Pydantic to coerce option values: that import is Typer's.)"""
    import json

    completed = processes.run(
        [sys.executable, "-c", _CHILD, *argv], capture_output=True, text=True, check=False
    )
    report = json.loads(completed.stderr)
    assert report["yaml"] is False
    assert all(importer.startswith("typer") for _, importer in report["importers"]), report
    graph = grimp.build_graph(PACKAGE, include_external_packages=True, cache_dir=None)
    heavy = graph.find_modules_that_directly_import("pydantic") | (
        graph.find_modules_that_directly_import("yaml")
    )
    assert set(report["ours"]) & heavy == set()
    assert "spukdos_cli.messages.catalogue" in report["ours"]  # the command really ran
