"""spukdos export: the businesscase as a Word document in the order of the format, and
spukdos batch / check reading filled-in forms next to YAML files."""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import DataPath, SourceRef, format_path
from spukdos_cli.read.document.extra import HEADING, parse_path, read_extra
from spukdos_cli.read.document.lines import Builder, Document
from spukdos_cli.read.document.load import read_lines
from spukdos_cli.read.loader import load_path
from tests.conftest import AMSTELVEEN, EXAMPLES, MINIMAL, ROOT, WITH_EXTRAS
from tests.support import formdocs, processes

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


@pytest.mark.parametrize("name", ["b.pdf", "b.doc", "b.odt", "b"])
def test_export_refuses_a_name_that_is_not_a_word_document(tmp_path: Path, name: str) -> None:
    code, _, err = _run("export", str(AMSTELVEEN), "-o", str(tmp_path / name))
    assert code == ExitCode.USAGE and "eindigt op .docx" in err
    assert list(tmp_path.iterdir()) == []


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
    assert len(document.tables) == 9  # the form's 8 and the appendix
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


# -- the appendix: what the form has no place for, visible, and read back -------------------
ADVICE = {
    "advies_zorgkantoor.zorgkantoor", "advies_zorgkantoor.adviseur", "advies_zorgkantoor.datum",
    "advies_zorgkantoor.vermindert_wlz_kosten", "advies_zorgkantoor.kosten_niet_hoger_dan_baten",
    "advies_zorgkantoor.tekst",
}  # fmt: skip
DOMAINS_AND_RATE = {
    "kosten.uitvoering[0].domein", "kosten.uitvoering[1].domein", "kosten.uitvoering[2].domein",
    "baten.uitstel_intramuraal.tarief", "baten.overige[0].domein",
}  # fmt: skip
APPENDIX = {
    "amstelveen.yaml": set(),  # the form holds every value of the reference application
    "centraal-persoon.yaml": DOMAINS_AND_RATE,
    "advies-zorgkantoor.yaml": DOMAINS_AND_RATE | ADVICE,
}
EXTRAS = {
    "experiment.gemeente", "experiment.variant", "partijen[2].toegezegd",
    "kosten.uitvoering[1].domein", "kosten.uitvoering[1].tarief", "kosten.uitvoering[1].aantal",
    "kosten.uitvoering[1].onderbouwing_tarief", "scenarios[0].naam", "scenarios[0].toelichting",
    "scenarios[0].wijzigingen.baten.uitstel_mpt_vpt.dagen",
    "scenarios[0].wijzigingen.baten.uitstel_intramuraal.kosten_per_dag",
}  # fmt: skip


def _value_at(case: Businesscase, path: DataPath) -> object:
    value: object = case
    for part in path:
        if isinstance(part, int):
            assert isinstance(value, tuple)
            value = value[part]
        elif isinstance(value, dict):
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def _reads_as(text: str, value: object, *, exact: bool = True) -> bool:
    """Does the appendix text ``text`` give the YAML file's ``value``? Texts compared as
    written (``exact``) or, from a PDF, with the line breaks of its narrow cell left out."""
    if isinstance(value, bool):
        return text == ("ja" if value else "nee")
    if isinstance(value, date):
        return text == value.isoformat()
    if isinstance(value, Decimal):
        return re.fullmatch(r"[0-9]+(\.[0-9]+)?", text) is not None and Decimal(text) == value
    assert isinstance(value, str)
    if exact:
        return text == value.rstrip("\n")
    return re.sub(r"\s+", "", text) == re.sub(r"\s+", "", value)


def _appendix_of(raw: bytes, kind: str) -> dict[str, str]:
    found = read_extra(read_lines(raw, kind))
    paths = [format_path(path) for path, _, _ in found]
    assert len(paths) == len(set(paths))
    return {format_path(path): text for path, text, _ in found}


