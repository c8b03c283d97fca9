"""The batch workbook as a reviewer opens and prints it, read back with openpyxl.

A frozen header row with an autofilter, columns as wide as their headers, ``ja``/``nee``
rather than 1/0, landscape A4 at a readable scale with the header row and the columns
that name an application on every page (printed through LibreOffice where it is
installed), and a second sheet, one page, with the summary and where the figures come
from. Hostile text and amounts no
spreadsheet can hold exactly stay readable; a full disk is a clean message.
"""

from __future__ import annotations

import re
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from spukdos_cli import __version__
from spukdos_cli.checks.batch import columns
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.messages.labels import label
from spukdos_cli.report.batch_files import EURO_FORMAT, column_width
from tests.conftest import AMSTELVEEN, MINIMAL
from tests.support import processes

runner = CliRunner()
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}


def batch(*args: str, lang: str = "nl") -> tuple[int, str]:
    result = runner.invoke(cli.app, ["batch", "-j", "1", "--lang", lang, *args], env=ENV)
    return result.exit_code, result.output


def folder(tmp_path: Path, **files: str) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in files.items():
        (inputs / f"{name}.yaml").write_text(text, encoding="utf-8")
    return inputs


def workbook(tmp_path: Path, *args: str, lang: str = "nl", **files: str) -> Any:
    target = tmp_path / "r.xlsx"
    code, out = batch(str(folder(tmp_path, **files)), *args, "-o", str(target), lang=lang)
    assert code in (ExitCode.OK, ExitCode.FINDINGS), out
    return load_workbook(target)


def test_the_table_is_laid_out_for_people(tmp_path: Path) -> None:
    negative = MINIMAL.replace("dagen: 10,", "dagen: 1,")
    book = workbook(tmp_path, a=MINIMAL, b=negative, c="spukdos: [\n")
    table = book.worksheets[0]
    header = [c.value for c in table[1]]
    cols = columns(False)
    assert header == [label(c.label_key, "nl") for c in cols]  # built from COLUMNS
    assert all(cell.font.bold for cell in table[1])
    assert table.freeze_panes == "A2"
    assert table.auto_filter.ref == f"A1:{table.cell(1, len(cols)).column_letter}4"
    for index, text in enumerate(header, start=1):
        width = table.column_dimensions[table.cell(1, index).column_letter].width
        assert width >= len(text) + 2, text  # no header cut off
    on_paper(table)
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in table.iter_rows(2, values_only=True)}
    a, b, c = (rows[str(tmp_path / "in" / f"{n}.yaml")] for n in "abc")
    assert (a["Positief"], a["Compleet"], a["Oordeel"]) == ("ja", "ja", "positief")
    assert (b["Positief"], b["Oordeel"]) == ("nee", "niet positief")
    assert (c["Positief"], c["Compleet"], c["Oordeel"]) == (None, "nee", "onleesbaar")
    saldo = table.cell(2, header.index("Saldo") + 1)
    assert saldo.data_type == "n" and saldo.number_format == EURO_FORMAT


def on_paper(table: Any) -> None:
    """The table's page setup (issue 28): A4 landscape at a readable scale, never "one page
    wide"; the header row and the columns that name the application on every page; pages
    across before down; a print area; page numbers."""
    setup = table.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)
    assert table.sheet_properties.pageSetUpPr.fitToPage is False
    assert int(setup.scale) >= 70  # 11-point text at 7.7 points or more
    assert setup.pageOrder == "overThenDown"
    assert table.print_title_rows == "$1:$1"
    assert table.print_title_cols == "$A:$B"
    assert [table.cell(1, 1).value, table.cell(1, 2).value] == ["Bestand", "Gemeente"]
    last = table.cell(1, table.max_column).column_letter
    assert table.print_area == f"'{table.title}'!$A$1:${last}${table.max_row}"
    assert table.print_options.gridLines is True
    assert table.oddFooter.center.text == "Pagina &P van &N"


def test_the_summary_sheet_fits_one_page(tmp_path: Path) -> None:
    book = workbook(tmp_path, a=MINIMAL, b="spukdos: [\n")
    sheet = book.worksheets[1]
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 1)
    assert sheet.print_area == f"'Samenvatting'!$A$1:$C${sheet.max_row}"
    # the long texts of the provenance wrap over columns B and C, inside the print area
    assert sheet.max_column == 3
    merged = {str(r) for r in sheet.merged_cells.ranges}
    rows = {r[0].value: r[0].row for r in sheet.iter_rows() if r[0].value}
    for name in ("Gemaakt met", "Regels van de regeling", "Prijslijst", "Gemaakt op"):
        assert f"B{rows[name]}:C{rows[name]}" in merged
        assert sheet.cell(rows[name], 2).alignment.wrap_text is True


