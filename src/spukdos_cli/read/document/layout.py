"""The form's tables from text that keeps the page's columns (``pdftotext -layout``).

Such text has no cells, but each column of a table starts at the same character position on
every line. The form's own header row says where: ``Kostenpost``, ``Korte beschrijving``,
``Wie voert``, ``Kosten`` stand at the starts of the four columns of a cost table. Each word of
the lines below goes to the column it starts in; a row begins where the table's rows begin
(its value column filled, a label of the form, a new text in every column), and the lines
up to the next row are that row's. The result is a :class:`~.lines.Table` like a Word or PDF
table, read by the same code, and its figures are checked as every flattened table's are.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spukdos_cli.form.edition import TableSpec
from spukdos_cli.read.document.lines import Cell, Line, Table
from spukdos_cli.read.document.numbers import find_amounts
from spukdos_cli.read.document.search import normalize

_WORD = re.compile(r"\S+")
_GAP = re.compile(r"\S(?:\S| (?! ))*")
TOLERANCE = 2
"""Characters a word may start left of its column's start and still belong to it."""


def is_layout(lines: list[Line]) -> bool:
    """True when the text keeps the page's columns: many lines have a wide gap inside."""
    wide = [ln for ln in lines if re.search(r"\S {3,}\S", ln.text)]
    filled = [ln for ln in lines if ln.text.strip()]
    return bool(filled) and len(wide) >= max(5, 0.08 * len(filled))


@dataclass(frozen=True)
class _Columns:
    starts: list[int]
    header_lines: int
    """How many lines, from the first, are the header (a header cell wraps over lines)."""


def _find(text: str, word: str, after: int) -> int | None:
    """Where ``word`` begins a word of ``text`` at or after ``after`` (case ignored)."""
    match = re.search(rf"(?<!\S){re.escape(word)}", text[after:], re.I)
    return after + match.start() if match else None


def _header_columns(lines: list[Line], spec: TableSpec) -> _Columns | None:
    """The column starts from the header: the first word of each column's header, left to
    right, on one of the first lines."""
    for index, line in enumerate(lines[:6]):
        starts: list[int] = []
        after = 0
        for column in spec.header:
            found = [  # the first word, or its first letters (a narrow cell breaks it)
                x
                for x in (_find(line.text, text.split()[0][:8], after) for text in column)
                if x is not None
            ]
            if not found:
                break
            starts.append(min(found))
            after = starts[-1] + 1
        if len(starts) == len(spec.header) and (len(starts) == 1 or starts[-1] > starts[0]):
            return _Columns(starts, index + 1)
    return None


def _first_position(lines: list[Line], pattern: re.Pattern[str], minimum: int) -> int | None:
    for line in lines:
        for match in pattern.finditer(line.text):
            if match.start() >= minimum:
                return match.start()
    return None


_AMOUNT_START = re.compile(r"(?<!\S)(?:\+/\+|-/-)?\s*(?:€|EUR\b)|(?<!\S)[0-9][0-9.]*,[0-9-]{2}\b")


def columns(lines: list[Line], spec: TableSpec, kind: str) -> _Columns | None:
    """The column starts of the form's table ``kind`` in ``lines`` (from its header line)."""
    found = _header_columns(lines, spec)
    if found is None:
        return None
    starts = list(found.starts)
    body = lines[found.header_lines :]
    if kind == "contact":  # the role labels stand left of the first header
        starts = [0, *starts]
    elif kind == "benefits":  # the labels (A), (B), (C) have no header of their own
        label = _first_position(body, re.compile(r"\([ABC]\)"), starts[0] + 4)
        if label is None or label >= starts[1]:
            return None
        starts = [starts[0], label, *starts[1:]]
    elif kind in ("effect", "partners"):
        value = _first_position(body, _AMOUNT_START, 20)
        if value is None:
            return None
        starts = [0, value] if kind == "partners" else [0, *_effect_label(body, value), value]
    return _Columns(sorted(set(starts)), found.header_lines)


