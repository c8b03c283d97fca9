"""The two languages of spukdos, and the one way to pick a text in one of them.

Every word a user reads is written twice, Dutch first: ``("Oordeel", "Verdict")``.
:func:`pick` chooses; Dutch is the default, English on request (``--lang en`` or
``SPUKDOS_LANG=en``), and a report never mixes the two.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")
"""The languages of every report, message and label; the first is the default."""


def pick(texts: tuple[str, str], lang: str) -> str:
    """The Dutch or the English of ``texts`` (Dutch unless ``lang`` is ``en``)."""
    return texts[1] if lang == "en" else texts[0]
