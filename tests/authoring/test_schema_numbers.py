"""The JSON Schema says what spukdos accepts: numbers spelled every which way, and the
shape editors need (one title per key on hover, no ``key: null`` on completion).

Each spelling is put in a small file, once quoted and once as written, and given to both
readers: spukdos's own loader (``form/numbers.py`` through the model) and the schema, as an
editor sees the file (YAML 1.2 core, validated by the independent ``jsonschema``). They
must agree. The one exception is a plain (unquoted) spelling that YAML 1.2 itself reads as
a number: the editor then sees ``1.25`` for ``1.250``, and no schema can tell the two
apart. Those cases are listed in :data:`EDITOR_SEES_A_NUMBER` and asserted exactly, so the
list cannot grow unnoticed; ``spukdos check`` reports each of them.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
import yaml

from spukdos_cli.authoring.schema import editor_friendly, schema_text
from spukdos_cli.read.loader import load_text
from tests.authoring.test_schema_examples import SCHEMA_FILE, as_an_editor_reads


def _integer(checker: Any, instance: Any) -> bool:
    """An integral number is an integer, as in JavaScript (``100.00 === 100``)."""
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return bool(jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer"))


EditorValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _integer),
)
VALIDATOR = EditorValidator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))

SPELLINGS = [
    # machine style and Dutch style, as docs/numbers.md lists them
    "780000", "780000.00", "182.5", "780.000,00", "182,5", "1.250.000", "0", "0,5", "0.125",
    "1234.567", "1.250,5", "999.999.999.999.999", "999999999999999", "100,0", "100.00",
    # as the form prints amounts
    "€ 317.276,25", "€317.276,25", "EUR 100", "eur 100", "+/+ € 78.525,00", "-/- € 1.000,00",
    "€ -/- 5", "- 5", "-5", "+5", "+ € 5", "€ +5", "  42  ",
    # spellings that could mean two things, or nothing
    "1.250", "1,250", "35.000", "100.000", "12.500", "35,000.00", "1,250.00", "012", "01.5",
    "1e3", ".nan", ".inf", "1:30", "12.5.6", "1.2345", "1.23456", "12,345", "100.000,005",
    "5.", ".5", "€", "€ € 5", "+-5", "+/-5", "1 000", "1_000", "1.000.00", "0.250.000",
    "٣٠٠", "３００", "1000000000000000", "1.000.000.000.000.000", "1" * 70, "100,5", "x",
    # whole euros, as Dutch prices are written (amounts only; issue 27)
    "€ 72.000,-", "72.000,-", "1.250,-", "72,-", "€ 72.000,\u2013", "0,-", "012,-", "1.25,-",
    "72.000,--", "72,-,-", "-/- € 1.000,-", "182,5,-",
]  # fmt: skip

FIELDS = {
    "money": "kosten:\n  uitvoering:\n    - bedrag: {}\n",
    "signed money": "opgave:\n  saldo: {}\n",
    "factor": "baten:\n  uitstel_mpt_vpt:\n    dagen: {}\n",
    "whole number": "beschrijving:\n  aantal_inwoners: {}\n",
    "scenario input": "scenarios:\n  - wijzigingen:\n      baten.uitstel_mpt_vpt.dagen: {}\n",
}

EDITOR_SEES_A_NUMBER = {
    # YAML 1.2 reads these plain scalars as numbers; spukdos reads the text and refuses it
    ("money", "1.250"), ("money", "35.000"), ("money", "100.000"), ("money", "12.500"),
    ("money", "012"), ("money", "1e3"), ("money", "1.2345"), ("money", "1.23456"),
    ("money", "5."), ("money", ".5"), ("money", "1234.567"), ("money", "0.125"),
    ("money", "01.5"), ("signed money", "01.5"), ("factor", "01.5"),
    ("scenario input", "01.5"),
    ("signed money", "1.250"), ("signed money", "35.000"), ("signed money", "100.000"),
    ("signed money", "12.500"), ("signed money", "012"), ("signed money", "1e3"),
    ("signed money", "1.2345"), ("signed money", "1.23456"), ("signed money", "5."),
    ("signed money", ".5"), ("signed money", "1234.567"), ("signed money", "0.125"),
    ("factor", "1.250"), ("factor", "35.000"), ("factor", "100.000"), ("factor", "12.500"),
    ("factor", "012"), ("factor", "1e3"), ("factor", "1.23456"), ("factor", "5."),
    ("factor", ".5"),
    ("whole number", "35.000"), ("whole number", "100.000"), ("whole number", "012"),
    ("whole number", "1e3"), ("whole number", "5."),
    ("scenario input", "1.250"), ("scenario input", "35.000"), ("scenario input", "100.000"),
    ("scenario input", "12.500"), ("scenario input", "012"), ("scenario input", "1e3"),
    ("scenario input", "1.23456"), ("scenario input", "5."), ("scenario input", ".5"),
}  # fmt: skip


def quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def spukdos_accepts(document: str) -> bool:
    return not load_text("spukdos: 1\n" + document).findings


def schema_accepts(document: str) -> bool:
    try:
        data = as_an_editor_reads("spukdos: 1\n" + document)
    except yaml.YAMLError:  # not YAML (``- 5`` as a value): the editor shows that instead
        return False
    return not list(VALIDATOR.iter_errors(data))


def disagreements(quote: bool) -> set[tuple[str, str]]:
    out = set()
    for field, template in FIELDS.items():
        for spelling in SPELLINGS:
            document = template.format(quoted(spelling) if quote else spelling)
            if spukdos_accepts(document) != schema_accepts(document):
                out.add((field, spelling))
    return out


def test_quoted_spellings_get_the_same_answer_from_the_schema_and_from_spukdos() -> None:
    assert disagreements(quote=True) == set()


def test_plain_spellings_differ_only_where_the_editor_sees_a_yaml_number() -> None:
    assert disagreements(quote=False) == EDITOR_SEES_A_NUMBER


def test_the_spellings_cover_both_answers() -> None:
    for template in FIELDS.values():
        answers = {spukdos_accepts(template.format(quoted(s))) for s in SPELLINGS}
        assert answers == {True, False}


@pytest.mark.parametrize(
    ("spelling", "accepted"),
    [("1.250", False), ("35.000", False), ("35,000.00", False), ("€ 35.000,00", True)],
)
def test_the_spellings_of_the_issue(spelling: str, accepted: bool) -> None:
    document = FIELDS["money"].format(quoted(spelling))
    assert schema_accepts(document) is accepted
    assert spukdos_accepts(document) is accepted


def every(node: Any, key: str) -> list[Any]:
    if isinstance(node, dict):
        found = [node[key]] if key in node else []
        return found + [x for v in node.values() for x in every(v, key)]
    if isinstance(node, list):
        return [x for v in node for x in every(v, key)]
    return []


def test_no_key_completes_as_null() -> None:
    schema = json.loads(schema_text())
    assert every(schema, "default") == []


def test_no_title_is_joined_on_hover() -> None:
    """yaml-language-server joins the titles of all branches of an ``anyOf`` that all
    match a value (``Kosten per dag || Kosten per dag``); the only ``anyOf`` left is a
    section or nothing, whose branches never both match."""
    schema = json.loads(schema_text())
    for branches in every(schema, "anyOf"):
        assert len(branches) == 2 and {"type": "null"} in branches, branches
        assert any(set(b) == {"$ref"} for b in branches), branches


def test_merging_branches_keeps_their_meaning() -> None:
    merged = editor_friendly(
        {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": "^a$"}]}
    )
    assert merged == {"type": ["number", "string"], "minimum": 0, "pattern": "^a$"}
    # keywords for the same type in two branches cannot be merged without changing them
    kept = {"anyOf": [{"type": "string", "pattern": "^a$"}, {"type": "string", "maxLength": 2}]}
    assert editor_friendly(kept) == kept
    assert editor_friendly({"type": "string", "default": None}) == {"type": "string"}


def test_patterns_are_written_for_javascript_too() -> None:
    """Editors run the pattern as an ECMA-262 regular expression: no Python-only syntax."""
    for pattern in every(json.loads(schema_text()), "pattern"):
        assert not re.search(r"\(\?[PimsxLu#<=!]|\\[AZz]|\[\[:", pattern), pattern
