"""The report of ``spukdos analyse``, drawn with Rich, and its summary in ``spukdos check``.

Builds renderables from an :class:`~spukdos_cli.compute.analysis.Analysis`; it decides nothing.
Break-even values, the net effect without estimates, the tornado chart of the
sensitivity analysis, the scenarios side by side, and who pays versus who saves (tables
and bar charts). Amounts are exact in the analysis; here they are rounded to cents (half
up) and quantities to two decimals, for people. Text from the file is passed as plain
:class:`rich.text.Text` after :func:`~spukdos_cli.messages.labels.safe_text`, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.compute.analysis import (
    Analysis,
    BreakEven,
    DomainRow,
    Input,
    PartyRow,
    Quotient,
    Robustness,
    ScenarioResult,
    Sensitivity,
)
from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.exact import CONTEXT
from spukdos_cli.findings import Severity
from spukdos_cli.form.model import DELAY_ROUTES, Businesscase, delay_blocks
from spukdos_cli.form.money import round_cents
from spukdos_cli.messages.catalogue import term
from spukdos_cli.messages.formatting import (
    clip_text,
    format_decimal,
    format_eur,
    format_pct,
    join_listed,
)
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.report.blocks import FitTable, findings_block, header, simple_table
from spukdos_cli.report.unbroken import UnbrokenText as Text  # figures never broken over lines


# -- formatting helpers ----------------------------------------------------------------------
def eur(value: Decimal, lang: str, *, signed: bool = False) -> str:
    """An amount rounded to cents, half up (variations can have more decimals)."""
    return format_eur(round_cents(value), lang, signed=signed)


def _plain(value: Decimal, lang: str) -> str:
    """A quantity as written (``182,5``), without trailing zeros beyond the cents."""
    return format_decimal(value, lang)


def pct_text(value: Decimal, lang: str, *, signed: bool = False) -> str:
    text = format_pct(
        value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP, context=CONTEXT), lang
    )
    return f"+{text}" if signed and value > 0 else text


def _about(quotient: Quotient, lang: str, *, money: bool = False) -> str:
    places = 2
    value = quotient.rounded(places)
    text = format_eur(value, lang) if money else format_decimal(value, lang)
    return text if quotient.is_exact_at(places) else f"≈ {text}"


def input_label(item: Input, lang: str) -> str:
    """What an input is called in the report: the file's own name for a post or saving
    (made safe for the terminal), otherwise the form's A, B or C of a route."""
    if item.group in DELAY_ROUTES:
        return (
            f"{label('group_' + item.group, lang)}: {label('factor_' + str(item.path[-1]), lang)}"
        )
    if item.name and item.name.strip():
        return safe_text(clip_text(item.name, 60), single_line=True)
    number = int(item.path[2]) + 1
    key = "unnamed_saving" if item.group == "overige" else "unnamed_post"
    return label(key, lang).format(number=number)


def _input_value(item: Input, value: Decimal | None, lang: str) -> str:
    if value is None:
        return "—"
    return eur(value, lang) if item.is_amount else _plain(value, lang)


def _verdict_text(positive: bool, lang: str) -> Text:
    return Text(
        label("verdict_positive" if positive else "verdict_negative", lang),
        style="bold green" if positive else "bold red",
    )


def _money_cell(value: Decimal, lang: str, *, signed: bool = False) -> Text:
    style = "red" if signed and value < 0 else ""
    return Text(eur(value, lang, signed=signed), style=style, justify="right")


# -- the parts -------------------------------------------------------------------------------
def base_line(calc: Calculation, lang: str) -> Text:
    verdict = label("verdict_positive" if calc.positief else "verdict_negative", lang)
    return Text(
        label("base_line", lang).format(
            saldo=eur(calc.saldo, lang, signed=True),
            verdict=verdict,
            costs=eur(calc.totaal_kosten, lang),
            benefits=eur(calc.totaal_baten, lang),
        ),
        style="bold",
    )


def _room(now: Decimal | None, value: Quotient | None, lang: str) -> Text:
    """How far ``now`` may move to reach the break-even ``value``, as a percentage."""
    if now is None or now <= 0 or value is None or not value.positive:
        return Text("")
    change = Quotient(
        (value.numerator - now * value.denominator) * 100, now * value.denominator
    ).rounded(2)
    return Text(
        pct_text(change, lang, signed=True), justify="right", style="red" if change < 0 else "green"
    )


