"""Where a value stood in an imported document, in words: ``pagina 3, regel 12``,
``alinea 40``, ``tabel 2, rij 3, kolom 4``."""

from __future__ import annotations

from spukdos_cli.messages.labels import label
from spukdos_cli.positions import SourceRef


def describe_source(ref: SourceRef, lang: str) -> str:
    """The place ``ref`` in ``lang``."""
    if ref.table is not None and ref.row is not None:
        key = "src_page_cell" if ref.page is not None else "src_cell"
        return label(key, lang).format(page=ref.page, table=ref.table, row=ref.row, col=ref.col)
    if ref.unit == "paragraph":
        return label("src_paragraph", lang).format(line=ref.line)
    if ref.page is not None:
        return label("src_page_line", lang).format(page=ref.page, line=ref.line)
    return label("src_line", lang).format(line=ref.line)
