"""The install is reproducible: the README, the handbook, .ci/run, the lock and pyproject.toml
agree.

The README's install command installs exactly ``requirements.lock``; these tests keep the
lock covering every dependency pyproject.toml declares, at a version inside its range,
every file pinned by hash, and the running environment equal to the lock (except in the
look-out runs of ``scripts/deps.py``, which install other versions on purpose).
"""

from __future__ import annotations

import importlib.util
import os
import re
import tomllib
from importlib import metadata
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DEVELOPMENT = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
STARTING = (ROOT / "docs" / "aan-de-slag.md").read_text(encoding="utf-8")
LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
_PIN = re.compile(
    r"^([A-Za-z0-9_.\-]+)==(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", re.M
)


def _locked() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) for every pin of the lock."""
    return {
        canonicalize_name(name): (version, hashes.count("--hash=sha256:"))
        for name, version, hashes in _PIN.findall(LOCK)
    }


def _setup_commands(text: str = README) -> list[str]:
    section = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, "no command block under '## Set-up'"
    return [line for line in block[1].splitlines() if line.strip()]


def test_the_readme_has_two_setup_commands_and_ci_runs_exactly_those() -> None:
    commands = _setup_commands()
    assert len(commands) == 2
    assert "--require-hashes -r requirements.lock" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    steps = [line for line in ci if line.strip() and not line.startswith(("#", "set ", "cd "))]
    assert steps == commands


def test_the_quick_start_installs_the_same_way() -> None:
    quick_start = README.split("## Snel aan de slag", 1)[1].split("\n## ", 1)[0]
    assert _setup_commands()[0] in quick_start
    # and so do the applicants' guide and the development page of the handbook
    assert _setup_commands()[0] in STARTING
    assert _setup_commands(DEVELOPMENT) == _setup_commands()


def test_the_handbook_names_each_runtime_dependency_at_its_lowest_version() -> None:
    floors = DEVELOPMENT.split("The lowest supported versions are", 1)[1].split("(", 1)[0]
    for text in PYPROJECT["project"]["dependencies"]:
        requirement = Requirement(text)
        (lowest,) = [s.version for s in requirement.specifier if s.operator == ">="]
        name = {"pyyaml": "PyYAML", "pydantic": "Pydantic", "rich": "Rich", "jinja2": "Jinja2"}
        shown = name.get(requirement.name.lower(), requirement.name)
        assert f"{shown} {lowest}" in floors, (text, floors)


def test_every_line_of_the_lock_is_a_pin_with_hashes() -> None:
    requirement_lines = [
        line for line in LOCK.splitlines() if line and not line.startswith((" ", "#"))
    ]
    locked = _locked()
    assert len(requirement_lines) == len(locked)
    assert all(hashes >= 1 for _, hashes in locked.values())


def test_the_lock_covers_every_declared_dependency_within_its_range() -> None:
    declared = [
        *PYPROJECT["project"]["dependencies"],
        *PYPROJECT["project"]["optional-dependencies"]["test"],
        *PYPROJECT["build-system"]["requires"],
    ]
    locked = _locked()
    for text in declared:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is declared but not locked"
        version = locked[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (text, version)


def test_every_runtime_dependency_says_its_lowest_supported_version() -> None:
    for text in PYPROJECT["project"]["dependencies"]:
        specifiers = {spec.operator for spec in Requirement(text).specifier}
        assert ">=" in specifiers, text


@pytest.mark.skipif(
    os.environ.get("SPUKDOS_UNLOCKED") == "1",
    reason="scripts/deps.py newest|lowest installs other versions on purpose",
)
def test_the_running_environment_is_the_lock() -> None:
    mismatches = {}
    for name, (version, _) in _locked().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "absent"
        if installed != version:
            mismatches[name] = (version, installed)
    assert mismatches == {}, "install with the README's command: " + repr(mismatches)


def _deps_script() -> Any:
    spec = importlib.util.spec_from_file_location("deps", ROOT / "scripts" / "deps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lowest_frees_a_test_tool_that_needs_a_newer_runtime_dependency() -> None:
    deps = _deps_script()
    via = deps.requirers(LOCK)
    assert {"typer", "import-linter", "spukdos"} <= via["rich"]
    runtime = {"rich": "13.7", "pyyaml": "6.0"}
    locked = {"rich": "15.0.0", "import-linter": "2.17", "ruff": "0.9.0", "pre-commit": "4.0"}
    pins = deps.lowest_constraints(runtime, {"import-linter", "ruff", "pre-commit"}, locked, via)
    # import-linter needs rich and pre-commit needs PyYAML: pip chooses their versions
    assert pins == {"rich": "13.7", "pyyaml": "6.0", "ruff": "0.9.0"}
