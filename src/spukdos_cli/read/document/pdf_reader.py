"""A PDF -> lines and tables, page by page, with PDFium (pypdfium2; imported here only,
when a PDF is read).

PDFium gives the text as positioned segments and the drawing as path segments. Tables
drawn with lines (as Word and LibreOffice print them) are found from those lines
(:mod:`.pdf_tables`) and read cell by cell; the rest of a page is read as lines of text,
with a blank line where the gap between two lines shows a new paragraph. A PDF without
any text (a scan) and a PDF that needs a password are refused with a clear reason.

Why PDFium and not pdfplumber: pdfplumber (on pdfminer, pure Python) needed about half
a second per page, more than ten times a whole ``spukdos check``; PDFium reads a page in
milliseconds, and the table method is pdfplumber's, on PDFium's lines.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.lines import Builder, Document
from spukdos_cli.read.document.pdf_tables import Cell, Edge, find_cells, group_tables, rows_of

MAX_PAGES = 100
"""A businesscase is about 20 pages; a document of more is not one application."""
THIN = 2.0
"""A drawn rectangle this thin (points) is a line."""
MAX_SEGMENTS = 20_000
"""Path segments read per page: far more than any table needs (a chart may have more)."""

Box = tuple[float, float, float, float]  # left, bottom, right, top


def preload() -> None:
    """Load PDFium in this process, so that each child that reads a PDF has it already."""
    with contextlib.suppress(ImportError):  # pragma: no branch - installed with spukdos
        import pypdfium2
        import pypdfium2.raw  # noqa: F401


def read_pdf(raw: bytes) -> Document:
    """The text and tables of a PDF; :class:`DocumentError` when it cannot be read."""
    if b"%PDF-" not in raw[:1024]:  # PDF readers accept bytes before the header
        raise DocumentError("doc_corrupt")
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - installed with spukdos
        raise DocumentError("doc_no_reader") from None
    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise DocumentError("doc_encrypted") from None
        raise DocumentError("doc_corrupt") from None
    try:
        pages = len(pdf)
        if pages > MAX_PAGES:
            raise DocumentError("doc_too_many_pages", str(pages))
        builder = Builder("pdf")
        pass_over = _read_pages(pdf, pages, one_pass=False)
        if pass_over is None:  # a printer that writes words in pieces: read it all again
            pass_over = _read_pages(pdf, pages, one_pass=True)
        if pass_over is None:  # pragma: no cover - a pass over the characters reads all
            raise DocumentError("doc_corrupt")
        read, chars, images, hidden = pass_over
        if hidden.chars:
            builder.doc.notes.append(
                ("doc_note_invisible", {"count": str(hidden.chars), "page": str(hidden.page)})
            )
        if hidden.slanted:
            builder.doc.notes.append(
                (
                    "doc_note_slanted",
                    {"count": str(hidden.slanted), "page": str(hidden.slanted_page)},
                )
            )
        read, builder.doc.columns = _laid_out(read)
        furniture = _furniture(read)
        for number, items in enumerate(read, start=1):
            _emit(builder, items, number, furniture)
            if builder.full:
                break
    except DocumentError:
        raise
    except Exception as err:  # PDFium reports a broken file in several ways
        raise DocumentError("doc_corrupt", type(err).__name__) from None
    finally:
        pdf.close()
    if chars == 0:
        raise DocumentError("doc_scanned" if images else "doc_no_text")
    seen, bad = _characters(builder.doc)
    if seen == 0 and images and hidden.chars:  # a scan under recognised text no one sees
        raise DocumentError("doc_scanned_ocr")
    if _garbled(seen, bad):
        raise DocumentError("doc_text_garbled")
    return builder.doc


GARBLED = 0.3
"""The share of a document's characters that are no characters at all (control codes,
private use code points) above which its text is not text: fonts without a map to Unicode
give their glyph numbers (the codes 1, 2, 3 and so on, in the order the letters first
appear), which no reader can turn into letters. A form's text has next to none."""


def _garbled(seen: int, bad: int) -> bool:
    """Whether a text of ``seen`` characters, ``bad`` of them no characters at all
    (:func:`_characters`), is not text."""
    return bad > GARBLED * seen


def _characters(doc: Document) -> tuple[int, int]:
    """The characters of the text read, spaces left out, and how many of them are no
    characters at all (control codes, private use code points, the replacement mark)."""
    texts = [line.text for line in doc.lines]
    texts += [cell.text for table in doc.tables for row in table.rows for cell in row]
    text = "".join(texts)
    return len("".join(text.split())), len(_NO_CHARACTER.findall(text))


_NO_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


