"""The grant's rules: financing variants, parties, term and monitoring (codes R…).

Pure: model, calculation and the year's parameters in, findings out. Where a parameter
is not known for the year, the rule reports "not checked" (R005, info) instead of
guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spukdos_cli.checks.premises import Premises
from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.findings import Emit, Finding, ParamValue, Quantity, Severity, Term
from spukdos_cli.form.model import Businesscase
from spukdos_cli.form.money import ZERO, percent_of, product, share
from spukdos_cli.form.parties import parties_named
from spukdos_cli.grant.rules import YearRules
from spukdos_cli.positions import DataPath, SourceMap

EXECUTING_ROLES = ("zorgaanbieder", "welzijnsorganisatie", "vrijwilligersinitiatief")
REQUIRED_ROLES = ("gemeente", "zorgkantoor")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-./]+$")


def not_checked(emit: Emit, rule: str, year: int | None, path: DataPath) -> Finding:
    return emit("R005", Severity.INFO, path, at_key=True, rule=Term(rule), year=str(year or "?"))


def check_financing(
    case: Businesscase,
    calc: Calculation,
    rules: YearRules | None,
    emit: Emit,
    premises: Premises | None = None,
) -> Iterator[Finding]:
    """Form section 11 and the two variants of the grant (source 000, 'Aanleiding').

    Every comparison with the costs is made between amounts, exactly, to the cent (the
    grant at most 80 % of the costs, the co-financing at least 20 %); a percentage is
    only shown. Those comparisons need the costs: while the cost sections are incomplete
    (C001) they are not made.
    """
    financing = case.financiering
    variant = case.experiment.variant if case.experiment else None
    if financing is None or variant is None or calc.uitkering is None:
        return  # completeness reports what is missing
    costs_known = (premises or Premises()).costs_complete
    year = case.regeling_jaar
    path = ("financiering",)
    costs = calc.totaal_kosten
    if variant == "cofinanciering":
        if costs_known and calc.financiering_totaal != costs:
            yield Finding(
                "R001",
                Severity.ERROR,
                path,
                emit.source_map.locate(path, prefer_key=True),
                {},
                stated=calc.financiering_totaal,
                computed=costs,
            )
        maximum = rules.max_grant_pct if rules else None
        minimum = rules.min_cofinancing_pct if rules else None
        if maximum is None or minimum is None:
            yield not_checked(emit, "rule_shares", year, path)
        elif costs_known and costs > 0:
            yield from _shares(calc, maximum, minimum, emit)
    else:  # centraal_persoon
        per_client = rules.amount_per_client if rules else None
        if per_client is None:
            yield not_checked(emit, "rule_per_client", year, path)
        elif financing.aantal_clienten is not None:
            expected = product(per_client, Decimal(financing.aantal_clienten))
            if calc.uitkering != expected:
                upath = ("financiering", "uitkering")
                yield Finding(
                    "R004",
                    Severity.ERROR,
                    upath,
                    emit.source_map.locate(upath),
                    {"clients": financing.aantal_clienten, "per_client": per_client},
                    stated=calc.uitkering,
                    computed=expected,
                )
        if costs_known:
            yield from _central_person_costs(calc, emit)
    yield from _financiers_are_parties(case, emit)


def _shown_share(part: Decimal, whole: Decimal, limit: Decimal) -> ParamValue:
    """``part`` as a percentage of ``whole`` for people: two decimals, or "just above /
    below" the limit where the rounded figure would read as the limit itself."""
    shown = share(part, whole)
    if shown is None:  # whole is never 0 here
        return ""
    if shown != limit:
        return Quantity(shown, "pct")
    side = "pct_just_above" if part * 100 > limit * whole else "pct_just_below"
    return Term(side, {"pct": Quantity(limit, "pct")})


def _shares(calc: Calculation, maximum: Decimal, minimum: Decimal, emit: Emit) -> Iterator[Finding]:
    """R002 / R003: the grant at most ``maximum`` %, the co-financing at least ``minimum`` %
    of the costs, compared as amounts (one finding for one problem)."""
    costs = calc.totaal_kosten
    grant = calc.uitkering if calc.uitkering is not None else ZERO
    highest = percent_of(costs, maximum)
    lowest = percent_of(costs, minimum)
    if grant > highest:
        yield emit(
            "R002",
            Severity.ERROR,
            ("financiering", "uitkering"),
            share=_shown_share(grant, costs, maximum),
            max=Quantity(maximum, "pct"),
            grant=grant,
            costs=costs,
            limit=highest,
            excess=grant - highest,
        )
    elif calc.bijdragen < lowest:
        yield emit(
            "R003",
            Severity.ERROR,
            ("financiering", "bijdragen"),
            at_key=True,
            share=_shown_share(calc.bijdragen, costs, minimum),
            min=Quantity(minimum, "pct"),
            cofinancing=calc.bijdragen,
            costs=costs,
            limit=lowest,
            shortfall=lowest - calc.bijdragen,
        )


def _central_person_costs(calc: Calculation, emit: Emit) -> Iterator[Finding]:
    """Variant centraal persoon: the grant is a contribution to the costs of the experiment
    (source 002: "een bijdrage in de (meer)kosten"), so it cannot exceed them (R007); and
    the financing overview of form section 11 says who pays every euro of the costs, so
    grant plus contributions equal the costs (R008)."""
    costs = calc.totaal_kosten
    grant = calc.uitkering if calc.uitkering is not None else ZERO
    if grant > costs:
        upath = ("financiering", "uitkering")
        yield Finding(
            "R007",
            Severity.ERROR,
            upath,
            emit.source_map.locate(upath),
            {},
            stated=grant,
            computed=costs,
        )
    elif calc.financiering_totaal != costs:
        short = calc.financiering_totaal < costs
        fpath = ("financiering",)
        yield Finding(
            "R008",
            Severity.ERROR,
            fpath,
            emit.source_map.locate(fpath, prefer_key=True),
            {"advice": Term("advice_financing_short" if short else "advice_financing_over")},
            stated=calc.financiering_totaal,
            computed=costs,
        )


