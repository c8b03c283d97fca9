"""The calculation core: every figure of form part 2, recomputed from the inputs.

Pure functions over the model: no I/O, no printing. Amounts are Decimal throughout; sums
are exact and the only rounding is the one the form shows, A × B × C to whole cents,
half up (see :mod:`spukdos_cli.form.money`). A missing amount counts as zero here; the
completeness check reports that it is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spukdos_cli.form.model import Businesscase, Kostenpost, Uitstel
from spukdos_cli.form.money import ZERO, product, round_cents, share, total


@dataclass(frozen=True)
class DelayBenefit:
    """Form part 2, 'Financiële baten': A days × B residents × C cost per resident per day.

    ``exact`` is the unrounded product, ``totaal`` that product rounded to cents (None
    while a factor is missing).
    """

    dagen: Decimal | None
    inwoners: Decimal | None
    kosten_per_dag: Decimal | None
    exact: Decimal | None
    totaal: Decimal | None

    @property
    def amount(self) -> Decimal:
        return self.totaal if self.totaal is not None else ZERO


@dataclass(frozen=True)
class Calculation:
    """All derived figures of one businesscase."""

    initiele_kosten: Decimal
    """Form section 9, 'Totaal initiële projectkosten'."""
    uitvoeringskosten: Decimal
    """Form section 10, 'Totaal uitvoeringskosten'."""
    totaal_kosten: Decimal
    """Initial plus execution costs (form section 13, 'Kosten')."""
    uitstel_mpt_vpt: DelayBenefit
    """Form section 12, 'Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT'."""
    uitstel_intramuraal: DelayBenefit
    """Form section 12, 'Besparing door uitstel opname in intramurale setting'."""
    overige_besparingen: Decimal
    """Form section 12, 'Overige besparingen' (e.g. Wmo, Zvw)."""
    totaal_baten: Decimal
    """The three financial benefits together."""
    saldo: Decimal
    """Form section 13, 'Totaal financieel effect van experiment (baten − kosten)'."""
    bijdragen: Decimal
    """Form section 11: the partners' contributions (co-financing)."""
    uitkering: Decimal | None
    """Form section 11: the grant applied for, as stated."""
    financiering_totaal: Decimal
    """Contributions plus grant."""

    @property
    def positief(self) -> bool:
        """The form's criterion: expected benefits at least as large as the costs."""
        return self.totaal_baten >= self.totaal_kosten

    @property
    def marge_pct(self) -> Decimal | None:
        """The net effect as a percentage of the costs."""
        return share(self.saldo, self.totaal_kosten)

    @property
    def aandeel_uitkering_pct(self) -> Decimal | None:
        """The grant as a percentage of the total costs."""
        if self.uitkering is None:
            return None
        return share(self.uitkering, self.totaal_kosten)

    @property
    def aandeel_cofinanciering_pct(self) -> Decimal | None:
        """The co-financing as a percentage of the total costs."""
        return share(self.bijdragen, self.totaal_kosten)


def sum_posts(posts: tuple[Kostenpost, ...] | None) -> Decimal:
    """Form sections 9 and 10: the sum of the posts' amounts."""
    return total([post.bedrag for post in posts or () if post.bedrag is not None])


def delay_benefit(block: Uitstel | None) -> DelayBenefit:
    """Form section 12: A × B × C, rounded to cents half up."""
    if block is None:
        return DelayBenefit(None, None, None, None, None)
    return delay_factors(block.dagen, block.inwoners, block.kosten_per_dag)


def delay_factors(
    dagen: Decimal | None, inwoners: Decimal | None, kosten_per_dag: Decimal | None
) -> DelayBenefit:
    """A × B × C of the three factors, rounded to cents half up (none when one is absent)."""
    factors = (dagen, inwoners, kosten_per_dag)
    if dagen is None or inwoners is None or kosten_per_dag is None:
        return DelayBenefit(*factors, exact=None, totaal=None)
    exact = product(dagen, inwoners, kosten_per_dag)
    return DelayBenefit(*factors, exact=exact, totaal=round_cents(exact))


def calculate(case: Businesscase) -> Calculation:
    """Recompute every figure of form part 2 from the inputs in ``case``."""
    kosten = case.kosten
    initieel = sum_posts(kosten.initieel if kosten else None)
    uitvoering = sum_posts(kosten.uitvoering if kosten else None)
    totaal_kosten = total([initieel, uitvoering])

    baten = case.baten
    mpt_vpt = delay_benefit(baten.uitstel_mpt_vpt if baten else None)
    intramuraal = delay_benefit(baten.uitstel_intramuraal if baten else None)
    overige = total(
        [item.bedrag for item in (baten.overige or ()) if item.bedrag is not None] if baten else []
    )
    totaal_baten = total([mpt_vpt.amount, intramuraal.amount, overige])

    financiering = case.financiering
    bijdragen = total(
        [b.bedrag for b in (financiering.bijdragen or ()) if b.bedrag is not None]
        if financiering
        else []
    )
    uitkering = financiering.uitkering if financiering else None

    return Calculation(
        initiele_kosten=initieel,
        uitvoeringskosten=uitvoering,
        totaal_kosten=totaal_kosten,
        uitstel_mpt_vpt=mpt_vpt,
        uitstel_intramuraal=intramuraal,
        overige_besparingen=overige,
        totaal_baten=totaal_baten,
        saldo=total([totaal_baten, -totaal_kosten]),
        bijdragen=bijdragen,
        uitkering=uitkering,
        financiering_totaal=total([bijdragen, uitkering if uitkering is not None else ZERO]),
    )
