"""The batch table as a file: CSV for machines, JSON for machines and ``--baseline``,
XLSX for people; and reading an earlier JSON batch back.

- CSV is RFC 4180 (``,`` between fields, ``"`` quoting, CRLF line ends, UTF-8), amounts
  with a ``.`` decimal point and no grouping, booleans ``true``/``false``, unknown empty.
- JSON has amounts as strings with two decimals (``"78525.00"``), never floats.
- XLSX has real numeric cells (written from the Decimal's digits) with a euro format.

Text from a file is data. In CSV and XLSX, control and bidi characters become visible
escapes (:func:`spukdos_cli.messages.labels.safe_text`) and a text cell that begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``, so a spreadsheet
shows it instead of running it as a formula; numbers are never altered.

Every file is written to a temporary file next to the target and moved into place at
the end, so an interrupted run leaves no half file; an existing file is replaced only
with ``force``.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Protocol

from spukdos_cli import __version__
from spukdos_cli.checks.batch import VERDICTS, BaselineEntry, Column, Row, Summary
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.writefile import atomic_output

FORMATS = ("csv", "json", "xlsx")
SCHEMA_VERSION = 1
KIND = "spukdos-batch"

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet may read a text cell that begins with one of these as a formula."""

EURO_FORMAT = '"€" #,##0.00;-"€" #,##0.00'
"""Excel number format of amounts: euro sign, grouping, two decimals."""


class BaselineError(Exception):
    """An earlier batch result that cannot be used. ``reason`` is a label key
    (``batch_baseline_<reason>``) and ``detail`` fills its ``{detail}``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


def output_format(path: Path) -> str | None:
    """``csv``, ``json`` or ``xlsx`` from the file name, or None when unknown."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def neutralise(text: str) -> str:
    """Text for a spreadsheet cell: visible escapes for control characters, and a
    leading ``'`` when the text could be taken for a formula."""
    shown = safe_text(text)
    risky = _formula_like(text) or shown.startswith(FORMULA_TRIGGERS)
    return "'" + shown if risky else shown


def _formula_like(text: str) -> bool:
    """True when ``text`` begins with a formula trigger, also after leading spaces, NBSP
    or invisible characters, or written full-width (``＝1+1``): spreadsheets trim and
    fold those."""
    if text.startswith(FORMULA_TRIGGERS):
        return True
    folded = unicodedata.normalize("NFKC", text)
    start = 0
    while start < len(folded) and (
        folded[start].isspace() or unicodedata.category(folded[start]) == "Cf"
    ):
        start += 1
    return folded[start:].startswith(FORMULA_TRIGGERS)


# -- writers ------------------------------------------------------------------------------------
class RowWriter(Protocol):
    def write(self, row: Row) -> None: ...

    def finish(self, summary: Summary) -> None: ...


def _money(value: Decimal) -> str:
    return format(value, "f")


class CsvWriter:
    """RFC 4180: a header of column keys, then one record per file."""

    def __init__(self, out: IO[str], cols: Sequence[Column]) -> None:
        self.cols = cols
        self.writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self.writer.writerow([c.key for c in cols])

    @staticmethod
    def cell(column: Column, row: Row) -> str:
        value = column.value(row)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, Decimal):
            return _money(value)
        if isinstance(value, int):
            return str(value)
        return neutralise(value)

    def write(self, row: Row) -> None:
        self.writer.writerow([self.cell(c, row) for c in self.cols])

    def finish(self, summary: Summary) -> None:
        pass


def _json_value(value: str | int | bool | Decimal | None) -> Any:
    return _money(value) if isinstance(value, Decimal) else value


def summary_dict(summary: Summary) -> dict[str, Any]:
    figures = {
        key: {"total": _money(sum_), "median": None if med is None else _money(med)}
        for key, sum_, med in summary.figures()
    }
    return {
        "files": summary.files,
        "verdicts": dict(summary.verdicts),
        "complete": summary.complete,
        "with_errors": summary.with_errors,
        "with_arithmetic_errors": summary.with_arithmetic_errors,
        "judged": summary.judged,
        "figures": figures,
        "largest_differences": [
            {
                "file": d.file,
                "stated": _money(d.stated),
                "computed": _money(d.computed),
                "difference": _money(d.difference),
            }
            for d in summary.largest_differences
        ],
    }


class JsonWriter:
    """One JSON document, written as the rows come: a header, ``rows``, ``summary``."""

    def __init__(self, out: IO[str], cols: Sequence[Column], prices: str | None) -> None:
        self.out = out
        self.cols = cols
        self.first = True
        header: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "kind": KIND,
            "tool": {"name": "spukdos", "version": __version__},
            "prices": prices,
            "columns": [c.key for c in cols],
        }
        out.write("{\n")
        for key, value in header.items():
            out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        out.write(' "rows": [')

    def write(self, row: Row) -> None:
        record = {c.key: _json_value(c.value(row)) for c in self.cols}
        self.out.write(("\n  " if self.first else ",\n  ") + json.dumps(record, ensure_ascii=False))
        self.first = False

    def finish(self, summary: Summary) -> None:
        body = json.dumps(summary_dict(summary), ensure_ascii=False)
        self.out.write(("\n ]" if not self.first else "]") + f',\n "summary": {body}\n}}\n')


