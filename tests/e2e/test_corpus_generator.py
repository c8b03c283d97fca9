"""The import corpus (issue 24): its applications, renderings, scorer and committed archive.

The importer is measured on ``tests/data/corpus.tar.xz``; these tests make sure the measure
is right: the truths are valid, consistent applications; each variation of a form differs
from its base in its one aspect only, seen in the Word document itself; the scorer tells
exact, missing and wrong figures apart; and the archive is what the generator makes today
(else: run ``scripts/make_corpus.py``).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from spukdos_cli.checks.pipeline import check_loaded
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import SourceMap
from spukdos_cli.read.loader import load_data
from tests.support import processes
from tests.support.corpus import archive, forms, render
from tests.support.corpus.applications import PER_CLIENT, ROLE_ORDER, Shape, make_application
from tests.support.corpus.score import score

REGENERATE = "the archive is not what the generator makes: run scripts/make_corpus.py"
ARITHMETIC = {"A001", "R001", "R002", "R003", "R004", "R007", "R008"}
"""The findings of a figure that does not add up (stated totals, financing, grant)."""


# -- reading a Word document back -------------------------------------------------------------
@dataclass(frozen=True)
class Contents:
    """What a .docx shows: its body paragraphs (the non-empty ones) and its tables."""

    page: tuple[int, int]
    texts: list[str]
    formats: list[tuple[str, bool, bool]]
    """Per paragraph: style id, all runs bold, Word numbering on it."""
    tables: list[list[list[str]]]
    """Per table, per row, the text of each grid column (a merged cell's text in its first
    column, the others empty)."""
    merges: list[list[str]]
    """Per table, the merges in it: ``vMerge`` and ``gridSpan`` marks."""


def _text(element: Any) -> str:
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in element.iter(qn("w:p"))
    )


def contents(data: bytes) -> Contents:
    doc = Document(io.BytesIO(data))
    texts: list[str] = []
    formats: list[tuple[str, bool, bool]] = []
    for paragraph in doc.paragraphs:
        if not paragraph.text.strip():
            continue
        texts.append(paragraph.text)
        ppr = paragraph._p.pPr
        style = paragraph._p.style or "Normal"
        bold = bool(paragraph.runs) and all(run.bold for run in paragraph.runs)
        numbered = ppr is not None and ppr.find(qn("w:numPr")) is not None
        formats.append((style, bold, numbered))
    tables, merges = [], []
    for table in doc.tables:
        rows, marks = [], []
        for tr in table._tbl.tr_lst:
            row: list[str] = []
            for tc in tr.tc_lst:
                span = tc.grid_span
                row += [_text(tc)] + [""] * (span - 1)
                if span > 1:
                    marks.append("gridSpan")
                if tc.vMerge is not None:
                    marks.append("vMerge")
            rows.append(row)
        tables.append(rows)
        merges.append(marks)
    section = doc.sections[0]
    page = (int(section.page_width or 0), int(section.page_height or 0))
    return Contents(page, texts, formats, tables, merges)


@cache
def rendered(form_id: str) -> Contents:
    item = forms.form(form_id)
    return contents(render.docx_bytes(item.truth, item.variation))


def parse_spelled(text: str) -> Decimal:
    """An amount or factor as the renderer spells it, back to a Decimal (independently of
    the renderer): ``€ 12.500,00``, ``€12.500,-``, ``EUR 12.500``, ``12500``, ``12.500,00
    euro``, ``+/+ € 1,00``, ``- € 1,00``, ``150 dagen (5 maanden)``, ``6,1 inwoners``."""
    sign = -1 if re.match(r"^\s*-(/-)?\s", text) else 1
    number = re.search(r"\d[\d.]*(,\d+|,-)?", text)
    assert number is not None, text
    digits = number.group(0).replace(",-", "")
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
        digits = digits.replace(".", "")
    return sign * Decimal(digits)


AMOUNT = re.compile(r"^(?:[+-](?:/[+-])? )?€ \d{1,3}(?:\.\d{3})*,\d\d$")
"""An amount in the base spelling (``€ 12.500,00``, ``+/+ € 78.525,00``)."""

SPELLINGS = {
    "eur-cents": r"€ \d{1,3}(\.\d{3})*,\d\d",
    "eur-whole": r"€ \d{1,3}(\.\d{3})*(,\d\d)?",
    "eur-dash": r"€\d{1,3}(\.\d{3})*(,-|,\d\d)",
    "eur-code": r"EUR \d{1,3}(\.\d{3})*,\d\d",
    "dots": r"\d{1,3}(\.\d{3})*(,\d\d)?",
    "plain": r"\d+(,\d\d)?",
    "suffix": r"\d{1,3}(\.\d{3})*,\d\d euro",
}


def _cells(contents_: Contents) -> dict[tuple[int, int, int], str]:
    return {
        (t, r, c): text
        for t, table in enumerate(contents_.tables)
        for r, row in enumerate(table)
        for c, text in enumerate(row)
    }


def _changed_cells(
    base: Contents, variant: Contents
) -> dict[tuple[int, int, int], tuple[str, str]]:
    a, b = _cells(base), _cells(variant)
    assert a.keys() == b.keys(), "the tables changed shape"
    return {key: (a[key], b[key]) for key in a if a[key] != b[key]}


ASPECTS = ("page", "texts", "formats", "tables", "merges")
ALLOWED = {
    "instructions": {"texts", "formats"},
    "headings": {"texts", "formats"},
    "amounts": {"tables"},
    "saldo": {"tables"},
    "factors": {"tables"},
    "rows": {"tables", "texts", "formats"},
    "cells": {"merges"},
    "labels": {"tables"},
    "page": {"page"},
}


def _variants() -> list[str]:
    return [f.id for f in forms.forms() if f.variation.changed()]


# -- the applications -------------------------------------------------------------------------
def _errors(app: dict[str, Any]) -> list[str]:
    result = check_loaded(load_data(app, SourceMap()), "corpus")
    return [f.code for f in result.findings if f.severity.value == "error"]


def _walk(value: Any, key: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [hit for k, v in value.items() for hit in _walk(v, k)]
    if isinstance(value, list):
        return [hit for v in value for hit in _walk(v, key)]
    return [(key, value)]


def test_generation_is_deterministic() -> None:
    shape = Shape("cofinanciering", 2, 7, 6, True, True, True)
    assert make_application(7, shape) == make_application(7, shape)
    assert make_application(7) == make_application(7)
    assert make_application(7, shape) != make_application(8, shape)
    first = forms.forms()[0]
    assert render.docx_bytes(first.truth, first.variation) == render.docx_bytes(
        first.truth, first.variation
    )
    assert [f.id for f in forms.forms()] == [f.id for f in forms.forms()]


def test_the_data_is_the_file_format_with_decimals_and_dates() -> None:
    for app in forms.applications().values():
        Businesscase.model_validate(app)
        for key, value in _walk(app):
            assert isinstance(value, (str, int, bool, Decimal, date)), (key, value)
            assert not isinstance(value, float)
            if key in archive.DECIMAL_KEYS:
                assert isinstance(value, Decimal), key
        assert isinstance(app["experiment"]["startdatum"], date)
        # JSON and back, as the archive keeps it
        assert archive.truth_from_json(json.loads(json.dumps(archive.truth_to_json(app)))) == app


@pytest.mark.parametrize("number", sorted(forms.APPLICATIONS))
def test_every_truth_checks_without_arithmetic_findings(number: int) -> None:
    app = forms.applications()[number]
    errors = _errors(app)
    assert not ARITHMETIC.intersection(errors)
    expected = [] if app["opgave"]["saldo"] >= 0 else ["V001"]
    if len(app["partijen"]) == 2:  # the gemeente and the zorgkantoor: no executing party
        expected = ["R010", *expected]
    assert sorted(errors) == sorted(expected)


@pytest.mark.parametrize("seed", range(1, 41))
def test_random_applications_add_up_too(seed: int) -> None:
    app = make_application(seed)
    errors = _errors(app)
    assert errors == (["V001"] if app["opgave"]["saldo"] < 0 else [])  # none but the verdict


def test_the_figures_are_computed_exactly() -> None:
    for app in forms.applications().values():
        kosten, opgave, baten = app["kosten"], app["opgave"], app["baten"]
        initial = sum((p["bedrag"] for p in kosten["initieel"]), Decimal(0))
        execution = sum((p["bedrag"] for p in kosten["uitvoering"]), Decimal(0))
        assert opgave["initiele_kosten"] == initial
        assert opgave["uitvoeringskosten"] == execution
        routes = [baten[r]["totaal"] for r in ("uitstel_mpt_vpt", "uitstel_intramuraal")]
        for route in ("uitstel_mpt_vpt", "uitstel_intramuraal"):
            block = baten[route]
            product = block["dagen"] * block["inwoners"] * block["kosten_per_dag"]
            assert block["totaal"] == product.quantize(Decimal("0.01"), ROUND_HALF_UP)
        other = sum((s["bedrag"] for s in baten["overige"]), Decimal(0))
        assert opgave["overige_besparingen"] == other
        assert opgave["saldo"] == sum(routes) + other - initial - execution
        if "totaal_kosten" in opgave:
            assert opgave["totaal_kosten"] == initial + execution
            assert opgave["totaal_baten"] == sum(routes) + other
        financing = app["financiering"]
        contributions = sum((b["bedrag"] for b in financing.get("bijdragen", [])), Decimal(0))
        assert financing["totaal"] == contributions + financing["uitkering"]
        assert financing["totaal"] == initial + execution
        if app["experiment"]["variant"] == "centraal_persoon":
            assert financing["uitkering"] == financing["aantal_clienten"] * PER_CLIENT
        else:
            assert financing["uitkering"] * 5 <= (initial + execution) * 4  # at most 80 %


def test_the_corpus_covers_the_ranges() -> None:
    apps = list(forms.applications().values())
    assert {a["experiment"]["variant"] for a in apps} == {"cofinanciering", "centraal_persoon"}
    assert {len(a["kosten"]["initieel"]) for a in apps} == {0, 1, 2, 3}
    execution = {len(a["kosten"]["uitvoering"]) for a in apps}
    assert {1, 12} <= execution and min(execution) >= 1 and max(execution) <= 12
    parties = {len(a["partijen"]) for a in apps}
    assert {2, 12} <= parties and min(parties) >= 2 and max(parties) <= 12
    assert {p["rol"] for a in apps for p in a["partijen"]} == set(ROLE_ORDER)
    persons = {len(p["contactpersonen"]) for a in apps for p in a["partijen"]}
    assert persons == {1, 2, 3}
    assert {a["opgave"]["saldo"] >= 0 for a in apps} == {True, False}
    for factor in ("dagen", "inwoners"):
        values = [a["baten"][r][factor] for a in apps for r in ("uitstel_mpt_vpt",
                  "uitstel_intramuraal")]  # fmt: skip
        assert {v == v.to_integral_value() for v in values} == {True, False}, factor
    assert any("bijdragen" not in a["financiering"] for a in apps)  # grant pays everything
    assert any("totaal_kosten" in a["opgave"] for a in apps)


def test_the_answers_look_like_applications() -> None:
    apps = list(forms.applications().values())
    texts = [
        a["beschrijving"][key]
        for a in apps
        for key in ("doelstelling", "doelgroep", "hypothesen", "borging", "vervolg")
    ]
    paragraphs = {len(t.split("\n\n")) for t in texts}
    assert {1, 5} <= paragraphs and max(paragraphs) == 5
    assert any("\n- " in t for t in texts)  # bullet lists
    descriptions = [p["beschrijving"] for a in apps for p in a["kosten"]["uitvoering"]]
    assert any(re.search(r"à € \d+", d) for d in descriptions)  # an amount that is no figure
    assert any(re.search(r"\b\d+ deelnemers\b", d) for d in descriptions)
    assert any(re.search(r"\b20\d\d\b", t) for t in texts)  # years in the answers


def test_people_and_organisations_are_made_up() -> None:
    for app in forms.applications().values():
        for party in app["partijen"]:
            for person in party["contactpersonen"]:
                assert person["email"].endswith(".example"), person
                digits = re.sub(r"\D", "", person["telefoon"])
                digits = "0" + digits[2:] if digits.startswith("31") else digits
                # a subscriber number that starts with 0 (after 06, or after a three-digit
                # area code) is never given out
                subscriber = digits[2:] if digits.startswith("06") else digits[3:]
                assert subscriber.startswith("0") and len(digits) == 10, person["telefoon"]
        assert app["experiment"]["gemeente"] not in {"Amstelveen", "Amsterdam", "Utrecht"}


# -- the corpus -------------------------------------------------------------------------------
def test_the_corpus_has_stable_ids_and_every_variation_twice() -> None:
    corpus = forms.forms()
    ids = [f.id for f in corpus]
    assert len(ids) == len(set(ids)) >= 48
    assert len(forms.applications()) >= 8
    assert all(re.fullmatch(r"app\d+-(base|[a-z]+-[a-z0-9-]+)", i) for i in ids)
    assert "app3-amounts-suffix" in ids and "app1-base" in ids
    for item in corpus:
        changed = item.variation.changed()
        assert len(changed) <= 1
        if changed:
            ((switch, value),) = changed.items()
            assert item.id == f"app{item.application}-{switch}-{value}"
            base = replace(item.variation, **{switch: render.SWITCHES[switch][0]})
            assert forms.base_of(item).variation == base
    seen = Counter(tuple(f.variation.changed().items()) for f in corpus)
    for switch, values in render.SWITCHES.items():
        for value in values[1:]:
            if switch != "page":
                apps = {f.application for f in corpus if f.variation.changed() == {switch: value}}
                assert len(apps) >= 2, (switch, value, seen)


# -- each variation differs from its base in its one aspect -----------------------------------
@pytest.mark.parametrize("form_id", _variants())
def test_a_variation_differs_from_its_base_in_its_one_aspect(form_id: str) -> None:
    item = forms.form(form_id)
    ((switch, value),) = item.variation.changed().items()
    base, variant = rendered(forms.base_of(item).id), rendered(form_id)
    for aspect in ASPECTS:
        if aspect not in ALLOWED[switch]:
            assert getattr(base, aspect) == getattr(variant, aspect), aspect
    CHECKS[switch](item, value, base, variant)


def _check_instructions(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    instructions = set(render.form_texts("instruction"))
    questions = render.form_texts("question")
    assert not instructions.intersection(var.texts)
    answers = [t for t in base.texts if t not in instructions and t not in questions]
    if value == "deleted":
        assert var.texts == [t for t in base.texts if t not in instructions]
        assert set(questions) <= set(var.texts)
    elif value == "bare":
        deleted = contents(
            render.docx_bytes(item.truth, replace(item.variation, instructions="deleted"))
        )
        removed = [t for t in deleted.texts if t not in var.texts]
        assert removed and set(removed) <= set(questions)
        assert (
            "Beschrijf welk maatschappelijk vraagstuk wordt aangepakt met het betreffende "
            "initiatief voor domeinoverstijgende samenwerking en bekostiging." in removed
        )
        assert "Tot wanneer loopt het experiment?" in var.texts  # its section asks two
    else:
        shorts = {
            item_.paragraphs[0]: list(item_.short or ())
            for item_ in render.FORM
            if isinstance(item_, render.FormText)
        }
        rest = {p for item_ in render.FORM if isinstance(item_, render.FormText)
                for p in item_.paragraphs[1:]}  # fmt: skip
        expected: list[str] = []
        for text in base.texts:
            if text in shorts:
                expected += shorts[text]
            elif text not in rest:
                expected.append(text)
        assert var.texts == expected
        joined = "\n".join(var.texts)
        assert "verwachten baten" not in joined and "verwachte baten" in joined
        assert len(joined) < len("\n".join(base.texts))
    # the applicant's answers and the headings are all still there, in order
    assert [t for t in var.texts if t in answers] == answers


def _check_headings(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    headings = [i for i, (style, _, _) in enumerate(base.formats)
                if style == "Title" or style.startswith("Heading")]  # fmt: skip
    assert len(headings) == 17
    others = [i for i in range(len(base.texts)) if i not in headings]
    assert [var.formats[i] for i in others] == [base.formats[i] for i in others]
    assert [var.texts[i] for i in others] == [base.texts[i] for i in others]
    if value == "bold":
        assert var.texts == base.texts
        assert all(var.formats[i] == ("Normal", True, False) for i in headings)
    elif value == "numbered-auto":
        assert var.texts == base.texts
        numbered = [i for i in headings if base.formats[i][0] != "Title"]
        assert all(var.formats[i][2] for i in numbered)
    else:
        assert var.formats == base.formats
        typed = [var.texts[i] for i in headings if base.formats[i][0] != "Title"]
        assert typed[:3] == [
            "1. Aanleiding",
            "2. Beschrijving van het experiment",
            "2.1 Contactgegevens van samenwerkende partijen in experiment",
        ]
        assert "3.1.1 Initiële projectkosten" in typed
        for i in headings:
            prefix = var.texts[i][: -len(base.texts[i])]
            assert var.texts[i].endswith(base.texts[i])
            assert prefix == "" or re.fullmatch(r"\d+(\.\d+)*\.? ", prefix)


def _check_amounts(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    changed = _changed_cells(base, var)
    amounts = {k: v for k, v in _cells(base).items() if AMOUNT.match(v)}
    assert changed, "no amount changed its spelling"
    assert set(changed) <= set(amounts)
    for key, text in amounts.items():
        written = _cells(var)[key]
        assert parse_spelled(written) == parse_spelled(text), (text, written)
        bare = re.sub(r"^[+-](/[+-])? ", "", written)
        assert re.fullmatch(SPELLINGS[value], bare), (value, written)


def _check_saldo(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    ((key, (before, after)),) = _changed_cells(base, var).items()
    assert base.tables[key[0]][key[1]][0] == render.EFFECT_TOTAL
    assert re.match(r"^[+-]/[+-] ", before) and re.match(r"^[+-] €", after)
    assert parse_spelled(after) == parse_spelled(before) == item.truth["opgave"]["saldo"]


def _check_factors(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    changed = _changed_cells(base, var)
    rows = {key: base.tables[key[0]][key[1]][1][:3] for key in changed}
    assert all(k[2] == 2 for k in changed)
    wanted = {"(A)"} if value == "months" else {"(A)", "(B)"}
    assert set(rows.values()) == wanted and len(changed) == 2 * len(wanted)
    for before, after in changed.values():
        assert parse_spelled(before) == parse_spelled(after)
        assert re.fullmatch(r"[\d,]+" if value == "bare" else r"[\d,]+ dagen \(\d+ maanden?\)",
                            after)  # fmt: skip


def _check_rows(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    if value == "note-paragraph":
        assert var.tables == base.tables
        assert [t for t in var.texts if t != render.NOTE_PARAGRAPH] == base.texts
        assert var.texts.count(render.NOTE_PARAGRAPH) == 1
        return
    assert var.texts == base.texts and var.formats == base.formats
    added = [render.NOTE_ROW, "", "", ""] if value == "note-row" else ["", "", "", ""]
    grown = 0
    for before, after in zip(base.tables, var.tables, strict=True):
        if before == after:
            continue
        grown += 1
        assert len(after) == len(before) + 1 and after[-2] == added
        assert after[:-2] + after[-1:] == before
    assert grown == (1 if value == "note-row" else 2)


def _check_cells(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    assert all(not marks for marks in base.merges)
    benefits = next(i for i, t in enumerate(base.tables) if t[0][0] == "Financiële baten")
    effect = next(i for i, t in enumerate(base.tables) if t[0][0] == render.EFFECT_TITLE)
    assert "vMerge" in var.merges[benefits]
    assert var.merges[effect] == ["gridSpan", "gridSpan"]
    assert all(not marks for i, marks in enumerate(var.merges) if i not in (benefits, effect))


def _check_labels(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    changed = _changed_cells(base, var)
    partners = next(i for i, t in enumerate(base.tables) if t[0][0] == render.PARTNERS_TITLE)
    assert changed and all(k[0] == partners and k[2] == 0 for k in changed)
    labels = [after for _, after in changed.values()]
    financing = item.truth["financiering"]
    gemeente = {p["organisatie"] for p in item.truth["partijen"] if p["rol"] == "gemeente"}
    if any(b["partij"] in gemeente for b in financing.get("bijdragen", [])):
        assert ("Gemeente bijdrage" if value == "people-a" else "Eigen bijdrage gemeente") in labels
    grant = var.tables[partners][-2][0]
    assert re.search(r"SPUK DOS|Uitkering|uitkering", grant)


def _check_page(item: forms.Form, value: str, base: Contents, var: Contents) -> None:
    assert base.page == (7560310, 10692130)  # 210 × 297 mm in EMU
    assert var.page == (7772400, 10058400)  # 8.5 × 11 inch


CHECKS = {
    "instructions": _check_instructions,
    "headings": _check_headings,
    "amounts": _check_amounts,
    "saldo": _check_saldo,
    "factors": _check_factors,
    "rows": _check_rows,
    "cells": _check_cells,
    "labels": _check_labels,
    "page": _check_page,
}


def test_the_page_size_is_a_switch_of_its_own() -> None:
    item = forms.form("app1-base")
    letter = contents(render.docx_bytes(item.truth, replace(item.variation, page="Letter")))
    base = rendered("app1-base")
    for aspect in ASPECTS:
        if aspect != "page":
            assert getattr(letter, aspect) == getattr(base, aspect)
    _check_page(item, "Letter", base, letter)


SEED_COPY = Path(__file__).resolve().parents[1] / "data" / "documents" / "amstelveen-format.txt"
ADDED = {render.MONITORING, "Totaal kosten", "Totaal baten"}
"""The form's texts that are not the 2025 format's: its monitoring paragraph less the
adviser's personal data, and the two rows people add to the effect table."""


