"""Hostile and broken documents, made on the spot (issue 25): each generator returns the
bytes of one file and the name it goes by. Made here rather than committed, so each is
plain to read and its size can be changed; ``test_hostile_documents.py`` runs them through
``import``, ``check`` and ``batch``, and ``benchmarks/bench_hostile_documents.py`` times
the costliest.

Every document is under 20 MB. What each does to a reader that is not careful:

* PDF: a form object that draws itself (PDFium grows without end and aborts), a fan-out
  of forms (10^8 draws in 2 KB), a ruled grid of 700 x 700 cells, a grid of 150 x 150 cells
  with lines of text over all its columns, a page of 100,000 text objects, a content
  stream that inflates to 1 GiB, bytes before ``%PDF``;
* Word: a cell spanning 100,000 grid columns, 10,000 vertically merged cells, millions of
  empty paragraphs or line breaks, a main part of 60 MiB under another name, a table of
  10,000 rows, a zip bomb, an XML entity bomb, an external entity;
* text: 4 million empty lines; one Windows-1252 line in UTF-8 text;
* kinds spukdos does not read: an old ``.doc``, an ``.odt``.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

Made = tuple[str, bytes]


# -- PDF -----------------------------------------------------------------------------------
def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object 1 the catalogue), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(head: bytes, data: bytes, *, deflate: bool = False) -> bytes:
    if deflate:
        data = zlib.compress(data, 9)
        head += b" /Filter /FlateDecode"
    return b"<< " + head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_FORM = b"/Type /XObject /Subtype /Form /BBox [0 0 100 100]"


def _page(content: int, resources: bytes = b"/Font << /F 9 0 R >>") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
        + resources
        + b" >> /Contents %d 0 R >>" % content
    )


def _one_page(content: bytes, *, deflate: bool = False, extra: list[bytes] | None = None) -> bytes:
    """A one-page PDF whose page draws ``content`` (Helvetica as /F)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4, b"/Font << /F 5 0 R >>"),
        _stream(b"", content, deflate=deflate),
        _FONT,
        *(extra or []),
    ]
    return pdf_of(objects)


def pdf_recursive_form() -> Made:
    """A form object that draws itself, twice: drawing it never ends."""
    form = _stream(
        _FORM + b" /Resources << /XObject << /X 4 0 R >> >>",
        b"/X Do /X Do",
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(5, b"/XObject << /X 4 0 R >>"),
        form,
        _stream(b"", b"/X Do"),
    ]
    return "zelfverwijzend.pdf", pdf_of(objects)


def pdf_form_fan_out(depth: int = 8, width: int = 10) -> Made:
    """Forms that each draw the next ``width`` times, ``depth`` deep: width^depth draws."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4 + depth, b"/XObject << /X 4 0 R >>"),
    ]
    for level in range(depth):
        number = 4 + level
        if level == depth - 1:
            objects.append(
                _stream(
                    _FORM + b" /Resources << /Font << /F %d 0 R >> >>" % (5 + depth),
                    b"BT /F 10 Tf 10 10 Td (Hackstad) Tj ET",
                )
            )
        else:
            objects.append(
                _stream(
                    _FORM + b" /Resources << /XObject << /X %d 0 R >> >>" % (number + 1),
                    b"/X Do " * width,
                )
            )
    objects.append(_stream(b"", b"/X Do"))
    objects.append(_FONT)
    return "uitwaaierend.pdf", pdf_of(objects)


def _grid(cells: int) -> list[bytes]:
    """The lines of a ruled grid of ``cells`` x ``cells`` over most of the page."""
    step = 800 / cells
    lines = [b"0.1 w"]
    for i in range(cells + 1):
        at = 20 + i * step
        lines.append(b"%.3f 20 m %.3f 820 l S" % (at, at))
        lines.append(b"20 %.3f m 820 %.3f l S" % (at, at))
    return lines


def pdf_ruled_grid(cells: int = 700) -> Made:
    """A ruled grid of ``cells`` x ``cells`` (the lines of a huge table), one word in it."""
    lines = [*_grid(cells), b"BT /F 4 Tf 21 21 Td (Hackstad) Tj ET"]
    return "raster.pdf", _one_page(b"\n".join(lines), deflate=True)


def pdf_grid_text_across(cells: int = 150, lines: int = 110) -> Made:
    """A ruled grid of ``cells`` x ``cells`` with ``lines`` lines of text, each one piece
    over every column of it (as cairo writes a table's line): each line is cut at the
    sides of the cells, character by character."""
    parts = _grid(cells)
    text = b"Hackstad " * 28
    parts += [b"BT /F 6 Tf 21 %d Td (%s) Tj ET" % (25 + 6 * i, text) for i in range(lines)]
    return "raster-met-tekst.pdf", _one_page(b"\n".join(parts), deflate=True)


def pdf_many_text_objects(count: int = 100_000, *, apart: bool = False) -> Made:
    """One page with ``count`` text objects, each a word (overlapping; or, ``apart``, in a
    grid of 40 per line where none touches another: 2,000 fill the page)."""
    if apart:
        spot = [(20 + (i % 40) * 13.5, 20 + (i // 40) * 15) for i in range(count)]
    else:
        spot = [(20 + (i % 280) * 2, 20 + (i // 280) * 2) for i in range(count)]
    size = 3 if apart else 2
    parts = [
        b"BT /F %d Tf %.1f %d Td (w%d) Tj ET" % (size, x, y, i) for i, (x, y) in enumerate(spot)
    ]
    return "tekstobjecten.pdf", _one_page(b"\n".join(parts), deflate=True)


def pdf_inflating_stream(size: int = 1 << 30) -> Made:
    """A content stream of ``size`` bytes of spaces, compressed to about a MiB."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(size // len(chunk)))
    data += compressor.flush()
    stream = b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4, b"/Font << /F 5 0 R >>"),
        stream,
        _FONT,
    ]
    return "opblazend.pdf", pdf_of(objects)


