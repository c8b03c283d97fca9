"""How a figure was derived: its inputs with their positions, the formula, the rounding
step, and the stated value beside the computed one (``spukdos trace FILE PATH``).

Pure: model, calculation and source map in, a :class:`Trace` out; the renderer is
:mod:`spukdos_cli.report.trace`. Every computed value is the one
:mod:`spukdos_cli.compute.calculate` produced, so a trace can never disagree with the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from spukdos_cli.compute.calculate import Calculation, DelayBenefit
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import DataPath, Position, SourceMap


@dataclass(frozen=True)
class TraceInput:
    """One input of a figure.

    ``kind`` is ``amount``, ``number`` (a factor such as days) or ``figure`` (a figure
    that is itself computed; ``figure`` then names its traceable path). ``path`` and
    ``position`` say where the value stands in the file (``position`` is None when the
    key is absent). ``name`` is the file's own label of the row (a cost post's name).
    """

    kind: str
    value: Decimal | None
    path: DataPath | None = None
    position: Position | None = None
    symbol: str = ""
    name: str | None = None
    figure: str | None = None


@dataclass(frozen=True)
class Trace:
    """The derivation of one figure.

    ``operation`` is ``sum``, ``product`` or ``difference`` (first input minus the
    others); ``formula`` is the formula in data paths, the same in every language.
    ``exact`` is the result before rounding and ``computed`` after it; ``rounded`` says
    whether the rounding step (to whole cents, half up) applies to this figure.
    """

    path: str
    figure: str
    operation: str
    formula: str
    inputs: tuple[TraceInput, ...]
    exact: Decimal | None
    rounded: bool
    computed: Decimal | None
    stated: TraceInput
    """The total as the applicant stated it (its value is None when not stated)."""

    @property
    def difference(self) -> Decimal | None:
        """Stated minus computed, when both are known."""
        if self.stated.value is None or self.computed is None:
            return None
        return self.stated.value - self.computed


@dataclass(frozen=True)
class _Context:
    case: Businesscase
    calc: Calculation
    source_map: SourceMap

    def at(self, path: DataPath) -> Position | None:
        return self.source_map.values.get(path)

    def value(
        self,
        kind: str,
        value: Decimal | None,
        path: DataPath,
        *,
        symbol: str = "",
        name: str | None = None,
    ) -> TraceInput:
        return TraceInput(kind, value, path, self.at(path), symbol, name)

    def stated(self, value: Decimal | None, path: DataPath) -> TraceInput:
        return self.value("amount", value, path)


def _figure(path: str, value: Decimal | None) -> TraceInput:
    return TraceInput("figure", value, figure=path)


def _posts(ctx: _Context, group: str, figure: str, stated_name: str) -> Trace:
    kosten = ctx.case.kosten
    posts = (getattr(kosten, group) if kosten else None) or ()
    total = ctx.calc.initiele_kosten if group == "initieel" else ctx.calc.uitvoeringskosten
    opgave = ctx.case.opgave
    return Trace(
        path=f"kosten.{group}",
        figure=figure,
        operation="sum",
        formula=f"Σ kosten.{group}[*].bedrag",
        inputs=tuple(
            ctx.value("amount", post.bedrag, ("kosten", group, i, "bedrag"), name=post.kostenpost)
            for i, post in enumerate(posts)
        ),
        exact=total,
        rounded=False,
        computed=total,
        stated=ctx.stated(
            getattr(opgave, stated_name) if opgave else None, ("opgave", stated_name)
        ),
    )


def _initial(ctx: _Context) -> Trace:
    """Form section 9: the sum of the initial cost posts."""
    return _posts(ctx, "initieel", "fig_initiele_kosten", "initiele_kosten")


def _execution(ctx: _Context) -> Trace:
    """Form section 10: the sum of the execution cost posts."""
    return _posts(ctx, "uitvoering", "fig_uitvoeringskosten", "uitvoeringskosten")


def _total_costs(ctx: _Context) -> Trace:
    """Form section 13: initial plus execution costs."""
    calc, opgave = ctx.calc, ctx.case.opgave
    return Trace(
        path="opgave.totaal_kosten",
        figure="fig_totaal_kosten",
        operation="sum",
        formula="kosten.initieel + kosten.uitvoering",
        inputs=(
            _figure("kosten.initieel", calc.initiele_kosten),
            _figure("kosten.uitvoering", calc.uitvoeringskosten),
        ),
        exact=calc.totaal_kosten,
        rounded=False,
        computed=calc.totaal_kosten,
        stated=ctx.stated(opgave.totaal_kosten if opgave else None, ("opgave", "totaal_kosten")),
    )


def _delay(ctx: _Context, name: str, figure: str, benefit: DelayBenefit) -> Trace:
    """Form section 12: A days × B residents × C cost per resident per day, rounded to
    whole cents, half up."""
    base: DataPath = ("baten", name)
    block = getattr(ctx.case.baten, name) if ctx.case.baten else None
    return Trace(
        path=f"baten.{name}.totaal",
        figure=figure,
        operation="product",
        formula="A × B × C",
        inputs=(
            ctx.value("number", benefit.dagen, (*base, "dagen"), symbol="A"),
            ctx.value("number", benefit.inwoners, (*base, "inwoners"), symbol="B"),
            ctx.value("amount", benefit.kosten_per_dag, (*base, "kosten_per_dag"), symbol="C"),
        ),
        exact=benefit.exact,
        rounded=True,
        computed=benefit.totaal,
        stated=ctx.stated(block.totaal if block else None, (*base, "totaal")),
    )


def _mpt_vpt(ctx: _Context) -> Trace:
    return _delay(ctx, "uitstel_mpt_vpt", "fig_mpt_vpt", ctx.calc.uitstel_mpt_vpt)


def _intramural(ctx: _Context) -> Trace:
    return _delay(ctx, "uitstel_intramuraal", "fig_intramuraal", ctx.calc.uitstel_intramuraal)


def _other_savings(ctx: _Context) -> Trace:
    """Form section 12: the sum of the other savings."""
    baten, opgave = ctx.case.baten, ctx.case.opgave
    items = (baten.overige if baten else None) or ()
    return Trace(
        path="baten.overige",
        figure="fig_overige_besparingen",
        operation="sum",
        formula="Σ baten.overige[*].bedrag",
        inputs=tuple(
            ctx.value(
                "amount", item.bedrag, ("baten", "overige", i, "bedrag"), name=item.omschrijving
            )
            for i, item in enumerate(items)
        ),
        exact=ctx.calc.overige_besparingen,
        rounded=False,
        computed=ctx.calc.overige_besparingen,
        stated=ctx.stated(
            opgave.overige_besparingen if opgave else None, ("opgave", "overige_besparingen")
        ),
    )


def _total_benefits(ctx: _Context) -> Trace:
    """The three financial benefits together (a missing A × B × C counts as zero)."""
    calc, opgave = ctx.calc, ctx.case.opgave
    return Trace(
        path="opgave.totaal_baten",
        figure="fig_totaal_baten",
        operation="sum",
        formula="baten.uitstel_mpt_vpt.totaal + baten.uitstel_intramuraal.totaal + baten.overige",
        inputs=(
            _figure("baten.uitstel_mpt_vpt.totaal", calc.uitstel_mpt_vpt.totaal),
            _figure("baten.uitstel_intramuraal.totaal", calc.uitstel_intramuraal.totaal),
            _figure("baten.overige", calc.overige_besparingen),
        ),
        exact=calc.totaal_baten,
        rounded=False,
        computed=calc.totaal_baten,
        stated=ctx.stated(opgave.totaal_baten if opgave else None, ("opgave", "totaal_baten")),
    )


def _net_effect(ctx: _Context) -> Trace:
    """Form section 13: total benefits minus total costs."""
    calc, opgave = ctx.calc, ctx.case.opgave
    return Trace(
        path="opgave.saldo",
        figure="fig_saldo",
        operation="difference",
        formula="opgave.totaal_baten − opgave.totaal_kosten",
        inputs=(
            _figure("opgave.totaal_baten", calc.totaal_baten),
            _figure("opgave.totaal_kosten", calc.totaal_kosten),
        ),
        exact=calc.saldo,
        rounded=False,
        computed=calc.saldo,
        stated=ctx.stated(opgave.saldo if opgave else None, ("opgave", "saldo")),
    )


def _financing(ctx: _Context) -> Trace:
    """Form section 11: the partners' contributions plus the grant."""
    financing = ctx.case.financiering
    contributions = (financing.bijdragen if financing else None) or ()
    inputs = [
        ctx.value("amount", c.bedrag, ("financiering", "bijdragen", i, "bedrag"), name=c.partij)
        for i, c in enumerate(contributions)
    ]
    inputs.append(ctx.value("amount", ctx.calc.uitkering, ("financiering", "uitkering")))
    return Trace(
        path="financiering.totaal",
        figure="fig_financiering",
        operation="sum",
        formula="Σ financiering.bijdragen[*].bedrag + financiering.uitkering",
        inputs=tuple(inputs),
        exact=ctx.calc.financiering_totaal,
        rounded=False,
        computed=ctx.calc.financiering_totaal,
        stated=ctx.stated(financing.totaal if financing else None, ("financiering", "totaal")),
    )


