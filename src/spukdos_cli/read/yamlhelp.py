"""What a YAML syntax error means for the person who made it, and where they made it.

The parser says where it *noticed* a problem, in its own words ("mapping values are not
allowed in this context"). The mistakes people make in an application are few: a colon in
text without quotes, a text that starts with an apostrophe ('s-Hertogenbosch), a second
line of text without ``|``, a tab, a wrong indentation, a forgotten space after a colon.
:func:`diagnose` recognises them from the parser's error and the text around it, and says
which line the mistake is on (not where the parser gave up), what it is and how to fix it;
anything it does not recognise gets a plain general message. It never invents an error:
it only explains the one the parser found.

It also says which lines hold the mistake (:attr:`Diagnosis.block`), so that the reader
can check the rest of the file with those lines left out and report further, independent
errors in the same run (:func:`spukdos_cli.read.yamltree.build_tree`). Pure: text in,
values out; the words are in :mod:`spukdos_cli.messages.catalogue` (terms ``yaml_*``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from spukdos_cli.positions import Position

_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[^\s#:][^:#]*?):(?P<rest>.*)$")
"""A line ``  key: rest`` (or ``- key: rest``); ``rest`` starts with the space, if any."""

_KEY_NO_SPACE = re.compile(r"^ *(?:- +)?(?P<key>[A-Za-z_][\w.\-\[\]]*):(?P<value>[^\s:].*)$")
"""``naam:Samen``: a key without the space after its colon (YAML reads it as text)."""

_RESERVED = "@`%"
"""Characters that may not start a plain value (YAML reserves them)."""

_CLIP = 80


@dataclass(frozen=True)
class Diagnosis:
    """One syntax error explained: ``kind`` names the term ``yaml_<kind>``."""

    kind: str
    position: Position
    params: dict[str, str] = field(default_factory=dict)
    block: tuple[int, int] | None = None
    """The lines (1-based, inclusive) that hold the mistake: left out, the rest of the file
    can be checked for further errors. None when that would not be reliable."""


def _clip(text: str) -> str:
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted value (JSON's quoting is valid YAML)."""
    return json.dumps(text.strip(), ensure_ascii=False)


def _indent(line: str) -> int:
    """Spaces before the text; 0 for a line indented with a tab (see _Text.block)."""
    lead = len(line) - len(line.lstrip(" \t"))
    return 0 if "\t" in line[:lead] else lead


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


class _Text:
    """The lines of the text, 1-based, with a few questions about them."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")

    def line(self, number: int) -> str:
        return self.lines[number - 1].rstrip("\r") if 1 <= number <= len(self.lines) else ""

    def previous_content(self, number: int) -> int | None:
        """The nearest line before ``number`` that holds more than a comment."""
        for candidate in range(number - 1, 0, -1):
            if _is_content(self.line(candidate)):
                return candidate
        return None

    def block(
        self, start: int, until: int = 0, *, stray_text: bool = False, key_ends: bool = False
    ) -> tuple[int, int]:
        """``start`` (up to line ``until``) and the lines that belong to it: deeper
        indented lines, comments and blank lines (and a list right under a key, which YAML
        allows at the same indentation). For a stray text line, the text lines that follow
        it too. A line indented with a tab counts as not indented, so its block runs to the
        next key at the left margin: where a tab stands, nobody knows how deep it was meant.
        With ``key_ends``, a deeper line that is itself a key (or a list item) ends it: the
        mistake is a value on one line, which a key cannot continue, so what follows is
        checked again (issue 27: an indentation error right under a colon in a text)."""
        first = self.line(start)
        end = max(start, until)
        # the shallowest line of the region: a region that crosses into another section
        # takes that section's lines along, or they would be left without their key
        base = min(
            _indent(self.line(n))
            for n in range(start, end + 1)
            if n == start or _is_content(self.line(n))
        )
        key = _KEY_LINE.match(first)
        for number in range(end + 1, len(self.lines) + 1):
            line = self.line(number)
            if not _is_content(line):
                continue
            deeper = _indent(line) > base
            same_list = (  # a key without a value, and its list at the same indentation
                key is not None
                and not key.group("dash")
                and not key.group("rest").strip()
                and _indent(line) == base
                and line.lstrip().startswith("-")
            )
            more_text = (
                stray_text
                and _indent(line) >= base
                and not _KEY_LINE.match(line)
                and not line.lstrip().startswith("-")
            )
            if not (deeper or same_list or more_text):
                break
            if key_ends and (_KEY_LINE.match(line) or line.lstrip().startswith("-")):
                break
            end = number
        return start, end


def _value_fix(line: str) -> str:
    """The line with its value in quotes: ``naam: "Samen: in de wijk"``."""
    match = _KEY_LINE.match(line)
    if match is None or not match.group("rest").strip():
        stripped = line.strip()
        if stripped.startswith("- "):
            return _clip(f"- {_quoted(stripped[2:])}")
        return _clip(_quoted(stripped))
    dash = match.group("dash") or ""
    return _clip(f"{dash}{match.group('key')}: {_quoted(match.group('rest'))}")


def _mark(mark: Any) -> Position | None:
    if mark is None:
        return None
    return Position(mark.line + 1, mark.column + 1)


@dataclass(frozen=True)
class _Error:
    """The parser's error and the text around it, as each explanation reads them."""

    lines: _Text
    problem: str
    context: str
    where: Position
    start: Position | None
    last: Any

    def last_quoted(self) -> tuple[Position, Position, str] | None:
        """Start, end and quote of the last scalar before the error, if it was quoted."""
        event = self.last
        style = getattr(event, "style", None)
        if event is None or style not in ("'", '"'):
            return None
        start, end = _mark(event.start_mark), _mark(event.end_mark)
        if start is None or end is None:
            return None
        return start, end, str(style)


