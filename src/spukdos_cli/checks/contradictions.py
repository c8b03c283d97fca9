"""Texts that state the opposite of a yes/no answer (codes Q015, Q016; notes).

A small, documented set of Dutch phrases, each looked for sentence by sentence; a match is
a note that quotes the sentence, never an error: a text can be read in more ways than a
phrase list knows, and missing a contradiction is better than a false alarm.

- Q015: ``nog_geen_wlz_zorg: true`` (the target group does not yet receive Wlz care) while
  the target group's text speaks of residents who already have a Wlz indication or Wlz
  care: "met een Wlz-indicatie", "die al Wlz-zorg ontvangen", "reeds een Wlz-indicatie".
  A mention after a negation or an aim ("nog geen", "zonder", "voorkomen", "uitstel",
  "aanvraag", "voordat") within the five words before it is not counted.
- Q016: the care office ``toegezegd: true`` while the cooperation text (or the care
  office's own task) says in one sentence that names the care office that it has not
  committed yet: "nog niet toegezegd", "geen toezegging", "nog geen akkoord", "nog niet
  akkoord", "nog niet ingestemd", "nog in gesprek".

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spukdos_cli.findings import Emit, Finding, Severity
from spukdos_cli.form.model import Businesscase

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|$)", re.MULTILINE)
_WORD = re.compile(r"\w+")
_MAX_TEXT = 20_000
_MAX_QUOTE = 200

WLZ_MENTION = re.compile(r"(?<!\w)wlz[- ]?(?:indicatie|zorg|geïndiceerd)\w*", re.IGNORECASE)
HAVE_ALREADY = frozenset({"al", "reeds", "met", "hebben", "heeft", "ontvangen", "ontvangt"})
"""One of these within the three words before a Wlz mention says the residents have it."""
NOT_YET = frozenset(
    {
        "geen",
        "niet",
        "nog",
        "zonder",
        "voorkomen",
        "voorkomt",
        "uitstel",
        "uitstellen",
        "uitgesteld",
        "aanvraag",
        "aanvragen",
        "voordat",
        "vóór",
        "tot",
        "naar",
        "minder",
        "verminderen",
    }
)
"""One of these within the five words before a Wlz mention: it is not about having it."""

NOT_COMMITTED = re.compile(
    r"nog\s+niet\s+(?:toegezegd|akkoord|ingestemd|getekend|verbonden)"
    r"|niet\s+toegezegd|geen\s+toezegging|nog\s+geen\s+(?:akkoord|toezegging|besluit)"
    r"|nog\s+in\s+gesprek|heeft\s+(?:nog\s+)?niet\s+ingestemd",
    re.IGNORECASE,
)
CARE_OFFICE = re.compile(r"zorgkantoor", re.IGNORECASE)


def _sentences(text: str) -> Iterator[str]:
    for hit in _SENTENCE.finditer(text[:_MAX_TEXT]):
        sentence = " ".join(hit.group(0).split())
        if sentence:
            yield sentence


def _quote(sentence: str) -> str:
    """The sentence to quote: without its closing full stop (the message puts its own after
    the quote), shortened to :data:`_MAX_QUOTE` characters."""
    sentence = sentence.rstrip(".")
    return sentence if len(sentence) <= _MAX_QUOTE else sentence[: _MAX_QUOTE - 1] + "…"


def has_wlz_already(sentence: str) -> bool:
    """True when ``sentence`` says residents already have a Wlz indication or Wlz care."""
    for hit in WLZ_MENTION.finditer(sentence):
        before = [w.casefold() for w in _WORD.findall(sentence[: hit.start()])]
        if NOT_YET.intersection(before[-5:]):
            continue
        if HAVE_ALREADY.intersection(before[-3:]):
            return True
    return False


def _target_group(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    description = case.beschrijving
    if description is None or description.nog_geen_wlz_zorg is not True:
        return
    for sentence in _sentences(description.doelgroep or ""):
        if has_wlz_already(sentence):
            yield emit(
                "Q015", Severity.INFO, ("beschrijving", "doelgroep"), sentence=_quote(sentence)
            )
            return


def not_committed(sentence: str, names: list[str]) -> bool:
    """True when ``sentence`` names the care office (by role or by one of ``names``) and
    says it has not committed."""
    folded = sentence.casefold()
    named = bool(CARE_OFFICE.search(sentence)) or any(n and n in folded for n in names)
    return named and bool(NOT_COMMITTED.search(sentence))


def _care_office(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    offices = [
        (i, p) for i, p in enumerate(case.partijen or ()) if p.rol == "zorgkantoor" and p.toegezegd
    ]
    if not offices:
        return
    names = [(p.organisatie or "").casefold().strip() for _i, p in offices]
    texts: list[tuple[tuple[str | int, ...], str]] = []
    if case.beschrijving and case.beschrijving.samenwerking:
        texts.append((("beschrijving", "samenwerking"), case.beschrijving.samenwerking))
    texts += [(("partijen", i, "taak"), p.taak) for i, p in offices if p.taak]
    for path, text in texts:
        for sentence in _sentences(text):
            if not_committed(sentence, names):
                index = offices[0][0]
                yield emit(
                    "Q016",
                    Severity.INFO,
                    path,
                    sentence=_quote(sentence),
                    answer=f"partijen[{index}].toegezegd",
                )
                return


def check_contradictions(case: Businesscase, emit: Emit) -> list[Finding]:
    """Q015 and Q016 of one businesscase."""
    return [*_target_group(case, emit), *_care_office(case, emit)]
