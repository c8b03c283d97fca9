"""Cleaning text read from a document: the artefacts of PDF and Word extraction go, the
applicant's words stay.

- a word broken at the end of a line (``Bren-`` / ``tano``) is joined again; the hyphen
  stays where it belongs to the word (``Wlz-zorg``, ``1-meting``, ``Noord-Holland``);
- list bullets (``§``, ``•``, ``-``, ``o``, a symbol font's ``\\uf0b7``) become ``- `` at
  the start of a line;
- lone list numbers and page numbers (a line that is only a number) are dropped, and so
  are the ``1`` s Word prints before every item of some numbered lists;
- Word's placeholder of an empty field (``Klik of tik om tekst in te voeren.``) goes: it
  is no answer;
- lines of one paragraph are joined with spaces; a short line (a heading, the end of a
  paragraph) keeps its line break; blank lines separate paragraphs.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[§•·▪●◦■□➢➤►\-–—*\uf0b7\uf0a7\uf0d8\uf076\uf0fc]|o(?=\s))\s+")
"""A list's bullet: also the symbol fonts' bullets that Word writes and a PDF gives as
private code points (Symbol's U+F0B7, Wingdings' U+F0A7, U+F0D8, U+F076, U+F0FC)."""
_LONE_NUMBER = re.compile(r"^\s*\(?[0-9]{1,3}[.)]?\s*$")
_NUMBERED = re.compile(r"^\s*[0-9]{1,2}\s+(?=[A-ZÀ-Þ])")
_KEEP_HYPHEN_BEFORE = frozenset(
    {"wlz", "wmo", "zvw", "ggz", "vpt", "mpt", "zzp", "vvt", "cao", "dos", "spuk", "vws", "ict"}
)


def _keeps_hyphen(left: str, right: str) -> bool:
    """``left`` ends with a hyphen: does it stay when ``right`` follows it directly?"""
    word = re.split(r"[\s(/]", left[:-1])[-1]
    return (
        word.lower() in _KEEP_HYPHEN_BEFORE
        or any(c.isdigit() for c in word)
        or right[0].isupper()
        or not right[0].isalpha()
        or word.isupper()
    )


def _glue(left: str, right: str) -> tuple[str, str]:
    """How a line continues ``left`` (the end of the text so far): ``left`` as it stays,
    and what comes between the two."""
    if left.endswith("-") and len(left) > 1 and not left[-2].isspace():
        return (left, "") if _keeps_hyphen(left, right) else (left[:-1], "")
    return left, " "


def join_broken(left: str, right: str) -> str:
    """Join two lines of one paragraph: a word broken by a hyphen is joined again."""
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    kept, between = _glue(left, right)
    return kept + between + right


_PLACEHOLDER = re.compile(
    r"(?:Klik of tik om (?:tekst|een datum) in te voeren"
    r"|Klik hier als u (?:tekst|een datum) wilt invoeren"
    r"|Kies een item"
    r"|Click or tap (?:here to enter text|to enter a date)"
    r"|Click here to enter (?:text|a date)"
    r"|Choose an item)\.?",
    re.I,
)
"""The text Word shows in an empty content control of a form (Dutch and English Word):
not an answer, so it is left out, in a Word document and in its PDF alike."""


def clean_lines(texts: list[str], *, short_breaks: bool = True) -> str:
    """The lines of one answer as clean text (paragraphs separated by a blank line).

    ``short_breaks=False`` is for a table cell, whose lines are all short: only bullets
    and blank lines start a new line there."""
    numbered = sum(1 for t in texts if _NUMBERED.match(t)) >= 2
    width = max((len(t.rstrip()) for t in texts), default=0)
    short = max(20, int(width * 0.6))
    blocks: list[str] = []
    current: list[str] | None = None  # the pieces of the paragraph being built
    separator = ""
    after_blank = True
    previous_short = False

    def push() -> None:
        nonlocal current
        if current is not None:
            text = "".join(current).strip()
            if text:
                blocks.append(separator + text)
        current = None

    for raw in texts:
        text = _PLACEHOLDER.sub("", raw).replace("\t", " ").rstrip()
        if not text.strip() or _LONE_NUMBER.match(text):
            push()
            after_blank = True
            previous_short = False
            continue
        bullet = _BULLET.match(text)
        number = _NUMBERED.match(text) if numbered else None
        stripped = text.strip()
        if bullet:
            push()
            separator = "\n\n" if after_blank else "\n"
            current = ["- " + text[bullet.end() :].strip()]
        elif number:
            push()
            separator = "\n\n"
            current = [text[number.end() :].strip()]
        elif current is None:
            separator = "\n\n" if after_blank else "\n"
            current = [stripped]
        elif short_breaks and previous_short and (stripped[0].isupper() or stripped[0].isdigit()):
            push()
            separator = "\n"
            current = [stripped]
        else:
            current[-1] = current[-1].rstrip()
            current[-1], between = _glue(current[-1], stripped)
            current += [between, stripped]
        after_blank = False
        previous_short = len(stripped) < short and not stripped.endswith(("-", ","))
    push()
    out = "".join(blocks).strip()
    return re.sub(r"(?<=\S)[ \u00a0]{2,}", " ", out)
