"""spukdos import: the official form (text, Word, PDF) read into the file format.

The acceptance test of issue 14: the text of Amstelveen's filled-in 2025 format imports
to a file whose figures equal examples/amstelveen.yaml, with the 12 organisations of the
contact table and every free-text section filled. The committed copy of that text has
the example's fictitious contact persons in place of the real ones; when the original is
at hand (../shared/seeds), it is imported too.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from spukdos_cli.checks.pipeline import FileResult, check_loaded
from spukdos_cli.cli.importing import ImportRequest, run
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import format_path
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.extra import read_extra
from spukdos_cli.read.document.load import (
    import_bytes,
    load_document,
    loaded_from_import,
    read_lines,
)
from spukdos_cli.read.loader import load_path, load_text
from tests.conftest import AMSTELVEEN, ROOT, WITH_EXTRAS
from tests.support import formdocs, processes

SEED_COPY = ROOT / "tests" / "data" / "documents" / "amstelveen-format.txt"
REAL_SEED = ROOT.parent / "shared" / "seeds" / "000_fcbfa76b3b883489.txt"

BLOW_UP = 20.0
"""CPU seconds: a guard against a blow-up (a quadratic path, a loop), far above what these
documents take; how fast documents are read is measured by ``benchmarks/``, never asserted
here (a busy machine would fail it at random)."""


def _result(path: Path) -> FileResult:
    return check_loaded(load_document(path), str(path))


def _example() -> Businesscase:
    case = load_path(AMSTELVEEN).case
    assert case is not None
    return case


def _figures(case: Businesscase) -> dict[str, Any]:
    """Every figure of a case that the form holds."""
    assert case.kosten and case.financiering and case.baten and case.opgave
    routes = {}
    for name in ("uitstel_mpt_vpt", "uitstel_intramuraal"):
        block = getattr(case.baten, name)
        routes[name] = (block.dagen, block.inwoners, block.kosten_per_dag, block.totaal)
    return {
        "initieel": [p.bedrag for p in case.kosten.initieel or ()],
        "uitvoering": [p.bedrag for p in case.kosten.uitvoering or ()],
        "bijdragen": [b.bedrag for b in case.financiering.bijdragen or ()],
        "uitkering": case.financiering.uitkering,
        "financiering_totaal": case.financiering.totaal,
        **routes,
        "overige": [o.bedrag for o in case.baten.overige or ()],
        "opgave": (
            case.opgave.initiele_kosten,
            case.opgave.uitvoeringskosten,
            case.opgave.overige_besparingen,
            case.opgave.saldo,
        ),
    }


SEEDS = [pytest.param(SEED_COPY, id="committed-copy")]
if REAL_SEED.exists():
    SEEDS.append(pytest.param(REAL_SEED, id="real-seed"))


@pytest.mark.parametrize("seed", SEEDS)
def test_the_seed_imports_with_every_figure_of_the_example(seed: Path) -> None:
    result = _result(seed)
    case, calc = result.case, result.calculation
    assert case is not None and calc is not None
    assert _figures(case) == _figures(_example())
    # every stated total equals the computed one; the net effect is + € 78.525,00
    assert [f for f in result.findings if f.code == "A001"] == []
    assert calc.saldo == Decimal("78525.00") == case.opgave.saldo  # type: ignore[union-attr]
    assert calc.uitvoeringskosten == Decimal("780000.00")
    assert calc.totaal_baten == Decimal("858525.00")


@pytest.mark.parametrize("seed", SEEDS)
def test_the_seed_gives_the_twelve_organisations_with_their_roles(seed: Path) -> None:
    case = _result(seed).case
    assert case is not None and case.partijen is not None
    example = _example().partijen or ()
    assert [(p.rol, p.organisatie) for p in case.partijen] == [
        (p.rol, p.organisatie) for p in example
    ]
    assert len(case.partijen) == 12
    assert all(p.toegezegd for p in case.partijen)
    people = [len(p.contactpersonen or ()) for p in case.partijen]
    assert people == [len(p.contactpersonen or ()) for p in example]


def test_the_committed_seed_gives_the_example_contact_persons() -> None:
    case = _result(SEED_COPY).case
    assert case is not None

    def persons(c: Businesscase) -> list[tuple[str | None, ...]]:
        return [
            (person.naam, person.email, person.telefoon)
            for party in c.partijen or ()
            for person in party.contactpersonen or ()
        ]

    assert persons(case) == persons(_example())


@pytest.mark.parametrize("seed", SEEDS)
def test_every_free_text_section_of_the_seed_is_filled(seed: Path) -> None:
    case = _result(seed).case
    assert case is not None and case.beschrijving and case.experiment and case.baten
    text = case.beschrijving
    for name in ("doelstelling", "doelgroep", "gebied", "ontwikkeling",
                 "aansluitende_initiatieven", "hypothesen", "noodzaak_uitkering",
                 "samenwerking", "borging", "vervolg"):  # fmt: skip
        assert (getattr(text, name) or "").strip(), name
    assert text.werkwijze and (text.werkwijze.beschrijving or "").strip()
    themes = text.werkwijze.themas or ()
    assert [t.thema for t in themes] == [t.thema for t in _example().beschrijving.werkwijze.themas]  # type: ignore[union-attr]
    assert all((t.huidig or "").strip() and (t.experiment or "").strip() for t in themes)
    assert (case.experiment.voorbereiding or "").strip()
    quality = case.baten.kwalitatief or ()
    assert [q.baat for q in quality] == [q.baat for q in _example().baten.kwalitatief]  # type: ignore[union-attr]
    assert all((q.onderbouwing or "").strip() for q in quality)


def test_the_seed_texts_are_the_applicants_words_without_pdf_artefacts() -> None:
    case = _result(SEED_COPY).case
    assert case is not None and case.beschrijving is not None
    example = _example().beschrijving
    assert example is not None

    def words(text: str | None) -> str:
        return " ".join((text or "").split())

    for name in ("doelstelling", "doelgroep", "hypothesen", "borging", "vervolg"):
        assert words(getattr(case.beschrijving, name)) == words(getattr(example, name)), name
    joined = words(case.beschrijving.aansluitende_initiatieven)
    assert "Brentano" in joined and "Bren- tano" not in joined and "§" not in joined
    # the form's own guidance under the question is not the applicant's answer
    assert "Een vaak voorkomend maatschappelijk effect" not in (
        case.beschrijving.doelstelling or ""
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_the_seed_cost_posts_are_named_from_flattened_text(seed: Path) -> None:
    case = _result(seed).case
    assert case is not None and case.kosten is not None
    names = [p.kostenpost for p in case.kosten.uitvoering or ()]
    example = [p.kostenpost for p in _example().kosten.uitvoering]  # type: ignore[union-attr]
    # the example's author also joined the hyphen of "Project-management" by hand
    assert names == [n.replace("Projectmanagement", "Project-management") for n in example]


def test_the_seed_import_names_the_source_line_of_each_value() -> None:
    imp = import_bytes(SEED_COPY.read_bytes(), "txt")
    origin = imp.origins[("baten", "uitstel_mpt_vpt", "dagen")]
    assert origin.ref.line == 952 and origin.written == "182,5 dagen"
    assert imp.origins[("opgave", "saldo")].written == "+/+ € 78.525,00"
    assert imp.origins[("opgave", "saldo")].ref.line == 1053


# -- the YAML file ---------------------------------------------------------------------------
def _import(
    tmp_path: Path, source: Path | str, *extra: str, stdin: bytes = b""
) -> tuple[int, str, str]:
    out = io.StringIO()
    err = io.StringIO()
    target = extra[0] if extra else None
    request = ImportRequest(
        str(source),
        output=target,
        force="--force" in extra,
        anonymise="--anonimiseer" in extra,
        lang="en" if "--en" in extra else "nl",
    )
    code = run(request, stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_import_writes_a_commented_file_that_check_reads(tmp_path: Path) -> None:
    target = tmp_path / "aanvraag.yaml"
    code, _, err = _import(tmp_path, SEED_COPY, str(target))
    text = target.read_text(encoding="utf-8")
    assert 'bedrag: 100.000,00  # regel 750: "€ 100.000,00"' in text  # as the starter writes (27)
    assert "saldo: 78.525,00" in text and '"+/+ € 78.525,00"' in text
    assert "# niet gevonden: het antwoord noemt niet één aantal" in text
    assert "\n  aantal_inwoners:\n" in text
    loaded = load_text(text)
    assert loaded.findings == () and loaded.case is not None
    assert _figures(loaded.case) == _figures(_example())
    # the form asks for the number of residents; the seed gives two numbers, none chosen
    assert code == ExitCode.FINDINGS
    assert "beschrijving.aantal_inwoners" in err and "exitcode 1" in err
    assert "experiment.naam" in err  # not in the form: to fill in, not a failure


def test_the_model_keys_come_in_the_model_order(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    _import(tmp_path, SEED_COPY, str(target))
    keys = [line.split(":")[0] for line in target.read_text().splitlines() if line[:1].isalpha()]
    assert keys == ["spukdos", "regeling_jaar", "experiment", "partijen", "beschrijving",
                    "kosten", "financiering", "baten", "opgave"]  # fmt: skip


def test_an_existing_file_is_only_overwritten_with_force(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    target.write_text("keep\n")
    from spukdos_cli.cli.usage import UsageError

    with pytest.raises(UsageError):
        _import(tmp_path, SEED_COPY, str(target))
    assert target.read_text() == "keep\n"
    code, _, _ = _import(tmp_path, SEED_COPY, str(target), "--force")
    assert code == ExitCode.FINDINGS and target.read_text().startswith("# yaml-language-server")


def test_standard_input_is_read_as_text(tmp_path: Path) -> None:
    code, out, _ = _import(tmp_path, "-", stdin=SEED_COPY.read_bytes())
    assert "saldo: 78.525,00" in out and code == ExitCode.FINDINGS


def test_anonymise_replaces_every_contact_person_and_keeps_organisations(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    _import(tmp_path, SEED_COPY, str(target), "--anonimiseer")
    text = target.read_text(encoding="utf-8")
    example = _example()
    for party in example.partijen or ():
        assert f'"{party.organisatie}"' in text
        for person in party.contactpersonen or ():
            for value in (person.naam, person.email, person.telefoon):
                assert value not in text, value
    case = load_text(text).case
    assert case is not None and case.partijen is not None
    first = case.partijen[1].contactpersonen[0]  # type: ignore[index]
    again = case.partijen[2].contactpersonen[0]  # type: ignore[index]
    assert first.naam == again.naam == "Contactpersoon 2 (fictief)"  # one person, one placeholder
    assert first.email == "contactpersoon2@voorbeeld.example"
    # the adviser named in the monitoring text of the form is not kept either
    assert "06-12345699" not in text and "j.dewit@minvws.example" not in text


def test_comments_follow_the_language(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    _import(tmp_path, SEED_COPY, str(target), "--en")
    text = target.read_text(encoding="utf-8")
    assert '# line 750: "€ 100.000,00"' in text and "niet gevonden" not in text


# -- Word and PDF made by hand ---------------------------------------------------------------
def _check_expected(case: Businesscase) -> None:
    expected = formdocs.EXPECTED
    assert case.regeling_jaar == expected["regeling_jaar"]
    assert case.experiment and str(case.experiment.startdatum) == expected["experiment.startdatum"]
    assert str(case.experiment.einddatum) == expected["experiment.einddatum"]
    assert case.beschrijving and case.beschrijving.aantal_inwoners == 250
    assert (
        case.kosten
        and [p.bedrag for p in case.kosten.initieel or ()] == expected["kosten.initieel"]
    )
    assert [p.bedrag for p in case.kosten.uitvoering or ()] == expected["kosten.uitvoering"]
    assert [p.uitvoerder for p in case.kosten.uitvoering or ()] == [
        "Gemeente Voorbeeldstad", "Thuiszorg De Linde"]  # fmt: skip
    financing = case.financiering
    assert (
        financing
        and [b.bedrag for b in financing.bijdragen or ()] == expected["financiering.bijdragen"]
    )
    assert financing.uitkering == expected["financiering.uitkering"]
    assert financing.totaal == expected["financiering.totaal"]
    assert case.baten and case.baten.uitstel_mpt_vpt and case.baten.uitstel_intramuraal
    for name, key in (("uitstel_mpt_vpt", "mpt"), ("uitstel_intramuraal", "intramuraal")):
        block = getattr(case.baten, name)
        assert (block.dagen, block.inwoners, block.kosten_per_dag, block.totaal) == expected[key]
    assert [o.bedrag for o in case.baten.overige or ()] == [expected["overige"]]
    assert case.opgave and case.opgave.saldo == expected["saldo"]
    assert case.partijen and [p.organisatie for p in case.partijen] == [
        "Gemeente Voorbeeldstad", "Zorgkantoor Regio Oost", "Thuiszorg De Linde",
        "Huisartsenpraktijk Centrum"]  # fmt: skip
    persons = case.partijen[2].contactpersonen or ()
    assert [(p.naam, p.email, p.telefoon) for p in persons] == [
        ("Fatima El Amrani", "f.elamrani@delinde.example", "06-33334444"),
        ("Joost Visser", "j.visser@delinde.example", "06-44445555"),
    ]
    themes = case.beschrijving.werkwijze.themas  # type: ignore[union-attr]
    assert [(t.thema, t.huidig) for t in themes or ()] == [
        ("Wijkteam", "Ouderen melden zich bij drie loketten."),
        ("Mantelzorg", "Mantelzorgers vinden weinig steun."),
    ]
    assert [q.baat for q in case.baten.kwalitatief or ()] == [
        "Langer thuis wonen", "Minder belaste mantelzorgers"]  # fmt: skip
    assert (
        case.beschrijving.samenwerking == "De gemeente coördineert; De Linde levert het wijkteam."
    )


def test_a_word_document_filled_in_by_hand_imports(tmp_path: Path) -> None:
    path = formdocs.build_docx(tmp_path / "aanvraag.docx")
    result = _result(path)
    assert result.case is not None and result.source_kind == "docx"
    _check_expected(result.case)
    assert [f for f in result.findings if f.code == "A001"] == []
    # a value from a table cell names the cell
    finding = (
        next(f for f in result.findings if f.path == ("partijen", 3, "toegezegd"))
        if any(f.path == ("partijen", 3, "toegezegd") for f in result.findings)
        else None
    )
    assert finding is None or finding.position.source is not None


def _needs_font() -> None:
    if formdocs._unicode_font() is None:  # pragma: no cover - the machine has DejaVu
        pytest.skip("no Unicode TrueType font for fpdf2")


def test_a_pdf_of_such_a_document_imports(tmp_path: Path) -> None:
    _needs_font()
    path = formdocs.build_pdf(tmp_path / "aanvraag.pdf")
    result = _result(path)
    assert result.case is not None and result.source_kind == "pdf"
    _check_expected(result.case)
    imp = import_bytes(path.read_bytes(), "pdf")
    cell = imp.origins[("kosten", "uitvoering", 0, "bedrag")].ref
    assert (cell.table, cell.row, cell.col) == (4, 2, 4) and cell.page is not None


def test_findings_of_a_pdf_name_page_and_cell(tmp_path: Path) -> None:
    _needs_font()
    path = formdocs.build_pdf(tmp_path / "aanvraag.pdf")
    code = processes.run(
        [sys.executable, "-m", "spukdos_cli", "check", "-f", "json", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    report = json.loads(code.stdout)
    assert report["schema_version"] == 3 and report["files"][0]["source_kind"] == "pdf"
    sources = [f["source"] for f in report["files"][0]["findings"] if "source" in f]
    assert sources and all(s["page"] for s in sources)
    assert any(s["table"] for s in sources)


# -- round trip ------------------------------------------------------------------------------
def _flat(value: Any, base: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(value, Businesscase) or hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            out.update(_flat(getattr(value, name), f"{base}.{name}" if base else name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            out.update(_flat(item, f"{base}[{i}]"))
    elif isinstance(value, dict):
        for key, item in value.items():
            out.update(_flat(item, f"{base}.{key}"))
    elif value is not None:
        out[base] = " ".join(value.split()) if isinstance(value, str) else value
    return out


def _gives(text: str | None, value: Any) -> bool:
    """Does ``text`` in the appendix of the Word export give the file's ``value``?"""
    if text is None:
        return False
    if isinstance(value, bool):
        return text == ("ja" if value else "nee")
    if isinstance(value, date):
        return text == value.isoformat()
    if isinstance(value, Decimal):
        return Decimal(text) == value
    return bool(text == value)


