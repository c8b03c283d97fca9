"""The form's edition as data: its headings, questions and tables in the order of the form.

An edition is a JSON file in ``form/editions/`` (``businesscase-2025.json`` for the 2025
format, quoted word for word from "Businesscase Experimenten domeinoverstijgend samenwerken
(SPUK DOS) 2025", Ministry of VWS / DUS-I). Another year's form is another file, not other
code. The importer recognises each element by its text and each table by its header and
its first-column labels (:mod:`spukdos_cli.read.document.landmarks`); ``spukdos export``
writes the same texts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Element:
    """One element of the form: a heading, a question, a text of the form's own, or a
    table. ``text`` is how the form writes it; ``spellings`` are other ways it is written;
    ``more`` is the form's explanation that follows it (not the applicant's)."""

    key: str
    kind: str
    text: str = ""
    spellings: tuple[str, ...] = ()
    more: tuple[str, ...] = ()
    level: int = 0
    answer: str = ""
    table: str = ""
    total: str = ""

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.text, *self.spellings) if self.text else self.spellings


@dataclass(frozen=True)
class TableSpec:
    """One of the form's tables: the texts of its header cells (per column, the ways a
    column is headed), the labels of its rows, and the labels of its total rows."""

    kind: str
    header: tuple[tuple[str, ...], ...]
    rows: tuple[str, ...] = ()
    totals: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Edition:
    year: int
    title: str
    source: str
    elements: tuple[Element, ...]
    tables: dict[str, TableSpec]

    def element(self, key: str) -> Element:
        return next(e for e in self.elements if e.key == key)

    def index(self, key: str) -> int:
        return next(i for i, e in enumerate(self.elements) if e.key == key)


def _element(raw: dict[str, Any]) -> Element:
    return Element(
        key=raw["key"],
        kind=raw["kind"],
        text=raw.get("text", ""),
        spellings=tuple(raw.get("spellings", ())),
        more=tuple(raw.get("more", ())),
        level=raw.get("level", 0),
        answer=raw.get("answer", ""),
        table=raw.get("table", ""),
        total=raw.get("total", ""),
    )


def _table(kind: str, raw: dict[str, Any]) -> TableSpec:
    return TableSpec(
        kind=kind,
        header=tuple(tuple(column) for column in raw.get("header", ())),
        rows=tuple(raw.get("rows", ())),
        totals=tuple((name, tuple(labels)) for name, labels in raw.get("totals", {}).items()),
    )


@cache
def edition(year: int = 2025) -> Edition:
    """The form of ``year`` (only 2025 is known; other years read with its elements)."""
    del year  # one edition so far: every year's form is read as 2025's
    text = (
        resources.files("spukdos_cli.form")
        .joinpath("editions", "businesscase-2025.json")
        .read_text(encoding="utf-8")
    )
    raw = json.loads(text)
    return Edition(
        year=raw["edition"],
        title=raw["title"],
        source=raw["source"],
        elements=tuple(_element(e) for e in raw["elements"]),
        tables={kind: _table(kind, spec) for kind, spec in raw["tables"].items()},
    )
