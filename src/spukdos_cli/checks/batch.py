"""Batch recalculation: one row of figures per file, a summary, and a comparison.

``row_from_result`` turns the result of the ordinary check pipeline (``load_path`` +
``check_loaded``) into a :class:`Row`: plain values, cheap to send between processes
(the worker pool is :mod:`spukdos_cli.cli.batch`). :class:`Summary` and
:class:`BaselineComparison` do no I/O.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Literal

from spukdos_cli.checks.verdict import VERDICTS as FILE_VERDICTS
from spukdos_cli.checks.verdict import Verdict
from spukdos_cli.exact import CONTEXT
from spukdos_cli.findings import Finding, Quantity, Severity, Term
from spukdos_cli.positions import START

if TYPE_CHECKING:
    from spukdos_cli.checks.pipeline import CheckOptions, FileResult

RowVerdict = Verdict | Literal["internal_error"]
"""A row's verdict: the file's (:mod:`spukdos_cli.checks.verdict`), or ``internal_error``
when checking it hit a bug in spukdos."""
VERDICTS: tuple[RowVerdict, ...] = (*FILE_VERDICTS, "internal_error")
"""Every row verdict, in the order the summary lists them."""


@dataclass(frozen=True)
class Row:
    """One file of a batch: what it costs and saves, its verdict, and what was found.

    Amounts are ``Decimal`` in cents, exactly as computed; None where unknown (an
    unreadable file has no figures). ``saldo_verschil`` is the stated net effect minus
    the computed one. The ``*_prijslijst`` fields are filled only with a price list.
    """

    file: str
    verdict: RowVerdict
    gemeente: str | None = None
    regeling_jaar: int | None = None
    variant: str | None = None
    initiele_kosten: Decimal | None = None
    uitvoeringskosten: Decimal | None = None
    totaal_kosten: Decimal | None = None
    uitstel_mpt_vpt: Decimal | None = None
    uitstel_intramuraal: Decimal | None = None
    overige_besparingen: Decimal | None = None
    totaal_baten: Decimal | None = None
    saldo: Decimal | None = None
    positief: bool | None = None
    complete: bool = False
    errors: int = 0
    warnings: int = 0
    arithmetic_errors: int = 0
    saldo_opgegeven: Decimal | None = None
    saldo_verschil: Decimal | None = None
    codes: str = ""
    error: str | None = None
    uitstel_mpt_vpt_prijslijst: Decimal | None = None
    uitstel_intramuraal_prijslijst: Decimal | None = None
    totaal_baten_prijslijst: Decimal | None = None
    saldo_prijslijst: Decimal | None = None
    positief_prijslijst: bool | None = None
    source_kind: str = "yaml"
    not_found: int | None = None
    """For a filled-in form imported in memory: how many questions the form asks were
    not found in it (None for a YAML file and for a document that could not be read)."""

    @property
    def judged(self) -> bool:
        return self.verdict in ("positive", "negative")


ColumnKind = Literal["text", "money", "int", "bool"]


@dataclass(frozen=True)
class Column:
    """One column of the batch table: the Row field, its kind, and its label key."""

    key: str
    kind: ColumnKind
    prices_only: bool = False
    label: str = ""
    """The label key of its header (messages/labels.py); ``batch_col_KEY`` unless given."""

    @property
    def label_key(self) -> str:
        return self.label or f"batch_col_{self.key}"

    def value(self, row: Row) -> str | int | bool | Decimal | None:
        value: str | int | bool | Decimal | None = getattr(row, self.key)
        return value


COLUMNS: tuple[Column, ...] = (
    Column("file", "text", label="file"),
    Column("gemeente", "text", label="municipality"),
    Column("regeling_jaar", "int"),
    Column("variant", "text"),
    Column("initiele_kosten", "money", label="initial"),
    Column("uitvoeringskosten", "money", label="execution"),
    Column("totaal_kosten", "money", label="fig_totaal_kosten"),
    Column("uitstel_mpt_vpt", "money", label="group_uitstel_mpt_vpt"),
    Column("uitstel_mpt_vpt_prijslijst", "money", prices_only=True),
    Column("uitstel_intramuraal", "money", label="group_uitstel_intramuraal"),
    Column("uitstel_intramuraal_prijslijst", "money", prices_only=True),
    Column("overige_besparingen", "money", label="fig_overige_besparingen"),
    Column("totaal_baten", "money", label="fig_totaal_baten"),
    Column("totaal_baten_prijslijst", "money", prices_only=True, label="batch_benefits_prices"),
    Column("saldo", "money", label="saldo"),
    Column("saldo_prijslijst", "money", prices_only=True, label="batch_net_prices"),
    Column("positief", "bool"),
    Column("positief_prijslijst", "bool", prices_only=True),
    Column("verdict", "text", label="verdict"),
    Column("complete", "bool", label="batch_complete"),
    Column("errors", "int", label="ci_errors"),
    Column("warnings", "int", label="ci_warnings"),
    Column("arithmetic_errors", "int"),
    Column("saldo_opgegeven", "money"),
    Column("saldo_verschil", "money"),
    Column("codes", "text"),
    Column("source_kind", "text", label="source_title"),
    Column("not_found", "int"),
    Column("error", "text"),
)
"""The table's columns in order; each price-list column sits beside the submitted one."""


