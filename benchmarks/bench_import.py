"""Benchmark of ``spukdos import`` (a script, not a test), as ratios to one ``spukdos
check`` of the imported result, all measured in the same run.

(a) ``spukdos import`` of the seed text (tests/data/documents/amstelveen-format.txt,
    the text of Amstelveen's filled-in 2025 format) against ``spukdos check`` of the
    YAML file it writes;
(b) ``spukdos import`` of a 20-page PDF of the format (made with fpdf2 from the
    hand-made form of tests/support/formdocs.py, ruled tables included) against ``spukdos check``
    of its result;
(c) the same for the Word document of that form.

Each command runs in a fresh process, as a user runs it, in turns with the other (import,
check, import, ...); times are the best of ``--repeat`` runs. The ratio that is judged is
that of CPU time (user + system), which other work on a shared machine disturbs far less
than the wall time, also shown. The benchmark first writes spukdos's bytecode, as a
regular install does.

    python benchmarks/bench_import.py               # best of 7
    python benchmarks/bench_import.py --repeat 3    # quick look

Targets (issue 14): (a) <= 1 x; (b) <= 10 x.

(d) ``spukdos batch -j 1`` over 300 filled-in forms of the import corpus (150 Word
    documents and 150 PDFs, tests/data/corpus.tar.xz) against ``spukdos batch -j 1`` over
    the same 300 applications as YAML (the files ``spukdos import`` writes of them); and the
    same for the Word documents and the PDFs apart, each twice: with every document read
    afresh (``SPUKDOS_NO_CACHE=1``), and with the documents read before (the cache of
    imports, ``read/document/cache.py``, filled by one run first). Target (issue 24):
    <= 3 x for the mix. The script fails when the mix read before misses it; the first
    read is printed against the same target and misses it (about 8 x): a PDF costs PDFium
    alone about 19 ms to open and lay out its pages, where a whole check of its YAML costs
    about 5 ms, so no reader on PDFium can reach 3 x on a first read.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "documents" / "amstelveen-format.txt"
PAGES = 20


def _run(argv: list[str], **extra: str) -> tuple[float, float]:
    """(wall time, CPU time of the process: user + system) of one run; ``extra`` is added
    to its environment. Every run reads its documents afresh unless ``extra`` names a
    cache (``SPUKDOS_CACHE_DIR``)."""
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_NO_CACHE": "1", **extra}
    if "SPUKDOS_CACHE_DIR" in extra:
        del env["SPUKDOS_NO_CACHE"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False, env=env, timeout=600)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _spukdos(*args: str) -> list[str]:
    return [sys.executable, "-m", "spukdos_cli", *args]


def _pdf(folder: Path) -> Path:
    """A PDF of the hand-made form, repeated to about PAGES pages."""
    sys.path.insert(0, str(ROOT))
    from tests.support import formdocs  # the test helper that builds the form

    path = folder / "formulier.pdf"
    repeat = 1
    while True:
        formdocs.build_pdf(path, repeat=repeat)
        import pypdfium2

        pages = len(pypdfium2.PdfDocument(path.read_bytes()))
        if pages >= PAGES:
            return path
        repeat += 1


def _docx(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from tests.support import formdocs

    return formdocs.build_docx(folder / "formulier.docx")


def measure(source: Path, folder: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Wall and CPU time of the import and of ``check`` of its result, each the best of
    ``repeat`` runs, taken in turns (import, check, import, ...) so that a change in the
    machine's load hits both."""
    target = folder / (source.stem + ".yaml")
    best = {"import": (float("inf"), float("inf")), "check": (float("inf"), float("inf"))}
    commands = {
        "import": _spukdos("import", str(source), "-o", str(target), "--force"),
        "check": _spukdos("check", str(target)),
    }
    for _ in range(repeat):
        for name, argv in commands.items():
            wall, cpu = _run(argv)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def _batch_sets(folder: Path, count: int) -> dict[str, tuple[Path, Path]]:
    """Folders of ``count`` corpus documents (half Word, half PDF; and each kind alone) and
    of the same applications as YAML."""
    sys.path.insert(0, str(ROOT))
    from tests.support.corpus.archive import extract

    corpus = folder / "corpus"
    manifest = extract(corpus)
    top = corpus / "corpus"
    forms = sorted(manifest["forms"])
    sets: dict[str, tuple[Path, Path]] = {}
    for name, kinds in (("mix", ("docx", "pdf-a4")), ("docx", ("docx",)), ("pdf", ("pdf-a4",))):
        docs, yamls = folder / f"{name}-docs", folder / f"{name}-yaml"
        docs.mkdir()
        yamls.mkdir()
        for number in range(count):
            kind = kinds[number % len(kinds)]
            entry = manifest["forms"][forms[number % len(forms)]]["files"][kind]
            source = top / entry["path"]
            target = docs / f"d{number:03}{source.suffix}"
            target.write_bytes(source.read_bytes())
            _run(_spukdos("import", str(target), "-o", str(yamls / f"d{number:03}.yaml")))
        sets[name] = (docs, yamls)
    return sets