def _break_even_cell(value: Quotient | None, lang: str) -> Text:
    if value is None:
        return Text(label("be_none", lang), style="dim")
    if not value.positive:
        return Text(label("be_any", lang), style="green")
    return Text(_about(value, lang), justify="right")


def _days_now(case: Businesscase) -> dict[str, Decimal]:
    """The days of delay (A) the file states, per route (routes without A left out)."""
    blocks = delay_blocks(case.baten)
    return {r: b.dagen for r, b in blocks if b is not None and b.dagen is not None}


def _days_now_text(days: dict[str, Decimal], lang: str) -> str:
    """A now: one number when both routes state the same, else each with its route
    (``MPT/VPT 90 · intramuraal 60``)."""
    if len(set(days.values())) == 1:
        return _plain(next(iter(days.values())), lang)
    return " · ".join(
        f"{label('route_' + route, lang)} {_plain(value, lang)}" for route, value in days.items()
    )


def break_even_table(case: Businesscase, analysis: Analysis, lang: str) -> RenderableType:
    be = analysis.break_even
    calc = analysis.calculation
    table = simple_table(
        label("break_even", lang),
        (label("input", lang), "left"),
        (label("now", lang), "right"),
        (label("break_even_value", lang), "right"),
        (label("room", lang), "right"),
    )
    baten = case.baten
    days_now = _days_now(case)
    common = next(iter(days_now.values())) if len(set(days_now.values())) == 1 else None
    table.add_row(
        label("be_days", lang),
        Text(_days_now_text(days_now, lang) or "—", justify="right"),
        _break_even_cell(be.days, lang),
        _room(common, be.days, lang),
    )
    for route, value in be.days_per_route.items():
        now = days_now.get(route)
        table.add_row(
            label("be_days_route", lang).format(route=label("route_" + route, lang)),
            Text("—" if now is None else _plain(now, lang), justify="right"),
            _break_even_cell(value, lang),
            _room(now, value, lang),
        )
    for route, value in be.residents.items():
        block = getattr(baten, route) if baten else None
        now = block.inwoners if block is not None else None
        table.add_row(
            label("be_residents", lang).format(route=label("route_" + route, lang)),
            Text("—" if now is None else _plain(now, lang), justify="right"),
            _break_even_cell(value, lang),
            _room(now, value, lang),
        )
    costs_at_zero = calc.totaal_kosten + be.cost_headroom
    table.add_row(
        label("fig_totaal_kosten", lang),
        Text(eur(calc.totaal_kosten, lang), justify="right"),
        Text(eur(costs_at_zero, lang), justify="right"),
        Text(
            ""
            if be.cost_headroom_pct is None
            else pct_text(be.cost_headroom_pct.rounded(2), lang, signed=True),
            justify="right",
            style="green" if be.cost_headroom >= 0 else "red",
        ),
    )
    return Group(table, Text(label("be_note", lang), style="dim"))


def without_estimates_panel(analysis: Analysis, lang: str) -> RenderableType:
    without = analysis.without_estimates
    if not without.items:
        body: RenderableType = Text(label("without_none", lang), style="green")
    else:
        lines: list[RenderableType] = []
        for item in without.items:
            line = Text("• ")
            line.append(input_label(item, lang))
            line.append(f"  {eur(item.value or Decimal(0), lang)}", style="bold")
            lines.append(line)
        summary = Text(
            label("without_line", lang).format(
                amount=eur(without.amount, lang),
                saldo=eur(without.saldo, lang, signed=True),
                verdict=label("verdict_positive" if without.positive else "verdict_negative", lang),
            )
        )
        outcome = Text(
            label("without_flips" if without.flips else "without_holds", lang),
            style="bold red" if without.flips else "green",
        )
        body = Group(*lines, summary, outcome)
    return Panel(body, title=label("without", lang), title_align="left", box=box.ROUNDED)


BAR_WIDTH = 8
"""Characters of one half of a tornado bar (the widest swing fills it)."""


