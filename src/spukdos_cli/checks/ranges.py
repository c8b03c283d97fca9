"""Plausible ranges of A, B and C, across both delay routes (codes Q010-Q012).

What an experienced reviewer checks after the arithmetic (issue 26):

- Q010: B summed over both routes (MPT/VPT and intramural) is more than the residents the
  experiment helps, while each route alone is not (Q002 reports a route on its own). A
  resident spared care is counted in one route, so the two together cannot exceed the
  target group.
- Q011: the same residents (B equal in both routes) spared MPT/VPT for A days and spared
  intramural care for A days: one resident receives at most one form of Wlz care on a
  given day, so for the same residents the two delays together cannot exceed the days the
  benefits are counted over: the experiment's term plus :data:`DELAY_HORIZON_DAYS`.
- Q012: C outside the plausible range of Wlz day rates of the rules' year (parameters
  ``kosten_per_dag_min`` and ``kosten_per_dag_max``), when no price list key is named (a
  named key is compared with its rate by the P checks). Catches a slipped decimal
  (3.340 for 334) and a monthly or yearly rate typed as a daily one.

Pure; the thresholds of Q010 and Q011 are spukdos's reviewing heuristics, documented in
``spukdos explain``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from spukdos_cli.checks.grant_rules import term_days
from spukdos_cli.checks.premises import Premises
from spukdos_cli.findings import Emit, Finding, Quantity, Severity, Term
from spukdos_cli.form.model import Businesscase, delay_blocks
from spukdos_cli.grant.rules import YearRules

DELAY_HORIZON_DAYS = 183
"""Days after the experiment's end over which a delay that began in the term may still be
counted (half a year: the delay the reference application itself claims, "Half jaar
uitstel"). spukdos's own heuristic."""


def _plain(value: Decimal) -> Decimal:
    """``13.0`` as ``13``, ``6.10`` as ``6.1``: a count of residents or days as people
    write it."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _routes(case: Businesscase) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    """Route -> (A, B) for the routes the file fills in."""
    return {
        name: (block.dagen, block.inwoners)
        for name, block in delay_blocks(case.baten)
        if block is not None
    }


def _residents_over_both(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    residents = case.beschrijving.aantal_inwoners if case.beschrijving else None
    counts = [b for _a, b in _routes(case).values() if b is not None]
    if residents is None or len(counts) < 2 or any(b > residents for b in counts):
        return  # Q002 reports a single route above the residents
    total = sum(counts, Decimal(0))
    if total > residents:
        yield emit(
            "Q010",
            Severity.WARNING,
            ("baten", "uitstel_intramuraal", "inwoners"),
            total=Quantity(_plain(total)),
            mpt=Quantity(_plain(counts[0])),
            intra=Quantity(_plain(counts[1])),
            residents=residents,
        )


def _same_residents_twice(case: Businesscase, emit: Emit, premises: Premises) -> Iterator[Finding]:
    routes = _routes(case)
    if len(routes) < 2 or not premises.term_in_order:
        return
    (a1, b1), (a2, b2) = routes["uitstel_mpt_vpt"], routes["uitstel_intramuraal"]
    if a1 is None or a2 is None or b1 is None or not b1 or b1 != b2:
        return
    term = term_days(case)
    if term is None:
        return
    window = term + DELAY_HORIZON_DAYS
    if a1 + a2 > window:
        yield emit(
            "Q011",
            Severity.WARNING,
            ("baten", "uitstel_intramuraal", "dagen"),
            mpt=Quantity(_plain(a1)),
            intra=Quantity(_plain(a2)),
            total=Quantity(_plain(a1 + a2)),
            residents=Quantity(_plain(b1)),
            term=term,
            horizon=DELAY_HORIZON_DAYS,
            window=window,
        )


def _origin(rules: YearRules) -> Term:
    """Where the range of C comes from: spukdos's rules of the year, or a rules file."""
    if rules.origin:
        return Term("range_origin_file", {"file": rules.origin})
    return Term("range_origin_builtin", {"year": str(rules.year)})


def range_reference(rules: YearRules | None) -> Term:
    """The sentence that says which reference a rate without a price list key is held
    against (empty when the rules have no range of C)."""
    bounds = rules.day_rate_range if rules else None
    if bounds is None or rules is None:
        return Term("")
    low, high = bounds
    return Term("range_held_against", {"low": low, "high": high, "origin": _origin(rules)})


def _day_rates(case: Businesscase, rules: YearRules | None, emit: Emit) -> Iterator[Finding]:
    bounds = rules.day_rate_range if rules else None
    if bounds is None or rules is None:
        return
    low, high = bounds
    origin = _origin(rules)
    for name, block in delay_blocks(case.baten):
        if block is None or block.kosten_per_dag is None or block.tarief is not None:
            continue
        rate = block.kosten_per_dag
        if rate == 0:
            continue  # C = 0 saves nothing; the verdict and the break-even show it
        if low <= rate <= high:
            continue
        yield emit(
            "Q012",
            Severity.WARNING,
            ("baten", name, "kosten_per_dag"),
            rate=rate,
            low=low,
            high=high,
            origin=origin,
            advice=Term("range_too_high" if rate > high else "range_too_low"),
        )


def check_ranges(
    case: Businesscase, rules: YearRules | None, emit: Emit, premises: Premises | None = None
) -> list[Finding]:
    """Q010, Q011 and Q012 of one businesscase."""
    given = premises or Premises()
    return [
        *_residents_over_both(case, emit),
        *_same_residents_twice(case, emit, given),
        *_day_rates(case, rules, emit),
    ]