def columns(with_prices: bool) -> tuple[Column, ...]:
    return tuple(c for c in COLUMNS if with_prices or not c.prices_only)


# -- one file ------------------------------------------------------------------------------
def aborted_finding(*, signal: int | None, exit_status: int | None, seconds: int | None) -> Finding:
    """Finding Y014: checking the file was stopped, because it took more than ``seconds``
    or because the process checking it ended twice (by ``signal``, or with ``exit_status``);
    the file gets this row and the batch goes on."""
    if seconds is not None:
        reason = Term("aborted_timeout", {"seconds": Quantity(Decimal(seconds))})
    elif signal is not None:
        reason = Term("aborted_signal", {"signal": str(signal)})
    else:
        reason = Term("aborted_exit", {"status": str(exit_status)})
    return Finding("Y014", Severity.ERROR, (), START, {"reason": reason})


def _distinct_codes(result: FileResult) -> str:
    seen: dict[str, None] = {}
    for finding in result.findings:
        if finding.severity is not Severity.INFO:
            seen.setdefault(finding.code, None)
    return " ".join(seen)


def _not_found(result: FileResult) -> int | None:
    if result.source_kind == "yaml":
        return None
    from spukdos_cli.checks.imported import form_gaps

    return len(form_gaps(result.sections))


def row_from_result(result: FileResult, lang: str, options: CheckOptions | None = None) -> Row:
    """The batch row of one checked file. With ``options`` (holding a price list) the
    benefits are also recalculated at the list's rates (:mod:`spukdos_cli.compute.reprice`)."""
    from spukdos_cli.messages.catalogue import render

    errors, warnings = result.errors, result.warnings
    codes = _distinct_codes(result)
    case, calc = result.case, result.calculation
    if case is None or calc is None:
        first = next((f for f in result.findings if f.severity is Severity.ERROR), None)
        return Row(
            file=result.file,
            verdict=result.verdict,
            errors=errors,
            warnings=warnings,
            codes=codes,
            error=render(first, lang) if first is not None else None,
            source_kind=result.source_kind,
        )
    judged = result.verdict_ready
    stated = case.opgave.saldo if case.opgave is not None else None
    difference = stated - calc.saldo if stated is not None and result.judged else None
    experiment = case.experiment
    row = Row(
        file=result.file,
        verdict=result.verdict,
        gemeente=experiment.gemeente if experiment else None,
        regeling_jaar=case.regeling_jaar,
        variant=experiment.variant if experiment else None,
        initiele_kosten=calc.initiele_kosten,
        uitvoeringskosten=calc.uitvoeringskosten,
        totaal_kosten=calc.totaal_kosten,
        uitstel_mpt_vpt=calc.uitstel_mpt_vpt.totaal,
        uitstel_intramuraal=calc.uitstel_intramuraal.totaal,
        overige_besparingen=calc.overige_besparingen,
        totaal_baten=calc.totaal_baten,
        saldo=calc.saldo,
        positief=calc.positief if judged else None,
        complete=result.complete,
        errors=errors,
        warnings=warnings,
        arithmetic_errors=sum(1 for f in result.findings if f.code == "A001"),
        saldo_opgegeven=stated,
        saldo_verschil=difference,
        codes=codes,
        source_kind=result.source_kind,
        not_found=_not_found(result),
    )
    if options is None or options.prices is None:
        return row
    from dataclasses import replace

    from spukdos_cli.compute.reprice import reprice

    repriced = reprice(case, calc, options.prices)
    return replace(
        row,
        uitstel_mpt_vpt_prijslijst=repriced.uitstel_mpt_vpt.totaal,
        uitstel_intramuraal_prijslijst=repriced.uitstel_intramuraal.totaal,
        totaal_baten_prijslijst=repriced.totaal_baten,
        saldo_prijslijst=repriced.saldo,
        positief_prijslijst=repriced.positief if judged else None,
    )


# -- the summary -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Difference:
    """A file whose stated net effect differs from the computed one."""

    file: str
    stated: Decimal
    computed: Decimal
    difference: Decimal


def _from_cents(cents: int) -> Decimal:
    """Whole cents as an amount, exactly (text to Decimal never rounds)."""
    return Decimal(f"{cents}e-2")


