"""A round of applications (``spukdos ronde``): each application's status from its
findings, the same application submitted twice, and the budget with a reproducible draw.

Pure: no I/O, no printing. The rule (documented in ``docs/ronde.md``, with its sources):

1. ``onleesbaar``: the file could not be read into a businesscase (or checking it hit a
   bug): nothing to decide; someone opens it by hand.
2. ``onvolledig``: something the form or the DUS-I page asks for is missing
   (:data:`INCOMPLETE`): the applicant gets the incompleteness letter, once ("U krijgt één
   keer de mogelijkheid om uw aanvraag compleet te maken", source 002). Checked before
   the rules: an incomplete application is not processed, so it is not yet rejected.
3. ``afwijzen``: complete, but a rule of the grant is broken (:data:`REJECT`).
4. ``beoordelen``: complete, no rule broken, but another error finding (a stated amount
   that does not match, ...) or no grant requested: a person decides; not in the budget.
5. Otherwise the application may be granted: ``toekennen`` when the requested grants fit
   the budget, else a draw (:func:`draw`): ``toekennen`` or ``uitgeloot`` by the drawn
   order, or ``loting`` while no seed is given.

``dubbel``: a second file of the same application (same municipality and experiment,
:func:`application_key`) that does not count (:func:`mark_duplicates`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, get_args

from spukdos_cli.checks.batch import Column, Row
from spukdos_cli.findings import Finding, Place, Severity

if TYPE_CHECKING:
    from spukdos_cli.checks.pipeline import FileResult

Status = Literal[
    "toekennen",
    "uitgeloot",
    "loting",
    "afwijzen",
    "onvolledig",
    "beoordelen",
    "onleesbaar",
    "dubbel",
]
STATUSES: tuple[Status, ...] = get_args(Status)
"""Every status, in the order summaries list them."""

GRANTABLE: Status = "toekennen"
"""The status an application has before the budget is applied: it may be granted."""

INCOMPLETE: dict[str, str] = {
    "C001": "002",  # a section of the form with unanswered questions
    "R053": "002",  # the care office's advice without all its parts
    "R011": "000",  # an e-mail address of a contact that is not one
    "R012": "000",  # a phone number of a contact that is not one
    "S001": "000",  # the file holds an item the form does not have
    "S002": "000",  # an answer of the wrong kind (text where an amount is asked, ...)
    "S003": "000",  # a negative amount or count
    "S004": "000",  # a number that could be read two ways
    "S005": "000",  # the format's version missing
    "S006": "000",  # a choice that is not one of the form's
}
"""Finding code -> source: what makes an application incomplete (a letter is due)."""

ADVICE_MISSING = "R050"
"""The care office's advice not in the file: incomplete only with ``--advies-vereist``
(the advice is part of the application form, not of the businesscase, and a filled-in
form document never holds it)."""

REJECT: dict[str, str] = {
    "V001": "000",  # the businesscase is not positive (benefits < costs)
    "R001": "000",  # the financing does not cover the costs
    "R002": "000",  # more than 80 % from the grant (co-financing variant)
    "R003": "000",  # less than 20 % co-financed
    "R004": "000",  # grant does not match the clients (central person variant)
    "R007": "000",  # grant higher than the costs
    "R008": "000",  # the financing does not match the costs
    "R010": "000",  # not the parties the form asks to have committed
    "R020": "000",  # end date before the start date
    "R021": "000",  # outside the grant period
    "R030": "000",  # no participation in the monitor (also 002)
    "R040": "000",  # the target group already receives Wlz care
    "R051": "002",  # the care office's advice is negative
}
"""Finding code -> source: the rules of the grant whose breach rejects a complete
application."""

UNREADABLE_VERDICTS = frozenset({"unreadable", "internal_error"})


def application_status(
    verdict: str,
    findings: Iterable[Finding],
    grant: Decimal | None,
    *,
    advice_required: bool = False,
) -> tuple[Status, tuple[str, ...]]:
    """The status of one application, before the budget, and the codes that decided it
    (the rule in this module's docstring). ``verdict`` is the file's
    (:mod:`spukdos_cli.checks.verdict`) or ``internal_error``; ``grant`` the grant it
    requests. The budget turns the ``toekennen`` this returns into the round's answer."""
    if verdict in UNREADABLE_VERDICTS:
        return "onleesbaar", ()
    incomplete = set(INCOMPLETE) | ({ADVICE_MISSING} if advice_required else set())
    codes = _codes(findings)
    missing = tuple(c for c in codes if c in incomplete)
    if missing:
        return "onvolledig", missing
    broken = tuple(c for c in codes if c in REJECT)
    if broken:
        return "afwijzen", broken
    other = tuple(c for c, severity in codes.items() if severity is Severity.ERROR)
    if other or grant is None or grant <= 0:
        return "beoordelen", other
    return GRANTABLE, ()


def _codes(findings: Iterable[Finding]) -> dict[str, Severity]:
    """Each code once, in the order found, with its severity."""
    codes: dict[str, Severity] = {}
    for finding in findings:
        codes.setdefault(finding.code, finding.severity)
    return codes


# -- one application -------------------------------------------------------------------------
def normalised(text: str | None) -> str:
    """A name as the key compares it: accents, case, punctuation and spacing left out, and
    a leading ``gemeente`` dropped ("Gemeente Amstelveen " and "amstelveen" are one)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    if words and words[0] == "gemeente":
        words = words[1:]
    return " ".join(words)


def application_key(municipality: str | None, experiment: str | None) -> str:
    """The key of an application: its coordinating municipality and its experiment, both
    :func:`normalised`, joined by ``|`` (``amstelveen|van ouderenzorg naar samenzorg``)."""
    return f"{normalised(municipality)}|{normalised(experiment)}"


@dataclass(frozen=True)
class MissingPart:
    """What the letter asks for in one part of the form: the part (a section key of
    :mod:`spukdos_cli.messages.sections`, or ``advies`` for the care office's advice), the
    place in the submitted file where that part begins, and the items, in words."""

    part: str
    where: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class RoundRow(Row):
    """One application of a round: the batch row (:class:`~spukdos_cli.checks.batch.Row`)
    and what the round needs besides: the grant requested, the status and why, the
    contact a letter goes to, and the draw's numbers. Plain values, cheap to send between
    processes; the missing parts are in Dutch, for the letter."""

    experiment: str | None = None
    uitkering: Decimal | None = None
    status: Status = "onleesbaar"
    redenen: str = ""
    """The codes that decided the status, space-separated."""
    sleutel: str = ""
    """The application's key (:func:`application_key`)."""
    gewijzigd: str | None = None
    """When the file was last changed (ISO 8601, UTC); decides which of two files counts."""
    mtime_ns: int = 0
    vervangen_door: str | None = None
    """For a ``dubbel``: the file that counts instead."""
    lot: int | None = None
    """The place in the drawn order (1 is drawn first); None without a draw."""
    lot_code: str | None = None
    """The SHA-256 the draw orders by (:func:`ticket`)."""
    contact_organisatie: str | None = None
    contact_naam: str | None = None
    contact_email: str | None = None
    ontbreekt: tuple[MissingPart, ...] = ()


# -- the same application twice -----------------------------------------------------------------
@dataclass(frozen=True)
class Duplicate:
    """Files of one application: the one that counts, and the others."""

    key: str
    counts: str
    others: tuple[str, ...]
    named: bool
    """True when the file that counts was named (``--geldt``), False when it is the latest."""


def mark_duplicates(
    rows: Sequence[RoundRow], named: Iterable[str] = ()
) -> tuple[list[RoundRow], list[Duplicate]]:
    """Find files of the same application (same :attr:`RoundRow.sleutel`; an unreadable
    file has no key and is never a duplicate) and keep one: the file named in ``named``
    when one of them is, else the one changed last (equal times: the last by file name).
    The others get status ``dubbel`` and are never in the budget. Rows keep their order."""
    chosen = set(named)
    groups: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        if row.status != "onleesbaar" and row.sleutel != "|":
            groups.setdefault(row.sleutel, []).append(index)
    out = list(rows)
    duplicates: list[Duplicate] = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        picked = [i for i in members if rows[i].file in chosen]
        counts = (
            picked[-1] if picked else max(members, key=lambda i: (rows[i].mtime_ns, rows[i].file))
        )
        others = tuple(rows[i].file for i in members if i != counts)
        for i in members:
            if i != counts:
                out[i] = replace(rows[i], status="dubbel", vervangen_door=rows[counts].file)
        duplicates.append(Duplicate(key, rows[counts].file, others, named=bool(picked)))
    return out, duplicates


# -- the budget and the draw ------------------------------------------------------------------
def ticket(seed: str, key: str) -> str:
    """The lot of an application: SHA-256 (hexadecimal, lower case) of the UTF-8 text
    ``seed + "|" + key``. The draw orders applications by this, smallest first."""
    return hashlib.sha256(f"{seed}|{key}".encode()).hexdigest()


@dataclass(frozen=True)
class Outcome:
    """The budget applied: the rows with their final status, and the figures."""

    rows: list[RoundRow]
    duplicates: list[Duplicate]
    budget: Decimal
    requested: Decimal
    """The sum of the grants requested by the applications that may be granted."""
    granted: Decimal
    left: Decimal
    drawn: bool
    """True when a draw was needed (the requests exceed the budget)."""
    seed: str | None

    @property
    def fits(self) -> bool:
        return not self.drawn

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)


def draw(rows: Sequence[RoundRow], seed: str) -> list[RoundRow]:
    """The grantable rows in drawn order: sorted by :func:`ticket` of the seed and each
    row's key (ties, impossible in practice, by key and file), each with its place
    (:attr:`RoundRow.lot`) and ticket filled in."""
    tickets = [(ticket(seed, r.sleutel), r.sleutel, r.file, r) for r in rows]
    tickets.sort(key=lambda t: t[:3])
    return [
        replace(row, lot=place, lot_code=code)
        for place, (code, _, _, row) in enumerate(tickets, start=1)
    ]


def decide_round(
    rows: Sequence[RoundRow],
    budget: Decimal,
    seed: str | None,
    named: Iterable[str] = (),
) -> Outcome:
    """The round: duplicates set apart (:func:`mark_duplicates`), then the grants of the
    applications that may be granted against ``budget``. When they fit, each is
    ``toekennen``. When they do not, the draw (:func:`draw`) with ``seed``: in drawn order an
    application is granted when its whole grant fits in what is left, else it is
    ``uitgeloot`` and the next one is tried (no grant is cut down); without a seed every
    one of them is ``loting``. Independent of the order of ``rows``, except the order
    the rows are returned in, which is theirs."""
    marked, duplicates = mark_duplicates(rows, named)
    candidates = [r for r in marked if r.status == GRANTABLE]
    requested = sum((r.uitkering or Decimal(0) for r in candidates), Decimal("0.00"))
    decided: dict[str, RoundRow] = {}
    granted = Decimal("0.00")
    drawn = requested > budget
    if not drawn:
        granted = requested
    elif seed is None:
        decided = {r.file: replace(r, status="loting") for r in candidates}
    else:
        left = budget
        for row in draw(candidates, seed):
            grant = row.uitkering or Decimal(0)
            if grant <= left:
                left -= grant
                granted += grant
                decided[row.file] = row
            else:
                decided[row.file] = replace(row, status="uitgeloot")
    final = [decided.get(r.file, r) for r in marked]
    return Outcome(
        rows=final,
        duplicates=duplicates,
        budget=budget,
        requested=requested,
        granted=granted,
        left=budget - granted,
        drawn=drawn,
        seed=seed,
    )


# -- from a checked file ----------------------------------------------------------------------
ADVICE_PART = "advies"
"""The part of the letter for the care office's advice (not a section of the businesscase
format: part of the application form, source 002)."""

_PART_BY_CODE = {"R050": ADVICE_PART, "R053": ADVICE_PART, "R011": "partijen", "R012": "partijen"}


def round_row(
    result: FileResult,
    row: Row,
    *,
    advice_required: bool = False,
    mtime_ns: int = 0,
    changed: str | None = None,
) -> RoundRow:
    """The round's row of a checked file (``row`` is its batch row): status, grant
    requested, key, contact, and what is missing in words for the letter."""
    from dataclasses import fields

    case = result.case
    experiment = case.experiment if case is not None else None
    grant = case.financiering.uitkering if case is not None and case.financiering else None
    status, reasons = application_status(
        row.verdict, result.findings, grant, advice_required=advice_required
    )
    organisation, name, email = _contact(result)
    base = {f.name: getattr(row, f.name) for f in fields(Row)}
    return RoundRow(
        **base,
        experiment=experiment.naam if experiment else None,
        uitkering=grant,
        status=status,
        redenen=" ".join(reasons),
        sleutel=application_key(row.gemeente, experiment.naam if experiment else None),
        gewijzigd=changed,
        mtime_ns=mtime_ns,
        contact_organisatie=organisation,
        contact_naam=name,
        contact_email=email,
        ontbreekt=missing_parts(result, advice_required) if status == "onvolledig" else (),
    )


def as_round_row(row: Row) -> RoundRow:
    """A batch row that is not yet a round's (checking its file hit a bug): unreadable."""
    if isinstance(row, RoundRow):
        return row
    from dataclasses import fields

    return RoundRow(**{f.name: getattr(row, f.name) for f in fields(Row)}, status="onleesbaar")


def _contact(result: FileResult) -> tuple[str | None, str | None, str | None]:
    """The coordinating municipality's party and its first contact person: the party with
    role ``gemeente`` whose organisation names the experiment's municipality, else the
    first with that role."""
    case = result.case
    if case is None or not case.partijen:
        return None, None, None
    municipality = normalised(case.experiment.gemeente if case.experiment else None)
    parties = [p for p in case.partijen if p.rol == "gemeente"]
    if not parties:
        return None, None, None
    named = [p for p in parties if municipality and municipality in normalised(p.organisatie)]
    party = (named or parties)[0]
    person = next((c for c in party.contactpersonen or () if c.naam or c.email), None)
    return party.organisatie, person.naam if person else None, person.email if person else None


def _part_of(finding: Finding) -> str:
    """The section of the form a finding belongs to (the deepest section whose data path
    begins the finding's), or the advice."""
    from spukdos_cli.checks.completeness import SECTIONS
    from spukdos_cli.findings import Term

    if finding.code in _PART_BY_CODE:
        return _PART_BY_CODE[finding.code]
    section = finding.params.get("section")
    if isinstance(section, Term) and section.key.startswith("section_"):
        return section.key.removeprefix("section_")
    best, depth = "algemeen", 0
    for candidate in SECTIONS:
        path = candidate.path
        if tuple(finding.path[: len(path)]) == path and len(path) > depth:
            best, depth = candidate.key, len(path)
    return best


def _where(finding: Finding, lang: str) -> str:
    from spukdos_cli.messages.places import describe_source
    from spukdos_cli.positions import SourceRef

    position = finding.position
    return describe_source(position.source or SourceRef(line=position.line), lang)


def _asked(place: Place, words: str) -> str:
    """A missing item in words, with the form's own question for it where it has one
    (``einddatum — Tot wanneer loopt het experiment?``)."""
    from spukdos_cli.form.questions import QUESTIONS

    key = ""
    for part in place.path:
        key += "[]" if isinstance(part, int) else f".{part}" if key else str(part)
    question = QUESTIONS.get(key)
    return f"{words} — {question.vraag}" if question is not None else words


def missing_parts(
    result: FileResult, advice_required: bool, lang: str = "nl"
) -> tuple[MissingPart, ...]:
    """What an incomplete application lacks, per part of the form in the form's order (the
    advice last): each unanswered question in the form's words, and each other finding
    that makes it incomplete as its message; with the place where the part begins in the
    submitted file. In a document, a question's own line is left out: it counts the lines
    of the text read from the document, which the applicant does not see."""
    from spukdos_cli.findings import Places
    from spukdos_cli.messages.catalogue import render
    from spukdos_cli.messages.fields import describe
    from spukdos_cli.messages.sections import SECTION_TITLES

    incomplete = set(INCOMPLETE) | ({ADVICE_MISSING} if advice_required else set())
    document = result.source_kind != "yaml"
    parts: dict[str, tuple[str, list[str]]] = {}
    for finding in result.findings:
        if finding.code not in incomplete:
            continue
        part = _part_of(finding)
        _, items = parts.setdefault(part, (_where(finding, lang), []))
        missing = finding.params.get("missing")
        if finding.code in ("C001", "R053") and isinstance(missing, Places):  # R053: the
            for place in missing.items:  # advice's parts
                shown = replace(place, line=None) if document else place
                items.append(_asked(shown, describe(shown, lang)))
        else:
            items.append(render(finding, lang))
    order = [*SECTION_TITLES, ADVICE_PART]
    return tuple(
        MissingPart(part, parts[part][0], tuple(parts[part][1]))
        for part in sorted(parts, key=lambda p: order.index(p) if p in order else len(order))
    )


ROUND_COLUMNS: tuple[Column, ...] = (
    Column("file", "text", label="file"),
    Column("gemeente", "text", label="municipality"),
    Column("experiment", "text", label="ronde_col_experiment"),
    Column("variant", "text"),
    Column("uitkering", "money", label="ronde_col_uitkering"),
    Column("totaal_kosten", "money", label="fig_totaal_kosten"),
    Column("saldo", "money", label="saldo"),
    Column("complete", "bool", label="batch_complete"),
    Column("errors", "int", label="ci_errors"),
    Column("status", "text", label="status"),
    Column("redenen", "text", label="ronde_col_redenen"),
    Column("lot", "int", label="ronde_col_lot"),
    Column("lot_code", "text", label="ronde_col_lot_code"),
    Column("sleutel", "text", label="ronde_col_sleutel"),
    Column("vervangen_door", "text", label="ronde_col_vervangen_door"),
    Column("gewijzigd", "text", label="ronde_col_gewijzigd"),
    Column("contact_naam", "text", label="ronde_col_contact"),
    Column("verdict", "text", label="verdict"),
    Column("codes", "text"),
    Column("source_kind", "text", label="source_title"),
    Column("error", "text"),
)
"""The overview's columns: one row per application."""