def _financiers_are_parties(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    """A financing party must also be listed among the cooperating parties."""
    contributions = case.financiering.bijdragen if case.financiering else None
    for i, contribution in enumerate(contributions or ()):
        if not contribution.partij or parties_named(contribution.partij, case.partijen):
            continue
        yield emit(
            "R006",
            Severity.ERROR,
            ("financiering", "bijdragen", i, "partij"),
            party=contribution.partij,
        )


def check_parties(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    """Form section 7: at least gemeente, zorgkantoor and one executing party committed;
    form section 1: complete, valid contact details."""
    parties = case.partijen
    if not parties:
        return  # completeness reports it
    committed = {p.rol for p in parties if p.toegezegd}
    # A party whose commitment is not filled in yet may still commit: completeness asks for
    # it (partijen[i].toegezegd), so its role is not reported as missing here as well.
    possible = committed | {p.rol for p in parties if p.toegezegd is None}
    missing = [role for role in REQUIRED_ROLES if role not in possible]
    if not possible.intersection(EXECUTING_ROLES):
        missing.append(" / ".join(EXECUTING_ROLES))
    if missing:
        yield emit("R010", Severity.ERROR, ("partijen",), at_key=True, roles=", ".join(missing))
    for i, party in enumerate(parties):
        for j, person in enumerate(party.contactpersonen or ()):
            base = ("partijen", i, "contactpersonen", j)
            if person.email and not _EMAIL.match(person.email.strip()):
                yield emit("R011", Severity.ERROR, (*base, "email"), text=person.email)
            if person.telefoon and not _valid_phone(person.telefoon):
                yield emit("R012", Severity.ERROR, (*base, "telefoon"), text=person.telefoon)


def _valid_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return bool(_PHONE_CHARS.match(text.strip())) and 9 <= digits <= 15


def check_term(case: Businesscase, rules: YearRules | None, emit: Emit) -> Iterator[Finding]:
    """Looptijd: start on or before the end; the experiment overlaps the grant period."""
    experiment = case.experiment
    if experiment is None or experiment.startdatum is None or experiment.einddatum is None:
        return
    start, end = experiment.startdatum, experiment.einddatum
    if start > end:
        yield emit(
            "R020",
            Severity.ERROR,
            ("experiment", "einddatum"),
            start=start.isoformat(),
            end=end.isoformat(),
        )
        return
    period = rules.period if rules else None
    if period is None:
        yield not_checked(emit, "rule_period", case.regeling_jaar, ("experiment",))
        return
    first, last = period
    if end < first or start > last:
        yield emit(
            "R021",
            Severity.ERROR,
            ("experiment", "startdatum"),
            start=start.isoformat(),
            end=end.isoformat(),
            first=first.isoformat(),
            last=last.isoformat(),
        )
    elif start < first or end > last:
        yield emit(
            "R022",
            Severity.WARNING,
            ("experiment", "startdatum" if start < first else "einddatum"),  # the date outside
            start=start.isoformat(),
            end=end.isoformat(),
            first=first.isoformat(),
            last=last.isoformat(),
        )


def term_days(case: Businesscase) -> int | None:
    """The experiment's length in days (both dates included), when both are known."""
    experiment = case.experiment
    if experiment is None or experiment.startdatum is None or experiment.einddatum is None:
        return None
    return (experiment.einddatum - experiment.startdatum).days + 1


def check_monitoring(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    """Participation in the VU monitor is mandatory (sources 000 and 002)."""
    monitoring = case.beschrijving.monitoring if case.beschrijving else None
    if monitoring is None or monitoring.deelname is None:
        # never ask to add a key the file (a fresh starter file) already has
        path: tuple[str, ...] = ("beschrijving", "monitoring")
        keys = emit.source_map.keys
        if (*path, "deelname") in keys:
            fix, at = "monitoring_fill", (*path, "deelname")
        elif path in keys:
            fix, at = "monitoring_add_key", path
        else:
            fix, at = "monitoring_add", path
        position = emit.source_map.locate(at, prefer_key=True)
        yield Finding("R031", Severity.WARNING, path, position, {"fix": Term(fix)})
    elif monitoring.deelname is False:
        yield emit("R030", Severity.ERROR, ("beschrijving", "monitoring", "deelname"))


def check_target_group(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    """The experiment is for residents who do not yet receive Wlz care (source 000,
    'Aanleiding' and 'Doelstelling')."""
    description = case.beschrijving
    answer = description.nog_geen_wlz_zorg if description else None
    if answer is None:  # pointed at the target group, where the answer belongs
        where = emit.source_map.locate(("beschrijving", "doelgroep"), prefer_key=True)
        yield Finding("R041", Severity.INFO, ("beschrijving", "nog_geen_wlz_zorg"), where)
    elif answer is False:
        yield emit("R040", Severity.ERROR, ("beschrijving", "nog_geen_wlz_zorg"))


def check_rules(
    case: Businesscase,
    calc: Calculation,
    rules: YearRules | None,
    source_map: SourceMap,
    premises: Premises | None = None,
) -> list[Finding]:
    """All grant-rule checks of one businesscase (``premises``: what the other checks
    found, :mod:`spukdos_cli.checks.premises`)."""
    emit = Emit(source_map)
    return [
        *check_financing(case, calc, rules, emit, premises),
        *check_parties(case, emit),
        *check_term(case, rules, emit),
        *check_monitoring(case, emit),
        *check_target_group(case, emit),
    ]
