"""Turn YAML text into plain data with a position for every node, trusting nothing.

We do not let PyYAML construct values: its YAML 1.1 rules change what people wrote
(``NO`` -> False, ``012`` -> 10, ``1:30`` -> 90, ``1.250`` -> 1.25). Instead we read the
event stream of the safe (C, where available) parser and build the data ourselves:

* plain ``true``/``false`` become booleans and ``null``/``~``/empty become None
  (the YAML 1.2 core schema); every other scalar stays *text*, exactly as written,
  and the model decides whether it is a number, a date or prose;
* duplicate keys, tags other than ``!!str``/``!!map``/``!!seq``, merge keys (``<<``),
  non-text keys and several documents are reported, never resolved;
* the build is iterative and bounded: nesting depth, the number of nodes (counting
  what aliases expand to, which stops "billion laughs"), the number of aliases, the
  items in one list and the length of one scalar are limited, so a hostile file costs
  little time and memory, and so does every report of it.

Problems come back as :class:`TreeProblem` values; turning them into findings is the
loader's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

import yaml

from spukdos_cli.positions import DataPath, Position, SourceMap
from spukdos_cli.read.yamlhelp import diagnose

try:  # the C parser is much faster; fall back to the pure-Python one where absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 50
MAX_NODES = 20_000
"""Values in one file, aliases expanded (stops "billion laughs"). The reference application
has 474; one with five lists of 200 items, some 5.400. Each value costs the whole
pipeline (parse, model, findings, report) some microseconds, so this bound is what keeps
the worst file far under the two seconds of CPU time every file is answered in."""
MAX_ALIASES = 100
MAX_ITEMS = 200
"""Items in one list. The reference application's longest list has 12."""
MAX_TEXT = 100_000
"""Characters in one scalar (text or key). The reference application's longest text has
about 4.700; the bound keeps every report of a file fast."""

_BLANKS = re.compile(r"[ \t]*")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_STR_TAGS = frozenset({"tag:yaml.org,2002:str", "!"})
_MAP_TAGS = frozenset({None, "tag:yaml.org,2002:map", "!"})
_SEQ_TAGS = frozenset({None, "tag:yaml.org,2002:seq", "!"})


@dataclass(frozen=True)
class TreeProblem:
    """Something in the YAML itself that stops us from trusting the data."""

    kind: str  # syntax | duplicate_key | tag | merge_key | complex_key | documents | empty | limit
    position: Position
    path: DataPath = ()
    detail: str = ""
    """For a syntax error: what the mistake is (a kind of :mod:`~spukdos_cli.read.yamlhelp`)."""
    other: Position | None = None  # the first occurrence, for duplicate keys
    params: tuple[tuple[str, str], ...] = ()
    """For a syntax error: the explanation's parameters (a suggested fix, a key, ...)."""


@dataclass(frozen=True)
class TrailingComment:
    """A comment on the same line as a plain (unquoted) value: YAML drops it, but the
    applicant may have meant it as part of the text (``Scholing #2 wijkteams``)."""

    position: Position
    """Where the ``#`` stands."""
    text: str
    """The comment from its ``#`` to the end of the line (at most MAX_COMMENT characters)."""


MAX_COMMENT = 200
"""Characters of a trailing comment kept for the message; the file holds the rest."""


@dataclass
class Tree:
    data: Any
    source_map: SourceMap
    problems: list[TreeProblem]
    comments: dict[DataPath, TrailingComment] = field(default_factory=dict)
    """The comments that follow a plain value on its line, by the value's path."""
    rest: str | None = None
    """For a text with syntax errors: the text with the lines of each mistake left out
    (blank, every line keeping its number), when what remains is valid YAML; the loader
    checks its values, so that a wrong date or amount is reported in the same run."""


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


_NO_COMMENT = frozenset("\n\r")
"""What usually follows a plain value: the end of its line (then there is no comment)."""


