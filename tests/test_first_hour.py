"""Issue 16, "a Dutch applicant's first hour": completeness that names questions in words
and does not call a section complete while one of its answers could not be read."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from spukdos_cli.checks.completeness import SECTIONS, completeness
from spukdos_cli.form.model import Businesscase
from spukdos_cli.messages.catalogue import render
from spukdos_cli.messages.fields import FIELD_WORDS, FIELD_WORDS_AT, LIST_NOUNS, describe
from spukdos_cli.report.json_report import dumps
from spukdos_cli.report.text import completeness_table

from .conftest import MINIMAL, check_text

INVALID_COMMITMENT = MINIMAL.replace(
    'organisatie: "Zorgkantoor Voorbeeld"\n    toegezegd: true',
    'organisatie: "Zorgkantoor Voorbeeld"\n    toegezegd: misschien',
)


def _table(text: str, lang: str) -> str:
    out = io.StringIO()
    Console(file=out, width=120).print(completeness_table(check_text(text), lang))
    return out.getvalue()


# -- point 5: "compleet" while answers are invalid ----------------------------------------
def test_a_section_with_an_invalid_answer_is_not_complete() -> None:
    result = check_text(INVALID_COMMITMENT)
    status = {s.section.key: s for s in result.sections}["samenwerking"]
    assert not status.complete
    assert status.missing == ()  # not asked again: it has its own S002
    assert [p.dotted for p in status.invalid] == ["partijen[1].toegezegd"]
    assert not result.complete
    assert [f.code for f in result.findings if f.code == "S002"] == ["S002"]


@pytest.mark.parametrize(
    ("lang", "status", "says"),
    [
        ("nl", "onvolledig", "ongeldig (zie de bevindingen): partij 2 (Zorgkantoor Voorbeeld)"),
        ("en", "incomplete", "invalid (see the findings): party 2 (Zorgkantoor Voorbeeld)"),
    ],
)
def test_the_table_says_which_answers_are_invalid(lang: str, status: str, says: str) -> None:
    table = _table(INVALID_COMMITMENT, lang)
    row = next(line for line in table.splitlines() if line.lstrip().startswith("7. "))
    assert status in row
    assert " compleet " not in row and " complete " not in row
    assert says in " ".join(table.split())


def test_json_lists_the_invalid_answers_by_data_path() -> None:
    (entry,) = json.loads(dumps([check_text(INVALID_COMMITMENT)], "nl"))["files"]
    section = next(s for s in entry["sections"] if s["key"] == "samenwerking")
    assert section["complete"] is False
    assert section["invalid"] == ["partijen[1].toegezegd"]
    assert section["missing"] == []


# -- point 6: questions in words, with the line of the item -------------------------------
NO_EMAIL = MINIMAL.replace(', email: "b@zorgkantoor.example"', "")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "partij 2 (Zorgkantoor Voorbeeld), contactpersoon 1 (B. Test): e-mail (regel 20)"),
        ("en", "party 2 (Zorgkantoor Voorbeeld), contact person 1 (B. Test): e-mail (line 20)"),
    ],
)
def test_a_missing_item_is_named_as_the_form_does(lang: str, words: str) -> None:
    result = check_text(NO_EMAIL)
    (c001,) = [f for f in result.findings if f.code == "C001"]
    assert words in render(c001, lang)
    assert "partijen[1]" not in render(c001, lang)
    assert words in " ".join(_table(NO_EMAIL, lang).split())


def test_machines_keep_the_data_path() -> None:
    (entry,) = json.loads(dumps([check_text(NO_EMAIL)], "nl"))["files"]
    parties = next(s for s in entry["sections"] if s["key"] == "partijen")
    assert parties["missing"] == ["partijen[1].contactpersonen[0].email"]


def test_a_question_of_a_section_is_named_without_a_line() -> None:
    (status,) = [
        s
        for s in check_text(MINIMAL.replace('  gebied: "Wijk"\n', "")).sections
        if s.section.key == "doelgroep"
    ]
    (place,) = status.unanswered
    assert (describe(place, "nl"), describe(place, "en")) == ("gebied", "area")


def _every_list_with_one_empty_item() -> Businesscase:
    return Businesscase.model_validate(
        {
            "spukdos": 1,
            "partijen": [{"contactpersonen": [{}]}],
            "beschrijving": {"werkwijze": {"themas": [{}]}},
            "kosten": {"initieel": [{}], "uitvoering": [{}]},
            "financiering": {"bijdragen": [{}]},
            "baten": {"overige": [{}], "kwalitatief": [{}]},
        }
    )


@pytest.mark.parametrize(
    "case",
    [_every_list_with_one_empty_item(), Businesscase.model_validate({"spukdos": 1})],
    ids=["one-item-per-list", "empty"],
)
def test_every_question_completeness_asks_has_words(case: Businesscase) -> None:
    """No question falls back to its key: each has words in both languages (a new
    completeness rule needs its words in messages/fields.py)."""
    places = [p for status in completeness(case) for p in status.unanswered]
    assert len(places) > 20
    for place in places:
        key = place.path[-1]
        indexed = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in place.path)
        at = indexed.lstrip(".").replace("[0]", "[]")
        assert at in FIELD_WORDS_AT or key in FIELD_WORDS, at
        for i, part in enumerate(place.path):
            if isinstance(part, int):
                assert place.path[i - 1] in LIST_NOUNS, at
        assert describe(place, "nl").strip() and describe(place, "en").strip(), at
    assert {s.key for s in SECTIONS} >= {"partijen", "financiele_baten"}
