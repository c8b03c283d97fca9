"""The corpus: made-up applications, each rendered as a base form and five variations.

Every form has a stable id: ``app3-base`` for the base rendering of application 3,
``app3-amounts-suffix`` for the same application with one switch changed (the switch and
its value, :data:`tests.support.corpus.render.SWITCHES`). The applications' shapes are fixed here so
that the corpus covers every range the importer meets (both variants, 0 to 3 initial and 1
to 12 execution posts, 2 to 12 parties, positive and negative cases, A and B with and
without decimals); the variations go round every value of every switch, each value at
least twice. The page size is no form of its own: ``scripts/make_corpus.py`` prints every
form on A4 and on Letter.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .applications import Shape, make_application
from .render import SWITCHES, Variation


@dataclass(frozen=True)
class Form:
    id: str
    application: int
    """The application's number (``app3``: 3)."""
    truth: dict[str, Any]
    """The application's data: what a perfect import of this form gives. Shared by the forms
    of one application; do not change it."""
    variation: Variation


APPLICATIONS: dict[int, tuple[int, Shape | None]] = {
    1: (202501, Shape("cofinanciering", 0, 6, 12, True, True, True)),
    2: (202502, Shape("centraal_persoon", 1, 1, 3, True, False, False, contributions=False)),
    3: (202503, Shape("cofinanciering", 3, 12, 7, False, False, True, stated_totals=True)),
    4: (202504, Shape("centraal_persoon", 2, 4, 5, False, True, False)),
    5: (202505, Shape("cofinanciering", 1, 3, 2, True, False, False, stated_totals=True)),
    6: (202506, Shape("cofinanciering", 0, 8, 9, True, True, True)),
    7: (202507, Shape("centraal_persoon", 0, 2, 4, True, False, True, stated_totals=True)),
    8: (202508, Shape("cofinanciering", 2, 5, 6, False, True, False)),
    9: (202509, Shape("centraal_persoon", 3, 12, 12, True, True, True, contributions=False)),
    10: (202510, None),
}
"""Application number -> (seed, shape); None: the shape is drawn from the seed too."""

VARIANTS_PER_APPLICATION = 5

VARIATIONS: tuple[tuple[str, str], ...] = tuple(
    (switch, value)
    for switch, values in SWITCHES.items()
    if switch != "page"
    for value in values[1:]
)
"""Every (switch, value) that is not the base's, in :data:`SWITCHES` order."""


@cache
def applications() -> dict[int, dict[str, Any]]:
    """Every application of the corpus by number."""
    return {n: make_application(seed, shape) for n, (seed, shape) in APPLICATIONS.items()}


def variations_of(number: int) -> list[tuple[str, str]]:
    """The switches application ``number`` is rendered with besides its base: the next
    :data:`VARIANTS_PER_APPLICATION` of :data:`VARIATIONS`, going round."""
    start = (number - 1) * VARIANTS_PER_APPLICATION
    return [VARIATIONS[(start + i) % len(VARIATIONS)] for i in range(VARIANTS_PER_APPLICATION)]


@cache
def _forms() -> tuple[Form, ...]:
    found: list[Form] = []
    for number, data in applications().items():
        truth = copy.deepcopy(data)
        base = Variation(seed=APPLICATIONS[number][0])
        found.append(Form(f"app{number}-base", number, truth, base))
        for switch, value in variations_of(number):
            variation = replace(base, **{switch: value})
            found.append(Form(f"app{number}-{switch}-{value}", number, truth, variation))
    return tuple(found)


def forms() -> list[Form]:
    """The corpus, in a stable order (application by application, base first)."""
    return list(_forms())


def form(form_id: str) -> Form:
    """One form by its id."""
    for candidate in _forms():
        if candidate.id == form_id:
            return candidate
    raise KeyError(form_id)


def base_of(item: Form) -> Form:
    """The base rendering of the form's application."""
    return form(f"app{item.application}-base")
