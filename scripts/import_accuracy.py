"""Print how well ``spukdos import`` reads the import corpus (issue 24), as the table of
``docs/import-export.md``.

    python scripts/import_accuracy.py          # the table
    python scripts/import_accuracy.py -v       # and every figure not exact, every text not found
    python scripts/import_accuracy.py --browser  # the Word forms printed by a browser
    python scripts/import_accuracy.py --printers  # the PDFs as other programs print them

``--browser`` prints each Word form of the corpus as a browser does (LibreOffice's HTML of
it, printed to PDF by headless Chromium, whose PDF library Skia is Chrome's and Google
Docs'), imports the PDF and gives one more row of the table; it needs ``soffice`` and
``chromium`` and takes some minutes.

``--printers`` gives four more rows: each A4 PDF of the corpus printed again through cairo
(Firefox on Linux, GTK print dialogs), written again by Ghostscript (PDF printer drivers)
and stamped ``CONCEPT`` across each page, and each Word form with its tables' borders
removed, printed by LibreOffice
(``tests/support/printers.py``); it needs ``pdftocairo``, ``gs`` and ``soffice``.

The corpus is ``tests/data/corpus.tar.xz`` (made by ``scripts/make_corpus.py``); the suite
holds the importer to the same measure in ``tests/e2e/test_import_corpus.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.corpus.accuracy import LABELS, Tally, measure, table  # noqa: E402 - the corpus is the suite's own

TIMEOUT = 180


def browser() -> Tally:
    """Every Word form of the corpus printed to PDF by headless Chromium, imported, scored."""
    from tests.support.corpus.archive import renderings
    from tests.support.corpus.score import score

    from spukdos_cli.read.document.load import import_bytes

    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="spukdos-browser-") as folder:
        work = Path(folder)
        for rendering in renderings(["docx"]):
            html = work / f"{rendering.form_id}.html"
            docx = work / f"{rendering.form_id}.docx"
            docx.write_bytes(rendering.path.read_bytes())
            pdf = work / f"{rendering.form_id}.pdf"
            for argv in (
                ["soffice", f"-env:UserInstallation={(work / 'office').as_uri()}", "--headless",
                 "--convert-to", "html", "--outdir", str(work), str(docx)],
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                 "--no-pdf-header-footer", f"--user-data-dir={work / 'chromium'}",
                 f"--print-to-pdf={pdf}", html.as_uri()],
            ):  # fmt: skip
                subprocess.run(argv, capture_output=True, timeout=TIMEOUT, check=True)
            tally.add(
                rendering.form_id,
                score(rendering.truth, import_bytes(pdf.read_bytes(), "pdf").data),
            )
    return tally


def printed() -> dict[str, Tally]:
    """Every A4 PDF of the corpus through cairo and Ghostscript, and every Word form
    without its tables' borders printed by LibreOffice, imported, scored."""
    from tests.support import printers
    from tests.support.corpus.archive import renderings
    from tests.support.corpus.score import score

    from spukdos_cli.read.document.load import import_bytes

    names = ("pdf-cairo", "pdf-ghostscript", "pdf-watermark", "pdf-noborders")
    tallies = {name: Tally() for name in names}
    with tempfile.TemporaryDirectory(prefix="spukdos-printers-") as folder:
        work = Path(folder)
        for rendering in renderings(["pdf-a4", "docx"]):
            made: dict[str, Path] = {}
            if rendering.name == "pdf-a4":
                made["pdf-cairo"] = work / "cairo.pdf"
                printers.cairo(rendering.path, made["pdf-cairo"])
                made["pdf-ghostscript"] = work / "ghostscript.pdf"
                printers.ghostscript(rendering.path, made["pdf-ghostscript"])
                made["pdf-watermark"] = work / "watermark.pdf"
                printers.watermark(rendering.path, made["pdf-watermark"])
            else:
                bare = work / f"{rendering.form_id}.docx"
                bare.write_bytes(printers.without_borders(rendering.path.read_bytes()))
                subprocess.run(
                    ["soffice", f"-env:UserInstallation={(work / 'office').as_uri()}",
                     "--headless", "--convert-to", "pdf", "--outdir", str(work), str(bare)],
                    capture_output=True, timeout=TIMEOUT, check=True,
                )  # fmt: skip
                made["pdf-noborders"] = bare.with_suffix(".pdf")
            for name, pdf in made.items():
                imported = import_bytes(pdf.read_bytes(), "pdf")
                tallies[name].add(rendering.form_id, score(rendering.truth, imported.data))
    return tallies


def main(argv: list[str]) -> int:
    tallies = measure()
    if "--browser" in argv:
        LABELS["pdf-browser"] = "PDF, Chromium (from the Word form)"
        tallies["pdf-browser"] = browser()
    if "--printers" in argv:
        LABELS["pdf-cairo"] = "PDF, LibreOffice's printed again by cairo"
        LABELS["pdf-ghostscript"] = "PDF, LibreOffice's written again by Ghostscript"
        LABELS["pdf-watermark"] = "PDF, LibreOffice's stamped CONCEPT across each page"
        LABELS["pdf-noborders"] = "PDF, LibreOffice, the tables without borders"
        tallies.update(printed())
    print(table(tallies))
    if "-v" in argv:
        for name, tally in tallies.items():
            for form_id, problem in tally.problems:
                print(f"{name}\t{form_id}\t{problem.kind}\t{problem.path}\t{problem.expected}"
                      f"\t{problem.found}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
