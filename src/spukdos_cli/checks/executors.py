"""Who does the work: executors of cost posts and the list of parties (codes R013, R014).

The form asks per cost post "wie de aan de kosten gerelateerde activiteiten uit gaat
voeren. Dat kunnen ook meerdere partijen zijn", and lists the cooperating parties in its
first section. A reviewer checks that whoever carries out a post is among those parties
(R013), and that no party is listed twice (R014). Pure.

An executor is free text ("Brentano, Participe Amstelland en partners"): it is split into
names at commas, slashes, "&" and the words "en", "i.s.m." and "met"; a name belongs to a
party when one of its own words is a word of a party's organisation. Words that name a
kind of party rather than an organisation ("gemeente", "partners", "projectteam", ...)
say nothing and are skipped: a name of only such words is never reported.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from spukdos_cli.findings import Emit, Finding, Severity, Term
from spukdos_cli.form.model import Businesscase, Partij
from spukdos_cli.form.parties import normalised_name
from spukdos_cli.messages.formatting import clip_text

_SPLIT = re.compile(r"[,;/+&()]|\s(?:en|and|i\.s\.m\.|ism|met|samen met|o\.a\.)\s", re.IGNORECASE)
_WORD = re.compile(r"\w+")
GENERIC = frozenset(
    [
        "gemeente",
        "gemeenten",
        "zorgkantoor",
        "zorgkantoren",
        "zorgverzekeraar",
        "zorgverzekeraars",
        "zorgaanbieder",
        "zorgaanbieders",
        "aanbieder",
        "aanbieders",
        "welzijnsorganisatie",
        "welzijnsorganisaties",
        "welzijn",
        "organisatie",
        "organisaties",
        "partner",
        "partners",
        "partij",
        "partijen",
        "alle",
        "overige",
        "andere",
        "diverse",
        "betrokken",
        "samenwerkende",
        "externe",
        "extern",
        "intern",
        "interne",
        "projectteam",
        "projectgroep",
        "projectleider",
        "projectleiding",
        "stuurgroep",
        "team",
        "teams",
        "wijkteam",
        "wijkteams",
        "medewerkers",
        "vrijwilligers",
        "mantelzorgers",
        "professionals",
        "huisarts",
        "huisartsen",
        "wijkverpleging",
        "wijkverpleegkundige",
        "wijkverpleegkundigen",
        "ouderenadviseurs",
        "ouderenadviseur",
        "penhouder",
        "penvoerder",
        "stichting",
        "vereniging",
        "coöperatie",
        "cooperatie",
        "bv",
        "nv",
        "de",
        "het",
        "een",
        "van",
        "voor",
        "in",
        "op",
        "door",
        "bij",
        "nader",
        "te",
        "bepalen",
        "nog",
        "nvt",
        "ntb",
        "tbd",
        "zie",
        "beschrijving",
        "nb",
        "alle",
        "afdeling",
        "wmo",
        "zvw",
        "wlz",
        "trainer",
        "trainers",
        "adviseur",
        "adviseurs",
        "coach",
        "coaches",
        "consulent",
        "consulenten",
        "inhuur",
        "derden",
        "zelfstandigen",
    ]
)
"""Words that name a kind of party or say who in general, not which organisation."""
CLOSE = 0.8
"""How alike (0-1, difflib) a name must be to a word of a party to be named as a spelling
variant of it."""
_MAX_TEXT = 500


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(normalised_name(text)) if len(w) > 2]


def _party_words(parties: tuple[Partij, ...]) -> dict[str, str]:
    """Each word of a party's organisation -> that organisation (the first that has it)."""
    words: dict[str, str] = {}
    for party in parties:
        for word in _words(party.organisatie or ""):
            if word not in GENERIC:
                words.setdefault(word, party.organisatie or "")
    return words


def _closest(name: str, words: dict[str, str]) -> str | None:
    """The party whose organisation has a word spelled almost as a word of ``name``."""
    best, score = None, CLOSE
    for word in _words(name):
        if word in GENERIC:
            continue
        for match in difflib.get_close_matches(word, list(words), n=1, cutoff=score):
            ratio = difflib.SequenceMatcher(None, word, match).ratio()
            if ratio >= score:
                best, score = words[match], ratio
    return best


def unknown_executors(text: str, parties: tuple[Partij, ...]) -> list[str]:
    """The names in executor ``text`` that belong to no party (in order, each once)."""
    words = _party_words(parties)
    organisations = [normalised_name(p.organisatie) for p in parties if p.organisatie]
    unknown: list[str] = []
    for piece in _SPLIT.split(text[:_MAX_TEXT]):
        name = " ".join(piece.split()).strip(" .-:")
        own = [w for w in _words(name) if w not in GENERIC and not w.isdigit()]
        if not own or any(w in words for w in own):
            continue
        wanted = normalised_name(name)
        if any(wanted in org or org in wanted for org in organisations):
            continue
        if name not in unknown:
            unknown.append(name)
    return unknown


def _executors(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    parties = case.partijen
    kosten = case.kosten
    if not parties or kosten is None:
        return
    words = _party_words(parties)
    for group in ("initieel", "uitvoering"):
        for i, post in enumerate(getattr(kosten, group) or ()):
            if not post.uitvoerder or not post.uitvoerder.strip():
                continue  # completeness asks for it
            unknown = unknown_executors(post.uitvoerder, parties)
            if not unknown:
                continue
            closest = _closest(unknown[0], words)
            hint = (
                Term("hint_closest_party", {"party": clip_text(closest)}) if closest else Term("")
            )
            yield emit(
                "R013",
                Severity.WARNING,
                ("kosten", group, i, "uitvoerder"),
                names=", ".join(f"'{clip_text(n)}'" for n in unknown),
                hint=hint,
            )


_LEGAL_FORMS = re.compile(r"\b(stichting|vereniging|coöperatie|cooperatie|b\.?v\.?|n\.?v\.?)\b")


def organisation_key(name: str) -> str:
    """The name an organisation is recognised by: case, spacing, punctuation, "&" versus
    "en" and legal forms (stichting, vereniging, b.v.) left out."""
    text = _LEGAL_FORMS.sub(" ", normalised_name(name))
    return " ".join(_WORD.findall(text))


def _twice(case: Businesscase, emit: Emit) -> Iterator[Finding]:
    """One organisation listed twice in the same role (one organisation in two roles, as a
    care office that is also the health insurer, is allowed)."""
    seen: dict[tuple[str, str], int] = {}
    for i, party in enumerate(case.partijen or ()):
        if not party.organisatie or not party.rol:
            continue
        key = (party.rol, organisation_key(party.organisatie))
        if not key[1]:
            continue
        if key in seen:
            yield emit(
                "R014",
                Severity.WARNING,
                ("partijen", i, "organisatie"),
                organisation=clip_text(party.organisatie or ""),
                other=f"partijen[{seen[key]}]",
            )
        else:
            seen[key] = i


def check_executors(case: Businesscase, emit: Emit) -> list[Finding]:
    """R013 and R014 of one businesscase."""
    return [*_executors(case, emit), *_twice(case, emit)]
