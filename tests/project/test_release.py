"""Releases (issue 30): ``python -m build`` gives an sdist and a wheel of this version with
every file of the package, the wheel installs in a fresh virtual environment and its
``spukdos check`` runs there; CHANGELOG.md has a section for this version.

How the wheel is isolated from the checkout is said in :mod:`tests.support.release`, which
``scripts/release.py`` uses too.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from spukdos_cli import __version__
from tests.support import release


def test_the_version_in_the_source_is_the_one_imported() -> None:
    assert release.version() == __version__


def test_the_changelog_has_a_section_for_this_version() -> None:
    """Bumping ``__version__`` without a changelog entry fails here."""
    assert release.changelog_problems(release.changelog_text(), __version__) == []


def test_the_changelog_links_each_release_at_the_repository() -> None:
    """The link references point where the SARIF links do (``REPOSITORY``), so giving
    spukdos its home changes them together; each release heading has one."""
    from spukdos_cli.report.finding_docs import REPOSITORY

    text = release.changelog_text()
    links = dict(re.findall(r"^\[([^\]]+)\]: (\S+)$", text, re.M))
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.M)
    assert sorted(links) == sorted(headings)
    assert [url for url in links.values() if not url.startswith(f"{REPOSITORY}/")] == []


def test_the_changelog_check_fails_without_a_section_for_the_version() -> None:
    text = release.changelog_text()
    bumped = ".".join([*__version__.split(".")[:2], str(int(__version__.split(".")[2]) + 1)])
    assert release.changelog_problems(text, bumped) == [
        f"the newest release is {__version__}, not the version {bumped}"
    ]
    # a heading without changes under it is no entry either
    older = "## [" + text.split("## [Unreleased]", 1)[1].split("\n## [", 1)[1]  # the releases
    empty = f"## [Unreleased]\n\n## [{bumped}] - 2027-01-01\n\n### Added\n\n{older}"
    assert release.changelog_problems(empty, bumped) == [f"[{bumped}] lists no change"]


def test_the_changelog_check_reads_keep_a_changelog_headings() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-05\n\n### Added\n\n- x\n"
    assert release.changelog_problems(text, "1.2.0") == []
    older_first = text + "\n## [1.3.0] - 2027-02-01\n\n### Fixed\n\n- y\n"
    assert release.changelog_problems(older_first, "1.2.0") == [
        "releases not from new to old: ['1.2.0', '1.3.0']"
    ]
    assert release.changelog_problems(text.replace("### Added", "### New"), "1.2.0") == [
        "[1.2.0] has headings Keep a Changelog does not: ['New']"
    ]
    assert release.changelog_problems(text.replace(" - 2027-01-05", ""), "1.2.0") == [
        "release heading [1.2.0] - None: not 'X.Y.Z] - YYYY-MM-DD'"
    ]


def test_a_wheel_without_its_package_data_is_found_out(tmp_path: Path) -> None:
    """The content check is not vacuous: a wheel that lacks a template or the licence, and
    an sdist under another version without the licence, README and changelog, are named."""
    import tarfile
    import zipfile

    source = tmp_path / "source"
    package = source / "src" / release.PACKAGE
    for name in ("__init__.py", "py.typed", "report/templates/brief.md.j2"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("x\n", encoding="utf-8")
    (source / "pyproject.toml").write_text(
        '[tool.setuptools.package-data]\nspukdos_cli = ["py.typed", "report/templates/*.j2"]\n',
        encoding="utf-8",
    )
    wheel = tmp_path / "spukdos-9.9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as out:
        out.writestr("spukdos_cli/__init__.py", "x\n")
        out.writestr("spukdos_cli/py.typed", "")
        out.writestr("spukdos-9.9.9.dist-info/METADATA", "Name: spukdos\nVersion: 9.9.9\n")
        out.writestr(
            "spukdos-9.9.9.dist-info/entry_points.txt",
            "[console_scripts]\nspukdos = spukdos_cli.cli.entry:entry\n",
        )
    sdist = tmp_path / "spukdos-9.9.8.tar.gz"
    with tarfile.open(sdist, "w:gz") as out:
        for name in ("__init__.py", "py.typed", "report/templates/brief.md.j2"):
            out.add(package / name, f"spukdos-9.9.8/src/spukdos_cli/{name}")
    problems = release.artifact_problems(release.Artifacts(sdist, wheel), source, "9.9.9")
    assert problems == [
        "sdist is spukdos-9.9.8.tar.gz, not spukdos-9.9.9.tar.gz",
        "sdist lacks ['__init__.py', 'py.typed', 'report/templates/brief.md.j2']",
        "sdist has no package data 'py.typed'",
        "sdist has no package data 'report/templates/*.j2'",
        "sdist PKG-INFO says version None, not 9.9.9",
        "sdist lacks LICENSE",
        "sdist lacks README.md",
        "sdist lacks CHANGELOG.md",
        "wheel lacks ['report/templates/brief.md.j2']",
        "wheel has no package data 'report/templates/*.j2'",
        "wheel lacks the licence text (dist-info/licenses/LICENSE)",
        "wheel METADATA names no License-Expression: EUPL-1.2",
    ]


def test_the_wheel_and_sdist_build_install_in_a_fresh_venv_and_check_the_example(
    tmp_path: Path,
) -> None:
    """One test, so that the build happens once whichever worker runs it: build both
    files from a copy of the checkout, hold them to the version and the package's files,
    install the wheel in a new virtual environment and run its ``spukdos`` there."""
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed: python -m pip install build")
    artifacts, problems = release.try_release(tmp_path)
    assert problems == []
    assert artifacts.sdist.name == f"spukdos-{__version__}.tar.gz"
    assert artifacts.wheel.name == f"spukdos-{__version__}-py3-none-any.whl"
