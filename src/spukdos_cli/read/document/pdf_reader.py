"""A PDF -> lines and tables, page by page (pdfplumber; imported here only, when a PDF is
read).

Tables drawn with lines are read cell by cell; the rest of a page is read as lines of
text, with a blank line where the gap between two lines shows a new paragraph. A page
number alone on a line is dropped later with the other lone numbers. A PDF without any
text (a scan) and a PDF that needs a password are refused with a clear reason.
"""

from __future__ import annotations

import io
from typing import Any

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.lines import Builder, Document

MAX_PAGES = 100
"""A businesscase is about 20 pages; a document of more is not one application."""


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def read_pdf(raw: bytes) -> Document:
    """The text and tables of a PDF; :class:`DocumentError` when it cannot be read."""
    if not raw.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError("doc_corrupt")
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - installed with spukdos
        raise DocumentError("doc_no_reader") from None
    builder = Builder("pdf")
    chars = 0
    images = 0
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise DocumentError("doc_too_many_pages", str(len(pdf.pages)))
            for number, page in enumerate(pdf.pages, start=1):
                chars += len(page.chars)
                images += len(page.images)
                _read_page(builder, page, number)
                page.close()
                if builder.full:
                    break
    except DocumentError:
        raise
    except PDFPasswordIncorrect:
        raise DocumentError("doc_encrypted") from None
    except Exception as err:  # pdfminer raises many kinds for a broken file
        name = type(err).__name__
        if "Password" in name or "Encrypt" in name:
            raise DocumentError("doc_encrypted") from None
        raise DocumentError("doc_corrupt", name) from None
    if chars == 0:
        raise DocumentError("doc_scanned" if images else "doc_no_text")
    return builder.doc


def _read_page(builder: Builder, page: Any, number: int) -> None:
    found = page.find_tables()
    boxes = [t.bbox for t in found]
    items: list[tuple[float, str, Any]] = []
    text_page = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    for line in text_page.extract_text_lines(return_chars=False):
        items.append((line["top"], "line", line))
    for table in found:
        items.append((table.bbox[1], "table", table))
    items.sort(key=lambda item: item[0])
    line_number = 0
    previous_bottom: float | None = None
    previous_height = 0.0
    for top, kind, item in items:
        if kind == "table":
            rows: list[list[tuple[str, SourceRef]]] = []
            table_number = len(builder.doc.tables) + 1
            for r, row in enumerate(item.extract(), start=1):
                rows.append(
                    [
                        (cell or "", SourceRef(number, None, "line", table_number, r, c))
                        for c, cell in enumerate(row, start=1)
                        if cell is not None
                    ]
                )
            builder.table(rows)
            previous_bottom = item.bbox[3]
            continue
        height = item["bottom"] - item["top"]
        if previous_bottom is not None and top - previous_bottom > 0.8 * max(height, previous_height):
            line_number += 1
            builder.line("", SourceRef(number, line_number))
        line_number += 1
        builder.line(item["text"], SourceRef(number, line_number))
        previous_bottom = item["bottom"]
        previous_height = height