FRAGMENTED = 10
"""Fewer characters than this per run of text on a page: the printer wrote its words in
pieces (a browser's PDF, Skia, places many glyphs one by one and breaks words over runs),
whose boxes touch, so that each box's text takes in a letter of the next. Such a document
is read in one pass over its characters (:func:`_runs`), each character once. A page of a
form printed by an office suite has some 20 to 60 characters per run."""


def _read_pages(
    pdf: Any, pages: int, *, one_pass: bool
) -> tuple[list[list[Item]], int, int, Hidden] | None:
    """Each page's items, the characters and pictures of the document, and what was hidden;
    ``None`` when a page shows that the document must be read in one pass (and it was not)."""
    chars = images = 0
    read: list[list[Item]] = []
    hidden = Hidden()
    for number in range(pages):
        page = pdf[number]
        try:
            text = page.get_textpage()
            on_page = text.count_chars()
            if on_page > MAX_PAGE_CHARS:
                raise DocumentError("doc_too_dense", str(on_page))
            runs = text.count_rects()
            if not one_pass and runs * FRAGMENTED > on_page >= FRAGMENTED:
                text.close()
                return None
            chars += on_page
            edges, pictures, fills, text_kinds = _scan(page)
            images += pictures
            seen = _Seen(fills, _view(page), hidden, *text_kinds)
            read.append(
                _page_items(page, text, number + 1, edges, seen, one_pass=one_pass, counted=runs)
            )
            text.close()
        finally:
            page.close()
    return read, chars, images, hidden


MAX_OBJECTS = 50_000
"""Page objects looked at per page (forms inside included): a page of a form has a few
thousand; a drawing with more is read without its lines."""
FORM_DEPTH = 3
"""How deep forms inside forms are looked into (a form that draws itself is cut off)."""


def _objects(page: Any) -> Iterator[Any]:
    """The page's objects, those inside its form objects too (to :data:`FORM_DEPTH`), at
    most :data:`MAX_OBJECTS`: PDFium's own handles, without a wrapper per object."""
    import pypdfium2.raw as pdfium_c

    budget = MAX_OBJECTS
    stack: list[tuple[Any, int, bool]] = [(page.raw, 0, True)]
    while stack and budget > 0:
        parent, depth, is_page = stack.pop()
        count = (
            pdfium_c.FPDFPage_CountObjects(parent)
            if is_page
            else pdfium_c.FPDFFormObj_CountObjects(parent)
        )
        for index in range(max(0, min(count, budget))):
            budget -= 1
            obj = (
                pdfium_c.FPDFPage_GetObject(parent, index)
                if is_page
                else pdfium_c.FPDFFormObj_GetObject(parent, index)
            )
            if not obj:
                continue
            if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
                if depth < FORM_DEPTH:
                    stack.append((obj, depth + 1, False))
                continue
            yield obj


def _scan(page: Any) -> tuple[list[Edge], int, list[Box], tuple[bool, bool]]:
    """The horizontal and vertical lines drawn on the page, its number of images, the
    areas filled in a colour that is not white (on which white text can be seen), and
    whether it has slanted text (:func:`_slanted`) and text that may not be seen
    (:func:`_doubtful`)."""
    import pypdfium2.raw as pdfium_c

    edges: list[Edge] = []
    fills: list[Box] = []
    images = 0
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    red, green, blue, alpha = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
    budget = MAX_SEGMENTS
    left, bottom = ctypes.c_float(), ctypes.c_float()
    right, top = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    slanted = doubtful = False
    size = ctypes.c_float()
    for obj in _objects(page):
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            continue
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
                doubtful = True
                continue
            turned = (matrix.a, matrix.b, matrix.c, matrix.d)
            slanted = slanted or _slanted(turned)
            doubtful = doubtful or _doubtful(obj, turned, size, (red, green, blue, alpha))
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        if (
            len(fills) < MAX_FILLS
            and pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
            and fill_mode.value
            and pdfium_c.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha)
            and alpha.value > 0
            and min(red.value, green.value, blue.value) < WHITE
        ):
            fills.append(box)
        if box[2] - box[0] < THIN or box[3] - box[1] < THIN:  # a line, or a thin rectangle
            edges += _box_edges(box)
            continue
        count = pdfium_c.FPDFPath_CountSegments(obj)
        if count <= 0 or count > budget or not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            edges += _box_edges(box)
            continue
        budget -= count
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points: list[tuple[float, float, int, bool]] = []
        for index in range(count):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            closes = bool(pdfium_c.FPDFPathSegment_GetClose(segment))
            px, py = x.value, y.value
            points.append((a * px + c * py + e, b * px + d * py + f, kind, closes))
        edges += _path_edges(points)
    return edges, images, fills, (slanted, doubtful)


