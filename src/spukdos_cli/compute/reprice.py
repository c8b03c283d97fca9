"""Benefits recalculated with a price list: what a case would save at the list's rates.

Form section 12 computes each delay benefit as A days × B residents × C cost per resident
per day. When the applicant names a price-list entry for C (``tarief: KEY``) and that
entry is a rate per day, :func:`reprice` recomputes A × B × the list's rate (rounded to
cents, half up, as the form does) and, from it, the total benefits, the net effect and
the verdict. A benefit whose rate names no entry, an unknown entry or one with another
unit keeps its submitted figure. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spukdos_cli.compute.calculate import Calculation, DelayBenefit
from spukdos_cli.form.model import Businesscase, Uitstel
from spukdos_cli.form.money import product, round_cents, total
from spukdos_cli.grant.prices import PriceList


@dataclass(frozen=True)
class RepricedBenefit:
    """One delay benefit at the list's rate; ``rate`` is None when it was not repriced."""

    key: str | None
    rate: Decimal | None
    totaal: Decimal | None

    @property
    def repriced(self) -> bool:
        return self.rate is not None


@dataclass(frozen=True)
class Repriced:
    """The figures that change when the price list's rates replace the submitted ones."""

    uitstel_mpt_vpt: RepricedBenefit
    uitstel_intramuraal: RepricedBenefit
    totaal_baten: Decimal
    saldo: Decimal
    totaal_kosten: Decimal

    @property
    def positief(self) -> bool:
        """The form's criterion at the list's rates: benefits at least the costs."""
        return self.totaal_baten >= self.totaal_kosten

    @property
    def repriced(self) -> bool:
        """True when at least one benefit was recalculated."""
        return self.uitstel_mpt_vpt.repriced or self.uitstel_intramuraal.repriced


def _benefit(block: Uitstel | None, submitted: DelayBenefit, prices: PriceList) -> RepricedBenefit:
    key = block.tarief if block is not None else None
    entry = prices.get(key) if key is not None else None
    if (
        block is None
        or entry is None
        or entry.eenheid != "per_dag"
        or block.dagen is None
        or block.inwoners is None
    ):
        return RepricedBenefit(key, None, submitted.totaal)
    return RepricedBenefit(
        key, entry.bedrag, round_cents(product(block.dagen, block.inwoners, entry.bedrag))
    )


def _amount(benefit: RepricedBenefit) -> Decimal:
    return benefit.totaal if benefit.totaal is not None else Decimal("0.00")


def reprice(case: Businesscase, calc: Calculation, prices: PriceList) -> Repriced:
    """Form section 12 and 13 again, with every named per-day rate taken from ``prices``."""
    baten = case.baten
    mpt_vpt = _benefit(baten.uitstel_mpt_vpt if baten else None, calc.uitstel_mpt_vpt, prices)
    intramuraal = _benefit(
        baten.uitstel_intramuraal if baten else None, calc.uitstel_intramuraal, prices
    )
    totaal_baten = total([_amount(mpt_vpt), _amount(intramuraal), calc.overige_besparingen])
    return Repriced(
        uitstel_mpt_vpt=mpt_vpt,
        uitstel_intramuraal=intramuraal,
        totaal_baten=totaal_baten,
        saldo=total([totaal_baten, -calc.totaal_kosten]),
        totaal_kosten=calc.totaal_kosten,
    )
