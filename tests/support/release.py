"""A release, built and tried as a user gets it (issue 30).

Shared by ``tests/project/test_release.py`` and ``scripts/release.py``, so the suite and the person
who releases judge a release the same way:

- :func:`copy_tree` copies the files git knows (tracked, and new files that are not
  ignored) to a folder of its own, so a build leaves no ``build/`` or ``*.egg-info`` in
  the checkout and sees no local litter (``.venv``, caches, an old ``dist/``);
- :func:`build` runs ``python -m build --no-isolation`` there: the sdist, then the wheel
  built from that sdist, so a file missing from the sdist is missing from the wheel too;
- :func:`artifact_problems` holds both files to the version and to the package's files:
  every module and every file of ``[tool.setuptools.package-data]`` in pyproject.toml;
- :func:`install` makes a fresh virtual environment and installs the wheel with its own
  pip (``--no-deps --no-index``: no network). The dependencies are not downloaded: a
  ``.pth`` file in the new environment's site-packages names the site-packages of the
  Python running this code. A path in a ``.pth`` file is only added to ``sys.path``; the
  ``.pth`` files in that folder are not processed, so the editable install of the
  checkout (a ``.pth`` naming ``src/``) stays out, and the new environment's own
  site-packages comes first: the installed wheel is what runs;
- :func:`installed_problems` runs the installed ``spukdos``: ``--version``, ``check`` of
  the example (exit 0), ``check -f json`` (the report names the version), and checks that
  ``spukdos_cli`` was imported from the new environment;
- :func:`changelog_problems` holds CHANGELOG.md to the version.

Every process goes through :mod:`tests.support.processes`, with its watchdog.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from tests.support import processes

ROOT = Path(__file__).resolve().parents[2]
DISTRIBUTION = "spukdos"
PACKAGE = "spukdos_cli"
EXAMPLE = "examples/amstelveen.yaml"

CHANGELOG = "CHANGELOG.md"
SHIPPED = ("LICENSE", "README.md", CHANGELOG)
"""Files of the checkout besides the package that the sdist carries (MANIFEST.in): the
licence text, which the EUPL asks to go with every copy, and what a user reads."""
SECTIONS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
"""The kinds of change Keep a Changelog 1.1.0 names."""
_RELEASE = re.compile(r"^## \[(?P<name>[^\]]+)\](?: - (?P<date>\S+))?\s*$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def version(root: Path = ROOT) -> str:
    """``__version__`` as written in the package's ``__init__.py`` under ``root``."""
    text = (root / "src" / PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    assert found, f"no __version__ in {root}/src/{PACKAGE}/__init__.py"
    return found.group(1)


@dataclass(frozen=True)
class Artifacts:
    """The two files a release publishes."""

    sdist: Path
    wheel: Path


# -- the source ----------------------------------------------------------------------------


def source_files(root: Path = ROOT) -> list[str]:
    """The files of the checkout a release is made of: what git tracks, and new files
    git does not ignore (a file deleted from the work tree is left out)."""
    listed = processes.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        check=True,
    )
    names = sorted({name for name in listed.stdout.decode("utf-8").split("\0") if name})
    return [name for name in names if (root / name).is_file()]


def copy_tree(destination: Path, root: Path = ROOT) -> Path:
    """Copy :func:`source_files` of ``root`` to ``destination`` (which must not exist)."""
    for name in source_files(root):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)
    return destination


def package_data(root: Path) -> tuple[str, ...]:
    """The package-data patterns pyproject.toml declares for the package."""
    with (root / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)
    return tuple(project["tool"]["setuptools"]["package-data"][PACKAGE])


def package_files(root: Path) -> set[str]:
    """Every file of the package in the source tree ``root``, as a path inside the
    package (``grant/data/rules/2025.json``), without compiled bytecode."""
    package = root / "src" / PACKAGE
    return {
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


# -- building ------------------------------------------------------------------------------


def build(source: Path, outdir: Path, *, timeout: float = processes.WATCHDOG) -> Artifacts:
    """``python -m build --no-isolation`` of ``source`` into ``outdir``: the sdist, and
    the wheel built from it (some 5 seconds on the 2-core machine, 20 in a full suite)."""
    built = processes.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(source)],
        cwd=source,
        timeout=timeout,
        text=True,
    )
    assert built.returncode == 0, f"python -m build failed:\n{built.stdout}\n{built.stderr}"
    sdists = sorted(outdir.glob("*.tar.gz"))
    wheels = sorted(outdir.glob("*.whl"))
    assert len(sdists) == 1 and len(wheels) == 1, f"built: {sorted(os.listdir(outdir))}"
    return Artifacts(sdist=sdists[0], wheel=wheels[0])


def _members_under(names: list[str], prefix: str) -> set[str]:
    return {name[len(prefix) :] for name in names if name.startswith(prefix) and name != prefix}


def _metadata_version(text: str) -> str | None:
    found = re.search(r"^Version: (\S+)$", text, re.M)
    return found.group(1) if found else None


