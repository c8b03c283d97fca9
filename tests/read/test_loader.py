"""Tests for spukdos_cli.read.yamltree and spukdos_cli.read.loader.

The YAML reader keeps what the applicant wrote (no YAML 1.1 surprises), refuses anything
it cannot trust, and the loader turns every problem into a finding with a stable code,
a 1-based position and a data path.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from spukdos_cli.findings import Finding, Quantity, Term
from spukdos_cli.messages import catalogue as codes
from spukdos_cli.messages.catalogue import render
from spukdos_cli.positions import Position, SourceMap
from spukdos_cli.read import loader, yamltree
from spukdos_cli.read.loaded import Loaded
from spukdos_cli.read.loader import (
    MAX_FILE_BYTES,
    decode,
    load_bytes,
    load_path,
    load_text,
    read_bytes,
)
from spukdos_cli.read.yamltree import TreeProblem, build_tree

HEAD = "spukdos: 1\n"


def _kinds(problems: list[TreeProblem]) -> list[str]:
    return [problem.kind for problem in problems]


def _codes(loaded: Loaded) -> list[str]:
    return [finding.code for finding in loaded.findings]


def _only(loaded: Loaded) -> Finding:
    assert len(loaded.findings) == 1, loaded.findings
    return loaded.findings[0]


# =============================================================================================
# yamltree: scalars
# =============================================================================================
@pytest.mark.parametrize(
    "text",
    [
        "NO",
        "no",
        "yes",
        "Yes",
        "on",
        "off",
        "y",
        "n",
        "1:30",
        "012",
        "1.250",
        "1,250",
        "2025-01-01",
        "12",
        "1e3",
        ".nan",
        ".inf",
        "0x1F",
        "0o17",
        "tRUE",
        "nULL",
        "€ 100.000,00",
    ],
)
def test_plain_scalars_stay_text_exactly_as_written(text: str) -> None:
    tree = build_tree(f"a: {text}\n")
    assert tree.problems == []
    assert tree.data == {"a": text}
    assert type(tree.data["a"]) is str


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("False", False),
        ("FALSE", False),
    ],
)
def test_core_schema_booleans(text: str, expected: bool) -> None:
    tree = build_tree(f"a: {text}\n")
    assert tree.problems == []
    assert tree.data["a"] is expected


@pytest.mark.parametrize("snippet", ["a: ~\n", "a: null\n", "a: Null\n", "a: NULL\n", "a:\n"])
def test_core_schema_nulls(snippet: str) -> None:
    tree = build_tree(snippet)
    assert tree.problems == []
    assert tree.data == {"a": None}


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("a: 'true'\n", "true"),
        ('a: "true"\n', "true"),
        ("a: 'null'\n", "null"),
        ("a: '~'\n", "~"),
        ("a: ''\n", ""),
        ("a: '012'\n", "012"),
        ("a: !!str 012\n", "012"),
        ("a: !!str true\n", "true"),
        ("a: !!str\n", ""),
        ("a: ! 012\n", "012"),
        ('a: "tab\\there"\n', "tab\there"),
        ("a: |\n  regel 1\n  regel 2\n", "regel 1\nregel 2\n"),
        ("a: >\n  een\n  zin\n", "een zin\n"),
    ],
)
def test_quoted_tagged_and_block_scalars_are_text(snippet: str, expected: str) -> None:
    tree = build_tree(snippet)
    assert tree.problems == []
    assert tree.data == {"a": expected}


def test_numeric_looking_keys_are_text() -> None:
    tree = build_tree("1: 2\n012: x\n")
    assert tree.problems == []
    assert tree.data == {"1": "2", "012": "x"}


# =============================================================================================
# yamltree: positions (values map and keys map)
# =============================================================================================
NESTED = """\
kosten:
  uitvoering:
    - kostenpost: a
      bedrag: 5
    - bedrag: 6