class XlsxWriter:
    """A workbook for people: the table with translated headers and euro amounts, then a
    summary sheet. Written in openpyxl's write-only mode, so memory stays flat."""

    def __init__(self, path: Path, cols: Sequence[Column], lang: str) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        self.path = path
        self.cols = cols
        self.lang = lang
        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet(label("batch_sheet_rows", lang))
        for index, column in enumerate(cols, start=1):
            width = 40 if column.key in ("file", "error") else 16
            letter = _column_letter(index)
            self.sheet.column_dimensions[letter].width = width
        self.bold = Font(bold=True)
        self.sheet.append([self._header(c) for c in cols])

    def _header(self, column: Column) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=label(column.label_key, self.lang))
        cell.font = self.bold
        return cell

    def _cell(self, column: Column, row: Row) -> Any:
        from openpyxl.cell import WriteOnlyCell

        value = column.value(row)
        if isinstance(value, Decimal):
            return _euro_cell(self.sheet, value)
        if column.key == "verdict" and isinstance(value, str):
            return label(f"verdict_{value}", self.lang)
        if isinstance(value, str):
            cell = WriteOnlyCell(self.sheet, value=neutralise(value))
            cell.data_type = "s"  # never a formula, whatever the text
            return cell
        return value

    def write(self, row: Row) -> None:
        self.sheet.append([self._cell(c, row) for c in self.cols])

    def finish(self, summary: Summary) -> None:
        sheet = self.book.create_sheet(label("summary", self.lang))
        sheet.column_dimensions["A"].width = 40
        sheet.column_dimensions["B"].width = 20
        sheet.column_dimensions["C"].width = 20
        lang = self.lang
        sheet.append([label("batch_files", lang), summary.files])
        for verdict in VERDICTS:
            sheet.append([label(f"verdict_{verdict}", lang), summary.verdicts[verdict]])
        sheet.append([label("batch_with_arithmetic_errors", lang), summary.with_arithmetic_errors])
        sheet.append([])
        sheet.append(["", label("total", lang), label("batch_median", lang)])
        for key, sum_, med in summary.figures():
            sheet.append([label(key, lang), _euro_cell(sheet, sum_), _euro_cell(sheet, med)])
        self.book.save(self.path)


def _euro_cell(sheet: Any, value: Decimal | None) -> Any:
    """A numeric cell holding ``value`` exactly, shown as euros.

    openpyxl would print a number through a binary float (``%.16g``); given the
    Decimal's own digits as text and the numeric type, it writes those digits as they
    are (``<v>317276.25</v>``).
    """
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=None if value is None else format(value, "f"))
    if value is not None:
        cell.data_type = "n"
    cell.number_format = EURO_FORMAT
    return cell


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


@contextlib.contextmanager
def open_writer(
    path: Path, cols: Sequence[Column], *, lang: str, prices: str | None, force: bool
) -> Iterator[RowWriter]:
    """A writer for ``path`` (format from its suffix) whose file appears, complete, only
    when the block ends without an error."""
    kind = output_format(path)
    with atomic_output(path, force=force) as temp:
        if kind == "xlsx":
            yield XlsxWriter(temp, cols, lang)
            return
        with open(temp, "w", encoding="utf-8", newline="") as out:
            if kind == "csv":
                yield CsvWriter(out, cols)
            else:
                yield JsonWriter(out, cols, prices)
            out.flush()
            os.fsync(out.fileno())


# -- reading an earlier batch -------------------------------------------------------------------
def read_baseline(path: Path) -> dict[str, BaselineEntry]:
    """File -> (verdict, net effect) from a JSON batch result written by ``spukdos batch``."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as err:
        raise BaselineError("unreadable", err.strerror or type(err).__name__) from None
    except (ValueError, RecursionError):
        raise BaselineError("not_json") from None
    rows = document.get("rows") if isinstance(document, dict) else None
    if not isinstance(document, dict) or document.get("kind") != KIND or not isinstance(rows, list):
        raise BaselineError("not_batch")
    entries: dict[str, BaselineEntry] = {}
    for number, record in enumerate(rows, start=1):
        entry = _baseline_entry(record)
        if entry is None:
            raise BaselineError("bad_row", str(number))
        entries[record["file"]] = entry
    return entries


def _baseline_entry(record: Any) -> BaselineEntry | None:
    if not isinstance(record, dict):
        return None
    file, verdict, saldo = record.get("file"), record.get("verdict"), record.get("saldo")
    if not isinstance(file, str) or verdict not in VERDICTS:
        return None
    if saldo is None:
        return BaselineEntry(verdict, None)
    if not isinstance(saldo, str) or not _BASELINE_AMOUNT.match(saldo):
        return None  # "1E+5000", "NaN", " 1", "1_000": not what spukdos writes
    return BaselineEntry(verdict, Decimal(saldo))


_BASELINE_AMOUNT = re.compile(r"-?[0-9]{1,80}(?:\.[0-9]{1,2})?\Z")
"""An amount as a batch writes it: plain digits, at most two decimals (80 digits hold
every accepted A × B × C with room to spare; see :mod:`spukdos_cli.exact`)."""
