"""Decision support (``spukdos analyse``): how robust the verdict is, and who pays versus
who saves.

The form only asks whether benefits ≥ costs. A reviewer also asks how much room there is
(break-even values), whether the verdict rests on estimates without a written basis, which
input moves the net effect most (sensitivity), how named scenarios come out, and in whose
pocket the costs and the savings land (per domain and per financing party).

Pure: model and calculation in, values out; no I/O. Money and quantities are ``Decimal``
throughout. Every recomputation goes through :func:`spukdos_cli.compute.calculate.calculate`, so
the one rounding rule (A × B × C to whole cents, half up) applies to each variation as
it applies to the file. A break-even value is a quotient that seldom ends (659.340,75 ÷
4.043,1), so it is kept exact as a :class:`Quotient` of two ``Decimal`` values and only
rounded when shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from spukdos_cli.compute.calculate import Calculation, calculate, delay_factors
from spukdos_cli.exact import CONTEXT
from spukdos_cli.findings import Term
from spukdos_cli.form.model import (
    DELAY_ROUTES,
    MONEY_DECIMALS,
    Businesscase,
    OverigeBesparing,
    Scenario,
    delay_blocks,
)
from spukdos_cli.form.money import EXACT, ZERO, product, total
from spukdos_cli.form.parties import parties_named
from spukdos_cli.positions import DataPath, format_path

__all__ = [
    "DEFAULT_VARIATIONS_PCT",
    "Analysis",
    "BreakEven",
    "DomainRow",
    "Input",
    "PartyRow",
    "Quotient",
    "Robustness",
    "ScenarioResult",
    "Sensitivity",
    "Swing",
    "WithoutEstimates",
    "analyse",
    "break_even",
    "domain_balance",
    "inputs",
    "is_unsubstantiated",
    "party_balance",
    "robustness",
    "saldo_with",
    "scenario_name",
    "scenarios",
    "sensitivity",
    "too_precise",
    "unsubstantiated_savings",
    "with_values",
    "without_estimates",
]

DEFAULT_VARIATIONS_PCT: tuple[Decimal, ...] = (Decimal(10), Decimal(25))
"""The variations of the sensitivity analysis, in percent (each applied down and up)."""

FACTORS = (("dagen", "days"), ("inwoners", "residents"), ("kosten_per_dag", "rate"))
"""A, B and C of a route: the key in the file and the kind of input."""

DOMAINS = ("wmo", "zvw", "wlz", "jeugdwet", "overig")
"""The domains a cost post or a saving can name (``domein``), in table order."""

PAYER_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gemeente", ("wmo", "jeugdwet")),
    ("zorgkantoor", ("wlz",)),
    ("zorgverzekeraar", ("zvw",)),
)
"""The parties that finance a domain, and the domains they finance (Wmo 2015 and
Jeugdwet: the municipality; Wlz: the care office; Zvw: the health insurer)."""

_WIDE = CONTEXT


# -- exact quotients -------------------------------------------------------------------------
@dataclass(frozen=True)
class Quotient:
    """``numerator / denominator``, exactly: two Decimals, the denominator positive."""

    numerator: Decimal
    denominator: Decimal

    def __post_init__(self) -> None:
        if self.denominator <= 0:
            raise ValueError("a Quotient needs a positive denominator")

    def rounded(self, places: int) -> Decimal:
        """The value rounded to ``places`` decimals, half up (for people)."""
        return _WIDE.divide(self.numerator, self.denominator).quantize(
            Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_WIDE
        )

    def is_exact_at(self, places: int) -> bool:
        """True when :meth:`rounded` loses nothing at ``places`` decimals."""
        return _WIDE.multiply(self.rounded(places), self.denominator) == self.numerator

    @property
    def positive(self) -> bool:
        return self.numerator > 0


# -- the inputs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Input:
    """One input of the calculation that sensitivity varies and a scenario may change.

    ``kind`` is ``days`` (A), ``residents`` (B), ``rate`` (C, an amount per day) or
    ``amount`` (a cost post or an other saving); ``group`` is ``initieel``,
    ``uitvoering``, ``uitstel_mpt_vpt``, ``uitstel_intramuraal`` or ``overige``; ``name``
    is the post's or saving's own name from the file (None for A, B and C). ``value`` is
    None where the file leaves it empty.
    """

    path: DataPath
    kind: str
    group: str
    name: str | None
    value: Decimal | None

    @property
    def key(self) -> str:
        """The path as written in a scenario: ``kosten.uitvoering[4].bedrag``."""
        return format_path(self.path)

    @property
    def is_amount(self) -> bool:
        return self.kind in ("amount", "rate")

    @property
    def raises_costs(self) -> bool:
        return self.group in ("initieel", "uitvoering")


def inputs(case: Businesscase) -> tuple[Input, ...]:
    """Every input a scenario can change, in the order of the file: the cost posts, A, B
    and C of each route whose block is there, the other savings."""
    found: list[Input] = []
    kosten = case.kosten
    for group in ("initieel", "uitvoering"):
        for i, post in enumerate((getattr(kosten, group) if kosten else None) or ()):
            found.append(
                Input(("kosten", group, i, "bedrag"), "amount", group, post.kostenpost, post.bedrag)
            )
    baten = case.baten
    for route, block in delay_blocks(baten):
        if block is None:
            continue
        for field, kind in FACTORS:
            found.append(Input(("baten", route, field), kind, route, None, getattr(block, field)))
    for i, item in enumerate((baten.overige if baten else None) or ()):
        found.append(
            Input(
                ("baten", "overige", i, "bedrag"),
                "amount",
                "overige",
                item.omschrijving,
                item.bedrag,
            )
        )
    return tuple(found)


def _replaced(obj: Any, path: DataPath, value: Decimal) -> Any:
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(obj)
        items[head] = _replaced(items[head], rest, value)
        return tuple(items)
    if not rest:
        return obj.model_copy(update={head: value})
    return obj.model_copy(update={head: _replaced(getattr(obj, head), rest, value)})


def with_values(case: Businesscase, values: Mapping[DataPath, Decimal]) -> Businesscase:
    """``case`` with the inputs at ``values``' paths set to the given values.

    Every path must be the path of one of :func:`inputs` (a programming error otherwise).
    The model is frozen: this builds new objects along each path and shares the rest.
    """
    for path, value in values.items():
        case = _replaced(case, path, value)
    return case


# -- break-even ------------------------------------------------------------------------------
@dataclass(frozen=True)
class BreakEven:
    """The values at which the net effect is exactly zero, each with the other inputs
    fixed.

    ``days``: A on both Wlz routes at once (the exact products, before rounding to
    cents). ``days_per_route``: A per route, the other route at its amount as computed.
    ``residents``: B per route, the other route at its amount as computed.
    ``cost_headroom``: how much the total costs may rise (the net effect; negative when
    they must fall), and that as a percentage of the costs. None where the quotient does
    not exist (a factor is missing or zero, or there are no costs).
    """

    days: Quotient | None
    residents: Mapping[str, Quotient | None]
    cost_headroom: Decimal
    cost_headroom_pct: Quotient | None
    days_per_route: Mapping[str, Quotient | None]


def break_even(case: Businesscase, calc: Calculation) -> BreakEven:
    baten = case.baten
    blocks = dict(delay_blocks(baten))
    amounts = {"uitstel_mpt_vpt": calc.uitstel_mpt_vpt.amount}
    amounts["uitstel_intramuraal"] = calc.uitstel_intramuraal.amount
    # costs − other savings: what the two routes together must bring in
    needed = total([calc.totaal_kosten, -calc.overige_besparingen])

    per_day = ZERO
    for block in blocks.values():
        if block is not None and block.inwoners is not None and block.kosten_per_dag is not None:
            per_day = EXACT.add(per_day, product(block.inwoners, block.kosten_per_dag))
    days = Quotient(needed, per_day) if per_day > 0 else None

    residents: dict[str, Quotient | None] = {}
    days_per_route: dict[str, Quotient | None] = {}
    for route, block in blocks.items():
        other = total([a for r, a in amounts.items() if r != route])
        rest = total([needed, -other])  # what this route alone must bring in
        per_resident = (
            product(block.dagen, block.kosten_per_dag)
            if block is not None and block.dagen is not None and block.kosten_per_dag is not None
            else ZERO
        )
        residents[route] = Quotient(rest, per_resident) if per_resident > 0 else None
        per_route_day = (
            product(block.inwoners, block.kosten_per_dag)
            if block is not None and block.inwoners is not None and block.kosten_per_dag is not None
            else ZERO
        )
        days_per_route[route] = Quotient(rest, per_route_day) if per_route_day > 0 else None

    headroom_pct = (
        Quotient(EXACT.multiply(calc.saldo, Decimal(100)), calc.totaal_kosten)
        if calc.totaal_kosten > 0
        else None
    )
    return BreakEven(days, residents, calc.saldo, headroom_pct, days_per_route)


# -- without the estimates -------------------------------------------------------------------
ESTIMATE_WORDS = frozenset(
    {"schatting", "inschatting", "geschat", "aanname", "estimate", "estimated", "circa", "ca"}
)
_FILLER = frozenset({"een", "is", "dit", "betreft", "ruwe", "grove", "an", "a", "rough"})


def is_unsubstantiated(item: OverigeBesparing) -> bool:
    """A saving without a written basis: no explanation, or one that only says it is an
    estimate ("schatting")."""
    words = re.findall(r"\w+", (item.toelichting or "").casefold())
    if not words:
        return True
    return all(word in ESTIMATE_WORDS or word in _FILLER for word in words)


def unsubstantiated_savings(case: Businesscase) -> Decimal:
    """The total of the other savings that have no written basis."""
    items = case.baten.overige if case.baten else None
    return total([i.bedrag for i in items or () if i.bedrag is not None and is_unsubstantiated(i)])


@dataclass(frozen=True)
class WithoutEstimates:
    """The net effect without the other savings that have no written basis
    (:func:`is_unsubstantiated`): which ones, how much, and whether the verdict flips."""

    items: tuple[Input, ...]
    amount: Decimal
    saldo: Decimal
    base_positive: bool

    @property
    def positive(self) -> bool:
        return self.saldo >= 0

    @property
    def flips(self) -> bool:
        return self.positive != self.base_positive


def without_estimates(case: Businesscase, calc: Calculation) -> WithoutEstimates:
    items = (case.baten.overige if case.baten else None) or ()
    weak = tuple(
        item
        for item in inputs(case)
        if item.group == "overige"
        and item.value is not None
        and item.value > 0
        and is_unsubstantiated(items[int(item.path[2])])
    )
    amount = total([item.value for item in weak if item.value is not None])
    return WithoutEstimates(weak, amount, total([calc.saldo, -amount]), calc.positief)


# -- sensitivity -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Swing:
    """The change in the net effect when one input is ``pct`` percent lower (``down``)
    and higher (``up``); ``saldo_down`` and ``saldo_up`` are the net effects then."""

    pct: Decimal
    down: Decimal
    up: Decimal
    saldo_down: Decimal
    saldo_up: Decimal


@dataclass(frozen=True)
class Sensitivity:
    """One input and the swings of the net effect it causes, smallest variation first."""

    input: Input
    swings: tuple[Swing, ...]

    @property
    def widest(self) -> Swing:
        return self.swings[-1]

    @property
    def spread(self) -> Decimal:
        """How far apart the net effects of the widest variation lie: the rank."""
        return abs(self.widest.up - self.widest.down)


def _scaled(value: Decimal, pct: Decimal) -> Decimal:
    return EXACT.multiply(value, EXACT.add(Decimal(1), EXACT.divide(pct, Decimal(100))))


def saldo_with(case: Businesscase, calc: Calculation, item: Input, value: Decimal) -> Decimal:
    """The net effect with one input at ``value`` and the rest as in the file: exactly
    ``calculate(with_values(case, {item.path: value})).saldo``, at a fraction of its cost.

    The net effect is an exact sum of the cost posts, the other savings and the two routes'
    A × B × C (each rounded to cents by :func:`~spukdos_cli.compute.calculate.
    delay_benefit`, the one rounding rule); changing one input changes one term, so only
    that term is computed again (a test compares the two for generated files)."""
    if item.group in DELAY_ROUTES:
        block = getattr(case.baten, item.group) if case.baten else None
        if block is None:
            return calc.saldo
        factors = {name: getattr(block, name) for name, _ in FACTORS}
        factors[str(item.path[-1])] = value
        changed = delay_factors(**factors)
        change = total([changed.amount, -getattr(calc, item.group).amount])
    else:
        before = item.value if item.value is not None else ZERO
        change = total([value, -before])
        if item.raises_costs:
            change = -change
    return total([calc.saldo, change])


def sensitivity(
    case: Businesscase,
    calc: Calculation,
    variations_pct: Sequence[Decimal] = DEFAULT_VARIATIONS_PCT,
) -> tuple[Sensitivity, ...]:
    """Each input with a value, varied by each percentage down and up with the others
    fixed; ranked by the spread of the net effect at the widest variation (largest
    first; equal spreads in the order of the file)."""
    pcts = sorted(set(variations_pct))
    ranked: list[tuple[Decimal, int, Sensitivity]] = []
    for order, item in enumerate(inputs(case)):
        if item.value is None:
            continue
        swings = []
        for pct in pcts:
            saldo_down = saldo_with(case, calc, item, _scaled(item.value, -pct))
            saldo_up = saldo_with(case, calc, item, _scaled(item.value, pct))
            swings.append(
                Swing(pct, saldo_down - calc.saldo, saldo_up - calc.saldo, saldo_down, saldo_up)
            )
        result = Sensitivity(item, tuple(swings))
        ranked.append((-result.spread, order, result))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return tuple(entry[2] for entry in ranked)


# -- scenarios -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScenarioResult:
    """One named scenario of the file, recomputed. ``changes`` are the valid changes
    (input, new value) that were applied; ``ignored`` the paths that are not inputs of
    the file (each is an N001 finding)."""

    index: int
    name: str | None
    toelichting: str | None
    changes: tuple[tuple[Input, Decimal], ...]
    ignored: tuple[str, ...]
    calculation: Calculation


def _blank(scenario: Scenario) -> bool:
    """The starter file's placeholder, untouched: no name, no explanation, no changes."""
    return not (
        (scenario.naam or "").strip()
        or (scenario.toelichting or "").strip()
        or scenario.wijzigingen
    )