def diagnose(text: str, err: Any, last_scalar: Any = None) -> Diagnosis:
    """Explain the parser error ``err`` in ``text``. ``last_scalar`` is the last scalar
    event the parser produced before the error (None if none)."""
    error = _Error(
        _Text(text),
        str(getattr(err, "problem", "") or ""),
        str(getattr(err, "context", "") or ""),
        _mark(getattr(err, "problem_mark", None)) or Position(1, 1),
        _mark(getattr(err, "context_mark", None)),
        last_scalar,
    )
    for explain in _EXPLANATIONS:
        found = explain(error)
        if found is not None:
            return found
    return Diagnosis("other", error.where)


# -- the mistakes, one function each (None: not this one) ------------------------------------
def _tab(e: _Error) -> Diagnosis | None:
    line = e.lines.line(e.where.line)
    at_tab = line[e.where.col - 1 : e.where.col] == "\t"
    if "tab" not in e.problem and not (at_tab and "cannot start any token" in e.problem):
        return None
    col = line.find("\t") + 1 or e.where.col
    key = _KEY_LINE.match(line.replace("\t", " "))
    with_value = key is not None and not key.group("dash") and bool(key.group("rest").strip())
    # a key with its value on the line (\tgebied: Wijk) holds nothing below it: the keys
    # that follow are checked again; a key without one, or a list item, may own them
    block = e.lines.block(e.where.line, key_ends=with_value)
    return Diagnosis("tab", Position(e.where.line, col), {}, block)


def _quote_not_closed(e: _Error) -> Diagnosis | None:
    """A quote that is never closed: the parser reaches the end of the file."""
    if "quoted scalar" not in e.context or e.start is None:
        return None
    line = e.lines.line(e.start.line)
    quote = line[e.start.col - 1 : e.start.col] or "'"
    kind, suggestion = _quote_fix(line, quote)
    params = {"quote": quote, "suggestion": suggestion}
    return Diagnosis(kind, e.start, params, e.lines.block(e.start.line))


def _quote_fix(line: str, quote: str) -> tuple[str, str]:
    """An apostrophe that opens a text ('s-Hertogenbosch): the text in double quotes; a
    double quote that is not closed: closed at the end of the line."""
    if quote == "'":
        return "quote_not_closed", _value_fix(line)
    text = line.rstrip()
    return "dquote_not_closed", _clip(text.strip() + '"')


def _quote_runs_on(e: _Error) -> Diagnosis | None:
    """A quote closed by a quote on a later line ('s-Hertogenbosch ... 'spukdos prices'):
    the error comes after that, but the mistake is where the text began."""
    quoted = e.last_quoted()
    if quoted is None or "expected" not in e.problem:
        return None
    start, end, quote = quoted
    if start.line >= e.where.line or end.line != e.where.line:
        return None
    kind, suggestion = _quote_fix(e.lines.line(start.line), quote)
    params = {"quote": quote, "end": str(end.line), "suggestion": suggestion}
    kind = "quote_runs_on" if kind == "quote_not_closed" else "dquote_runs_on"
    # the mistake is the quote that opens the text: what the runaway text swallowed after
    # its own line, from the next line that can start a key on, is checked again (often
    # the very mistakes that come next, as the next 's Heeren Loo)
    return Diagnosis(kind, start, params, e.lines.block(start.line, stray_text=True))


