"""The dependency set the suite runs with: the lock, and two look-outs beside it.

    python scripts/deps.py lock     write requirements.lock again (newest versions the
                                    ranges in pyproject.toml allow, with hashes)
    python scripts/deps.py lock --keep
                                    the same, but every package already locked keeps its
                                    version: only what is new in pyproject.toml is resolved
    python scripts/deps.py newest   run the suite against the newest releases, not the lock
    python scripts/deps.py lowest   run it with every runtime dependency at the lowest
                                    version pyproject.toml says it supports

``newest`` and ``lowest`` each build a fresh virtual environment in a temporary folder,
print the versions they installed, run ``python -m pytest`` there and exit with its code.
They show the next break before a user meets it; they are not part of ``.ci/run``, which
installs exactly the lock (the README's install command). ``lowest`` keeps the test tools
(pytest, ruff, mypy, ...) at their locked versions, because lint and type results are
pinned to a tool version and say nothing about what spukdos supports; the runtime
dependencies' own dependencies are resolved as pip resolves them for a user.
``lock`` needs pip-tools, which it installs into its own temporary environment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
PIP_TOOLS = "pip-tools==7.6.2"
_LOWER = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*>=\s*([0-9][^,;\s]*)")
_PINNED = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", re.MULTILINE)


def _project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project: dict[str, object] = tomllib.load(handle)["project"]
    return project


def _build_requires() -> list[str]:
    """The build backend pyproject.toml asks for (``[build-system] requires``): the lock
    holds it too (``--all-build-deps``), and the release test builds without isolation."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        requires: list[str] = tomllib.load(handle)["build-system"]["requires"]
    return requires


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def lowest_pins() -> dict[str, str]:
    """Each runtime dependency at the lower bound of its range in pyproject.toml."""
    pins = {}
    for requirement in _project()["dependencies"]:  # type: ignore[attr-defined]
        match = _LOWER.match(requirement)
        if match is None:
            raise SystemExit(f"no lower bound (>=) in dependency {requirement!r}")
        pins[_name(match[1])] = match[2]
    return pins


def locked_pins() -> dict[str, str]:
    return {_name(name): version for name, version in _PINNED.findall(LOCK.read_text())}


_ENTRY = re.compile(r"^([A-Za-z0-9_.\-]+)==\S+ \\\n((?:    .*\n)+)", re.MULTILINE)
_VIA = re.compile(r"^    #(?: via|  ) +([A-Za-z0-9_.\-]+)", re.MULTILINE)


def requirers(lock_text: str) -> dict[str, set[str]]:
    """For each locked package, the packages that require it (pip-compile's ``# via``)."""
    return {
        _name(name): {_name(via) for via in _VIA.findall(body)}
        for name, body in _ENTRY.findall(lock_text)
    }


def lowest_constraints(
    runtime: dict[str, str], test_tools: set[str], locked: dict[str, str], via: dict[str, set[str]]
) -> dict[str, str]:
    """The runtime dependencies at their floors, and each test tool at its locked version,
    except a tool that itself requires a runtime dependency: its locked version may need a
    newer one than our floor (import-linter 2.17 needs rich>=14.2), so pip picks a version
    of it, within its range in pyproject.toml, that works with the floor."""
    leaning = {tool for name in runtime for tool in via.get(name, set()) if tool in test_tools}
    tools = {name: locked[name] for name in test_tools - leaning if name in locked}
    return {**tools, **runtime}


UNLOCKED = {**os.environ, "SPUKDOS_UNLOCKED": "1"}
"""Tells the suite that the environment is not the lock on purpose."""


def _run(*argv: str | Path, env: dict[str, str] | None = None) -> int:
    print("+", " ".join(str(a) for a in argv), flush=True)
    return subprocess.call([str(a) for a in argv], cwd=ROOT, env=env)


def _fresh_env(folder: Path) -> Path:
    venv.create(folder, with_pip=True)
    return folder / ("Scripts" if sys.platform == "win32" else "bin") / "python"


def _suite(python: Path, *install: str | Path) -> int:
    upgrade = ("install", "--upgrade", "--upgrade-strategy", "eager", *_build_requires())
    if _run(python, "-m", "pip", *upgrade, *install):
        return 2
    _run(python, "-m", "pip", "list", "--format=freeze", "--exclude-editable")
    return _run(python, "-m", "pytest", "-p", "no:cacheprovider", env=UNLOCKED)


def newest() -> int:
    with tempfile.TemporaryDirectory(prefix="spukdos-newest-") as folder:
        return _suite(_fresh_env(Path(folder)), "-e", ".[test]")


def lowest() -> int:
    runtime = lowest_pins()
    test_tools = {
        _name(re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0])
        for r in _project()["optional-dependencies"]["test"]  # type: ignore[index]
    }
    via = requirers(LOCK.read_text())
    pins = lowest_constraints(runtime, test_tools, locked_pins(), via)
    with tempfile.TemporaryDirectory(prefix="spukdos-lowest-") as folder:
        constraints = Path(folder) / "lowest.txt"
        constraints.write_text("".join(f"{n}=={v}\n" for n, v in sorted(pins.items())))
        return _suite(_fresh_env(Path(folder) / "venv"), "-c", constraints, "-e", ".[test]")


def lock(keep: bool = False) -> int:
    with tempfile.TemporaryDirectory(prefix="spukdos-lock-") as folder:
        python = _fresh_env(Path(folder))
        if _run(python, "-m", "pip", "install", "--quiet", PIP_TOOLS):
            return 2
        upgrade = () if keep else ("--upgrade",)
        return _run(
            python, "-m", "piptools", "compile", "--quiet", *upgrade, "--generate-hashes",
            "--allow-unsafe", "--all-build-deps", "--extra", "test", "--strip-extras",
            "--no-emit-index-url", "--no-emit-find-links",
            "--output-file", LOCK.name, "pyproject.toml",
        )  # fmt: skip


def main(argv: list[str]) -> int:
    if argv == ["lock", "--keep"]:
        return lock(keep=True)
    commands = {"lock": lock, "newest": newest, "lowest": lowest}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
