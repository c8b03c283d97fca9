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
        value = _last_value_start(body)
        if value is None:
            return None
        starts = [0, value] if kind == "partners" else [0, *_effect_label(body, spec, value), value]
    starts = sorted(set(starts))
    value = {"costs": len(starts) - 1, "benefits": 2}.get(kind)
    if value is not None and value < len(starts):
        starts[value] = _value_start(body, starts, value)
    return _Columns(starts, found.header_lines)


_VALUE = re.compile(r"(?<!\S)(?:\+/\+|-/-)?(?:€|EUR\b|[0-9])")


def _value_start(body: list[Line], starts: list[int], value: int) -> int:
    """A value column's start: its header's, or further left where its values begin (a
    column of amounts aligned to the right starts left of its header)."""
    header = starts[value]
    floor = starts[value - 1] + 4 if value > 0 else 0
    found = [
        m.start()
        for line in body
        for m in _VALUE.finditer(line.text)
        if floor < m.start() < header and header - m.start() <= 14
    ]
    return min([header, *found])


def _last_value_start(body: list[Line]) -> int | None:
    """Where the column of amounts begins: the leftmost start of an amount that ends its
    line (from the twentieth character on)."""
    starts = []
    for line in body:
        found = [a.start for a in find_amounts(line.text, unreadable=True) if a.start >= 20]
        found = [x + len(line.text[x:]) - len(line.text[x:].lstrip()) for x in found]
        bare = re.search(r"(?<!\S)[0-9][0-9.,]{2,}-?\s*$", line.text)
        if not found and bare is not None and bare.start() >= 20:
            found.append(bare.start())
        if found and "  " not in line.text[found[-1] :].strip():
            starts.append(found[-1])
    return min(starts) if starts else None


def _effect_label(body: list[Line], spec: TableSpec, value: int) -> list[int]:
    """The effect table's second label column (``Initiële projectkosten`` beside
    ``Kosten``): where the form's row labels begin, right of the first column."""
    found = [
        start
        for line in body
        for label in spec.rows
        if (start := line.text.find(label.split()[0])) > 4 and start < value - 4
    ]
    return [min(found)] if found else []


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


def _cost_row(width: int) -> RowStart:
    """A cost table's row begins where its amount does, or (a remark in the table) where a
    text begins in the first column alone, in a capital, after a line with nothing there."""
    value = _value_row(width - 1)

    def starts(cells: list[str], previous: list[str] | None) -> bool:
        alone = bool(cells[0]) and not any(cells[1:]) and cells[0][:1].isupper()
        return value(cells, previous) or (alone and previous is not None and not previous[0])

    return starts


def row_start(kind: str, width: int) -> RowStart:
    if kind == "costs":
        return _cost_row(width)
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
    in_header = True  # the header's own lines go on (a header cell wraps), or come again
    for line in lines[found.header_lines :]:
        if not line.text.strip():
            continue
        cells = _split(line.text, starts)
        if _header_columns([line], spec) is not None:
            in_header = True  # the header repeated on a new page
        if in_header and _header_rest(cells, spec):
            continue
        in_header = False
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
    header = normalize(" ".join(t for column in spec.header for t in column))
    filled = [normalize(c) for c in cells if normalize(c)]
    return bool(filled) and all(c in header for c in filled) and not find_amounts(" ".join(cells))


def _merge(rows: list[list[str]]) -> list[str]:
    width = max((len(r) for r in rows), default=0)
    out = []
    for column in range(width):
        parts = [r[column] for r in rows if column < len(r) and r[column]]
        out.append("\n".join(parts))
    return out


def _cells(texts: list[str], line: Line) -> list[Cell]:
    return [Cell(text, line.ref, line.seq) for text in texts]
