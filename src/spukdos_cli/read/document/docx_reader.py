"""A Word document (.docx) -> lines and tables, in the order of the document's body.

The package is read directly (``zipfile`` and the standard library's XML parser, which
``python-docx`` also sits on, without its object per paragraph, run and cell: four times
faster on a whole form). The main part is the one the package's relationships name as the
office document, whatever its name. Paragraphs are numbered (the ``paragraph`` unit of
:class:`~spukdos_cli.positions.SourceRef`); table cells carry their table, row and column,
each cell in the column of the table's grid it begins in (a cell merged across columns or
down leaves empty cells in its place, so that columns stay in place). Paragraphs and tables
inside content controls (``w:sdt``, common in forms) are read as the body's own. Tracked
changes are read as accepted, text formatted as hidden is left out (Word neither shows
nor prints it), a text box is read once (not again from its copy for old programs), and a
document saved as "Strict Open XML" as any other.

Before any of it is parsed, the package is checked: a zip that would unpack to far more
than any application (a "zip bomb"), a main part larger than any form, an old or encrypted
Word file, and XML with a document type declaration (the door to entity expansion) are
refused with a clear reason.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.kinds import OLE_MAGIC
from spukdos_cli.read.document.lines import Builder, Document

MAX_UNPACKED = 64 * 1024 * 1024
"""64 MiB unpacked: a 40-page application with pictures is a few MiB."""
MAX_BODY = 16 * 1024 * 1024
"""The document's text (its main part) unpacked: a 40-page application has about 1 MiB;
the XML is read whole, so this bounds the memory it takes."""
MAX_ENTRIES = 2000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
"""The same elements' namespace in a document Word saves as "Strict Open XML"."""
_OFFICE_DOCUMENT = "/officeDocument"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CONTAINERS = frozenset(
    f"{W}{name}"
    for name in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink")
)
"""Elements that wrap paragraphs or tables (or runs) and are read through."""
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_UNSEEN = frozenset((f"{W}del", f"{W}moveFrom", f"{MC}Fallback"))
"""Elements whose content a reader of the document does not see as its text: a tracked
deletion, the old place of moved text (changes not yet accepted), and the copy for old
programs of a text box or drawing (``mc:Fallback``; its ``mc:Choice`` is read)."""