def _assert_appendix(found: dict[str, str], case: Businesscase, *, exact: bool = True) -> None:
    for shown, text in found.items():
        path = parse_path(shown)
        assert path is not None and _reads_as(text, _value_at(case, path), exact=exact), shown


@pytest.mark.parametrize("name", sorted(APPENDIX))
def test_the_appendix_holds_what_the_form_has_no_place_for(tmp_path: Path, name: str) -> None:
    case = load_path(EXAMPLES / name).case
    assert case is not None
    target = _export(tmp_path, EXAMPLES / name)
    found = _appendix_of(target.read_bytes(), "docx")
    assert set(found) == APPENDIX[name]
    _assert_appendix(found, case)
    paragraphs = _paragraphs(target)
    if not APPENDIX[name]:  # nothing to add: no appendix at all
        assert HEADING not in paragraphs
        return
    heading = paragraphs.index(HEADING)  # after the last question, before the table
    assert heading > next(i for i, p in enumerate(paragraphs) if p.startswith("In de onderstaande"))
    assert paragraphs[heading + 1].startswith("In deze tabel staan gegevens van de aanvraag")
    last = _tables(target)[-1]
    assert last[0] == ["Gegeven", "Waarde"] and len(last) == len(found) + 1


def test_the_appendix_writes_values_as_the_file_does(tmp_path: Path) -> None:
    source = tmp_path / "extra.yaml"
    source.write_text(WITH_EXTRAS, encoding="utf-8")
    case = load_path(source).case
    assert case is not None
    target = tmp_path / "extra.docx"
    _run("export", str(source), "-o", str(target))
    found = _appendix_of(target.read_bytes(), "docx")
    assert set(found) == EXTRAS
    _assert_appendix(found, case)
    assert found["partijen[2].toegezegd"] == "nee"
    assert found["kosten.uitvoering[1].aantal"] == "12.5"
    assert (
        found["kosten.uitvoering[1].onderbouwing_tarief"] == "Eigen tarief:\nhoger door reistijd."
    )
    # an amount in the plain machine form, two decimals: the file says 90
    assert found["scenarios[0].wijzigingen.baten.uitstel_intramuraal.kosten_per_dag"] == "90.00"
    assert found["scenarios[0].toelichting"] == "Als het uitstel tegenvalt:\nde helft van de dagen."


def test_an_advice_date_is_iso_and_its_conclusions_ja_or_nee(tmp_path: Path) -> None:
    found = _appendix_of(
        _export(tmp_path, EXAMPLES / "advies-zorgkantoor.yaml").read_bytes(), "docx"
    )
    assert found["advies_zorgkantoor.datum"] == "2024-11-15"
    assert found["advies_zorgkantoor.vermindert_wlz_kosten"] == "ja"
    assert found["advies_zorgkantoor.tekst"].startswith("Het zorgkantoor adviseert positief")


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("kosten.uitvoering[2].domein", ("kosten", "uitvoering", 2, "domein")),
        ("advies_zorgkantoor.datum", ("advies_zorgkantoor", "datum")),
        ("baten.uitstel_mpt_vpt.onderbouwing_tarief",
         ("baten", "uitstel_mpt_vpt", "onderbouwing_tarief")),
        ("scenarios[0].wijzigingen.baten.uitstel_mpt_vpt.dagen",
         ("scenarios", 0, "wijzigingen", "baten.uitstel_mpt_vpt.dagen")),
        ("scenarios[1].wijzigingen.kosten.uitvoering[3].bedrag",
         ("scenarios", 1, "wijzigingen", "kosten.uitvoering[3].bedrag")),
        ("kosten.uitvoering[2]\n.domein", ("kosten", "uitvoering", 2, "domein")),  # a PDF's cell
        ("kosten.uitvoering[200].domein", None),  # beyond the 200 items of a list
        ("kosten.uitvoering[01].domein", None),
        ("kosten.uitvoering.domein", None),
        ("kosten.uitvoering[0]", None),  # a block, not a value
        ("experiment.naam.x", None),
        ("experiment.kleur", None),
        ("Kosten.uitvoering[0].domein", None),
        ("scenarios[0].wijzigingen", None),
        ("scenarios[0].wijzigingen.baten.uitstel_", None),  # not an input a scenario changes
        ("kosten.uitvoering[0].domein; rm -rf /", None),
        ("", None),
    ],
)  # fmt: skip
def test_only_paths_of_the_models_values_are_read(text: str, path: DataPath | None) -> None:
    assert parse_path(text) == path