class _Stop(Exception):
    """Raised to abandon the build at once (a limit, a second document)."""

    def __init__(self, problem: TreeProblem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


@dataclass
class _Frame:
    container: Any  # dict or list
    path: DataPath
    size: int = 1
    anchor: str | None = None
    key: str | None = None  # pending key of a mapping
    drop_value: bool = False  # the pending key was reported: its value is not kept
    seen: dict[str, Position] = field(default_factory=dict)
    is_list: bool = False


def _scalar_value(event: Any) -> Any:
    """The YAML 1.2 core schema for plain scalars, text for everything else."""
    if event.tag in _STR_TAGS or event.style:  # style is "" (C) or None (Python) when plain
        return event.value
    text = event.value
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return text


class _Builder:
    def __init__(self, text: str = "") -> None:
        self.text = text
        self.comments: dict[DataPath, TrailingComment] = {}
        self.source_map = SourceMap()
        self.problems: list[TreeProblem] = []
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.aliases = 0
        self.documents = 0
        self.root: Any = None
        self.have_root = False
        self.last_scalar: Any = None  # for explaining a syntax error right after it

    # -- bookkeeping ---------------------------------------------------------------
    def _count(self, size: int, position: Position) -> None:
        self.nodes += size
        if self.nodes > MAX_NODES:
            raise _Stop(TreeProblem("limit", position, detail=f"nodes>{MAX_NODES}"))

    def _child_path(self) -> DataPath | None:
        """Path of the value about to be added, or None when it goes nowhere."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_list:
            return (*top.path, len(top.container))
        if top.key is None or top.drop_value:
            return None
        return (*top.path, top.key)

    def _attach(self, value: Any, size: int, mark: Any) -> None:
        """Put a finished node into its parent (or make it the document root); ``mark``
        is where it starts, for a key."""
        if not self.stack:
            self.root = value
            self.have_root = True
            return
        top = self.stack[-1]
        top.size += size
        if top.is_list:
            top.container.append(value)
            return
        if top.key is None:
            self._take_key(value, _pos(mark))
            return
        if not top.drop_value:
            top.container[top.key] = value
        top.key = None
        top.drop_value = False

    def _take_key(self, value: Any, position: Position) -> None:
        top = self.stack[-1]
        if not isinstance(value, str):
            self.problems.append(
                TreeProblem("complex_key", position, top.path, detail=repr(value)[:40])
            )
            top.key, top.drop_value = "", True
            return
        if value == "<<":
            self.problems.append(TreeProblem("merge_key", position, top.path))
            top.key, top.drop_value = value, True
            return
        if value in top.seen:
            self.problems.append(
                TreeProblem(
                    "duplicate_key",
                    position,
                    (*top.path, value),
                    detail=value,
                    other=top.seen[value],
                )
            )
            top.key, top.drop_value = value, True
            return
        top.seen[value] = position
        top.key = value
        self.source_map.keys[(*top.path, value)] = position

    # -- events --------------------------------------------------------------------
    # One method per kind of event, looked up by the event's class (the hot path: a file
    # is some 500 events, a batch of 1,000 files half a million). Positions are made only
    # where they are kept.
    def feed(self, event: Any) -> None:
        handler = self._handlers.get(event.__class__)
        if handler is not None:
            handler(self, event)

    def _document_start(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            raise _Stop(TreeProblem("documents", _pos(event.start_mark)))

    def _end(self, event: Any) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self._attach(frame.container, frame.size, event.start_mark)

    def _check_items(self, mark: Any) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.is_list and len(top.container) >= MAX_ITEMS:
            raise _Stop(TreeProblem("limit", _pos(mark), top.path, detail=f"items>{MAX_ITEMS}"))

    def _scalar(self, event: Any) -> None:
        mark = event.start_mark
        self._check_items(mark)
        self.last_scalar = event
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Stop(TreeProblem("limit", _pos(mark), detail=f"nodes>{MAX_NODES}"))
        if len(event.value) > MAX_TEXT:
            where = self._child_path() or ()
            raise _Stop(TreeProblem("limit", _pos(mark), where, detail=f"text>{MAX_TEXT}"))
        tag = event.tag
        if tag is not None and tag not in _STR_TAGS:
            self._bad_tag(tag, mark)
        value = _scalar_value(event)
        path = self._child_path()
        if path is not None:
            self.source_map.values[path] = _pos(mark)
            if not event.style and tag is None and isinstance(value, str):
                self._trailing_comment(path, event.end_mark)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._attach(value, 1, mark)

    def _alias(self, event: Any) -> None:
        mark = event.start_mark
        self._check_items(mark)
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise _Stop(TreeProblem("limit", _pos(mark), detail=f"aliases>{MAX_ALIASES}"))
        if event.anchor not in self.anchors:  # undefined, or its node is still open
            name = (("name", str(event.anchor)[:80]),)
            raise _Stop(TreeProblem("syntax", _pos(mark), detail="undefined_alias", params=name))
        value, size = self.anchors[event.anchor]
        self._count(size, _pos(mark))
        path = self._child_path()
        if path is not None:
            self.source_map.values[path] = _pos(mark)
        self._attach(value, size, mark)

    def _start(self, event: Any, is_map: bool) -> None:
        mark = event.start_mark
        self._check_items(mark)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Stop(TreeProblem("limit", _pos(mark), detail=f"nodes>{MAX_NODES}"))
        if len(self.stack) >= MAX_DEPTH:
            raise _Stop(TreeProblem("limit", _pos(mark), detail=f"depth>{MAX_DEPTH}"))
        if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
            self._bad_tag(event.tag, mark)
        path = self._child_path()
        if path is not None:
            self.source_map.values[path] = _pos(mark)
        frame = _Frame({} if is_map else [], path if path is not None else (), anchor=event.anchor)
        frame.is_list = not is_map
        self.stack.append(frame)

    def _mapping_start(self, event: Any) -> None:
        self._start(event, True)

    def _sequence_start(self, event: Any) -> None:
        self._start(event, False)

    def _bad_tag(self, tag: str | None, mark: Any) -> None:
        path = self._child_path() or ()
        self.problems.append(TreeProblem("tag", _pos(mark), path, detail=str(tag)[:80]))

    _handlers: ClassVar[dict[type, Any]] = {
        yaml.ScalarEvent: _scalar,
        yaml.MappingStartEvent: _mapping_start,
        yaml.SequenceStartEvent: _sequence_start,
        yaml.MappingEndEvent: _end,
        yaml.SequenceEndEvent: _end,
        yaml.AliasEvent: _alias,
        yaml.DocumentStartEvent: _document_start,
    }
    """Event class -> its handler; the stream's and a document's end need nothing."""

    def _trailing_comment(self, path: DataPath, end: Any) -> None:
        """Record a comment that follows the plain value ending at ``end`` on its line."""
        index = getattr(end, "index", None)
        if not isinstance(index, int) or index >= len(self.text):
            return
        if self.text[index] in _NO_COMMENT:  # the common case, without a regular expression
            return
        blanks = _BLANKS.match(self.text, index)  # each blank is read once per file
        hash_at = blanks.end() if blanks else index
        if hash_at == index or not self.text.startswith("#", hash_at):
            return
        comment = self.text[hash_at : hash_at + MAX_COMMENT].split("\n", 1)[0].rstrip()
        column = end.column + hash_at - index + 1
        self.comments[path] = TrailingComment(Position(end.line + 1, column), comment)


def build_tree(text: str) -> Tree:
    """Parse ``text`` (one YAML document) into data, positions and problems."""
    builder = _Builder(text)
    try:
        _feed(builder, text)
    except _Stop as stop:
        return _stopped(builder, stop)
    except yaml.YAMLError as err:
        earlier = _stop_before(text, _error_index(err))
        if earlier is not None:
            return earlier
        problem, block = _parser_problem(text, err, builder.last_scalar)
        builder.problems.append(problem)
        rest = None
        if problem.kind == "syntax":
            further, rest = _further_syntax_errors(text, block, problem.position.line)
            builder.problems += further
        return Tree(None, builder.source_map, builder.problems, rest=rest)
    if not builder.have_root or (builder.root is None and not builder.problems):
        # no document, or one that holds nothing ("---", "~", "null"): an empty file
        builder.problems.append(TreeProblem("empty", Position(1, 1)))
    return Tree(builder.root, builder.source_map, builder.problems, builder.comments)


def _feed(builder: _Builder, text: str) -> None:
    """Every event of ``text`` to ``builder`` (what ``yaml.parse`` does, without its
    generator: this loop runs once per value of every file)."""
    loader = _Loader(text)
    try:
        check, get, feed = loader.check_event, loader.get_event, builder.feed
        while check():
            feed(get())
    finally:
        loader.dispose()


def _stopped(builder: _Builder, stop: _Stop) -> Tree:
    builder.problems.append(stop.problem)
    return Tree(None, builder.source_map, builder.problems)


def _stop_before(text: str, index: int | None) -> Tree | None:
    """The tree of the text before a parser error, if one of our limits stops it there.

    The C parser reads ahead before it hands out events: it decodes the input in blocks
    (a character YAML does not allow fails there), it scans up to a line or 1,024
    characters to find out whether a value is a key, and libyaml 0.2.6 enforces a nesting
    limit of its own while it does. So a parser error can surface before the events that
    would hit one of our limits (depth, values, aliases, items, text length), and with
    another libyaml the other way round. Building the text before the error again, with
    nothing after it to read ahead into, reports the first problem in the text, whichever
    libyaml is installed.
    """
    if index is None or not 0 < index <= len(text):
        return None
    builder = _Builder()
    try:
        _feed(builder, text[:index])
    except _Stop as stop:
        return _stopped(builder, stop)
    except yaml.YAMLError:  # the cut itself: nothing of ours stopped the text before it
        return None
    return None


def _error_index(err: yaml.YAMLError) -> int | None:
    """The character offset of a parser error (libyaml counts characters, not bytes)."""
    if isinstance(err, yaml.MarkedYAMLError):
        mark = err.problem_mark or err.context_mark
        index = getattr(mark, "index", None)
    else:  # ReaderError
        index = getattr(err, "position", None)
    return index if isinstance(index, int) else None


MAX_SYNTAX_ERRORS = 10
"""Syntax errors reported for one file: the first, and further ones found by checking the
rest of the file with the broken lines left out."""

SYNTAX_BUDGET = 8 * 1024 * 1024
"""Characters parsed again, in all, to find further syntax errors (a few times a large
file), so that a hostile file is answered as quickly as any."""


def _parser_problem(
    text: str, err: yaml.YAMLError, last_scalar: Any
) -> tuple[TreeProblem, tuple[int, int] | None]:
    """The parser error as a problem explained for people, and the lines that hold the
    mistake (None when the rest of the file cannot be checked reliably without them)."""
    if not isinstance(err, yaml.MarkedYAMLError):  # ReaderError: a character YAML forbids
        position = _reader_position(text, err)
        code = (("code", _reader_detail(err)),)
        problem = TreeProblem("syntax", position, detail="bad_character", params=code)
        return problem, (position.line, position.line)
    words = " ".join(str(part) for part in (err.context, err.problem) if part)
    if "nesting depth" in words:  # libyaml's own limit ("exceeded maximum nesting depth")
        mark = err.problem_mark or err.context_mark
        position = _pos(mark) if mark is not None else Position(1, 1)
        return TreeProblem("limit", position, detail=f"depth>{MAX_DEPTH}"), None
    found = diagnose(text, err, last_scalar)
    params = tuple(sorted(found.params.items()))
    return TreeProblem("syntax", found.position, detail=found.kind, params=params), found.block


def _further_syntax_errors(
    text: str, block: tuple[int, int] | None, first_error: int
) -> tuple[list[TreeProblem], str | None]:
    """Further syntax errors: the file checked again with the lines of each mistake left
    out (blank, so that every line keeps its number). Only an error after those lines
    counts, and the search stops at one it cannot step over reliably, at
    MAX_SYNTAX_ERRORS, or when SYNTAX_BUDGET is spent: it never reports a guessed error.
    Each says it was found with the lines of the mistake on line ``first_error`` (and of
    any after it) left out. Also returns the text with every mistake left out, when what
    remains parses (:attr:`Tree.rest`); None when the search stopped before that."""
    found: list[TreeProblem] = []
    budget = SYNTAX_BUDGET
    while block is not None and len(found) < MAX_SYNTAX_ERRORS - 1:
        lines = text.split("\n")
        first, last = block
        if all(not line.strip() for line in lines[first - 1 : last]):
            break  # nothing left to leave out
        lines[first - 1 : last] = [""] * (last - first + 1)
        text = "\n".join(lines)
        budget -= len(text)
        if budget < 0:
            break
        err, last_scalar = _first_error(text)
        if err is None:
            return found, text  # the rest is valid YAML
        problem, block = _parser_problem(text, err, last_scalar)
        if problem.kind != "syntax" or problem.position.line <= last:
            break
        # said to be found with the lines of an earlier mistake left out
        found.append(replace(problem, params=(*problem.params, ("after", str(first_error)))))
    return found, None


def _first_error(text: str) -> tuple[yaml.YAMLError | None, Any]:
    """The parser's first error in ``text`` and the last scalar event before it."""
    last_scalar = None
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.ScalarEvent):
                last_scalar = event
    except yaml.YAMLError as err:
        return err, last_scalar
    return None, None


def _reader_position(text: str, err: yaml.YAMLError) -> Position:
    offset = getattr(err, "position", None)
    if not isinstance(offset, int):
        return Position(1, 1)
    before = text[:offset]
    line = before.count("\n") + 1
    col = offset - (before.rfind("\n") + 1) + 1
    return Position(line, col)


def _reader_detail(err: yaml.YAMLError) -> str:
    character = getattr(err, "character", None)
    if isinstance(character, str):
        return f"U+{ord(character):04X}"
    if isinstance(character, int):
        return f"U+{character:04X}"
    return "?"
