"""Markdown: a summary fit for a CI job summary or a pull-request comment.

A headline with the totals, a table with one row per file (passed or failed, verdict,
net effect, counts), then the findings of each file that has any, folded in a
``<details>`` block (open when the file fails the run). At most
:data:`MAX_FINDINGS_SHOWN` findings per file are listed; the JSON report has them all.

Text from a file is data here too: it passes :func:`~spukdos_cli.messages.labels.safe_text`, and
then every character that Markdown or HTML would act on is escaped, ``@`` gets a
zero-width space so that no one is mentioned, and code spans get a fence longer than
any run of backticks inside them.
"""

from __future__ import annotations

import html
import re

from spukdos_cli.checks.outcome import effective_severity, passed
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.messages.formatting import format_eur
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.report.context import ReportContext, ci_path

MAX_FINDINGS_SHOWN = 50
"""Findings listed per file; a pull-request comment holds at most 65.536 characters."""

_ICON = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~$])")
_HTML = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_AUTOLINK = re.compile(r"(?i)(https?|ftp|mailto|xmpp|www)(?=:|\.)")
"""What GitHub turns into a link without brackets: ``https://``, ``www.``, ``mailto:``..."""


def md_text(text: str) -> str:
    """File text for running Markdown: one line, nothing in it acted upon."""
    text = safe_text(text, single_line=True)
    text = re.sub(r"[<>&]", lambda m: _HTML[m.group()], text)
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub("\\1\u200b", text)  # a bare URL is no link: GitHub makes one
    return text.replace("@", "@\u200b")


def md_code(text: str, *, in_table: bool = False) -> str:
    """File text as a code span, whatever backticks it holds."""
    text = safe_text(text, single_line=True)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`"):
        text = f" {text} "
    if in_table:
        text = text.replace("|", "\\|")  # GFM splits table cells even inside code spans
    return f"{fence}{text}{fence}"


def _counts(errors: int, warnings: int, infos: int, lang: str) -> str:
    return (
        f"{errors} {label('errors', lang)}, {warnings} {label('warnings', lang)}, "
        f"{infos} {label('infos', lang)}"
    )


def _finding_line(finding: Finding, ctx: ReportContext) -> str:
    severity = effective_severity(finding, ctx.strict)
    where = label("ci_line_col", ctx.lang).format(
        line=finding.position.line, col=finding.position.col
    )
    path = f" · {md_code(finding.dotted_path)}" if finding.path else ""
    message = md_text(render_message(finding, ctx.lang))
    return (
        f"- {_ICON[severity]} **{finding.code}** {label(severity.value, ctx.lang)} · "
        f"{where}{path}: {message}"
    )


def _file_row(result: FileResult, ctx: ReportContext) -> str:
    lang = ctx.lang
    ok = passed(result, ctx.strict)
    state = f"{'✅' if ok else '❌'} {label('ci_passed' if ok else 'ci_failed', lang)}"
    outcome = result.verdict
    net = "—"
    if outcome in ("positive", "negative") and result.calculation is not None:
        net = format_eur(result.calculation.saldo, lang, signed=True)
    cells = [
        md_code(ci_path(result.file), in_table=True),
        state,
        label(f"verdict_{outcome}", lang),
        net,
        str(result.errors),
        str(result.warnings),
        str(result.count(Severity.INFO)),
    ]
    return "| " + " | ".join(cells) + " |"


def _file_findings(result: FileResult, ctx: ReportContext) -> list[str]:
    lang = ctx.lang
    shown = result.findings[:MAX_FINDINGS_SHOWN]
    name = html.escape(safe_text(ci_path(result.file), single_line=True)).replace("@", "@\u200b")
    title = (  # inside an HTML block Markdown is not read: HTML escapes, not backslashes
        f"<code>{name}</code>: "
        f"{_counts(result.errors, result.warnings, result.count(Severity.INFO), lang)}"
    )
    lines = [
        "<details open>" if not passed(result, ctx.strict) else "<details>",
        f"<summary>{title}</summary>",
        "",
        *(_finding_line(f, ctx) for f in shown),
    ]
    more = len(result.findings) - len(shown)
    if more:
        lines.append(f"- … {label('ci_more_findings', lang).format(more=more)}")
    lines += ["", "</details>", ""]
    return lines


def render(results: list[FileResult], ctx: ReportContext) -> str:
    lang = ctx.lang
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    infos = sum(r.count(Severity.INFO) for r in results)
    failed = sum(1 for r in results if not passed(r, ctx.strict))
    icon = "❌" if failed else "✅"
    lines = [
        f"## {icon} spukdos: {len(results)} {label('files', lang)}, "
        f"{_counts(errors, warnings, infos, lang)}",
        "",
    ]
    if ctx.strict:
        lines += [label("ci_strict_note", lang), ""]
    headings = ["file", "ci_result", "verdict", "saldo", "ci_errors", "ci_warnings", "ci_infos"]
    lines.append("| " + " | ".join(label(h, lang) for h in headings) + " |")
    lines.append("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    lines += [_file_row(r, ctx) for r in results]
    lines.append("")
    for result in results:
        if result.findings:
            lines += _file_findings(result, ctx)
    return "\n".join(lines).rstrip("\n") + "\n"