def scenarios(case: Businesscase) -> tuple[ScenarioResult, ...]:
    """Every scenario of the file, recomputed (an empty placeholder is no scenario)."""
    known = {item.key: item for item in inputs(case)}
    results = []
    for index, scenario in enumerate(case.scenarios or ()):
        if _blank(scenario):
            continue
        changes = []
        ignored = []
        for key, value in (scenario.wijzigingen or {}).items():
            item = known.get(key.strip())
            if item is None or (item.is_amount and too_precise(value)):
                ignored.append(key)
            else:
                changes.append((item, value))
        changed = with_values(case, {item.path: value for item, value in changes})
        results.append(
            ScenarioResult(
                index,
                scenario.naam,
                scenario.toelichting,
                tuple(changes),
                tuple(ignored),
                calculate(changed),
            )
        )
    return tuple(results)


def too_precise(value: Decimal) -> bool:
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and -exponent > MONEY_DECIMALS


def scenario_name(index: int, name: str | None) -> str | Term:
    return name if name and name.strip() else Term("scenario_unnamed", {"number": index + 1})


# -- who pays, who saves ---------------------------------------------------------------------
@dataclass(frozen=True)
class DomainRow:
    """Costs and savings that land in one domain (None: the file does not say which)."""

    domain: str | None
    costs: Decimal
    savings: Decimal

    @property
    def balance(self) -> Decimal:
        return self.savings - self.costs