def _round_trip(
    tmp_path: Path, example: str
) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """The example's values, those an import of its export gives back, and the appendix."""
    from spukdos_cli.report.docx_export import write_docx

    if example == "with-extras":
        original = load_text(WITH_EXTRAS)
    else:
        original = load_path(ROOT / "examples" / example)
    assert original.case is not None
    document = tmp_path / "businesscase.docx"
    write_docx(check_loaded(original, example), document)
    raw = document.read_bytes()
    back = loaded_from_import(import_bytes(raw, "docx"), None)
    assert back.case is not None and not back.partial
    appendix = {
        format_path(path): " ".join(text.split())
        for path, text, _ in read_extra(read_lines(raw, "docx"))
    }
    return _flat(original.case), _flat(back.case), appendix


ROUND_TRIP = ["amstelveen.yaml", "centraal-persoon.yaml", "advies-zorgkantoor.yaml", "with-extras"]


@pytest.mark.parametrize("example", ROUND_TRIP)
def test_export_then_import_gives_back_every_figure_and_text(tmp_path: Path, example: str) -> None:
    before, after, appendix = _round_trip(tmp_path, example)
    # every value comes back: from the form's questions and tables, or from the appendix
    lost = {k: v for k, v in before.items() if after.get(k) != v and not _gives(appendix.get(k), v)}
    assert lost == {}
    # the appendix holds what the form has no place for: the form's figures are not there
    assert not any(k.rsplit(".", 1)[-1] in ("bedrag", "totaal", "saldo") for k in appendix)


