"""Scenarios validated against the file (codes N…).

A scenario of ``spukdos analyse`` changes inputs of the file by their data path; each
change must name an input the file has, an amount has at most two decimals, and names are
unique. Pure: model in, findings out.
"""

from __future__ import annotations

import difflib
import re

from spukdos_cli.compute.analysis import inputs, scenario_name, too_precise
from spukdos_cli.findings import Emit, Finding, Quantity, Severity, Term
from spukdos_cli.form.model import Businesscase
from spukdos_cli.messages.formatting import join_listed
from spukdos_cli.positions import DataPath


def check_scenarios(case: Businesscase, emit: Emit) -> list[Finding]:
    """Scenario changes validated against the file (codes N…): each must name an input
    of this file (N001), an amount has at most two decimals (N002), and names are unique
    (N003)."""
    if not case.scenarios:
        return []
    known = {item.key: item for item in inputs(case)}
    keys = list(known)
    findings: list[Finding] = []
    first_of: dict[str, int] = {}
    for index, scenario in enumerate(case.scenarios):
        base: DataPath = ("scenarios", index)
        name = scenario_name(index, scenario.naam)
        if scenario.naam and scenario.naam.strip():
            normal = " ".join(scenario.naam.casefold().split())
            if normal in first_of:
                first = first_of[normal]
                line = emit.source_map.locate(("scenarios", first, "naam")).line
                findings.append(
                    emit(
                        "N003",
                        Severity.WARNING,
                        (*base, "naam"),
                        scenario=scenario.naam,
                        first=first + 1,
                        line=line,
                    )
                )
            else:
                first_of[normal] = index
        for key, value in (scenario.wijzigingen or {}).items():
            path: DataPath = (*base, "wijzigingen", key)
            item = known.get(key.strip())
            if item is None:
                guess = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
                hint = Term("hint_did_you_mean", {"guess": guess[0]}) if guess else Term("")
                findings.append(
                    emit(
                        "N001",
                        Severity.ERROR,
                        path,
                        at_key=True,
                        scenario=name,
                        key=_clip(key),
                        hint=hint,
                        inputs=join_listed(keys) if keys else "—",
                    )
                )
            elif item.is_amount and too_precise(value):
                findings.append(
                    emit(
                        "N002",
                        Severity.ERROR,
                        path,
                        scenario=name,
                        key=item.key,
                        value=Quantity(value),
                    )
                )
    return findings


_CLIP = 80


def _clip(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"
