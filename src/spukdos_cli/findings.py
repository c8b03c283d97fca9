"""Findings: what spukdos has to say about a file, as plain immutable values.

A finding never holds rendered prose. It holds a stable code, a severity, a position
(line and column in the file, and the data path such as ``kosten.uitvoering[2].bedrag``)
and the parameters of its message; :mod:`spukdos_cli.messages.catalogue` turns those into Dutch or
English text. Stated-versus-computed findings also carry the three amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from spukdos_cli.positions import DataPath, Position, SourceMap, format_path


@dataclass(frozen=True)
class Term:
    """A message parameter that is itself a catalogue term, translated when rendered."""

    key: str
    params: dict[str, ParamValue] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(self.key)


@dataclass(frozen=True)
class Quantity:
    """A number that is not money: shown with the language's decimal mark.

    ``kind`` is ``number`` (182,5), ``pct`` (80,00 %) or ``signed_pct`` (+25,00 %).
    """

    value: Decimal
    kind: str = "number"


@dataclass(frozen=True)
class Place:
    """A question of the form, as people read it: rendered in words ("partij 2 (Zorg &
    Zekerheid), contactpersoon 1: e-mail (regel 41)") while its data path stays for
    machines. ``names`` holds the name of each list item on the path (its organisatie,
    kostenpost, ...; "" where it has none); ``line`` is the line of the item in the file
    (None when nothing of it is in the file)."""

    path: DataPath
    names: tuple[str, ...] = ()
    line: int | None = None

    @property
    def dotted(self) -> str:
        return format_path(self.path)


@dataclass(frozen=True)
class Places:
    """Several questions as one message parameter (a list, cut after the first 20)."""

    items: tuple[Place, ...]


ParamValue = str | int | Decimal | Term | Quantity | Places


class Severity(StrEnum):
    """How much a finding matters: errors fail the check (exit 1)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One thing spukdos noticed. ``params`` fill the code's message template."""

    code: str
    severity: Severity
    path: DataPath
    position: Position
    params: dict[str, ParamValue] = field(default_factory=dict)
    stated: Decimal | None = None
    computed: Decimal | None = None

    @property
    def difference(self) -> Decimal | None:
        """Stated minus computed, for stated-versus-computed findings."""
        if self.stated is None or self.computed is None:
            return None
        return self.stated - self.computed

    @property
    def dotted_path(self) -> str:
        return format_path(self.path)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.position.line, self.position.col, self.code)


class Emit:
    """Builds findings with positions from the source map."""

    def __init__(self, source_map: SourceMap) -> None:
        self.source_map = source_map

    def __call__(
        self,
        code: str,
        severity: Severity,
        path: DataPath,
        *,
        at_key: bool = False,
        **params: ParamValue,
    ) -> Finding:
        """A finding at ``path`` (at its key with ``at_key``, e.g. for a whole section)."""
        position = self.source_map.locate(path, prefer_key=at_key)
        return Finding(code, severity, path, position, params)
