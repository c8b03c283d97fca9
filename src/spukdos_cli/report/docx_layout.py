"""The Word document ``spukdos export`` writes into, laid out as a form people submit.

An A4 page (21 × 29,7 cm) with margins of 2,5 cm above and below and 2 cm at the sides on
every section; Dutch (``nl-NL``) as the language of every run, so that Word and LibreOffice
check the spelling in Dutch; real metadata (title, subject, keywords, author, dates of now)
in place of python-docx's template (author "python-docx", dates of 2013, a thumbnail of an
empty page, "Microsoft Macintosh Word"). Tables are ruled like the form's: the header row
repeats on every page, no row is split over two pages unless it is taller than a page, and
amounts stand right in their cells. A text is written with its line breaks; characters that
XML cannot hold (control characters) are left out. python-docx is imported here and in
nothing else of the export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from spukdos_cli import __version__

PAGE_WIDTH = 21.0
PAGE_HEIGHT = 29.7
MARGIN_SIDE = 2.0
MARGIN_TOP = 2.5
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE
"""Centimetres a table may take: 17 cm between the margins."""
LANGUAGE = "nl-NL"
TABLE_FONT_PT = 10
TOOL = f"spukdos {__version__}"

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f"<Application>{TOOL}</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
"""The extended properties: the application that wrote the file, and no counts of pages or
words (Word and LibreOffice count them again when they open it)."""


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_IN_XML.sub("", text)


def one_line(text: str, limit: int = 255) -> str:
    """A text for a document property: one line, at most ``limit`` characters."""
    flat = " ".join(xml_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class Metadata:
    """The document's core properties."""

    title: str
    subject: str
    keywords: str
    author: str


@dataclass(frozen=True)
class Column:
    """A table column: its width in centimetres, and whether it holds amounts (right)."""

    width: float
    amounts: bool = False


def _add(parent: Any, tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    parent.append(element)
    return element


class FormDocument:
    """A python-docx document with the form's page, language, metadata and tables."""

    def __init__(self) -> None:
        from docx import Document

        self.doc = Document()
        self._page()
        self._language()

    def _page(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Cm

        for section in self.doc.sections:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(PAGE_WIDTH), Cm(PAGE_HEIGHT)
            section.left_margin = section.right_margin = Cm(MARGIN_SIDE)
            section.top_margin = section.bottom_margin = Cm(MARGIN_TOP)

    def _language(self) -> None:
        """``w:lang`` of the default run properties, and the language of the theme's fonts."""
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = _add(styles, "w:docDefaults")
            styles.insert(0, defaults)
        run = defaults.find(qn("w:rPrDefault"))
        run = run if run is not None else _add(defaults, "w:rPrDefault")
        properties = run.find(qn("w:rPr"))
        properties = properties if properties is not None else _add(run, "w:rPr")
        lang = properties.find(qn("w:lang"))
        lang = lang if lang is not None else _add(properties, "w:lang")
        lang.set(qn("w:val"), LANGUAGE)
        settings = self.doc.settings.element
        theme = settings.find(qn("w:themeFontLang"))
        if theme is not None:
            theme.set(qn("w:val"), LANGUAGE)

    def metadata(self, meta: Metadata) -> None:
        """The core properties, every one of the template's replaced; created and modified
        now (UTC)."""
        now = datetime.now(UTC)
        props = self.doc.core_properties
        props.title = one_line(meta.title)
        props.subject = one_line(meta.subject)
        props.keywords = one_line(meta.keywords)
        props.author = one_line(meta.author)
        props.last_modified_by = TOOL
        props.comments = f"Geschreven door {TOOL} (spukdos export)."
        props.category = "Businesscase SPUK DOS"
        props.language = LANGUAGE
        props.revision = 1
        props.created = props.modified = now
        self._package_properties()

    def _package_properties(self) -> None:
        """Leave out the template's thumbnail; the extended properties say who wrote it."""
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        package = self.doc.part.package
        for rid, rel in list(package.rels.items()):
            if rel.reltype in (RELATIONSHIP_TYPE.THUMBNAIL, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES):
                package.rels.pop(rid)
        app = Part(
            PackURI("/docProps/app.xml"),
            CONTENT_TYPE.OFC_EXTENDED_PROPERTIES,
            _APP_XML.encode("utf-8"),
            package,
        )
        package.relate_to(app, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)

    def title(self, text: str) -> None:
        self.doc.add_heading(xml_text(text), 0)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(xml_text(text), level)

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        run = self.doc.add_paragraph().add_run(xml_text(text))
        run.bold = bold
        run.italic = italic

    def bullets(self, items: Iterable[str], *, italic: bool = False) -> None:
        """A bulleted list, one paragraph per item (the form's lists of examples)."""
        for item in items:
            run = self.doc.add_paragraph(style="List Bullet").add_run(xml_text(item))
            run.italic = italic

    def lines(self, text: str) -> None:
        """One paragraph with a line break where ``text`` has one."""
        paragraph = self.doc.add_paragraph()
        for i, line in enumerate(text.split("\n")):
            if i:
                paragraph.add_run().add_break()
            paragraph.add_run(xml_text(line))

    def blank(self) -> None:
        self.doc.add_paragraph("")

    def table(self, rows: Sequence[Sequence[str]], columns: Sequence[Column]) -> None:
        """A ruled table whose first row is its header: repeated on every page, bold; no
        row split over pages; amounts right; the column widths fixed (at most
        :data:`TEXT_WIDTH` in all). A blank paragraph after it keeps the next table apart."""
        from docx.shared import Cm

        if sum(c.width for c in columns) > TEXT_WIDTH + 1e-9:
            raise ValueError("a table wider than the page")
        table = self.doc.add_table(rows=0, cols=len(columns))
        table.style = "Table Grid"
        table.autofit = False
        for column, spec in zip(table.columns, columns, strict=True):
            column.width = Cm(spec.width)
        for number, row in enumerate(rows):
            added = table.add_row()
            _keep_row(added._tr, header=number == 0)
            for cell, text, spec in zip(added.cells, row, columns, strict=False):
                cell.width = Cm(spec.width)
                _fill(cell, text, right=spec.amounts, bold=number == 0)
        self.blank()

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def _keep_row(tr: Any, *, header: bool) -> None:
    """``w:cantSplit`` on the row, and ``w:tblHeader`` on a header row (in the schema's
    order: cantSplit comes before tblHeader)."""
    properties = tr.get_or_add_trPr()
    _add(properties, "w:cantSplit")
    if header:
        _add(properties, "w:tblHeader")


def _fill(cell: Any, text: str, *, right: bool, bold: bool) -> None:
    """The cell's one paragraph: ``text`` with its line breaks, in the table's font size."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = cell.paragraphs[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        run = paragraph.add_run(xml_text(line))
        run.font.size = Pt(TABLE_FONT_PT)
        run.bold = bold or None
