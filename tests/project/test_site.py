"""The handbook (issue 30): ``mkdocs build --strict`` builds it from ``mkdocs.yml`` and
``docs/``, and fails on a broken link or anchor, a page missing from the navigation or an
included file that does not exist; the built site has the generated pages and loads
nothing from elsewhere.

Skipped only where MkDocs or its Material theme is not installed; both are in the lock, so
the suite that ``.ci/run`` runs builds the site.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from spukdos_cli.messages.catalogue import CODES
from tests.conftest import ROOT
from tests.support import processes

pytest.importorskip("mkdocs")
pytest.importorskip("material")

DOCS = ROOT / "docs"
CONFIG: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def build(folder: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the handbook in ``folder`` (a repository), into ``site``."""
    return processes.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=folder,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # no advertisement on stderr
        text=True,
    )


def nav_pages(entries: Any) -> list[str]:
    """Every page file the ``nav:`` of mkdocs.yml names, in order."""
    if isinstance(entries, str):
        return [entries]
    if isinstance(entries, dict):
        return [page for value in entries.values() for page in nav_pages(value)]
    if isinstance(entries, list):
        return [page for entry in entries for page in nav_pages(entry)]
    return []


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    done = build(ROOT, folder)
    assert done.returncode == 0, done.stderr
    return folder


def test_the_build_is_strict_and_every_warning_counts() -> None:
    assert CONFIG["strict"] is True and CONFIG["docs_dir"] == "docs"
    validation = CONFIG["validation"]
    assert set(validation["nav"].values()) == set(validation["links"].values()) == {"warn"}
    assert validation["nav"]["omitted_files"] == "warn"  # a page missing from nav fails
    assert validation["links"]["anchors"] == "warn"  # a link to a missing heading fails
    assert CONFIG["theme"]["name"] == "material" and CONFIG["theme"]["language"] == "nl"
    assert CONFIG.get("plugins", ["search"]) == ["search"]  # no social or privacy plugin


def test_every_page_is_in_the_navigation_once() -> None:
    pages = nav_pages(CONFIG["nav"])
    assert len(pages) == len(set(pages))
    assert set(pages) == {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}


def test_the_site_builds_with_the_generated_pages(site: Path) -> None:
    findings = (site / "findings" / "index.html").read_text(encoding="utf-8")
    assert 'id="a001-stated-amount-does-not-match"' in findings
    assert "Stated amount does not match" in findings
    keys = (site / "format" / "index.html").read_text(encoding="utf-8")
    assert "regeling_jaar" in keys and "advies_zorgkantoor" in keys
    # the examples and schemas are included from the repository, whole
    examples = html.unescape(
        re.sub(r"<[^>]*>", "", (site / "examples" / "index.html").read_text(encoding="utf-8"))
    )
    assert "Van Ouderenzorg naar Samenzorg" in examples
    assert '"title": "SPUK DOS businesscase"' in examples
    assert "--8<--" not in examples
    # the files a page links to in docs/ are there
    assert (site / "regels-voorbeeld.yaml").is_file()
    assert (site / "prijslijst-voorbeeld.yaml").is_file()


def test_the_site_loads_nothing_from_elsewhere(site: Path) -> None:
    remote = re.compile(r"<(?:link|script|img|iframe)\b[^>]*\b(?:href|src)=\"(?:https?:)?//")
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= len(nav_pages(CONFIG["nav"]))
    assert [p.name for p in pages if remote.search(p.read_text(encoding="utf-8"))] == []
    assert CONFIG["theme"]["font"] is False  # no web fonts


def test_a_page_missing_from_the_navigation_fails_the_build(tmp_path: Path) -> None:
    copy = tmp_path / "repository"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy)
    for folder in ("docs", "examples", "schemas"):
        shutil.copytree(ROOT / folder, copy / folder)
    (copy / "docs" / "vergeten.md").write_text("# Vergeten\n\nNiet in nav.\n", encoding="utf-8")
    done = build(copy, tmp_path / "site")
    assert done.returncode != 0
    assert 'not included in the "nav"' in done.stderr and "- vergeten.md" in done.stderr


def test_the_findings_overview_covers_every_code() -> None:
    page = (DOCS / "findings-overview.md").read_text(encoding="utf-8")
    covered: set[str] = set()
    for first, last in re.findall(r"^\| ([A-Z]\d{3})(?:–([A-Z]\d{3}))? \|", page, re.M):
        last = last or first
        assert first[0] == last[0], (first, last)
        covered |= {f"{first[0]}{n:03d}" for n in range(int(first[1:]), int(last[1:]) + 1)}
    assert set(CODES) <= covered


def test_the_readme_links_into_the_handbook() -> None:
    """The README's links to pages of the handbook (which mkdocs does not see) lead to a page
    in the navigation, and to a heading of it where they name one (as GitHub makes anchors)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((docs/[^)#]+)(?:#([^)]+))?\)", readme)
    assert len({page for page, _ in links}) >= 10
    pages = set(nav_pages(CONFIG["nav"]))
    for page, anchor in links:
        assert page.removeprefix("docs/") in pages, page
        if anchor:
            headings = re.findall(r"^#+ (.+)$", (ROOT / page).read_text(encoding="utf-8"), re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}
            assert anchor in slugs, (page, anchor)
