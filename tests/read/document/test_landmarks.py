"""The parts of one of the form's tables joined: a header repeated on a new page, or cut by
a page break, is no row of the table."""

from __future__ import annotations

from spukdos_cli.form.edition import edition
from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.landmarks import without_header
from spukdos_cli.read.document.lines import Cell

HEADER = ("Kostenpost", "Korte beschrijving van de kosten", "Wie voert de\nbijbehorende", "Kosten")


KNOWN = edition().tables["costs"].header


def _row(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell(text, SourceRef(page=1), seq) for seq, text in enumerate(texts))


def test_a_repeated_header_is_left_out() -> None:
    rows = [_row(*HEADER), _row("Scholing", "Cursus", "Brentano", "€ 35.000,00")]
    assert without_header(rows, _row(*HEADER)) == rows[1:]


def test_the_rest_of_a_header_that_a_page_break_cut_is_left_out() -> None:
    rows = [_row("", "", "activiteiten uit?", ""), _row("Geen", "Geen kosten", "", "€ 0,00")]
    assert without_header(rows, _row(*HEADER), header_only=True, known=KNOWN) == rows[1:]
    assert without_header(rows, _row(*HEADER), header_only=False, known=KNOWN) == rows


def test_a_first_row_of_posts_stays() -> None:
    header = _row(*HEADER)
    post = [_row("Scholing", "Cursus", "Brentano", "€ 35.000,00")]
    no_figure = [_row("Scholing", "", "Brentano", "")]  # a post without an amount
    other_words = [_row("", "", "activiteiten", "")]  # not what the form's header goes on with
    for rows in (post, no_figure, other_words):
        assert without_header(rows, header, header_only=True, known=KNOWN) == rows
