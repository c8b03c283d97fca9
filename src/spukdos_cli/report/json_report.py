"""The machine report: the result dumped as JSON.

Amounts are strings with two decimals (``"78525.00"``), never floats, so that what a
machine reads is exactly what spukdos computed. A break-even value is a quotient that
seldom ends: it is given as its exact numerator and denominator and, for convenience,
rounded to four decimals (half up).

``schema_version`` (``schemas/report.schema.json``) rises by one with every change to
the shape. A change only adds fields, so a reader of one version reads the next by
ignoring what it does not know; removing a field or changing what one means would need a
new major release. Version 2 added ``robustness``; version 3 ``rules_file``,
``break_even.dagen_per_route``, ``invalid`` per section (answers given but not valid), and
for a document read in memory ``source_kind`` and each finding's ``source``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from spukdos_cli import __version__
from spukdos_cli.checks.completeness import overall_score
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.compute.analysis import BreakEven, Input, Quotient, Robustness, WithoutEstimates
from spukdos_cli.compute.calculate import DelayBenefit
from spukdos_cli.findings import Finding
from spukdos_cli.messages.catalogue import render
from spukdos_cli.messages.places import describe_source

SCHEMA_VERSION = 3
ROUNDED_PLACES = 4


def number_text(value: Decimal | None) -> str | None:
    """An exact number as text (``"78525.00"``), or None."""
    return None if value is None else format(value, "f")


def quotient_dict(value: Quotient | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "numerator": number_text(value.numerator),
        "denominator": number_text(value.denominator),
        "rounded": number_text(value.rounded(ROUNDED_PLACES)),
    }


def input_dict(item: Input) -> dict[str, Any]:
    return {
        "path": item.key,
        "kind": item.kind,
        "name": item.name,
        "value": number_text(item.value),
    }


def break_even_dict(be: BreakEven) -> dict[str, Any]:
    return {
        "dagen": quotient_dict(be.days),
        "dagen_per_route": {
            route: quotient_dict(value) for route, value in be.days_per_route.items()
        },
        "inwoners": {route: quotient_dict(value) for route, value in be.residents.items()},
        "kosten_ruimte": number_text(be.cost_headroom),
        "kosten_ruimte_pct": quotient_dict(be.cost_headroom_pct),
    }


def without_estimates_dict(without: WithoutEstimates) -> dict[str, Any]:
    return {
        "items": [input_dict(item) for item in without.items],
        "amount": number_text(without.amount),
        "saldo": number_text(without.saldo),
        "positief": without.positive,
        "flips": without.flips,
    }


def robustness_dict(summary: Robustness | None) -> dict[str, Any] | None:
    """The robustness summary the text report shows under the verdict."""
    if summary is None:
        return None
    top = summary.largest_effect
    largest = None
    if top is not None:
        widest = top.widest
        largest = {
            **input_dict(top.input),
            "pct": number_text(widest.pct),
            "saldo_low": number_text(min(widest.saldo_down, widest.saldo_up)),
            "saldo_high": number_text(max(widest.saldo_down, widest.saldo_up)),
        }
    return {
        "break_even": break_even_dict(summary.break_even),
        "without_estimates": without_estimates_dict(summary.without_estimates),
        "largest_effect": largest,
    }


def _benefit(benefit: DelayBenefit) -> dict[str, Any]:
    return {
        "dagen": number_text(benefit.dagen),
        "inwoners": number_text(benefit.inwoners),
        "kosten_per_dag": number_text(benefit.kosten_per_dag),
        "exact": number_text(benefit.exact),
        "totaal": number_text(benefit.totaal),
    }


def result_dict(result: FileResult, lang: str) -> dict[str, Any]:
    calc = result.calculation
    figures: dict[str, Any] | None = None
    if calc is not None:
        figures = {
            "initiele_kosten": number_text(calc.initiele_kosten),
            "uitvoeringskosten": number_text(calc.uitvoeringskosten),
            "totaal_kosten": number_text(calc.totaal_kosten),
            "uitstel_mpt_vpt": _benefit(calc.uitstel_mpt_vpt),
            "uitstel_intramuraal": _benefit(calc.uitstel_intramuraal),
            "overige_besparingen": number_text(calc.overige_besparingen),
            "totaal_baten": number_text(calc.totaal_baten),
            "saldo": number_text(calc.saldo),
            "positief": calc.positief if result.verdict_ready else None,
            "marge_pct": number_text(calc.marge_pct),
            "bijdragen": number_text(calc.bijdragen),
            "uitkering": number_text(calc.uitkering),
            "financiering_totaal": number_text(calc.financiering_totaal),
            "aandeel_uitkering_pct": number_text(calc.aandeel_uitkering_pct),
            "aandeel_cofinanciering_pct": number_text(calc.aandeel_cofinanciering_pct),
        }
    answered, required = overall_score(result.sections)
    return {
        "file": result.file,
        "sha256": result.sha256,
        "rules_year": result.case.regeling_jaar if result.case is not None else None,
        "rules_file": result.rules.origin if result.rules is not None else None,
        "complete": result.complete,
        "completeness": {"answered": answered, "required": required},
        "judged": result.verdict_ready,
        "errors": result.errors,
        "warnings": result.warnings,
        "sections": [
            {
                "key": s.section.key,
                "title": s.section.title(lang),
                "complete": s.complete,
                "answered": s.answered,
                "required": s.required,
                "missing": list(s.missing),
                "invalid": [place.dotted for place in s.invalid],
            }
            for s in result.sections
        ],
        "figures": figures,
        "robustness": robustness_dict(result.robustness),
        "findings": [_finding_dict(f, result.file, lang) for f in result.findings],
        **({"source_kind": result.source_kind} if result.source_kind != "yaml" else {}),
    }


def _finding_dict(f: Finding, file: str, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": f.code,
        "severity": f.severity.value,
        "file": file,
        "line": f.position.line,
        "col": f.position.col,
        "path": f.dotted_path,
        "message": render(f, lang),
        "stated": number_text(f.stated),
        "computed": number_text(f.computed),
        "difference": number_text(f.difference),
    }
    ref = f.position.source
    if ref is not None:  # an imported document: where the value stood in it
        out["source"] = {
            "page": ref.page,
            "line": ref.line,
            "unit": ref.unit,
            "table": ref.table,
            "row": ref.row,
            "column": ref.col,
            "where": describe_source(ref, lang),
        }
    return out


_INVISIBLE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_text(value: Any, **options: Any) -> str:
    """``json.dumps`` with text kept readable (``ensure_ascii=False``) but with the
    characters a terminal or editor would act on (C1 controls, bidi overrides, line
    separators) written as ``\\uXXXX`` escapes: the data is the same, its display safe."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _tool() -> dict[str, str]:
    return {"name": "spukdos", "version": __version__}


def dumps(results: list[FileResult], lang: str) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": _tool(),
        "files": [result_dict(r, lang) for r in results],
    }
    return json_text(document, indent=2) + "\n"


def dumps_lines(results: list[FileResult], lang: str) -> str:
    """JSON Lines: one compact object per file (``schema_version``, ``tool`` and the
    file's entry of :func:`dumps`), so a consumer can stream a large run."""
    lines = [
        json_text(
            {"schema_version": SCHEMA_VERSION, "tool": _tool(), **result_dict(r, lang)},
            separators=(",", ":"),
        )
        for r in results
    ]
    return "".join(line + "\n" for line in lines)