def domain_balance(case: Businesscase, calc: Calculation) -> tuple[DomainRow, ...]:
    """Per domain (and unassigned, last): the cost posts that name it, and the savings.

    The savings from delayed MPT/VPT and from delayed admission are Wlz by the form's own
    definition; an other saving and a cost post count where their ``domein`` says, and
    as unassigned where it says nothing (never guessed).
    """
    costs: dict[str | None, list[Decimal]] = {d: [] for d in (*DOMAINS, None)}
    savings: dict[str | None, list[Decimal]] = {d: [] for d in (*DOMAINS, None)}
    kosten = case.kosten
    for group in ("initieel", "uitvoering"):
        for post in (getattr(kosten, group) if kosten else None) or ():
            if post.bedrag is not None:
                costs[post.domein].append(post.bedrag)
    savings["wlz"] += [getattr(calc, route).amount for route in DELAY_ROUTES]
    for item in (case.baten.overige if case.baten else None) or ():
        if item.bedrag is not None:
            savings[item.domein].append(item.bedrag)
    return tuple(DomainRow(d, total(costs[d]), total(savings[d])) for d in (*DOMAINS, None))


@dataclass(frozen=True)
class PartyRow:
    """One pocket: who it is, what it pays into the experiment, what comes back to it.

    ``kind`` is ``payer`` (a party that finances a domain: ``role`` gemeente, zorgkantoor
    or zorgverzekeraar, ``names`` its organisations in the file), ``contributor`` (a
    contribution of a party that finances no domain, or whose role is not clear from the
    file), ``grant`` (the SPUK DOS grant) or ``unattributed`` (savings of the domain
    ``overig`` or of no domain: they cannot be placed with a party). ``saves`` is None
    where savings are not attributed to the row.
    """

    kind: str
    role: str | None
    names: tuple[str, ...]
    pays: Decimal
    saves: Decimal | None

    @property
    def balance(self) -> Decimal | None:
        return None if self.saves is None else self.saves - self.pays


