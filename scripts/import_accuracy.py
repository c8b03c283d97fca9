"""Print how well ``spukdos import`` reads the import corpus (issue 24), as the table of
``docs/import-export.md``.

    python scripts/import_accuracy.py          # the table
    python scripts/import_accuracy.py -v       # and every figure not exact, every text not found

The corpus is ``tests/data/corpus.tar.xz`` (made by ``scripts/make_corpus.py``); the suite
holds the importer to the same measure in ``tests/e2e/test_import_corpus.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.corpus.accuracy import measure, table  # noqa: E402 - the corpus is the suite's own


def main(argv: list[str]) -> int:
    tallies = measure()
    print(table(tallies))
    if "-v" in argv:
        for name, tally in tallies.items():
            for form_id, problem in tally.problems:
                print(f"{name}\t{form_id}\t{problem.kind}\t{problem.path}\t{problem.expected}"
                      f"\t{problem.found}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