def _doubtful(
    obj: Any, matrix: tuple[float, float, float, float], size: Any, colour: tuple[Any, ...]
) -> bool:
    """Whether a text object may not be seen: drawn invisibly or only as a clip, without
    a colour of its own, transparent, white, or smaller than :data:`SMALLEST` as drawn.
    Only on a page with such text is each run of text looked at (:func:`_visible`)."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in (3, 7):
        return True
    if not pdfium_c.FPDFTextObj_GetFontSize(obj, size):
        return True
    if _scaled(size.value, matrix) < SMALLEST:
        return True
    red, green, blue, alpha = colour
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha):
        return True
    return bool(alpha.value == 0 or min(red.value, green.value, blue.value) >= WHITE)


def _box_edges(box: Box) -> list[Edge]:
    left, bottom, right, top = box
    if right - left < THIN and top - bottom < THIN:
        return []
    if top - bottom < THIN:
        return [Edge("h", (top + bottom) / 2, left, right)]
    if right - left < THIN:
        return [Edge("v", (left + right) / 2, bottom, top)]
    return [
        Edge("h", top, left, right),
        Edge("h", bottom, left, right),
        Edge("v", left, bottom, top),
        Edge("v", right, bottom, top),
    ]


def _path_edges(points: list[tuple[float, float, int, bool]]) -> list[Edge]:
    """The straight horizontal and vertical pieces of a path (moveto = 2, lineto = 0)."""
    edges: list[Edge] = []
    start: tuple[float, float] | None = None
    previous: tuple[float, float] | None = None

    def line(a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = a, b
        if abs(y0 - y1) < 0.5 and abs(x0 - x1) >= THIN:
            edges.append(Edge("h", y0, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) < 0.5 and abs(y0 - y1) >= THIN:
            edges.append(Edge("v", x0, min(y0, y1), max(y0, y1)))

    for px, py, kind, closes in points:
        here = (px, py)
        if kind == 2 or previous is None:
            start = here
        elif kind == 0:
            line(previous, here)
        previous = here
        if closes and start is not None:
            line(here, start)
            previous = start
    return edges


class _CellIndex:
    """The cells of a page by the squares of a coarse grid they lie on, so that finding
    the cell of a run of text looks at the few cells of its square, not at every cell of
    the page (a ruled grid of 200 x 200 cells with text in it would otherwise cost the
    product of the two). A cell over more than :data:`MOST_SQUARES` squares is looked at
    for every run instead."""

    SIDE = 24.0
    """Points per square of the grid."""
    MOST_SQUARES = 2_000

    def __init__(self, cells: list[Cell]) -> None:
        self.squares: dict[tuple[int, int], list[tuple[int, Cell]]] = {}
        self.large: list[tuple[int, Cell]] = []
        for index, cell in enumerate(cells):
            xs = range(self._at(cell.x0), self._at(cell.x1) + 1)
            ys = range(self._at(cell.y0), self._at(cell.y1) + 1)
            if len(xs) * len(ys) > self.MOST_SQUARES:
                self.large.append((index, cell))
                continue
            for x in xs:
                for y in ys:
                    self.squares.setdefault((x, y), []).append((index, cell))

    def _at(self, value: float) -> int:
        return int(value // self.SIDE) if abs(value) < 1e7 else (1 if value > 0 else -1) * 10**6

    def home(self, box: Box) -> Cell | None:
        """The first cell (in the page's order) that holds the middle of ``box``."""
        x = (box[0] + box[2]) / 2
        y = (box[1] + box[3]) / 2
        mine = self.squares.get((self._at(x), self._at(y)), [])
        found = [(i, c) for i, c in (*mine, *self.large) if _inside(box, c)]
        return min(found, key=lambda pair: pair[0])[1] if found else None


def _inside(box: Box, cell: Cell) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return cell.x0 <= x <= cell.x1 and cell.y0 <= y <= cell.y1


SPACE_GAP = 0.25
"""A gap between two pieces of one line wider than this (in heights of the text) is a
space. Letters of one word stand closer; a space is a quarter of the height or more."""


def _lines(rects: list[tuple[Box, str]]) -> list[tuple[Box, str]]:
    """Text segments on one baseline joined into lines, top to bottom, each line's pieces
    from left to right (:func:`_line_groups`, :func:`_joined`)."""
    return [_joined(group) for group in _line_groups(rects)]


def _line_groups(rects: list[tuple[Box, str]]) -> list[list[tuple[Box, str]]]:
    """The pieces of text of each line, top to bottom, each line's from left to right. A
    line is found by the middle of its pieces, which differ a little where one piece has
    descenders and the next has none; a printer that writes a line in several pieces (a
    browser's PDF breaks words too: ``Kosten pr`` ``ojectleider``) gets them back in their
    order. A piece less than half as high as the line that it overlaps belongs to it: a
    comma or a point that such a printer places on its own (``624`` ``.`` ``000`` ``,``
    ``00``)."""
    ordered = sorted(rects, key=lambda r: (-(r[0][1] + r[0][3]) / 2, r[0][0]))
    groups: list[list[tuple[Box, str]]] = []
    extents: list[tuple[float, float]] = []
    for box, text in ordered:
        middle = (box[1] + box[3]) / 2
        if groups:
            last_box = groups[-1][-1][0]
            last_middle = (last_box[1] + last_box[3]) / 2
            low, high = extents[-1]
            small = box[3] - box[1] < 0.5 * (high - low)  # a comma, a point, a dash
            if abs(middle - last_middle) < 0.4 * max(box[3] - box[1], 1.0) or (
                small and min(box[3], high) > max(box[1], low)
            ):
                groups[-1].append((box, text))
                extents[-1] = (min(low, box[1]), max(high, box[3]))
                continue
        groups.append([(box, text)])
        extents.append((box[1], box[3]))
    for group in groups:
        group.sort(key=lambda r: r[0][0])
    return groups


COLUMN_GAP = 1.5
"""A gap between two pieces of one line wider than this (in heights of the text) parts two
columns of a table drawn without lines: a word space, even in justified text, is far less."""
PLACE_GAP = 0.6
"""On a page whose text keeps columns, a piece after a gap wider than this (in heights of
the text) is written at its place: a cell's text may come closer to the next column than
:data:`COLUMN_GAP`, and a word space between two pieces is far less."""
COLUMN_WIDTH = 3.0
"""Points per character where a page's lines are written in its columns: narrower than any
letter of a form's type, so that a piece's text never reaches the next column's start."""


def _joined(
    group: list[tuple[Box, str]], columns: tuple[float, float] | None = None
) -> tuple[Box, str]:
    """One line's pieces as one text, joined with a space only where one is written or the
    gap between them is as wide as one. With ``columns`` (the page's left edge and the
    points per character), the line is written as ``pdftotext -layout`` writes it: each
    piece after a gap of :data:`PLACE_GAP` at the character position of its place on
    the page, at least three spaces after the text before, and the line indented to its
    first piece's place; a table drawn without lines keeps its columns that way."""
    (box, text), rest = group[0], group[1:]
    if columns is not None:
        left, unit = columns
        text = " " * max(0, round((box[0] - left) / unit)) + text.lstrip()
    for next_box, next_text in rest:
        gap = next_box[0] - box[2]
        height = max(box[3] - box[1], next_box[3] - next_box[1], 1.0)
        if columns is not None and gap > PLACE_GAP * height:
            at = round((next_box[0] - columns[0]) / columns[1])
            text = text.rstrip()
            text += " " * max(3, at - len(text)) + next_text.lstrip()
        else:
            spaced = text[-1:].isspace() or next_text[:1].isspace() or gap > SPACE_GAP * height
            text = f"{text.rstrip()} {next_text.lstrip()}" if spaced else text + next_text
        box = (min(box[0], next_box[0]), min(box[1], next_box[1]),
               max(box[2], next_box[2]), max(box[3], next_box[3]))  # fmt: skip
    return box, text


def _columned(groups: list[list[tuple[Box, str]]]) -> bool:
    """Whether a page's lines show a table drawn without lines: at least
    :data:`COLUMNED_LINES` of them have a gap between columns."""
    wide = 0
    for group in groups:
        before = ""
        for (a, text), (b, _) in pairwise(group):
            before += text
            if b[0] - a[2] > COLUMN_GAP * max(a[3] - a[1], b[3] - b[1], 1.0) and _WORDS.search(
                before
            ):  # a bullet or a number before a hanging indent is no column
                wide += 1
                break
    return wide >= COLUMNED_LINES


_WORDS = re.compile(r"[^\W\d_]{2}")


COLUMNED_LINES = 3
"""Lines with a gap between columns that make a page's text a table drawn without lines."""


def _cell_text(lines: list[tuple[Box, str]], cell: Cell) -> str:
    """The lines of a cell, one per line. A word that the cell's width broke is joined
    again (``Voorbeeldsta`` + ``d``): a word is broken only when it is longer than the
    line, so its line holds that one word, runs to the cell's right edge (less the
    padding the cell has on the left) and ends without the space that PDFium keeps where
    a line breaks between words; and the next line goes on in lower case."""
    if not lines:
        return ""
    padding = max(0.0, min(box[0] for box, _ in lines) - cell.x0)
    edge = cell.x1 - padding
    parts: list[str] = []
    previous: tuple[Box, str] | None = None
    for box, text in lines:
        stripped = text.strip()
        if previous is not None and parts and stripped[:1].islower():
            prev_box, prev_text = previous
            char = (prev_box[2] - prev_box[0]) / max(len(prev_text.strip()), 1)
            single = " " not in prev_text.strip()  # only a word longer than the line is broken
            if (
                single
                and not prev_text.endswith((" ", "\u00a0", "-"))
                and prev_box[2] >= edge - char
            ):
                parts[-1] += stripped
                previous = (box, text)
                continue
        parts.append(stripped)
        previous = (box, text)
    return "\n".join(parts)


Item = tuple[float, str, Any]
"""One thing on a page, from the top: (minus its top, ``line`` or ``table``, content)."""


def _laid_out(pages: list[list[Item]]) -> tuple[list[list[Item]], bool]:
    """Each page's lines as text (:func:`_joined`), and whether they keep the page's
    columns: where a page showed a table drawn without lines, every page without a ruled
    table is written in columns, from the left edge of the document's text, so that a
    table continued on the next page keeps its columns there too (its header may end a
    page whose other lines have no columns)."""
    columned = any(item[1] == "columns" for items in pages for item in items)
    plain = [any(item[1] == "table" for item in items) or not columned for items in pages]
    lefts = [
        box[0]
        for items, ruled in zip(pages, plain, strict=True)
        if not ruled
        for _, kind, group in items
        if kind == "pieces"
        for box, _ in group
    ]
    columns = (min(lefts), COLUMN_WIDTH) if lefts else None
    out: list[list[Item]] = []
    for items, ruled in zip(pages, plain, strict=True):
        out.append(
            [
                (key, "line", _joined(payload, None if ruled else columns))
                if kind == "pieces"
                else (key, kind, payload)
                for key, kind, payload in items
                if kind != "columns"
            ]
        )
    return out, columns is not None


def _furniture(pages: list[list[Item]]) -> set[str]:
    """Running heads and footers: a first or last line of a page that, its digits left
    out (``Pagina 3 van 12``), recurs on at least half of three or more pages."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for items in pages:
        lines = [item for item in items if item[1] == "line"]
        ends = {_furniture_key(lines[0][2][1]), _furniture_key(lines[-1][2][1])} if lines else set()
        for key in ends:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if key and count >= max(3, len(pages) / 2)}


def _furniture_key(text: str) -> str:
    return re.sub(r"[0-9]+", "#", " ".join(text.split()))


_BUFFER = 4096
"""Characters of one text rectangle read in one call (a longer one takes a second call)."""


def _bounded(text: Any, box: Box) -> str:
    """The text within ``box``: PDFium's bounded text, in one call where it fits."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = box
    buffer = (ctypes.c_ushort * (_BUFFER + 1))()
    count = pdfium_c.FPDFText_GetBoundedText(text.raw, left, top, right, bottom, buffer, _BUFFER)
    if count >= _BUFFER:  # as long as the buffer: perhaps longer
        return str(text.get_text_bounded(left, bottom, right, top))
    raw = ctypes.string_at(buffer, max(0, count) * 2).decode("utf-16-le", "ignore")
    return raw.split("\x00", 1)[0]  # the count may take in the terminating NUL


MAX_PAGE_CHARS = 30_000
"""Characters on one page: a page of the form in 8-point type has about 5,000."""
MAX_FILLS = 5_000
"""Filled areas remembered per page (a real page has a few dozen shaded cells)."""
WHITE = 245
"""A colour whose red, green and blue are all at least this (of 255) counts as white."""
SMALLEST = 1.5
"""Text in a font smaller than this (in points, as drawn) cannot be read on the page."""


@dataclass
class Hidden:
    """Text left out because a reader cannot see it (characters, and the first page), and
    slanted text, as a watermark (``CONCEPT`` across the page) is: not part of the form."""

    chars: int = 0
    page: int = 0
    slanted: int = 0
    slanted_page: int = 0


@dataclass(frozen=True)
class _Seen:
    """What decides whether text on a page can be seen: the areas filled in a colour, the
    page's visible area (its crop box), and the tally of what was left out."""

    fills: list[Box]
    view: tuple[float, ...]
    hidden: Hidden
    slanted: bool = False
    """The page has slanted text: it is read in one pass, and that text left out."""
    doubtful: bool = True
    """The page may have text that cannot be seen (:func:`_doubtful`): each run is looked
    at; on a page without, only whether it lies in view."""


def _view(page: Any) -> tuple[float, ...]:
    """The part of the page a reader sees (its crop box, inherited boxes resolved)."""
    import pypdfium2.raw as pdfium_c

    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, rect):
        return ()
    return (rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top))