def party_balance(case: Businesscase, calc: Calculation) -> tuple[PartyRow, ...]:
    """Per financing party: its contribution (form section 11) beside the savings in the
    domains it finances.

    A contribution belongs to a payer when the parties it names
    (:func:`~spukdos_cli.form.parties.parties_named`, as rule R006 decides) have exactly
    one payer role (an organisation that is, say, both zorgkantoor and zorgverzekeraar
    keeps its contribution on a row of its own: which pocket pays is not written down).
    """
    domains = {row.domain: row.savings for row in domain_balance(case, calc)}
    parties = case.partijen or ()
    payer_roles = {role for role, _ in PAYER_ROLES}

    paid: dict[str, list[Decimal]] = {role: [] for role in payer_roles}
    contributors: list[PartyRow] = []
    financing = case.financiering
    for contribution in (financing.bijdragen if financing else None) or ():
        amount = contribution.bedrag if contribution.bedrag is not None else ZERO
        roles: set[str] = {p.rol for p in parties_named(contribution.partij, parties) if p.rol}
        payer = roles & payer_roles
        if len(payer) == 1:
            paid[payer.pop()].append(amount)
            continue
        only = next(iter(sorted(roles))) if len(roles) == 1 else None
        name = (contribution.partij,) if contribution.partij else ()
        contributors.append(PartyRow("contributor", only, name, amount, None))

    rows: list[PartyRow] = []
    for role, financed in PAYER_ROLES:
        names = tuple(
            dict.fromkeys(p.organisatie for p in parties if p.rol == role and p.organisatie)
        )
        saves = total([domains[d] for d in financed])
        if names or paid[role] or saves:
            rows.append(PartyRow("payer", role, names, total(paid[role]), saves))
    rows += contributors
    if calc.uitkering is not None:
        rows.append(PartyRow("grant", None, (), calc.uitkering, None))
    unattributed = total([domains["overig"], domains[None]])
    if unattributed:
        rows.append(PartyRow("unattributed", None, (), ZERO, unattributed))
    return tuple(rows)


