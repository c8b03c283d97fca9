"""The reporters by name: what ``spukdos check --format NAME`` can produce.

Every reporter takes the results of one run and a :class:`ReportContext` and returns the
whole report as text; the command line decides where it goes (standard output or an
``-o`` file). Reporters decide nothing: which findings fail the run comes from
:mod:`spukdos_cli.checks.outcome`, so every format agrees with the exit code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.report.context import ReportContext

Render = Callable[[list[FileResult], ReportContext], str]


@dataclass(frozen=True)
class Reporter:
    name: str
    render: Render
    summary: str
    """What the format is for, in one line."""


def _text(results: list[FileResult], ctx: ReportContext) -> str:
    if ctx.short_text(len(results)):  # many files: a line per file and per finding
        from spukdos_cli.report.compact import compact_report

        return compact_report(results, ctx.lang, color=ctx.color)
    from spukdos_cli.report.text import buffered_console, print_report

    console, buffer = buffered_console(ctx)
    print_report(console, results, ctx.lang)
    return buffer.getvalue()


def _json(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.json_report import dumps

    return dumps(results, ctx.lang)


def _jsonl(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.json_report import dumps_lines

    return dumps_lines(results, ctx.lang)


def _github(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.github import render

    return render(results, ctx)


def _gitlab(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.gitlab import render

    return render(results, ctx)


def _sarif(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.sarif import render

    return render(results, ctx)


def _junit(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.junit import render

    return render(results, ctx)


def _markdown(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.report.markdown import render

    return render(results, ctx)


def _html(results: list[FileResult], ctx: ReportContext) -> str:
    from spukdos_cli.grant.rules import available_years
    from spukdos_cli.report.html_report import Provenance, render_document

    provenance = Provenance(prices=ctx.prices, rules_years=tuple(available_years()))
    return render_document(results, ctx.lang, provenance=provenance)


REPORTERS: dict[str, Reporter] = {
    r.name: r
    for r in (
        Reporter("text", _text, "het rapport voor mensen (standaard)"),
        Reporter("json", _json, "het hele resultaat als JSON, met sha256 per bestand"),
        Reporter("jsonl", _jsonl, "één JSON-object per bestand per regel (streaming)"),
        Reporter(
            "github", _github, "GitHub Actions-annotaties (::error file=…) en een samenvatting"
        ),
        Reporter("gitlab", _gitlab, "GitLab Code Quality-rapport (JSON)"),
        Reporter("sarif", _sarif, "SARIF 2.1.0 (GitHub code scanning en andere)"),
        Reporter("junit", _junit, "JUnit XML: één testcase per bestand"),
        Reporter(
            "markdown", _markdown, "samenvatting voor een CI-jobsamenvatting of PR-commentaar"
        ),
        Reporter("html", _html, "een rapport om te bewaren of te printen (HTML, op zichzelf)"),
    )
}
"""Every output format, by the name ``--format`` takes."""


def render(name: str, results: list[FileResult], ctx: ReportContext) -> str:
    """The report in format ``name`` (a key of :data:`REPORTERS`)."""
    return REPORTERS[name].render(results, ctx)