def _bar(inner: Decimal, outer: Decimal, scale: Decimal, *, left: bool, style: str) -> Text:
    """A bar of ``outer`` (light) with ``inner`` (solid) from the axis outward."""
    if scale <= 0:
        return Text(" " * BAR_WIDTH)
    full = int((abs(outer) / scale * BAR_WIDTH).to_integral_value(rounding=ROUND_HALF_UP))
    solid = int((abs(inner) / scale * BAR_WIDTH).to_integral_value(rounding=ROUND_HALF_UP))
    if outer != 0:
        full = max(full, 1)
    full = min(full, BAR_WIDTH)
    solid = min(solid, full)
    text = Text()
    if left:
        text.append(" " * (BAR_WIDTH - full))
        text.append("░" * (full - solid), style=style)
        text.append("█" * solid, style=style)
    else:
        text.append("█" * solid, style=style)
        text.append("░" * (full - solid), style=style)
        text.append(" " * (BAR_WIDTH - full))
    return text


def variation_text(pct: Decimal, lang: str) -> str:
    """A variation as people write it: ``25 %``, ``12,5 %`` (``25%`` in English)."""
    return format_pct(
        pct.to_integral() if pct == pct.to_integral() else pct.normalize(), lang, places=None
    )


def _change_text(pct: Decimal, down: bool, lang: str) -> str:
    return ("−" if down else "+") + variation_text(pct, lang)


def _side(entry: Sensitivity, *, lower: bool) -> tuple[Decimal, Decimal, bool]:
    """One side of a tornado bar: the change of the net effect for the smallest and the
    widest variation in the direction that lowers (or raises) it, and whether that
    direction is the input going down. A change of the other sign counts as zero."""
    inner, outer = entry.swings[0], entry.widest
    down = outer.down < outer.up if lower else outer.down > outer.up
    inner_change = inner.down if down else inner.up
    outer_change = outer.down if down else outer.up
    if (outer_change < 0) != lower or outer_change == 0:
        return Decimal(0), Decimal(0), down
    if (inner_change < 0) != lower:
        inner_change = Decimal(0)
    return inner_change, outer_change, down


def _side_text(
    change: Decimal, pct: Decimal, down: bool, style: str, lang: str, *, right: bool
) -> Text:
    """The change of the net effect, and under it the variation that causes it: two
    short lines, so that the chart fits a terminal of 80 columns without cutting either."""
    if change == 0:
        return Text("")
    return Text(
        f"{eur(change, lang, signed=True)}\n({_change_text(pct, down, lang)})",
        style=style,
        justify="right" if right else "left",
    )


def tornado(analysis: Analysis, lang: str) -> RenderableType:
    """The inputs ranked by their effect on the net effect, as a tornado chart: left what
    lowers the net effect, right what raises it, for the smallest (█) and widest (░)
    variation."""
    pcts = analysis.variations_pct
    pct_list = " / ".join(f"± {variation_text(p, lang)}" for p in pcts)
    title = label("sensitivity", lang).format(pcts=pct_list)
    entries = analysis.sensitivity
    if not entries:
        return Group(Text(title, style="bold"), Text(label("no_inputs", lang), style="dim"))
    scale = max((max(abs(s.widest.down), abs(s.widest.up)) for s in entries), default=Decimal(0))
    table = simple_table(
        title,
        (label("input", lang), "left"),
        (label("lower", lang), "right"),
        ("", "center"),
        (label("higher", lang), "left"),
        figures={1, 3},
    )
    table.optional = {2}  # the bars repeat the figures beside them
    table.columns[0].min_width = 16
    table.columns[2].no_wrap = True
    for entry in entries:
        low_inner, low_outer, low_down = _side(entry, lower=True)
        high_inner, high_outer, high_down = _side(entry, lower=False)
        table.add_row(
            Text(input_label(entry.input, lang)),
            _side_text(low_outer, entry.widest.pct, low_down, "red", lang, right=True),
            _bar(low_inner, low_outer, scale, left=True, style="red")
            + Text("│", style="dim")
            + _bar(high_inner, high_outer, scale, left=False, style="green"),
            _side_text(high_outer, entry.widest.pct, high_down, "green", lang, right=False),
        )
    note = label("tornado_note", lang).format(
        inner=variation_text(pcts[0], lang), outer=variation_text(pcts[-1], lang)
    )
    return Group(table, Text(note, style="dim"), flips_text(analysis, lang))


