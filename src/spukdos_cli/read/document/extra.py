"""The appendix ``spukdos export`` writes for what the form has no place for, read back.

The export ends with a heading :data:`HEADING` and a two-column table whose header row is
:data:`HEADER` (``Gegeven | Waarde``): one row per value, the value's data path in the file's
own spelling (``kosten.uitvoering[2].domein``) and the value as the file would have it
(``wmo``, ``2025-01-31``, ``ja``, ``1250.00``, a text with its line breaks). The table is
plain visible text, so it survives editing and saving in Word or LibreOffice and printing
to PDF. :func:`read_extra` finds it in a document reduced to lines and tables
(:mod:`.lines`) and gives each path with its raw text; turning the texts into values is
the parser's job.

A PDF breaks the table over pages: each page repeats the header row (skipped here), and a
value too long for a page goes on in a row whose first cell is empty (joined to the value
before it with a line break). A path that is not one of the model's values (a wrong
spelling, an index beyond the file's limit, a block instead of a value, a scenario change
that names no input a scenario can change) is skipped with the rows that continue it,
never guessed; so is a path given twice with different values. Pure: no python-docx, no
PDFium.

Text from a PDF has the line breaks of its narrow cell, not the file's: compare such a text
with its spaces and line breaks left out.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from spukdos_cli.form.edition import edition
from spukdos_cli.form.model import Businesscase, fields_of
from spukdos_cli.positions import DataPath
from spukdos_cli.read.document.lines import Cell, Document, Line, Table

HEADING = edition().element("h_spukdos_bijlage").text
"""The heading above the appendix table (``Bijlage: aanvullende gegevens (spukdos)``); the
edition lists it last, so that the form's last answer ends there."""

HEADER = ("Gegeven", "Waarde")
"""The appendix table's header row (repeated on every page)."""

MAX_ITEMS = 200
"""An index is below the number of items a list of the file may have (the YAML reader's
limit, :data:`spukdos_cli.read.yamltree.MAX_ITEMS`; not imported, which would load yaml)."""

MAX_PATH = 300
"""Characters of a path: the longest the model has is under 100."""

_SYNTAX = re.compile(r"[a-z_][a-z0-9_]*(?:\[(?:0|[1-9][0-9]*)\]|\.[a-z_][a-z0-9_]*)*")
"""A data path as :func:`spukdos_cli.positions.format_path` writes it."""
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_INDEX = re.compile(r"\[(0|[1-9][0-9]*)\]")


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unwrap(kind: Any) -> Any:
    """``X | None`` and ``Annotated[X, ...]`` -> ``X``."""
    while True:
        origin = get_origin(kind)
        if origin is Annotated:
            kind = get_args(kind)[0]
        elif origin is Union or origin is types.UnionType:
            others = [arg for arg in get_args(kind) if arg is not type(None)]
            if len(others) != 1:
                return kind
            kind = others[0]
        else:
            return kind


def _value_path(kind: Any, rest: str, done: DataPath, keys: str | None) -> DataPath | None:
    """The path ``done`` + what ``rest`` spells below a value of type ``kind``, if that
    ends at a value of the model (not at a block or list of values). ``keys``: the pattern
    a key of a mapping must match (a scenario's changes name an input by its data path)."""
    kind = _unwrap(kind)
    origin = get_origin(kind)
    if origin is tuple:
        match = _INDEX.match(rest)
        if match is None or int(match[1]) >= MAX_ITEMS:
            return None
        path = (*done, int(match[1]))
        return _value_path(get_args(kind)[0], rest[match.end() :], path, None)
    if origin is dict:  # the rest is one key
        key = rest[1:]
        named = rest[:1] == "." and _SYNTAX.fullmatch(key) is not None
        return (*done, key) if named and (keys is None or re.search(keys, key)) else None
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _field_path(kind, rest[1:], done) if rest[:1] == "." else None
    return done if not rest else None


