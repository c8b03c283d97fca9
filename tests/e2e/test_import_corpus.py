"""``spukdos import`` on the corpus (issue 24): 60 made-up filled-in forms, each in six
renderings (Word; PDF printed by LibreOffice on A4 and on Letter; ``pdftotext`` of the A4 PDF,
plain and ``-layout``; LibreOffice's text export), made by ``scripts/make_corpus.py``.

No figure is ever wrong or made up, in any rendering. From Word and PDF every figure is
exact. Text that keeps no cells can lose which figure belongs where: there the importer
places only what the form's arithmetic confirms, and the floors below are what it reaches
today (``scripts/import_accuracy.py`` prints the table ``docs/import-export.md`` shows, and a
test below holds the page to it).
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.support.corpus.accuracy import Tally, measure, table
from tests.support.corpus.archive import RENDERINGS

FIGURE_FLOOR = {
    "docx": 1.0,
    "pdf-a4": 1.0,
    "pdf-letter": 1.0,
    "pdftotext-layout-a4": 1.0,
    "libreoffice-txt": 0.99,
    "pdftotext-a4": 0.57,
}
"""The least share of exact figures per rendering (Word and PDF: all of them)."""
TEXT_FLOOR = 0.95
"""The least share of text answers found, in every rendering (the issue's goal)."""


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    return measure()


def test_the_corpus_has_every_rendering_of_every_form(tallies: dict[str, Tally]) -> None:
    assert set(tallies) == set(RENDERINGS)
    assert {t.forms for t in tallies.values()} == {60}
    assert all(t.figures > 1000 and t.texts > 800 for t in tallies.values())


@pytest.mark.parametrize("name", list(RENDERINGS))
def test_no_figure_is_ever_wrong_or_made_up(tallies: dict[str, Tally], name: str) -> None:
    tally = tallies[name]
    bad = [(f, p) for f, p in tally.problems if p.kind in ("wrong", "extra")]
    assert bad == []
    assert tally.wrong == 0 and tally.extra == 0


@pytest.mark.parametrize("name", list(RENDERINGS))
def test_figures_and_text_answers_reach_their_floor(tallies: dict[str, Tally], name: str) -> None:
    tally = tallies[name]
    assert tally.figures_exact >= FIGURE_FLOOR[name], (name, tally.exact, tally.figures)
    assert tally.texts_share >= TEXT_FLOOR, (name, tally.texts_found, tally.texts)


def test_the_handbook_shows_the_table_measured_today(tallies: dict[str, Tally]) -> None:
    page = (ROOT / "docs" / "import-export.md").read_text(encoding="utf-8")
    assert table(tallies) in page, "run python scripts/import_accuracy.py and update the page"
