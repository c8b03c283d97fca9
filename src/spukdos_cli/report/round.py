"""The terminal report of a round (``spukdos ronde``): every application with its status,
the counts, the budget, how the draw went, and the same application submitted twice.

Names and file names are text from outside: they reach Rich only as ``Text`` after
:func:`spukdos_cli.messages.labels.safe_text`.
"""

from __future__ import annotations

from decimal import Decimal

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from spukdos_cli.checks.round import STATUSES, Outcome, RoundRow
from spukdos_cli.messages.formatting import clip_text, format_eur
from spukdos_cli.messages.labels import label, safe_text


def _text(value: str | None, limit: int = 60) -> Text:
    return Text("—" if not value else clip_text(safe_text(value, single_line=True), limit))


def _eur(value: Decimal | None, lang: str) -> Text:
    return Text("—" if value is None else format_eur(value, lang))


SHOWN_ROWS = 100
"""A round with more applications shows its table only in the overview (``-o``): the
terminal gets the counts, the budget and the draw."""


def status_word(status: str, lang: str) -> str:
    return label(f"ronde_status_{status}", lang)


def applications_table(rows: list[RoundRow], lang: str) -> Table:
    table = Table(title=label("ronde_title", lang), title_justify="left")
    table.add_column(label("file", lang), overflow="fold")
    table.add_column(label("municipality", lang), overflow="fold")
    table.add_column(label("ronde_col_experiment", lang), overflow="fold")
    table.add_column(label("ronde_col_uitkering", lang), justify="right")
    table.add_column(label("status", lang))
    table.add_column(label("ronde_col_lot", lang), justify="right")
    for row in rows:
        table.add_row(
            _text(row.file),
            _text(row.gemeente, 30),
            _text(row.experiment, 40),
            _eur(row.uitkering, lang),
            Text(status_word(row.status, lang)),
            Text("" if row.lot is None else str(row.lot)),
        )
    return table


def statuses_table(outcome: Outcome, lang: str) -> Table:
    table = Table(title=label("ronde_statuses", lang), title_justify="left")
    table.add_column(label("status", lang))
    table.add_column(label("batch_count", lang), justify="right")
    table.add_column(label("ronde_grants", lang), justify="right")
    for status in STATUSES:
        rows = [r for r in outcome.rows if r.status == status]
        total = sum((r.uitkering for r in rows if r.uitkering is not None), Decimal("0.00"))
        table.add_row(status_word(status, lang), str(len(rows)), format_eur(total, lang))
    return table


def budget_table(outcome: Outcome, lang: str) -> Table:
    table = Table(title=label("ronde_budget", lang), title_justify="left", show_header=False)
    table.add_column("")
    table.add_column("", justify="right")
    table.add_row(label("ronde_budget", lang), format_eur(outcome.budget, lang))
    table.add_row(label("ronde_requested", lang), format_eur(outcome.requested, lang))
    table.add_row(label("ronde_granted", lang), format_eur(outcome.granted, lang))
    table.add_row(label("ronde_left", lang), format_eur(outcome.left, lang))
    return table


def draw_text(outcome: Outcome, lang: str) -> str:
    """How the budget was shared: it fitted, a seed is needed, or the draw written out."""
    if not outcome.drawn:
        return label("ronde_fits", lang)
    if outcome.seed is None:
        return label("ronde_no_seed", lang)
    return label("ronde_draw_how", lang).format(seed=safe_text(outcome.seed, single_line=True))


def duplicates_block(outcome: Outcome, lang: str) -> RenderableType:
    if not outcome.duplicates:
        return Text(label("ronde_no_duplicates", lang))
    table = Table(title=label("ronde_duplicates", lang), title_justify="left")
    table.add_column(label("ronde_col_sleutel", lang), overflow="fold")
    table.add_column(label("ronde_counts", lang), overflow="fold")
    table.add_column(label("ronde_not_counted", lang), overflow="fold")
    for item in outcome.duplicates:
        why = label("ronde_counts_named" if item.named else "ronde_counts_latest", lang)
        table.add_row(
            _text(item.key),
            Text(f"{safe_text(item.counts, single_line=True)} ({why})"),
            _text(", ".join(item.others), 200),
        )
    return table


def round_report(
    outcome: Outcome,
    lang: str,
    *,
    output: str | None = None,
    letters: tuple[int, str] | None = None,
) -> Group:
    """Everything a round prints on standard output."""
    many = len(outcome.rows) > SHOWN_ROWS
    parts: list[RenderableType] = [
        Text(label("ronde_many", lang).format(count=len(outcome.rows), shown=SHOWN_ROWS))
        if many
        else applications_table(outcome.rows, lang),
        statuses_table(outcome, lang),
        budget_table(outcome, lang),
        Text(draw_text(outcome, lang)),
        Text(""),
        duplicates_block(outcome, lang),
        Text(""),
        Text(label("ronde_advice_note", lang)),
        Text(label("ronde_rule", lang)),
    ]
    if output is not None:
        parts.append(Text(label("batch_written", lang).format(file=safe_text(output))))
    if letters is not None:
        count, folder = letters
        text = label("ronde_letters_written", lang).format(count=count, folder=safe_text(folder))
        parts.append(Text(text))
    return Group(*parts)