def _flat(text: str, join: bool) -> str:
    """Text as a PDF extraction and the form compare: a word broken at a line end joined
    (with or without its hyphen), list marks dropped, whitespace one space."""
    text = re.sub(r"(\w)-\s*\n\s*(?=[a-zà-ÿ])", r"\1" if join else r"\1-", text)
    return " ".join(text.replace("§", " ").split())


def test_the_forms_texts_are_the_2025_formats_word_for_word() -> None:
    seed = SEED_COPY.read_text(encoding="utf-8")
    joined, kept = _flat(seed, join=True), _flat(seed, join=False)
    texts = [
        t for item in render.FORM if isinstance(item, render.FormText) for t in item.paragraphs
    ]
    texts += [item.text for item in render.FORM if isinstance(item, render.Heading)]
    texts += [*render.CONTACT_HEADER, *render.ROLE_LABELS.values(), *render.THEMES_HEADER]
    texts += [*render.INITIAL_HEADER, *render.EXECUTION_HEADER, render.INITIAL_TOTAL]
    texts += [render.EXECUTION_TOTAL, render.PARTNERS_TITLE, render.OTHER_SAVINGS]
    texts += [render.OTHER_SAVINGS_HINT, render.EFFECT_TITLE, render.EFFECT_TOTAL]
    texts += [*render.QUALITATIVE_HEADER, *(t for r in render.ROUTES.values() for t in r)]
    texts += [t for pair in render.EFFECT_LABELS.values() for t in pair]
    for text in texts:
        if text and text not in ADDED:
            assert _flat(text, join=False) in kept or _flat(text, join=True) in joined, text
    assert "Hanneke" not in render.MONITORING and "06-" not in render.MONITORING


