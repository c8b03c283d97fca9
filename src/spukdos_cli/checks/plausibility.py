"""Plausibility: the weak assumptions a reviewer would point out (codes Q…).

Warnings (and a few notes), each explained in one sentence a reviewer would write. Pure.
The thresholds here are spukdos's own reviewing heuristics, not figures from a source;
each is named and documented in ``spukdos explain``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spukdos_cli.checks.grant_rules import term_days
from spukdos_cli.checks.premises import Premises
from spukdos_cli.compute.analysis import is_unsubstantiated, unsubstantiated_savings
from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.findings import Emit, Finding, Quantity, Severity
from spukdos_cli.form.model import Businesscase, delay_blocks
from spukdos_cli.messages.formatting import clip_text

DEFAULT_MAX_DELAY_DAYS = 365
"""Without a term, a delay beyond one year is flagged (heuristic)."""

REGULAR_OPERATIONS = re.compile(
    r"(?=[lab])(?:licentie|licence|license|abonnement|afschrijving|bedrijfsvoering)",
    re.IGNORECASE,
)
"""Words of regular operations (heuristic): any word that holds one of the first five, or
the word ``bedrijfsvoering`` itself. The look-ahead lets the search skip every character
that cannot start one (a cell of 100,000 characters in a few milliseconds)."""
_WORD_CHAR = re.compile(r"\w")
_WORD_REST = re.compile(r"\w*")


def regular_operations_word(text: str) -> str | None:
    """The first word of ``text`` that names regular operations by the first rule (a word
    holding licentie, licence, license, abonnement or afschrijving; ``bedrijfsvoering`` as
    a word of its own), or None."""
    for hit in REGULAR_OPERATIONS.finditer(text):
        start, end = hit.span()
        if hit.group(0).casefold() == "bedrijfsvoering":  # only as a word of its own
            if (start and _WORD_CHAR.match(text, start - 1)) or _WORD_CHAR.match(text, end):
                continue
            return hit.group(0)
        while start and _WORD_CHAR.match(text, start - 1):  # once: this word is the answer
            start -= 1
        return text[start : _WORD_REST.match(text, end).end()]  # type: ignore[union-attr]
    return None


OPERATIONS_VOCABULARY = (
    "huur",
    "huren",
    "huurkosten",
    "huurlasten",
    "kantoorhuur",
    "huisvesting",
    "huisvestingskosten",
    "huisvestingslasten",
    "overhead",
    "overheadkosten",
    "overheadtoeslag",
    "ict-beheer",
    "ict beheer",
    "ict-kosten",
    "applicatiebeheer",
    "systeembeheer",
    "kantoorkosten",
    "kantoorartikelen",
    "energiekosten",
    "hosting",
    "hostingkosten",
    "servicecontract",
    "onderhoudscontract",
    "vaste lasten",
    "reguliere formatie",
    "reguliere taken",
    "licenties",
    "licentie",
    "abonnementen",
    "abonnement",
    "afschrijving",
    "afschrijvingen",
)
"""Words of regular operations and long-running obligations (the form: "kosten voor
reguliere bedrijfsvoering of langlopende verplichtingen zoals licenties voor automatisering
zijn niet aan te merken als kosten voor het experiment"), each matched as a whole word
(case ignored, a space or hyphen in it matches either), beside the compounds of the first
rule (:func:`regular_operations_word`). spukdos's own list, documented in ``spukdos
explain Q007``."""
_VOCABULARY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(w).replace(r"\-", "[- ]").replace(r"\ ", "[- ]")
        for w in sorted(OPERATIONS_VOCABULARY, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


def regular_operations_words(text: str) -> list[str]:
    """Every word of ``text`` that names regular operations (each once, case ignored, in
    the order found): the compounds of :func:`regular_operations_word` and the whole words
    of :data:`OPERATIONS_VOCABULARY`."""
    found: list[str] = []
    seen: set[str] = set()
    hits = [(m.start(), m.group(0)) for m in _VOCABULARY.finditer(text)]
    first = regular_operations_word(text)
    if first is not None:
        hits.append((text.find(first), first))
    for _start, word in sorted(hits):
        key = " ".join(word.casefold().replace("-", " ").split())
        if key not in seen:
            seen.add(key)
            found.append(word)
    return found


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _delay_checks(case: Businesscase, emit: Emit, premises: Premises) -> Iterator[Finding]:
    baten = case.baten
    residents = case.beschrijving.aantal_inwoners if case.beschrijving else None
    # a term that ends before it starts (R020) says nothing about a plausible delay
    max_days = (term_days(case) or DEFAULT_MAX_DELAY_DAYS) if premises.term_in_order else None
    clients = _clients(case)
    for name, block in delay_blocks(baten):
        if block is None:
            continue
        base = ("baten", name)
        if block.inwoners is not None:
            # a fraction asks for its explanation, unless the file gives one (issue 27)
            explained = bool(block.toelichting_inwoners and block.toelichting_inwoners.strip())
            if block.inwoners != block.inwoners.to_integral_value() and not explained:
                yield emit(
                    "Q001", Severity.INFO, (*base, "inwoners"), value=Quantity(block.inwoners)
                )
            # the residents with a delay are among the included clients (variant centraal
            # persoon), who are among the residents helped: one finding, the tighter bound
            if clients is not None and block.inwoners > clients:
                yield emit(
                    "Q009",
                    Severity.WARNING,
                    (*base, "inwoners"),
                    value=Quantity(block.inwoners),
                    clients=clients,
                )
            elif residents is not None and block.inwoners > residents:
                yield emit(
                    "Q002",
                    Severity.WARNING,
                    (*base, "inwoners"),
                    value=Quantity(block.inwoners),
                    residents=Quantity(Decimal(residents)),  # both numbers in one style
                )
        if block.dagen is not None:
            if block.dagen == 0:
                yield emit("Q003", Severity.WARNING, (*base, "dagen"))
            elif max_days is not None and block.dagen > max_days:
                yield emit(
                    "Q004",
                    Severity.WARNING,
                    (*base, "dagen"),
                    value=Quantity(block.dagen),
                    max=Quantity(Decimal(max_days)),
                )


def _clients(case: Businesscase) -> int | None:
    """The clients included in the variant centraal persoon (None in the other variant)."""
    variant = case.experiment.variant if case.experiment else None
    if variant != "centraal_persoon" or case.financiering is None:
        return None
    return case.financiering.aantal_clienten


def _savings_checks(
    case: Businesscase, calc: Calculation, emit: Emit, premises: Premises
) -> Iterator[Finding]:
    items = case.baten.overige if case.baten else None
    for i, item in enumerate(items or ()):
        if item.bedrag is not None and item.bedrag > 0 and is_unsubstantiated(item):
            yield emit(
                "Q005",
                Severity.WARNING,
                ("baten", "overige", i),
                amount=item.bedrag,
                text=item.toelichting or "",
            )
    weak = unsubstantiated_savings(case)
    # the verdict this heuristic doubts exists only once costs and benefits are complete
    if premises.verdict_ready and calc.positief and weak > 0 and calc.saldo - weak < 0:
        yield emit(
            "Q008",
            Severity.WARNING,
            ("baten", "overige"),
            at_key=True,
            weak=weak,
            saldo=calc.saldo,
            without=calc.saldo - weak,
        )


def _cost_checks(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    kosten = case.kosten
    if kosten is None:
        return
    initial = {_norm(p.kostenpost): i for i, p in enumerate(kosten.initieel or ())}
    for group in ("initieel", "uitvoering"):
        for i, post in enumerate(getattr(kosten, group) or ()):
            text = f"{post.kostenpost or ''} {post.beschrijving or ''}"
            words = regular_operations_words(text)
            if words:
                yield emit(
                    "Q007",
                    Severity.WARNING,
                    ("kosten", group, i),
                    word=words[0],
                    words=", ".join(f"'{w}'" for w in words),
                )
            name = _norm(post.kostenpost)
            if group == "uitvoering" and name and name in initial and post.bedrag:
                yield emit(
                    "Q006",
                    Severity.WARNING,
                    ("kosten", group, i, "kostenpost"),
                    post=clip_text(post.kostenpost or ""),
                    other=f"kosten.initieel[{initial[name]}]",
                )


def check_plausibility(
    case: Businesscase, calc: Calculation, emit: Emit, premises: Premises | None = None
) -> list[Finding]:
    """The Q checks; ``premises`` (:mod:`spukdos_cli.checks.premises`) keeps a heuristic
    silent when the premise it rests on was found broken."""
    premises = premises or Premises()
    return [
        *_delay_checks(case, emit, premises),
        *_savings_checks(case, calc, emit, premises),
        *_cost_checks(case, emit),
    ]