def test_an_index_is_bounded_as_a_list_of_the_file_is() -> None:
    from spukdos_cli.read import yamltree
    from spukdos_cli.read.document import extra

    assert extra.MAX_ITEMS == yamltree.MAX_ITEMS


def _document(*tables: list[list[str]], heading: bool = True, between: str = "") -> Document:
    builder = Builder("docx")
    builder.line("Maatschappelijke baten", SourceRef(None, 1, "paragraph"))
    if heading:
        builder.line(HEADING, SourceRef(None, 2, "paragraph"))
    for number, rows in enumerate(tables, start=1):
        if number > 1 and between:
            builder.line(between, SourceRef(None, 10 + number, "paragraph"))
        builder.table(
            [[(text, SourceRef(None, None, "line", number, r, c)) for c, text in enumerate(row, 1)]
             for r, row in enumerate(rows, 1)]
        )  # fmt: skip
    return builder.doc


def _read(doc: Document) -> list[tuple[str, str]]:
    return [(format_path(path), text) for path, text, _ in read_extra(doc)]


def test_a_value_continued_on_the_next_page_is_joined_and_the_header_skipped() -> None:
    page_1 = [["Gegeven", "Waarde"], ["advies_zorgkantoor.datum", "2024-11-15"],
              ["advies_zorgkantoor.tekst", "Eerste regel"]]  # fmt: skip
    page_2 = [["Gegeven", "Waarde"], ["", "tweede regel"], ["experiment.variant", "cofinanciering"]]
    doc = _document(page_1, page_2)
    assert _read(doc) == [
        ("advies_zorgkantoor.datum", "2024-11-15"),
        ("advies_zorgkantoor.tekst", "Eerste regel\ntweede regel"),
        ("experiment.variant", "cofinanciering"),
    ]
    line = read_extra(doc)[1][2]
    assert (line.text, line.ref.table, line.ref.row, line.ref.col) == ("Eerste regel", 1, 3, 2)


def test_a_bad_row_is_skipped_with_its_continuation_never_a_crash() -> None:
    rows = [
        ["Gegeven", "Waarde"],
        ["kosten.uitvoering[0].domein", "wmo"],
        ["kosten.uitvoering[0].kleur", "rood"],  # not in the model
        ["", "vervolg van rood"],  # continues the bad row: not joined to "wmo"
        ["kosten.uitvoering[1].domein", "zvw", "derde kolom"],  # not two cells
        ["baten.overige[0].domein", "wlz"],
        ["baten.overige[0].domein", "wmo"],  # the same path again with another value
        ["experiment.naam", "Proef"],
        ["experiment.naam", "Proef"],  # the same path and value again: once
        ["", ""],
    ]
    assert _read(_document(rows)) == [
        ("kosten.uitvoering[0].domein", "wmo"),
        ("experiment.naam", "Proef"),
    ]


def test_the_appendix_is_found_by_its_header_row_and_ends_at_other_text() -> None:
    table = [["Gegeven", "Waarde"], ["experiment.variant", "cofinanciering"]]
    other = [["Kostenpost", "Kosten"], ["experiment.naam", "niet van de bijlage"]]
    assert _read(_document(table, heading=False)) == [("experiment.variant", "cofinanciering")]
    assert _read(_document(table, other, between="Een andere tabel:")) == [
        ("experiment.variant", "cofinanciering")
    ]
    assert _read(_document(other)) == []  # no header row, no appendix
    assert _read(Document("pdf")) == []


