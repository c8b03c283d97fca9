"""The result of checking one file, and the pipeline that produces it.

``check_loaded`` is pure: loaded model -> calculation -> completeness -> findings.
A file whose structure had errors is still checked for completeness (with the invalid
values left out), but its totals and verdict are not judged: they would rest on
values we could not read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from spukdos_cli.checks.advice import check_advice
from spukdos_cli.checks.completeness import (
    SectionStatus,
    check_completeness,
    completeness,
    set_apart_invalid,
)
from spukdos_cli.checks.contradictions import check_contradictions
from spukdos_cli.checks.dates import check_dates
from spukdos_cli.checks.executors import check_executors
from spukdos_cli.checks.grant_rules import check_rules
from spukdos_cli.checks.overlap import check_overlap
from spukdos_cli.checks.plausibility import check_plausibility
from spukdos_cli.checks.premises import premises
from spukdos_cli.checks.prices import DEFAULT_TOLERANCE_PCT, check_prices
from spukdos_cli.checks.ranges import check_ranges, range_reference
from spukdos_cli.checks.scenarios import check_scenarios
from spukdos_cli.checks.totals import check_stated_totals
from spukdos_cli.checks.verdict import Verdict, check_verdict, verdict, verdict_ready
from spukdos_cli.compute.analysis import Robustness, robustness
from spukdos_cli.compute.calculate import Calculation, calculate
from spukdos_cli.exact import exact
from spukdos_cli.findings import Emit, Finding, Severity
from spukdos_cli.form.model import Businesscase
from spukdos_cli.grant.prices import PriceList
from spukdos_cli.grant.rules import YearRules
from spukdos_cli.read.loaded import Loaded


@dataclass(frozen=True)
class CheckOptions:
    """What a check run may vary: filled in by the CLI, passed down unchanged.

    ``rules`` maps a grant year to its parameters (a year that is absent is "not
    checked"); ``prices`` is the price list in force; ``tolerance_pct`` is how far a
    rate may deviate from it before a justification is asked.
    """

    rules: Mapping[int, YearRules] = field(default_factory=dict)
    prices: PriceList | None = None
    tolerance_pct: Decimal = DEFAULT_TOLERANCE_PCT
    robustness: bool = True
    """Compute the robustness summary (break-even, without estimates, the input with the
    largest effect) of every judged file; ``batch`` has no column for it and skips it."""


@cache
def default_options() -> CheckOptions:
    """The built-in rules of every known year and the built-in price list."""
    from spukdos_cli.grant.prices import builtin_prices
    from spukdos_cli.grant.rules import available_years, rules_for

    years = {year: rules_for(year) for year in available_years()}
    return CheckOptions(
        rules={year: r for year, r in years.items() if r is not None},
        prices=builtin_prices(),
    )


@dataclass(frozen=True)
class FileResult:
    """Everything spukdos found out about one file."""

    file: str
    sha256: str | None
    case: Businesscase | None
    calculation: Calculation | None
    sections: tuple[SectionStatus, ...]
    findings: tuple[Finding, ...]
    judged: bool
    """True when the totals and the verdict could be checked."""
    robustness: Robustness | None = None
    """The robustness summary of a file with a verdict (None without one, or when the
    run did not ask for it: :attr:`CheckOptions.robustness`)."""
    rules: YearRules | None = None
    """The grant rules the file was checked against (those of its ``regeling_jaar``;
    None when none are known, and the rules that need them said "not checked")."""
    source_kind: str = "yaml"
    """What was read: ``yaml``, or a filled-in form imported in memory (``docx``,
    ``pdf``, ``txt``)."""

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def complete(self) -> bool:
        return bool(self.sections) and all(s.complete for s in self.sections)

    @property
    def verdict_ready(self) -> bool:
        return self.judged and self.calculation is not None and verdict_ready(self.sections)

    @property
    def verdict(self) -> Verdict:
        """The one verdict (:mod:`spukdos_cli.checks.verdict`) every report shows."""
        return verdict(self.calculation, self.verdict_ready)


def check_loaded(loaded: Loaded, file: str, options: CheckOptions | None = None) -> FileResult:
    """Calculate and check a loaded file (``options`` default to the built-in data), in
    the wide decimal context of :mod:`spukdos_cli.exact`, whatever the caller's."""
    with exact():
        return _check_loaded(loaded, file, options or default_options())


def _check_loaded(loaded: Loaded, file: str, options: CheckOptions) -> FileResult:
    case = loaded.case
    kind = loaded.source_kind
    if case is None:
        return FileResult(
            file, loaded.sha256, None, None, (), loaded.findings, judged=False, source_kind=kind
        )
    calc = calculate(case)
    statuses = completeness(case, loaded.source_map)
    findings = list(loaded.findings)
    if loaded.partial:
        statuses = set_apart_invalid(statuses, {f.path for f in loaded.findings})
    findings += check_completeness(statuses, loaded.source_map)
    year_rules = options.rules.get(case.regeling_jaar) if case.regeling_jaar else None
    if not loaded.partial:
        given = premises(case, statuses)
        findings += check_stated_totals(case, calc, loaded.source_map)
        findings += check_verdict(calc, statuses, loaded.source_map)
        findings += check_rules(case, calc, year_rules, loaded.source_map, given)
        findings += check_advice(case, calc, Emit(loaded.source_map), given)
        if options.prices is not None:
            findings += check_prices(
                case,
                options.prices,
                options.tolerance_pct,
                loaded.source_map,
                range_reference(year_rules),
            )
        findings += check_plausibility(case, calc, Emit(loaded.source_map), given)
        findings += check_ranges(case, year_rules, Emit(loaded.source_map), given)
        findings += check_overlap(case, Emit(loaded.source_map))
        findings += check_executors(case, Emit(loaded.source_map))
        findings += check_dates(case, year_rules, Emit(loaded.source_map))
        findings += check_contradictions(case, Emit(loaded.source_map))
        findings += check_scenarios(case, Emit(loaded.source_map))
    findings.sort(key=Finding.sort_key)
    result = FileResult(
        file,
        loaded.sha256,
        case,
        calc,
        statuses,
        tuple(findings),
        judged=not loaded.partial,
        rules=year_rules,
        source_kind=kind,
    )
    if options.robustness and result.verdict_ready:
        result = replace(result, robustness=robustness(case, calc))
    return result