class Amounts:
    """Many amounts, for the totals and medians of a batch of any size, held as whole
    cents in Python integers (exact at any size: a 64-bit integer would overflow from
    about € 92 quadrillion, which an accepted A × B × C exceeds). Amounts of a batch are
    always whole cents: sums of amounts with at most two decimals, and A × B × C rounded
    to cents."""

    def __init__(self) -> None:
        self._cents: list[int] = []

    def add(self, value: Decimal) -> None:
        cents = value.scaleb(2, context=CONTEXT)
        self._cents.append(int(cents.to_integral_value(rounding=ROUND_HALF_UP, context=CONTEXT)))

    def __len__(self) -> int:
        return len(self._cents)

    def total(self) -> Decimal:
        return _from_cents(sum(self._cents))

    def median(self) -> Decimal | None:
        """The middle amount; for an even count the mean of the middle two, rounded to
        cents half up (a half cent away from zero, as ``ROUND_HALF_UP``)."""
        count = len(self._cents)
        if not count:
            return None
        ordered = sorted(self._cents)
        middle = ordered[count // 2]
        if count % 2:
            return _from_cents(middle)
        both = ordered[count // 2 - 1] + middle
        half_up = both + (1 if both > 0 else -1) if both % 2 else both
        return _from_cents(half_up // 2)


@dataclass
class Summary:
    """Counts, totals and medians over the rows of a batch; built one row at a time.

    Totals and medians are over the judged files (verdict positive or negative): the
    figures of other files rest on missing or unreadable values. The median of an even
    number of amounts is the mean of the middle two, rounded to cents half up.
    """

    top: int = 10
    with_prices: bool = False
    files: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))
    complete: int = 0
    with_errors: int = 0
    with_arithmetic_errors: int = 0
    costs: Amounts = field(default_factory=Amounts)
    benefits: Amounts = field(default_factory=Amounts)
    net: Amounts = field(default_factory=Amounts)
    benefits_prices: Amounts = field(default_factory=Amounts)
    net_prices: Amounts = field(default_factory=Amounts)
    verdict_changed_by_prices: int = 0
    _largest: list[tuple[Decimal, int, Difference]] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.files += 1
        self.verdicts[row.verdict] += 1
        self.complete += row.complete
        self.with_errors += row.errors > 0
        self.with_arithmetic_errors += row.arithmetic_errors > 0
        if row.judged and row.totaal_kosten is not None:
            self.costs.add(row.totaal_kosten)
            self.benefits.add(row.totaal_baten or Decimal("0.00"))
            self.net.add(row.saldo or Decimal("0.00"))
            if self.with_prices and row.totaal_baten_prijslijst is not None:
                self.benefits_prices.add(row.totaal_baten_prijslijst)
                self.net_prices.add(row.saldo_prijslijst or Decimal("0.00"))
                self.verdict_changed_by_prices += row.positief_prijslijst != row.positief
        if row.saldo_verschil and row.saldo_opgegeven is not None and row.saldo is not None:
            item = Difference(row.file, row.saldo_opgegeven, row.saldo, row.saldo_verschil)
            entry = (abs(row.saldo_verschil), -self.files, item)
            if len(self._largest) < self.top:
                heapq.heappush(self._largest, entry)
            elif self.top:
                heapq.heappushpop(self._largest, entry)

    @property
    def judged(self) -> int:
        return len(self.net)

    @property
    def largest_differences(self) -> list[Difference]:
        """The files with the largest stated-versus-computed net effect, largest first
        (ties in file order)."""
        return [d for _, _, d in sorted(self._largest, key=lambda e: (-e[0], -e[1]))]

    def figures(self) -> list[tuple[str, Decimal, Decimal | None]]:
        """(label key, total, median) of costs, benefits and net effect."""
        rows = [
            ("fig_totaal_kosten", self.costs),
            ("fig_totaal_baten", self.benefits),
            ("net_effect", self.net),
        ]
        if self.with_prices:
            rows += [
                ("batch_benefits_prices", self.benefits_prices),
                ("batch_net_prices", self.net_prices),
            ]
        return [(key, amounts.total(), amounts.median()) for key, amounts in rows]


# -- comparison with an earlier batch --------------------------------------------------------
@dataclass(frozen=True)
class BaselineEntry:
    """What an earlier batch said about one file."""

    verdict: str
    saldo: Decimal | None


@dataclass(frozen=True)
class Change:
    """A file whose verdict or net effect differs from the earlier batch.

    ``old`` is None for a file that is new; ``new`` is None for one that is gone.
    """

    file: str
    old: BaselineEntry | None
    new: BaselineEntry | None

    @property
    def saldo_delta(self) -> Decimal | None:
        if self.old is None or self.new is None:
            return None
        if self.old.saldo is None or self.new.saldo is None:
            return None
        return self.new.saldo - self.old.saldo


class BaselineComparison:
    """Compares rows, as they stream past, with an earlier batch (files matched by their
    path as given); keeps only what differs."""

    def __init__(self, baseline: Mapping[str, BaselineEntry]) -> None:
        self.baseline = baseline
        self._changed: list[Change] = []
        self._new: list[Change] = []
        self._seen: set[str] = set()

    def add(self, row: Row) -> None:
        now = BaselineEntry(row.verdict, row.saldo)
        before = self.baseline.get(row.file)
        if before is None:
            self._new.append(Change(row.file, None, now))
            return
        self._seen.add(row.file)
        if before != now:
            self._changed.append(Change(row.file, before, now))

    def changes(self) -> list[Change]:
        """Changed files in batch order, then new files, then files no longer there."""
        gone = [Change(f, b, None) for f, b in self.baseline.items() if f not in self._seen]
        return self._changed + self._new + gone
