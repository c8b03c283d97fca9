"""The sections of the form as people read them: number and title, in Dutch and English.

What each section asks is :mod:`spukdos_cli.checks.completeness`; its title is here, with
the other words, so that ``explain`` and ``rules`` need no model to name a section.
"""

from __future__ import annotations

from spukdos_cli.messages.lang import pick

SECTION_TITLES: dict[str, tuple[str, str, str]] = {
    "algemeen": ("", "Algemeen", "General"),
    "partijen": ("1.", "Samenwerkende partijen", "Cooperating parties"),
    "looptijd": ("2.", "Looptijd", "Term"),
    "doelstelling": ("3.", "Doelstelling", "Objective"),
    "doelgroep": ("4.", "Doelgroep en context", "Target group and context"),
    "werkwijze": ("5.", "Werkwijze", "Approach"),
    "samenwerking": ("7.", "Samenwerking", "Cooperation"),
    "borging": ("8.", "Borging", "Securing the agreements"),
    "initiele_kosten": ("9.", "Initiële projectkosten", "Initial project costs"),
    "uitvoeringskosten": ("10.", "Uitvoeringskosten", "Execution costs"),
    "financiering": ("11.", "Financiering", "Financing"),
    "financiele_baten": ("12.", "Financiële baten", "Financial benefits"),
    "kwalitatieve_baten": ("14.", "Kwalitatieve baten", "Qualitative benefits"),
}
"""Section key -> (number in the form, Dutch title, English title), in the form's order."""


def section_title(key: str, lang: str) -> str:
    """``9. Initiële projectkosten`` (or ``9. Initial project costs``)."""
    number, nl, en = SECTION_TITLES[key]
    return f"{number} {pick((nl, en), lang)}".strip()
