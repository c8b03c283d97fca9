"""JUnit XML: one test case per file, one failure per error finding.

Jenkins, GitLab (``artifacts:reports:junit``), Azure Pipelines and most CI systems show
these as tests. A file passes when it has no error finding (under ``--strict``: no
warning either); its other findings are listed in ``system-out``. The XML is built with
:mod:`xml.etree.ElementTree`, which escapes markup; characters XML 1.0 cannot hold at all
(control characters, lone surrogates) are shown as ``\\x1b``-style escapes first. No
times or timestamps are written, so the same input gives the same file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from spukdos_cli.checks.outcome import effective_severity, failing
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.report.context import ReportContext, ci_path

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids written as a visible escape."""
    text = safe_text(text)
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _line(file: str, finding: Finding, ctx: ReportContext) -> str:
    where = f"{file}:{finding.position.line}:{finding.position.col}"
    path = f" {finding.dotted_path}" if finding.path else ""
    severity = label(effective_severity(finding, ctx.strict).value, ctx.lang)
    message = safe_text(render_message(finding, ctx.lang), single_line=True)
    return f"{where} {finding.code} {severity}{path}: {message}"


def junit_tree(results: list[FileResult], ctx: ReportContext) -> ET.Element:
    failures = sum(1 for r in results if failing(r, ctx.strict))  # failed test cases
    counts = {
        "tests": str(len(results)),
        "failures": str(failures),
        "errors": "0",
        "skipped": "0",
    }
    suites = ET.Element("testsuites", {"name": "spukdos", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "spukdos check", **counts})
    for result in results:
        file = xml_text(ci_path(result.file))
        case = ET.SubElement(
            suite, "testcase", {"classname": "spukdos.check", "name": file, "file": file}
        )
        failed = failing(result, ctx.strict)
        for finding in failed:
            message = safe_text(render_message(finding, ctx.lang), single_line=True)
            failure = ET.SubElement(
                case, "failure", {"type": finding.code, "message": xml_text(message)}
            )
            failure.text = xml_text(_line(ci_path(result.file), finding, ctx))
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
