"""What a check run amounts to: which findings fail it, and the exit code.

One place decides this for every output format, so that the text report, the CI formats
and the exit code always agree. ``strict`` turns warnings into errors; ``exit_zero``
makes the run exit 0 whatever was found (usage errors still exit 2, elsewhere). Pure.
"""

from __future__ import annotations

from collections.abc import Iterable

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.findings import Finding, Severity


def effective_severity(finding: Finding, strict: bool) -> Severity:
    """The finding's severity, with a warning counted as an error under ``--strict``."""
    if strict and finding.severity is Severity.WARNING:
        return Severity.ERROR
    return finding.severity


def failing(result: FileResult, strict: bool) -> list[Finding]:
    """The findings that make ``result`` fail: errors, and warnings too when strict."""
    return [f for f in result.findings if effective_severity(f, strict) is Severity.ERROR]


def passed(result: FileResult, strict: bool) -> bool:
    return not failing(result, strict)


def run_failed(results: Iterable[FileResult], strict: bool) -> bool:
    """True when at least one file has a failing finding."""
    return any(not passed(r, strict) for r in results)


def exit_code(results: Iterable[FileResult], *, strict: bool, exit_zero: bool) -> ExitCode:
    """0 when nothing fails (or ``--exit-zero``), 1 when a file has a failing finding."""
    if exit_zero or not run_failed(results, strict):
        return ExitCode.OK
    return ExitCode.FINDINGS
