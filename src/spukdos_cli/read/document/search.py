"""Text reduced to what matches, whatever the line breaks: every line to its letters and
digits (lower case, accents removed), so that the form's texts are found with one
``str.find`` in the lines joined (:class:`spukdos_cli.read.document.landmarks.Stream`),
however a PDF broke its lines or hyphenated its words; and the way back from an offset in
that string to a character of the original line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """Letters and digits only, lower case, accents removed: ``Wlz-\\nzorg`` -> ``wlzzorg``."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub("", text).lower()


def raw_offset(text: str, count: int) -> int:
    """The index in ``text`` just after its ``count``-th normalized character."""
    if count <= 0:
        return 0
    seen = 0
    for index, char in enumerate(text):
        seen += len(_fold_char(char)) if not char.isascii() else int(char.isalnum())
        if seen >= count:
            return index + 1
    return len(text)
