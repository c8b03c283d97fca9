"""The grant's rules: financing variants, parties, term and monitoring (codes R…).

Pure: model, calculation and the year's parameters in, findings out. Where a parameter
is not known for the year, the rule reports "not checked" (R005, info) instead of
guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.findings import Emit, Finding, Quantity, Severity, Term
from spukdos_cli.form.model import Businesscase
from spukdos_cli.form.money import product, share
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
    case: Businesscase, calc: Calculation, rules: YearRules | None, emit: Emit
) -> Iterator[Finding]:
    """Form section 11 and the two variants of the grant (source 000, 'Aanleiding')."""
    financing = case.financiering
    variant = case.experiment.variant if case.experiment else None
    if financing is None or variant is None or calc.uitkering is None:
        return  # completeness reports what is missing
    year = case.regeling_jaar
    path = ("financiering",)
    costs = calc.totaal_kosten
    if variant == "cofinanciering":
        if calc.financiering_totaal != costs:
            yield Finding(
                "R001",
                Severity.ERROR,
                path,
                emit.source_map.locate(path, prefer_key=True),
                {},
                stated=calc.financiering_totaal,
                computed=costs,
            )
        grant_pct = share(calc.uitkering, costs)
        cofin_pct = share(calc.bijdragen, costs)
        maximum = rules.max_grant_pct if rules else None
        minimum = rules.min_cofinancing_pct if rules else None
        if maximum is None or minimum is None:
            yield not_checked(emit, "rule_shares", year, path)
        elif grant_pct is not None and cofin_pct is not None:
            if grant_pct > maximum:
                yield emit(
                    "R002",
                    Severity.ERROR,
                    ("financiering", "uitkering"),
                    share=Quantity(grant_pct, "pct"),
                    max=Quantity(maximum, "pct"),
                )
            elif cofin_pct < minimum:
                yield emit(
                    "R003",
                    Severity.ERROR,
                    ("financiering", "bijdragen"),
                    at_key=True,
                    share=Quantity(cofin_pct, "pct"),
                    min=Quantity(minimum, "pct"),
                )
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
    yield from _financiers_are_parties(case, emit)


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
            ("experiment", "startdatum"),
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
        yield Finding("R031", Severity.INFO, path, position, {"fix": Term(fix)})
    elif monitoring.deelname is False:
        yield emit("R030", Severity.ERROR, ("beschrijving", "monitoring", "deelname"))


def check_rules(
    case: Businesscase, calc: Calculation, rules: YearRules | None, source_map: SourceMap
) -> list[Finding]:
    """All grant-rule checks of one businesscase."""
    emit = Emit(source_map)
    return [
        *check_financing(case, calc, rules, emit),
        *check_parties(case, emit),
        *check_term(case, rules, emit),
        *check_monitoring(case, emit),
    ]
