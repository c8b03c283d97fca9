"""GitLab Code Quality: a JSON array with one issue per finding.

GitLab shows these in the merge request widget and the diff when a job publishes the
file as ``artifacts:reports:codequality``. Each issue has the fields GitLab requires
(``description``, ``check_name``, ``fingerprint``, ``severity``, ``location.path``,
``location.lines.begin``) plus the Code Climate ``type`` and ``engine_name``.

The fingerprint is a hash of the file, the code, the data path and how many times that
combination came before in the file, not of the line or the message: an unchanged
problem keeps its fingerprint when lines move or an amount in its message changes, so
GitLab does not report it as new.
"""

from __future__ import annotations

from typing import Any

from spukdos_cli.checks.outcome import effective_severity
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Severity
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.report.context import ReportContext, ci_path, fingerprint
from spukdos_cli.report.json_report import json_text

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issues(results: list[FileResult], ctx: ReportContext) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for result in results:
        path = ci_path(result.file)
        seen: dict[tuple[str, str], int] = {}
        for finding in result.findings:
            key = (finding.code, finding.dotted_path)
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            message = render_message(finding, ctx.lang)
            if finding.path:
                message += f" ({finding.dotted_path})"
            out.append(
                {
                    "type": "issue",
                    "engine_name": "spukdos",
                    "check_name": finding.code,
                    "description": f"{finding.code} {message}",
                    "fingerprint": fingerprint(path, *key, occurrence),
                    "severity": SEVERITY[effective_severity(finding, ctx.strict)],
                    "location": {"path": path, "lines": {"begin": finding.position.line}},
                }
            )
    return out


def render(results: list[FileResult], ctx: ReportContext) -> str:
    return json_text(issues(results, ctx), indent=2) + "\n"
