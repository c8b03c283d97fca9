"""The human report, drawn with Rich.

Builds renderables from a :class:`~spukdos_cli.checks.pipeline.FileResult`; it decides nothing.
Every string that comes from a file is passed as plain :class:`rich.text.Text` (never as
markup) after :func:`~spukdos_cli.messages.labels.safe_text`, so ``[bold]`` or an escape sequence
in an application is shown, not executed.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table

from spukdos_cli.checks.completeness import overall_score
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.checks.totals import NOTHING_UNKNOWN, Unknown, stated_totals, unknowns
from spukdos_cli.compute.calculate import Calculation, DelayBenefit
from spukdos_cli.findings import Places, Severity
from spukdos_cli.form.model import Businesscase, Kostenpost
from spukdos_cli.form.money import share
from spukdos_cli.messages.catalogue import term
from spukdos_cli.messages.fields import describe_all
from spukdos_cli.messages.formatting import format_decimal, format_eur, format_pct
from spukdos_cli.messages.labels import label
from spukdos_cli.positions import DataPath
from spukdos_cli.report.analysis import check_summary
from spukdos_cli.report.blocks import cell, findings_block, header, simple_table
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.unbroken import UnbrokenText as Text  # figures never broken over lines


def _money(
    value: Decimal | None, lang: str, *, signed: bool = False, unknown: bool = False
) -> Text:
    """An amount; ``?`` where it cannot be known (computed from, or itself, a value that
    could not be read); a dash where there is none."""
    if value is None:
        return _unknown_or(Text("—"), unknown)
    return _unknown_or(Text(format_eur(value, lang, signed=signed), justify="right"), unknown)


def _pct(value: Decimal | None, lang: str, *, unknown: bool = False) -> Text:
    return _unknown_or(Text(format_pct(value, lang), justify="right"), unknown)


def _unknown_or(text: Text, unknown: bool) -> Text:
    return Text("?", style="bold yellow", justify="right") if unknown else text


INITIAL: DataPath = ("kosten", "initieel")
EXECUTION: DataPath = ("kosten", "uitvoering")


def completeness_table(result: FileResult, lang: str) -> Table:
    table = simple_table(
        label("completeness", lang),
        (label("section", lang), "left"),
        (label("status", lang), "left"),
        (label("answered", lang), "right"),
        (label("missing", lang), "left"),
        figures={1, 2},  # the status is the point of the table: never cut it
    )
    for i, status in enumerate(result.sections):
        ok = status.complete
        todo = Text(describe_all(Places(status.unanswered), lang) if status.unanswered else "")
        if status.invalid:
            items = describe_all(Places(status.invalid), lang)
            todo.append(
                ("\n" if status.unanswered else "")
                + label("invalid_answers", lang).format(items=items),
                style="yellow",
            )
        table.add_row(
            status.section.title(lang),
            Text(label("complete" if ok else "incomplete", lang), style="green" if ok else "red"),
            Text(f"{status.answered}/{status.required}", justify="right"),
            todo,
            end_section=i == len(result.sections) - 1,
        )
    answered, required = overall_score(result.sections)
    table.add_row(
        Text(label("overall", lang), style="bold"),
        Text(
            label("complete" if result.complete else "incomplete", lang),
            style="bold green" if result.complete else "bold red",
        ),
        Text(f"{answered}/{required}", style="bold", justify="right"),
        "",
    )
    return table


def _post_rows(
    table: Table, posts: Iterable[Kostenpost], lang: str, at: DataPath, unknown: Unknown
) -> None:
    for i, post in enumerate(posts):
        unread = (*at, i, "bedrag") in unknown.paths
        table.add_row(
            cell(post.kostenpost), cell(post.uitvoerder), _money(post.bedrag, lang, unknown=unread)
        )


def costs_table(
    case: Businesscase, calc: Calculation, lang: str, unknown: Unknown = NOTHING_UNKNOWN
) -> Table:
    table = simple_table(
        label("costs", lang),
        (label("post", lang), "left"),
        (label("executor", lang), "left"),
        (label("amount", lang), "right"),
    )
    kosten = case.kosten
    table.add_row(Text(label("initial", lang), style="italic underline"), "", "")
    figures = unknown.figures
    _post_rows(table, (kosten.initieel if kosten else None) or (), lang, INITIAL, unknown)
    table.add_row(
        Text(label("fig_initiele_kosten", lang), style="bold"),
        "",
        _money(calc.initiele_kosten, lang, unknown="fig_initiele_kosten" in figures),
        end_section=True,
    )
    table.add_row(Text(label("execution", lang), style="italic underline"), "", "")
    _post_rows(table, (kosten.uitvoering if kosten else None) or (), lang, EXECUTION, unknown)
    table.add_row(
        Text(label("fig_uitvoeringskosten", lang), style="bold"),
        "",
        _money(calc.uitvoeringskosten, lang, unknown="fig_uitvoeringskosten" in figures),
        end_section=True,
    )
    table.add_row(
        Text(label("fig_totaal_kosten", lang), style="bold"),
        "",
        _money(calc.totaal_kosten, lang, unknown="fig_totaal_kosten" in figures),
    )
    return table


def _factor(value: Decimal | None, lang: str) -> Text:
    return Text("—" if value is None else format_decimal(value, lang), justify="right")


def benefits_table(
    case: Businesscase, calc: Calculation, lang: str, unknown: Unknown = NOTHING_UNKNOWN
) -> Table:
    table = simple_table(
        label("benefits", lang),
        (label("benefit", lang), "left"),
        (label("factor_dagen", lang), "right"),
        (label("factor_inwoners", lang), "right"),
        (label("factor_kosten_per_dag", lang), "right"),
        (label("abc", lang), "right"),
    )

    def row(key: str, benefit: DelayBenefit, route: str, figure: str) -> None:
        def unread(factor: str) -> bool:
            return ("baten", route, factor) in unknown.paths

        table.add_row(
            label(key, lang),
            _unknown_or(_factor(benefit.dagen, lang), unread("dagen")),
            _unknown_or(_factor(benefit.inwoners, lang), unread("inwoners")),
            _money(benefit.kosten_per_dag, lang, unknown=unread("kosten_per_dag")),
            _money(benefit.totaal, lang, unknown=figure in unknown.figures),
        )

    row("mpt_vpt", calc.uitstel_mpt_vpt, "uitstel_mpt_vpt", "fig_mpt_vpt")
    row("intramural", calc.uitstel_intramuraal, "uitstel_intramuraal", "fig_intramuraal")
    for i, item in enumerate((case.baten.overige if case.baten else None) or ()):
        name = item.omschrijving or label("fig_overige_besparingen", lang)
        unread = ("baten", "overige", i, "bedrag") in unknown.paths
        table.add_row(cell(name), "", "", "", _money(item.bedrag, lang, unknown=unread))
    table.add_row(
        Text(label("fig_totaal_baten", lang), style="bold"),
        "",
        "",
        "",
        _money(calc.totaal_baten, lang, unknown="fig_totaal_baten" in unknown.figures),
    )
    return table


def financing_table(
    case: Businesscase, calc: Calculation, lang: str, unknown: Unknown = NOTHING_UNKNOWN
) -> Table:
    table = simple_table(
        label("financing", lang),
        (label("party", lang), "left"),
        (label("amount", lang), "right"),
        (label("share", lang), "right"),
    )
    financing = case.financiering
    figures = unknown.figures
    shares = "shares" in figures
    for i, contribution in enumerate((financing.bijdragen if financing else None) or ()):
        unread = ("financiering", "bijdragen", i, "bedrag") in unknown.paths
        pct = (
            share(contribution.bedrag, calc.totaal_kosten)
            if contribution.bedrag is not None
            else None
        )
        table.add_row(
            cell(contribution.partij),
            _money(contribution.bedrag, lang, unknown=unread),
            _pct(pct, lang, unknown=unread or shares),
        )
    if financing is not None and financing.bijdragen:
        table.add_row(
            Text(label("cofinancing", lang), style="italic"),
            _money(calc.bijdragen, lang, unknown="cofinancing" in figures),
            _pct(calc.aandeel_cofinanciering_pct, lang, unknown=shares),
            end_section=True,
        )
    table.add_row(
        label("grant", lang),
        _money(calc.uitkering, lang, unknown="grant" in figures),
        _pct(calc.aandeel_uitkering_pct, lang, unknown=shares),
    )
    table.add_row(
        Text(label("total", lang), style="bold"),
        _money(calc.financiering_totaal, lang, unknown="fig_financiering" in figures),
        _pct(share(calc.financiering_totaal, calc.totaal_kosten), lang, unknown=shares),
    )
    return table


def totals_table(
    case: Businesscase, calc: Calculation, lang: str, unknown: Unknown = NOTHING_UNKNOWN
) -> Table:
    table = simple_table(
        label("totals", lang),
        (label("figure", lang), "left"),
        (label("computed", lang), "right"),
        (label("stated", lang), "right"),
        (label("difference", lang), "right"),
    )
    for key, path, stated, computed in stated_totals(case, calc):
        signed = key == "fig_saldo"
        computed_unknown, stated_unknown = key in unknown.figures, path in unknown.paths
        if computed_unknown or stated_unknown:
            table.add_row(
                term(key, lang),
                _money(computed, lang, signed=signed, unknown=computed_unknown),
                _money(stated, lang, signed=signed, unknown=stated_unknown)
                if stated is not None or stated_unknown
                else Text(label("not_stated", lang), style="dim"),
                _money(None, lang, unknown=True) if stated is not None or stated_unknown else "",
            )
            continue
        if stated is None or computed is None:
            table.add_row(
                term(key, lang),
                _money(computed, lang, signed=signed),
                Text(label("not_stated", lang), style="dim"),
                "",
            )
            continue
        difference = stated - computed
        mark = (
            Text("✓", style="green")
            if difference == 0
            else Text(format_eur(difference, lang, signed=True), style="bold red")
        )
        table.add_row(
            term(key, lang),
            _money(computed, lang, signed=signed),
            _money(stated, lang, signed=signed),
            mark,
        )
    return table


def verdict_panel(result: FileResult, lang: str) -> Panel:
    calc = result.calculation
    if calc is None or not result.verdict_ready:
        return Panel(
            Text(label("verdict_headline_not_judged", lang), style="bold yellow"),
            title=label("verdict", lang),
            title_align="left",
            box=box.ROUNDED,
        )
    positive = calc.positief
    headline = Text(
        label(f"verdict_headline_{result.verdict}", lang),
        style="bold green" if positive else "bold red",
    )
    margin = format_pct(calc.marge_pct, lang)
    lines = Group(
        headline,
        Text(
            f"{label('fig_totaal_baten', lang)} {format_eur(calc.totaal_baten, lang)} · "
            f"{label('fig_totaal_kosten', lang)} {format_eur(calc.totaal_kosten, lang)}"
        ),
        Text(
            f"{label('net_effect', lang)} {format_eur(calc.saldo, lang, signed=True)} "
            f"({label('margin', lang)} {margin} {label('of_costs', lang)})",
            style="bold",
        ),
        Text(label("rounding", lang), style="dim"),
    )
    return Panel(lines, title=label("verdict", lang), title_align="left", box=box.ROUNDED)


def file_report(result: FileResult, lang: str) -> Iterator[RenderableType]:
    """The renderables of one file's report, top to bottom."""
    yield header(result, lang)
    case, calc = result.case, result.calculation
    if case is None or calc is None:
        yield Text(label("not_loaded", lang), style="bold red")
    else:
        unknown = unknowns(result.findings, result.judged)
        yield completeness_table(result, lang)
        yield costs_table(case, calc, lang, unknown)
        yield benefits_table(case, calc, lang, unknown)
        yield financing_table(case, calc, lang, unknown)
        yield totals_table(case, calc, lang, unknown)
        if unknown:
            yield Text(label("unknown_figures", lang).format(lines=unknown.lines), style="yellow")
        yield verdict_panel(result, lang)
        if result.robustness is not None:  # issue 4: a short robustness summary
            yield check_summary(case, result.robustness, result.file, lang)
    yield findings_block(result, lang)


def summary_line(results: list[FileResult], lang: str) -> Text:
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    infos = sum(r.count(Severity.INFO) for r in results)
    text = Text(f"{label('summary', lang)}: ", style="bold")
    text.append(f"{len(results)} {label('files', lang)}, ")
    text.append(f"{errors} {label('errors', lang)}", style="bold red" if errors else "green")
    text.append(f", {warnings} {label('warnings', lang)}, {infos} {label('infos', lang)}")
    return text


def buffered_console(ctx: ReportContext) -> tuple[Console, io.StringIO]:
    """A console that writes the text report into a buffer, as the run asks: width,
    colour or none, no guessing of highlights."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=ctx.width,
        color_system="auto" if ctx.color else None,
        force_terminal=ctx.color,
        no_color=not ctx.color,
        highlight=False,
        legacy_windows=False,
    )
    return console, buffer


def print_report(console: Console, results: list[FileResult], lang: str) -> None:
    for result in results:
        for renderable in file_report(result, lang):
            console.print(renderable)
        console.print()
    console.print(summary_line(results, lang))
