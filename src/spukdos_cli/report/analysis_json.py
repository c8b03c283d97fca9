"""The machine report of ``spukdos analyse --format json``.

Exact values as strings (``"659340.75"``), never floats: a break-even value is given as
its exact numerator and denominator and, for convenience, rounded to four decimals
(half up). The check result of the file is included as ``spukdos check --format json``
gives it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from spukdos_cli import __version__
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.compute.analysis import Analysis, Input, Quotient
from spukdos_cli.report.json_report import SCHEMA_VERSION, result_dict

ROUNDED_PLACES = 4


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _quotient(value: Quotient | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "numerator": _num(value.numerator),
        "denominator": _num(value.denominator),
        "rounded": _num(value.rounded(ROUNDED_PLACES)),
    }


def _input(item: Input) -> dict[str, Any]:
    return {"path": item.key, "kind": item.kind, "name": item.name, "value": _num(item.value)}


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    calc = analysis.calculation
    be = analysis.break_even
    without = analysis.without_estimates
    return {
        "totaal_kosten": _num(calc.totaal_kosten),
        "totaal_baten": _num(calc.totaal_baten),
        "saldo": _num(calc.saldo),
        "positief": calc.positief,
        "break_even": {
            "dagen": _quotient(be.days),
            "inwoners": {route: _quotient(value) for route, value in be.residents.items()},
            "kosten_ruimte": _num(be.cost_headroom),
            "kosten_ruimte_pct": _quotient(be.cost_headroom_pct),
        },
        "without_estimates": {
            "items": [_input(item) for item in without.items],
            "amount": _num(without.amount),
            "saldo": _num(without.saldo),
            "positief": without.positive,
            "flips": without.flips,
        },
        "variations_pct": [_num(p) for p in analysis.variations_pct],
        "sensitivity": [
            {
                **_input(entry.input),
                "spread": _num(entry.spread),
                "swings": [
                    {
                        "pct": _num(s.pct),
                        "down": _num(s.down),
                        "up": _num(s.up),
                        "saldo_down": _num(s.saldo_down),
                        "saldo_up": _num(s.saldo_up),
                    }
                    for s in entry.swings
                ],
            }
            for entry in analysis.sensitivity
        ],
        "scenarios": [
            {
                "naam": result.name,
                "changes": {item.key: _num(value) for item, value in result.changes},
                "ignored": list(result.ignored),
                "totaal_kosten": _num(result.calculation.totaal_kosten),
                "totaal_baten": _num(result.calculation.totaal_baten),
                "saldo": _num(result.calculation.saldo),
                "positief": result.calculation.positief,
            }
            for result in analysis.scenarios
        ],
        "domains": [
            {
                "domein": row.domain,
                "costs": _num(row.costs),
                "savings": _num(row.savings),
                "balance": _num(row.balance),
            }
            for row in analysis.domains
        ],
        "parties": [
            {
                "kind": row.kind,
                "rol": row.role,
                "names": list(row.names),
                "pays": _num(row.pays),
                "saves": _num(row.saves),
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