def test_the_base_rendering_holds_every_figure_and_answer() -> None:
    for item in forms.forms():
        if item.variation.changed():
            continue
        seen = rendered(item.id)
        cells = set(_cells(seen).values())
        truth = item.truth
        for post in truth["kosten"]["initieel"] + truth["kosten"]["uitvoering"]:
            assert render.spell_amount(post["bedrag"], "eur-cents") in cells
        for value in truth["opgave"].values():
            written = render.spell_amount(abs(value), "eur-cents")
            assert any(c.endswith(written) for c in cells), written
        text = "\n".join(seen.texts)
        for key in ("doelstelling", "hypothesen", "vervolg", "samenwerking"):
            for line in truth["beschrijving"][key].split("\n"):
                assert line.removeprefix("- ") in text
        for party in truth["partijen"]:
            assert party["organisatie"] in cells


# -- the scorer -------------------------------------------------------------------------------
TRUTH: dict[str, Any] = {
    "experiment": {"startdatum": date(2025, 3, 1), "einddatum": date(2025, 12, 31),
                   "voorbereiding": "Twee maanden voor het werven van het wijkteam."},
    "partijen": [{"rol": "gemeente", "organisatie": "Gemeente Heggeveen"},
                 {"rol": "zorgkantoor", "organisatie": "Zorgkantoor Vlietland"}],
    "beschrijving": {
        "doelstelling": "Het centrale doel is uitstel van Wlz-zorg.\n\nWe streven na:\n"
                        "- minder crisisopnames;\n- minder belaste mantelzorgers.",
        "gebied": "De wijk De Vlonder.",
        "aantal_inwoners": 250,
    },
    "kosten": {
        "initieel": [],
        "uitvoering": [{"kostenpost": "Projectleiding", "bedrag": Decimal("40000.00")},
                       {"kostenpost": "Training", "bedrag": Decimal("12500.50")}],
    },
    "financiering": {"bijdragen": [{"partij": "Gemeente Heggeveen", "bedrag": Decimal("10500.50")}],
                     "uitkering": Decimal("42000.00"), "totaal": Decimal("52500.50")},
    "baten": {
        "uitstel_mpt_vpt": {"dagen": Decimal("182.5"), "inwoners": Decimal("6.1"),
                            "kosten_per_dag": Decimal("285.00"), "totaal": Decimal("317276.25")},
        "uitstel_intramuraal": {"dagen": Decimal("90"), "inwoners": Decimal("2"),
                                "kosten_per_dag": Decimal("334.00"),
                                "totaal": Decimal("60120.00")},
        "overige": [],
    },
    "opgave": {"initiele_kosten": Decimal("0.00"), "uitvoeringskosten": Decimal("52500.50"),
               "overige_besparingen": Decimal("0.00"), "saldo": Decimal("324895.75")},
}  # fmt: skip