# -- everything at once ----------------------------------------------------------------------
@dataclass(frozen=True)
class Analysis:
    """The whole decision support for one businesscase."""

    calculation: Calculation
    break_even: BreakEven
    without_estimates: WithoutEstimates
    sensitivity: tuple[Sensitivity, ...]
    variations_pct: tuple[Decimal, ...]
    scenarios: tuple[ScenarioResult, ...]
    domains: tuple[DomainRow, ...]
    parties: tuple[PartyRow, ...]

    def flips(self) -> Iterator[tuple[Sensitivity, Swing, str]]:
        """Each variation that turns the verdict around: (input, swing, "down"/"up")."""
        positive = self.calculation.positief
        for entry in self.sensitivity:
            for swing in entry.swings:
                for direction, saldo in (("down", swing.saldo_down), ("up", swing.saldo_up)):
                    if (saldo >= 0) != positive:
                        yield entry, swing, direction


def analyse(
    case: Businesscase,
    calc: Calculation | None = None,
    variations_pct: Sequence[Decimal] = DEFAULT_VARIATIONS_PCT,
) -> Analysis:
    """Break-even, the net effect without estimates, sensitivity, scenarios and the
    balance per domain and per party, for ``case``."""
    calc = calc or calculate(case)
    pcts = tuple(sorted(set(variations_pct)))
    return Analysis(
        calculation=calc,
        break_even=break_even(case, calc),
        without_estimates=without_estimates(case, calc),
        sensitivity=sensitivity(case, calc, pcts),
        variations_pct=pcts,
        scenarios=scenarios(case),
        domains=domain_balance(case, calc),
        parties=party_balance(case, calc),
    )


@dataclass(frozen=True)
class Robustness:
    """The short robustness summary that ``spukdos check`` gives a judged file: the
    break-even values, the net effect without estimates, and the input whose variation
    moves the net effect most (None when no input moves it). Computed once, in the check
    pipeline; every report shows these same values."""

    break_even: BreakEven
    without_estimates: WithoutEstimates
    largest_effect: Sensitivity | None


def robustness(case: Businesscase, calc: Calculation) -> Robustness:
    ranked = sensitivity(case, calc)
    top = ranked[0] if ranked and ranked[0].spread > 0 else None
    return Robustness(break_even(case, calc), without_estimates(case, calc), top)
