"""spukdos export: the businesscase as a Word document in the order of the format, and
spukdos batch / check reading filled-in forms next to YAML files."""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode

from . import formdocs
from .conftest import AMSTELVEEN, EXAMPLES, MINIMAL, ROOT

SEED_COPY = ROOT / "tests" / "data" / "documents" / "amstelveen-format.txt"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}


def _run(*argv: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.app, list(argv), env=ENV)
    return result.exit_code, result.stdout, result.stderr


def _paragraphs(path: Path) -> list[str]:
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def _tables(path: Path) -> list[list[list[str]]]:
    from docx import Document

    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(path)).tables]


def test_export_writes_the_form_in_its_order_with_dutch_amounts(tmp_path: Path) -> None:
    target = tmp_path / "businesscase.docx"
    code, _, err = _run("export", str(AMSTELVEEN), "-o", str(target))
    assert code == ExitCode.OK and "Businesscase geschreven" in err
    paragraphs = _paragraphs(target)
    assert paragraphs[0].startswith("Businesscase Experimenten domeinoverstijgend samenwerken")
    order = [
        "Contactgegevens van samenwerkende partijen in experiment",
        "Wat is de beoogde startdatum van het experiment?",
        "Beschrijf welk maatschappelijk vraagstuk",
        "Beschrijf op welke primaire doelgroep",
        "Beschrijving van de werkwijze",
        "Monitoring",
        "Beschrijf hoe de samenwerking eruitziet",
        "Beschrijf hoe de samenwerking tussen de verschillende stakeholders",
        "Vul hieronder de initiële projectkosten in",
        "Vul hieronder de uitvoeringskosten in",
        "Hieronder volgen de verwachte",
        "Hieronder kunt u de waarden",
        "In de onderstaande tabel kunt u aangeven",
    ]
    positions = [next(i for i, p in enumerate(paragraphs) if p.startswith(q)) for q in order]
    assert positions == sorted(positions)
    tables = _tables(target)
    contact, themes, initial, execution, partners, benefits, effect, quality = tables
    assert len(contact) == 13 and contact[1][:2] == ["Gemeente(n)", "Gemeente Amstelveen"]
    assert execution[1][3] == "€ 100.000,00" and execution[-1] == [
        "Totaal uitvoeringskosten", "", "", "€ 780.000,00"]  # fmt: skip
    assert partners[-1] == ["Totaal", "€ 780.000,00"]
    assert benefits[1][1] == "(A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen"
    assert benefits[1][2] == "182,5 dagen" and benefits[3][2] == "€ 285,00"
    assert benefits[4][2] == "€ 317.276,25"
    assert effect[-1][-1] == "+/+ € 78.525,00"
    assert len(quality) == 7 and len(themes) == 5 and len(initial) == 3


def test_a_file_with_errors_is_exported_with_a_notice_and_exit_1(tmp_path: Path) -> None:
    draft = tmp_path / "fout.yaml"
    draft.write_text(MINIMAL + "opgave:\n  saldo: 800.00\n", encoding="utf-8")
    target = tmp_path / "b.docx"
    code, _, err = _run("export", str(draft), "-o", str(target))
    assert code == ExitCode.FINDINGS and target.exists()
    first = _paragraphs(target)[0]
    assert first.startswith("Let op: dit bestand komt niet door 'spukdos check': 1 fout")
    assert "1 fout" in err


def test_export_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "b.docx"
    target.write_bytes(b"keep")
    code, _, _ = _run("export", str(AMSTELVEEN), "-o", str(target))
    assert code == ExitCode.USAGE and target.read_bytes() == b"keep"
    code, _, _ = _run("export", str(AMSTELVEEN), "-o", str(target), "--force")
    assert code == ExitCode.OK and target.read_bytes()[:2] == b"PK"


