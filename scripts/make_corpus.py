"""Render the import corpus into tests/data/corpus.tar.xz (issue 24).

Regenerate it after changing anything in tests/support/corpus/ (applications, form, switches,
the list of forms):

    . .venv/bin/activate
    python scripts/make_corpus.py            # all forms, one LibreOffice per core
    python -m pytest -q -n 0 tests/e2e/test_corpus_generator.py
    git add tests/data/corpus.tar.xz

It needs LibreOffice (``soffice``) and poppler's ``pdftotext``. For every form of
``tests/support/corpus/forms.py`` it writes, in ``corpus/<form id>/``: the DOCX (A4), the PDF that
LibreOffice prints of it on A4 and of the same form on Letter, ``pdftotext`` of the A4 PDF
plain and with ``-layout``, LibreOffice's text export of the DOCX, and the ground truth as
JSON; then ``corpus/manifest.json`` (form id -> application, variation, files with sha256;
the tool versions) and everything into one xz-compressed tar with fixed times and owners.
PDFs compress badly: the script prints the archive's size, which should stay under about
10 MB (xz's large window finds the parts the files share, so it is far less).

Each LibreOffice runs with a profile of its own (``-env:UserInstallation``) in a temporary
folder, so that runs in parallel (and a LibreOffice the user has open) do not clash; every
process has a timeout. LibreOffice's PDFs carry a creation time, so a new run gives new
PDFs even when nothing changed; the test suite compares the truths and the DOCX contents
with the generator, not the PDF bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.corpus import archive, forms  # noqa: E402 - the corpus is the suite's own
from tests.support.corpus.render import docx_bytes  # noqa: E402

TXT_FILTER = "txt:Text (encoded):UTF8"
SECONDS_PER_FILE = 20
"""Timeout of one LibreOffice run: this much per file it converts, plus a minute to start."""


def _run(argv: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
    )


def tool_versions() -> dict[str, str]:
    soffice = _run(["soffice", "--version"], 120).stdout.strip()
    poppler = _run(["pdftotext", "-v"], 60)
    pdftotext = (poppler.stderr or poppler.stdout).strip().splitlines()[0]
    return {
        "soffice": soffice,
        "pdftotext": pdftotext,
        "python-docx": metadata.version("python-docx"),
        "python": sys.version.split()[0],
    }


def soffice(files: list[Path], convert_to: str, outdir: Path, profile: Path) -> None:
    """One LibreOffice run converting ``files`` into ``outdir``."""
    argv = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        convert_to,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    done = _run(argv, 60 + SECONDS_PER_FILE * len(files))
    if done.returncode != 0:
        raise RuntimeError(f"soffice failed ({done.returncode}): {done.stderr[-2000:]}")


def convert_all(files: list[Path], convert_to: str, outdir: Path, work: Path, jobs: int) -> None:
    """``files`` converted by ``jobs`` LibreOffice processes side by side."""
    outdir.mkdir(parents=True, exist_ok=True)
    chunks = [files[i::jobs] for i in range(jobs) if files[i::jobs]]
    with ThreadPoolExecutor(len(chunks)) as pool:
        runs = [
            pool.submit(soffice, chunk, convert_to, outdir, work / f"profile-{k}")
            for k, chunk in enumerate(chunks)
        ]
        for run in runs:
            run.result()


def pdftotext(pdf: Path, out: Path, *, layout: bool) -> None:
    argv = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), str(out)]
    done = _run(argv, 120)
    if done.returncode != 0:
        raise RuntimeError(f"pdftotext failed on {pdf.name}: {done.stderr}")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def render(work: Path, jobs: int) -> dict[str, Any]:
    """Every rendering of every form under ``work / "corpus"``; returns the manifest."""
    corpus = work / archive.TOP
    sources, converted = work / "docx", work / "converted"
    sources.mkdir(parents=True)
    all_forms = forms.forms()
    for form in all_forms:
        folder = corpus / form.id
        folder.mkdir(parents=True)
        a4 = docx_bytes(form.truth, form.variation)
        (folder / archive.RENDERINGS["docx"]).write_bytes(a4)
        (sources / f"{form.id}.docx").write_bytes(a4)
        letter = docx_bytes(form.truth, replace(form.variation, page="Letter"))
        (sources / f"{form.id}--letter.docx").write_bytes(letter)
        truth = json.dumps(archive.truth_to_json(form.truth), ensure_ascii=False, indent=1)
        (folder / "truth.json").write_text(truth + "\n", encoding="utf-8")

    started = time.monotonic()
    docx_files = sorted(sources.glob("*.docx"))
    convert_all(docx_files, "pdf", converted, work, jobs)
    a4_files = [f for f in docx_files if not f.stem.endswith("--letter")]
    convert_all(a4_files, TXT_FILTER, converted, work, jobs)
    print(f"LibreOffice: {len(docx_files) + len(a4_files)} files in "
          f"{time.monotonic() - started:.0f} s", file=sys.stderr)  # fmt: skip

    manifest_forms: dict[str, Any] = {}
    for form in all_forms:
        folder = corpus / form.id
        moves = {
            f"{form.id}.pdf": "pdf-a4",
            f"{form.id}--letter.pdf": "pdf-letter",
            f"{form.id}.txt": "libreoffice-txt",
        }
        for produced, name in moves.items():
            shutil.move(converted / produced, folder / archive.RENDERINGS[name])
        pdf = folder / archive.RENDERINGS["pdf-a4"]
        pdftotext(pdf, folder / archive.RENDERINGS["pdftotext-a4"], layout=False)
        pdftotext(pdf, folder / archive.RENDERINGS["pdftotext-layout-a4"], layout=True)
        manifest_forms[form.id] = {
            "application": form.application,
            "seed": form.variation.seed,
            "variation": form.variation.changed(),
            "truth": f"{form.id}/truth.json",
            "files": {
                name: {
                    "path": f"{form.id}/{file}",
                    "page": "Letter" if name == "pdf-letter" else "A4",
                    "sha256": _sha256(folder / file),
                }
                for name, file in archive.RENDERINGS.items()
            },
        }
    return {
        "corpus": "spukdos import corpus: made-up filled-in 2025 forms with their ground truth",
        "generator": "scripts/make_corpus.py",
        "tools": tool_versions(),
        "renderings": list(archive.RENDERINGS),
        "forms": manifest_forms,
    }


def _tarinfo(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, 0, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def write_archive(work: Path, manifest: dict[str, Any], out: Path) -> None:
    corpus = work / archive.TOP
    data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False).encode() + b"\n"
    temporary = out.with_suffix(".tmp")
    with tarfile.open(temporary, "w:xz", preset=9 | lzma.PRESET_EXTREME) as tar:
        tar.addfile(_tarinfo(archive.MANIFEST, len(data)), io.BytesIO(data))
        for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
            name = f"{archive.TOP}/{path.relative_to(corpus).as_posix()}"
            with path.open("rb") as handle:
                tar.addfile(_tarinfo(name, path.stat().st_size), handle)
    os.replace(temporary, out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=archive.ARCHIVE)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="also keep the rendered files in this folder")
    args = parser.parse_args()
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")
    with tempfile.TemporaryDirectory(prefix="spukdos-make-corpus-") as folder:
        work = Path(folder)
        manifest = render(work, max(1, args.jobs))
        write_archive(work, manifest, args.out)
        if args.keep:
            shutil.copytree(work / archive.TOP, args.keep, dirs_exist_ok=True)
    count = len(manifest["forms"])
    size = args.out.stat().st_size
    files = count * len(archive.RENDERINGS)
    print(f"{count} forms × {len(archive.RENDERINGS)} renderings = {files} files")
    print(f"{args.out}: {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