def _effect_label(body: list[Line], value: int) -> list[int]:
    """The effect table's second label column (``Initiële projectkosten`` beside
    ``Kosten``), when it has one."""
    for line in body:
        for match in _WORD.finditer(line.text):
            if 4 < match.start() < value - 4 and line.text[: match.start()].strip():
                return [match.start()]
    return []


def _split(text: str, starts: list[int]) -> list[str]:
    """The words of one line, each in the column it starts in."""
    cells = [""] * len(starts)
    for match in _WORD.finditer(text):
        position = match.start()
        column = 0
        for i, start in enumerate(starts):
            if position >= start - TOLERANCE:
                column = i
        cells[column] = f"{cells[column]} {match.group()}".strip()
    return cells


RowStart = Callable[[list[str], list[str] | None], bool]


def _value_row(value: int) -> RowStart:
    def starts(cells: list[str], previous: list[str] | None) -> bool:
        filled = bool(re.search(r"[0-9€]", cells[value]))
        broken = previous is not None and previous[value].strip() in ("€", "EUR")
        return filled and not broken

    return starts


def _label_or_value(label: int, value: int) -> RowStart:
    labels = re.compile(r"^(\([ABC]\)|Verwachte totale|Overige|Besparing)")

    def starts(cells: list[str], previous: list[str] | None) -> bool:
        return bool(labels.match(cells[label]) or labels.match(cells[0])) or _value_row(value)(
            cells, previous
        )

    return starts


def _new_texts(cells: list[str], previous: list[str] | None) -> bool:
    """Every column begins a new text (a capital or a digit) on this line."""
    filled = [c for c in cells if c.strip()]
    return len(filled) == len(cells) and all(c[:1].isupper() or c[:1].isdigit() for c in filled)


def _contact_row(cells: list[str], previous: list[str] | None) -> bool:
    return bool(cells[0].strip()) or (bool(cells[1].strip()) and "@" in cells[3])


def row_start(kind: str, width: int) -> RowStart:
    if kind == "costs":
        return _value_row(width - 1)
    if kind in ("partners", "effect"):
        return _value_row(width - 1)
    if kind == "benefits":
        return _label_or_value(1, 2)
    if kind == "contact":
        return _contact_row
    return _new_texts


def layout_table(lines: list[Line], spec: TableSpec, kind: str) -> Table | None:
    """The table of the form's ``kind`` from ``-layout`` text, or None when its header or
    columns cannot be found."""
    found = columns(lines, spec, kind)
    if found is None or not lines:
        return None
    starts = found.starts
    header = _merge([_split(ln.text, starts) for ln in lines[: found.header_lines]])
    header_line = lines[0]
    rows: list[list[tuple[list[str], Line]]] = []
    is_start = row_start(kind, len(starts))
    previous: list[str] | None = None
    for line in lines[found.header_lines :]:
        if not line.text.strip():
            continue
        cells = _split(line.text, starts)
        if _header_rest(cells, spec):
            continue
        if not rows or is_start(cells, previous):
            rows.append([])
        rows[-1].append((cells, line))
        previous = cells
    table_rows = [tuple(_cells(header, header_line))]
    for row in rows:
        merged = _merge([cells for cells, _ in row])
        table_rows.append(tuple(_cells(merged, row[0][1])))
    return Table(tuple(table_rows), lines[0].seq - 1, lines[-1].seq)


def _header_rest(cells: list[str], spec: TableSpec) -> bool:
    """A line that only goes on with the header's words (a header cell wrapped)."""
    text = normalize(" ".join(c for c in cells if c))
    header = normalize(" ".join(t for column in spec.header for t in column))
    return bool(text) and text in header and not find_amounts(" ".join(cells))


def _merge(rows: list[list[str]]) -> list[str]:
    width = max((len(r) for r in rows), default=0)
    out = []
    for column in range(width):
        parts = [r[column] for r in rows if column < len(r) and r[column]]
        out.append("\n".join(parts))
    return out


def _cells(texts: list[str], line: Line) -> list[Cell]:
    return [Cell(text, line.ref, line.seq) for text in texts]
