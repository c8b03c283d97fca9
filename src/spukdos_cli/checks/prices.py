"""Rates compared with the price list (codes P…).

The form: "Als u kostenposten opvoert die in de maatschappelijke prijslijst staan, dan
moet u met die bedragen rekenen. Mocht een tarief voor uw experiment enorm afwijken, dan
kunt u bij uitzondering met onderbouwing een ander tarief gebruiken." A benefit's rate (C)
or a cost post may name an entry (``tarief: KEY``); spukdos then compares. Pure.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from decimal import Decimal

from spukdos_cli.findings import Emit, Finding, ParamValue, Quantity, Severity, Term
from spukdos_cli.form.model import Businesscase, delay_blocks
from spukdos_cli.form.money import EXACT, round_cents, share
from spukdos_cli.grant.prices import PriceEntry, PriceList
from spukdos_cli.positions import DataPath, SourceMap

DEFAULT_TOLERANCE_PCT = Decimal(10)
"""A rate may deviate this many percent from the list before a justification is asked.
spukdos's own default (the form says only "enorm afwijken"); set with --tolerantie."""


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _unknown_key(emit: Emit, path: DataPath, key: str, prices: PriceList) -> Finding:
    guess = difflib.get_close_matches(key, prices.keys, n=1, cutoff=0.5)
    hint = Term("hint_did_you_mean", {"guess": guess[0]}) if guess else Term("")
    return emit("P001", Severity.ERROR, path, key=key, list=prices.naam, hint=hint)


def _compare(
    emit: Emit,
    path: DataPath,
    rate: Decimal,
    entry: PriceEntry,
    justification: str | None,
    tolerance: Decimal,
) -> Iterator[Finding]:
    deviation = share(EXACT.subtract(rate, entry.bedrag), entry.bedrag)
    if deviation is None or abs(deviation) <= tolerance:
        return
    params: dict[str, ParamValue] = {
        "rate": rate,
        "listed": entry.bedrag,
        "key": entry.sleutel,
        "deviation": Quantity(deviation, "signed_pct"),
        "tolerance": Quantity(tolerance, "pct"),
    }
    if _blank(justification):
        yield Finding("P002", Severity.WARNING, path, emit.source_map.locate(path), params)
    else:
        yield Finding("P003", Severity.INFO, path, emit.source_map.locate(path), params)


ROUTE_WORDS: dict[str, tuple[str, ...]] = {
    "uitstel_mpt_vpt": ("mpt", "vpt", "pakket thuis"),
    "uitstel_intramuraal": ("verpleeghuis", "intramura", "zzp", "verblijf", "opname"),
}
"""Words in a price list entry's key or description that make it a day rate for a route's
C: the keys P005 suggests. The built-in list has one for the intramural route (a day in a
nursing home) and none for MPT/VPT."""


def _day_rates_for(route: str, prices: PriceList) -> list[str]:
    words = ROUTE_WORDS.get(route, ())
    return [
        entry.sleutel
        for entry in prices.tarieven
        if entry.eenheid == "per_dag"
        and any(word in f"{entry.sleutel} {entry.omschrijving}".lower() for word in words)
    ]


def check_prices(
    case: Businesscase,
    prices: PriceList,
    tolerance: Decimal,
    source_map: SourceMap,
    held_against: Term | None = None,
) -> list[Finding]:
    """Every named rate against the price list; benefit rates without a name are noted,
    with ``held_against`` (:func:`spukdos_cli.checks.ranges.range_reference`): the
    reference such a rate was held against instead."""
    emit = Emit(source_map)
    findings: list[Finding] = []
    baten = case.baten
    for name, block in delay_blocks(baten):
        if block is None or block.kosten_per_dag is None:
            continue
        base: DataPath = ("baten", name)
        if block.tarief is None:
            held = held_against or Term("")
            candidates = _day_rates_for(name, prices)
            # ask for a key only where the price list has one to name (issue 27): for
            # MPT/VPT the built-in list has none
            ask = (
                Term("p005_ask", {"keys": ", ".join(candidates)})
                if candidates
                else Term("p005_no_key")
            )
            findings.append(
                emit("P005", Severity.INFO, (*base, "kosten_per_dag"), held=held, ask=ask)
            )
            continue
        entry = prices.get(block.tarief)
        if entry is None:
            findings.append(_unknown_key(emit, (*base, "tarief"), block.tarief, prices))
            continue
        if entry.eenheid != "per_dag":
            findings.append(
                emit(
                    "P004",
                    Severity.WARNING,
                    (*base, "tarief"),
                    key=entry.sleutel,
                    unit=entry.eenheid,
                )
            )
            continue
        findings += _compare(
            emit,
            (*base, "kosten_per_dag"),
            block.kosten_per_dag,
            entry,
            block.onderbouwing_tarief,
            tolerance,
        )
    kosten = case.kosten
    for group in ("initieel", "uitvoering"):
        posts = getattr(kosten, group) if kosten else None
        for i, post in enumerate(posts or ()):
            if post.tarief is None:
                continue
            base = ("kosten", group, i)
            entry = prices.get(post.tarief)
            if entry is None:
                findings.append(_unknown_key(emit, (*base, "tarief"), post.tarief, prices))
                continue
            if post.aantal is None or post.aantal == 0 or post.bedrag is None:
                findings.append(emit("P006", Severity.INFO, (*base, "tarief"), key=entry.sleutel))
                continue
            rate = round_cents(post.bedrag / post.aantal)  # the implied rate per unit
            findings += _compare(
                emit, (*base, "bedrag"), rate, entry, post.onderbouwing_tarief, tolerance
            )
    return findings
