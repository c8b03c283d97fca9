"""Render the examples' exports as people pass them on, into tests/data/exports.tar.xz (issue 24).

    . .venv/bin/activate
    python scripts/make_export_fixtures.py
    python -m pytest -q -n 0 tests/e2e/test_export_renderings.py
    git add tests/data/exports.tar.xz

For each example (``examples/*.yaml``) it writes ``spukdos export`` of it (A4), the PDF that
LibreOffice prints of it on A4 and on Letter (the same document with its page size changed),
the PDF headless Chromium prints of LibreOffice's HTML of it, the A4 PDF printed again
through cairo (``export-cairo.pdf``, as Firefox on Linux and GTK print dialogs write it) and
written again by Ghostscript (``export-ghostscript.pdf``, as PDF printer drivers do) and
stamped ``CONCEPT`` across every page (``export-watermark.pdf``), the
Word file with its tables' borders removed printed by LibreOffice
(``export-noborders.pdf``), the A4 PDF through PostScript (``export-postscript.pdf``:
``pdftops`` and ``ps2pdf``, whose fonts lose their map to Unicode, so that no reader can
read its text; for the first example only), ``pdftotext`` of both PDFs plain and with
``-layout``, and LibreOffice's text export of the Word file, with a ``manifest.json`` (file
names, sha256, tool versions); the other programs are in ``tests/support/printers.py``.
Needs LibreOffice (``soffice``), Chromium, poppler's ``pdftotext``, ``pdftocairo`` and
``pdftops``, and Ghostscript (``gs``, ``ps2pdf``); every process runs with a timeout,
LibreOffice and Chromium with a profile of their own. Run it again after changing the
export: the test fails while the fixture's Word files differ from what ``spukdos export``
writes now.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import lzma
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import printers  # noqa: E402 - the suite's own helpers

EXAMPLES = ("amstelveen", "centraal-persoon", "advies-zorgkantoor")
OUT = ROOT / "tests" / "data" / "exports.tar.xz"
TIMEOUT = 180


def run(argv: list[str]) -> str:
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=TIMEOUT, check=True, stdin=subprocess.DEVNULL
    )
    return done.stdout + done.stderr


def letter(docx: Path, out: Path) -> None:
    """The same document on Letter paper (8.5 × 11 inch)."""
    from docx import Document
    from docx.shared import Inches

    document = Document(str(docx))
    for section in document.sections:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    document.save(str(out))


def soffice(source: Path, target: str, outdir: Path, profile: Path) -> None:
    run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(outdir), str(source)])  # fmt: skip


def chromium(docx: Path, out: Path, work: Path, profile: Path) -> None:
    """The document as a browser prints it: LibreOffice's HTML of it, printed to PDF by
    headless Chromium (Skia, the PDF library of Chrome and of Google Docs' "download as
    PDF"), which places glyphs one by one, breaks words over runs and rows over pages."""
    soffice(docx, "html", work, profile)
    html = work / f"{docx.stem}.html"
    browser = work / "chromium"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={browser}", f"--print-to-pdf={out}", html.as_uri()])  # fmt: skip
    html.unlink()


def main() -> int:
    # no options: but --help explains, and anything given is refused, instead of a rewrite
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    with tempfile.TemporaryDirectory(prefix="spukdos-exports-") as temp:
        work = Path(temp)
        top = work / "exports"
        profile = work / "profile"
        manifest: dict[str, object] = {
            "generator": "scripts/make_export_fixtures.py",
            "tools": {
                "soffice": run(["soffice", "--version"]).strip(),
                "pdftotext": run(["pdftotext", "-v"]).strip().splitlines()[0],
                "chromium": run(["chromium", "--version"]).strip(),
                "pdftocairo": run(["pdftocairo", "-v"]).strip().splitlines()[0],
                "ghostscript": run(["gs", "--version"]).strip(),
            },
            "examples": {},
        }
        for name in EXAMPLES:
            folder = top / name
            folder.mkdir(parents=True)
            docx = folder / "export.docx"
            run([sys.executable, "-m", "spukdos_cli", "export",
                 str(ROOT / "examples" / f"{name}.yaml"), "-o", str(docx)])  # fmt: skip
            letter(docx, work / f"{name}-letter.docx")
            soffice(docx, "pdf", work, profile)
            shutil.move(work / "export.pdf", folder / "export-a4.pdf")
            soffice(work / f"{name}-letter.docx", "pdf", work, profile)
            shutil.move(work / f"{name}-letter.pdf", folder / "export-letter.pdf")
            chromium(docx, folder / "export-chromium.pdf", work, profile)
            printers.cairo(folder / "export-a4.pdf", folder / "export-cairo.pdf")
            printers.ghostscript(folder / "export-a4.pdf", folder / "export-ghostscript.pdf")
            printers.watermark(folder / "export-a4.pdf", folder / "export-watermark.pdf")
            if name == EXAMPLES[0]:
                printers.postscript(folder / "export-a4.pdf", folder / "export-postscript.pdf")
            bare = work / f"{name}-noborders.docx"
            bare.write_bytes(printers.without_borders(docx.read_bytes()))
            soffice(bare, "pdf", work, profile)
            shutil.move(work / f"{name}-noborders.pdf", folder / "export-noborders.pdf")
            soffice(docx, "txt:Text (encoded):UTF8", work, profile)
            shutil.move(work / "export.txt", folder / "libreoffice.txt")
            for paper in ("a4", "letter"):
                pdf = folder / f"export-{paper}.pdf"
                run(["pdftotext", str(pdf), str(folder / f"pdftotext-{paper}.txt")])
                run(
                    [
                        "pdftotext",
                        "-layout",
                        str(pdf),
                        str(folder / f"pdftotext-layout-{paper}.txt"),
                    ]
                )
            files = sorted(p.name for p in folder.iterdir())
            manifest["examples"][name] = {  # type: ignore[index]
                f: hashlib.sha256((folder / f).read_bytes()).hexdigest() for f in files
            }
        (top / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            for path in sorted(top.rglob("*")):
                if path.is_file():
                    info = tarfile.TarInfo(str(path.relative_to(work)))
                    data = path.read_bytes()
                    info.size, info.mtime, info.mode = len(data), 0, 0o644
                    tar.addfile(info, io.BytesIO(data))
        OUT.write_bytes(lzma.compress(buffer.getvalue(), preset=9 | lzma.PRESET_EXTREME))
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