def pdf_with_bytes_before(real_pdf: bytes) -> Made:
    """A real PDF after a mail gateway's junk (PDF readers accept up to a KiB of it)."""
    return "met-voorloop.pdf", b"\r\n\x00Gescand door de mailserver\r\n" + real_pdf


def pdf_hidden_text(mode: str, visible_answer: bool = False) -> Made:
    """The seed's question about the municipality with the answer ``Hackstad`` drawn so a
    reader cannot see it: ``invisible`` (render mode 3), ``white`` (on white), ``tiny``
    (0.1 pt), ``outside`` (off the page), or ``visible`` as the control."""
    draw = {
        "invisible": b"3 Tr",
        "white": b"1 1 1 rg",
        "tiny": b"",
        "outside": b"",
        "visible": b"",
    }[mode]
    size = b"0.1" if mode == "tiny" else b"11"
    at = b"-900 500" if mode == "outside" else b"72 680"
    content = b"\n".join(
        [
            b"BT /F 14 Tf 72 760 Td (Businesscase SPUK DOS) Tj ET",
            b"BT /F 11 Tf 72 720 Td (Naam van de gemeente:) Tj ET",
            b"BT " + draw + b" /F " + size + b" Tf " + at + b" Td (Hackstad) Tj ET",
        ]
    )
    del visible_answer
    return f"verborgen-{mode}.pdf", _one_page(content)


def pdf_white_on_colour() -> Made:
    """A table header in white on a dark blue cell, as many forms print it: to be read."""
    content = (
        b"0.1 0.2 0.5 rg 70 700 200 30 re f\nBT 1 1 1 rg /F 11 Tf 80 710 Td (Kostenpost) Tj ET"
    )
    return "kop-wit-op-blauw.pdf", _one_page(content)


# -- Word ----------------------------------------------------------------------------------
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/{part}" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="{part}"/></Relationships>'
)


def _docx(body: bytes | Callable[[], bytes], *, part: str = "word/document.xml") -> bytes:
    """A Word package whose main part (``part``) is ``<w:document><w:body>BODY``."""
    data = body() if callable(body) else body
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _TYPES.format(part=part))
        package.writestr("_rels/.rels", _RELS.format(part=part))
        package.writestr(
            part,
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>'.encode()
            + data
            + b"</w:body></w:document>",
        )
    return out.getvalue()


