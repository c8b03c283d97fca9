"""What importing a document gives: the data of the file format, and for every value
where it came from; for every value that could not be read, why."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spukdos_cli.positions import DataPath, SourceRef
from spukdos_cli.read.document.lines import Line


@dataclass(frozen=True)
class Origin:
    """Where an imported value came from, and how it was read.

    ``written`` is the text as the document had it, where the value differs from it
    (an amount, a date). ``note`` is a label key (``imp_note_*``) saying how the value
    was derived when it was not simply copied, with ``params`` for its placeholders.
    """

    ref: SourceRef
    seq: int
    written: str | None = None
    note: str | None = None
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class NotFound:
    """A value the import looked for and did not find, or found and could not read.

    ``reason`` is a label key (``imp_why_*``); ``seen`` is the text found, if any.
    """

    path: DataPath
    reason: str
    seen: str | None = None
    ref: SourceRef | None = None


@dataclass
class Imported:
    """The data read from one document (mappings, lists, texts as the YAML reader would
    give them) with the origin of every value, and what was not found."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[DataPath, Origin] = field(default_factory=dict)
    not_found: list[NotFound] = field(default_factory=list)
    sections: dict[str, Line] = field(default_factory=dict)
    """Where each part of the form begins (anchor key -> its first line)."""
    truncated: bool = False
    notes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """How the document was read, for finding D005 (see :attr:`Document.notes`)."""
    unplaced: list[Line] = field(default_factory=list)
    """Lines of text beside the form's tables that are neither the form's own text nor an
    answer to one of its questions: not imported, but listed, so nothing goes unseen."""

    @property
    def recognised(self) -> bool:
        """True when the document looks like the form: several of its questions found."""
        return len(self.sections) >= 3

    def put(self, path: DataPath, value: Any, line: Line | None, **how: Any) -> None:
        """Set ``value`` at ``path`` (creating sections and list items), with its origin."""
        node: Any = self.data
        for part, following in pairwise(path):
            empty: Any = [] if isinstance(following, int) else {}
            if isinstance(part, int):
                while len(node) <= part:
                    node.append({})
                if not node[part] and isinstance(empty, list):
                    node[part] = []
                node = node[part]
            else:
                node = node.setdefault(part, empty)
        last = path[-1]
        if isinstance(last, int):
            while len(node) <= last:
                node.append({})
            node[last] = value
        else:
            node[last] = value
        if line is not None:
            params = tuple((k, str(v)) for k, v in how.get("params", {}).items())
            self.origins[path] = Origin(
                line.ref, line.seq, how.get("written"), how.get("note"), params
            )

    def get(self, path: DataPath) -> Any:
        node: Any = self.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node

    def missing(
        self, path: DataPath, reason: str, seen: str | None = None, line: Line | None = None
    ) -> None:
        self.not_found.append(NotFound(path, reason, seen, line.ref if line else None))