COMPUTED = {
    "financiering.totaal": "financiering_totaal",
    "opgave.initiele_kosten": "initiele_kosten",
    "opgave.uitvoeringskosten": "uitvoeringskosten",
    "opgave.overige_besparingen": "overige_besparingen",
    "opgave.saldo": "saldo",
    "baten.uitstel_mpt_vpt.totaal": "uitstel_mpt_vpt.totaal",
    "baten.uitstel_intramuraal.totaal": "uitstel_intramuraal.totaal",
}
"""A total the form shows, where the file did not state it: the export writes the computed
one (the form needs a figure there), which the import then reads as stated."""


@pytest.mark.parametrize("example", ROUND_TRIP)
def test_export_then_import_adds_nothing_but_computed_totals(tmp_path: Path, example: str) -> None:
    from spukdos_cli.compute.calculate import calculate

    before, after, _ = _round_trip(tmp_path, example)
    added = set(after) - set(before)
    assert added <= set(COMPUTED)
    original = (
        load_text(WITH_EXTRAS)
        if example == "with-extras"
        else load_path(ROOT / "examples" / example)
    )
    assert original.case is not None
    calculation: Any = calculate(original.case)
    for key in added:
        value: Any = calculation
        for part in COMPUTED[key].split("."):
            value = getattr(value, part)
        assert after[key] == value, key