"""


def test_nested_list_data() -> None:
    tree = build_tree(NESTED)
    assert tree.problems == []
    assert tree.data == {
        "kosten": {"uitvoering": [{"kostenpost": "a", "bedrag": "5"}, {"bedrag": "6"}]}
    }


@pytest.mark.parametrize(
    ("path", "line", "col"),
    [
        ((), 1, 1),
        (("kosten",), 2, 3),
        (("kosten", "uitvoering"), 3, 5),
        (("kosten", "uitvoering", 0), 3, 7),
        (("kosten", "uitvoering", 0, "kostenpost"), 3, 19),
        (("kosten", "uitvoering", 0, "bedrag"), 4, 15),
        (("kosten", "uitvoering", 1), 5, 7),
        (("kosten", "uitvoering", 1, "bedrag"), 5, 15),
    ],
)
def test_value_positions(path: tuple[Any, ...], line: int, col: int) -> None:
    assert build_tree(NESTED).source_map.values[path] == Position(line, col)


def test_key_positions() -> None:
    assert build_tree(NESTED).source_map.keys == {
        ("kosten",): Position(1, 1),
        ("kosten", "uitvoering"): Position(2, 3),
        ("kosten", "uitvoering", 0, "kostenpost"): Position(3, 7),
        ("kosten", "uitvoering", 0, "bedrag"): Position(4, 7),
        ("kosten", "uitvoering", 1, "bedrag"): Position(5, 7),
    }


def test_flow_positions() -> None:
    tree = build_tree("a: {b: {c: [d, {e: f}]}}\n")
    values = tree.source_map.values
    assert values[("a", "b", "c", 0)] == Position(1, 13)
    assert values[("a", "b", "c", 1, "e")] == Position(1, 20)
    assert tree.source_map.keys[("a", "b", "c", 1, "e")] == Position(1, 17)


def test_positions_after_document_start_marker() -> None:
    tree = build_tree("---\na: 1\n...\n")
    assert tree.problems == []
    assert tree.data == {"a": "1"}
    assert tree.source_map.keys[("a",)] == Position(2, 1)
    assert tree.source_map.values[("a",)] == Position(2, 4)


# =============================================================================================
# SourceMap.locate
# =============================================================================================
@pytest.fixture
def source_map() -> SourceMap:
    return SourceMap(
        values={
            (): Position(1, 1),
            ("kosten",): Position(2, 3),
            ("kosten", "uitvoering", 0, "bedrag"): Position(4, 15),
        },
        keys={
            ("kosten",): Position(1, 1),
            ("kosten", "uitvoering", 0, "bedrag"): Position(4, 7),
        },
    )


@pytest.mark.parametrize(
    ("path", "prefer_key", "expected"),
    [
        (("kosten", "uitvoering", 0, "bedrag"), False, Position(4, 15)),
        (("kosten", "uitvoering", 0, "bedrag"), True, Position(4, 7)),
        (("kosten",), False, Position(2, 3)),
        (("kosten",), True, Position(1, 1)),
        # no entry: the nearest ancestor that has one
        (("kosten", "uitvoering", 3, "bedrag"), False, Position(2, 3)),
        (("kosten", "uitvoering", 3, "bedrag"), True, Position(1, 1)),
        (("kosten", "uitvoering", 0, "bedrag", "x"), False, Position(4, 15)),
        (("kosten", "uitvoering", 0, "bedrag", "x"), True, Position(4, 7)),
        (("baten", "overige"), False, Position(1, 1)),
        ((), False, Position(1, 1)),
    ],
)
def test_locate(
    source_map: SourceMap, path: tuple[Any, ...], prefer_key: bool, expected: Position
) -> None:
    assert source_map.locate(path, prefer_key=prefer_key) == expected


def test_locate_in_an_empty_map_is_the_start_of_the_file() -> None:
    assert SourceMap().locate(("a", 0, "b")) == Position(1, 1)
    assert SourceMap().locate(("a",), prefer_key=True) == Position(1, 1)


def test_locate_accepts_a_list_path(source_map: SourceMap) -> None:
    assert source_map.locate(["kosten"]) == Position(2, 3)  # type: ignore[arg-type]


# =============================================================================================
# yamltree: problems
# =============================================================================================
def test_duplicate_key_names_both_lines() -> None:
    tree = build_tree("a: 1\nb: 2\na: 3\n")
    assert tree.problems == [
        TreeProblem("duplicate_key", Position(3, 1), ("a",), detail="a", other=Position(1, 1))
    ]
    assert tree.data == {"a": "1", "b": "2"}  # the first one is kept, nothing resolved


def test_nested_duplicate_key_and_each_repeat_is_reported() -> None:
    tree = build_tree("x:\n  a: 1\n  a: 2\n  a: 3\n")
    assert [(p.kind, p.position, p.path, p.other) for p in tree.problems] == [
        ("duplicate_key", Position(3, 3), ("x", "a"), Position(2, 3)),
        ("duplicate_key", Position(4, 3), ("x", "a"), Position(2, 3)),
    ]


def test_same_key_in_different_sections_is_fine() -> None:
    tree = build_tree("a: {naam: x}\nb: {naam: y}\n")
    assert tree.problems == []


def test_python_tag_is_reported_and_nothing_is_executed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args) or 0)
    tree = build_tree('a: !!python/object/apply:os.system ["echo hi"]\n')
    assert calls == []
    assert tree.problems == [
        TreeProblem(
            "tag",
            Position(1, 4),
            ("a",),
            detail="tag:yaml.org,2002:python/object/apply:os.system",
        )
    ]
    # plain data only: the tag was not applied
    assert tree.data == {"a": ["echo hi"]}


@pytest.mark.parametrize(
    ("snippet", "detail"),
    [
        ("a: !foo x\n", "!foo"),
        ("a: !!int 3\n", "tag:yaml.org,2002:int"),
        ("a: !!float 1\n", "tag:yaml.org,2002:float"),
        ("a: !!binary aGk=\n", "tag:yaml.org,2002:binary"),
        ("a: !!python/name:os.system\n", "tag:yaml.org,2002:python/name:os.system"),
        ("a: !!set {x}\n", "tag:yaml.org,2002:set"),
        ("a: !!map x\n", "tag:yaml.org,2002:map"),
        ("a: !foo {b: 1}\n", "!foo"),
        ("a: !foo [1]\n", "!foo"),
    ],
)
def test_other_tags_are_reported(snippet: str, detail: str) -> None:
    tree = build_tree(snippet)
    assert [(p.kind, p.position, p.path, p.detail) for p in tree.problems] == [
        ("tag", Position(1, 4), ("a",), detail)
    ]


@pytest.mark.parametrize("snippet", ["a: !!map {b: 1}\n", "a: !!seq [1]\n", "!!map {a: 1}\n"])
def test_collection_tags_are_allowed(snippet: str) -> None:
    assert build_tree(snippet).problems == []


def test_merge_key_is_reported_not_merged() -> None:
    tree = build_tree("base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n")
    assert [(p.kind, p.position, p.path) for p in tree.problems] == [
        ("merge_key", Position(3, 3), ("c",))
    ]
    assert tree.data == {"base": {"x": "1"}, "c": {"y": "2"}}


@pytest.mark.parametrize(
    ("snippet", "position"),
    [
        ("? [a, b]\n: 1\n", Position(1, 8)),
        ("? {a: 1}\n: 1\n", Position(1, 8)),
        ("~: 1\n", Position(1, 1)),
        ("true: 1\n", Position(1, 1)),
        ("x:\n  false: 1\n", Position(2, 3)),
    ],
)
def test_non_text_keys_are_reported(snippet: str, position: Position) -> None:
    problems = build_tree(snippet).problems
    assert [(p.kind, p.position) for p in problems] == [("complex_key", position)]


def test_two_documents() -> None:
    tree = build_tree("a: 1\n---\nb: 2\n")
    assert tree.data is None
    assert [(p.kind, p.position) for p in tree.problems] == [("documents", Position(2, 1))]


@pytest.mark.parametrize("text", ["", "\n\n", "# alleen commentaar\n", "# a\n\n   # b\n"])
def test_empty_files(text: str) -> None:
    tree = build_tree(text)
    assert tree.data is None
    assert [(p.kind, p.position) for p in tree.problems] == [("empty", Position(1, 1))]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("a: [1, 2\nb: 3\n", Position(1, 4)),  # the [ that is not closed
        ("a: b: c\n", Position(1, 5)),
        ("a: 1\n  b: 2\n", Position(2, 3)),  # the line that is indented too far
        ("a:\n  - 1\n  b: 2\n", Position(3, 3)),
        ("a:\n\tb: 1\n", Position(2, 1)),
        ("a: 1\nb: 'open\n", Position(2, 4)),  # where the quote opens, not the end
        ("a: \x07\n", Position(1, 4)),  # a control character YAML does not allow
    ],
)
def test_syntax_errors_have_the_right_position(text: str, position: Position) -> None:
    tree = build_tree(text)
    assert tree.data is None
    assert len(tree.problems) == 1
    assert tree.problems[0].kind == "syntax"
    assert tree.problems[0].position == position
    assert tree.problems[0].detail


def test_control_character_detail_names_the_code_point() -> None:
    (problem,) = build_tree("a: \x07\n").problems
    assert (problem.detail, problem.params) == ("bad_character", (("code", "U+0007"),))


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("a: *nope\n", Position(1, 4)),
        ("a: &x [*x]\n", Position(1, 8)),  # an alias to a node that is still open
    ],
)
def test_undefined_alias_is_a_syntax_problem(text: str, position: Position) -> None:
    tree = build_tree(text)
    assert tree.data is None
    assert [(p.kind, p.position) for p in tree.problems] == [("syntax", position)]
    assert tree.problems[0].detail == "undefined_alias"


# =============================================================================================
# yamltree: limits
# =============================================================================================
def _billion_laughs() -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghi":
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


def test_billion_laughs_stops_at_the_node_limit() -> None:
    tree = build_tree(_billion_laughs())
    assert tree.data is None
    assert [(p.kind, p.detail) for p in tree.problems] == [("limit", f"nodes>{yamltree.MAX_NODES}")]


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        "a: " + "{b: " * 10_000 + "1" + "}" * 10_000,
        "".join("  " * i + f"k{i}:\n" for i in range(yamltree.MAX_DEPTH + 10)),
    ],
    ids=["flow-lists", "flow-maps", "block-maps"],
)
def test_deep_nesting_stops_at_the_depth_limit(text: str) -> None:
    tree = build_tree(text)  # must not raise RecursionError
    assert tree.data is None
    assert [(p.kind, p.detail) for p in tree.problems] == [("limit", f"depth>{yamltree.MAX_DEPTH}")]


def test_depth_limit_boundary() -> None:
    depth = yamltree.MAX_DEPTH
    assert build_tree("[" * depth + "]" * depth).problems == []
    assert _kinds(build_tree("[" * (depth + 1) + "]" * (depth + 1)).problems) == ["limit"]


# Our limits answer first, whatever the installed libyaml reads ahead or limits itself:
# libyaml decodes its input in blocks and scans ahead up to a line to find keys, and
# libyaml 0.2.6 (PyYAML 6.0.4) stops nesting beyond 1,000 levels on its own. A parser
# error after the place where one of our limits is crossed must not hide that limit.
_BEL = "\x07"  # a character YAML does not allow: the reader fails on it, ahead of events
_LIMIT_THEN_BROKEN = {
    "depth": ("[" * 60 + _BEL, Position(1, 51), "depth>50"),
    "depth-libyaml": ("[" * 2_000 + "]" * 2_000, Position(1, 51), "depth>50"),
    "items": ("a: [" + "1, " * 300 + _BEL + "]", Position(1, 605), "items>200"),
    "aliases": ("a: &x 1\nb: [" + "*x, " * 120 + _BEL + "]", Position(2, 405), "aliases>100"),
    "text": ("a: " + "x" * 100_001 + " " + _BEL, Position(1, 4), "text>100000"),
}


@pytest.mark.parametrize(
    ("text", "position", "detail"), _LIMIT_THEN_BROKEN.values(), ids=_LIMIT_THEN_BROKEN
)
def test_a_limit_answers_before_a_later_parser_error(
    text: str, position: Position, detail: str
) -> None:
    tree = build_tree(text)
    assert tree.data is None
    assert [(p.kind, p.position, p.detail) for p in tree.problems] == [("limit", position, detail)]


def test_a_parser_side_depth_error_is_a_limit_not_syntax(monkeypatch: pytest.MonkeyPatch) -> None:
    # with our own limit above libyaml 0.2.6's (1,000), its error is what comes through:
    # it must read as the limit it is. With an older libyaml ours stops at 2,001 levels.
    monkeypatch.setattr(yamltree, "MAX_DEPTH", 2_000)
    tree = build_tree("[" * 3_000 + "]" * 3_000)
    assert [(p.kind, p.detail) for p in tree.problems] == [("limit", "depth>2000")]
    assert tree.problems[0].position.line == 1


def test_a_syntax_error_before_any_limit_stays_a_syntax_error() -> None:
    tree = build_tree("a: [1, 2\nb: " + "[" * 60)
    assert [(p.kind, p.position) for p in tree.problems] == [("syntax", Position(1, 4))]


def test_alias_limit() -> None:
    limit = yamltree.MAX_ALIASES
    ok = build_tree("a: &x 1\nb: [" + ", ".join(["*x"] * limit) + "]\n")
    assert ok.problems == []
    assert ok.data["b"] == ["1"] * limit
    too_many = build_tree("a: &x 1\nb: [" + ", ".join(["*x"] * (limit + 1)) + "]\n")
    assert too_many.data is None
    assert [(p.kind, p.detail) for p in too_many.problems] == [("limit", f"aliases>{limit}")]


def test_anchor_reused_a_few_times() -> None:
    tree = build_tree(
        "basis: &p {partij: Gemeente, bedrag: '78.000'}\n"
        "lijst: [*p, *p]\n"
        "ook: *p\n"
        "tekst: &t hallo\n"
        "weer: *t\n"
    )
    assert tree.problems == []
    expected = {"partij": "Gemeente", "bedrag": "78.000"}
    assert tree.data["basis"] == expected
    assert tree.data["lijst"] == [expected, expected]
    assert tree.data["ook"] == expected
    assert tree.data["weer"] == "hallo"
    assert tree.source_map.values[("ook",)] == Position(3, 6)
    assert tree.source_map.values[("lijst", 1)] == Position(2, 13)


# =============================================================================================
# loader: tree problems become findings
# =============================================================================================
@pytest.mark.parametrize(
    ("text", "code", "position", "path"),
    [
        (HEAD + "a: [1,\n", "Y002", Position(3, 1), ()),
        (
            HEAD + "experiment:\n  naam: a\n  naam: b\n",
            "Y003",
            Position(4, 3),
            ("experiment", "naam"),
        ),
        (HEAD + "experiment: !foo x\n", "Y004", Position(2, 13), ("experiment",)),
        ("", "Y005", Position(1, 1), ()),
        ("# niets\n", "Y005", Position(1, 1), ()),
        (HEAD + "---\nspukdos: 1\n", "Y006", Position(2, 1), ()),
        (HEAD + "<<: {a: 1}\n", "Y010", Position(2, 1), ()),
        (HEAD + "? [a]\n: 1\n", "Y010", Position(2, 5), ()),
        (HEAD + "x: *nope\n", "Y002", Position(2, 4), ()),
    ],
)
def test_tree_problems_become_findings(
    text: str, code: str, position: Position, path: tuple[Any, ...]
) -> None:
    loaded = load_text(text)
    assert loaded.case is None
    finding = _only(loaded)
    assert (finding.code, finding.position, finding.path) == (code, position, path)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (_billion_laughs(), Term("limit_nodes", {"max": Quantity(Decimal(20_000))})),
        ("[" * 10_000 + "]" * 10_000, Term("limit_depth", {"max": Quantity(Decimal(50))})),
        (
            "a: &x 1\nb: [" + ", ".join(["*x"] * 101) + "]\n",
            Term("limit_aliases", {"max": Quantity(Decimal(100))}),
        ),
    ],
    ids=["nodes", "depth", "aliases"],
)
def test_limits_become_y009(text: str, term: Term) -> None:
    finding = _only(load_text(text))
    assert finding.code == "Y009"
    assert finding.params["limit"] == term
    assert finding.params["limit"].params == term.params


def test_the_explanation_of_y009_names_the_limits_in_force() -> None:
    from spukdos_cli.messages.explanations import EXPLANATIONS

    nl, en = EXPLANATIONS["Y009"]

    def dutch(number: int) -> str:
        return f"{number:,}".replace(",", ".")

    for phrase in (
        f"{yamltree.MAX_DEPTH} niveaus",
        f"{dutch(yamltree.MAX_NODES)} waarden",
        f"{yamltree.MAX_ALIASES} aliassen",
        f"{yamltree.MAX_ITEMS} items",
        f"{dutch(yamltree.MAX_TEXT)} tekens",
    ):
        assert phrase in nl
    for phrase in (
        f"{yamltree.MAX_DEPTH} levels",
        f"{yamltree.MAX_NODES:,} values",
        f"{yamltree.MAX_ALIASES} aliases",
        f"{yamltree.MAX_ITEMS} items",
        f"{yamltree.MAX_TEXT:,} characters",
    ):
        assert phrase in en


def test_limit_and_binary_messages_speak_the_readers_language() -> None:
    nodes = _only(load_text(_billion_laughs()))
    assert f"{yamltree.MAX_NODES:,} waarden".replace(",", ".") in render(nodes, "nl")
    assert f"{yamltree.MAX_NODES:,} values" in render(nodes, "en")
    binary = _only(load_bytes(b"a: 1\nnaam: \x00x\n"))
    assert render(binary, "nl") == (
        "Het bestand is geen UTF-8-tekst (NUL-byte: een binair bestand?). Sla het op als UTF-8."
    )
    assert render(binary, "en") == (
        "The file is not UTF-8 text (NUL byte: a binary file?). Save it as UTF-8."
    )


def test_merge_key_and_complex_key_terms() -> None:
    assert _only(load_text(HEAD + "<<: {a: 1}\n")).params == {"what": Term("merge_key")}
    assert _only(load_text(HEAD + "? [a]\n: 1\n")).params == {"what": Term("complex_key")}


def test_duplicate_key_message_names_both_lines() -> None:
    finding = _only(load_text(HEAD + "experiment:\n  naam: a\n  gemeente: b\n  naam: c\n"))
    assert finding.code == "Y003"
    assert finding.params == {"key": "naam", "first": 3, "second": 5}
    nl = codes.render(finding, "nl")
    assert "'naam'" in nl
    assert "regel 3" in nl
    assert "regel 5" in nl
    en = codes.render(finding, "en")
    assert "line 3" in en
    assert "line 5" in en


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- a\n- b\n", Term("list")),
        # one value is never echoed (issue 19): it may be any file, such as a credential
        ("zomaar tekst\n", Term("a_single_value")),
        ("12\n", Term("a_single_value")),
        ("true\n", Term("a_single_value")),
    ],
)
def test_top_level_must_be_a_mapping(text: str, found: Term) -> None:
    loaded = load_text(text)
    assert loaded.case is None
    finding = _only(loaded)
    assert (finding.code, finding.position, finding.path) == ("Y007", Position(1, 1), ())
    assert finding.params["found"] == found
    assert finding.params["found"].params == found.params


# =============================================================================================
# loader: bytes and encodings
# =============================================================================================
SMALL = "spukdos: 1\nexperiment:\n  naam: café\n"


def test_decode_plain_utf8() -> None:
    assert decode(SMALL.encode("utf-8")) == SMALL


@pytest.mark.parametrize(
    "raw",
    [
        SMALL.encode("utf-8"),
        codecs.BOM_UTF8 + SMALL.encode("utf-8"),
        codecs.BOM_UTF16_LE + SMALL.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SMALL.encode("utf-16-be"),
        SMALL.encode("utf-16"),
        SMALL.replace("\n", "\r\n").encode("utf-8"),
        codecs.BOM_UTF8 + SMALL.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native", "crlf", "bom-crlf"],
)
def test_accepted_encodings_load(raw: bytes) -> None:
    loaded = load_bytes(raw)
    assert loaded.findings == ()
    assert loaded.case is not None
    assert loaded.case.experiment is not None
    assert loaded.case.experiment.naam == "café"
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()
    assert loaded.text is not None
    assert not loaded.text.startswith("\ufeff")


@pytest.mark.parametrize(
    "raw",
    [
        b"spukdos: 1\nexperimnt:\n  naam: x\n",
        b"spukdos: 1\r\nexperimnt:\r\n  naam: x\r\n",
        codecs.BOM_UTF8 + b"spukdos: 1\r\nexperimnt:\r\n  naam: x\r\n",
        codecs.BOM_UTF16_LE + "spukdos: 1\r\nexperimnt:\r\n  naam: x\r\n".encode("utf-16-le"),
    ],
    ids=["lf", "crlf", "bom-crlf", "utf16-crlf"],
)
def test_line_numbers_do_not_depend_on_line_endings_or_bom(raw: bytes) -> None:
    finding = _only(load_bytes(raw))
    assert (finding.code, finding.position, finding.path) == (
        "S001",
        Position(2, 1),
        ("experimnt",),
    )


def test_bom_does_not_shift_the_first_column() -> None:
    finding = _only(load_bytes(codecs.BOM_UTF8 + b"experimnt: x\nspukdos: 1\n"))
    assert (finding.code, finding.position) == ("S001", Position(1, 1))


@pytest.mark.parametrize(
    ("raw", "position", "detail"),
    [
        (b"naam: caf\xe9\n", Position(1, 10), "byte 0xE9"),  # Latin-1
        (b"spukdos: 1\nnaam: caf\xe9\n", Position(2, 10), "byte 0xE9"),
        (b"a: \xc3\xa9\xe9\n", Position(1, 5), "byte 0xE9"),  # columns count characters
        (b"a: 1\nb: \xe2\x82\n", Position(2, 4), "byte 0xE2"),  # a cut-off sequence
        (b"a: 1\r\nb: \x80\r\n", Position(2, 4), "byte 0x80"),
        (codecs.BOM_UTF8 + b"naam: caf\xe9\n", Position(1, 10), "byte 0xE9"),
        (b"a: 1\nnaam: \x00x\n", Position(2, 7), Term("nul_byte")),
        (b"\x00", Position(1, 1), Term("nul_byte")),
        ("spukdos: 1\n".encode("utf-16-le"), Position(1, 2), Term("nul_byte")),  # no BOM
        (codecs.BOM_UTF16_LE + b"\x00", Position(1, 1), "UTF-16"),  # odd length
        (codecs.BOM_UTF16_LE + b"\x00\xd8", Position(1, 1), "UTF-16"),  # lone surrogate
    ],
)
def test_wrong_encoding_is_y008_with_the_position_of_the_bad_byte(
    raw: bytes, position: Position, detail: str | Term
) -> None:
    result = decode(raw)
    assert isinstance(result, Finding)
    assert (result.code, result.position, result.path) == ("Y008", position, ())
    assert result.params == {"detail": detail}
    loaded = load_bytes(raw)
    assert loaded.case is None
    assert loaded.findings == (result,)
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()


def test_too_big_is_y009() -> None:
    raw = b"#" * (MAX_FILE_BYTES + 1)
    loaded = load_bytes(raw)
    finding = _only(loaded)
    assert (finding.code, finding.position) == ("Y009", Position(1, 1))
    assert finding.params["limit"] == Term("limit_size", {"max": "4 MiB"})
    assert finding.params["limit"].params == {"max": "4 MiB"}
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()
    assert "4 MiB" in codes.render(finding, "en")


def test_exactly_max_bytes_is_read() -> None:
    # a comment-only file of exactly the limit: no size finding, only "empty"
    assert _codes(load_bytes(b"#" * MAX_FILE_BYTES)) == ["Y005"]


def test_load_bytes_keeps_text_and_partial() -> None:
    raw = (HEAD + "experiment:\n  variant: anders\n").encode()
    loaded = load_bytes(raw)
    assert loaded.text == raw.decode()
    assert loaded.partial is True
    assert loaded.case is not None
    assert _codes(loaded) == ["S006"]


# =============================================================================================
# loader: files
# =============================================================================================
def test_load_path_reads_a_file(tmp_path: Path) -> None:
    raw = (HEAD + "regeling_jaar: 2025\n").encode()
    path = tmp_path / "aanvraag.yaml"
    path.write_bytes(raw)
    assert read_bytes(path) == raw
    loaded = load_path(path)
    assert loaded.findings == ()
    assert loaded.case is not None
    assert loaded.case.regeling_jaar == 2025
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()
    assert path.read_bytes() == raw  # read-only


def test_load_path_reports_findings_with_hash(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"naam: caf\xe9\n")
    loaded = load_path(path)
    finding = _only(loaded)
    assert (finding.code, finding.position) == ("Y008", Position(1, 10))
    assert loaded.sha256 == hashlib.sha256(b"naam: caf\xe9\n").hexdigest()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "bestaat-niet.yaml", "missing_file"),
        (lambda tmp: tmp, "is_directory"),
        (lambda tmp: tmp / ("x" * 300 + ".yaml"), "os_error"),  # name too long
    ],
    ids=["missing", "directory", "name-too-long"],
)
def test_unreadable_paths_are_y001(tmp_path: Path, make: Any, reason: str) -> None:
    path = make(tmp_path)
    finding = read_bytes(path)
    assert isinstance(finding, Finding)
    assert (finding.code, finding.position, finding.path) == ("Y001", Position(1, 1), ())
    assert finding.params["reason"] == Term(reason)
    loaded = load_path(path)
    assert loaded.case is None
    assert loaded.findings == (finding,)
    assert loaded.sha256 is None


def test_unreadable_file_is_y001(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read a file with mode 000")
    path = tmp_path / "geheim.yaml"
    path.write_bytes(HEAD.encode())
    path.chmod(0)
    try:
        finding = _only(load_path(path))
    finally:
        path.chmod(0o600)
    assert finding.code == "Y001"
    assert finding.params["reason"] == Term("no_permission")


def test_read_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 10)
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"#" * 100)
    assert read_bytes(path) == b"#" * 11
    assert _codes(load_path(path)) == ["Y009"]


# =============================================================================================
# loader: the model, end to end
# =============================================================================================
AMSTELVEEN = """\
spukdos: 1
regeling_jaar: 2025
experiment:
  naam: Van Ouderenzorg naar Samenzorg
  variant: cofinanciering
  startdatum: 2025-01-01
