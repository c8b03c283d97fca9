"""Reports written one file at a time, so that ``spukdos check`` of many files keeps its
memory flat: check a file, report it, drop it.

:func:`open_stream` gives a :class:`Stream` for every ``--format``: :meth:`Stream.file`
returns the text of one file's part of the report as soon as that file is checked, and
:meth:`Stream.end` the rest. The text is exactly what :func:`~spukdos_cli.report.registry.
render` gives for the same results.

``text`` (the whole report of one file, or the short report of several), ``json``,
``jsonl`` and ``github`` stream: a file's part is written at once, and
of each file only what the closing summary counts is kept (its findings' severities, or
for ``github`` its verdict). The other formats (``sarif``, ``gitlab``, ``junit``,
``markdown``) are one document with totals first; they keep each result without its model
and robustness summary, which they do not show, and render the document at the end. The
``html`` report is a document for people that shows every table of every file: it keeps
whole results (it is meant for a handful of files, not thousands).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.positions import START
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.registry import render


class Stream(Protocol):
    def file(self, result: FileResult) -> str:
        """The report's text for ``result``, as soon as it is checked (may be empty)."""
        ...

    def end(self) -> str:
        """The rest of the report, after the last file."""
        ...


_PLACEHOLDER = {severity: Finding("", severity, (), START) for severity in Severity}
"""One shared finding per severity: what a summary counts of a file's findings."""


def counted(result: FileResult) -> FileResult:
    """``result`` reduced to what a closing summary needs: its name, verdict and the
    severities of its findings (shared placeholders, a pointer each)."""
    findings = tuple(_PLACEHOLDER[f.severity] for f in result.findings)
    return replace(result, case=None, robustness=None, findings=findings)


def slim(result: FileResult) -> FileResult:
    """``result`` without what only the text and JSON reports show (the model, the
    robustness summary)."""
    return replace(result, case=None, robustness=None)


WHOLE_RESULTS = frozenset({"html"})
"""Document formats that show the model and the robustness summary of every file."""


class _Collect:
    """A format whose document needs every result first: render it at the end."""

    def __init__(self, name: str, ctx: ReportContext) -> None:
        self.name, self.ctx = name, ctx
        self.results: list[FileResult] = []
        self.keep = (lambda r: r) if name in WHOLE_RESULTS else slim

    def file(self, result: FileResult) -> str:
        self.results.append(self.keep(result))
        return ""

    def end(self) -> str:
        return render(self.name, self.results, self.ctx)


class _Text:
    """The text report: each file's blocks at once, the summary line at the end."""

    def __init__(self, ctx: ReportContext) -> None:
        from spukdos_cli.report.text import buffered_console

        self.console, self.buffer = buffered_console(ctx)
        self.lang = ctx.lang
        self.seen: list[FileResult] = []

    def _drain(self) -> str:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text

    def file(self, result: FileResult) -> str:
        from spukdos_cli.report.text import file_report

        for renderable in file_report(result, self.lang):
            self.console.print(renderable)
        self.console.print()
        self.seen.append(counted(result))
        return self._drain()

    def end(self) -> str:
        from spukdos_cli.report.text import summary_line

        self.console.print(summary_line(self.seen, self.lang))
        return self._drain()


class _Compact:
    """The short text report of several files (:mod:`spukdos_cli.report.compact`): each
    file's lines at once, the totals at the end."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.seen: list[FileResult] = []

    def file(self, result: FileResult) -> str:
        from spukdos_cli.report.compact import file_text

        self.seen.append(counted(result))
        return file_text(result, self.ctx.lang, color=self.ctx.color)

    def end(self) -> str:
        from spukdos_cli.report.compact import summary_text

        return summary_text(self.seen, self.ctx.lang, color=self.ctx.color)


class _Json:
    """The JSON document, its ``files`` written one entry at a time."""

    def __init__(self, ctx: ReportContext) -> None:
        self.lang = ctx.lang
        self.count = 0

    def file(self, result: FileResult) -> str:
        from spukdos_cli.report.json_report import dumps, json_text, result_dict

        text = json_text(result_dict(result, self.lang), indent=2).replace("\n", "\n    ")
        if self.count == 0:
            head = dumps([], self.lang).rsplit("[]", 1)[0]  # everything before the files
            text = head + "[\n    " + text
        else:
            text = ",\n    " + text
        self.count += 1
        return text

    def end(self) -> str:
        from spukdos_cli.report.json_report import dumps

        if self.count == 0:
            return dumps([], self.lang)
        return "\n  ]" + dumps([], self.lang).rsplit("[]", 1)[1]


class _Jsonl:
    def __init__(self, ctx: ReportContext) -> None:
        self.lang = ctx.lang

    def file(self, result: FileResult) -> str:
        from spukdos_cli.report.json_report import dumps_lines

        return dumps_lines([result], self.lang)

    def end(self) -> str:
        return ""


class _Github:
    """Annotations of each file at once; the plain summary lines at the end."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.seen: list[FileResult] = []

    def file(self, result: FileResult) -> str:
        from spukdos_cli.report.github import annotation

        self.seen.append(counted(result))
        return "".join(annotation(result.file, f, self.ctx) + "\n" for f in result.findings)

    def end(self) -> str:
        from spukdos_cli.report.github import summary_lines

        return "".join(line + "\n" for line in summary_lines(self.seen, self.ctx))


def open_stream(name: str, ctx: ReportContext, files: int = 1) -> Stream:
    """The report in format ``name`` (a key of :data:`~spukdos_cli.report.registry.
    REPORTERS`) of a run over ``files`` inputs, to be fed one result at a time. Text for
    several files (or with ``ctx.short``) is the short report unless ``ctx.full`` asks for
    the whole one."""
    if name == "text":
        return _Compact(ctx) if ctx.short_text(files) else _Text(ctx)
    if name == "json":
        return _Json(ctx)
    if name == "jsonl":
        return _Jsonl(ctx)
    if name == "github":
        return _Github(ctx)
    return _Collect(name, ctx)
