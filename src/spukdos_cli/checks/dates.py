"""The grant year and the dates around it (codes R023, R024, R055).

- R023: ``regeling_jaar`` is not a year the experiment runs in (the experiment of a 2025
  application runs in 2025: the grant period is 1 January - 31 December of the grant
  year, source 000). Reported only where the grant period itself is not known (R021
  compares the experiment with it when it is).
- R024: a ``regeling_jaar`` spukdos has no rules for (built in or from ``--regels``): the
  rules that need them say "not checked" (R005), and this warning says why once.
- R055: the care office's advice dated before the year the application is made (the
  rounds for a grant year open in the year before it: source 002 and DUS-I's round of
  21-11-2023 for 2024) or after the experiment starts (the advice is on the plan, before
  it runs).

Pure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spukdos_cli.findings import Emit, Finding, Severity, Term
from spukdos_cli.form.model import Businesscase
from spukdos_cli.grant.rules import YearRules


def _year(case: Businesscase, rules: YearRules | None, emit: Emit) -> Iterator[Finding]:
    year = case.regeling_jaar
    if year is None:
        return  # completeness asks for it
    if rules is None:
        yield emit("R024", Severity.WARNING, ("regeling_jaar",), year=str(year))
    experiment = case.experiment
    start = experiment.startdatum if experiment else None
    end = experiment.einddatum if experiment else None
    if start is None or end is None or start > end:
        return
    if rules is not None and rules.period is not None:
        return  # R021 / R022 compare the experiment with the grant period
    if not start.year <= year <= end.year:
        yield emit(
            "R023",
            Severity.WARNING,
            ("regeling_jaar",),
            year=str(year),
            start=start.isoformat(),
            end=end.isoformat(),
        )


def _advice_date(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    advice = case.advies_zorgkantoor
    year = case.regeling_jaar
    if advice is None or advice.datum is None:
        return
    given = advice.datum
    path = ("advies_zorgkantoor", "datum")
    # a year a calendar cannot hold (completeness and R024 speak about it) is not compared
    if year is not None and date.min.year < year <= date.max.year and given < date(year - 1, 1, 1):
        first = date(year - 1, 1, 1).isoformat()
        yield emit(
            "R055",
            Severity.WARNING,
            path,
            date=given.isoformat(),
            reason=Term("advice_too_early", {"first": first, "year": str(year)}),
        )
        return
    start = case.experiment.startdatum if case.experiment else None
    if start is not None and given > start:
        yield emit(
            "R055",
            Severity.WARNING,
            path,
            date=given.isoformat(),
            reason=Term("advice_after_start", {"start": start.isoformat()}),
        )


def check_dates(case: Businesscase, rules: YearRules | None, emit: Emit) -> list[Finding]:
    """R023, R024 and R055 of one businesscase."""
    return [*_year(case, rules, emit), *_advice_date(case, emit)]
