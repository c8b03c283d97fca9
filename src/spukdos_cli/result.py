"""The result of checking one file, and the pipeline that produces it.

``check_loaded`` is pure: loaded model -> calculation -> completeness -> findings.
A file whose structure had errors is still checked for completeness (with the invalid
values left out), but its totals and verdict are not judged: they would rest on
values we could not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from spukdos_cli.calculate import Calculation, calculate
from spukdos_cli.checks import check_completeness, check_stated_totals, check_verdict, verdict_ready
from spukdos_cli.completeness import SectionStatus, completeness
from spukdos_cli.findings import Finding, Severity, format_path
from spukdos_cli.loader import Loaded
from spukdos_cli.model import Businesscase


@dataclass(frozen=True)
class CheckOptions:
    """What a check run may vary: filled in by the CLI, passed down unchanged.

    Later features add fields here (price list, tolerance, ...), never globals.
    """


DEFAULT_OPTIONS = CheckOptions()


@dataclass(frozen=True)
class FileResult:
    """Everything spukdos found out about one file."""

    file: str
    sha256: str | None
    case: Businesscase | None
    calculation: Calculation | None
    sections: tuple[SectionStatus, ...]
    findings: tuple[Finding, ...]
    judged: bool
    """True when the totals and the verdict could be checked."""

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def complete(self) -> bool:
        return bool(self.sections) and all(s.complete for s in self.sections)

    @property
    def verdict_ready(self) -> bool:
        return self.judged and self.calculation is not None and verdict_ready(self.sections)


def _drop_reported(
    statuses: tuple[SectionStatus, ...], reported: set[str]
) -> tuple[SectionStatus, ...]:
    """Leave out missing items that already have a structure finding of their own."""
    return tuple(
        SectionStatus(s.section, tuple(m for m in s.missing if m not in reported)) for s in statuses
    )


def check_loaded(loaded: Loaded, file: str, options: CheckOptions = DEFAULT_OPTIONS) -> FileResult:
    """Calculate and check a loaded file."""
    case = loaded.case
    if case is None:
        return FileResult(file, loaded.sha256, None, None, (), loaded.findings, judged=False)
    calc = calculate(case)
    statuses = completeness(case)
    findings = list(loaded.findings)
    if loaded.partial:
        reported = {format_path(f.path) for f in loaded.findings}
        statuses = _drop_reported(statuses, reported)
    findings += check_completeness(statuses, loaded.source_map)
    if not loaded.partial:
        findings += check_stated_totals(case, calc, loaded.source_map)
        findings += check_verdict(calc, statuses, loaded.source_map)
    findings.sort(key=Finding.sort_key)
    return FileResult(
        file, loaded.sha256, case, calc, statuses, tuple(findings), judged=not loaded.partial
    )
