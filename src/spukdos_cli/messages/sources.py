"""The public documents spukdos's rules come from, cited the way a user can find them.

Users do not have spukdos's repository, so a source is never a path in it: it is a
public document, named by its title, its publisher, its date and (where known) its
address. A finding code's ``source`` (:mod:`spukdos_cli.messages.catalogue`) names the
document by a short word ("format", "DUS-I"); :func:`documents_cited` finds those words,
and ``spukdos explain`` and ``docs/findings.md`` print the full citation beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A public document: title, publisher, date, and its address where known."""

    key: str
    title: str
    publisher: str
    date: str
    address: str | None = None

    def citation(self) -> str:
        """``"Title", publisher, date (address)``: proper names, the same in every language."""
        text = f"“{self.title}”, {self.publisher}, {self.date}"
        return f"{text} ({self.address})" if self.address else text


FORMAT_2025 = Document(
    "format",
    "Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025",
    "Ministerie van Volksgezondheid, Welzijn en Sport (VWS), format voor aanvragers van de "
    "SPUK DOS (DUS-I)",
    "2025",
)
"""The 2025 businesscase format: the form, its criteria and the two variants."""

DUSI_PAGE = Document(
    "DUS-I",
    "Specifieke uitkering domeinoverstijgend samenwerken",
    "DUS-I (Dienst Uitvoering Subsidies aan Instellingen), webpagina over de SPUK DOS 2024",
    "2024",
    "https://www.dus-i.nl/subsidies/specifieke-uitkering-domeinoverstijgend-samenwerken",
)
"""The DUS-I page: required attachments (the care office's advice), completeness,
monitoring, accountability."""

DOCUMENTS: tuple[Document, ...] = (FORMAT_2025, DUSI_PAGE)

_MARKERS = ((re.compile(r"\bformat\b"), FORMAT_2025), (re.compile(r"\bDUS-I\b"), DUSI_PAGE))


def documents_cited(source: str) -> tuple[Document, ...]:
    """The documents a short source text refers to ("format 'Aanleiding'", "DUS-I: ...")."""
    return tuple(document for marker, document in _MARKERS if marker.search(source))