def _copy(data: Any) -> Any:
    return json.loads(json.dumps(archive.truth_to_json(data)))


def test_a_perfect_import_scores_exact_everywhere() -> None:
    result = score(TRUTH, _copy(TRUTH))  # amounts as strings, dates as ISO text
    assert result.figures == result.exact == 18
    assert result.not_found == result.wrong == result.extra == 0 and result.never_wrong
    assert result.texts == result.texts_found == 5  # 3 texts and the 2 dates
    assert (result.posts, result.posts_found, result.parties, result.parties_found) == (2, 2, 2, 2)
    assert result.problems == ()


def test_the_scorer_tells_exact_missing_and_wrong_apart() -> None:
    imported = _copy(TRUTH)
    imported["kosten"]["uitvoering"] = [
        {"kostenpost": "Training", "bedrag": "12.500,50"},  # another order, Dutch spelling
        {"kostenpost": "Projectleiding", "bedrag": None},  # found by name, no amount
        {"kostenpost": "Totaal uitvoeringskosten", "bedrag": "52500.50"},  # made up
    ]
    imported["baten"]["uitstel_mpt_vpt"]["inwoners"] = "6"  # wrong: 6,1 read as 6
    imported["baten"]["uitstel_mpt_vpt"]["dagen"] = Decimal("182.50")  # the same number
    del imported["opgave"]["saldo"]
    imported["opgave"]["totaal_kosten"] = "52500.50"  # computed: the form did not state it
    imported["financiering"]["uitkering"] = 42000  # an int is fine
    imported["beschrijving"]["doelstelling"] = (
        "Het centrale doel is uit-\nstel van Wlz-zorg. We streven na:\n• minder crisis-"
        "opnames;\n• minder belaste mantelzorgers."
    )
    imported["beschrijving"]["gebied"] = "In 2025: 12 deelnemers à € 500 per sessie."
    del imported["experiment"]["voorbereiding"]
    imported["experiment"]["einddatum"] = "2025-12-30"
    imported["partijen"] = [{"organisatie": "gemeente  heggeveen"}]
    result = score(TRUTH, imported)
    assert result.figures == 18 and result.exact == 15
    assert result.of_kind("not found") == [
        "kosten.uitvoering[0].bedrag", "opgave.saldo", "experiment.voorbereiding"
    ]  # fmt: skip
    assert result.of_kind("wrong") == ["baten.uitstel_mpt_vpt.inwoners"]
    assert result.of_kind("extra") == ["kosten.uitvoering[+2].bedrag", "opgave.totaal_kosten"]
    assert (result.not_found, result.wrong, result.extra) == (2, 1, 2)
    assert not result.never_wrong
    assert result.texts_found == 2  # doelstelling despite bullets and hyphens; start date
    assert result.of_kind("different") == ["beschrijving.gebied", "experiment.einddatum"]
    assert result.texts_not_found == 1
    assert result.posts_found == 2 and result.parties_found == 1
    wrong = next(p for p in result.problems if p.kind == "wrong")
    assert (wrong.expected, wrong.found) == ("6.1", "6")