def test_a_long_path_wraps_in_a_row_high_enough(tmp_path: Path) -> None:
    deep = tmp_path / ("een-map-met-een-lange-naam-" * 3)
    deep.mkdir()
    (deep / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    target = tmp_path / "r.xlsx"
    assert batch(str(deep), "-o", str(target))[0] == ExitCode.OK
    table = load_workbook(target).worksheets[0]
    cell = table.cell(2, 1)
    assert cell.value == str(deep / "a.yaml") and cell.alignment.wrap_text is True
    width = table.column_dimensions["A"].width
    lines = -(-len(cell.value) // int(width))
    assert lines > 1 and table.row_dimensions[2].height >= 15 * lines


def test_english_headers_and_yes_no(tmp_path: Path) -> None:
    table = workbook(tmp_path, lang="en", a=MINIMAL).worksheets[0]
    header = [c.value for c in table[1]]
    row = dict(zip(header, next(table.iter_rows(2, values_only=True)), strict=True))
    assert (row["Positive"], row["Complete"], row["Verdict"]) == ("yes", "yes", "positive")


def test_every_column_fits_its_header_in_both_languages() -> None:
    for lang in ("nl", "en"):
        for column in columns(True):
            header = label(column.label_key, lang)
            assert column_width(column, header) >= len(header) + 2, header


def test_the_second_sheet_has_the_summary_and_the_provenance(tmp_path: Path) -> None:
    before = datetime.now().astimezone().replace(microsecond=0)
    book = workbook(tmp_path, a=MINIMAL, b="spukdos: [\n")
    assert [s.title for s in book.worksheets] == ["Aanvragen", "Samenvatting"]
    values = {r[0]: r[1:] for r in book.worksheets[1].iter_rows(values_only=True) if r[0]}
    assert values["Bestanden"][0] == 2
    assert values["positief"][0] == 1 and values["onleesbaar"][0] == 1
    assert values["Saldo (baten − kosten)"][:2] == (700, 700)
    assert values["Gemaakt met"][0] == f"spukdos {__version__}"
    assert values["Regels van de regeling"][0] == "ingebouwd, regelingjaren 2025"
    assert values["Prijslijst"][0].endswith("(ingebouwd)")
    created = datetime.fromisoformat(values["Gemaakt op"][0])
    assert before <= created <= datetime.now().astimezone()


def test_a_price_list_of_ones_own_is_named(tmp_path: Path) -> None:
    prices = tmp_path / "prijzen.yaml"
    prices.write_text(
        "naam: Eigen lijst 2025\ntarieven:\n  - {sleutel: vpt-dag, omschrijving: VPT, "
        "eenheid: per_dag, bedrag: 70.00, prijsjaar: 2025, domein: wlz, bron: eigen opgave}\n",
        encoding="utf-8",
    )
    book = workbook(tmp_path, "--prices", str(prices), a=MINIMAL)
    values = {r[0]: r[1] for r in book.worksheets[1].iter_rows(values_only=True) if r[0]}
    assert values["Prijslijst"] == "Eigen lijst 2025 (eigen bestand, --prices)"


def test_text_xml_cannot_hold_is_escaped_and_the_workbook_opens(tmp_path: Path) -> None:
    hostile = MINIMAL.replace('gemeente: "Voorbeeld"', 'gemeente: "a\\ufffe\\uffff\\x1b<b>&"')
    book = workbook(tmp_path, a=hostile)  # load_workbook would fail on a raw U+FFFE
    table = book.worksheets[0]
    header = [c.value for c in table[1]]
    gemeente = table.cell(2, header.index("Gemeente") + 1).value
    assert gemeente == "a\\ufffe\\uffff\\x1b<b>&"


def test_amounts_beyond_a_double_are_text_with_a_note(tmp_path: Path) -> None:
    huge = MINIMAL.replace("bedrag: 600.00", "bedrag: 99999999999999.99")
    assert huge != MINIMAL
    book = workbook(tmp_path, a=huge)
    table = book.worksheets[0]
    header = [c.value for c in table[1]]
    costs = table.cell(2, header.index("Uitvoeringskosten") + 1)
    assert costs.data_type == "s" and costs.value == "€ 100.000.000.000.399,99"
    assert costs.alignment.horizontal == "right"
    benefits = table.cell(2, header.index("Totale baten") + 1)
    assert benefits.data_type == "n" and benefits.value == 1700  # exact: stays a number
    notes = [r[0] for r in book.worksheets[1].iter_rows(values_only=True) if r[0]]
    assert any(
        re.match(r"\d+ bedrag\(en\) met meer dan 15 cijfers staan als tekst", n) for n in notes
    )


FULL_DISK = """\
import errno, sys, zipfile
import openpyxl.worksheet._write_only as write_only

def full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")

if {where!r} == "save":
    zipfile.ZipFile.writestr = full
else:
    write_only.WriteOnlyWorksheet.append = full
sys.argv = ["spukdos", "batch", "-j", "1", {inputs!r}, "-o", {target!r}]
from spukdos_cli.cli.entry import entry
entry()
"""


@pytest.mark.parametrize("where", ["save", "append"])
def test_a_full_disk_is_a_clean_message(tmp_path: Path, where: str) -> None:
    """In a process of its own, so that whatever openpyxl or ZipFile leave open for the
    interpreter's clean-up would show on standard error (no --debug: no traceback)."""
    inputs = folder(tmp_path, a=MINIMAL, b=AMSTELVEEN.read_text(encoding="utf-8"))
    target = tmp_path / "r.xlsx"
    script = tmp_path / "run.py"
    script.write_text(
        FULL_DISK.format(where=where, inputs=str(inputs), target=str(target)), encoding="utf-8"
    )
    env = {**ENV, "PATH": "", "PYTHONWARNINGS": "default"}
    completed = processes.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, check=False
    )
    assert completed.returncode == ExitCode.USAGE, completed.stderr
    assert completed.stderr.startswith("spukdos: ") and "r.xlsx" in completed.stderr
    assert "No space left on device" in completed.stderr
    assert "Traceback" not in completed.stderr and "Exception ignored" not in completed.stderr
    assert len(completed.stderr.splitlines()) == 1, completed.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "run.py"]  # no partial file