FIGURES: dict[str, Callable[[_Context], Trace]] = {
    "kosten.initieel": _initial,
    "kosten.uitvoering": _execution,
    "opgave.totaal_kosten": _total_costs,
    "baten.uitstel_mpt_vpt.totaal": _mpt_vpt,
    "baten.uitstel_intramuraal.totaal": _intramural,
    "baten.overige": _other_savings,
    "opgave.totaal_baten": _total_benefits,
    "opgave.saldo": _net_effect,
    "financiering.totaal": _financing,
}
"""Every figure that can be traced, by its path."""

FIGURE_TERMS: dict[str, str] = {
    "kosten.initieel": "fig_initiele_kosten",
    "kosten.uitvoering": "fig_uitvoeringskosten",
    "opgave.totaal_kosten": "fig_totaal_kosten",
    "baten.uitstel_mpt_vpt.totaal": "fig_mpt_vpt",
    "baten.uitstel_intramuraal.totaal": "fig_intramuraal",
    "baten.overige": "fig_overige_besparingen",
    "opgave.totaal_baten": "fig_totaal_baten",
    "opgave.saldo": "fig_saldo",
    "financiering.totaal": "fig_financiering",
}
"""The name of each figure (a term of :mod:`spukdos_cli.messages.catalogue`), by its path."""

