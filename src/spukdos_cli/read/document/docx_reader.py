"""A Word document (.docx) -> lines and tables, in the order of the document's body.

Paragraphs are numbered (the ``paragraph`` unit of :class:`~spukdos_cli.positions.SourceRef`);
table cells carry their table, row and column. python-docx is imported here only, and
only when a .docx is read. The package is checked before python-docx opens it: a zip
that would unpack to far more than any application (a "zip bomb") is refused.
"""

from __future__ import annotations

import io
import zipfile

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.lines import Builder, Document

MAX_UNPACKED = 64 * 1024 * 1024
"""64 MiB unpacked: a 40-page application with pictures is a few MiB."""
MAX_BODY = 16 * 1024 * 1024
"""The document's text (word/document.xml) unpacked: a 40-page application has about
1 MiB; the XML is read whole, so this bounds the memory it takes."""
MAX_ENTRIES = 2000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An OLE compound file: an old .doc, or an encrypted (password-protected) Office file."""


def _check_package(raw: bytes) -> None:
    if raw.startswith(OLE_MAGIC):
        raise DocumentError("doc_encrypted_or_old")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            infos = package.infolist()
            if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED:
                raise DocumentError("doc_too_large")
            body = next((i for i in infos if i.filename == "word/document.xml"), None)
            if body is None:
                raise DocumentError("doc_corrupt")
            if body.file_size > MAX_BODY:
                raise DocumentError("doc_too_large")
    except DocumentError:
        raise
    except Exception:  # zipfile raises several kinds for a damaged package
        raise DocumentError("doc_corrupt") from None


def read_docx(raw: bytes) -> Document:
    """The paragraphs and tables of a .docx; :class:`DocumentError` when it cannot be read."""
    _check_package(raw)
    try:
        from docx import Document as open_document
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph

        document = open_document(io.BytesIO(raw))
        builder = Builder("docx")
        paragraph_number = 0
        table_number = 0
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph_number += 1
                text = Paragraph(child, document).text
                ref = SourceRef(None, paragraph_number, "paragraph")
                # a line break within a paragraph keeps its line; a blank line after each
                # paragraph keeps the paragraphs apart, as in extracted text
                for part in [*text.split("\n"), ""]:
                    if builder.line(part, ref) is None:
                        break
                if builder.full:
                    break
            elif tag == "tbl":
                table_number += 1
                table = DocxTable(child, document)
                rows: list[list[tuple[str, SourceRef]]] = []
                for r, row in enumerate(table.rows, start=1):
                    cells: list[tuple[str, SourceRef]] = []
                    seen: set[int] = set()
                    for c, cell in enumerate(row.cells, start=1):
                        ref = SourceRef(None, None, "line", table_number, r, c)
                        if id(cell._tc) in seen:  # a cell merged across columns: its text
                            cells.append(("", ref))  # once, its columns kept in place
                            continue
                        seen.add(id(cell._tc))
                        # paragraphs of a cell stay apart (a blank line), as in the text
                        text = "\n\n".join(p.text for p in cell.paragraphs)
                        cells.append((text, ref))
                    rows.append(cells)
                builder.table(rows)
                if builder.full:
                    break
        return builder.doc
    except DocumentError:
        raise
    except Exception as err:  # python-docx and lxml raise many kinds for a broken file
        raise DocumentError("doc_corrupt", type(err).__name__) from None
