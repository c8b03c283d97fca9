"""The examples' exports as people pass them on (issue 24): printed to PDF by LibreOffice on
A4 and on Letter and by a browser (headless Chromium, whose PDF library Skia places glyphs
one by one and breaks rows over pages), printed again through cairo (Firefox on Linux, GTK
print dialogs: fonts of size 1 scaled by their matrix, a table's line as one run over its
cells) and by Ghostscript (PDF printer drivers), stamped ``CONCEPT`` across each page,
printed with the tables' borders removed
(a table drawn without lines), turned into text by ``pdftotext`` (plain and
``-layout``) and saved as text by LibreOffice, made by ``scripts/make_export_fixtures.py``
and committed as ``tests/data/exports.tar.xz``. Each imports with the example's figures
and no figure wrong; only ``pdftotext`` without ``-layout``, which writes each column as
blocks that keep their order only inside themselves, gives fewer figures (never a wrong
one): cost posts whose amounts came in several blocks, and other savings. A PDF printed
through PostScript, whose fonts lost their map to Unicode, is refused as unreadable.
"""

from __future__ import annotations

import tarfile
from pathlib import Path
from typing import Any

import pytest

from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.load import import_bytes, kind_of, read_lines
from spukdos_cli.read.loader import load_path
from tests.conftest import ROOT
from tests.support.corpus.score import score

ARCHIVE = ROOT / "tests" / "data" / "exports.tar.xz"
EXAMPLES = ("amstelveen", "centraal-persoon", "advies-zorgkantoor")
RENDERINGS = (
    "export.docx",
    "export-a4.pdf",
    "export-letter.pdf",
    "export-chromium.pdf",
    "export-cairo.pdf",
    "export-ghostscript.pdf",
    "export-watermark.pdf",
    "export-noborders.pdf",
    "pdftotext-layout-a4.txt",
    "pdftotext-layout-letter.txt",
    "libreoffice.txt",
    "pdftotext-a4.txt",
    "pdftotext-letter.txt",
)
LOSES_COLUMNS = {"pdftotext-a4.txt", "pdftotext-letter.txt"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("exports")
    with tarfile.open(ARCHIVE) as archive:
        archive.extractall(target, filter="data")
    return target / "exports"


def _truth(example: str) -> dict[str, Any]:
    """The example's values, with the totals the export shows where the file states none
    (the form needs a figure there, so the export writes the computed one)."""
    from decimal import Decimal

    from spukdos_cli.compute.calculate import calculate
    from tests.read.document.test_load import COMPUTED

    loaded = load_path(ROOT / "examples" / f"{example}.yaml")
    assert loaded.case is not None
    truth = loaded.case.model_dump(mode="json", exclude_none=True)
    calculation: Any = calculate(loaded.case)
    for path, attribute in COMPUTED.items():
        node = truth
        *parents, last = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        if last not in node:
            value: Any = calculation
            for part in attribute.split("."):
                value = getattr(value, part)
            if isinstance(value, Decimal):
                node[last] = str(value)
    return truth


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_fixture_is_what_the_export_writes_now(
    folder: Path, example: str, tmp_path: Path
) -> None:
    from spukdos_cli.checks.pipeline import check_loaded
    from spukdos_cli.report.docx_export import write_docx

    loaded = load_path(ROOT / "examples" / f"{example}.yaml")
    now = tmp_path / "now.docx"
    write_docx(check_loaded(loaded, example), now)
    fresh = [line.text for line in read_lines(now.read_bytes(), "docx").lines]
    kept = [
        line.text
        for line in read_lines((folder / example / "export.docx").read_bytes(), "docx").lines
    ]
    assert kept == fresh, "run scripts/make_export_fixtures.py: the export has changed"


@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("example", EXAMPLES)
def test_each_rendering_imports_with_the_examples_figures(
    folder: Path, example: str, rendering: str
) -> None:
    path = folder / example / rendering
    raw = path.read_bytes()
    result = score(_truth(example), import_bytes(raw, kind_of(rendering, raw)).data)
    bad = [p for p in result.problems if p.kind in ("wrong", "extra")]
    assert bad == []
    missing = [p.path for p in result.problems if p.kind == "not found" and "." in p.path]
    if rendering not in LOSES_COLUMNS:
        assert result.exact == result.figures, missing
    else:  # only what a column in several blocks cannot tell: the posts, the other savings
        assert result.exact >= 0.75 * result.figures, missing
        assert all(
            p.startswith(("kosten.", "baten.overige", "financiering.aantal")) for p in missing
        )
    assert result.texts_found >= 0.9 * result.texts  # one in ten may differ in its layout


def test_a_pdf_whose_fonts_lost_their_letters_is_refused_as_unreadable(folder: Path) -> None:
    raw = (folder / EXAMPLES[0] / "export-postscript.pdf").read_bytes()
    with pytest.raises(DocumentError) as caught:
        import_bytes(raw, "pdf")
    assert caught.value.reason == "doc_text_garbled"
