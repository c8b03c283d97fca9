"""Completeness: which questions of the form are still unanswered, section by section.

DUS-I does not process an incomplete application (source 002), so every unanswered
question is reported, grouped per section of the 2025 form. Pure: works on the model only.
Missing items are :class:`~spukdos_cli.findings.Place` values: the data path
(``partijen[1].contactpersonen[0].email``) for machines, the names of the list items and
the line for people ("partij 2 (Zorg & Zekerheid), contactpersoon 1: e-mail (regel 41)").
Each section also counts its required questions and how many are answered, for the
completeness score (answered / required) in the reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from spukdos_cli.findings import Finding, Place, Places, Severity, Term
from spukdos_cli.form.items import item_names
from spukdos_cli.form.model import Businesscase, Kostenpost, delay_blocks
from spukdos_cli.messages.sections import section_title
from spukdos_cli.positions import DataPath, SourceMap

Item = tuple[DataPath, bool]
"""A required question (its data path) and whether it is answered."""


@dataclass(frozen=True)
class Section:
    """One section of the form, as reported in the completeness table."""

    key: str
    path: DataPath
    items: Callable[[Businesscase], Iterator[Item]]
    """Every required question of the section, each with whether it is answered."""

    def title(self, lang: str) -> str:
        return section_title(self.key, lang)


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, tuple):
        return len(value) == 0
    return False


def _fields(obj: Any, base: DataPath, names: tuple[str, ...]) -> Iterator[Item]:
    """The paths of ``names`` on ``obj``, each answered unless blank (or obj is None)."""
    for name in names:
        yield (*base, name), obj is not None and not _blank(getattr(obj, name))


def _general(case: Businesscase) -> Iterator[Item]:
    yield ("regeling_jaar",), case.regeling_jaar is not None
    yield from _fields(case.experiment, ("experiment",), ("naam", "gemeente", "variant"))


def _parties(case: Businesscase) -> Iterator[Item]:
    if not case.partijen:
        yield ("partijen",), False
        return
    for i, party in enumerate(case.partijen):
        base = ("partijen", i)
        yield from _fields(party, base, ("rol", "organisatie", "contactpersonen"))
        for j, person in enumerate(party.contactpersonen or ()):
            yield from _fields(person, (*base, "contactpersonen", j), ("naam", "email", "telefoon"))


def _term(case: Businesscase) -> Iterator[Item]:
    yield from _fields(
        case.experiment, ("experiment",), ("startdatum", "einddatum", "voorbereiding")
    )


def _description(*names: str) -> Callable[[Businesscase], Iterator[Item]]:
    def items(case: Businesscase) -> Iterator[Item]:
        yield from _fields(case.beschrijving, ("beschrijving",), names)

    return items


def _approach(case: Businesscase) -> Iterator[Item]:
    text = case.beschrijving
    werkwijze = text.werkwijze if text else None
    base = ("beschrijving", "werkwijze")
    yield from _fields(werkwijze, base, ("beschrijving", "themas"))
    for i, theme in enumerate((werkwijze.themas if werkwijze else None) or ()):
        yield from _fields(theme, (*base, "themas", i), ("huidig", "experiment"))
    yield from _fields(text, ("beschrijving",), ("hypothesen", "noodzaak_uitkering"))


def _cooperation(case: Businesscase) -> Iterator[Item]:
    yield from _fields(case.beschrijving, ("beschrijving",), ("samenwerking",))
    for i, party in enumerate(case.partijen or ()):
        yield ("partijen", i, "toegezegd"), party.toegezegd is not None


def _posts(
    posts: tuple[Kostenpost, ...] | None, base: DataPath, *, at_least_one: bool
) -> Iterator[Item]:
    if posts is None or (at_least_one and not posts):
        yield base, False
        return
    for i, post in enumerate(posts):
        yield from _fields(post, (*base, i), ("kostenpost", "bedrag"))
        if post.bedrag is None or post.bedrag > 0:  # a zero post ("Geen") needs no executor
            yield from _fields(post, (*base, i), ("beschrijving", "uitvoerder"))


def _initial_costs(case: Businesscase) -> Iterator[Item]:
    posts = case.kosten.initieel if case.kosten else None
    yield from _posts(posts, ("kosten", "initieel"), at_least_one=False)


def _execution_costs(case: Businesscase) -> Iterator[Item]:
    posts = case.kosten.uitvoering if case.kosten else None
    yield from _posts(posts, ("kosten", "uitvoering"), at_least_one=True)


def _financing(case: Businesscase) -> Iterator[Item]:
    financing = case.financiering
    base = ("financiering",)
    yield from _fields(financing, base, ("uitkering",))
    variant = case.experiment.variant if case.experiment else None
    if variant == "centraal_persoon":
        yield from _fields(financing, base, ("aantal_clienten",))
    else:
        yield from _fields(financing, base, ("bijdragen",))
    for i, contribution in enumerate((financing.bijdragen if financing else None) or ()):
        yield from _fields(contribution, (*base, "bijdragen", i), ("partij", "bedrag"))


def _benefits(case: Businesscase) -> Iterator[Item]:
    baten = case.baten
    for name, block in delay_blocks(baten):
        yield from _fields(block, ("baten", name), ("dagen", "inwoners", "kosten_per_dag"))
    for i, item in enumerate((baten.overige if baten else None) or ()):
        yield from _fields(item, ("baten", "overige", i), ("bedrag", "toelichting"))


def _qualitative(case: Businesscase) -> Iterator[Item]:
    items = case.baten.kwalitatief if case.baten else None
    if not items:
        yield ("baten", "kwalitatief"), False
        return
    for i, item in enumerate(items):
        yield from _fields(item, ("baten", "kwalitatief", i), ("baat", "onderbouwing"))


SECTIONS: tuple[Section, ...] = (
    Section("algemeen", ("experiment",), _general),
    Section("partijen", ("partijen",), _parties),
    Section("looptijd", ("experiment",), _term),
    Section("doelstelling", ("beschrijving",), _description("doelstelling")),
    Section("doelgroep", ("beschrijving",), _description("doelgroep", "gebied", "aantal_inwoners")),
    Section("werkwijze", ("beschrijving", "werkwijze"), _approach),
    Section("samenwerking", ("beschrijving", "samenwerking"), _cooperation),
    Section("borging", ("beschrijving", "borging"), _description("borging", "vervolg")),
    Section("initiele_kosten", ("kosten", "initieel"), _initial_costs),
    Section("uitvoeringskosten", ("kosten", "uitvoering"), _execution_costs),
    Section("financiering", ("financiering",), _financing),
    Section("financiele_baten", ("baten",), _benefits),
    Section("kwalitatieve_baten", ("baten", "kwalitatief"), _qualitative),
)


@dataclass(frozen=True)
class SectionStatus:
    """One section's unanswered questions, its answers that could not be read, and its
    score: ``answered`` of ``required``."""

    section: Section
    unanswered: tuple[Place, ...]
    required: int = 0
    answered: int = 0
    invalid: tuple[Place, ...] = ()
    """Answers given but not valid (each has a structure finding of its own, S002 and
    the like): the section is not complete while there are any (issue 16)."""

    @property
    def missing(self) -> tuple[str, ...]:
        """The data paths of the unanswered questions (``experiment.einddatum``)."""
        return tuple(place.dotted for place in self.unanswered)

    @property
    def complete(self) -> bool:
        return not self.unanswered and not self.invalid


def place(path: DataPath, case: Businesscase, source_map: SourceMap | None) -> Place:
    """A question as people read it: the names of the list items on its path and, for a
    question inside a list item, the line of the nearest part of it that is in the file
    (a question of a section is found by the section's name)."""
    line = None
    if source_map is not None and any(isinstance(part, int) for part in path):
        probe = path
        while probe and line is None:
            found = source_map.values.get(probe) or source_map.keys.get(probe)
            line = found.line if found is not None else None
            probe = probe[:-1]
    return Place(path, item_names(case, path), line)


def section_status(
    section: Section, case: Businesscase, source_map: SourceMap | None = None
) -> SectionStatus:
    """The section's missing questions and its score."""
    items = list(section.items(case))
    return SectionStatus(
        section,
        tuple(place(path, case, source_map) for path, answered in items if not answered),
        required=len(items),
        answered=sum(1 for _, answered in items if answered),
    )


def completeness(
    case: Businesscase, source_map: SourceMap | None = None
) -> tuple[SectionStatus, ...]:
    """Per section of the form, the questions that are still unanswered (with their
    lines when the ``source_map`` of the file is given)."""
    return tuple(section_status(section, case, source_map) for section in SECTIONS)


def set_apart_invalid(
    statuses: tuple[SectionStatus, ...], reported: set[DataPath]
) -> tuple[SectionStatus, ...]:
    """Move the unanswered questions that have a structure finding of their own (a value
    that could not be read) to ``invalid``: they are not asked again as missing, but
    the section is not complete (the score still counts them as unanswered)."""
    return tuple(
        replace(
            s,
            unanswered=tuple(p for p in s.unanswered if p.path not in reported),
            invalid=tuple(p for p in s.unanswered if p.path in reported),
        )
        for s in statuses
    )


def overall_score(statuses: Iterable[SectionStatus]) -> tuple[int, int]:
    """(answered, required) over all sections: the overall completeness score."""
    statuses = list(statuses)
    return sum(s.answered for s in statuses), sum(s.required for s in statuses)


FINANCIAL_SECTIONS = frozenset({"initiele_kosten", "uitvoeringskosten", "financiele_baten"})
"""The sections the verdict needs; until they are complete it is not given."""


def check_completeness(
    statuses: tuple[SectionStatus, ...], source_map: SourceMap
) -> Iterator[Finding]:
    """C001: one error per section with unanswered questions, naming them in words.
    (Answers that could not be read have their own findings.)"""
    for status in statuses:
        if not status.unanswered:
            continue
        section = status.section
        yield Finding(
            "C001",
            Severity.ERROR,
            section.path,
            source_map.locate(section.path, prefer_key=True),
            {
                "section": Term(f"section_{section.key}"),
                "missing": Places(status.unanswered),
            },
        )