def artifact_problems(artifacts: Artifacts, source: Path, expected: str) -> list[str]:
    """What is wrong with the built files, held to the version ``expected`` and to the
    package in the source tree ``source``; an empty list when nothing is."""
    problems: list[str] = []
    wanted = package_files(source)
    patterns = package_data(source)
    for pattern in patterns:
        if not any(fnmatchcase(name, pattern) for name in wanted):
            problems.append(f"package data {pattern!r} matches no file of the source")

    def compare(kind: str, found: set[str]) -> None:
        if missing := sorted(wanted - found):
            problems.append(f"{kind} lacks {missing}")
        if extra := sorted(found - wanted):
            problems.append(f"{kind} has files the package does not: {extra}")
        for pattern in patterns:
            if not any(fnmatchcase(name, pattern) for name in found):
                problems.append(f"{kind} has no package data {pattern!r}")

    sdist_name = f"{DISTRIBUTION}-{expected}.tar.gz"
    if artifacts.sdist.name != sdist_name:
        problems.append(f"sdist is {artifacts.sdist.name}, not {sdist_name}")
    top = f"{DISTRIBUTION}-{expected}"
    with tarfile.open(artifacts.sdist) as sdist:
        names = [member.name for member in sdist.getmembers() if member.isfile()]
        compare("sdist", _members_under(names, f"{top}/src/{PACKAGE}/"))
        info = sdist.extractfile(f"{top}/PKG-INFO") if f"{top}/PKG-INFO" in names else None
        got = _metadata_version(info.read().decode("utf-8")) if info else None
        if got != expected:
            problems.append(f"sdist PKG-INFO says version {got}, not {expected}")
        for shipped in SHIPPED:
            if f"{top}/{shipped}" not in names:
                problems.append(f"sdist lacks {shipped}")

    wheel_prefix = f"{DISTRIBUTION}-{expected}-"
    if not (artifacts.wheel.name.startswith(wheel_prefix) and artifacts.wheel.suffix == ".whl"):
        problems.append(f"wheel is {artifacts.wheel.name}, not {wheel_prefix}*.whl")
    with zipfile.ZipFile(artifacts.wheel) as wheel:
        names = wheel.namelist()
        compare("wheel", _members_under(names, f"{PACKAGE}/"))
        dist_info = f"{DISTRIBUTION}-{expected}.dist-info"
        try:
            metadata = wheel.read(f"{dist_info}/METADATA").decode("utf-8")
            entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode("utf-8")
        except KeyError as missing:
            problems.append(f"wheel lacks {missing}")
        else:
            if (got := _metadata_version(metadata)) != expected:
                problems.append(f"wheel METADATA says version {got}, not {expected}")
            if not re.search(r"^spukdos = spukdos_cli\.cli\.entry:entry$", entry_points, re.M):
                problems.append(f"wheel has no console script spukdos:\n{entry_points}")
            if f"{dist_info}/licenses/LICENSE" not in names:
                problems.append("wheel lacks the licence text (dist-info/licenses/LICENSE)")
            if not re.search(r"^License-Expression: EUPL-1\.2$", metadata, re.M):
                problems.append("wheel METADATA names no License-Expression: EUPL-1.2")
    return problems


# -- installing and running ----------------------------------------------------------------


def clean_environment() -> dict[str, str]:
    """This process's environment without what could bring the checkout or another
    environment into the installed spukdos (``PYTHONPATH``, ``VIRTUAL_ENV``) or change
    what a first run shows (``SPUKDOS_LANG``; ``GITHUB_ACTIONS``, which makes ``github``
    the default format), and with pip reading no configuration and no index."""
    dropped = {
        "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "VIRTUAL_ENV",
        "SPUKDOS_LANG", "GITHUB_ACTIONS",
    }  # fmt: skip
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in dropped and not key.startswith("PIP_")
    }
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_INPUT="1",
        PYTHONNOUSERSITE="1",
    )
    return env


@dataclass(frozen=True)
class Installed:
    """A fresh virtual environment with the wheel installed."""

    venv: Path
    site_packages: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def spukdos(self) -> Path:
        return self.venv / "bin" / "spukdos"


def dependency_paths() -> list[str]:
    """The site-packages of the Python running this code, where spukdos's dependencies
    are installed."""
    paths = sysconfig.get_paths()
    return list(dict.fromkeys(str(Path(paths[key]).resolve()) for key in ("purelib", "platlib")))


def install(wheel: Path, venv: Path) -> Installed:
    """A new virtual environment at ``venv`` with ``wheel`` installed by its own pip and
    this Python's dependencies named by a ``.pth`` file (see the module's docstring)."""
    env = clean_environment()
    made = processes.run([sys.executable, "-m", "venv", str(venv)], env=env, text=True)
    assert made.returncode == 0, f"python -m venv failed:\n{made.stdout}\n{made.stderr}"
    python = venv / "bin" / "python"
    # the wheel first: with the .pth in place, pip would see the checkout's editable
    # install of spukdos among the dependencies and try to replace it
    pip = processes.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--no-cache-dir",
         str(wheel)],
        env=env,
        text=True,
    )  # fmt: skip
    assert pip.returncode == 0, f"pip install of the wheel failed:\n{pip.stdout}\n{pip.stderr}"
    asked = processes.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        env=env,
        text=True,
    )
    assert asked.returncode == 0, asked.stderr
    site_packages = Path(asked.stdout.strip())
    lines = "".join(f"{path}\n" for path in dependency_paths())
    (site_packages / "_spukdos_release_dependencies.pth").write_text(lines, encoding="utf-8")
    return Installed(venv=venv, site_packages=site_packages)