def _visible(text: Any, box: Box, seen: _Seen, anchor: int = -1) -> bool:
    """Whether the text in ``box`` can be seen on the page: not drawn invisibly (render
    mode 3, or 7: clipping only), not fully transparent, not white where nothing coloured
    lies under it, not in a font smaller than :data:`SMALLEST`, and not outside the crop
    box. One character stands for the run (one text object): ``anchor``, or where that is
    not known, the character at the box's middle."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = box
    x, y = (left + right) / 2, (bottom + top) / 2
    if len(seen.view) == 4:
        v_left, v_bottom, v_right, v_top = seen.view
        if right < v_left or left > v_right or top < v_bottom or bottom > v_top:
            return False
    if not seen.doubtful:
        return True
    index = (
        anchor
        if anchor >= 0
        else pdfium_c.FPDFText_GetCharIndexAtPos(
            text.raw, x, y, (right - left) / 2, (top - bottom) / 2
        )
    )  # a run read in one pass knows a character of its own: no search over the page
    if index < 0:
        return True
    if _drawn_size(text, index, _matrix(text, index)) < SMALLEST:  # the size, not the
        return False  # box: a run of dots or underscores is a low box in a normal size
    obj = pdfium_c.FPDFText_GetTextObject(text.raw, index)
    if obj and pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in (3, 7):
        return False
    red, green, blue, alpha = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
    if pdfium_c.FPDFText_GetFillColor(text.raw, index, red, green, blue, alpha):
        if alpha.value == 0:
            return False
        if min(red.value, green.value, blue.value) >= WHITE:
            return any(f[0] <= x <= f[2] and f[1] <= y <= f[3] for f in seen.fills)
    return True


def _matrix(text: Any, index: int) -> tuple[float, float, float, float] | None:
    """The character's matrix (text matrix and page transformation) without its place."""
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(text.raw, index, matrix):
        return None
    return matrix.a, matrix.b, matrix.c, matrix.d


