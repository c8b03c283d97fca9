"""Stated versus computed: every total the applicant states must equal the computed one.

Pure: each check takes the model, the calculation and the source map (positions, plain
data) and returns findings. Nothing here prints, exits or reads files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.findings import Finding, Severity, Term
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import DataPath, SourceMap

StatedTotal = tuple[str, DataPath, Decimal | None, Decimal | None]
"""(figure, path of the stated value, stated, computed)."""


def _stated_at(case: Businesscase, path: DataPath) -> Decimal | None:
    """The amount the file states at ``path`` (attribute by attribute), or None."""
    value: object = case
    for name in path:
        value = getattr(value, str(name), None)
        if value is None:
            return None
    return value if isinstance(value, Decimal) else None


STATED: tuple[tuple[str, DataPath], ...] = (
    ("fig_initiele_kosten", ("opgave", "initiele_kosten")),
    ("fig_uitvoeringskosten", ("opgave", "uitvoeringskosten")),
    ("fig_totaal_kosten", ("opgave", "totaal_kosten")),
    ("fig_mpt_vpt", ("baten", "uitstel_mpt_vpt", "totaal")),
    ("fig_intramuraal", ("baten", "uitstel_intramuraal", "totaal")),
    ("fig_overige_besparingen", ("opgave", "overige_besparingen")),
    ("fig_totaal_baten", ("opgave", "totaal_baten")),
    ("fig_saldo", ("opgave", "saldo")),
    ("fig_financiering", ("financiering", "totaal")),
)
"""Every total the applicant may state (its figure, and where the file states it), in
the form's order."""


def _computed(calc: Calculation, figure: str) -> Decimal | None:
    return {
        "fig_initiele_kosten": calc.initiele_kosten,
        "fig_uitvoeringskosten": calc.uitvoeringskosten,
        "fig_totaal_kosten": calc.totaal_kosten,
        "fig_mpt_vpt": calc.uitstel_mpt_vpt.totaal,
        "fig_intramuraal": calc.uitstel_intramuraal.totaal,
        "fig_overige_besparingen": calc.overige_besparingen,
        "fig_totaal_baten": calc.totaal_baten,
        "fig_saldo": calc.saldo,
        "fig_financiering": calc.financiering_totaal,
    }[figure]


def stated_totals(case: Businesscase, calc: Calculation) -> Iterator[StatedTotal]:
    """Every total the applicant may state, in the form's order, with the computed value
    beside it; ``stated`` is None where the file does not state it."""
    for figure, path in STATED:
        yield figure, path, _stated_at(case, path), _computed(calc, figure)


def check_stated_totals(
    case: Businesscase, calc: Calculation, source_map: SourceMap
) -> Iterator[Finding]:
    """A001: every total the applicant states must equal the computed one, to the cent."""
    for figure, path, stated, computed in stated_totals(case, calc):
        if stated is None or computed is None or stated == computed:
            continue
        yield Finding(
            "A001",
            Severity.ERROR,
            path,
            source_map.locate(path),
            {"figure": Term(figure)},
            stated=stated,
            computed=computed,
        )


_DEPENDS: tuple[tuple[DataPath, frozenset[str]], ...] = (
    (("kosten", "initieel"), frozenset({"fig_initiele_kosten", "fig_totaal_kosten", "fig_saldo",
                                        "shares"})),
    (("kosten", "uitvoering"), frozenset({"fig_uitvoeringskosten", "fig_totaal_kosten",
                                          "fig_saldo", "shares"})),
    (("baten", "uitstel_mpt_vpt"), frozenset({"fig_mpt_vpt", "fig_totaal_baten", "fig_saldo"})),
    (("baten", "uitstel_intramuraal"), frozenset({"fig_intramuraal", "fig_totaal_baten",
                                                  "fig_saldo"})),
    (("baten", "overige"), frozenset({"fig_overige_besparingen", "fig_totaal_baten",
                                      "fig_saldo"})),
    (("financiering",), frozenset({"cofinancing", "grant", "fig_financiering", "shares"})),
    (("experiment", "variant"), frozenset({"grant", "fig_financiering", "shares"})),
)  # fmt: skip
"""Which computed figures each part of the file feeds (``shares``: the percentages of the
total costs, and the margin)."""


def unknown_figures(findings: Iterable[Finding]) -> tuple[frozenset[str], frozenset[DataPath]]:
    """The figures that cannot be computed because a value they depend on could not be
    read (a finding of the file's reading, ``S...``, at that value), and the paths of the
    values that could not be read: a report shows none of them as a number (issue 27)."""
    stated = {path for _figure, path in STATED}
    figures: set[str] = set()
    unread: set[DataPath] = set()
    for finding in findings:
        path = finding.path
        # a value the reading refused (an error); S007, a value read as meant, is no gap
        if not finding.code.startswith("S") or finding.severity is not Severity.ERROR or not path:
            continue
        unread.add(path)
        if path in stated:
            continue
        for prefix, fed in _DEPENDS:
            depth = min(len(prefix), len(path))
            if path[:depth] == prefix[:depth]:
                figures |= fed
    return frozenset(figures), frozenset(unread)


@dataclass(frozen=True)
class Unknown:
    """What a report of a file with unreadable values must not show as a number: the
    figures computed from them (:data:`_DEPENDS`' names), and the values themselves."""

    figures: frozenset[str] = frozenset()
    paths: frozenset[DataPath] = frozenset()
    lines: str = ""
    """The lines of those values (``597, 612``), for the reports to say what to fix first."""

    def __bool__(self) -> bool:
        return bool(self.figures or self.paths)


NOTHING_UNKNOWN = Unknown()


def unknowns(findings: Iterable[Finding], judged: bool) -> Unknown:
    """:func:`unknown_figures` of a checked file (nothing where all could be read)."""
    if judged:
        return NOTHING_UNKNOWN
    findings = tuple(findings)
    figures, paths = unknown_figures(findings)
    lines = sorted({f.position.line for f in findings if f.path in paths})
    return Unknown(figures, paths, ", ".join(str(n) for n in lines))