def test_an_empty_import_finds_nothing_and_is_never_wrong() -> None:
    result = score(TRUTH, {})
    assert result.not_found == result.figures == 18 and result.exact == 0
    assert result.never_wrong
    assert result.texts_not_found == 5 and result.posts_found == result.parties_found == 0


def test_a_whole_application_scores_against_itself() -> None:
    app = forms.applications()[1]
    result = score(app, _copy(app))
    assert result.exact == result.figures > 20 and result.never_wrong
    assert result.texts_found == result.texts >= 13
    assert result.parties_found == result.parties == 12


# -- the committed archive --------------------------------------------------------------------
@cache
def _archived() -> tuple[dict[str, Any], dict[str, bytes]]:
    if not archive.ARCHIVE.exists():
        pytest.fail(f"{archive.ARCHIVE} is missing: {REGENERATE}")
    files = archive.read_members()
    manifest = json.loads(files[archive.MANIFEST])
    return manifest, files


def test_the_archive_holds_the_generators_forms_and_truths() -> None:
    manifest, files = _archived()
    corpus = forms.forms()
    assert list(manifest["forms"]) == [f.id for f in corpus], REGENERATE
    for item in corpus:
        entry = manifest["forms"][item.id]
        assert entry["variation"] == item.variation.changed(), REGENERATE
        assert entry["seed"] == item.variation.seed, REGENERATE
        truth = archive.truth_from_json(json.loads(files[f"{archive.TOP}/{entry['truth']}"]))
        assert truth == item.truth, f"{item.id}: {REGENERATE}"
    assert archive.read_truths() == {f.id: f.truth for f in corpus}


