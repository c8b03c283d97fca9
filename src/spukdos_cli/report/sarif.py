"""SARIF 2.1.0: the static-analysis log that GitHub code scanning and many tools read.

One run of the tool ``spukdos`` (with its home as ``informationUri``). Its rules are the
finding codes that occur, each with a friendly Pascal-case name, the catalogue's title,
the explanation of ``spukdos explain`` and, as ``helpUri``, its section of
docs/findings.md (:mod:`spukdos_cli.report.finding_docs`). Every file is an
artifact with its SHA-256, so a log can be traced to the exact input. Every finding is
a result: its level (``note`` for info; a warning is an ``error`` under ``--strict``),
its message, its place (line and column, counted in characters) and, as a logical
location, its data path (``kosten.uitvoering[2].bedrag``). The partial fingerprint is the
same line-independent hash as in the GitLab report. Stated-versus-computed findings carry
the three amounts as exact strings in ``properties``.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from spukdos_cli import __version__
from spukdos_cli.checks.outcome import effective_severity
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.messages.catalogue import CODES
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.messages.lang import pick
from spukdos_cli.report.context import ReportContext, ci_path, fingerprint
from spukdos_cli.report.finding_docs import REPOSITORY, friendly_names, help_uri
from spukdos_cli.report.json_report import json_text

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
LANGUAGE = {"nl": "nl-NL", "en": "en-US"}


def artifact_uri(name: str) -> str:
    """A file name as a URI reference: relative paths percent-encoded, absolute ones as
    ``file://`` URIs."""
    path = ci_path(name)
    if os.path.isabs(name):
        return "file://" + quote(PurePosixPath(path).as_posix())
    return quote(path)


def _rule(code: str, ctx: ReportContext) -> dict[str, Any]:
    info = CODES[code]
    explanation = pick(EXPLANATIONS[code], ctx.lang) if code in EXPLANATIONS else ""
    help_text = f"{explanation} (spukdos explain {code})".strip()
    return {
        "id": code,
        "name": friendly_names()[code],
        "shortDescription": {"text": info.title(ctx.lang)},
        "fullDescription": {"text": explanation or info.title(ctx.lang)},
        "help": {"text": help_text},
        "helpUri": help_uri(code),
        "defaultConfiguration": {"level": LEVEL[info.severity]},
        "properties": {"source": info.source},
    }


def _result(
    finding: Finding, artifact: tuple[str, int], rule_index: int, fp: str, ctx: ReportContext
) -> dict[str, Any]:
    uri, index = artifact
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": uri, "index": index},
            "region": {"startLine": finding.position.line, "startColumn": finding.position.col},
        }
    }
    if finding.path:
        location["logicalLocations"] = [
            {"fullyQualifiedName": finding.dotted_path, "kind": "member"}
        ]
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVEL[effective_severity(finding, ctx.strict)],
        "message": {"text": render_message(finding, ctx.lang)},
        "locations": [location],
        "partialFingerprints": {"spukdosFinding/v1": fp},
    }
    if finding.stated is not None and finding.computed is not None:
        result["properties"] = {
            "stated": format(finding.stated, "f"),
            "computed": format(finding.computed, "f"),
            "difference": format(finding.stated - finding.computed, "f"),
        }
    return result


def sarif_log(results: list[FileResult], ctx: ReportContext) -> dict[str, Any]:
    codes = sorted({f.code for r in results for f in r.findings})
    rule_index = {code: i for i, code in enumerate(codes)}
    artifacts: list[dict[str, Any]] = []
    sarif_results: list[dict[str, Any]] = []
    for file_index, result in enumerate(results):
        uri = artifact_uri(result.file)
        artifact: dict[str, Any] = {"location": {"uri": uri}, "roles": ["analysisTarget"]}
        if result.sha256 is not None:
            artifact["hashes"] = {"sha-256": result.sha256}
        artifacts.append(artifact)
        seen: dict[tuple[str, str], int] = {}
        for finding in result.findings:
            key = (finding.code, finding.dotted_path)
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            fp = fingerprint(ci_path(result.file), *key, occurrence)
            sarif_results.append(
                _result(finding, (uri, file_index), rule_index[finding.code], fp, ctx)
            )
    driver = {
        "name": "spukdos",
        "informationUri": REPOSITORY,
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule(code, ctx) for code in codes],
    }
    run = {
        "tool": {"driver": driver},
        "language": LANGUAGE.get(ctx.lang, "nl-NL"),
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": True}],
        "artifacts": artifacts,
        "results": sarif_results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results: list[FileResult], ctx: ReportContext) -> str:
    return json_text(sarif_log(results, ctx), indent=2) + "\n"