# -- the appendix through an office suite: printed to PDF, and edited and saved again --------
LONG_ADVICE = "\n".join(
    f"    Regel {i} van een lang advies: het zorgkantoor licht de conclusie toe voor wijk {i}."
    for i in range(1, 121)
)


def _long_case(folder: Path) -> Path:
    """The advice example with an advice longer than a page, and a scenario."""
    text = (EXAMPLES / "advies-zorgkantoor.yaml").read_text(encoding="utf-8")
    text = text.replace("  tekst: |\n", "  tekst: |\n" + LONG_ADVICE + "\n", 1)
    text += WITH_EXTRAS[WITH_EXTRAS.index("scenarios:") :]
    source = folder / "lang-advies.yaml"
    source.write_text(text, encoding="utf-8")
    return source


def _soffice(folder: Path, source: Path, target: str) -> Path:
    """``source`` converted by LibreOffice (a profile of its own, so that parallel tests do
    not share one), with the suite's watchdog."""
    soffice = shutil.which("soffice")
    assert soffice is not None
    out = folder / target.split(":")[0]
    out.mkdir()
    profile = (folder / f"profile-{out.name}").as_uri()
    done = processes.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
         "--outdir", str(out), str(source)],
        timeout=120,
    )  # fmt: skip
    result = out / (source.stem + "." + target.split(":")[0])
    assert result.exists(), done.stderr
    return result


needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="no LibreOffice")


@pytest.fixture(scope="module")
def long_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Businesscase, Path]:
    folder = tmp_path_factory.mktemp("office")
    source = _long_case(folder)
    case = load_path(source).case
    assert case is not None
    target = folder / "lang-advies.docx"
    assert _run("export", str(source), "-o", str(target))[0] == ExitCode.OK
    return case, target


@needs_office
def test_printed_to_pdf_every_page_is_a4_and_the_appendix_reads_back(
    long_export: tuple[Businesscase, Path], tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    case, document = long_export
    pdf = _soffice(tmp_path, document, "pdf")
    opened = pdfium.PdfDocument(pdf.read_bytes())
    try:
        sizes = [opened[i].get_size() for i in range(len(opened))]
    finally:
        opened.close()
    assert all(abs(w - 595) <= 2 and abs(h - 842) <= 2 for w, h in sizes), sizes
    in_word = _appendix_of(document.read_bytes(), "docx")
    printed = _appendix_of(pdf.read_bytes(), "pdf")
    assert set(printed) == set(in_word) == ADVICE | DOMAINS_AND_RATE | EXTRAS - {
        "experiment.gemeente", "experiment.variant", "partijen[2].toegezegd",
        "kosten.uitvoering[1].tarief", "kosten.uitvoering[1].aantal",
        "kosten.uitvoering[1].onderbouwing_tarief",
    }  # fmt: skip
    _assert_appendix(printed, case, exact=False)
    advice = " ".join(printed["advies_zorgkantoor.tekst"].split())  # longer than a page
    assert "wijk 1. Regel 2 van" in advice and "wijk 119. Regel 120 van" in advice
    pages = {line.ref.page for path, _, line in read_extra(read_lines(pdf.read_bytes(), "pdf"))}
    assert len(pages) >= 2


@needs_office
def test_edited_and_saved_again_the_appendix_still_reads_back(
    long_export: tuple[Businesscase, Path], tmp_path: Path
) -> None:
    case, document = long_export
    saved = _soffice(tmp_path, document, "docx:MS Word 2007 XML")
    again = _appendix_of(saved.read_bytes(), "docx")
    assert again == _appendix_of(document.read_bytes(), "docx") and len(again) == 15
    _assert_appendix(again, case)