@pytest.mark.parametrize("form_id", [f.id for f in forms.forms()])
def test_the_archived_word_document_is_the_generators(form_id: str) -> None:
    manifest, files = _archived()
    entry = manifest["forms"].get(form_id)
    assert entry is not None, REGENERATE
    docx = files[f"{archive.TOP}/{entry['files']['docx']['path']}"]
    assert contents(docx) == rendered(form_id), f"{form_id}: {REGENERATE}"


def test_the_archive_is_complete_and_small() -> None:
    manifest, files = _archived()
    assert archive.ARCHIVE.stat().st_size < 10_000_000
    assert manifest["renderings"] == list(archive.RENDERINGS)
    assert manifest["tools"]["soffice"].startswith("LibreOffice")
    assert manifest["tools"]["pdftotext"].startswith("pdftotext")
    import pypdfium2

    for form_id, entry in manifest["forms"].items():
        assert set(entry["files"]) == set(archive.RENDERINGS)
        for name, file in entry["files"].items():
            data = files[f"{archive.TOP}/{file['path']}"]
            assert data and hashlib.sha256(data).hexdigest() == file["sha256"], (form_id, name)
        for name, size in (("pdf-a4", (595, 842)), ("pdf-letter", (612, 792))):
            pdf = pypdfium2.PdfDocument(files[f"{archive.TOP}/{entry['files'][name]['path']}"])
            try:
                width, height = pdf[0].get_size()
                assert (round(width), round(height)) == size, (form_id, name)
            finally:
                pdf.close()