SLANT = 10.0
"""Degrees from level or upright beyond which text is slanted (a watermark, drawn at 30 to
60 degrees); text turned a quarter (a label up the side of a table) is read."""


def _slanted(matrix: tuple[float, float, float, float]) -> bool:
    a, b, _, _ = matrix
    angle = math.degrees(math.atan2(b, a)) % 90.0
    return SLANT < angle < 90.0 - SLANT


def _drawn_size(text: Any, index: int, matrix: tuple[float, float, float, float] | None) -> float:
    """The size of the character at ``index`` as drawn: the font's size scaled by its
    ``matrix`` (:func:`_matrix`). A printer may set every font in size 1 and scale it with
    the matrix (cairo does: Firefox on Linux, a GTK print dialog), so the font's own size
    says nothing alone."""
    import pypdfium2.raw as pdfium_c

    size = float(pdfium_c.FPDFText_GetFontSize(text.raw, index))
    return size if matrix is None else _scaled(size, matrix)


def _scaled(size: float, matrix: tuple[float, float, float, float]) -> float:
    """A font's ``size`` as ``matrix`` draws it (scaled by the square root of its area)."""
    a, b, c, d = matrix
    return size * math.sqrt(abs(a * d - b * c))


DENSE_RECTS = 1_500
"""Above this many runs of text on a page, its text is read in one pass over its
characters (:func:`_runs`): reading each run's text by its box costs time in proportion to
the page's characters for every run, which grows with the square of a page's content. A
page of the form has a few hundred runs."""


