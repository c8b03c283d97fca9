"""The machine report: the result dumped as JSON.

Amounts are strings with two decimals (``"78525.00"``), never floats, so that what a
machine reads is exactly what spukdos computed.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from spukdos_cli import __version__
from spukdos_cli.checks.completeness import overall_score
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.compute.calculate import DelayBenefit
from spukdos_cli.messages.catalogue import render

SCHEMA_VERSION = 1


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _benefit(benefit: DelayBenefit) -> dict[str, Any]:
    return {
        "dagen": _num(benefit.dagen),
        "inwoners": _num(benefit.inwoners),
        "kosten_per_dag": _num(benefit.kosten_per_dag),
        "exact": _num(benefit.exact),
        "totaal": _num(benefit.totaal),
    }


def result_dict(result: FileResult, lang: str) -> dict[str, Any]:
    calc = result.calculation
    figures: dict[str, Any] | None = None
    if calc is not None:
        figures = {
            "initiele_kosten": _num(calc.initiele_kosten),
            "uitvoeringskosten": _num(calc.uitvoeringskosten),
            "totaal_kosten": _num(calc.totaal_kosten),
            "uitstel_mpt_vpt": _benefit(calc.uitstel_mpt_vpt),
            "uitstel_intramuraal": _benefit(calc.uitstel_intramuraal),
            "overige_besparingen": _num(calc.overige_besparingen),
            "totaal_baten": _num(calc.totaal_baten),
            "saldo": _num(calc.saldo),
            "positief": calc.positief if result.verdict_ready else None,
            "marge_pct": _num(calc.marge_pct),
            "bijdragen": _num(calc.bijdragen),
            "uitkering": _num(calc.uitkering),
            "financiering_totaal": _num(calc.financiering_totaal),
            "aandeel_uitkering_pct": _num(calc.aandeel_uitkering_pct),
            "aandeel_cofinanciering_pct": _num(calc.aandeel_cofinanciering_pct),
        }
    answered, required = overall_score(result.sections)
    return {
        "file": result.file,
        "sha256": result.sha256,
        "rules_year": result.case.regeling_jaar if result.case is not None else None,
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
            }
            for s in result.sections
        ],
        "figures": figures,
        "findings": [
            {
                "code": f.code,
                "severity": f.severity.value,
                "file": result.file,
                "line": f.position.line,
                "col": f.position.col,
                "path": f.dotted_path,
                "message": render(f, lang),
                "stated": _num(f.stated),
                "computed": _num(f.computed),
                "difference": _num(f.difference),
            }
            for f in result.findings
        ],
    }


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
