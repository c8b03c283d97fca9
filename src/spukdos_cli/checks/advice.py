"""The care office's advice (``advies_zorgkantoor``, codes R050-R054).

DUS-I asks with every application an advice of the regional care office (zorgkantoor),
part of the application form: the advice must show that the experiment contributes to
reducing the costs in the Wlz, and that the total costs (across the domains) are not
higher than the benefits (source 002). It belongs to the application, not to the
businesscase format, so a file without it gets a note; a file with it gets its two
conclusions checked, and the second compared with the recomputed net effect. Pure.
"""

from __future__ import annotations

from collections.abc import Iterator

from spukdos_cli.checks.premises import Premises
from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.findings import Emit, Finding, Place, Places, Severity, Term
from spukdos_cli.form.model import AdviesZorgkantoor, Businesscase, fields_of
from spukdos_cli.form.parties import parties_named

PATH = ("advies_zorgkantoor",)

REQUIRED = ("zorgkantoor", "datum", "vermindert_wlz_kosten", "kosten_niet_hoger_dan_baten", "tekst")
"""What an advice must say: who gave it, when, its two conclusions and its text."""

CONCLUSIONS = (
    ("vermindert_wlz_kosten", "advice_point_wlz"),
    ("kosten_niet_hoger_dan_baten", "advice_point_costs"),
)
"""The two points the advice must show (source 002), with the term that names each."""


def _answered(advice: AdviesZorgkantoor, name: str) -> bool:
    value = getattr(advice, name)
    return value is not None and not (isinstance(value, str) and not value.strip())


def is_empty(advice: AdviesZorgkantoor | None) -> bool:
    """True when the file holds no advice (absent, or every answer left empty as in a
    starter file)."""
    if advice is None:
        return True
    return not any(_answered(advice, name) for name in fields_of(AdviesZorgkantoor))


def check_advice(
    case: Businesscase, calc: Calculation, emit: Emit, premises: Premises | None = None
) -> Iterator[Finding]:
    """R050 no advice (a note); R053 an advice without all its parts; R051 a negative
    conclusion; R052 "costs not higher than the benefits" against a negative recomputed net
    effect (only once costs and benefits are complete); R054 an advice from an
    organisation that is not the care office among the parties."""
    advice = case.advies_zorgkantoor
    if advice is None or is_empty(advice):
        yield emit("R050", Severity.INFO, PATH, at_key=True)
        return
    missing = [(*PATH, name) for name in REQUIRED if not _answered(advice, name)]
    if missing:  # in the form's words, as the completeness table names them (issue 27)
        places = Places(tuple(Place(path) for path in missing))
        yield emit("R053", Severity.WARNING, PATH, at_key=True, missing=places)
    for name, point in CONCLUSIONS:
        if getattr(advice, name) is False:
            yield emit("R051", Severity.ERROR, (*PATH, name), point=Term(point))
    ready = (premises or Premises()).verdict_ready
    if ready and advice.kosten_niet_hoger_dan_baten is True and not calc.positief:
        yield emit(
            "R052",
            Severity.WARNING,
            (*PATH, "kosten_niet_hoger_dan_baten"),
            costs=calc.totaal_kosten,
            benefits=calc.totaal_baten,
            saldo=calc.saldo,
        )
    care_offices = [p for p in case.partijen or () if p.rol == "zorgkantoor"]
    office = advice.zorgkantoor
    # without any care office among the parties, R010 already asks for one
    if office and office.strip() and care_offices and not parties_named(office, care_offices):
        yield emit("R054", Severity.WARNING, (*PATH, "zorgkantoor"), organisation=office)