def _seen(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """``element`` and what it holds, in document order, less :data:`_UNSEEN` parts and
    runs formatted as hidden text (Word neither shows nor prints them). The parts to leave
    out are looked for first (the parser's own search), so that a paragraph without any
    is read in one plain walk."""
    marks = [part for tag in _UNSEEN for part in element.iter(tag)]
    if next(element.iter(f"{W}vanish"), None) is not None:
        marks += [run for run in element.iter(f"{W}r") if _hidden(run)]
    if not marks:
        yield from element.iter()
        return
    left_out = {id(inner) for mark in marks for inner in mark.iter()}
    yield from (inner for inner in element.iter() if id(inner) not in left_out)


def _hidden(run: ElementTree.Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val", "true") not in ("0", "false", "off")


def _safe_xml(data: bytes) -> ElementTree.Element:
    """Parse XML that declares no document type (no entities to expand, none to fetch)."""
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise DocumentError("doc_corrupt")
    return ElementTree.fromstring(data)


def _main_part(package: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> zipfile.ZipInfo:
    """The part the package's relationships name as the office document (usually
    ``word/document.xml``)."""
    names = {info.filename: info for info in infos}
    target = "word/document.xml"
    rels = names.get("_rels/.rels")
    if rels is not None and rels.file_size <= 1024 * 1024:
        for relation in _safe_xml(package.read(rels)).iter(_RELS):
            if relation.get("Type", "").endswith(_OFFICE_DOCUMENT):
                target = posixpath.normpath(relation.get("Target", target).lstrip("/"))
                break
    main = names.get(target)
    if main is None:
        raise DocumentError("doc_corrupt")
    return main


def _body(raw: bytes) -> bytes:
    """The main part's XML, after the package's checks."""
    if raw.startswith(OLE_MAGIC):
        raise DocumentError("doc_encrypted_or_old")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            infos = package.infolist()
            if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED:
                raise DocumentError("doc_too_large")
            main = _main_part(package, infos)
            if main.file_size > MAX_BODY:
                raise DocumentError("doc_too_large")
            with package.open(main) as stream:
                data = stream.read(MAX_BODY + 1)
            if len(data) > MAX_BODY:  # the size in the directory lied
                raise DocumentError("doc_too_large")
            return data
    except DocumentError:
        raise
    except Exception:  # zipfile raises several kinds for a damaged package
        raise DocumentError("doc_corrupt") from None


def _text(paragraph: ElementTree.Element) -> str:
    """A paragraph's text as Word shows it: its runs' text, tabs, and line breaks."""
    parts: list[str] = []
    for element in _seen(paragraph):
        tag = element.tag
        if tag == f"{W}t":
            parts.append(element.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _blocks(parent: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The paragraphs and tables of ``parent`` in order, also those in content controls."""
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _cell_text(cell: ElementTree.Element) -> str:
    """A cell's paragraphs (those of a table inside it too), a blank line between them; a
    paragraph inside another's text box is read with the one that holds it."""
    return "\n\n".join(_text(p) for p in _paragraphs(cell))


def _paragraphs(parent: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The paragraphs of ``parent``, not those in a paragraph's text box (read with that
    paragraph) nor in :data:`_UNSEEN` parts; without text boxes, every paragraph."""
    if next(parent.iter(f"{W}txbxContent"), None) is None:
        yield from parent.iter(f"{W}p")
        return
    for child in parent:
        if child.tag == f"{W}p":
            yield child
        elif child.tag not in _UNSEEN:
            yield from _paragraphs(child)


def _span(cell: ElementTree.Element) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    try:
        return max(1, min(MAX_SPAN, int(span.get(f"{W}val", "1")))) if span is not None else 1
    except ValueError:
        return 1


def _continues_down(cell: ElementTree.Element) -> bool:
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val", "continue") == "continue"


def _rows(table: ElementTree.Element, number: int) -> list[list[tuple[str, SourceRef]]]:
    rows: list[list[tuple[str, SourceRef]]] = []
    for r, row in enumerate(_children(table, f"{W}tr"), start=1):
        cells: list[tuple[str, SourceRef]] = []
        for cell in _children(row, f"{W}tc"):
            ref = SourceRef(None, None, "line", number, r, len(cells) + 1)
            text = "" if _continues_down(cell) else _cell_text(cell)
            cells.append((text, ref))
            for _ in range(_span(cell) - 1):  # merged across columns: its columns kept
                cells.append(("", SourceRef(None, None, "line", number, r, len(cells) + 1)))
        rows.append(cells)
    return rows


def _children(parent: ElementTree.Element, tag: str) -> Iterator[ElementTree.Element]:
    """The children of ``parent`` with ``tag`` (a table's rows, a row's cells), also those
    wrapped in a content control; not those of a table nested inside."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


MAX_COUNTS = {
    b"<w:p": (100_000, "doc_too_many_paragraphs"),
    b"<w:tr": (5_000, "doc_too_many_rows"),
    b"<w:tc": (50_000, "doc_too_many_cells"),
    b"<w:br": (100_000, "doc_too_many_breaks"),
}
"""Bounds checked on the main part's bytes before it is parsed: paragraphs, table rows,
table cells and line breaks. The seed's form, filled in, has about 700 paragraphs, 120
rows, 500 cells and a few dozen breaks; a document past a bound is refused with the
bound named, before the time and memory its parsing would take."""
MAX_SPAN = 63
"""The most columns a Word table can have: a cell spans at most this many."""
MAX_NESTING = 5
"""How deep tables inside table cells are read as tables of their own."""


_SPAN = re.compile(rb'<w:gridSpan\s+w:val="([0-9]{1,9})"')


def _counted(data: bytes) -> None:
    for tag, (bound, reason) in MAX_COUNTS.items():
        count = data.count(tag + b">") + data.count(tag + b" ") + data.count(tag + b"/")
        if tag == b"<w:tc":  # a cell merged across columns keeps its columns
            count += sum(min(int(m[1]), MAX_SPAN) - 1 for m in _SPAN.finditer(data) if m[1] != b"0")
        if count > bound:
            raise DocumentError(reason, str(count))


def read_docx(raw: bytes) -> Document:
    """The paragraphs and tables of a .docx; :class:`DocumentError` when it cannot be read."""
    data = _body(raw).replace(STRICT, W[1:-1].encode())  # Word's "Strict Open XML"
    _counted(data)
    try:
        root = _safe_xml(data)
    except DocumentError:
        raise
    except Exception as err:  # a damaged XML part
        raise DocumentError("doc_corrupt", type(err).__name__) from None
    body = root.find(f"{W}body")
    if body is None:
        raise DocumentError("doc_corrupt")
    reader = _Reader()
    reader.blocks(body, 0)
    return reader.builder.doc


class _Reader:
    def __init__(self) -> None:
        self.builder = Builder("docx")
        self.paragraphs = 0
        self.tables = 0

    def blocks(self, parent: ElementTree.Element, depth: int) -> None:
        """The paragraphs and tables of ``parent``; a table that holds tables in its cells
        (a frame around part of the form) is read as the paragraphs and tables of its
        cells, row by row, so the form's tables inside it are tables here too."""
        builder = self.builder
        for block in _blocks(parent):
            if block.tag == f"{W}p":
                self.paragraphs += 1
                ref = SourceRef(None, self.paragraphs, "paragraph")
                # a line break within a paragraph keeps its line; a blank line after each
                # paragraph keeps the paragraphs apart, as in extracted text
                for part in [*_text(block).split("\n"), ""]:
                    if builder.line(part, ref) is None:
                        break
            elif depth < MAX_NESTING and _holds_tables(block):
                for row in _children(block, f"{W}tr"):
                    for cell in _children(row, f"{W}tc"):
                        if not _continues_down(cell):
                            self.blocks(cell, depth + 1)
            else:
                self.tables += 1
                builder.table(_rows(block, self.tables))
            if builder.full:
                return


def _holds_tables(table: ElementTree.Element) -> bool:
    return any(True for _ in table.iter(f"{W}tbl") if _ is not table)