def batch_rows(folder: Path, repeat: int, count: int = 300) -> bool:
    """Row (d): batch over documents against batch over the same applications as YAML."""
    failed = False
    for name, (docs, yamls) in _batch_sets(folder, count).items():
        cached = str(folder / f"cache-{name}")
        _run(_spukdos("batch", "-j", "1", str(docs)), SPUKDOS_CACHE_DIR=cached)  # fills it
        best = {"docs": float("inf"), "cached": float("inf"), "yaml": float("inf")}
        for _ in range(repeat):
            best["docs"] = min(best["docs"], _run(_spukdos("batch", "-j", "1", str(docs)))[1])
            best["cached"] = min(
                best["cached"],
                _run(_spukdos("batch", "-j", "1", str(docs)), SPUKDOS_CACHE_DIR=cached)[1],
            )
            best["yaml"] = min(best["yaml"], _run(_spukdos("batch", "-j", "1", str(yamls)))[1])
        for how, key in (("first read", "docs"), ("read before", "cached")):
            ratio = best[key] / best["yaml"]
            verdict = ""
            if name == "mix":
                ok = ratio <= 3.0
                failed |= not ok and key == "cached"
                verdict = f"  target <= 3 x: {'met' if ok else 'NOT MET'}"
            print(
                f"(d) batch of {count} {name:4} {how:11} CPU {best[key]:6.2f} s against"
                f" {best['yaml']:5.2f} s as YAML = {ratio:5.2f} x{verdict}"
            )
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    options = parser.parse_args(argv)
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="spukdos-bench-import-") as name:
        folder = Path(name)
        rows = [
            ("(a) seed text (.txt)", SEED, 1.0),
            (f"(b) {PAGES}-page PDF", _pdf(folder), 10.0),
            ("(c) Word document (.docx)", _docx(folder), None),
        ]
        failed = False
        for label, source, target in rows:
            times = measure(source, folder, options.repeat)
            (import_wall, import_cpu), (check_wall, check_cpu) = times["import"], times["check"]
            ratio = import_cpu / check_cpu
            verdict = ""
            if target is not None:
                ok = ratio <= target
                failed |= not ok
                verdict = f"  target <= {target:g} x: {'met' if ok else 'NOT MET'}"
            print(
                f"{label:28} CPU {import_cpu * 1000:5.0f} ms against {check_cpu * 1000:4.0f} ms"
                f" = {ratio:4.2f} x (wall {import_wall * 1000:4.0f} against"
                f" {check_wall * 1000:4.0f} ms = {import_wall / check_wall:4.2f} x){verdict}"
            )
        failed |= batch_rows(folder, max(1, options.repeat // 3))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
