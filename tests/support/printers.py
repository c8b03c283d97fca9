"""A filled-in form as other programs pass it on, for the fixtures and the measures of
issue 24 (``scripts/make_export_fixtures.py``, ``scripts/import_accuracy.py --printers``):

- :func:`cairo`: a PDF printed again through cairo (``pdftocairo -pdf``), as Firefox on
  Linux and the print dialogs of GTK programs (Evince, a desktop's "print to file") write
  it: every font in size 1, scaled by the text matrix, and a table's whole line as one
  piece of text over its cells;
- :func:`ghostscript`: a PDF written again by Ghostscript (``pdfwrite``), as PDF printer
  drivers and "distilling" do;
- :func:`postscript`: a PDF printed to PostScript and that distilled again (``pdftops``,
  ``ps2pdf``), as a printer driver that goes through PostScript does: its fonts lose the
  map to Unicode, so the text is glyph numbers that no reader can turn into letters;
- :func:`without_borders`: a Word form whose tables have no lines (an applicant removed
  their borders), to print with LibreOffice;
- :func:`watermark`: a PDF with ``CONCEPT`` across every page, as a draft is stamped.

Each program runs with a timeout; the callers skip what is not installed.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from tests.support import processes

TIMEOUT = 180


def _run(argv: list[str]) -> None:
    processes.run(argv, timeout=TIMEOUT, check=True)  # with the suite's watchdog


def cairo(pdf: Path, out: Path) -> None:
    _run(["pdftocairo", "-pdf", str(pdf), str(out)])


def ghostscript(pdf: Path, out: Path) -> None:
    _run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
          f"-sOutputFile={out}", str(pdf)])  # fmt: skip


def postscript(pdf: Path, out: Path) -> None:
    ps = out.with_suffix(".ps")
    _run(["pdftops", str(pdf), str(ps)])
    _run(["ps2pdf", str(ps), str(out)])
    ps.unlink()


_BORDERS = re.compile(r"<w:(tblBorders|tcBorders)>.*?</w:\1>|<w:(?:tblBorders|tcBorders)/>", re.S)
_NONE = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def without_borders(raw: bytes) -> bytes:
    """The Word document with no line around or inside any table: the borders of its tables
    and cells, in the document and in its styles, removed, and every table told to draw
    none."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename in ("word/document.xml", "word/styles.xml"):
                text = _BORDERS.sub("", data.decode("utf-8"))
                text = text.replace("<w:tblPr>", "<w:tblPr>" + _NONE)
                data = text.encode("utf-8")
            target.writestr(item, data)
    return out.getvalue()


def watermark(pdf: Path, out: Path, text: str = "CONCEPT") -> None:
    """``pdf`` with ``text`` in large grey letters at 45 degrees across every page, added
    with PDFium as a text object of its own (as a program that stamps a draft does)."""
    import ctypes
    import math

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf.read_bytes())
    turn = math.radians(45)
    try:
        for page in document:
            stamp = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica-Bold", 96.0)
            letters = (ctypes.c_ushort * (len(text) + 1))(*map(ord, text), 0)
            pdfium_c.FPDFText_SetText(stamp, letters)
            pdfium_c.FPDFPageObj_SetFillColor(stamp, 200, 200, 200, 255)
            cos, sin = math.cos(turn), math.sin(turn)
            pdfium_c.FPDFPageObj_Transform(stamp, cos, sin, -sin, cos, 130.0, 200.0)
            pdfium_c.FPDFPage_InsertObject(page.raw, stamp)
            pdfium_c.FPDFPage_GenerateContent(page.raw)
            page.close()
        document.save(str(out))
    finally:
        document.close()
