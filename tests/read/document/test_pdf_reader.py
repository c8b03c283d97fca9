"""The pieces of a PDF page put together: lines from runs of text, and tables from the
lines drawn around their cells, also as a browser prints them (Skia: glyphs placed one by
one, words broken over runs, rows broken over pages), as cairo prints them (fonts of size 1
scaled by their matrix, a table's line as one run over its cells), tables drawn without
lines, and fonts that give no letters."""

from __future__ import annotations

import math

import pytest

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.lines import Document
from spukdos_cli.read.document.pdf_reader import (
    _characters,
    _columned,
    _cut_between,
    _cuts,
    _garbled,
    _joined,
    _lines,
    _slanted,
    read_pdf,
)
from spukdos_cli.read.document.pdf_tables import Cell, Edge, _open_ends, find_cells
from tests.support.hostile_documents import pdf_of


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


def _pdf(content: str, *, image: bool = False) -> bytes:
    """A one-page PDF whose page draws ``content`` with the font ``F1`` (Helvetica) and,
    with ``image``, a grey picture ``Im1`` of 2 x 2 pixels (written by hand: the PDF
    producers of the suite cannot set a font's size and matrix apart)."""
    stream = content.encode("latin-1")
    pictures = b" /XObject << /Im1 6 0 R >>" if image else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >>" + pictures + b" >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image:
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream"
        )
    return pdf_of(objects)


def test_text_in_a_font_of_size_1_scaled_by_its_matrix_is_read() -> None:
    # cairo (Firefox on Linux, GTK print dialogs) sets every font in size 1 and scales it
    # with the text matrix; the font's own size made all of such a PDF "too small to see"
    scaled = _pdf("BT /F1 1 Tf 11 0 0 11 72 700 Tm (Gemeente Brakenstein) Tj ET")
    tiny = _pdf("BT /F1 1 Tf 1 0 0 1 72 700 Tm (verborgen) Tj ET")
    doc = read_pdf(scaled)
    assert [line.text for line in doc.lines if line.text] == ["Gemeente Brakenstein"]
    assert doc.notes == []
    hidden = read_pdf(tiny)
    assert [line.text for line in hidden.lines if line.text] == []
    assert hidden.notes == [("doc_note_invisible", {"count": "9", "page": "1"})]


def test_a_pdf_whose_fonts_give_no_letters_is_refused_as_unreadable() -> None:
    # a font without a map to Unicode gives glyph numbers: here codes 1 to 9
    codes = "".join(f"\\{n:03o}" for n in range(1, 10)) * 8
    raw = _pdf(f"BT /F1 10 Tf 72 700 Td ({codes}) Tj ET")
    with pytest.raises(DocumentError) as caught:
        read_pdf(raw)
    assert caught.value.reason == "doc_text_garbled"


def test_a_document_with_a_few_odd_characters_is_not_garbled() -> None:
    doc = Document("pdf")
    doc.add_line("Gemeente Brakenstein \x01", SourceRef(1, 1))
    assert not _garbled(*_characters(doc))
    doc.add_line("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f", SourceRef(1, 2))
    assert _garbled(*_characters(doc))


def test_in_a_page_of_columns_each_piece_stands_at_its_place() -> None:
    # a table drawn without lines: the label, the value and its note at their columns,
    # (3 points a character), a line of the label alone indented to where it stands
    row = [
        ((72.0, 700.0, 200.0, 710.0), "Verwachte totale besparing"),
        ((208.0, 700.0, 262.0, 710.0), "€ 95.562,60"),  # 8 points from the label: 0.8 high
        ((320.0, 700.0, 365.0, 710.0), "schatting"),
    ]
    assert _joined(row, (72.0, 3.0))[1] == (  # at 136 / 3 and 248 / 3 characters
        "Verwachte totale besparing" + " " * 19 + "€ 95.562,60" + " " * 27 + "schatting"
    )
    assert _joined([((102.0, 686.0, 150.0, 696.0), "vervolg")], (72.0, 3.0))[1] == (
        " " * 10 + "vervolg"
    )
    assert _joined(row)[1] == "Verwachte totale besparing € 95.562,60 schatting"


def test_a_bullet_before_a_hanging_indent_makes_no_column() -> None:
    bullets = [
        [((72.0, y, 76.0, y + 10), "\uf0b7"), ((100.0, y, 400.0, y + 10), "Het experiment")]
        for y in (700.0, 686.0, 672.0, 658.0)
    ]
    rows = [
        [((72.0, y, 130.0, y + 10), "Kick-off"), ((200.0, y, 260.0, y + 10), "€ 7.335,00")]
        for y in (700.0, 686.0, 672.0)
    ]
    assert not _columned(bullets)
    assert _columned(rows)
    assert not _columned(rows[:2])


def test_a_run_is_cut_only_where_a_cells_side_stands_between_its_letters() -> None:
    cuts = _cuts([Cell(50.0, 600.0, 150.0, 700.0), Cell(150.0, 600.0, 250.0, 700.0)])
    xs = [cut[0] for cut in cuts]
    assert _cut_between(cuts, xs, 140.0, 160.0, 650.0)
    assert not _cut_between(cuts, xs, 100.0, 110.0, 650.0)
    assert not _cut_between(cuts, xs, 140.0, 160.0, 750.0)  # above the table
    grid = [Cell(50.0, y, 150.0, y + 10.0) for y in range(0, 2000, 10)]
    assert _cuts(grid) == [(50.0, 0.0, 2000.0), (150.0, 0.0, 2000.0)]  # one per side


def test_a_scan_under_recognised_text_is_refused_as_a_scan() -> None:
    # a signed and scanned form, its text recognised (OCR) and laid invisibly over the image
    image = "q 500 0 0 700 50 80 cm /Im1 Do Q"
    text = "BT 3 Tr /F1 11 Tf 72 700 Td (Gemeente Brakenstein, kosten 12.500) Tj ET"
    raw = _pdf(f"{image}\n{text}", image=True)
    with pytest.raises(DocumentError) as caught:
        read_pdf(raw)
    assert caught.value.reason == "doc_scanned_ocr"
    shown = _pdf(f"{image}\nBT /F1 11 Tf 72 700 Td (Gemeente Brakenstein) Tj ET", image=True)
    assert [line.text for line in read_pdf(shown).lines if line.text] == ["Gemeente Brakenstein"]


def test_a_watermark_across_the_page_is_left_out_and_said() -> None:
    # "CONCEPT" at 45 degrees over two answers
    content = "\n".join(
        [
            "BT /F1 11 Tf 72 700 Td (Gemeente Brakenstein) Tj ET",
            "BT /F1 11 Tf 72 686 Td (Kosten 12.500) Tj ET",
            "BT /F1 60 Tf 0.7071 0.7071 -0.7071 0.7071 90 560 Tm (CONCEPT) Tj ET",
        ]
    )
    doc = read_pdf(_pdf(content))
    assert [line.text for line in doc.lines if line.text] == [
        "Gemeente Brakenstein",
        "Kosten 12.500",
    ]
    assert doc.notes == [("doc_note_slanted", {"count": "7", "page": "1"})]


@pytest.mark.parametrize(
    ("degrees", "slanted"), [(0, False), (5, False), (30, True), (45, True), (90, False)]
)
def test_text_is_slanted_between_level_and_upright(degrees: float, slanted: bool) -> None:
    # a label turned a quarter (up the side of a table) is read; a watermark is not
    turn = math.radians(degrees)
    assert _slanted((math.cos(turn), math.sin(turn), -math.sin(turn), math.cos(turn))) is slanted