def flips_text(analysis: Analysis, lang: str) -> Text:
    flips = list(analysis.flips())
    if not flips:
        return Text(label("no_flips", lang), style="green")
    text = Text(label("flips", lang), style="bold")
    for entry, swing, direction in flips:
        saldo = swing.saldo_down if direction == "down" else swing.saldo_up
        text.append("\n  • ")
        text.append(
            label("flip_item", lang).format(
                input=input_label(entry.input, lang),
                change=_change_text(swing.pct, direction == "down", lang),
                saldo=eur(saldo, lang, signed=True),
            )
        )
    return text


def _scenario_title(result: ScenarioResult, lang: str) -> str:
    if result.name and result.name.strip():
        return safe_text(clip_text(result.name, 40), single_line=True)
    return term("scenario_unnamed", lang, number=result.index + 1)


def scenarios_block(analysis: Analysis, lang: str) -> RenderableType:
    results = analysis.scenarios
    if not results:
        return Group(
            Text(label("scenarios", lang), style="bold"),
            Text(label("no_scenarios", lang), style="dim"),
        )
    base = analysis.calculation
    table = simple_table(
        label("scenarios", lang),
        (label("figure", lang), "left"),
        (label("file", lang), "right"),
        *((_scenario_title(r, lang), "right") for r in results),
    )
    calcs = [base, *(r.calculation for r in results)]
    table.add_row(
        label("fig_totaal_kosten", lang), *(_money_cell(c.totaal_kosten, lang) for c in calcs)
    )
    table.add_row(
        label("fig_totaal_baten", lang), *(_money_cell(c.totaal_baten, lang) for c in calcs)
    )
    table.add_row(
        label("saldo", lang),
        *(_money_cell(c.saldo, lang, signed=True) for c in calcs),
        end_section=True,
    )
    table.add_row(label("verdict", lang), *(_verdict_text(c.positief, lang) for c in calcs))
    details: list[RenderableType] = []
    for result in results:
        line = Text(f"{_scenario_title(result, lang)}: ", style="bold")
        if result.toelichting:
            line.append(safe_text(clip_text(result.toelichting), single_line=True), style="italic")
        details.append(line)
        if not result.changes:
            details.append(Text(f"  {label('no_changes', lang)}", style="dim"))
        for item, value in result.changes:
            change = Text("  • ")
            change.append(input_label(item, lang))
            change.append(f" ({item.key}): ", style="dim")
            change.append(
                f"{_input_value(item, item.value, lang)} → {_input_value(item, value, lang)}"
            )
            details.append(change)
        if result.ignored:
            keys = join_listed(
                [safe_text(clip_text(k, 60), single_line=True) for k in result.ignored]
            )
            details.append(Text("  " + label("ignored", lang).format(keys=keys), style="yellow"))
    return Group(table, *details)


def _domain_name(row: DomainRow, lang: str) -> str:
    return label(f"domain_{row.domain}" if row.domain else "domain_none", lang)


def shown_domains(rows: tuple[DomainRow, ...]) -> list[DomainRow]:
    """The four domains of the issue always; Jeugdwet and unassigned when they hold money."""
    return [
        row
        for row in rows
        if row.domain in ("wmo", "zvw", "wlz", "overig") or row.costs or row.savings
    ]


def domain_table(analysis: Analysis, lang: str) -> RenderableType:
    table = simple_table(
        label("domains", lang),
        (label("domain", lang), "left"),
        (label("costs", lang), "right"),
        (label("savings", lang), "right"),
        (label("balance", lang), "right"),
    )
    rows = shown_domains(analysis.domains)
    for i, row in enumerate(rows):
        table.add_row(
            Text(_domain_name(row, lang), style="italic" if row.domain is None else ""),
            _money_cell(row.costs, lang),
            _money_cell(row.savings, lang),
            _money_cell(row.balance, lang, signed=True),
            end_section=i == len(rows) - 1,
        )
    costs = sum((r.costs for r in analysis.domains), Decimal(0))
    savings = sum((r.savings for r in analysis.domains), Decimal(0))
    table.add_row(
        Text(label("total", lang), style="bold"),
        _money_cell(costs, lang),
        _money_cell(savings, lang),
        _money_cell(savings - costs, lang, signed=True),
    )
    chart = bar_chart(
        [(_domain_name(r, lang), r.costs, r.savings) for r in rows],
        label("costs", lang),
        label("savings", lang),
        lang,
    )
    return Group(table, Text(label("domain_note", lang), style="dim"), chart)


