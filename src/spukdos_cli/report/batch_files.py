"""The batch table as a file: CSV for machines, JSON for machines and ``--baseline``,
XLSX for people; and reading an earlier JSON batch back.

- CSV is RFC 4180 (``,`` between fields, ``"`` quoting, CRLF line ends, UTF-8), amounts
  with a ``.`` decimal point and no grouping, booleans ``true``/``false``, unknown empty.
- JSON has amounts as strings with two decimals (``"78525.00"``), never floats.
- XLSX has real numeric cells (written from the Decimal's digits) with a euro format;
  an amount a spreadsheet cannot hold exactly (more than 15 significant digits) is text,
  with a note on the summary sheet. See :class:`XlsxWriter` for the layout.

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
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Protocol

from spukdos_cli import __version__
from spukdos_cli.checks.batch import VERDICTS, BaselineEntry, Column, Row, Summary
from spukdos_cli.messages.formatting import format_eur
from spukdos_cli.messages.labels import label, rules_in_force, safe_text
from spukdos_cli.report.markup import xml_text
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


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: how Python holds a file name that is not valid UTF-8 (``\\xff`` is
``\\udcff``); it cannot be written as UTF-8."""


def _escape_surrogates(text: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def neutralise(text: str) -> str:
    """Text for a spreadsheet cell: visible escapes for control characters and for the
    lone surrogates of a file name that is not UTF-8, and a leading ``'`` when the text
    could be taken for a formula."""
    shown = _escape_surrogates(safe_text(text))
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


def _json(value: Any) -> str:
    """JSON with text kept readable, and a lone surrogate (a file name that is not UTF-8)
    written as its ``\\udcff`` escape, which reads back as the same name (``--baseline``
    matches files by name)."""
    return _escape_surrogates(json.dumps(value, ensure_ascii=False))


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
            out.write(f" {json.dumps(key)}: {_json(value)},\n")
        out.write(' "rows": [')

    def write(self, row: Row) -> None:
        record = {c.key: _json_value(c.value(row)) for c in self.cols}
        self.out.write(("\n  " if self.first else ",\n  ") + _json(record))
        self.first = False

    def finish(self, summary: Summary) -> None:
        body = _json(summary_dict(summary))
        self.out.write(("\n ]" if not self.first else "]") + f',\n "summary": {body}\n}}\n')


@dataclass(frozen=True)
class Provenance:
    """Where a batch's figures come from: shown on the summary sheet of the workbook."""

    version: str
    rules_years: tuple[int, ...]
    """The grant years whose rules were known to the run."""
    rules_files: tuple[tuple[int, str], ...]
    """(year, file) for each year whose rules came from a rules file (``--regels``)."""
    prices: str | None
    """The name of the price list in force."""
    prices_given: bool
    """True when the list came from ``--prices``, False for the built-in list."""
    created: datetime


EXACT_DIGITS = 15
"""A spreadsheet keeps a number as a binary double, exact to 15 significant digits; an
amount with more (``99999999999999.99``) is written as text, never rounded."""

_KIND_WIDTH = {"money": 16, "int": 8, "bool": 8, "text": 14}
"""The least width of a column by kind (``€ 1.234.567,89`` fits in 16)."""
_WIDE = {"file": 40, "gemeente": 24, "codes": 24, "error": 60}


def column_width(column: Column, header: str) -> int:
    """Wide enough for the header on one line and for a typical value of its kind."""
    return max(len(header) + 3, _WIDE.get(column.key, _KIND_WIDTH[column.kind]))


def exact_in_a_spreadsheet(value: Decimal) -> bool:
    return len(value.normalize().as_tuple().digits) <= EXACT_DIGITS


class XlsxWriter:
    """A workbook for people: the table, then a sheet with the summary and the run's
    provenance. Written in openpyxl's write-only mode, so memory stays flat.

    The table has translated headers in a frozen first row with an autofilter, columns
    as wide as their headers, amounts as numeric euro cells, yes/no as ``ja``/``nee``.
    Both sheets print on A4 landscape (:func:`table_on_paper`, :func:`summary_on_paper`).
    """

    def __init__(
        self, path: Path, cols: Sequence[Column], lang: str, provenance: Provenance | None
    ) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        self.path = path
        self.cols = cols
        self.lang = lang
        self.provenance = provenance
        self.rows = 0
        self.inexact = 0
        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet(_sheet_title(label("batch_sheet_rows", lang)))
        self.bold = Font(bold=True)
        self.right = Alignment(horizontal="right")
        headers = [label(c.label_key, lang) for c in cols]
        self.widths = [column_width(c, h) for c, h in zip(cols, headers, strict=True)]
        for index, width in enumerate(self.widths, start=1):
            self.sheet.column_dimensions[_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        table_on_paper(self.sheet, cols, lang)
        self.sheet.append([self._bold(h) for h in headers])

    def _bold(self, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=value)
        cell.font = self.bold
        return cell

    def _cell(self, column: Column, row: Row) -> Any:
        value = column.value(row)
        if column.kind == "bool" or isinstance(value, bool):
            return None if value is None else label("yes" if value else "no", self.lang)
        if isinstance(value, Decimal):
            return self._euro(self.sheet, value)
        if column.key == "verdict" and isinstance(value, str):
            return label(f"verdict_{value}", self.lang)
        if isinstance(value, str):
            return wrapped(_text_cell(self.sheet, value), column)
        return value

    def _euro(self, sheet: Any, value: Decimal | None) -> Any:
        if value is not None and not exact_in_a_spreadsheet(value):
            from openpyxl.cell import WriteOnlyCell

            self.inexact += 1
            cell = WriteOnlyCell(sheet, value=format_eur(value, self.lang))
            cell.data_type = "s"
            cell.alignment = self.right
            return cell
        return _euro_cell(sheet, value)

    def write(self, row: Row) -> None:
        cells = [self._cell(c, row) for c in self.cols]
        height = row_height(self.cols, self.widths, cells)
        if height is not None:  # set before the row is written (the sheet streams)
            self.sheet.row_dimensions[self.rows + 2].height = height
        self.sheet.append(cells)
        self.rows += 1

    def finish(self, summary: Summary) -> None:
        last = _column_letter(len(self.cols))
        self.sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        self.sheet.print_area = f"A1:{last}{self.rows + 1}"
        sheet = SummarySheet(self.book.create_sheet(_sheet_title(label("summary", self.lang))))
        summary_on_paper(sheet, self.lang)
        lang = self.lang
        sheet.append([_bold_cell(sheet, label("summary", lang))])
        sheet.append([label("batch_files", lang), summary.files])
        for verdict in VERDICTS:
            sheet.append([label(f"verdict_{verdict}", lang), summary.verdicts[verdict]])
        sheet.append([label("batch_complete", lang), summary.complete])
        sheet.append([label("batch_with_errors", lang), summary.with_errors])
        sheet.append([label("batch_with_arithmetic_errors", lang), summary.with_arithmetic_errors])
        sheet.append([])
        sheet.append(
            [
                _bold_cell(sheet, label("batch_figures", lang)),
                _bold_cell(sheet, label("total", lang)),
                _bold_cell(sheet, label("batch_median", lang)),
            ]
        )
        for key, sum_, med in summary.figures():
            sheet.append([label(key, lang), self._euro(sheet, sum_), self._euro(sheet, med)])
        sheet.append([label("batch_over_judged", lang).format(count=summary.judged)])
        if self.provenance is not None:
            sheet.append([])
            sheet.append([_bold_cell(sheet, label("xlsx_provenance", lang))])
            for key, value in _provenance_rows(self.provenance, lang):
                summary_text_row(sheet, label(key, lang), value)
        if self.inexact:
            sheet.append([])
            note = label("xlsx_inexact", lang).format(count=self.inexact, digits=EXACT_DIGITS)
            summary_text_row(sheet, None, note)
        sheet.print_area = f"A1:C{max(sheet.rows, 1)}"
        self._save()

    def _save(self) -> None:
        """``Workbook.save`` with the archive closed whatever happens: openpyxl leaves it
        open when writing fails (a full disk), and its clean-up at exit then prints a
        traceback from ZipFile. Here the error is raised once, as an ``OSError``."""
        from zipfile import ZIP_DEFLATED, ZipFile

        from openpyxl.writer.excel import ExcelWriter

        with ZipFile(self.path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(self.book, archive).write_data()

    def abort(self) -> None:
        """Close what openpyxl holds open after a failure (each sheet's row stream and
        temporary file), quietly: otherwise the interpreter closes them at exit, onto a
        closed file, and prints a traceback."""
        for sheet in self.book.worksheets:
            rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
            if rows is not None:
                with contextlib.suppress(Exception):
                    rows.close()
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.close()
                with contextlib.suppress(Exception):
                    writer.cleanup()


# -- the workbook on paper ----------------------------------------------------------------------
# A reviewer prints the workbook. The table of ~24 columns cannot be one page wide at a
# readable size, so it prints at a fixed scale over several pages, with the header row and
# the columns that say which application a row is (file, municipality) on every page, and
# across before down: the pages of the same applications come together. The summary sheet
# fits one page. Kept apart from the writer, so that other writers of the table can reuse it.
A4 = 9
"""``paperSize`` of A4 in SpreadsheetML."""
TABLE_SCALE = 75
"""The table prints at 75 %: the 11-point text of a cell at 8.25 points (one page wide,
the 24 columns would print at about 27 %, 3 points)."""
TITLE_COLUMNS = ("file", "gemeente")
"""The columns repeated at the left of every printed page of the table."""
SUMMARY_WIDTHS = (44, 22, 22)
"""Widths of the summary sheet's columns A to C (a label, a total, a median)."""
_LINE_HEIGHT = 15.0
"""Points per line of an 11-point cell (the default row height)."""


def _paper(sheet: Any, lang: str) -> None:
    """What every sheet shares on paper: A4 landscape, narrow margins, grid lines, and the
    sheet's name at the top and the page number at the foot of each page."""
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "landscape", A4
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    sheet.print_options.gridLines = True
    sheet.oddHeader.center.text = "&A"  # the sheet's name
    sheet.oddFooter.center.text = label("xlsx_page", lang)


def table_on_paper(sheet: Any, cols: Sequence[Column], lang: str) -> None:
    """The table's page setup (before its first row; the print area follows at the end):
    a fixed, readable scale instead of "one page wide", the header row and the
    identifying columns on every page, pages across before down."""
    _paper(sheet, lang)
    setup = sheet.page_setup
    setup.scale = TABLE_SCALE
    setup.pageOrder = "overThenDown"
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    sheet.print_title_rows = "1:1"
    keys = [c.key for c in cols]
    titles = [keys.index(key) + 1 for key in TITLE_COLUMNS if key in keys]
    if titles == list(range(1, len(titles) + 1)) and titles:
        sheet.print_title_cols = f"A:{_column_letter(len(titles))}"


class SummarySheet:
    """The summary sheet as it is written, counting its rows (a write-only sheet does
    not): the print area and a merged cell need a row's number."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.rows = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sheet, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("sheet", "rows"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.sheet, name, value)

    def append(self, row: list[Any]) -> None:
        self.sheet.append(row)
        self.rows += 1


WRAPPED = frozenset({"file", "error"})
"""Text columns whose long values (a file's path, an error) wrap in their cell instead of
being cut off at the next column, on screen and on paper."""


def wrapped(cell: Any, column: Column) -> Any:
    """``cell`` of ``column``, wrapping its text when the column is one of :data:`WRAPPED`
    (the row grows to fit when the workbook is opened)."""
    if column.key in WRAPPED:
        from openpyxl.styles import Alignment

        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes, wrapped in a cell ``width`` characters wide (counted
    generously: a character of a path is about as wide as the ``0`` a width counts)."""
    return max(1, -(-len(text) // max(int(width), 1)))


def row_height(
    cols: Sequence[Column], widths: Sequence[float], cells: Sequence[Any]
) -> float | None:
    """The height of a table row whose wrapped texts take more than one line (None: the
    default height). Given explicitly, because a spreadsheet program does not always
    fit a row to its wrapped text when it opens or prints a file (LibreOffice does not)."""
    lines = max(
        (
            _lines(str(cell.value), width)
            for column, width, cell in zip(cols, widths, cells, strict=True)
            if column.key in WRAPPED and getattr(cell, "value", None)
        ),
        default=1,
    )
    return _LINE_HEIGHT * lines if lines > 1 else None


def summary_on_paper(sheet: Any, lang: str) -> None:
    """The summary sheet's page setup (before its first row; the print area, columns A
    to C, follows at the end): column widths, and one page."""
    for letter, width in zip("ABC", SUMMARY_WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    _paper(sheet, lang)
    setup = sheet.page_setup
    setup.fitToWidth, setup.fitToHeight = 1, 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def summary_text_row(sheet: SummarySheet, name: str | None, text: str) -> None:
    """A row of the summary sheet with a long text: ``name`` in column A and the text over
    B and C (or, without a name, the text over A to C), wrapped, the row as high as its
    lines, so that nothing runs past the printed page or is cut mid-word."""
    from openpyxl.styles import Alignment

    cell = _text_cell(sheet, text)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    first = "A" if name is None else "B"
    width = sum(SUMMARY_WIDTHS) if name is None else sum(SUMMARY_WIDTHS[1:])
    row = sheet.rows + 1
    lines = _lines(str(cell.value), width)
    if lines > 1:
        sheet.row_dimensions[row].height = _LINE_HEIGHT * lines
    sheet.merged_cells.add(f"{first}{row}:C{row}")
    if name is None:
        sheet.append([cell])
    else:
        top = _text_cell(sheet, name)
        top.alignment = Alignment(vertical="top")
        sheet.append([top, cell])


def _provenance_rows(provenance: Provenance, lang: str) -> list[tuple[str, str]]:
    source = label("xlsx_prices_file" if provenance.prices_given else "xlsx_builtin", lang)
    prices = f"{provenance.prices} ({source})" if provenance.prices else "-"
    return [
        ("xlsx_tool", f"spukdos {provenance.version}"),
        ("xlsx_rules", rules_in_force(provenance.rules_years, provenance.rules_files, lang, "-")),
        ("xlsx_prices", prices),
        ("xlsx_created", provenance.created.isoformat(timespec="seconds")),
    ]


def _sheet_title(text: str) -> str:
    """A sheet title Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in text)[:31]


def _text_cell(sheet: Any, text: str) -> Any:
    """A text cell that is never a formula, whatever the text, and that XML can hold."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=xml_text(neutralise(text)))
    cell.data_type = "s"
    return cell


def _bold_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


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
    path: Path,
    cols: Sequence[Column],
    *,
    lang: str,
    prices: str | None,
    force: bool,
    provenance: Provenance | None = None,
) -> Iterator[RowWriter]:
    """A writer for ``path`` (format from its suffix) whose file appears, complete, only
    when the block ends without an error."""
    kind = output_format(path)
    with atomic_output(path, force=force) as temp:
        if kind == "xlsx":
            writer = XlsxWriter(temp, cols, lang, provenance)
            try:
                yield writer
            except BaseException:
                writer.abort()
                raise
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