partijen:
  - rol: gemeente
    organisatie: Gemeente Amstelveen
    toegezegd: true
beschrijving:
  aantal_inwoners: 7.200.000
kosten:
  uitvoering:
    - kostenpost: Projectleiding
      bedrag: 100.000,00
    - kostenpost: Communicatie
      bedrag: "€ 50.000,00"
baten:
  uitstel_mpt_vpt:
    dagen: 182,5
    inwoners: 6,1
    kosten_per_dag: € 285,00
    totaal: € 317.276,25
opgave:
  saldo: +/+ € 78.525,00
"""


def test_valid_snippet_loads_exact_values() -> None:
    loaded = load_text(AMSTELVEEN)
    assert loaded.findings == ()
    assert loaded.partial is False
    case = loaded.case
    assert case is not None
    assert case.spukdos == 1
    assert case.regeling_jaar == 2025
    assert type(case.regeling_jaar) is int
    assert case.experiment is not None
    assert case.experiment.variant == "cofinanciering"
    assert case.experiment.startdatum == date(2025, 1, 1)
    assert case.partijen is not None
    assert case.partijen[0].toegezegd is True
    assert case.beschrijving is not None
    assert case.beschrijving.aantal_inwoners == 7_200_000
    assert case.kosten is not None
    assert case.kosten.uitvoering is not None
    amounts = [post.bedrag for post in case.kosten.uitvoering]
    assert amounts == [Decimal("100000.00"), Decimal("50000.00")]
    assert [a.as_tuple().exponent for a in amounts if a is not None] == [-2, -2]
    assert case.baten is not None
    mpt = case.baten.uitstel_mpt_vpt
    assert mpt is not None
    assert (mpt.dagen, mpt.inwoners) == (Decimal("182.5"), Decimal("6.1"))
    assert mpt.kosten_per_dag is not None
    assert mpt.kosten_per_dag.as_tuple() == Decimal("285.00").as_tuple()
    assert mpt.totaal == Decimal("317276.25")
    assert case.opgave is not None
    assert case.opgave.saldo is not None
    assert case.opgave.saldo.as_tuple() == Decimal("78525.00").as_tuple()


def test_negative_saldo_in_form_style() -> None:
    loaded = load_text(HEAD + "opgave:\n  saldo: -/- € 1.000,00\n")
    assert loaded.findings == ()
    assert loaded.case is not None
    assert loaded.case.opgave is not None
    assert loaded.case.opgave.saldo == Decimal("-1000.00")


def test_regeling_jaar_is_an_int() -> None:
    loaded = load_text(HEAD + "regeling_jaar: 2025\n")
    assert loaded.findings == ()
    assert loaded.case is not None
    assert loaded.case.regeling_jaar == 2025
    assert type(loaded.case.regeling_jaar) is int


def test_quoted_euro_amount_in_flow_style() -> None:
    loaded = load_text(HEAD + 'kosten: {uitvoering: [{bedrag: "€ 100.000,00"}]}\n')
    assert loaded.findings == ()
    assert loaded.case is not None
    assert loaded.case.kosten is not None
    assert loaded.case.kosten.uitvoering is not None
    bedrag = loaded.case.kosten.uitvoering[0].bedrag
    assert bedrag is not None
    assert bedrag.as_tuple() == Decimal("100000.00").as_tuple()


@pytest.mark.parametrize(
    "text",
    ["experiment:\n  naam: x\n", "spukdos: 2\n", "spukdos: 0\n", "spukdos:\n", "spukdos: 01\n"],
)
def test_missing_or_wrong_format_version_is_s005(text: str) -> None:
    loaded = load_text(text)
    finding = _only(loaded)
    assert (finding.code, finding.path) == ("S005", ("spukdos",))
    assert finding.position == Position(1, 1)
    assert loaded.partial is True
    assert loaded.case is not None  # the rest is read as format version 1


def test_wrong_format_version_points_at_the_key() -> None:
    finding = _only(load_text("# aanvraag\nspukdos: 2\n"))
    assert (finding.code, finding.position) == ("S005", Position(2, 1))


@pytest.mark.parametrize("text", ["spukdos: 1\n", "spukdos: '1'\n", "spukdos: 1.0\n"])
def test_format_version_one(text: str) -> None:
    loaded = load_text(text)
    assert loaded.findings == ()
    assert loaded.case is not None
    assert loaded.case.spukdos == 1


def test_unknown_key_points_at_the_key_with_a_hint() -> None:
    finding = _only(load_text(HEAD + "experimnt:\n  naam: x\n"))
    assert (finding.code, finding.position, finding.path) == (
        "S001",
        Position(2, 1),
        ("experimnt",),
    )
    assert finding.params == {
        "key": "experimnt",
        "hint": Term("hint_did_you_mean", {"guess": "experiment"}),
    }
    assert "experiment'" in codes.render(finding, "nl")
    assert "'experiment'" in codes.render(finding, "en")


@pytest.mark.parametrize(
    ("text", "position", "path", "hint"),
    [
        (
            HEAD + "experiment:\n  nam: x\n",
            Position(3, 3),
            ("experiment", "nam"),
            Term("hint_did_you_mean", {"guess": "naam"}),
        ),
        (
            HEAD + "kosten:\n  uitvoering:\n    - bedrg: 5\n",
            Position(4, 7),
            ("kosten", "uitvoering", 0, "bedrg"),
            Term("hint_did_you_mean", {"guess": "bedrag"}),
        ),
        (
            HEAD + "baten:\n  uitstel_mpt_vpt:\n    dagn: 5\n",
            Position(4, 5),
            ("baten", "uitstel_mpt_vpt", "dagn"),
            Term("hint_did_you_mean", {"guess": "dagen"}),
        ),
        (
            HEAD + "opgave:\n  zzz: 5\n",
            Position(3, 3),
            ("opgave", "zzz"),
            Term(
                "hint_allowed_keys",
                {
                    "keys": "initiele_kosten, uitvoeringskosten, "
                    "totaal_kosten, overige_besparingen, totaal_baten, saldo"
                },
            ),
        ),
    ],
)
def test_unknown_nested_keys(
    text: str, position: Position, path: tuple[Any, ...], hint: Term
) -> None:
    finding = _only(load_text(text))
    assert (finding.code, finding.position, finding.path) == ("S001", position, path)
    assert finding.params["hint"] == hint
    assert finding.params["hint"].params == hint.params


def test_ambiguous_amount_is_s004_at_the_value() -> None:
    loaded = load_text(HEAD + "kosten: {uitvoering: [{bedrag: 1.250}]}\n")
    finding = _only(loaded)
    assert (finding.code, finding.position, finding.path) == (
        "S004",
        Position(2, 32),
        ("kosten", "uitvoering", 0, "bedrag"),
    )
    assert finding.dotted_path == "kosten.uitvoering[0].bedrag"
    assert finding.params["text"] == "1.250"
    assert finding.params["reason"] == Term("ambiguous_separator")
    # an amount: both readings the way the applicant writes amounts (issue 16)
    assert finding.params["suggestion"] == Term("suggest_either", {"suggestion": "1.250,00 / 1,25"})
    assert "1.250,00 / 1,25" in codes.render(finding, "nl")
    assert "1.250,00 / 1,25" in codes.render(finding, "en")


@pytest.mark.parametrize(
    ("value", "reason", "suggestion"),
    [
        (
            "1.250",
            "ambiguous_separator",
            Term("suggest_either", {"suggestion": "1.250,00 / 1,25"}),
        ),
        ("1,250.00", "english_grouping", Term("suggest", {"suggestion": "1250.00"})),
        ("012", "leading_zero", Term("suggest_leading_zero", {"suggestion": "12"})),
        ("100.1234", "too_many_decimals", Term("suggest_max_decimals", {"suggestion": "2"})),
        ("1e3", "not_a_number", Term("suggest_generic_money")),
        ("1:30", "not_a_number", Term("suggest_generic_money")),
        (".nan", "not_a_number", Term("suggest_generic_money")),
        ("1234567890123456", "too_large", Term("")),
    ],
)
def test_amount_reasons_and_suggestions(value: str, reason: str, suggestion: Term) -> None:
    finding = _only(load_text(HEAD + f"kosten:\n  uitvoering:\n    - bedrag: {value}\n"))
    assert (finding.code, finding.position, finding.path) == (
        "S004",
        Position(4, 15),
        ("kosten", "uitvoering", 0, "bedrag"),
    )
    assert finding.params["text"] == value
    assert finding.params["reason"] == Term(reason)
    assert finding.params["suggestion"] == suggestion
    assert finding.params["suggestion"].params == suggestion.params


def test_long_number_text_is_clipped() -> None:
    finding = _only(load_text(HEAD + "regeling_jaar: " + "9" * 70 + "\n"))
    assert finding.code == "S004"
    assert finding.params["reason"] == Term("too_long")
    text = finding.params["text"]
    assert isinstance(text, str)
    assert len(text) <= 60
    assert text.endswith("…")


@pytest.mark.parametrize(
    ("text", "position", "path"),
    [
        (
            HEAD + "kosten:\n  uitvoering:\n    - bedrag: -5\n",
            Position(4, 15),
            ("kosten", "uitvoering", 0, "bedrag"),
        ),
        (
            HEAD + "kosten:\n  uitvoering:\n    - bedrag: -/- € 5,00\n",
            Position(4, 15),
            ("kosten", "uitvoering", 0, "bedrag"),
        ),
        (
            HEAD + "baten:\n  uitstel_intramuraal:\n    dagen: -1\n",
            Position(4, 12),
            ("baten", "uitstel_intramuraal", "dagen"),
        ),
        (
            HEAD + "beschrijving:\n  aantal_inwoners: -3\n",
            Position(3, 20),
            ("beschrijving", "aantal_inwoners"),
        ),
    ],
)
def test_negative_is_s003(text: str, position: Position, path: tuple[Any, ...]) -> None:
    finding = _only(load_text(text))
    assert (finding.code, finding.position, finding.path) == ("S003", position, path)


def test_invalid_choice_is_s006() -> None:
    finding = _only(load_text(HEAD + "experiment: {variant: anders}\n"))
    assert (finding.code, finding.position, finding.path) == (
        "S006",
        Position(2, 23),
        ("experiment", "variant"),
    )
    assert finding.params["text"] == "anders"
    # the choices from the model, listed the language's way (never Pydantic's English "or")
    assert finding.params["choices"] == Term(
        "choices_list", {"choices": "'cofinanciering'", "last": "'centraal_persoon'"}
    )
    assert render(finding, "nl").endswith("Kies uit: 'cofinanciering' of 'centraal_persoon'.")
    assert render(finding, "en").endswith("Choose one of: 'cofinanciering' or 'centraal_persoon'.")


@pytest.mark.parametrize(
    ("text", "position", "path", "expected", "found", "hint"),
    [
        (
            HEAD + "experiment: {naam: true}\n",
            Position(2, 20),
            ("experiment", "naam"),
            "text",
            Term("a_value", {"text": "true"}),
            "hint_quote_text",
        ),
        (
            HEAD + "experiment: {naam: [a]}\n",
            Position(2, 20),
            ("experiment", "naam"),
            "text",
            Term("list"),
            "hint_fix_value",
        ),
        (
            HEAD + "experiment: {startdatum: 01-01-2025}\n",
            Position(2, 26),
            ("experiment", "startdatum"),
            "date",
            Term("a_value", {"text": "01-01-2025"}),
            Term("hint_date_meant", {"suggestion": "2025-01-01"}),  # day first: issue 27
        ),
        (
            HEAD + "experiment: {startdatum: 2025-02-30}\n",
            Position(2, 26),
            ("experiment", "startdatum"),
            "date",
            Term("a_value", {"text": "2025-02-30"}),
            "hint_iso_date",
        ),
        (
            HEAD + "partijen: [{toegezegd: yes}]\n",
            Position(2, 24),
            ("partijen", 0, "toegezegd"),
            "bool",
            Term("a_value", {"text": "yes"}),
            "hint_true_false",
        ),
        (
            HEAD + "experiment: x\n",
            Position(2, 13),
            ("experiment",),
            "mapping",
            Term("a_value", {"text": "x"}),
            "hint_fix_value",
        ),
        (
            HEAD + "partijen: {rol: gemeente}\n",
            Position(2, 11),
            ("partijen",),
            "list",
            Term("mapping"),
            "hint_fix_value",
        ),
        (
            HEAD + "kosten: {uitvoering: [x]}\n",
            Position(2, 23),
            ("kosten", "uitvoering", 0),
            "mapping",
            Term("a_value", {"text": "x"}),
            "hint_fix_value",
        ),
        (
            HEAD + "kosten: {uitvoering: [{bedrag: true}]}\n",
            Position(2, 32),
            ("kosten", "uitvoering", 0, "bedrag"),
            "number",
            Term("a_value", {"text": "true"}),
            "hint_fix_value",
        ),
    ],
)
def test_wrong_kind_of_value_is_s002(
    text: str,
    position: Position,
    path: tuple[Any, ...],
    expected: str,
    found: Term,
    hint: str | Term,
) -> None:
    finding = _only(load_text(text))
    assert (finding.code, finding.position, finding.path) == ("S002", position, path)
    assert finding.params["expected"] == Term(expected)
    assert finding.params["found"] == found
    assert finding.params["found"].params == found.params
    assert finding.params["hint"] == (hint if isinstance(hint, Term) else Term(hint))


@pytest.mark.parametrize(
    ("value", "reason"),
    [("7.200", "ambiguous_separator"), ("6.1", "not_whole"), ("€ 5", "currency_not_allowed")],
)
def test_count_problems_are_s004(value: str, reason: str) -> None:
    finding = _only(load_text(HEAD + f"beschrijving: {{aantal_inwoners: {value}}}\n"))
    assert (finding.code, finding.position, finding.path) == (
        "S004",
        Position(2, 33),
        ("beschrijving", "aantal_inwoners"),
    )
    assert finding.params["reason"] == Term(reason)


SEVERAL_ERRORS = """\
spukdos: 1
kosten:
  uitvoering:
    - kostenpost: Projectleiding
      bedrag: 1.250
    - kostenpost: Training
      bedrag: 35.000,00