def _party_name(row: PartyRow, lang: str) -> Text:
    if row.kind == "grant":
        return Text(label("grant_rijk", lang))
    if row.kind == "unattributed":
        return Text(label("unattributed", lang), style="italic")
    names = ", ".join(safe_text(clip_text(n, 60), single_line=True) for n in row.names)
    text = Text(names or label("no_name", lang))
    if row.role:
        role = label(f"role_{row.role}", lang) if row.kind == "payer" else row.role
        text.append(f" ({role})", style="dim")
    return text


def party_table(analysis: Analysis, lang: str) -> RenderableType:
    table = simple_table(
        label("parties", lang),
        (label("party", lang), "left"),
        (label("pays", lang), "right"),
        (label("saves", lang), "right"),
        (label("balance", lang), "right"),
    )
    rows = analysis.parties
    for i, row in enumerate(rows):
        balance = row.balance
        table.add_row(
            _party_name(row, lang),
            _money_cell(row.pays, lang),
            Text("—", justify="right") if row.saves is None else _money_cell(row.saves, lang),
            Text("") if balance is None else _money_cell(balance, lang, signed=True),
            end_section=i == len(rows) - 1,
        )
    pays = sum((r.pays for r in rows), Decimal(0))
    saves = sum((r.saves or Decimal(0) for r in rows), Decimal(0))
    table.add_row(
        Text(label("total", lang), style="bold"),
        _money_cell(pays, lang),
        _money_cell(saves, lang),
        _money_cell(saves - pays, lang, signed=True),
    )
    chart = bar_chart(
        [(_party_name(r, lang).plain, r.pays, r.saves) for r in rows],
        label("pays", lang),
        label("saves", lang),
        lang,
    )
    return Group(table, Text(label("party_note", lang), style="dim"), chart)


CHART_WIDTH = 36
"""Characters of the longest bar in a bar chart."""


