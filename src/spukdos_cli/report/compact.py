"""The short text report for many files: the files that need work, each with one verdict
line and its errors and warnings, then the summary, as ruff and yamllint report (issues 16
and 28).

``spukdos check`` shows the whole report (tables, verdict panel) for a single file, or
for every file with ``--volledig`` (``-v``); for more files, and for a ``--quiet`` run
that fails (a pre-commit hook), it shows this: one line per file with an error or a
warning, one line per error or warning (``file:line:col  CODE severity  path
message``) and the totals. Files without either, and the notes (``melding``) of every
file, are only counted, so that the one error of a commit is not lost among the notes of
the files that pass. It is plain text with ANSI colours only when asked for, so that
hundreds of files are reported about as fast as ``--format json``: nothing here is laid
out by Rich.
"""

from __future__ import annotations

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Severity
from spukdos_cli.form.money import round_cents
from spukdos_cli.messages.catalogue import render
from spukdos_cli.messages.formatting import format_eur
from spukdos_cli.messages.labels import label, safe_text

_SGR = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
    "bold red": "1;31",
    "bold green": "1;32",
    "bold yellow": "1;33",
}
_SEVERITY = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_VERDICT = {
    "positive": "bold green",
    "negative": "bold red",
    "not_judged": "bold yellow",
    "unreadable": "bold red",
}


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        if not self.color or not style:
            return text
        return f"\x1b[{_SGR[style]}m{text}\x1b[0m"


def _verdict(result: FileResult, lang: str) -> str:
    """``positief, saldo + € 78.525,00`` / ``niet beoordeeld`` / ``onleesbaar``."""
    verdict = result.verdict
    words = label(f"verdict_{verdict}", lang)
    calc = result.calculation
    if verdict in ("positive", "negative") and calc is not None:
        saldo = format_eur(round_cents(calc.saldo), lang, signed=True)
        words += f", {label('saldo', lang).lower()} {saldo}"
    return words


def _counts(errors: int, warnings: int, infos: int, lang: str) -> str:
    return (
        f"{errors} {label('errors', lang)}, {warnings} {label('warnings', lang)}, "
        f"{infos} {label('infos', lang)}"
    )


def listed(result: FileResult) -> bool:
    """Whether the short report lists the file: it has an error or a warning."""
    return result.errors > 0 or result.warnings > 0


def file_lines(result: FileResult, lang: str, paint: _Paint) -> list[str]:
    """One verdict line for the file, then one line per error or warning (none for a file
    without either: it is counted in the summary)."""
    if not listed(result):
        return []
    name = safe_text(result.file, single_line=True)
    counts = _counts(result.errors, result.warnings, result.count(Severity.INFO), lang)
    lines = [
        f"{paint(name, 'bold')}: {paint(_verdict(result, lang), _VERDICT[result.verdict])}"
        f" · {counts}"
    ]
    for finding in result.findings:
        if finding.severity is Severity.INFO:
            continue
        where = f"{name}:{finding.position.line}:{finding.position.col}"
        severity = paint(
            f"{finding.code} {label(finding.severity.value, lang)}", _SEVERITY[finding.severity]
        )
        path = f"  {paint(safe_text(finding.dotted_path, single_line=True), 'dim')}"
        message = safe_text(render(finding, lang), single_line=True)
        lines.append(f"  {where}  {severity}{path if finding.path else ''}  {message}")
    return lines


def summary_text(results: list[FileResult], lang: str, *, color: bool = False) -> str:
    """The closing lines: an empty line, the totals (with the files not listed) and, when
    something was only counted, how to see it."""
    paint = _Paint(color)
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    infos = sum(r.count(Severity.INFO) for r in results)
    totals = _counts(errors, warnings, infos, lang)
    unlisted = sum(not listed(r) for r in results)
    line = f"{paint(label('summary', lang), 'bold')}: {len(results)} {label('files', lang)}"
    if unlisted:
        line += " (" + label("short_unlisted", lang).format(count=unlisted) + ")"
    line += ", " + paint(totals, "bold red" if errors else "green") + "\n"
    if unlisted or infos:
        line += paint(label("short_hint", lang), "dim") + "\n"
    lead = "\n" if len(results) > unlisted else ""
    return lead + line


def file_text(result: FileResult, lang: str, *, color: bool = False) -> str:
    """The lines of one file: its verdict line and one line per finding."""
    return "".join(line + "\n" for line in file_lines(result, lang, _Paint(color)))


def compact_report(results: list[FileResult], lang: str, *, color: bool = False) -> str:
    """The report of a run over several files: verdict lines, findings, summary."""
    body = "".join(file_text(result, lang, color=color) for result in results)
    return body + summary_text(results, lang, color=color)
