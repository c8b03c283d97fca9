"""Plain text extracted from a filled-in format (``.txt`` or standard input): every line
with its line number; a form feed (``\\f``, as ``pdftotext`` writes between pages) starts
a new page, and lines are then also numbered per page."""

from __future__ import annotations

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.lines import Builder, Document


def read_text(text: str) -> Document:
    """The lines of ``text``; pages where the text has form feeds."""
    builder = Builder("txt")
    paged = "\f" in text
    page = 1
    line_on_page = 0
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if rows and not rows[-1]:
        rows.pop()
    for number, raw in enumerate(rows, start=1):
        parts = raw.split("\f")
        for i, part in enumerate(parts):
            if i:
                page += 1
                line_on_page = 0
            if i and not part:
                continue
            line_on_page += 1
            ref = SourceRef(page, line_on_page) if paged else SourceRef(None, number)
            if builder.line(part, ref) is None:
                return builder.doc
    return builder.doc
