"""spukdos export: the businesscase as a Word document in the order of the format, and
spukdos batch / check reading filled-in forms next to YAML files."""

from __future__ import annotations

import csv
import io
import shutil
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