def test_a_file_name_that_is_not_utf8_is_a_row_in_every_format(tmp_path: Path) -> None:
    """Such a name is shown with its byte as an escape (``\\xff``, issue 19's one
    display name) in every table instead of failing, and ``--baseline`` still matches
    the file by that name."""
    import csv
    import json
    import os

    inputs = tmp_path / "in"
    inputs.mkdir()
    try:
        with open(os.fsencode(inputs) + b"/\xff-a.yaml", "wb") as handle:
            handle.write(MINIMAL.encode("utf-8"))
    except OSError:
        pytest.skip("this file system accepts only UTF-8 names")
    shown = str(inputs) + "/\\xff-a.yaml"
    for kind in ("csv", "json", "xlsx"):
        code, out = batch(str(inputs), "-o", str(tmp_path / f"r.{kind}"))
        assert code == ExitCode.OK, (kind, out)
    with open(tmp_path / "r.csv", encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["file"] == shown
    document = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert document["rows"][0]["file"] == shown
    table = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    assert table.cell(2, 1).value == shown
    code, out = batch(str(inputs), "--baseline", str(tmp_path / "r.json"))
    assert code == ExitCode.OK and "Geen veranderingen" in out


# -- on paper, for real (issue 28) ----------------------------------------------------------
def calc() -> str | None:
    """LibreOffice's ``soffice`` when it has its spreadsheet (Calc) installed: a machine
    with only Writer opens no workbook ("source file could not be loaded")."""
    found = shutil.which("soffice")
    if found is None:
        return None
    program = Path(found).resolve().parent
    return found if any(program.glob("libsclo.*")) else None  # Calc's library


def pdf_pages(pdf: Path) -> list[tuple[tuple[float, float], str, list[float]]]:
    """Each page of ``pdf``: its size in points, its text, and the size in points of every
    character that is printed (not a space, not one the reader made up)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            text = page.get_textpage()
            sizes = [
                raw.FPDFText_GetFontSize(text, k)
                for k in range(text.count_chars())
                if not chr(raw.FPDFText_GetUnicode(text, k)).isspace()
                and raw.FPDFText_IsGenerated(text, k) != 1
            ]
            pages.append((page.get_size(), text.get_text_range(), sizes))
            text.close()
            page.close()
    finally:
        document.close()
    return pages


@pytest.mark.skipif(calc() is None, reason="LibreOffice Calc is not installed")
def test_the_workbook_of_20_applications_prints_readably_from_libreoffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = {f"aanvraag-{i:02d}": MINIMAL for i in range(1, 21)}
    folder(tmp_path, **names)
    monkeypatch.chdir(tmp_path)  # the files as a reviewer names them: in/aanvraag-01.yaml
    target = tmp_path / "r.xlsx"
    code, out = batch("in", "-o", str(target))
    assert code == ExitCode.OK, out
    soffice = calc()
    assert soffice is not None
    profile = (tmp_path / "lo-profile").as_uri()
    argv = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    done = processes.run(
        [*argv, "--outdir", str(tmp_path), str(target)],
        capture_output=True,
        text=True,
        timeout=150,
    )
    pdf = tmp_path / "r.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    pages = pdf_pages(pdf)
    *table, summary = pages
    assert len(table) >= 2  # the wide table is split over pages, not shrunk onto one
    for number, (size, text, sizes) in enumerate(pages, start=1):
        assert [round(x) for x in size] == [842, 595]  # A4 landscape
        assert min(sizes) >= 7, (number, min(sizes))  # every text at 7 points or more
        assert f"Pagina {number} van {len(pages)}" in " ".join(text.split())
    headers = [label(c.label_key, "nl") for c in columns(False)]
    shown = set()
    for _, text, _ in table:
        # the header row and the columns that name each application, on every page
        assert text.count("Bestand") == 1 and "Gemeente" in text
        rows = {name for name in names if f"in/{name}.yaml" in text}
        assert rows and text.count("Voorbeeld") == len(rows)
        shown |= rows
    assert shown == set(names)
    # every column is printed somewhere, whole
    printed = " ".join(text for _, text, _ in table)
    assert all(header in printed for header in headers)
    # the summary, with its provenance, on one page of its own
    _, text, _ = summary
    assert text.startswith("Samenvatting") and "Gemaakt op" in text
    assert "ingebouwd, regelingjaren 2025" in text