Cut = tuple[float, float, float]
"""A vertical line between cells of a table: x, bottom, top."""


def _cuts(cells: list[Cell]) -> list[Cut]:
    """The left and right sides of the cells, sorted by x; the sides of cells above each
    other on one line are one cut (a grid of many rows has few, whatever its rows)."""
    sides = sorted({(x, c.y0, c.y1) for c in cells for x in (c.x0, c.x1)})
    cuts: list[Cut] = []
    for x, bottom, top in sides:
        if cuts and cuts[-1][0] == x and bottom <= cuts[-1][2]:
            cuts[-1] = (x, cuts[-1][1], max(top, cuts[-1][2]))
        else:
            cuts.append((x, bottom, top))
    return cuts


def _cut_between(cuts: list[Cut], xs: list[float], left: float, right: float, y: float) -> bool:
    """Whether a cell's side stands between ``left`` and ``right`` at height ``y``."""
    start = bisect.bisect_right(xs, left)
    for x, bottom, top in cuts[start:]:
        if x >= right:
            return False
        if bottom <= y <= top:
            return True
    return False


Run = tuple[Box, str, int]
"""A run of text: its box, its text, and the index of one of its characters on the page
(-1 where not known: PDFium's own runs)."""


def _runs(
    text: Any,
    cuts: list[Cut] = [],  # noqa: B006 - read only
    slanted: tuple[Hidden, int] | None = None,
) -> Iterator[Run]:
    """The page's text as runs of characters with their box, in one pass: a run ends at a
    line break, where the next character belongs to another text object, where it does
    not follow on the same line, or where a side of a table's cell (``cuts``) stands
    between it and the character before (a printer may write a table's whole line as one
    piece of text: cairo does). Each run comes with the index of its first character that
    has a box, for :func:`_visible`. With ``slanted`` (the tally, and the page's number),
    the characters of slanted text objects (:func:`_slanted`) are left out and counted."""
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFText_CountChars(text.raw)
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(text.raw, 0, count, buffer)
    chars = ctypes.string_at(buffer, count * 2).decode("utf-16-le", "replace")
    chars = chars.replace("\ufffe", "\x02")  # a hyphen at a line's end, as in bounded text
    left, right = ctypes.c_double(), ctypes.c_double()
    bottom, top = ctypes.c_double(), ctypes.c_double()
    run: list[str] = []
    box: list[float] | None = None
    owner: int | None = None
    xs = [cut[0] for cut in cuts]
    middle: float | None = None  # of the character before, across
    anchor = -1
    slant: dict[int | None, bool] = {}  # per text object
    for index, char in enumerate(chars):
        if char in "\r\n":
            if run and box is not None:
                yield (box[0], box[1], box[2], box[3]), "".join(run), anchor
            run, box = [], None
            continue
        if not pdfium_c.FPDFText_GetCharBox(text.raw, index, left, right, bottom, top):
            run.append(char)
            continue
        here = [left.value, bottom.value, right.value, top.value]
        made_by = ctypes.cast(pdfium_c.FPDFText_GetTextObject(text.raw, index), ctypes.c_void_p)
        if slanted is not None:
            if made_by.value not in slant:
                matrix = _matrix(text, index)
                slant[made_by.value] = matrix is not None and _slanted(matrix)
            if slant[made_by.value]:
                tally, number = slanted
                tally.slanted += not char.isspace()
                tally.slanted_page = tally.slanted_page or number
                continue
        if box is not None and here[2] > here[0]:
            height = max(box[3] - box[1], here[3] - here[1], 1.0)
            apart = here[0] - box[2] > 2 * height or abs(here[1] - box[1]) > height / 2
            across = (here[0] + here[2]) / 2
            if not apart and cuts and middle is not None:
                y = (here[1] + here[3]) / 2
                apart = _cut_between(cuts, xs, middle, across, y)
            if apart or made_by.value != owner:  # as PDFium's runs: one text object each
                yield (box[0], box[1], box[2], box[3]), "".join(run), anchor
                run, box = [], None
        run.append(char)
        owner = made_by.value
        if here[2] > here[0]:
            middle = (here[0] + here[2]) / 2
            if box is None:
                anchor = index
            box = here if box is None else [
                min(box[0], here[0]), min(box[1], here[1]),
                max(box[2], here[2]), max(box[3], here[3]),
            ]  # fmt: skip
    if run and box is not None:
        yield (box[0], box[1], box[2], box[3]), "".join(run), anchor


