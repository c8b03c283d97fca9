"""Finding the form's fixed texts in a document's lines, whatever the line breaks.

Every line is reduced to its letters and digits (lower case, accents removed); the lines
joined make one string in which a question is found with one ``str.find``, however the
PDF broke its lines or hyphenated its words. Offsets in that string map back to a line
and a character of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spukdos_cli.read.document.lines import Line

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


@dataclass(frozen=True)
class Spot:
    """A place in the text: line index and character index in that line's raw text."""

    line: int
    char: int


class Searcher:
    """The lines of a document, searchable for the form's texts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.norm = [normalize(line.text) for line in lines]
        self.starts: list[int] = []
        offset = 0
        for text in self.norm:
            self.starts.append(offset)
            offset += len(text)
        self.joined = "".join(self.norm)

    def line_of(self, offset: int) -> int:
        """The index of the line holding the normalized character at ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def offset_of_line(self, index: int) -> int:
        return self.starts[index] if index < len(self.starts) else len(self.joined)

    def find_at_line_start(self, phrase: str, start: int, stop: int | None = None) -> int | None:
        """The offset of the first occurrence of ``phrase`` at or after ``start`` that
        begins a line (None when there is none before ``stop``)."""
        target = normalize(phrase)
        if not target:
            return None
        position = self.joined.find(target, start, stop)
        while position != -1:
            line = self.line_of(position)
            if self.starts[line] == position:
                return position
            position = self.joined.find(target, position + 1, stop)
        return None

    def continues_with(self, phrase: str, offset: int) -> int | None:
        """The offset after ``phrase`` when the text at ``offset`` continues with it."""
        target = normalize(phrase)
        return offset + len(target) if self.joined.startswith(target, offset) else None

    def spot(self, offset: int) -> Spot:
        """Where the normalized ``offset`` falls in the original lines: the line, and the
        character after everything before it in that line."""
        if offset >= len(self.joined):
            return Spot(len(self.lines), 0)
        line = self.line_of(offset)
        # an offset at the very start of a line: the start of that (non-empty) line
        within = offset - self.starts[line]
        return Spot(line, raw_offset(self.lines[line].text, within))

    def is_line(self, index: int, text: str) -> bool:
        """True when line ``index`` consists of exactly ``text`` (as normalized)."""
        return 0 <= index < len(self.norm) and self.norm[index] == normalize(text)
