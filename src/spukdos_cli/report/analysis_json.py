"""The machine report of ``spukdos analyse --format json``.

Exact values as strings (``"659340.75"``), never floats: a break-even value is given as
its exact numerator and denominator and, for convenience, rounded to four decimals
(half up), as in :mod:`spukdos_cli.report.json_report`. The check result of the file
is included as ``spukdos check --format json`` gives it.
"""

from __future__ import annotations

import json
from typing import Any

from spukdos_cli import __version__
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.compute.analysis import Analysis
from spukdos_cli.report.json_report import (
    SCHEMA_VERSION,
    break_even_dict,
    input_dict,
    number_text,
    result_dict,
    without_estimates_dict,
)


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    calc = analysis.calculation
    return {
        "totaal_kosten": number_text(calc.totaal_kosten),
        "totaal_baten": number_text(calc.totaal_baten),
        "saldo": number_text(calc.saldo),
        "positief": calc.positief,
        "break_even": break_even_dict(analysis.break_even),
        "without_estimates": without_estimates_dict(analysis.without_estimates),
        "variations_pct": [number_text(p) for p in analysis.variations_pct],
        "sensitivity": [
            {
                **input_dict(entry.input),
                "spread": number_text(entry.spread),
                "swings": [
                    {
                        "pct": number_text(s.pct),
                        "down": number_text(s.down),
                        "up": number_text(s.up),
                        "saldo_down": number_text(s.saldo_down),
                        "saldo_up": number_text(s.saldo_up),
                    }
                    for s in entry.swings
                ],
            }
            for entry in analysis.sensitivity
        ],
        "scenarios": [
            {
                "naam": result.name,
                "changes": {item.key: number_text(value) for item, value in result.changes},
                "ignored": list(result.ignored),
                "totaal_kosten": number_text(result.calculation.totaal_kosten),
                "totaal_baten": number_text(result.calculation.totaal_baten),
                "saldo": number_text(result.calculation.saldo),
                "positief": result.calculation.positief,
            }
            for result in analysis.scenarios
        ],
        "domains": [
            {
                "domein": row.domain,
                "costs": number_text(row.costs),
                "savings": number_text(row.savings),
                "balance": number_text(row.balance),
            }
            for row in analysis.domains
        ],
        "parties": [
            {
                "kind": row.kind,
                "rol": row.role,
                "names": list(row.names),
                "pays": number_text(row.pays),
                "saves": number_text(row.saves),
            }
            for row in analysis.parties
        ],
    }


def dumps(result: FileResult, analysis: Analysis | None, lang: str) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "spukdos", "version": __version__},
        "file": result_dict(result, lang),
        "analysis": None if analysis is None else analysis_dict(analysis),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
