"""The loader: file -> bytes -> text -> positioned data -> model, with findings.

This is the one place where foreign exceptions (OS errors, YAML errors, Pydantic
validation errors) are translated into findings. Every finding points at
``file:line:col`` and a data path. Reading is bounded: at most :data:`MAX_FILE_BYTES`
are read, and :mod:`spukdos_cli.read.yamltree` bounds depth, nodes and aliases.
Input files are opened read-only and never written.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import json
import os
import re
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from spukdos_cli.findings import Finding, ParamValue, Quantity, Severity, Term
from spukdos_cli.form.model import Businesscase, as_meant, fields_of
from spukdos_cli.positions import DataPath, Position, SourceMap
from spukdos_cli.read import yamltree
from spukdos_cli.read.loaded import Loaded
from spukdos_cli.read.yamltree import TreeProblem

MAX_FILE_BYTES = 4 * 1024 * 1024
"""4 MiB. The reference application is about 40 KB; no real application comes near."""

MAX_FINDINGS = 500
"""Findings the loader reports per file; beyond it one Y011 says how many more there are.
A file with that many problems is not an application; the first ones show the pattern,
and every report stays fast."""


def _error(code: str, position: Position, path: DataPath = (), **params: ParamValue) -> Finding:
    return Finding(code, Severity.ERROR, path, position, dict(params))


# -- reading and decoding ------------------------------------------------------------------
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def read_bytes(path: Path) -> bytes | Finding:
    """Read at most MAX_FILE_BYTES + 1 bytes of ``path``, or say why not.

    The file is opened non-blocking, so that a named pipe without a writer cannot make
    ``open`` hang (it reads as empty); reading itself is blocking again, so that
    ``spukdos check <(command)`` still works.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as handle:
            if _NONBLOCK:
                os.set_blocking(fd, True)
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return _error("Y001", Position(1, 1), reason=Term("missing_file"))
    except IsADirectoryError:
        return _error("Y001", Position(1, 1), reason=Term("is_directory"))
    except PermissionError:
        return _error("Y001", Position(1, 1), reason=Term("no_permission"))
    except OSError as err:
        return _error("Y001", Position(1, 1), reason=Term("os_error"), detail=str(err.strerror))
    except ValueError:  # a NUL character in the name: no file can have it
        return _error("Y001", Position(1, 1), reason=Term("missing_file"))


def _byte_position(raw: bytes, offset: int) -> Position:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    prefix = raw[line_start:offset].decode("utf-8", errors="replace")
    return Position(raw.count(b"\n", 0, offset) + 1, len(prefix) + 1)


