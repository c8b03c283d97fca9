"""Double counting among the benefits and among the costs (codes Q013, Q014).

- Q013: an "overige besparing" that names Wlz care (verpleeghuis, opname, intramuraal,
  Wlz, ZZP, VPT, MPT) or is booked in the Wlz domain. The form asks for other savings "for
  example in the Wmo or the Zvw"; savings in the Wlz are the two delay routes (A × B × C),
  so a Wlz saving among the others counts a route a second time.
- Q014: two cost posts alike in words and equal or near in amount, across or within the
  initial and the execution costs. The form: "Probeer overlap in initiële en
  uitvoeringskosten te voorkomen." A post already reported under the same name in both
  groups (Q006) is not reported again.

Pure. The word list, the nearness of amounts and the likeness of words are spukdos's own
heuristics, documented in ``spukdos explain``; rapidfuzz is imported only when two posts
are near in amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spukdos_cli.findings import Emit, Finding, Severity
from spukdos_cli.form.model import Businesscase, Kostenpost
from spukdos_cli.messages.formatting import clip_text

WLZ_CARE = re.compile(
    r"(?<!\w)(verpleeghuis\w*|verpleeghuizen|opnames?|intramura\w*|wlz(?:-\w+)?|zzp|vpt|mpt)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Words of Wlz care, each a word of its own (``verpleeghuis`` and ``intramura`` also as
the start of a compound: verpleeghuisopname, intramurale)."""
_NEGATIONS = frozenset({"geen", "niet", "buiten", "zonder", "exclusief", "excl", "behalve"})
"""A word of Wlz care right after one of these ("buiten de Wlz") is not a Wlz saving."""
_NOT_WLZ_ADMISSION = re.compile(r"ziekenhuis|crisis|eerstelijnsverblijf|\belv\b", re.IGNORECASE)
"""``opname`` in a text about the hospital, a crisis bed or eerstelijnsverblijf (Zvw) is
not an admission to Wlz care."""
_WORD = re.compile(r"\w+")
_MAX_TEXT = 2_000
"""Characters of a text searched or compared (the start says what a post or saving is)."""

NEAR_PCT = Decimal(2)
"""Two amounts are near when they differ by at most this percentage of the larger."""
NAMES_ALIKE = 80
"""Likeness (0-100, the words of the two names in any order) from which two names are
alike; also alike: one name the start of the other, spaces left out ("Projectmanagement"
and "Projectmanagement experiment", "Communicatie" and "Communicatiemiddelen"; at least
:data:`MIN_INSIDE` characters). Not so a name at the end of another: in "Coördinatie
vrijwilligers" the word that says what it is comes first, so it is not "Vrijwilligers"."""
DESCRIPTIONS_ALIKE = 85
"""Likeness (0-100, words in any order) from which two descriptions are alike: nearly the
same words, whatever the names."""
NEAR_STRICTER = 10
"""For amounts that are near but not equal, each likeness must be this much higher."""
MIN_INSIDE = 8
_STOP = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "voor",
        "in",
        "op",
        "met",
        "te",
        "door",
        "bij",
        "aan",
        "om",
        "of",
        "als",
        "per",
        "tot",
        "uit",
        "naar",
        "is",
        "zijn",
        "wordt",
        "worden",
        "x",
        "keer",
        "jaar",
        "incl",
        "inclusief",
        "o.a.",
        "oa",
        "i.s.m.",
        "ism",
    ]
)


def wlz_care_words(text: str, admissions: bool = True) -> list[str]:
    """The words of Wlz care in ``text`` (each once, in order), those after a negation
    left out, and ``opname`` unless ``admissions`` or in a text about another admission
    (hospital, crisis bed, eerstelijnsverblijf)."""
    text = text[:_MAX_TEXT]
    hospital = not admissions or bool(_NOT_WLZ_ADMISSION.search(text))
    found: list[str] = []
    for hit in WLZ_CARE.finditer(text):
        word = hit.group(0)
        if hospital and word.casefold().startswith("opname"):
            continue
        before = [w.casefold() for w in _WORD.findall(text[max(0, hit.start() - 40) : hit.start()])]
        if _NEGATIONS.intersection(before[-3:]):
            continue
        if word.casefold() not in {w.casefold() for w in found}:
            found.append(word)
    return found