def run_installed(
    installed: Installed, argv: list[str], cwd: Path
) -> subprocess.CompletedProcess[Any]:
    """``argv`` (its first word a program of the new environment) in ``cwd``, with the
    clean environment, as text."""
    return processes.run(argv, cwd=cwd, env=clean_environment(), text=True)


def installed_problems(installed: Installed, workdir: Path, expected: str) -> list[str]:
    """Run the installed spukdos in ``workdir`` (which holds a copy of the example, at
    :data:`EXAMPLE`), and say what is wrong; an empty list when nothing is."""
    problems: list[str] = []

    def shown(done: subprocess.CompletedProcess[Any]) -> str:
        return f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"

    where = run_installed(
        installed,
        [str(installed.python), "-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"],
        workdir,
    )
    imported = Path(where.stdout.strip()).resolve() if where.returncode == 0 else None
    if imported is None or not imported.is_relative_to(installed.venv.resolve()):
        problems.append(f"{PACKAGE} was not imported from the new environment: {shown(where)}")

    said = run_installed(installed, [str(installed.spukdos), "--version"], workdir)
    if said.returncode != 0 or said.stdout.strip() != f"spukdos {expected}":
        problems.append(f"spukdos --version: {shown(said)}")

    checked = run_installed(installed, [str(installed.spukdos), "check", EXAMPLE], workdir)
    if checked.returncode != 0 or "positief" not in checked.stdout:
        problems.append(f"spukdos check {EXAMPLE}: {shown(checked)}")

    report = run_installed(
        installed, [str(installed.spukdos), "check", "-f", "json", EXAMPLE], workdir
    )
    try:
        tool = json.loads(report.stdout)["tool"]
    except (ValueError, KeyError, TypeError):
        tool = None
    if report.returncode != 0 or tool != {"name": "spukdos", "version": expected}:
        problems.append(f"spukdos check -f json {EXAMPLE} names {tool}: {shown(report)}")
    return problems


def try_release(work: Path, root: Path = ROOT) -> tuple[Artifacts, list[str]]:
    """Build from a copy of ``root`` under ``work``, install the wheel in a fresh
    environment there and run it: the built files and every problem found."""
    expected = version(root)
    source = copy_tree(work / "source", root)
    artifacts = build(source, work / "dist")
    problems = artifact_problems(artifacts, source, expected)
    installed = install(artifacts.wheel, work / "venv")
    trial = work / "trial"
    (trial / EXAMPLE).parent.mkdir(parents=True)
    shutil.copy2(root / EXAMPLE, trial / EXAMPLE)
    problems += installed_problems(installed, trial, expected)
    return artifacts, problems


# -- the changelog -------------------------------------------------------------------------


def changelog_problems(text: str, expected: str) -> list[str]:
    """What is wrong with CHANGELOG.md's ``text`` for the version ``expected``: it must
    open with ``## [Unreleased]``, and its newest release must be ``## [expected] -
    YYYY-MM-DD`` with at least one change under a Keep a Changelog heading; releases run
    from new to old."""
    problems: list[str] = []
    releases: list[tuple[str, str | None, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            found = _RELEASE.match(line)
            if not found:
                problems.append(f"not a release heading: {line!r}")
                continue
            releases.append((found["name"], found["date"], []))
        elif releases:
            releases[-1][2].append(line)
    names = [name for name, _, _ in releases]
    if not names or names[0] != "Unreleased":
        problems.append(f"the first section is not [Unreleased]: {names[:1]}")
    released = [release for release in releases if release[0] != "Unreleased"]
    if not released or released[0][0] != expected:
        newest = released[0][0] if released else None
        problems.append(f"the newest release is {newest}, not the version {expected}")
    order = []
    for name, date, body in released:
        if not _SEMVER.match(name) or not date or not _DATE.match(date):
            problems.append(f"release heading [{name}] - {date}: not 'X.Y.Z] - YYYY-MM-DD'")
            continue
        order.append(tuple(int(part) for part in name.split(".")))
        headings = [line[4:].strip() for line in body if line.startswith("### ")]
        if odd := [heading for heading in headings if heading not in SECTIONS]:
            problems.append(f"[{name}] has headings Keep a Changelog does not: {odd}")
        if name == expected and not any(line.startswith("- ") for line in body):
            problems.append(f"[{name}] lists no change")
    if order != sorted(order, reverse=True) or len(set(order)) != len(order):
        problems.append(f"releases not from new to old: {[n for n, _, _ in released]}")
    return problems


def changelog_text(root: Path = ROOT) -> str:
    return (root / CHANGELOG).read_text(encoding="utf-8")