ALIASES: dict[str, str] = {
    "opgave.initiele_kosten": "kosten.initieel",
    "opgave.uitvoeringskosten": "kosten.uitvoering",
    "kosten": "opgave.totaal_kosten",
    "baten.uitstel_mpt_vpt": "baten.uitstel_mpt_vpt.totaal",
    "baten.uitstel_intramuraal": "baten.uitstel_intramuraal.totaal",
    "opgave.overige_besparingen": "baten.overige",
    "baten": "opgave.totaal_baten",
    "saldo": "opgave.saldo",
    "financiering": "financiering.totaal",
}
"""Other paths that name the same figure (the stated total, or the section)."""


def traceable_paths() -> list[str]:
    """Every path ``trace`` accepts."""
    return [*FIGURES, *ALIASES]


def canonical_path(path: str) -> str | None:
    """The figure ``path`` names, or None when it names none."""
    key = path.strip()
    key = ALIASES.get(key, key)
    return key if key in FIGURES else None


def trace(case: Businesscase, calc: Calculation, source_map: SourceMap, path: str) -> Trace | None:
    """How the figure at ``path`` was derived, or None when ``path`` names no figure."""
    key = canonical_path(path)
    if key is None:
        return None
    return FIGURES[key](_Context(case, calc, source_map))