experiment:
  naam: Samenzorg
  variant: anders
partijen:
  - rol: gemeente
    toegezegd: yes
"""


def test_validation_errors_give_a_partial_case_and_sorted_findings() -> None:
    loaded = load_text(SEVERAL_ERRORS)
    assert [(f.code, f.position.line, f.position.col, f.path) for f in loaded.findings] == [
        ("S004", 5, 15, ("kosten", "uitvoering", 0, "bedrag")),
        ("S006", 10, 12, ("experiment", "variant")),
        ("S002", 13, 16, ("partijen", 0, "toegezegd")),
    ]
    assert list(loaded.findings) == sorted(loaded.findings, key=Finding.sort_key)
    assert loaded.partial is True
    case = loaded.case
    assert case is not None
    # the invalid values are left out, the valid ones are kept
    assert case.experiment is not None
    assert case.experiment.naam == "Samenzorg"
    assert case.experiment.variant is None
    assert case.kosten is not None
    assert case.kosten.uitvoering is not None
    first, second = case.kosten.uitvoering
    assert (first.kostenpost, first.bedrag) == ("Projectleiding", None)
    assert (second.kostenpost, second.bedrag) == ("Training", Decimal("35000.00"))
    assert case.partijen is not None
    assert case.partijen[0].rol == "gemeente"
    assert case.partijen[0].toegezegd is None


def test_wrong_list_item_becomes_an_empty_entry() -> None:
    loaded = load_text(HEAD + "kosten:\n  uitvoering:\n    - x\n    - bedrag: 5\n")
    assert _codes(loaded) == ["S002"]
    assert loaded.case is not None
    assert loaded.case.kosten is not None
    assert loaded.case.kosten.uitvoering is not None
    assert [post.bedrag for post in loaded.case.kosten.uitvoering] == [None, Decimal("5")]


def test_a_clean_load_is_not_partial() -> None:
    loaded = load_text(HEAD)
    assert (loaded.findings, loaded.partial, loaded.text) == ((), False, HEAD)


def test_nothing_raises_for_wild_input() -> None:
    for text in [":", "- - -", "{", "]", "? ", "&a", "*a", "!!", "'", '"\\x"', "\t"]:
        loaded = load_text(text)
        assert isinstance(loaded, Loaded)


# =============================================================================================
# every finding renders in both languages
# =============================================================================================
BAD_SNIPPETS = {
    "syntax": HEAD + "a: [1,\n",
    "control-char": HEAD + "a: \x07\n",
    "undefined-alias": HEAD + "a: *x\n",
    "duplicate": HEAD + "spukdos: 1\n",
    "tag": HEAD + "a: !!python/object/apply:os.system [echo]\n",
    "empty": "",
    "documents": HEAD + "---\n" + HEAD,
    "list": "- a\n",
    "scalar": "x\n",
    "nothing": "~\n",
    "limit-nodes": _billion_laughs(),
    "limit-depth": "[" * 100 + "]" * 100,
    "limit-aliases": "a: &x 1\nb: [" + ", ".join(["*x"] * 101) + "]\n",
    "merge": HEAD + "<<: {a: 1}\n",
    "complex-key": HEAD + "? [a]\n: 1\n",
    "version": "spukdos: 2\n",
    "unknown-keys": HEAD + "experimnt: x\nzzz: 1\nopgave: {qq: 1}\n",
    "numbers": HEAD
    + (
        "kosten:\n  uitvoering:\n"
        "    - bedrag: 1.250\n    - bedrag: 1,250.00\n    - bedrag: 012\n"
        "    - bedrag: 100.1234\n    - bedrag: 1e3\n    - bedrag: 1234567890123456\n"
        "    - bedrag: -5\n    - bedrag: [1]\n    - bedrag: true\n"
        "    - bedrag: '" + "9" * 70 + "'\n"
        "beschrijving:\n  aantal_inwoners: € 5\n"
        "baten:\n  uitstel_mpt_vpt:\n    dagen: 6.1\n    inwoners: 0.12345\n"
    ),
    "kinds": HEAD
    + (
        "experiment:\n  naam: true\n  startdatum: 01-01-2025\n  variant: anders\n"
        "partijen:\n  - toegezegd: yes\n  - x\n"
        "beschrijving: {monitoring: x}\n"
        "regeling_jaar: twee\n"
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", list(BAD_SNIPPETS))
def test_all_findings_render(name: str, lang: str) -> None:
    loaded = load_text(BAD_SNIPPETS[name])
    assert loaded.findings
    for finding in loaded.findings:
        message = codes.render(finding, lang)
        assert message.strip()
        assert not re.search(r"\{\w*\}", message), message  # no placeholder left unfilled
        assert finding.code in codes.CODES


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_file_and_encoding_findings_render(tmp_path: Path, lang: str) -> None:
    findings = [
        *load_path(tmp_path / "weg.yaml").findings,
        *load_path(tmp_path).findings,
        *load_path(tmp_path / ("x" * 300)).findings,
        *load_bytes(b"naam: caf\xe9\n").findings,
        *load_bytes(b"a: \x00\n").findings,
        *load_bytes(codecs.BOM_UTF16_LE + b"\x00").findings,
        *load_bytes(b"#" * (MAX_FILE_BYTES + 1)).findings,
    ]
    assert [f.code for f in findings] == ["Y001", "Y001", "Y001", "Y008", "Y008", "Y008", "Y009"]
    for finding in findings:
        message = codes.render(finding, lang)
        assert message.strip()
        assert not re.search(r"\{\w*\}", message), message  # no placeholder left unfilled