def decode(raw: bytes) -> str | Finding:
    """UTF-8 (a BOM is allowed) or UTF-16 with a BOM; anything else is a finding."""
    if len(raw) > MAX_FILE_BYTES:
        return _error(
            "Y009",
            Position(1, 1),
            limit=Term("limit_size", {"max": f"{MAX_FILE_BYTES // 1048576} MiB"}),
        )
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return _error("Y008", Position(1, 1), detail="UTF-32")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return _error("Y008", Position(1, 1), detail="UTF-16")
    nul = raw.find(b"\x00")
    if nul >= 0:
        return _error("Y008", _byte_position(raw, nul), detail=Term("nul_byte"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = raw[err.start : err.start + 1].hex().upper()
        return _error("Y008", _byte_position(raw, err.start), detail=f"byte 0x{bad}")


# -- YAML problems ---------------------------------------------------------------------------
_LIMIT_TERMS = {
    "nodes": ("limit_nodes", yamltree.MAX_NODES),
    "depth": ("limit_depth", yamltree.MAX_DEPTH),
    "aliases": ("limit_aliases", yamltree.MAX_ALIASES),
    "items": ("limit_items", yamltree.MAX_ITEMS),
    "text": ("limit_text", yamltree.MAX_TEXT),
}


def _tree_finding(problem: TreeProblem) -> Finding:
    position, path = problem.position, problem.path
    if problem.kind == "syntax":  # explained for people: what the mistake is, and the fix
        params = dict(problem.params)
        after = params.pop("after", None)
        explained = Term(f"yaml_{problem.detail}", dict(params))
        if after is not None:  # found with the lines of an earlier mistake left out
            explained = Term("yaml_after_earlier", {"problem": explained, "line": after})
        return _error("Y002", position, path, problem=explained)
    if problem.kind == "duplicate_key":
        first = problem.other.line if problem.other else "?"
        return _error("Y003", position, path, key=problem.detail, first=first, second=position.line)
    if problem.kind == "tag":
        return _error("Y004", position, path, tag=problem.detail)
    if problem.kind == "empty":
        return _error("Y005", position)
    if problem.kind == "documents":
        return _error("Y006", position)
    if problem.kind == "limit":
        name = problem.detail.split(">", 1)[0]
        key, limit = _LIMIT_TERMS[name]
        # a Quantity, so that the number is grouped the reader's way (100.000 / 100,000)
        return _error("Y009", position, path, limit=Term(key, {"max": Quantity(Decimal(limit))}))
    return _error("Y010", position, path, what=Term(problem.kind))


# -- Pydantic errors -----------------------------------------------------------------------
def _kind_of(value: Any) -> Term:
    if value is None:
        return Term("nothing")
    if isinstance(value, bool):
        return Term("a_value", {"text": str(value).lower()})
    if isinstance(value, dict):
        return Term("mapping")
    if isinstance(value, list):
        return Term("list")
    return Term("a_value", {"text": _clip(str(value))})


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _model_class(annotation: Any) -> type[BaseModel] | None:
    """The model class inside ``X | None`` or ``tuple[X, ...]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, tuple):
        for arg in typing.get_args(annotation):
            found = _model_class(arg)
            if found is not None:
                return found
    return None


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    """Field names allowed in the mapping at ``loc`` (for 'did you mean' hints)."""
    model: type[BaseModel] | None = Businesscase
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        info = fields_of(model).get(part)
        model = _model_class(info.annotation) if info else None
    return list(fields_of(model)) if model else []


def _choices(loc: tuple[Any, ...], ctx: dict[str, Any]) -> Term:
    """The values a choice field allows, listed the language's way ("'a', 'b' of 'c'"):
    read from the model, or else from Pydantic's English "'a', 'b' or 'c'"."""
    values = _literal_values(loc) or tuple(re.findall(r"'([^']*)'", str(ctx.get("expected"))))
    quoted = [f"'{value}'" for value in values]
    if len(quoted) < 2:
        return Term("choices_one", {"choice": quoted[0] if quoted else ""})
    return Term("choices_list", {"choices": ", ".join(quoted[:-1]), "last": quoted[-1]})


def _literal_values(loc: tuple[Any, ...]) -> tuple[str, ...]:
    """The values of the ``Literal`` at ``loc`` in the model (empty if it is none)."""
    model: type[BaseModel] | None = Businesscase
    annotation: Any = None
    for part in loc:
        if isinstance(part, int):
            continue
        info = fields_of(model).get(part) if model is not None else None
        if info is None:
            return ()
        annotation = info.annotation
        model = _model_class(annotation)
    for candidate in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(candidate) is typing.Literal:
            return tuple(str(value) for value in typing.get_args(candidate))
    return ()


_INTEGER_PART = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")
_ALL_DIGITS = re.compile(r"[0-9]+")


class _KeyOrder:
    """The key before a given key in a mapping of the data, computed once per mapping."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._previous: dict[int, dict[str, str]] = {}

    def mapping(self, path: tuple[Any, ...]) -> dict[str, Any] | None:
        node = self.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node if isinstance(node, dict) else None

    def previous(self, mapping: dict[str, Any], key: str) -> str | None:
        table = self._previous.get(id(mapping))
        if table is None:
            keys = list(mapping)
            table = dict(zip(keys[1:], keys[:-1], strict=True))
            self._previous[id(mapping)] = table
        return table.get(key)


def _flow_comma_hint(loc: tuple[Any, ...], order: _KeyOrder | None) -> Term | None:
    """``{dagen: 182,5}``: in flow style the comma ends the value, and ``5`` becomes a key.

    Recognised when the unknown key is all digits, has no value, and follows a key whose
    value is a whole number: then the applicant almost certainly wrote a decimal comma.
    """
    key = loc[-1]
    if order is None or not isinstance(key, str) or not _ALL_DIGITS.fullmatch(key):
        return None
    parent = order.mapping(loc[:-1])
    if parent is None or parent.get(key, "") is not None:
        return None
    previous = order.previous(parent, key)
    if previous is None:
        return None
    value = parent[previous]
    if not isinstance(value, str) or not _INTEGER_PART.fullmatch(value):
        return None
    return Term(
        "hint_flow_comma",
        {
            "field": previous,
            "written": f"{value},{key}",
            "suggestion": f"{value.replace('.', '')}.{key}",
        },
    )


def _unknown_key_hint(loc: tuple[Any, ...], order: _KeyOrder | None = None) -> Term:
    flow_comma = _flow_comma_hint(loc, order)
    if flow_comma is not None:
        return flow_comma
    key = str(loc[-1])
    allowed = _fields_at(loc[:-1])
    guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if guess:
        return Term("hint_did_you_mean", {"guess": guess[0]})
    if allowed:
        return Term("hint_allowed_keys", {"keys": ", ".join(allowed)})
    return Term("hint_remove_key")


_SUGGESTION_TERMS = {
    "ambiguous_separator": "suggest_either",
    "english_grouping": "suggest",
    "leading_zero": "suggest_leading_zero",
    "too_many_decimals": "suggest_max_decimals",
    "currency_not_allowed": "suggest",
    "ambiguous_fraction": "suggest_either",
}

_EXPECTED_BY_TYPE = {
    "string_type": "text",
    "model_type": "mapping",
    "dict_type": "mapping",
    "model_attributes_type": "mapping",
    "tuple_type": "list",
    "list_type": "list",
    "spukdos_number_type": "number",
    "spukdos_float": "number",
    "spukdos_date": "date",
    "spukdos_bool": "bool",
    "bool_type": "bool",
    "date_type": "date",
    "decimal_type": "number",
    "int_type": "whole",
}

_BOOL_WORDS = frozenset({"true", "false"})

_HINT_BY_TYPE = {
    "spukdos_date": "hint_iso_date",
    "spukdos_bool": "hint_true_false",
    "bool_type": "hint_true_false",
}


def _raw_position(error: Any, source_map: SourceMap) -> tuple[int, int]:
    """Where :func:`_validation_finding` will place this error, for sorting."""
    loc = tuple(error["loc"])
    prefer_key = error["type"] == "extra_forbidden" or loc == ("spukdos",)
    position = source_map.locate(loc, prefer_key=prefer_key)
    return position.line, position.col


def _validation_finding(
    error: Any, source_map: SourceMap, order: _KeyOrder | None = None
) -> Finding:
    loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if loc == ("spukdos",):  # missing, another version, or not a number at all ("true")
        return _error("S005", source_map.locate(loc, prefer_key=True), loc)
    if kind == "extra_forbidden":
        return _error(
            "S001",
            source_map.locate(loc, prefer_key=True),
            loc,
            key=_clip(str(loc[-1])),
            hint=_unknown_key_hint(loc, order),
        )
    flow_comma = _flow_comma_hint(loc, order) if value is None else None
    if flow_comma is not None:  # {dagen: 2,5} under a mapping of free keys (wijzigingen)
        position = source_map.locate(loc, prefer_key=True)
        return _error("S001", position, loc, key=_clip(str(loc[-1])), hint=flow_comma)
    position = source_map.locate(loc)
    if kind == "spukdos_number":
        reason = str(ctx.get("reason", "not_a_number"))
        suggestion = str(ctx.get("suggestion", ""))
        hint = (
            Term(_SUGGESTION_TERMS[reason], {"suggestion": suggestion})
            if suggestion and reason in _SUGGESTION_TERMS
            else Term(
                f"suggest_generic_{ctx.get('shape', 'money')}" if reason == "not_a_number" else ""
            )
        )
        return _error(
            "S004",
            position,
            loc,
            text=_clip(str(ctx.get("text", value))),
            reason=Term(reason),
            suggestion=hint,
        )
    if kind in ("greater_than_equal", "greater_than"):
        return _error("S003", position, loc, text=_clip(str(value)))
    if kind == "literal_error":
        return _error("S006", position, loc, text=_clip(str(value)), choices=_choices(loc, ctx))
    expected = _EXPECTED_BY_TYPE.get(kind, "text")
    hint_key = _HINT_BY_TYPE.get(kind, "hint_fix_value")
    if kind == "spukdos_date" and ctx.get("meant"):  # 15-11-2024: the ISO date it means
        readings = str(ctx["meant"]).split(" / ")
        hint = (
            Term("hint_date_meant", {"suggestion": readings[0]})
            if len(readings) == 1
            else Term("hint_date_either", {"first": readings[0], "second": readings[1]})
        )
        return _error(
            "S002", position, loc, expected=Term(expected), found=_kind_of(value), hint=hint
        )
    if kind == "string_type" and isinstance(value, (bool, int)):
        hint_key = "hint_quote_text"
    if kind == "spukdos_bool" and isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
        hint_key = "hint_unquote_bool"  # 'true' in quotes is text, not a yes/no value
    return _error(
        "S002", position, loc, expected=Term(expected), found=_kind_of(value), hint=Term(hint_key)
    )


# -- comments that may have been meant as text ------------------------------------------
def _is_text_field(path: tuple[Any, ...]) -> bool:
    """True when ``path`` names a free-text field of the model (not a number, date, choice
    or yes/no, where a comment after the value loses nothing a person wrote as text)."""
    model: type[BaseModel] | None = Businesscase
    annotation: Any = None
    for part in path:
        if isinstance(part, int):
            continue
        if model is None:
            return False
        info = fields_of(model).get(part)
        if info is None:
            return False
        annotation = info.annotation
        model = _model_class(annotation)
    if model is not None or annotation is None:
        return False
    return annotation is str or (
        typing.get_origin(annotation) in (typing.Union, types.UnionType)
        and set(typing.get_args(annotation)) == {str, type(None)}
    )


def _comment_findings(tree: yamltree.Tree) -> list[Finding]:
    """Y013: a comment right after a plain text value, which YAML drops from the text."""
    findings = []
    for path, comment in tree.comments.items():
        if not _is_text_field(path):
            continue
        value = _value_at(tree.data, path)
        if not isinstance(value, str):
            continue
        whole = json.dumps(f"{value} {comment.text}", ensure_ascii=False)
        findings.append(
            Finding(
                "Y013",
                Severity.WARNING,
                path,
                comment.position,
                {
                    "text": _clip(value),
                    "comment": _clip(comment.text),
                    "suggestion": _clip(whole, 120),
                },
            )
        )
    return findings


def _value_at(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


# -- the whole pipeline ----------------------------------------------------------------------
def _capped(findings: list[Finding], total: int | None = None) -> tuple[Finding, ...]:
    """At most MAX_FINDINGS findings (a limit finding always among them), plus one Y011
    saying how many more of the ``total`` there are."""
    total = len(findings) if total is None else total
    if total <= MAX_FINDINGS:
        return tuple(findings)
    first = [f for f in findings if f.code == "Y009"][:1]
    first += [f for f in findings if f.code != "Y009"][: MAX_FINDINGS - len(first)]
    first.sort(key=Finding.sort_key)
    more = total - len(first)
    last = first[-1].position
    return (*first, _error("Y011", last, more=more, max=MAX_FINDINGS))


def load_text(text: str) -> Loaded:
    """YAML text -> model, with findings for everything that is wrong with it."""
    tree = yamltree.build_tree(text)
    findings = [_tree_finding(problem) for problem in tree.problems]
    if findings:
        if tree.rest is not None:
            findings += _values_beside_syntax_errors(tree.rest)
        return Loaded(
            None, tree.source_map, _capped(sorted(findings, key=Finding.sort_key)), text=text
        )
    if not isinstance(tree.data, dict):
        # never the value itself: a file that is one value may be anything (a link to a
        # credentials file), and this message can end up in a public CI log
        found = _kind_of(tree.data) if isinstance(tree.data, list) else Term("a_single_value")
        return Loaded(
            None, tree.source_map, (_error("Y007", Position(1, 1), found=found),), text=text
        )
    comments = _comment_findings(tree) if tree.comments else []
    return load_data(tree.data, tree.source_map, text, comments)


def _as_meant_notes(data: Any, source_map: SourceMap, path: DataPath = ()) -> list[Finding]:
    """S007 for each choice or yes/no answer written otherwise than the format spells it
    (``Zorgkantoor``, ``centraal persoon``, ``Ja.``): read as meant, and said so."""
    found: list[Finding] = []
    if isinstance(data, dict):
        for key, value in data.items():
            here = (*path, key)
            if isinstance(value, str) and isinstance(key, str):
                read = as_meant(key, value)
                if read is not None:
                    found.append(
                        Finding(
                            "S007",
                            Severity.INFO,
                            here,
                            source_map.locate(here),
                            {"text": _clip(value), "read": read},
                        )
                    )
            elif isinstance(value, dict | list):
                found += _as_meant_notes(value, source_map, here)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found += _as_meant_notes(item, source_map, (*path, i))
    return found


_VALUE_ERRORS = frozenset({"spukdos_number", "spukdos_date", "spukdos_bool", "literal_error"})
"""Mistakes in a value itself (an amount, a date, yes/no, a choice), whatever stands around
it: found in a file with syntax errors too (:func:`_values_beside_syntax_errors`)."""


def _values_beside_syntax_errors(rest: str) -> list[Finding]:
    """The mistakes in values of a file with syntax errors, found in the rest of it (the
    text with the broken lines left out): a wrong date or an unreadable amount is reported
    in the same run as a runaway quote, not one run later (issue 27). Only mistakes in a
    value itself count: where a key stands, or what is missing, may depend on the lines
    left out, so those wait until the file reads."""
    tree = yamltree.build_tree(rest)
    if tree.problems or not isinstance(tree.data, dict):
        return []
    try:
        Businesscase.model_validate(tree.data)
    except ValidationError as err:
        return [
            _validation_finding(error, tree.source_map)
            for error in err.errors(include_url=False)
            if error["type"] in _VALUE_ERRORS
        ][:MAX_FINDINGS]
    return []


def load_data(
    data: dict[str, Any],
    source_map: SourceMap,
    text: str | None = None,
    notes: list[Finding] | None = None,
) -> Loaded:
    """Data as the reader builds it (mappings, lists, texts) -> model, with findings for
    every value that does not fit. Used for YAML and for imported documents alike;
    ``notes`` are findings the reader already has (text after ' #' in YAML, Y013)."""
    notes = (notes or []) + _as_meant_notes(data, source_map)
    try:
        case = Businesscase.model_validate(data)
    except ValidationError as err:
        raw_errors = err.errors(include_url=False)
        partial = _without_invalid(data, [tuple(e["loc"]) for e in raw_errors])
        # only the first MAX_FINDINGS (by position) are worth the work of a message
        raw_errors.sort(key=lambda e: _raw_position(e, source_map))
        lookup = _KeyOrder(data)
        errors = [_validation_finding(e, source_map, lookup) for e in raw_errors[:MAX_FINDINGS]]
        errors += notes
        return Loaded(
            partial,
            source_map,
            _capped(sorted(errors, key=Finding.sort_key), total=len(raw_errors) + len(notes)),
            text=text,
            partial=True,
        )
    return Loaded(case, source_map, _capped(sorted(notes, key=Finding.sort_key)), text=text)


def _without_invalid(data: dict[str, Any], locs: list[tuple[Any, ...]]) -> Businesscase | None:
    """The model built from ``data`` minus the values that failed validation.

    This lets one run report completeness as well as type errors. An invalid value is
    left out (a list item becomes an empty entry); after a few rounds we give up.
    """
    data = _containers_copied(data)
    for _ in range(3):
        for loc in locs:
            _drop(data, loc)
        try:
            return Businesscase.model_validate(data)
        except ValidationError as err:
            locs = [tuple(e["loc"]) for e in err.errors(include_url=False)]
    return None


def _containers_copied(value: Any) -> Any:
    """A copy of the mappings and lists that :func:`_drop` may change; the values in them
    (texts, numbers, dates) are never changed and are shared. Far cheaper than
    ``copy.deepcopy``, which also copies and memoises every value."""
    if isinstance(value, dict):
        return {key: _containers_copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_containers_copied(item) for item in value]
    return value


def _drop(data: Any, loc: tuple[Any, ...]) -> None:
    parent = data
    for part in loc[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return
    last = loc[-1] if loc else None
    if isinstance(parent, dict) and last == "spukdos":
        parent[last] = "1"  # reported as S005; assume the current format for the rest
    elif isinstance(parent, dict) and last in parent:
        del parent[last]
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        parent[last] = {}


def load_bytes(raw: bytes) -> Loaded:
    digest = hashlib.sha256(raw).hexdigest()
    text = decode(raw)
    if isinstance(text, Finding):
        return Loaded(None, SourceMap(), (text,), sha256=digest)
    loaded = load_text(text)
    return Loaded(
        loaded.case, loaded.source_map, loaded.findings, digest, loaded.text, partial=loaded.partial
    )


def load_path(path: Path) -> Loaded:
    """Load one file. Never raises for anything the file contains."""
    raw = read_bytes(path)
    if isinstance(raw, Finding):
        return Loaded(None, SourceMap(), (raw,))
    return load_bytes(raw)