def _space_missing_above(e: _Error) -> Diagnosis | None:
    """``deelname:true`` (no space after the colon) is text, not a key; the parser only
    notices on the next line."""
    expected = ("expected key", "'-' indicator", "block end", "document start")
    if not any(words in e.problem for words in expected):
        return None
    return _missing_space(e, e.where.line)


def _missing_space(e: _Error, number: int) -> Diagnosis | None:
    """A ``key:value`` line right above line ``number`` (the first of several in a row:
    together they are one text to YAML), or None."""
    first = None
    previous = e.lines.previous_content(number)
    while previous is not None and _KEY_NO_SPACE.match(e.lines.line(previous)):
        first = previous
        previous = e.lines.previous_content(previous)
    above = e.lines.line(first) if first is not None else ""
    no_space = _KEY_NO_SPACE.match(above)
    if first is None or no_space is None:
        return None
    key = no_space.group("key")
    written = no_space.group("value").split(" #", 1)[0].strip()
    params = {"field": key, "written": _clip(f"{key}:{written}")}
    position = Position(first, above.index(key) + len(key) + 1)
    return Diagnosis("missing_space", position, params, e.lines.block(first, number - 1))


def _text_after_value(e: _Error) -> Diagnosis | None:
    """``naam: "De" Brug`` or ``naam: {x} is goed``: text after a quoted value or after
    a value in brackets, on the same line."""
    if "did not find expected key" not in e.problem and "block end" not in e.problem:
        return None
    line = e.lines.line(e.where.line)
    match = _KEY_LINE.match(line)
    if match is None:
        return None
    value = match.group("rest").strip()
    if not value or value[0] not in "'\"{[" or e.where.col <= len(line) - len(value):
        return None
    whole = value.split(" #", 1)[0].strip()
    # single quotes around a text that holds double ones (a quote inside is doubled)
    suggestion = "'" + whole.replace("'", "''") + "'" if '"' in whole else f'"{whole}"'
    kind = "text_after_quote" if value[0] in "'\"" else "text_after_bracket"
    params = {"suggestion": _clip(f"{match.group('dash') or ''}{match.group('key')}: {suggestion}")}
    return Diagnosis(kind, e.where, params, e.lines.block(e.where.line))


def _colon(e: _Error) -> Diagnosis | None:
    """A colon and a space in text without quotes: YAML reads a new key there."""
    if "mapping values are not allowed" not in e.problem:
        return None
    number = e.where.line
    line = e.lines.line(number)
    match = _KEY_LINE.match(line)
    if (
        match is not None
        and e.where.col
        > len(match.group("indent")) + len((match.group("dash") or "") + match.group("key")) + 1
    ):
        params = {"suggestion": _value_fix(line)}
        return Diagnosis("colon_in_text", e.where, params, e.lines.block(number))
    no_space = _missing_space(e, number)
    if no_space is not None:
        return replace(no_space, block=e.lines.block(no_space.position.line, number))
    previous = e.lines.previous_content(number)
    above = e.lines.line(previous) if previous else ""
    above_key = _KEY_LINE.match(above)
    if (
        previous is not None
        and above_key is not None
        and above_key.group("rest").strip()
        and _indent(line) > _indent(above)
        and match is not None
    ):
        params = {
            "field": above_key.group("key"),
            "line": str(previous),
            "this": _clip(match.group("key").strip()),
        }
        position = Position(number, _indent(line) + 1)
        return Diagnosis("continued_colon", position, params, e.lines.block(previous, number))
    return Diagnosis("colon_in_text", e.where, {"suggestion": _value_fix(line)})