def test_an_unreadable_file_is_not_exported(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("spukdos: [\n", encoding="utf-8")
    target = tmp_path / "c.docx"
    code, _, err = _run("export", str(broken), "-o", str(target))
    assert code == ExitCode.FINDINGS and not target.exists() and "spukdos check" in err


def test_the_import_command_is_on_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    code, _, err = _run("import", str(SEED_COPY), "-o", str(target))
    assert code == ExitCode.FINDINGS and target.exists()
    assert "Import: gevonden per sectie van het format" in err
    before = target.read_bytes()
    code, _, _ = _run("import", str(SEED_COPY), "-o", str(target))
    assert code == ExitCode.USAGE and target.read_bytes() == before
    code, _, _ = _run("import", "--help")
    assert code == ExitCode.OK


def test_check_reads_a_document_named_on_the_command_line(tmp_path: Path) -> None:
    code, out, _ = _run("check", str(SEED_COPY))
    assert code == ExitCode.FINDINGS  # the seed leaves the number of residents open
    assert "+ € 78.525,00" in out and "(in het document: regel 201)" in out


def test_check_of_a_folder_still_reads_only_yaml(tmp_path: Path) -> None:
    shutil.copy(AMSTELVEEN, tmp_path / "a.yaml")
    (tmp_path / "LEESMIJ.txt").write_text("Notities\n", encoding="utf-8")
    code, out, _ = _run("check", str(tmp_path))
    assert code == ExitCode.OK and "LEESMIJ" not in out


def test_batch_takes_documents_next_to_yaml_with_their_source_kind(tmp_path: Path) -> None:
    folder = tmp_path / "aanvragen"
    folder.mkdir()
    shutil.copy(AMSTELVEEN, folder / "a-amstelveen.yaml")
    shutil.copy(SEED_COPY, folder / "b-amstelveen.txt")
    formdocs.build_docx(folder / "c-voorbeeldstad.docx")
    (folder / "d-notities.txt").write_text("Boodschappen: melk.\n", encoding="utf-8")
    (folder / "e-kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    if formdocs._unicode_font() is not None:
        formdocs.build_pdf(folder / "f-voorbeeldstad.pdf")
    target = tmp_path / "r.csv"
    code, _, _ = _run("batch", "-j", "1", str(folder), "-o", str(target))
    assert code == ExitCode.FINDINGS
    rows = {Path(r["file"]).name: r for r in csv.DictReader(io.StringIO(target.read_text()))}
    assert rows["a-amstelveen.yaml"]["source_kind"] == "yaml"
    assert rows["a-amstelveen.yaml"]["not_found"] == ""
    seed = rows["b-amstelveen.txt"]
    assert (seed["source_kind"], seed["not_found"], seed["saldo"]) == ("txt", "4", "78525.00")
    assert rows["c-voorbeeldstad.docx"]["source_kind"] == "docx"
    assert rows["c-voorbeeldstad.docx"]["saldo"] == "2500.00"
    notes = rows["d-notities.txt"]
    assert notes["verdict"] == "unreadable" and notes["codes"] == "D002"
    assert rows["e-kapot.pdf"]["codes"] == "D001"
    if "f-voorbeeldstad.pdf" in rows:
        assert rows["f-voorbeeldstad.pdf"]["saldo"] == "2500.00"


@pytest.mark.parametrize("name", ["amstelveen.yaml", "centraal-persoon.yaml"])
def test_an_exported_example_imports_completely(tmp_path: Path, name: str) -> None:
    document = tmp_path / "b.docx"
    assert _run("export", str(EXAMPLES / name), "-o", str(document))[0] == ExitCode.OK
    target = tmp_path / "b.yaml"
    code, _, err = _run("import", str(document), "-o", str(target))
    assert code == ExitCode.OK, err
    assert "Alles wat het format vraagt is gevonden." in err


def test_the_json_report_of_documents_validates_against_the_report_schema(tmp_path: Path) -> None:
    import json

    import jsonschema

    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    document = formdocs.build_docx(tmp_path / "a.docx")
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 kapot")
    code, out, _ = _run(
        "check", "-f", "json", str(SEED_COPY), str(document), str(broken),
        str(ROOT / "tests" / "data" / "documents" / "voorbeeldstad-libreoffice.pdf"),
    )  # fmt: skip
    report = json.loads(out)
    jsonschema.Draft202012Validator(schema).validate(report)
    kinds = [f.get("source_kind") for f in report["files"]]
    assert kinds == ["txt", "docx", "pdf", "pdf"] and code == ExitCode.FINDINGS
    units = {
        f["source"]["unit"] for file in report["files"] for f in file["findings"] if "source" in f
    }
    assert units == {"line", "paragraph"}


# -- a document people can submit: A4, Dutch, real metadata, the form's tables ---------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AMOUNT = re.compile(r"^(\+/\+ |-/- )?€ [0-9.]+,[0-9]{2}$|^[0-9.]+(,[0-9]+)? (dagen|inwoners)$")
"""An amount (``€ 780.000,00``, ``+/+ € 78.525,00``) or a quantity (``182,5 dagen``)."""


def _export(tmp_path: Path, example: Path = AMSTELVEEN) -> Path:
    target = tmp_path / "businesscase.docx"
    code, _, err = _run("export", str(example), "-o", str(target))
    assert code == ExitCode.OK, err
    return target


def _cm(length: int | None) -> float:
    assert length is not None
    return length / 360000


def test_every_section_is_an_a4_page_with_sensible_margins(tmp_path: Path) -> None:
    from docx import Document

    sections = Document(str(_export(tmp_path))).sections
    assert len(sections) >= 1
    for section in sections:
        assert round(_cm(section.page_width), 1) == 21.0
        assert round(_cm(section.page_height), 1) == 29.7
        margins = (section.left_margin, section.right_margin)
        margins += (section.top_margin, section.bottom_margin)
        assert all(1.5 <= _cm(margin) <= 3.0 for margin in margins)


def test_the_document_is_dutch_for_the_spelling_checker(tmp_path: Path) -> None:
    from docx import Document

    styles = Document(str(_export(tmp_path))).styles.element
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}val") == "nl-NL"


def test_the_metadata_are_the_applications_not_the_templates(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from docx import Document

    before = datetime.now(UTC).replace(microsecond=0)
    target = _export(tmp_path)
    props = Document(str(target)).core_properties
    assert props.title == "Van Ouderenzorg naar Samenzorg – Collectieve Preventie in de Wijk"
    assert props.author == "Gemeente Amstelveen"
    assert props.last_modified_by.startswith("spukdos ")
    assert "python-docx" not in props.comments + props.author + props.last_modified_by
    assert props.subject.startswith("Businesscase Experimenten domeinoverstijgend samenwerken")
    assert "SPUK DOS" in props.keywords and "Gemeente Amstelveen" in props.keywords
    for stamp in (props.created, props.modified):  # now (UTC), not python-docx's 2013
        assert stamp is not None and before <= stamp <= before + timedelta(minutes=10)
    with zipfile.ZipFile(target) as package:
        names = package.namelist()
        application = package.read("docProps/app.xml").decode("utf-8")
    assert "docProps/thumbnail.jpeg" not in names  # the template's picture of an empty page
    assert "Microsoft" not in application and "<Application>spukdos " in application


def test_without_a_name_the_title_says_the_grant_and_year(tmp_path: Path) -> None:
    from docx import Document

    draft = tmp_path / "zonder-naam.yaml"
    draft.write_text(MINIMAL.replace('  naam: "Proef"\n', ""), encoding="utf-8")
    target = tmp_path / "b.docx"
    _run("export", str(draft), "-o", str(target))
    assert Document(str(target)).core_properties.title == "Businesscase SPUK DOS 2025"


def test_each_table_repeats_its_header_and_keeps_its_rows_whole(tmp_path: Path) -> None:
    from docx import Document

    document = Document(str(_export(tmp_path, EXAMPLES / "centraal-persoon.yaml")))
    section = document.sections[0]
    room = _cm(section.page_width) - _cm(section.left_margin) - _cm(section.right_margin)
    assert len(document.tables) == 8
    for table in document.tables:
        rows = table._tbl.findall(f"{W}tr")
        headers = [row.find(f"{W}trPr/{W}tblHeader") is not None for row in rows]
        assert headers == [True] + [False] * (len(rows) - 1)
        assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
        grid = table._tbl.findall(f"{W}tblGrid/{W}gridCol")
        assert sum(int(col.get(f"{W}w")) for col in grid) / 567 <= room + 0.01  # twips, cm


def test_amounts_stand_right_in_their_cells(tmp_path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document(str(_export(tmp_path)))
    amounts: list[str] = []
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                right = all(p.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in cell.paragraphs)
                if AMOUNT.match(cell.text):
                    assert right, cell.text
                    amounts.append(cell.text)
                elif cell.text in ("Kostenpost", "Totaal uitvoeringskosten", "Gemeente(n)"):
                    assert not right, cell.text
    # the totals, A, B and C, A × B × C, the partners and the net effect among them
    for figure in ("€ 780.000,00", "182,5 dagen", "6,1 inwoners", "€ 285,00", "€ 317.276,25",
                   "€ 624.000,00", "+/+ € 78.525,00"):  # fmt: skip
        assert figure in amounts


# -- the form's instruction texts, whole and word for word ----------------------------------
FORM_SENTENCES = (
    "Deelname aan deze monitor is verplicht.",
    "De VU heeft een monitor ontwikkeld voorzien van een handleiding en een overzicht van veel "
    "gestelde vragen, waarin het zorggebruik veilig kan worden geregistreerd.",
    "In dit onderdeel vragen wij u om – voor zover mogelijk – een inschatting te maken van de "
    "kosten en baten van het experiment.",
    "Let op: de kosten en baten uit dit format kunnen niet een-op-een gebruikt worden voor de "
    "specificatie van de begroting die u moet meesturen bij de aanvraag van de SPUK (in geval "
    "van een experiment op basis van vergoeding van 80% van de kosten).",
    "Dit komt onder meer doordat de looptijd van het experiment anders kan zijn dan de periode "
    "van de SPUK (van 1 januari 2025 tot en met 31 december 2025) en doordat de kosten (en "
    "baten) van de SPUK bij de verantwoording controleerbaar door een accountant moeten zijn.",
    "Overigens zijn kosten voor reguliere bedrijfsvoering of langlopende verplichtingen zoals "
    "licenties voor automatisering zijn niet aan te merken als kosten voor het experiment.",
    "Mocht een tarief voor uw experiment enorm afwijken, dan kunt u bij uitzondering met "
    "onderbouwing een ander tarief gebruiken.",
    "Vul hieronder de uitvoeringskosten in die nodig zijn voor het experiment, inclusief "
    "beschrijving (toelichting) en wie de bijbehorende activiteiten uitvoert.",
    "In onderstaande tabel kunt u de kwantitatieve verwachte besparingen invullen.",
)
EXECUTION_EXAMPLES = [
    "Opleidingskosten/bijscholing/intervisie.",
    "Kosten projectleider/coördinator.",
    "Extra inzet van arrangeurs.",
    "Extra inzet van anderen, zoals vrijwilligers.",
    "Extra kosten Wmo, zoals hulp bij huishouden.",
    "Extra kosten Zvw, zoals wijkverpleging.",
    "Overige kosten (graag specificeren).",
]
QUALITATIVE_EXAMPLES = [
    "Langer thuis wonen",
    "Een betere kwaliteit van leven voor de inwoner.",
    "Effecten voor naasten.",
    "Effecten voor de professional (werkplezier, verzuim, et cetera).",
]


def _seed_text() -> str:
    return " ".join(SEED_COPY.read_text(encoding="utf-8").split())


def test_the_forms_instruction_texts_are_written_whole(tmp_path: Path) -> None:
    seed = _seed_text()
    text = " ".join(" ".join(_paragraphs(_export(tmp_path))).split())
    for sentence in FORM_SENTENCES:
        assert sentence in seed  # word for word the format's
        assert sentence in text


def test_the_forms_lists_of_examples_are_lists(tmp_path: Path) -> None:
    from docx import Document

    seed = _seed_text()
    document = Document(str(_export(tmp_path)))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == EXECUTION_EXAMPLES + QUALITATIVE_EXAMPLES
    assert all(f"§ {item}" in seed for item in bullets)


def test_the_vws_advisers_name_and_number_are_left_out(tmp_path: Path) -> None:
    paragraphs = _paragraphs(_export(tmp_path))
    monitoring = next(p for p in paragraphs if p.startswith("Voor het monitoren van het centrale"))
    assert monitoring.endswith(
        "Na de verlening van de specifieke uitkering wordt u benaderd door de Implementatie "
        "Adviseur van VWS. U kunt ook voor het gebruik van de monitor ook zelf contact opnemen "
        "met de Implementatie Adviseur van VWS."
    )
    seed_paragraph = _seed_text().split("Monitoring Voor het monitoren")[1].split("Samenwerking")[0]
    adviser = re.search(r"Adviseur (.+?) van VWS", seed_paragraph)
    assert adviser is not None and adviser[1] not in " ".join(paragraphs)  # "Jet de Wit"
    assert "minvws" not in " ".join(paragraphs)


def test_each_heading_of_the_form_is_written_once(tmp_path: Path) -> None:
    from docx import Document

    document = Document(str(_export(tmp_path)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) == len(set(headings))
    assert "Doelgroep & context" in headings and "Doelgroep en context" not in headings
