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
ALIKE_EQUAL = 60
"""Likeness of words (0-100) from which two posts of equal amount are reported."""
ALIKE_NEAR = 80
"""Likeness of words from which two posts of near (not equal) amount are reported."""
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


def _words(post: Kostenpost) -> str:
    text = f"{post.kostenpost or ''} {post.beschrijving or ''}"[:_MAX_TEXT].casefold()
    return " ".join(w for w in _WORD.findall(text) if w not in _STOP and len(w) > 1)


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
    from rapidfuzz import fuzz  # only here: a check without near amounts never loads it

    reported: set[tuple[str, int]] = set()
    for (where_a, a), (where_b, b) in pairs:
        if where_b in reported:
            continue
        same_name = " ".join((a.kostenpost or "").casefold().split()) == " ".join(
            (b.kostenpost or "").casefold().split()
        )
        if same_name and where_a[0] != where_b[0]:
            continue  # Q006 reports the same name in both groups
        text_a, text_b = _words(a), _words(b)
        if not text_a or not text_b:
            continue
        likeness = max(fuzz.token_set_ratio(text_a, text_b), fuzz.token_sort_ratio(text_a, text_b))
        threshold = ALIKE_EQUAL if a.bedrag == b.bedrag else ALIKE_NEAR
        if likeness < threshold:
            continue
        reported.add(where_b)
        yield emit(
            "Q014",
            Severity.WARNING,
            ("kosten", *where_b),
            post=b.kostenpost or "",
            other=a.kostenpost or "",
            other_path=f"kosten.{where_a[0]}[{where_a[1]}]",
            amount=b.bedrag or Decimal(0),
            other_amount=a.bedrag or Decimal(0),
        )


def check_overlap(case: Businesscase, emit: Emit) -> list[Finding]:
    """Q013 and Q014 of one businesscase."""
    return [*_wlz_savings(case, emit), *_alike_posts(case, emit)]