# -- documents that are not (readable) forms -------------------------------------------------
def _unreadable(raw: bytes, kind: str) -> str:
    with pytest.raises(DocumentError) as caught:
        import_bytes(raw, kind)
    return caught.value.reason


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    _needs_font()
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Businesscase")
    assert _unreadable(bytes(pdf.output()), "pdf") == "doc_encrypted"


def test_a_scanned_pdf_is_refused(tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=100)
    assert _unreadable(bytes(pdf.output()), "pdf") == "doc_scanned"


@pytest.mark.parametrize(
    ("raw", "kind", "reason"),
    [
        (b"%PDF-1.7\n" + b"\x00garbage" * 100, "pdf", "doc_corrupt"),
        (b"PK\x03\x04 not really a zip", "docx", "doc_corrupt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "docx", "doc_encrypted_or_old"),
        (b"\xff\xfe\x00\x00abc", "txt", "doc_not_text"),
    ],
    ids=["broken-pdf", "broken-docx", "encrypted-or-old-word", "binary-text"],
)
def test_a_broken_document_is_refused(raw: bytes, kind: str, reason: str) -> None:
    assert _unreadable(raw, kind) == reason


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<a/>")
        package.writestr("word/filler.xml", b"0" * (80 * 1024 * 1024))
    started = time.process_time()
    assert _unreadable(buffer.getvalue(), "docx") == "doc_too_large"
    assert time.process_time() - started < BLOW_UP  # refused before unpacking


def test_a_pdf_of_too_many_pages_is_refused(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=8)
    for _ in range(101):
        pdf.add_page()
        pdf.cell(text="x")
    assert _unreadable(bytes(pdf.output()), "pdf") == "doc_too_many_pages"


def test_a_text_that_is_not_a_form_is_said_so_and_exits_1(tmp_path: Path) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("Boodschappen: melk, brood.\n€ 12,50\n", encoding="utf-8")
    target = tmp_path / "a.yaml"
    code, _, err = _import(tmp_path, notes, str(target))
    assert code == ExitCode.FINDINGS and "geen ingevuld format" in err and not target.exists()
    result = _result(notes)
    assert [f.code for f in result.findings] == ["D002"]


def test_a_huge_text_is_answered_quickly(tmp_path: Path) -> None:
    huge = tmp_path / "groot.txt"
    line = "Beschrijf welk maatschappelijk vraagstuk € 1.000,00 wordt aangepakt 06-12345678\n"
    huge.write_text(SEED_COPY.read_text(encoding="utf-8") + line * 120_000, encoding="utf-8")
    started = time.process_time()
    result = _result(huge)
    assert time.process_time() - started < BLOW_UP
    assert result.case is not None  # cut at the size bound, still read


def test_an_unreadable_document_gets_a_message_and_exit_1_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4\n%%EOF garbage")
    target = tmp_path / "a.yaml"
    completed = processes.run(
        [sys.executable, "-m", "spukdos_cli", "import", str(broken), "-o", str(target)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert completed.returncode == 1
    assert "beschadigd" in completed.stderr and "Traceback" not in completed.stderr


def test_check_of_a_yaml_file_loads_no_document_library() -> None:
    code = (
        "import sys; sys.argv = ['spukdos', 'check', sys.argv[1]]\n"
        "from spukdos_cli.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('docx', 'pypdfium2', 'lxml') if m in sys.modules]\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    completed = processes.run(
        [sys.executable, "-c", code, str(AMSTELVEEN)], capture_output=True, text=True,
        check=False, env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip
    assert completed.stderr.strip().endswith("[]"), completed.stderr[-300:]


# -- values that cannot be read, and text that must stay text --------------------------------
def _with(blocks: list[formdocs.Block], old: str, new: str) -> list[formdocs.Block]:
    out: list[formdocs.Block] = []
    for kind, content in blocks:
        if isinstance(content, list):
            content = [[new if cell == old else cell for cell in row] for row in content]
        elif content == old:
            content = new
        out.append((kind, content))
    return out


def test_an_amount_that_cannot_be_read_is_left_empty_and_said(tmp_path: Path) -> None:
    blocks = _with(formdocs.BLOCKS, "€ 40.000,00", "€ 1,250")
    path = formdocs.build_docx(tmp_path / "a.docx", blocks)
    result = _result(path)
    finding = next(f for f in result.findings if f.code == "D003")
    assert finding.path == ("kosten", "uitvoering", 0, "bedrag")
    assert finding.params["seen"] == "€ 1,250" and finding.position.source is not None
    assert result.case is not None and result.case.kosten is not None
    assert result.case.kosten.uitvoering[0].bedrag is None  # type: ignore[index]
    target = tmp_path / "a.yaml"
    code, _, err = _import(tmp_path, path, str(target))
    assert code == ExitCode.FINDINGS and '"€ 1,250"' in err
    assert 'niet te lezen: "€ 1,250"' in target.read_text(encoding="utf-8")


def test_an_unreadable_amount_in_flat_text_is_not_passed_over(tmp_path: Path) -> None:
    text = SEED_COPY.read_text(encoding="utf-8").replace("€     50.000,00", "€ 50,000")
    imp = import_bytes(text.encode(), "txt")
    unread = [(n.path, n.seen) for n in imp.not_found if n.reason == "imp_why_unreadable"]
    assert unread == [(("kosten", "uitvoering", 3, "bedrag"), "€ 50,000")]


HOSTILE_TEXTS = [
    "key: value # not a comment",
    "- a list item\n- another",
    "&anchor *alias !!python/object:os.system",
    "\"quoted\" and 'single' and \\backslash",
    "\x1b[31mred\x1b[0m and \u202eevil",
    "::error::not a workflow command",
    "   leading spaces\nsecond line",
    "true",
    "182,5",
    "line one\r\nline two",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_any_text_is_written_so_that_it_reads_back_the_same(tmp_path: Path, text: str) -> None:
    from spukdos_cli.authoring.imported import imported_yaml
    from spukdos_cli.read.document.result import Imported

    imp = Imported("txt", {"spukdos": "1"})
    imp.put(("beschrijving", "doelstelling"), text, None)
    imp.put(("experiment", "naam"), text.split("\n")[0], None)
    loaded = load_text(imported_yaml(imp, source_name="x.txt"))
    assert loaded.findings == () and loaded.case is not None
    assert loaded.case.beschrijving and loaded.case.beschrijving.doelstelling == text
    assert loaded.case.experiment and loaded.case.experiment.naam == text.split("\n")[0]


def test_the_anchors_are_the_starter_files_questions() -> None:
    """Where the starter file quotes the form's question, the import finds the answer by
    those same words."""
    from spukdos_cli.form.questions import QUESTIONS
    from spukdos_cli.read.document.anchors import ANCHORS, QUESTION_OF
    from spukdos_cli.read.document.search import normalize

    by_key = {anchor.key: anchor for anchor in ANCHORS}
    assert set(QUESTION_OF) <= set(by_key)
    for anchor_key, question_key in QUESTION_OF.items():
        assert normalize(by_key[anchor_key].find) in normalize(QUESTIONS[question_key].vraag)


# -- PDFs as an office suite prints them -------------------------------------------------------
# Made once with LibreOffice 7.4 (`soffice --headless --convert-to pdf`): the hand-made form
# of tests/support/formdocs.py (build_docx), and the Word export of examples/amstelveen.yaml. Their
# tables are drawn line by line, rows break across pages and long words across lines.
LIBREOFFICE_FORM = ROOT / "tests" / "data" / "documents" / "voorbeeldstad-libreoffice.pdf"
LIBREOFFICE_EXPORT = ROOT / "tests" / "data" / "documents" / "amstelveen-export-libreoffice.pdf"


def test_a_pdf_printed_by_an_office_suite_imports() -> None:
    result = _result(LIBREOFFICE_FORM)
    assert result.case is not None
    _check_expected(result.case)


def test_the_amstelveen_export_printed_to_pdf_gives_back_every_figure_and_text() -> None:
    back = loaded_from_import(import_bytes(LIBREOFFICE_EXPORT.read_bytes(), "pdf"), None)
    assert back.case is not None
    original = _flat(_example())
    after = _flat(back.case)
    differing = {k for k in original if after.get(k) != original[k]}
    # a hyphen at the end of a printed line cannot be told from a word broken there:
    # "domein-overstijgende" and "implementatie-adviseur" come back joined
    assert differing == {"beschrijving.samenwerking", "beschrijving.monitoring.toelichting"}
    assert after["beschrijving.samenwerking"] == original["beschrijving.samenwerking"].replace(
        "domein-overstijgende", "domeinoverstijgende"
    )
    assert _figures(back.case) == _figures(_example())


def test_text_saved_as_windows_1252_is_read(tmp_path: Path) -> None:
    text = SEED_COPY.read_text(encoding="utf-8").replace("’", "'").replace("“", '"')
    text = text.replace("–", "-").replace("•", "-")
    raw = text.encode("cp1252")
    imp = import_bytes(raw, "txt")
    assert imp.recognised and imp.data["opgave"]["saldo"] == "78525.00"
    assert imp.data["partijen"][8]["organisatie"].endswith("(Huisartsencoöperatie Amstelland)")


def test_a_word_document_whose_text_would_take_too_much_memory_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<w:document/>" + b" " * (20 * 1024 * 1024))
    assert _unreadable(buffer.getvalue(), "docx") == "doc_too_large"


def test_running_heads_and_page_footers_are_not_part_of_any_answer(tmp_path: Path) -> None:
    _needs_font()
    path = formdocs.build_pdf(tmp_path / "a.pdf", repeat=2, running=True)
    imp = import_bytes(path.read_bytes(), "pdf")
    text = json.dumps(imp.data, ensure_ascii=False)
    assert "Pagina" not in text and "Businesscase SPUK DOS 2025 - Gemeente" not in text
    result = check_loaded(loaded_from_import(imp, None), str(path))
    assert result.case is not None and result.case.opgave is not None
    assert result.case.opgave.saldo == formdocs.EXPECTED["saldo"]


# -- mutated documents: an answer or a clear refusal, never a crash -----------------------------
_ADDITIONS = (" € 1,250", " +/+ € 5", " 06-123", " (", " §", "-", " 1.", " \x1b", " €", " : ",
              "\u2028x", "\x85", ' "#', " '", "\t")  # fmt: skip


def test_a_mutated_seed_text_imports_to_yaml_that_reads_back() -> None:
    import random

    from spukdos_cli.authoring.imported import imported_yaml

    seed = SEED_COPY.read_text(encoding="utf-8").split("\n")
    rnd = random.Random(11)
    for _ in range(40):
        lines = list(seed)
        for _ in range(rnd.randint(1, 40)):
            choice, j = rnd.random(), rnd.randrange(len(lines))
            if choice < 0.3:
                del lines[j]
            elif choice < 0.5:
                lines.insert(j, rnd.choice(seed))
            elif choice < 0.7:
                lines[j] = lines[j][: rnd.randint(0, len(lines[j]))]
            elif choice < 0.85:
                lines[j] += rnd.choice(_ADDITIONS)
            else:
                k = rnd.randrange(len(lines))
                lines[j], lines[k] = lines[k], lines[j]
        imp = import_bytes("\n".join(lines).encode(), "txt")
        loaded = load_text(imported_yaml(imp, source_name="x\x1b.txt", output_name="o.yaml"))
        assert [f.code for f in loaded.findings if f.code[0] in "YS"] == []
        check_loaded(loaded_from_import(imp, None), "x")


@pytest.mark.parametrize("fixture", [LIBREOFFICE_FORM, LIBREOFFICE_EXPORT], ids=["form", "export"])
def test_damaged_documents_are_read_or_refused(tmp_path: Path, fixture: Path) -> None:
    import random

    documents = [
        (fixture.read_bytes(), "pdf"),
        (formdocs.build_docx(tmp_path / "a.docx").read_bytes(), "docx"),
    ]
    rnd = random.Random(5)
    for raw, kind in documents:
        for _ in range(25):
            damaged = bytearray(raw)
            for _ in range(rnd.randint(1, 20)):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
            if rnd.random() < 0.2:
                damaged = damaged[: rnd.randrange(len(damaged))]
            with contextlib.suppress(DocumentError):  # anything else fails the test
                import_bytes(bytes(damaged), kind)


def test_a_page_full_of_drawing_is_read_quickly() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=8)
    for _ in range(3):
        pdf.add_page()
        pdf.cell(text="Businesscase")
        for i in range(3000):  # a grid of short strokes, like a detailed chart
            x, y = 10 + (i % 60) * 3, 20 + (i // 60) * 5
            pdf.line(x, y, x + 2.5, y)
            pdf.line(x, y, x, y + 4)
    started = time.process_time()
    document = import_bytes(bytes(pdf.output()), "pdf")
    assert time.process_time() - started < BLOW_UP
    assert not document.recognised


def test_text_beside_a_table_is_listed_not_lost(tmp_path: Path) -> None:
    """The seed has a sentence of the applicant's above the execution costs table."""
    imp = import_bytes(SEED_COPY.read_bytes(), "txt")
    assert [line.ref.line for line in imp.unplaced] == [734, 735]
    target = tmp_path / "a.yaml"
    _, _, err = _import(tmp_path, SEED_COPY, str(target))
    assert 'regel 735: "uitgebreide toelichting van de berekening van alle posten."' in err
    assert '#   regel 735: "uitgebreide toelichting' in target.read_text(encoding="utf-8")
    result = _result(SEED_COPY)
    assert [f.position.source.line for f in result.findings if f.code == "D004"] == [734, 735]  # type: ignore[union-attr]
    blocks = [*formdocs.BLOCKS[:4], ("p", "Zie ook de bijlage met namen."), *formdocs.BLOCKS[4:]]
    path = formdocs.build_docx(tmp_path / "b.docx", blocks)
    unplaced = import_bytes(path.read_bytes(), "docx").unplaced
    assert [line.text for line in unplaced] == ["Zie ook de bijlage met namen."]
    assert (
        import_bytes(formdocs.build_docx(tmp_path / "c.docx").read_bytes(), "docx").unplaced == []
    )


def test_characters_yaml_cannot_hold_are_written_as_escapes() -> None:
    """A PDF's text can give U+FFFE (PDFium's mark of a hyphen at a line's end) or other
    noncharacters; written as they are, the imported file could not be read back (PyYAML:
    "unacceptable character"). They are escapes in the file and the same characters when
    it is read."""
    from spukdos_cli.authoring.imported import imported_yaml

    odd = "Amstel\ufffeveen\uffff"
    text = SEED_COPY.read_text(encoding="utf-8").replace("Amstelveen", odd, 1)
    imp = import_bytes(text.encode("utf-8"), "txt")
    written = imported_yaml(imp, source_name="x.txt")
    assert "\ufffe" not in written and "\uffff" not in written
    assert "Amstel\\ufffeveen\\uffff" in written
    loaded = load_text(written)
    assert [f.code for f in loaded.findings if f.code[0] == "Y"] == []
    assert loaded.case is not None and loaded.case.experiment.gemeente == odd


@pytest.mark.parametrize(
    "placeholder", ["Klik of tik om tekst in te voeren.", "Click here to enter text."]
)
def test_words_placeholder_of_an_empty_field_is_no_answer(tmp_path: Path, placeholder: str) -> None:
    # a form with content controls shows this text where the applicant wrote nothing
    answer = "Ouderen in Voorbeeldstad wachten te lang op passende zorg thuis."
    path = formdocs.build_docx(tmp_path / "a.docx", _with(formdocs.BLOCKS, answer, placeholder))
    imported = import_bytes(path.read_bytes(), "docx")
    assert "doelstelling" not in imported.data.get("beschrijving", {})
    assert ("beschrijving", "doelstelling") in [missing.path for missing in imported.not_found]
    kept = formdocs.build_docx(tmp_path / "b.docx")
    assert import_bytes(kept.read_bytes(), "docx").data["beschrijving"]["doelstelling"] == answer


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("€ 40 000,00", Decimal("40000.00")),  # thousands set apart by a space
        ("€\u00a040\u00a0000,00", Decimal("40000.00")),  # by non-breaking spaces
        ("€ 40\u202f000", Decimal("40000")),  # by a narrow one, as number formats do
        ("40 000,00", Decimal("40000.00")),
        ("€ 40 00", None),  # no group of three: not read, never 40
    ],
)
def test_thousands_set_apart_by_spaces_are_read_whole(
    tmp_path: Path, written: str, value: Decimal | None
) -> None:
    path = formdocs.build_docx(tmp_path / "a.docx", _with(formdocs.BLOCKS, "€ 40.000,00", written))
    imported = import_bytes(path.read_bytes(), "docx")
    post = imported.data["kosten"]["uitvoering"][0]
    assert (Decimal(post["bedrag"]) if post.get("bedrag") is not None else None) == value
    if value is None:
        at = ("kosten", "uitvoering", 0, "bedrag")
        seen = [missing.seen for missing in imported.not_found if missing.path == at]
        assert seen and seen[0] is not None and "40" in seen[0]


@pytest.mark.parametrize(
    "written",
    [
        "€ 0,04 mln",
        "€ 0,04 miljoen",
        "€ 40k",
        "€ 40 duizend",
        "€ 0,4 ton",
        "€ 0,4 tonnen",
        "EUR40.000",
    ],
)
def test_an_amount_with_a_word_for_its_size_is_read_as_meant(tmp_path: Path, written: str) -> None:
    # "€ 1,2 miljoen" was imported as 1,20, the word after the number passed over
    path = formdocs.build_docx(tmp_path / "a.docx", _with(formdocs.BLOCKS, "€ 40.000,00", written))
    post = import_bytes(path.read_bytes(), "docx").data["kosten"]["uitvoering"][0]
    assert Decimal(post["bedrag"]) == Decimal("40000")