def _page_items(
    page: Any,
    text: Any,
    number: int,
    edges: list[Edge],
    seen: _Seen | None = None,
    *,
    one_pass: bool = False,
    counted: int | None = None,
) -> list[Item]:
    """The page's lines and tables, in order from the top; ``counted`` is the number of
    runs of text on it, where the caller has counted them already. PDFium's runs of text
    are read by their boxes, except where that does not give each cell its own text: then
    the page is read in one pass over its characters, its runs cut at the sides of the
    cells (a run over several cells) or at wide gaps (a table drawn without lines), and
    where the page has slanted text (a watermark), which is left out character by
    character."""
    count = text.count_rects() if counted is None else counted
    tables = [rows_of(t) for t in group_tables(find_cells(edges))]
    cells = [cell for table in tables for row in table for cell in row if cell is not None]
    where = _CellIndex(cells)
    slanted = (seen.hidden, number) if seen is not None and seen.slanted else None

    def in_one_pass(cuts: list[Cut]) -> list[Run]:
        return _cleaned(_runs(text, cuts, slanted))

    if one_pass or count > DENSE_RECTS or slanted:
        runs, one_pass = in_one_pass(_cuts(cells)), True
    else:
        boxes = [text.get_rect(i) for i in range(count)]
        if _overlapping(boxes):
            runs, one_pass = in_one_pass(_cuts(cells)), True
        else:
            runs = _cleaned((box, _bounded(text, box), -1) for box in boxes)
            if any(_across(box, where) for box, _, _ in runs):
                runs, one_pass = in_one_pass(_cuts(cells)), True
    columns = not cells and bool(runs) and _columned(_line_groups([r[:2] for r in runs]))
    if columns and not one_pass:  # a table drawn without lines: PDFium joins a line's
        runs = in_one_pass([])  # cells into one run where they are alike
    if seen is not None:
        runs = [run for run in runs if _shown(text, run, seen, number)]
    in_cell: dict[Cell, list[tuple[Box, str]]] = {cell: [] for cell in cells}
    loose: list[tuple[Box, str]] = []
    for box, content, _ in runs:
        home = where.home(box)
        if home is None:
            loose.append((box, content))
        else:
            in_cell[home].append((box, content))
    items: list[Item] = [
        (-max(box[3] for box, _ in group), "pieces", group) for group in _line_groups(loose)
    ]
    if columns:
        items.append((-math.inf, "columns", None))  # for the document: its text keeps columns
    items += [
        (-max(c.y1 for row in t for c in row if c is not None), "table", (t, in_cell, number))
        for t in tables
    ]
    items.sort(key=lambda item: item[0])
    return items