def _wlz_savings(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    items = case.baten.overige if case.baten else None
    for i, item in enumerate(items or ()):
        if not item.bedrag:
            continue
        text = f"{item.omschrijving or ''} {item.toelichting or ''}"
        # an admission booked in the Wmo or the Zvw is not one to Wlz care
        words = wlz_care_words(text, admissions=item.domein not in ("wmo", "zvw"))
        if item.domein == "wlz":
            words.insert(0, "domein: wlz")
        if words:
            yield emit(
                "Q013",
                Severity.WARNING,
                ("baten", "overige", i),
                words=", ".join(f"'{w}'" for w in words),
            )


def _words(text: str | None) -> str:
    """The words of ``text`` that say what a post is: lower case, without articles,
    prepositions, numbers and one-letter words."""
    words = _WORD.findall((text or "")[:_MAX_TEXT].casefold())
    return " ".join(w for w in words if w not in _STOP and len(w) > 1 and not w.isdigit())


def _alike(a: Kostenpost, b: Kostenpost, equal: bool) -> bool:
    """Whether two posts are alike in words (:data:`NAMES_ALIKE`,
    :data:`DESCRIPTIONS_ALIKE`; stricter by :data:`NEAR_STRICTER` unless ``equal``)."""
    from rapidfuzz import fuzz  # only here: a check without near amounts never loads it

    extra = 0 if equal else NEAR_STRICTER
    name_a, name_b = _words(a.kostenpost), _words(b.kostenpost)
    if name_a and name_b:
        if fuzz.token_sort_ratio(name_a, name_b) >= NAMES_ALIKE + extra:
            return True
        shorter, longer = sorted((name_a.replace(" ", ""), name_b.replace(" ", "")), key=len)
        if len(shorter) >= MIN_INSIDE and longer.startswith(shorter):
            return True
    text_a, text_b = _words(a.beschrijving), _words(b.beschrijving)
    if not text_a or not text_b:
        return False
    return fuzz.token_sort_ratio(text_a, text_b) >= DESCRIPTIONS_ALIKE + extra


def _near(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) * 100 <= NEAR_PCT * max(a, b)


def _alike_posts(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    kosten = case.kosten
    if kosten is None:
        return
    posts = [
        ((group, i), post)
        for group in ("initieel", "uitvoering")
        for i, post in enumerate(getattr(kosten, group) or ())
        if post.bedrag and post.bedrag > 0
    ]
    pairs = [
        (first, second)
        for n, first in enumerate(posts)
        for second in posts[n + 1 :]
        if first[1].bedrag and second[1].bedrag and _near(first[1].bedrag, second[1].bedrag)
    ]
    if not pairs:
        return
    reported: set[tuple[str, int]] = set()
    for (where_a, a), (where_b, b) in pairs:
        if where_b in reported:
            continue
        same_name = " ".join((a.kostenpost or "").casefold().split()) == " ".join(
            (b.kostenpost or "").casefold().split()
        )
        if same_name and where_a[0] != where_b[0]:
            continue  # Q006 reports the same name in both groups
        if not _alike(a, b, equal=a.bedrag == b.bedrag):
            continue
        reported.add(where_b)
        yield emit(
            "Q014",
            Severity.WARNING,
            ("kosten", *where_b),
            post=clip_text(b.kostenpost or ""),  # file text: a page of it is no message
            other=clip_text(a.kostenpost or ""),
            other_path=f"kosten.{where_a[0]}[{where_a[1]}]",
            amount=b.bedrag or Decimal(0),
            other_amount=a.bedrag or Decimal(0),
        )


def check_overlap(case: Businesscase, emit: Emit) -> list[Finding]:
    """Q013 and Q014 of one businesscase."""
    return [*_wlz_savings(case, emit), *_alike_posts(case, emit)]