def _stray_text(e: _Error) -> Diagnosis | None:
    """A line that is neither ``key: value`` nor a list item: often the second line of a
    text written without ``|``."""
    if "could not find expected ':'" not in e.problem or e.start is None:
        return None
    number = e.start.line
    line = e.lines.line(number)
    block = e.lines.block(number, stray_text=True)
    no_space = _KEY_NO_SPACE.match(line)
    if no_space is not None:
        key = no_space.group("key")
        params = {"field": key, "written": _clip(f"{key}:{no_space.group('value')}")}
        return Diagnosis(
            "missing_space", Position(number, line.index(key) + len(key) + 1), params, block
        )
    previous = e.lines.previous_content(number)
    above = _KEY_LINE.match(e.lines.line(previous)) if previous else None
    if previous is not None and above is not None:
        rest = above.group("rest").strip()
        if rest[:1] in ("|", ">"):
            return Diagnosis("block_not_indented", e.start, {"field": above.group("key")}, block)
        if rest and not rest.startswith("#"):
            params = {"field": above.group("key"), "line": str(previous)}
            return Diagnosis("text_without_key", e.start, params, block)
    return Diagnosis("missing_colon", e.start, {}, block)


def _reserved_start(e: _Error) -> Diagnosis | None:
    """``naam: @gemeente``: a character YAML reserves at the start of a value."""
    line = e.lines.line(e.where.line)
    char = line[e.where.col - 1 : e.where.col]
    if "cannot start any token" not in e.problem or not char or char not in _RESERVED:
        return None
    params = {"char": char, "suggestion": _value_fix(line)}
    return Diagnosis("reserved_start", e.where, params, e.lines.block(e.where.line))


def _dash_start(e: _Error) -> Diagnosis | None:
    """``naam: - x``: a value that starts with a dash and a space is read as a list."""
    if "block sequence entries are not allowed" not in e.problem:
        return None
    params = {"suggestion": _value_fix(e.lines.line(e.where.line))}
    return Diagnosis("dash_start", e.where, params, e.lines.block(e.where.line))


def _list_item(e: _Error) -> Diagnosis | None:
    """A line in a list that is neither a new item (``- ``) nor indented like the keys
    of the item above it."""
    if "'-' indicator" not in e.problem or e.start is None:
        return None
    item = e.lines.line(e.start.line)
    after_dash = re.match(r"^( *- +)", item)
    spaces = len(after_dash.group(1)) if after_dash else e.start.col + 1
    params = {"spaces": str(spaces), "dash": str(e.start.col - 1)}
    position = Position(e.where.line, _indent(e.lines.line(e.where.line)) + 1)
    return Diagnosis("list_item", position, params, e.lines.block(e.where.line))


def _flow(e: _Error) -> Diagnosis | None:
    """An error between ``{ }`` or ``[ ]``: a missing comma or closing bracket, or a
    character that is not allowed there (a key with ``[0]`` in it)."""
    if "flow" not in e.context or e.start is None:
        return None
    if e.start == e.where:  # "while parsing a flow node": where it opened is not known
        return Diagnosis("flow_open", e.where)
    one_line = e.start.line == e.where.line
    block = (e.start.line, e.start.line) if one_line else None
    line = e.lines.line(e.start.line)
    inside = line[e.start.col :]
    opener = line[e.start.col - 1 : e.start.col] or "{"
    if opener == "{" and re.match(r"^\s*[^:,}]*\[", inside):
        first = inside.split(",", 1)[0].split("}", 1)[0].strip()
        return Diagnosis("flow_bracket_key", e.start, {"example": _clip(first)}, block)
    closer = "}" if opener == "{" else "]"
    # on one line the parser's position is the spot; over several lines, where it opens
    return Diagnosis(
        "flow", e.where if one_line else e.start, {"open": opener, "close": closer}, block
    )


def _indentation(e: _Error) -> Diagnosis | None:
    """A key indented unlike the keys around it."""
    if "did not find expected key" not in e.problem and "block end" not in e.problem:
        return None
    number = e.where.line
    line = e.lines.line(number)
    mine = _indent(line)
    for candidate in range(number - 1, 0, -1):
        above = e.lines.line(candidate)
        match = _KEY_LINE.match(above)
        if _is_content(above) and match is not None and _indent(above) != mine:
            params = {
                "field": _clip(match.group("key").strip()),
                "line": str(candidate),
                "spaces": str(_indent(above) + len(match.group("dash") or "")),
            }
            return Diagnosis("indent", Position(number, mine + 1), params, e.lines.block(number))
    return None


_EXPLANATIONS = (
    _tab,
    _quote_not_closed,
    _quote_runs_on,
    _space_missing_above,
    _text_after_value,
    _colon,
    _stray_text,
    _reserved_start,
    _dash_start,
    _list_item,
    _flow,
    _indentation,
)
