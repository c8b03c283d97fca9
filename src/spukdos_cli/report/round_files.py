"""The overview of a round as a file: XLSX for people, CSV and JSON for machines, HTML to
read or print. The table is batch's (:mod:`spukdos_cli.report.batch_files`), with the
round's columns; the workbook adds a sheet with the budget, the draw as it was done and
the same application submitted twice; JSON adds the same as ``round``.

Text from a file is data: the cells are escaped as batch's are (control characters made
visible, a leading ``'`` on what a spreadsheet could take for a formula); in HTML every
text is escaped (:func:`html.escape`) after :func:`spukdos_cli.report.markup.xml_text`.
Every file appears complete or not at all (:func:`spukdos_cli.writefile.atomic_output`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from spukdos_cli import __version__
from spukdos_cli.checks.batch import Column, Row, Summary
from spukdos_cli.checks.round import ROUND_COLUMNS, STATUSES, Outcome, RoundRow
from spukdos_cli.messages.formatting import format_eur
from spukdos_cli.messages.labels import label
from spukdos_cli.report.batch_files import (
    CsvWriter,
    Provenance,
    XlsxWriter,
    _json,
    _json_value,
    _money,
    _text_cell,
    summary_dict,
)
from spukdos_cli.report.markup import xml_text
from spukdos_cli.report.round import draw_text, status_word
from spukdos_cli.writefile import atomic_output

FORMATS = ("xlsx", "csv", "html", "json")
KIND = "spukdos-ronde"
SCHEMA_VERSION = 1


def overview_format(path: Path) -> str | None:
    """``xlsx``, ``csv``, ``html`` or ``json`` from the file name, or None when unknown."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def _round_lines(outcome: Outcome, lang: str) -> list[tuple[str, Any]]:
    """(label, value) lines of the round's sheet: the budget's figures and the counts."""
    lines: list[tuple[str, Any]] = [
        (label("ronde_budget", lang), outcome.budget),
        (label("ronde_requested", lang), outcome.requested),
        (label("ronde_granted", lang), outcome.granted),
        (label("ronde_left", lang), outcome.left),
    ]
    lines += [(status_word(s, lang), outcome.count(s)) for s in STATUSES]
    return lines


def _duplicate_lines(outcome: Outcome, lang: str) -> list[tuple[str, str, str]]:
    return [
        (
            d.counts,
            label("ronde_counts_named" if d.named else "ronde_counts_latest", lang),
            ", ".join(d.others),
        )
        for d in outcome.duplicates
    ]


class RoundXlsxWriter(XlsxWriter):
    """Batch's workbook with the round's columns (a status in words) and a sheet for the
    round before the summary."""

    def __init__(
        self, path: Path, lang: str, provenance: Provenance | None, outcome: Outcome
    ) -> None:
        super().__init__(path, ROUND_COLUMNS, lang, provenance)
        self.outcome = outcome

    def _cell(self, column: Column, row: Row) -> Any:
        if column.key == "status" and isinstance(row, RoundRow):
            return _text_cell(self.sheet, status_word(row.status, self.lang))
        return super()._cell(column, row)

    def finish(self, summary: Summary) -> None:
        from openpyxl.styles import Alignment

        lang = self.lang
        sheet = self.book.create_sheet(label("ronde_title", lang))
        sheet.column_dimensions["A"].width = 60
        sheet.column_dimensions["B"].width = 30
        sheet.column_dimensions["C"].width = 60
        for text, value in _round_lines(self.outcome, lang):
            cell = self._euro(sheet, value) if isinstance(value, Decimal) else value
            sheet.append([text, cell])
        sheet.append([])
        sheet.append([label("ronde_draw_title", lang)])
        how = _text_cell(sheet, draw_text(self.outcome, lang))
        how.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.append([how])
        sheet.append([])
        sheet.append([label("ronde_duplicates", lang)])
        for counts, why, others in _duplicate_lines(self.outcome, lang):
            sheet.append([_text_cell(sheet, counts), why, _text_cell(sheet, others)])
        sheet.append([])
        sheet.append([_text_cell(sheet, label("ronde_advice_note", lang))])
        super().finish(summary)


