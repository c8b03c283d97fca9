"""Where things stand in a file: positions, data paths, and the map between them.

A :class:`Position` is a 1-based line and column; a data path names a value the way the
file nests it (``("kosten", "uitvoering", 2, "bedrag")``, shown as
``kosten.uitvoering[2].bedrag``). The reader records both for every value in a
:class:`SourceMap`, so that checks, traces and reports can point at the file without
reading it again, and without depending on the YAML reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DataPath = tuple[str | int, ...]


def format_path(path: DataPath) -> str:
    """``("kosten", "uitvoering", 2, "bedrag")`` -> ``kosten.uitvoering[2].bedrag``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class SourceRef:
    """Where a value stood in an imported document (``spukdos import``, or ``check`` and
    ``batch`` of a .docx, .pdf or .txt): a page and line, or a table's row and column.

    ``unit`` says what ``line`` counts: ``line`` (a line of text, on ``page`` where the
    document has pages) or ``paragraph`` (a paragraph of a Word document). ``table``,
    ``row`` and ``col`` (1-based) are set for a value read from a table cell.
    """

    page: int | None = None
    line: int | None = None
    unit: str = "line"
    table: int | None = None
    row: int | None = None
    col: int | None = None


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in the source file.

    For a YAML file that is all. For an imported document ``line`` counts the lines of
    the text read from it (so findings keep their order) and ``source`` says where in
    the document itself the value stood (page and line, or table cell).
    """

    line: int
    col: int
    source: SourceRef | None = None


START = Position(1, 1)


@dataclass
class SourceMap:
    """Where each value (and each mapping key) stands in the file."""

    values: dict[DataPath, Position] = field(default_factory=dict)
    keys: dict[DataPath, Position] = field(default_factory=dict)

    def locate(self, path: DataPath, *, prefer_key: bool = False) -> Position:
        """The position of ``path``, or of its nearest ancestor that has one."""
        probe = tuple(path)
        while True:
            if prefer_key and probe in self.keys:
                return self.keys[probe]
            if probe in self.values:
                return self.values[probe]
            if not probe:
                return Position(1, 1)
            probe = probe[:-1]
