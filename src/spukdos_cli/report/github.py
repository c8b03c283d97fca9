"""GitHub Actions: one workflow command per finding, then a plain summary.

``::error file=F,line=L,col=C,title=CODE::message`` puts an annotation on the line of the
file in the pull request. GitHub shows only a few annotations per step (ten errors and
ten warnings), so the annotations are followed by a plain summary of every file, which
the job log always shows in full. Info findings are ``::notice``; under ``--strict`` a
warning is an ``::error``, as it fails the run.

Escaping is what GitHub's runner requires (``toolkit/packages/core/src/command.ts``):
in the message ``%``, CR and LF are percent-encoded; in a property also ``:`` and ``,``.
File text passes :func:`~spukdos_cli.messages.labels.safe_text` first, so no escape sequence or
line of the summary can start a workflow command of its own.
"""

from __future__ import annotations

from spukdos_cli.checks.outcome import effective_severity, passed
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.report.context import ReportContext

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: as data, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(file: str, finding: Finding, ctx: ReportContext) -> str:
    """The workflow command for one finding."""
    message = render_message(finding, ctx.lang)
    if finding.path:
        message += f" ({finding.dotted_path})"
    properties = ",".join(
        f"{key}={escape_property(value)}"
        for key, value in (
            ("file", safe_text(file)),
            ("line", str(finding.position.line)),
            ("col", str(finding.position.col)),
            ("title", finding.code),
        )
    )
    command = _COMMAND[effective_severity(finding, ctx.strict)]
    return f"::{command} {properties}::{escape_data(safe_text(message, single_line=True))}"


def _counts(errors: int, warnings: int, infos: int, lang: str) -> str:
    return (
        f"{errors} {label('errors', lang)}, {warnings} {label('warnings', lang)}, "
        f"{infos} {label('infos', lang)}"
    )


def summary_lines(results: list[FileResult], ctx: ReportContext) -> list[str]:
    """One plain line per file and a total, as the job log shows them."""
    lang = ctx.lang
    lines = []
    for result in results:
        state = label("ci_passed" if passed(result, ctx.strict) else "ci_failed", lang)
        lines.append(
            f"{safe_text(result.file, single_line=True)}: {state} · "
            f"{label('verdict_' + result.verdict, lang)} · "
            + _counts(result.errors, result.warnings, result.count(Severity.INFO), lang)
        )
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    infos = sum(r.count(Severity.INFO) for r in results)
    lines.append(
        f"{label('summary', lang)}: {len(results)} {label('files', lang)}, "
        + _counts(errors, warnings, infos, lang)
        + (f" ({label('ci_strict_note', lang)})" if ctx.strict else "")
    )
    return lines


def render(results: list[FileResult], ctx: ReportContext) -> str:
    lines = [annotation(r.file, f, ctx) for r in results for f in r.findings]
    lines += summary_lines(results, ctx)
    return "".join(line + "\n" for line in lines)