def _csv(path: Path, rows: Sequence[RoundRow]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = CsvWriter(out, ROUND_COLUMNS)
        for row in rows:
            writer.write(row)
        out.flush()
        os.fsync(out.fileno())


def _json_document(outcome: Outcome, summary: Summary, lang: str) -> str:
    rows = [{c.key: _json_value(c.value(r)) for c in ROUND_COLUMNS} for r in outcome.rows]
    document = {
        "schema_version": SCHEMA_VERSION,
        "kind": KIND,
        "tool": {"name": "spukdos", "version": __version__},
        "columns": [c.key for c in ROUND_COLUMNS],
        "rows": rows,
        "round": {
            "budget": _money(outcome.budget),
            "requested": _money(outcome.requested),
            "granted": _money(outcome.granted),
            "left": _money(outcome.left),
            "draw": outcome.drawn,
            "seed": outcome.seed,
            "procedure": draw_text(outcome, lang),
            "statuses": {s: outcome.count(s) for s in STATUSES},
            "duplicates": [
                {"key": d.key, "counts": d.counts, "named": d.named, "others": list(d.others)}
                for d in outcome.duplicates
            ],
        },
        "summary": summary_dict(summary),
    }
    return _json(document) + "\n"


def _html_document(outcome: Outcome, lang: str) -> str:
    def esc(value: object) -> str:
        return html.escape(xml_text(str(value)), quote=True)

    def cell(column: Column, row: RoundRow) -> str:
        value = column.value(row)
        if value is None:
            return "<td></td>"
        if column.key == "status":
            return f"<td>{esc(status_word(str(value), lang))}</td>"
        if isinstance(value, bool):
            return f"<td>{esc(label('yes' if value else 'no', lang))}</td>"
        if isinstance(value, Decimal):
            return f'<td class="num">{esc(format_eur(value, lang))}</td>'
        if isinstance(value, int):
            return f'<td class="num">{value}</td>'
        return f"<td>{esc(value)}</td>"

    head = "".join(f"<th>{esc(label(c.label_key, lang))}</th>" for c in ROUND_COLUMNS)
    body = "\n".join(
        "<tr>" + "".join(cell(c, r) for c in ROUND_COLUMNS) + "</tr>" for r in outcome.rows
    )
    figures = "\n".join(
        f"<tr><th>{esc(text)}</th><td class='num'>"
        f"{esc(format_eur(v, lang) if isinstance(v, Decimal) else v)}</td></tr>"
        for text, v in _round_lines(outcome, lang)
    )
    duplicates = (
        "\n".join(
            f"<li>{esc(counts)} ({esc(why)}); {esc(label('ronde_not_counted', lang))}: "
            f"{esc(others)}</li>"
            for counts, why, others in _duplicate_lines(outcome, lang)
        )
        or f"<li>{esc(label('ronde_no_duplicates', lang))}</li>"
    )
    title = esc(label("ronde_title", lang))
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head><meta charset="utf-8">'
        f"<title>spukdos: {title}</title>"
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
        ".num{text-align:right}</style></head>\n<body>\n"
        f"<h1>{title}</h1>\n<table>\n<tr>{head}</tr>\n{body}\n</table>\n"
        f"<h2>{esc(label('ronde_budget', lang))}</h2>\n<table>\n{figures}\n</table>\n"
        f"<h2>{esc(label('ronde_draw_title', lang))}</h2>\n<p>{esc(draw_text(outcome, lang))}</p>\n"
        f"<h2>{esc(label('ronde_duplicates', lang))}</h2>\n<ul>\n{duplicates}\n</ul>\n"
        f"<p>{esc(label('ronde_advice_note', lang))}</p>\n"
        f"<footer>spukdos {esc(__version__)}</footer>\n</body>\n</html>\n"
    )


def write_overview(
    path: Path,
    outcome: Outcome,
    summary: Summary,
    *,
    lang: str,
    force: bool,
    provenance: Provenance | None = None,
) -> None:
    """Write the round's overview to ``path`` (format by its suffix), atomically."""
    kind = overview_format(path)
    with atomic_output(path, force=force) as temp:
        if kind == "xlsx":
            writer = RoundXlsxWriter(temp, lang, provenance, outcome)
            try:
                for row in outcome.rows:
                    writer.write(row)
                writer.finish(summary)
            except BaseException:
                writer.abort()
                raise
        elif kind == "csv":
            _csv(temp, outcome.rows)
        else:
            text = _json_document(outcome, summary, lang) if kind == "json" else None
            text = text if text is not None else _html_document(outcome, lang)
            with open(temp, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