def bar_chart(
    rows: list[tuple[str, Decimal | None, Decimal | None]],
    out_name: str,
    back_name: str,
    lang: str,
) -> RenderableType:
    """Two bars per row, to one scale: what goes in (red) and what comes back (green).
    A row without money is left out; an amount that is None (not attributed) is not drawn."""
    shown = [(name, out, back) for name, out, back in rows if out or back]
    scale = max((max(a or 0, b or 0) for _, a, b in shown), default=Decimal(0))
    table = FitTable(
        title=label("chart", lang),
        title_style="italic",
        box=None,
        show_header=False,
        pad_edge=False,
        figures={2},
        optional={3},  # the bars repeat the amounts beside them
    )
    table.add_column(justify="left", max_width=36)
    table.add_column(justify="left", no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(justify="left", no_wrap=True)
    for name, out, back in shown:
        first = True
        for amount, style, which in ((out, "red", out_name), (back, "green", back_name)):
            if amount is None:
                continue
            length = 0
            if scale > 0 and amount > 0:
                fraction = amount / scale * CHART_WIDTH
                length = max(1, int(fraction.to_integral_value(rounding=ROUND_HALF_UP)))
            table.add_row(
                Text(name) if first else "",
                Text(which, style="dim"),
                Text(eur(amount, lang)),
                Text("█" * length, style=style),
            )
            first = False
    return table


def analysis_report(case: Businesscase, analysis: Analysis, lang: str) -> Iterator[RenderableType]:
    """The renderables of ``spukdos analyse`` for one file, after its header."""
    yield Text(label("title", lang), style="bold underline")
    yield base_line(analysis.calculation, lang)
    yield break_even_table(case, analysis, lang)
    yield without_estimates_panel(analysis, lang)
    yield tornado(analysis, lang)
    yield scenarios_block(analysis, lang)
    yield domain_table(analysis, lang)
    yield party_table(analysis, lang)


# -- the summary in spukdos check ------------------------------------------------------------
def summary_lines(case: Businesscase, summary: Robustness, lang: str) -> list[tuple[str, str]]:
    """The robustness summary as lines of plain text, each with an emphasised tail (empty
    when there is none): break-even, the cost headroom, the net effect without estimates,
    and the input with the largest effect. Shared by the check report and the HTML report."""
    be: BreakEven = summary.break_even
    baten = case.baten
    items: list[str] = []
    days = _days_now(case)
    if be.days is not None and be.days.positive:
        now = _days_now_text(days, lang)
        items.append(label("summary_days", lang).format(value=_about(be.days, lang), now=now))
    for route, value in be.days_per_route.items():
        if value is not None and value.positive and route in days:
            items.append(
                label("summary_days_route", lang).format(
                    route=label("route_" + route, lang),
                    value=_about(value, lang),
                    now=_plain(days[route], lang),
                )
            )
    for route, value in be.residents.items():
        block = getattr(baten, route) if baten else None
        if (
            value is not None
            and value.positive
            and block is not None
            and block.inwoners is not None
        ):
            items.append(
                label("summary_residents", lang).format(
                    route=label("route_" + route, lang),
                    value=_about(value, lang),
                    now=_plain(block.inwoners, lang),
                )
            )
    lines: list[tuple[str, str]] = []
    if items:
        lines.append((label("summary_break_even", lang).format(items="; ".join(items)), ""))
    if be.cost_headroom_pct is not None:
        key = "summary_costs_up" if be.cost_headroom >= 0 else "summary_costs_down"
        lines.append(
            (
                label(key, lang).format(
                    amount=eur(abs(be.cost_headroom), lang),
                    pct=pct_text(abs(be.cost_headroom_pct.rounded(2)), lang),
                ),
                "",
            )
        )
    without = summary.without_estimates
    if without.items:
        line = label("without_line", lang).format(
            amount=eur(without.amount, lang),
            saldo=eur(without.saldo, lang, signed=True),
            verdict=label("verdict_positive" if without.positive else "verdict_negative", lang),
        )
        lines.append((line, label("without_flips", lang) if without.flips else ""))
    top = summary.largest_effect
    if top is not None:
        low = min(top.widest.saldo_down, top.widest.saldo_up)
        high = max(top.widest.saldo_down, top.widest.saldo_up)
        lines.append(
            (
                label("summary_top", lang).format(
                    pct=variation_text(top.widest.pct, lang),
                    input=input_label(top.input, lang),
                    low=eur(low, lang, signed=True),
                    high=eur(high, lang, signed=True),
                ),
                "",
            )
        )
    return lines


def check_summary(case: Businesscase, summary: Robustness, file: str, lang: str) -> RenderableType:
    """A few lines for ``spukdos check``: break-even, the cost headroom, the net effect
    without estimates, and the input with the largest effect (computed in the pipeline)."""
    lines: list[RenderableType] = []
    for text, tail in summary_lines(case, summary, lang):
        line = Text(text)
        if tail:
            line.append(" " + tail, style="bold red")
        lines.append(line)
    shown = safe_text(file, single_line=True)
    lines.append(Text(label("summary_more", lang).format(file=shown), style="dim"))
    return Panel(
        Group(*lines), title=label("robustness", lang), title_align="left", box=box.ROUNDED
    )


# -- the whole document of spukdos analyse ---------------------------------------------------
def analyse_document(
    result: FileResult, analysis: Analysis | None, lang: str
) -> list[RenderableType]:
    """Everything ``spukdos analyse`` shows for one file, top to bottom: the header, the
    analysis (or why there is none), one line with the counts of ``spukdos check``, and
    the findings about the scenarios (all findings when the file could not be analysed)."""
    from dataclasses import replace

    document: list[RenderableType] = [header(result, lang)]
    if analysis is None or result.case is None:
        document.append(Text(label("not_analysed", lang), style="bold red"))
        document.append(findings_block(result, lang))
        return document
    if not result.verdict_ready:
        document.append(Text(label("incomplete_note", lang), style="yellow"))
    for part in analysis_report(result.case, analysis, lang):
        document.extend([part, Text("")])
    document.append(
        Text(
            label("check_line", lang).format(
                errors=result.errors,
                warnings=result.warnings,
                infos=result.count(Severity.INFO),
            ),
            style="bold red" if result.errors else "",
        )
    )
    scenario_findings = tuple(f for f in result.findings if f.code.startswith("N"))
    if scenario_findings:
        document.append(findings_block(replace(result, findings=scenario_findings), lang))
    return document
