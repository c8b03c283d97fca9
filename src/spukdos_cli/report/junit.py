"""JUnit XML: one test case per file, with at most one failure that lists every error.

Jenkins, GitLab (``artifacts:reports:junit``), Azure Pipelines and most CI systems show
these as tests. A file passes when it has no error finding (under ``--strict``: no
warning either). A failing file has exactly one ``<failure>``: the Ant JUnit schema
allows one per test case, and viewers such as junit2html show only the last of several.
Its ``message`` counts the errors and names their codes; its text lists every one,
a line each (``file:line:col CODE severity path: message``). The other findings are
listed in ``system-out``. The counts on ``<testsuites>`` and ``<testsuite>`` are those of
the test cases, as JUnit readers recompute them, and the file is valid against the JUnit
XSD of Jenkins' xUnit plugin (``junit-10.xsd``; the test case's name is the file, so it
has no ``file`` attribute, which that schema does not allow). The XML is built with
:mod:`xml.etree.ElementTree`, which escapes markup; characters XML 1.0 cannot hold at all
(control characters, lone surrogates) are shown as ``\\x1b``-style escapes first. No
times or timestamps are written, so the same input gives the same file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from spukdos_cli.checks.outcome import effective_severity, failing
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.report.context import ReportContext, ci_path
from spukdos_cli.report.markup import xml_text


def _line(file: str, finding: Finding, ctx: ReportContext) -> str:
    where = f"{file}:{finding.position.line}:{finding.position.col}"
    path = f" {finding.dotted_path}" if finding.path else ""
    severity = label(effective_severity(finding, ctx.strict).value, ctx.lang)
    message = safe_text(render_message(finding, ctx.lang), single_line=True)
    return f"{where} {finding.code} {severity}{path}: {message}"


def _failure_attributes(failed: list[Finding], ctx: ReportContext) -> dict[str, str]:
    """``type``: the distinct codes in order of appearance; ``message``: how many errors,
    and of which codes (``3 fouten: C001 (2×), A001``)."""
    counts: dict[str, int] = {}
    for finding in failed:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    codes = ", ".join(f"{code} ({n}×)" if n > 1 else code for code, n in counts.items())
    key = "junit_failure_one" if len(failed) == 1 else "junit_failure_many"
    message = label(key, ctx.lang).format(count=len(failed), codes=codes)
    return {"type": " ".join(counts), "message": xml_text(message)}


def junit_tree(results: list[FileResult], ctx: ReportContext) -> ET.Element:
    failures = sum(1 for r in results if failing(r, ctx.strict))  # failed test cases
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": "0"}
    suites = ET.Element("testsuites", {"name": "spukdos", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "spukdos check", **counts, "skipped": "0"})
    for result in results:
        file = xml_text(ci_path(result.file))
        case = ET.SubElement(suite, "testcase", {"classname": "spukdos.check", "name": file})
        failed = failing(result, ctx.strict)
        if failed:
            failure = ET.SubElement(case, "failure", _failure_attributes(failed, ctx))
            lines = [_line(ci_path(result.file), finding, ctx) for finding in failed]
            failure.text = xml_text("\n".join(lines) + "\n")
        others = [
            f for f in result.findings if effective_severity(f, ctx.strict) is not Severity.ERROR
        ]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = xml_text(
                "\n".join(_line(ci_path(result.file), f, ctx) for f in others) + "\n"
            )
    return suites


def render(results: list[FileResult], ctx: ReportContext) -> str:
    tree = junit_tree(results, ctx)
    ET.indent(tree)
    body = ET.tostring(tree, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