def _p(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def docx_wide_span(span: int = 100_000, rows: int = 2_000) -> Made:
    """A table whose cells each span ``span`` grid columns, ``rows`` rows."""
    row = (
        f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>'.encode()
        + _p("x")
        + b"</w:tc></w:tr>"
    )
    return "breed.docx", _docx(b"<w:tbl>" + row * rows + b"</w:tbl>")


def docx_vertical_merges(rows: int = 10_000, columns: int = 20) -> Made:
    """A table of ``rows`` x ``columns`` cells, every cell below the first row merged up."""
    first = (
        b"<w:tr>"
        + (b'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + _p("a") + b"</w:tc>") * columns
        + b"</w:tr>"
    )
    more = (
        b"<w:tr>"
        + (b"<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + _p("") + b"</w:tc>") * columns
        + b"</w:tr>"
    )
    return "samengevoegd.docx", _docx(b"<w:tbl>" + first + more * (rows - 1) + b"</w:tbl>")


def docx_empty_paragraphs(count: int = 2_000_000) -> Made:
    """``count`` empty paragraphs (16 MiB of body, a few KiB zipped)."""
    return "leeg.docx", _docx(b"<w:p/>" * count)


def docx_line_breaks(count: int = 2_000_000) -> Made:
    """One paragraph of ``count`` line breaks."""
    return "regeleinden.docx", _docx(b"<w:p><w:r>" + b"<w:br/>" * count + b"</w:r></w:p>")


def docx_renamed_big_part(size: int = 60 << 20) -> Made:
    """A main part of ``size`` bytes under another name than ``word/document.xml``."""
    count = size // len(_p("Hackstad"))
    return "andere-naam.docx", _docx(_p("Hackstad") * count, part="word/main.xml")


def docx_big_table(rows: int = 10_000, columns: int = 20) -> Made:
    """A table of ``rows`` x ``columns`` cells with a word in each."""
    row = b"<w:tr>" + (b"<w:tc>" + _p("cel") + b"</w:tc>") * columns + b"</w:tr>"
    return "grote-tabel.docx", _docx(b"<w:tbl>" + row * rows + b"</w:tbl>")


def docx_nested_table() -> Made:
    """A frame: a one-cell table around a paragraph and the cost table."""
    cell = lambda text: b"<w:tc>" + _p(text) + b"</w:tc>"  # noqa: E731
    inner = (
        b"<w:tbl><w:tr>" + cell("Kostenpost") + cell("Kosten") + b"</w:tr><w:tr>"
        + cell("Projectleider") + cell("€ 40.000,00") + b"</w:tr></w:tbl>"
    )  # fmt: skip
    frame = b"<w:tbl><w:tr><w:tc>" + _p("Inleiding") + inner + _p("") + b"</w:tc></w:tr></w:tbl>"
    return "kader.docx", _docx(frame)


def docx_zip_bomb(size: int = 1 << 30) -> Made:
    """A Word package whose main part unpacks to ``size`` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _TYPES.format(part="word/document.xml"))
        package.writestr("_rels/.rels", _RELS.format(part="word/document.xml"))
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1 << 20)
            for _ in range(size // len(chunk)):
                part.write(chunk)
    return "zipbom.docx", out.getvalue()


def docx_entity_bomb() -> Made:
    """The billion laughs, as the main part."""
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {_W}><w:body>'
        "<w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return "entiteiten.docx", _package(body)


def docx_external_entity() -> Made:
    """A main part that asks for ``/etc/passwd``."""
    body = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return "extern.docx", _package(body)


def _package(main: str) -> bytes:
    """A Word package whose main part is ``main`` as written (a declaration included)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _TYPES.format(part="word/document.xml"))
        package.writestr("_rels/.rels", _RELS.format(part="word/document.xml"))
        package.writestr("word/document.xml", main)
    return out.getvalue()


# -- text and other kinds ------------------------------------------------------------------
def txt_empty_lines(count: int = 4_000_000) -> Made:
    return "leeg.txt", b"\n" * count


def old_word() -> Made:
    """An OLE compound file, as Word 97-2003 saves a ``.doc``."""
    return "oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096)


def opendocument() -> Made:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    return "aanvraag.odt", out.getvalue()


SLOW_OR_HUGE: dict[str, Callable[[], Made]] = {
    "pdf-recursive-form": pdf_recursive_form,
    "pdf-form-fan-out": pdf_form_fan_out,
    "pdf-ruled-grid": pdf_ruled_grid,
    "pdf-grid-text-across": pdf_grid_text_across,
    "pdf-many-text-objects": pdf_many_text_objects,
    "pdf-inflating-stream": pdf_inflating_stream,
    "docx-wide-span": docx_wide_span,
    "docx-vertical-merges": docx_vertical_merges,
    "docx-empty-paragraphs": docx_empty_paragraphs,
    "docx-line-breaks": docx_line_breaks,
    "docx-renamed-big-part": docx_renamed_big_part,
    "docx-big-table": docx_big_table,
    "docx-zip-bomb": docx_zip_bomb,
    "docx-entity-bomb": docx_entity_bomb,
    "docx-external-entity": docx_external_entity,
    "txt-empty-lines": txt_empty_lines,
    "old-word": old_word,
    "opendocument": opendocument,
}
"""Every generator whose document must get a finding (or row) quickly, in bounded memory."""
