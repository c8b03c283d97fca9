"""Stated versus computed: every total the applicant states must equal the computed one.

Pure: each check takes the model, the calculation and the source map (positions, plain
data) and returns findings. Nothing here prints, exits or reads files.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def stated_totals(case: Businesscase, calc: Calculation) -> Iterator[StatedTotal]:
    """Every total the applicant may state, in the form's order, with the computed value
    beside it; ``stated`` is None where the file does not state it."""
    figures: tuple[tuple[str, DataPath, Decimal | None], ...] = (
        ("fig_initiele_kosten", ("opgave", "initiele_kosten"), calc.initiele_kosten),
        ("fig_uitvoeringskosten", ("opgave", "uitvoeringskosten"), calc.uitvoeringskosten),
        ("fig_totaal_kosten", ("opgave", "totaal_kosten"), calc.totaal_kosten),
        ("fig_mpt_vpt", ("baten", "uitstel_mpt_vpt", "totaal"), calc.uitstel_mpt_vpt.totaal),
        (
            "fig_intramuraal",
            ("baten", "uitstel_intramuraal", "totaal"),
            calc.uitstel_intramuraal.totaal,
        ),
        ("fig_overige_besparingen", ("opgave", "overige_besparingen"), calc.overige_besparingen),
        ("fig_totaal_baten", ("opgave", "totaal_baten"), calc.totaal_baten),
        ("fig_saldo", ("opgave", "saldo"), calc.saldo),
        ("fig_financiering", ("financiering", "totaal"), calc.financiering_totaal),
    )
    for figure, path, computed in figures:
        yield figure, path, _stated_at(case, path), computed


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
