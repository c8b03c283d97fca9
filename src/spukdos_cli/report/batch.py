"""The terminal summary of a batch: verdicts, totals and medians, the largest
stated-versus-computed differences, and what changed since an earlier batch.

File names are text from outside: they reach Rich only as ``Text`` after
:func:`spukdos_cli.messages.labels.safe_text`.
"""

from __future__ import annotations

from decimal import Decimal

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from spukdos_cli.checks.batch import VERDICTS, Change, Summary
from spukdos_cli.messages.formatting import clip_text, format_eur
from spukdos_cli.messages.labels import label, safe_text


def _file(name: str) -> Text:
    return Text(clip_text(safe_text(name, single_line=True)))


def _eur(value: Decimal | None, lang: str, *, signed: bool = False) -> Text:
    return Text("—" if value is None else format_eur(value, lang, signed=signed))


def _verdict(verdict: str | None, lang: str) -> Text:
    return Text("—" if verdict is None else label(f"verdict_{verdict}", lang))


def verdicts_table(summary: Summary, lang: str) -> Table:
    table = Table(title=label("batch_verdicts", lang), title_justify="left")
    table.add_column(label("verdict", lang))
    table.add_column(label("batch_count", lang), justify="right")
    for verdict in VERDICTS:
        count = summary.verdicts[verdict]
        if verdict != "internal_error" or count:
            table.add_row(_verdict(verdict, lang), str(count))
    table.add_section()
    table.add_row(label("batch_complete", lang), str(summary.complete))
    table.add_row(label("batch_with_errors", lang), str(summary.with_errors))
    table.add_row(label("batch_with_arithmetic_errors", lang), str(summary.with_arithmetic_errors))
    table.add_row(label("batch_files", lang), str(summary.files))
    return table


def figures_table(summary: Summary, lang: str) -> Table:
    caption = label("batch_over_judged", lang).format(count=summary.judged)
    table = Table(title=label("batch_figures", lang), title_justify="left", caption=caption)
    table.add_column("")
    table.add_column(label("total", lang), justify="right")
    table.add_column(label("batch_median", lang), justify="right")
    for key, sum_, median in summary.figures():
        signed = key in ("net_effect", "batch_net_prices")
        table.add_row(label(key, lang), _eur(sum_, lang, signed=signed), _eur(median, lang))
    return table


def differences_block(summary: Summary, lang: str) -> RenderableType:
    largest = summary.largest_differences
    if not largest:
        return Text(label("batch_no_differences", lang))
    table = Table(title=label("batch_largest_differences", lang), title_justify="left")
    table.add_column(label("file", lang), overflow="fold")
    table.add_column(label("stated", lang), justify="right")
    table.add_column(label("computed", lang), justify="right")
    table.add_column(label("difference", lang), justify="right")
    for item in largest:
        table.add_row(
            _file(item.file),
            _eur(item.stated, lang, signed=True),
            _eur(item.computed, lang, signed=True),
            _eur(item.difference, lang, signed=True),
        )
    return table


def prices_line(summary: Summary, prices_name: str, lang: str) -> Text:
    text = label("batch_prices_changed", lang).format(
        list="\x00", count=summary.verdict_changed_by_prices
    )
    before, _, after = text.partition("\x00")
    return Text.assemble(before, safe_text(prices_name, single_line=True), after)


def changes_block(changes: list[Change], baseline: str, lang: str) -> RenderableType:
    shown = safe_text(baseline, single_line=True)
    if not changes:
        return Text(label("batch_no_changes", lang).format(file=shown))
    table = Table(
        title=label("batch_changes", lang).format(file=shown, count=len(changes)),
        title_justify="left",
    )
    table.add_column(label("file", lang), overflow="fold")
    table.add_column(label("batch_verdict_before", lang))
    table.add_column(label("batch_verdict_now", lang))
    table.add_column(label("batch_saldo_before", lang), justify="right")
    table.add_column(label("batch_saldo_now", lang), justify="right")
    table.add_column(label("difference", lang), justify="right")
    for change in changes:
        old, new = change.old, change.new
        table.add_row(
            _file(change.file),
            Text(label("batch_new", lang)) if old is None else _verdict(old.verdict, lang),
            Text(label("batch_gone", lang)) if new is None else _verdict(new.verdict, lang),
            _eur(old.saldo if old else None, lang, signed=True),
            _eur(new.saldo if new else None, lang, signed=True),
            _eur(change.saldo_delta, lang, signed=True),
        )
    return table


def batch_report(
    summary: Summary,
    lang: str,
    *,
    prices_name: str | None = None,
    changes: list[Change] | None = None,
    baseline: str | None = None,
    output: str | None = None,
    rules_files: list[tuple[int, str]] | None = None,
) -> Group:
    """Everything the terminal shows after a batch (``rules_files``: the years whose
    rules came from a ``--regels`` file, with the file)."""
    parts: list[RenderableType] = [
        verdicts_table(summary, lang),
        Text(),
        figures_table(summary, lang),
        Text(),
        differences_block(summary, lang),
    ]
    for year, file in rules_files or ():
        shown = safe_text(file, single_line=True)
        parts += [Text(label("batch_rules", lang).format(year=year, file=shown))]
    if prices_name is not None:
        parts += [Text(), prices_line(summary, prices_name, lang)]
    if changes is not None and baseline is not None:
        parts += [Text(), changes_block(changes, baseline, lang)]
    if output is not None:
        written = label("batch_written", lang).format(file="\x00")
        before, _, after = written.partition("\x00")
        parts += [Text(), Text.assemble(before, safe_text(output, single_line=True), after)]
    return Group(*parts)
