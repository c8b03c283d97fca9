"""How well ``spukdos import`` reads the corpus: per rendering, the figures exact, not found,
wrong or made up, and the text answers found. Used by ``tests/e2e/test_import_corpus.py`` (which
holds the importer to it, and the table of ``docs/import-export.md`` to the measure) and by
``scripts/import_accuracy.py`` (which prints that table)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spukdos_cli.read.document.load import import_bytes, kind_of

from .archive import ARCHIVE, RENDERINGS, renderings
from .score import Problem, Score, score


@dataclass
class Tally:
    """The counts of one rendering over every form of the corpus."""

    forms: int = 0
    figures: int = 0
    exact: int = 0
    not_found: int = 0
    wrong: int = 0
    extra: int = 0
    texts: int = 0
    texts_found: int = 0
    problems: list[tuple[str, Problem]] = field(default_factory=list)

    def add(self, form_id: str, result: Score) -> None:
        """One form's score counted in."""
        self.forms += 1
        for name in ("figures", "exact", "not_found", "wrong", "extra", "texts", "texts_found"):
            setattr(self, name, getattr(self, name) + getattr(result, name))
        self.problems += [(form_id, p) for p in result.problems]

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def figures_exact(self) -> float:
        return self.share(self.exact, self.figures)

    @property
    def texts_share(self) -> float:
        return self.share(self.texts_found, self.texts)


def measure(names: Iterable[str] | None = None, path: Path = ARCHIVE) -> dict[str, Tally]:
    """Import every rendering of the corpus (or those named) and score it."""
    tallies: dict[str, Tally] = {name: Tally() for name in (names or RENDERINGS)}
    for rendering in renderings(tallies, path):
        raw = rendering.path.read_bytes()
        imported = import_bytes(raw, kind_of(str(rendering.path), raw))
        tallies[rendering.name].add(rendering.form_id, score(rendering.truth, imported.data))
    return tallies


LABELS = {
    "docx": "Word (.docx)",
    "pdf-a4": "PDF, LibreOffice, A4",
    "pdf-letter": "PDF, LibreOffice, Letter",
    "pdftotext-layout-a4": "text, `pdftotext -layout`",
    "pdftotext-a4": "text, `pdftotext`",
    "libreoffice-txt": "text, LibreOffice",
}


def table(tallies: dict[str, Tally]) -> str:
    """The accuracy table in Markdown, as ``docs/import-export.md`` shows it."""
    lines = [
        "| rendering | forms | figures exact | not found | wrong or made up | text answers found |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in LABELS:
        if name not in tallies:
            continue
        t = tallies[name]
        lines.append(
            f"| {LABELS[name]} | {t.forms} | {t.exact} of {t.figures} "
            f"({100 * t.figures_exact:.1f} %) | {t.not_found} | {t.wrong + t.extra} | "
            f"{t.texts_found} of {t.texts} ({100 * t.texts_share:.1f} %) |"
        )
    return "\n".join(lines)
