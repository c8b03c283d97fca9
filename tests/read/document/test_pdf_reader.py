"""The pieces of a PDF page put together: lines from runs of text, and tables from the
lines drawn around their cells, also as a browser prints them (Skia: glyphs placed one by
one, words broken over runs, rows broken over pages)."""

from __future__ import annotations

from spukdos_cli.read.document.pdf_reader import _lines
from spukdos_cli.read.document.pdf_tables import Edge, _open_ends, find_cells


def test_the_pieces_of_a_line_come_in_their_order_whatever_their_height() -> None:
    # "Kosten projectleider/coördinator." as Skia writes it: the middles differ where a
    # piece has descenders (p, j), which sorted the pieces by height before
    pieces = [
        ((200.1, 739.0, 231.5, 746.6), "dinator."),
        ((131.6, 736.8, 200.1, 746.6), "ojectleider/coör"),
        ((89.3, 736.8, 131.6, 746.2), "Kosten pr"),
    ]
    assert [text for _, text in _lines(pieces)] == ["Kosten projectleider/coördinator."]


def test_a_point_or_comma_placed_on_its_own_belongs_to_its_line() -> None:
    # "€ 317.276,25" with the point and the comma as glyphs of their own, lower and smaller
    pieces = [
        ((312.5, 537.3, 320.4, 544.7), "€ "),
        ((320.9, 537.3, 333.7, 543.4), "317"),
        ((334.5, 537.3, 335.6, 538.4), "."),
        ((336.6, 537.3, 349.4, 543.4), "276"),
        ((350.0, 536.0, 351.3, 538.3), ","),
        ((352.3, 537.3, 360.5, 543.4), "25"),
    ]
    assert [text for _, text in _lines(pieces)] == ["€ 317.276,25"]


def test_a_gap_as_wide_as_a_space_is_a_space_and_lines_stay_apart() -> None:
    pieces = [
        ((100.0, 700.0, 130.0, 710.0), "Extra"),
        ((133.0, 700.0, 160.0, 710.0), "inzet"),  # a gap of 3 points at 10 points high
        ((100.0, 686.0, 140.0, 696.0), "volgende regel"),
    ]
    assert [text for _, text in _lines(pieces)] == ["Extra inzet", "volgende regel"]


def _grid(bottom_line: bool) -> list[Edge]:
    """A table of two columns and two rows, the second row broken at the page's foot."""
    edges = [
        Edge("h", 700.0, 50.0, 250.0),
        Edge("h", 650.0, 50.0, 250.0),
        Edge("v", 50.0, 600.0, 700.0),
        Edge("v", 150.0, 600.0, 700.0),
        Edge("v", 250.0, 600.0, 700.0),
    ]
    return [*edges, Edge("h", 600.0, 50.0, 250.0)] if bottom_line else edges


def test_a_row_that_a_page_break_left_open_is_closed_at_its_lines_ends() -> None:
    assert _open_ends(_grid(bottom_line=True)) == []
    assert _open_ends(_grid(bottom_line=False)) == [Edge("h", 600.0, 50.0, 250.0)]
    closed, left_open = find_cells(_grid(bottom_line=True)), find_cells(_grid(bottom_line=False))
    assert len(closed) == 4
    assert sorted((c.x0, c.y0, c.x1, c.y1) for c in left_open) == sorted(
        (c.x0, c.y0, c.x1, c.y1) for c in closed
    )


def test_a_single_line_or_lines_ending_apart_are_not_closed() -> None:
    lone = [Edge("h", 700.0, 50.0, 250.0), Edge("v", 50.0, 600.0, 700.0)]
    apart = [Edge("v", 50.0, 600.0, 700.0), Edge("v", 150.0, 500.0, 690.0)]
    assert _open_ends(lone) == []
    assert _open_ends(apart) == []