def _cleaned(runs: Iterable[Run]) -> list[Run]:
    """The runs that hold text, each on one line. PDFium writes a hyphen at the end of a
    line as U+0002; joining the lines of a paragraph decides whether the word was broken
    there (``clean.join_broken``)."""
    out: list[Run] = []
    for box, found, anchor in runs:
        content = found.replace("\r", "").replace("\n", " ").replace("\x02", "-")
        content = _SWAPPED.sub(lambda m: chr(ord(m[0]) >> 8), content)
        if content.strip():
            out.append((box, content, anchor))
    return out


_SWAPPED = re.compile(
    "[" + "".join(chr(letter << 8) for letter in (*range(0x41, 0x5B), *range(0x61, 0x7B))) + "]"
)
"""Letters whose two bytes a PDF writer swapped: Ghostscript writes the Unicode of a
ligature (``fi``) byte-swapped, so that it reads as ideographs (``昀椀``, U+6600 U+6900).
Only the ideographs U+XX00 whose first byte is a letter are turned back (a form in Dutch
has no Chinese)."""


def _shown(text: Any, run: Run, seen: _Seen, number: int) -> bool:
    """Whether a run can be seen (:func:`_visible`); what cannot is counted as hidden."""
    box, content, anchor = run
    if _visible(text, box, seen, anchor):
        return True
    seen.hidden.chars += len(content.strip())
    seen.hidden.page = seen.hidden.page or number
    return False


def _overlapping(boxes: list[Box]) -> bool:
    """Whether a run of text begins inside the one before on its line. PDFium's text of a
    rectangle takes in every character whose box meets it, so such neighbours would give
    their letters twice: a ligature (``fi``) or a space that cairo or Ghostscript place
    over the end of the run before (``inhoudelijke, fi`` ``fi`` ``nanciële``)."""
    for before, box in pairwise(boxes):
        same_line = abs(box[1] + box[3] - before[1] - before[3]) < 0.8 * max(box[3] - box[1], 1.0)
        if same_line and before[0] < box[0] < before[2]:
            return True
    return False


ACROSS = 2.0
"""Points a run of text may stand out of its cell (a letter's side bearing)."""


def _across(box: Box, where: _CellIndex) -> bool:
    """Whether a run of text reaches over the side of the cell it stands in, into the next."""
    home = where.home(box)
    return home is not None and (box[0] < home.x0 - ACROSS or box[2] > home.x1 + ACROSS)


def _emit(builder: Builder, items: list[Item], number: int, furniture: set[str]) -> None:
    """The lines and tables of one page into the document, less its running head and
    footer, with a blank line where the gap between two lines shows a new paragraph."""
    lines = [i for i, item in enumerate(items) if item[1] == "line"]
    skip = {i for i in (lines[:1] + lines[-1:]) if _furniture_key(items[i][2][1]) in furniture}
    items = [item for i, item in enumerate(items) if i not in skip]
    line_number = 0
    previous_bottom: float | None = None
    previous_height = 0.0
    for _, kind, item in items:
        if kind == "table":
            table, in_cell, _ = item
            rows: list[list[tuple[str, SourceRef]]] = []
            table_number = len(builder.doc.tables) + 1
            for r, row in enumerate(table, start=1):
                rows.append(
                    [
                        (
                            _cell_text(_lines(in_cell[cell]), cell) if cell is not None else "",
                            SourceRef(number, None, "line", table_number, r, c),
                        )
                        for c, cell in enumerate(row, start=1)
                    ]
                )
            builder.table(rows)
            previous_bottom = min(c.y0 for row in table for c in row if c is not None)
            continue
        box, content = item
        height = box[3] - box[1]
        if previous_bottom is not None and previous_bottom - box[3] > 0.8 * max(
            height, previous_height
        ):
            line_number += 1
            builder.line("", SourceRef(number, line_number))
        line_number += 1
        builder.line(content.rstrip(), SourceRef(number, line_number))
        previous_bottom = box[1]
        previous_height = height