def test_the_text_renderings_are_of_their_form() -> None:
    manifest, files = _archived()
    for item in forms.forms():
        entry = manifest["forms"][item.id]
        total = render.spell_amount(item.truth["opgave"]["uitvoeringskosten"],
                                    item.variation.amounts)  # fmt: skip
        for name in ("pdftotext-a4", "pdftotext-layout-a4", "libreoffice-txt"):
            text = files[f"{archive.TOP}/{entry['files'][name]['path']}"].decode("utf-8")
            flat = " ".join(text.split())
            assert total in flat, (item.id, name, total)
            assert item.truth["experiment"]["naam"] in flat, (item.id, name)


def test_the_loader_yields_every_rendering_with_its_truth() -> None:
    seen = Counter()
    truths = {f.id: f.truth for f in forms.forms()}
    for rendering in archive.renderings():
        assert rendering.path.is_file() and rendering.path.stat().st_size > 0
        assert rendering.truth == truths[rendering.form_id]
        seen[rendering.name] += 1
    assert seen == dict.fromkeys(archive.RENDERINGS, len(truths))
    only = list(archive.renderings(["pdftotext-a4"]))
    assert len(only) == len(truths) and only[0].path.suffix == ".txt"
    with pytest.raises(KeyError):
        next(archive.renderings(["pdf"]))


# -- LibreOffice prints the forms -------------------------------------------------------------
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_a_form_on_a4_and_on_letter(tmp_path: Path) -> None:
    import pypdfium2

    item = forms.form("app2-base")
    for page, size in (("A4", (595, 842)), ("Letter", (612, 792))):
        source = tmp_path / f"{page}.docx"
        render.write_docx(item.truth, replace(item.variation, page=page), source)
        profile = (tmp_path / f"profile-{page}").as_uri()
        done = processes.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
            timeout=170,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        pdf = pypdfium2.PdfDocument(tmp_path / f"{page}.pdf")
        try:
            width, height = pdf[0].get_size()
            text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
        assert (round(width), round(height)) == size
        flat = " ".join(text.split())
        assert render.spell_saldo(item.truth["opgave"]["saldo"], "eur-cents", "slashes") in flat
        assert item.truth["partijen"][0]["organisatie"] in flat