def _key_pattern(field: FieldInfo) -> str | None:
    """The pattern the model gives the keys of a mapping (JSON Schema ``propertyNames``)."""
    extra = field.json_schema_extra
    names = extra.get("propertyNames") if isinstance(extra, dict) else None
    pattern = names.get("pattern") if isinstance(names, dict) else None
    return pattern if isinstance(pattern, str) else None


def _field_path(model: type[BaseModel], rest: str, done: DataPath) -> DataPath | None:
    match = _NAME.match(rest)
    field = fields_of(model).get(match[0]) if match else None
    if match is None or field is None:
        return None
    path = (*done, match[0])
    return _value_path(field.annotation, rest[match.end() :], path, _key_pattern(field))


def parse_path(text: str) -> DataPath | None:
    """``kosten.uitvoering[2].domein`` -> ``("kosten", "uitvoering", 2, "domein")``, or
    None when it is not the path of one value of the model (spaces are left out first:
    a narrow cell of a PDF breaks a long path over lines)."""
    spelled = "".join(text.split())
    if len(spelled) > MAX_PATH or not _SYNTAX.fullmatch(spelled):
        return None
    return _field_path(Businesscase, spelled, ())


def _is_header(row: tuple[Cell, ...]) -> bool:
    return tuple(_plain(cell.text) for cell in row) == tuple(_plain(h) for h in HEADER)


def _heading_index(doc: Document) -> int | None:
    wanted = _plain(HEADING)
    return next((i for i, line in enumerate(doc.lines) if _plain(line.text) == wanted), None)


def _adjoins(doc: Document, before: Table, after: Table) -> bool:
    """No text outside tables stands between two tables (a table broken over pages)."""
    between = doc.lines[before.last_line : after.first_line]
    return all(line.table is not None or not line.text.strip() for line in between)


def appendix_tables(doc: Document) -> list[Table]:
    """The pieces of the appendix table, in order: from the first table after the heading
    (anywhere, if the heading was taken out) that begins with the header row, each later
    table that begins with it too or directly follows the piece before it."""
    start = _heading_index(doc) or 0
    pieces: list[Table] = []
    for table in doc.tables:
        if table.first_line < start or not table.rows:
            continue
        if _is_header(table.rows[0]) or (pieces and _adjoins(doc, pieces[-1], table)):
            pieces.append(table)
        elif pieces:
            break
    return pieces


@dataclass
class _Value:
    path: DataPath
    text: str
    line: Line


def _values(pieces: list[Table]) -> list[_Value]:
    """Each row's value, with the rows that continue it (first cell empty) joined on. A row
    that cannot be read ends the value before it: its continuation is not joined to that."""
    found: list[_Value] = []
    current: _Value | None = None
    for row in (row for table in pieces for row in table.rows):
        if _is_header(row):
            continue
        if len(row) != 2:
            current = None
            continue
        name, value = row
        if not name.text.strip():
            if current is not None and value.text.strip():
                current.text += "\n" + value.text
            continue
        path = parse_path(name.text)
        current = None if path is None else _Value(path, value.text, _line(value))
        if current is not None:
            found.append(current)
    return found


def _line(cell: Cell) -> Line:
    return Line(cell.text, cell.ref, cell.seq)


def read_extra(doc: Document) -> list[tuple[DataPath, str, Line]]:
    """The values of the appendix of ``doc``: each value's data path, its text as written,
    and the line (cell) where it begins; in the order of the table. Empty when the document
    has no appendix. A path given twice with the same text is given once; with different
    texts it is left out (which one would be a guess)."""
    found = _values(appendix_tables(doc))
    texts: dict[DataPath, set[str]] = {}
    for value in found:
        texts.setdefault(value.path, set()).add(value.text)
    out: list[tuple[DataPath, str, Line]] = []
    for value in found:
        if len(texts.pop(value.path, ())) == 1:
            out.append((value.path, value.text, value.line))
    return out
