"""The shape every document is reduced to before it is read: numbered lines and tables.

A :class:`Line` is one line of text (from a text file or a PDF page) or one paragraph
(of a Word document), or one line of a table cell. Each knows where it stood
(:class:`~spukdos_cli.positions.SourceRef`) and, for a cell, which table it belongs to,
so that the parser can search the whole text for the form's questions and still read a
table by its cells where the document has real tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spukdos_cli.positions import SourceRef

MAX_TEXT_CHARS = 4 * 1024 * 1024
"""At most this much text is read from one document (as for a YAML file)."""
MAX_LINES = 100_000
"""At most this many lines are read from one document (the seed's form has about 2,000)."""


@dataclass(frozen=True)
class Line:
    """One line of the document's text. ``table`` is the index of the table it stands in
    (None outside tables); ``seq`` is its number in the whole text (1-based)."""

    text: str
    ref: SourceRef
    seq: int
    table: int | None = None


@dataclass(frozen=True)
class Cell:
    """One table cell: its text (lines joined by newlines) and where it stood."""

    text: str
    ref: SourceRef
    seq: int


@dataclass(frozen=True)
class Table:
    """A table of the document: rows of cells (merged cells appear once)."""

    rows: tuple[tuple[Cell, ...], ...]
    first_line: int
    """Index in :attr:`Document.lines` of the table's first line."""
    last_line: int
    """Index of the line after the table's last line."""


@dataclass
class Document:
    """A document reduced to lines and tables. ``kind`` is ``txt``, ``docx`` or ``pdf``."""

    kind: str
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    truncated: bool = False
    """True when the text was longer than :data:`MAX_TEXT_CHARS` (or :data:`MAX_LINES`)
    and was cut."""
    notes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """What a reader of the document should know about how it was read (a term key with
    its parameters): mixed encodings, invisible text left out."""
    columns: bool = False
    """True when lines were written in the page's columns, as ``pdftotext -layout`` writes
    them (a PDF's table drawn without lines), so that tables are rebuilt from them."""

    def add_line(self, text: str, ref: SourceRef, table: int | None = None) -> Line:
        line = Line(text, ref, len(self.lines) + 1, table)
        self.lines.append(line)
        return line


class Builder:
    """Builds a :class:`Document` within the size bound."""

    def __init__(self, kind: str) -> None:
        self.doc = Document(kind)
        self.chars = 0

    @property
    def full(self) -> bool:
        return self.doc.truncated

    def line(self, text: str, ref: SourceRef, table: int | None = None) -> Line | None:
        if self.doc.truncated:
            return None
        self.chars += len(text) + 1
        if self.chars > MAX_TEXT_CHARS or len(self.doc.lines) >= MAX_LINES:
            self.doc.truncated = True
            return None
        return self.doc.add_line(text, ref, table)

    def table(self, rows: list[list[tuple[str, SourceRef]]]) -> None:
        """Add a table: its cells' lines go into the text (row by row), and the table
        itself is kept with its cells."""
        index = len(self.doc.tables)
        first = len(self.doc.lines)
        cells: list[tuple[Cell, ...]] = []
        for row in rows:
            out: list[Cell] = []
            for text, ref in row:
                seq = len(self.doc.lines) + 1
                for part in text.split("\n") or [""]:
                    self.line(part, ref, index)
                out.append(Cell(text, ref, seq))
            cells.append(tuple(out))
            if self.full:
                break
        self.doc.tables.append(Table(tuple(cells), first, len(self.doc.lines)))
