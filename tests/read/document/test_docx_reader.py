"""A Word document's text as its reader sees it: tracked changes as if accepted, a text box
once, not once more for old programs, hidden text not at all, and a document saved as
"Strict Open XML" as any other."""

from __future__ import annotations

import io
import zipfile

from spukdos_cli.read.document.docx_reader import read_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _docx(body: str, namespace: str = W) -> bytes:
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{namespace}" xmlns:mc="{MC}" xmlns:wps="{WPS}"><w:body>{body}'
        f"</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"/>',
        )
        package.writestr("word/document.xml", document)
    return out.getvalue()


def _texts(body: str) -> list[str]:
    doc = read_docx(_docx(body))
    return [line.text for line in doc.lines if line.text and line.table is None] + [
        cell.text for table in doc.tables for row in table.rows for cell in row
    ]


def test_tracked_changes_read_as_accepted() -> None:
    body = (
        "<w:p><w:r><w:t>Kosten: </w:t></w:r>"
        '<w:del w:id="1" w:author="A"><w:r><w:delText>€ 10.000</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>€ 12.500</w:t></w:r></w:ins></w:p>'
        '<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>oude plek</w:t></w:r></w:moveFrom>'
        '<w:moveTo w:id="4" w:author="A"><w:r><w:t>nieuwe plek</w:t></w:r></w:moveTo></w:p>'
    )
    assert _texts(body) == ["Kosten: € 12.500", "nieuwe plek"]


def test_a_text_box_is_read_once_not_again_for_old_programs() -> None:
    box = (
        "<w:p><w:r><w:t>Toelichting: </w:t></w:r><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        "<w:p><w:r><w:t>zie bijlage</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>zie bijlage</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    assert _texts(box) == ["Toelichting: zie bijlage"]
    in_cell = f"<w:tbl><w:tr><w:tc>{box}</w:tc></w:tr></w:tbl>"
    assert _texts(in_cell) == ["Toelichting: zie bijlage"]


def test_a_strict_open_xml_document_is_read_as_any_other() -> None:
    body = "<w:p><w:r><w:t>Gemeente Brakenstein</w:t></w:r></w:p>"
    strict = _docx(body, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    assert [line.text for line in read_docx(strict).lines if line.text] == ["Gemeente Brakenstein"]


def test_text_formatted_as_hidden_is_not_read() -> None:
    body = (
        "<w:p><w:r><w:t>Zichtbaar</w:t></w:r>"
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> verborgen</w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> weer</w:t></w:r>'
        "</w:p>"
    )
    assert _texts(body) == ["Zichtbaar weer"]
