"""What a dependent rule or heuristic may take for granted, decided once per file.

Some checks rest on a premise another check judges: the financing shares need the costs,
"positive only thanks to an estimate" (Q008) needs a verdict, "longer than the experiment
runs" (Q004) needs a term whose end is not before its start. When the check that judges
the premise finds it broken (C001 on the cost sections, R020 on the dates), the checks
that need it stay silent instead of reporting something that rests on it ("longer than
the -27 days the experiment runs"). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from spukdos_cli.checks.completeness import SectionStatus
from spukdos_cli.checks.verdict import verdict_ready
from spukdos_cli.form.model import Businesscase

COST_SECTIONS = frozenset({"initiele_kosten", "uitvoeringskosten"})
"""The sections the total costs come from."""


@dataclass(frozen=True)
class Premises:
    """The premises of one file; the defaults (everything holds) are for a caller that
    runs one check on its own."""

    costs_complete: bool = True
    """The cost sections are complete, so the total costs are the file's costs (C001
    reports it otherwise): the financing can be compared with them."""
    verdict_ready: bool = True
    """Costs and benefits are complete: the net effect is the one the verdict judges."""
    term_in_order: bool = True
    """The end date is not before the start date (R020 reports it otherwise)."""


def term_in_order(case: Businesscase) -> bool:
    """False only when both dates are there and the end comes before the start (R020)."""
    experiment = case.experiment
    if experiment is None or experiment.startdatum is None or experiment.einddatum is None:
        return True
    return experiment.startdatum <= experiment.einddatum


def premises(case: Businesscase, statuses: tuple[SectionStatus, ...]) -> Premises:
    """The premises of ``case`` with completeness ``statuses``."""
    return Premises(
        costs_complete=all(s.complete for s in statuses if s.section.key in COST_SECTIONS),
        verdict_ready=verdict_ready(statuses),
        term_in_order=term_in_order(case),
    )
