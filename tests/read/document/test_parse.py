"""Reading the form's structure (issue 24), piece by piece: the spellings of a figure, the
landmarks of a form whose instructions were deleted or reworded, flattened tables whose
figures are placed only when they add up, and a ``-layout`` table rebuilt from its columns.
The corpus (``test_import_corpus.py``) measures the whole; these pin each rule."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from textwrap import dedent

import pytest

from spukdos_cli.form.edition import edition
from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document import flat
from spukdos_cli.read.document.layout import layout_table
from spukdos_cli.read.document.lines import Cell, Line
from spukdos_cli.read.document.load import import_bytes
from spukdos_cli.read.document.tables import cell_amount, costs_from_flat
from tests.conftest import AMSTELVEEN, ROOT


def _lines(text: str) -> list[Line]:
    return [Line(t, SourceRef(None, n), n) for n, t in enumerate(dedent(text).split("\n"), 1)]


def _cell(text: str) -> Cell:
    return Cell(text, SourceRef(None, 1), 1)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("€ 12.500", "12500"),
        ("€12.500,-", "12500"),
        ("EUR 12.500,00", "12500.00"),
        ("12.500", "12500"),
        ("12500", "12500"),
        ("12.500,00 euro", "12500.00"),
        ("+/+ € 2.500,00", "2500.00"),
        ("-/- € 1.000", "-1000"),
        ("€ 45.000,00", "45000.00"),
    ],
)
def test_every_spelling_of_an_amount_in_a_cell(written: str, value: str) -> None:
    found = cell_amount(_cell(written))
    assert found is not None and found.value == Decimal(value)


def test_a_cell_with_two_amounts_is_not_read() -> None:
    found = cell_amount(_cell("€ 10.000,00 (2025)\n€ 5.000,00 (2026)"))
    assert found is not None and found.value is None and found.why == "imp_why_several_amounts"


@pytest.mark.parametrize(
    ("written", "kind", "value"),
    [
        ("150 dagen (5 maanden)", "days", "150"),
        ("182,5 dagen", "days", "182.5"),
        ("4 inwoners", "residents", "4"),
        ("6,1", "number", "6.1"),
        ("€ 285,00", "eur", "285.00"),
    ],
)
def test_values_of_flattened_text_are_read_by_their_shape(
    written: str, kind: str, value: str
) -> None:
    (token,) = flat.tokens(_lines(written))
    assert (token.kind, token.value) == (kind, Decimal(value))


def test_a_number_whose_unit_wrapped_to_the_next_line_keeps_its_unit() -> None:
    (token,) = flat.tokens(_lines("182,5\ndagen"))
    assert (token.kind, token.value, token.written) == ("days", Decimal("182.5"), "182,5 dagen")


COSTS_IN_ROWS = """\
    Kostenpost
    Beschrijving van de kosten
    Wie voert de bijbehorende activiteiten uit?
    Waarde
    Projectleider
    0,5 fte projectleiding
    Gemeente Voorbeeldstad
    € 40.000,00
    Wijkverpleging
    Extra inzet Zvw
    Thuiszorg De Linde
    € 47.500,00
    Totaal uitvoeringskosten
    € 87.500,00"""


def test_flattened_costs_that_add_up_are_placed() -> None:
    costs = costs_from_flat(_lines(COSTS_IN_ROWS))
    assert [p.bedrag.value for p in costs.posts if p.bedrag] == [
        Decimal("40000.00"),
        Decimal("47500.00"),
    ]
    assert costs.total is not None and costs.total.value == Decimal("87500.00")


def test_flattened_costs_that_do_not_add_up_are_not_placed() -> None:
    text = COSTS_IN_ROWS.replace("€ 87.500,00", "€ 97.500,00")
    costs = costs_from_flat(_lines(text))
    assert {p.bedrag.why for p in costs.posts if p.bedrag} == {"imp_why_flat_sum"}
    assert all(p.bedrag is not None and p.bedrag.value is None for p in costs.posts)


def test_columns_as_blocks_in_another_order_place_only_the_total() -> None:
    # pdftotext without -layout: the names, then the amounts, not in the rows' order
    text = """\
        Kostenpost
        Projectleider
        Wijkverpleging
        Totaal uitvoeringskosten

        € 47.500,00

        € 40.000,00
        € 87.500,00"""
    figures = flat.cost_figures(_lines(text))
    assert figures.posts == [] and figures.problem == "imp_why_flat_blocks"
    assert figures.total is not None and figures.total.value == Decimal("87500.00")


def test_a_benefits_route_is_confirmed_by_a_times_b_times_c() -> None:
    text = """\
        (A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen
        182,5 dagen
        Half jaar uitstel
        (B) Aantal inwoners uitstel Wlz
        6,1 inwoners
        schatting
        (C) Gemiddelde kosten van MPT- of VPT-zorg
        € 285,00
        tarief
        Verwachte totale besparing = A * B * C
        € 317.276,25"""
    route = flat.benefit_figures(_lines(text)).routes[0]
    assert route.confirmed
    assert route.totaal is not None and route.totaal.value == Decimal("317276.25")
    wrong = flat.benefit_figures(_lines(text.replace("317.276,25", "317.276,00")))
    assert not wrong.routes[0].confirmed


JOINT_COSTS = """\
    Kostenpost
    Beschrijving van de kosten
    Projectleider
    Wijkverpleging

    Totaal uitvoeringskosten
"""
JOINT_PARTNERS = """\
    Partners 2025
    Gemeente Brakenstein
    Uitkering SPUK DOS
    Totaal

    Wie voert de
    bijbehorende
    activiteiten uit?

    Waarde
    € 40.000,00
    € 47.500,00

    € 87.500,00

    € 17.500,00
    € 70.000,00
    € 87.500,00"""


def test_costs_and_partners_as_column_blocks_are_read_when_each_is_one_block() -> None:
    # pdftotext without -layout: names, partners' labels, then the value column in blocks
    joint = flat.joint_blocks(_lines(JOINT_COSTS), _lines(JOINT_PARTNERS))
    assert joint is not None
    assert [t.value for t in joint.posts] == [Decimal("40000.00"), Decimal("47500.00")]
    assert joint.total.value == Decimal("87500.00")
    assert [(r.label, r.amount.value) for r in joint.partners] == [
        ("Gemeente Brakenstein", Decimal("17500.00")),
        ("Uitkering SPUK DOS", Decimal("70000.00")),
    ]


def test_posts_in_several_blocks_give_only_their_total_and_the_partners() -> None:
    # a post's amount in a block of its own: the blocks may not be in the rows' order, and
    # any order adds up to the same total
    partners = JOINT_PARTNERS.replace(
        "€ 40.000,00\n    € 47.500,00", "€ 47.500,00\n\n    € 40.000,00"
    )
    joint = flat.joint_blocks(_lines(JOINT_COSTS), _lines(partners))
    assert joint is not None and joint.posts is None
    assert joint.total.value == Decimal("87500.00")
    assert [r.amount.value for r in joint.partners] == [Decimal("17500.00"), Decimal("70000.00")]


@pytest.mark.parametrize(
    "change",
    [
        # the partners do not add up
        ("€ 70.000,00", "€ 60.000,00"),
        # a partner's name wrapped over two lines: labels and amounts cannot be counted
        ("Gemeente Brakenstein", "Gemeente\n    Brakenstein"),
    ],
)
def test_column_blocks_that_cannot_be_trusted_are_not_read(change: tuple[str, str]) -> None:
    partners = JOINT_PARTNERS.replace(*change)
    assert partners != JOINT_PARTNERS
    assert flat.joint_blocks(_lines(JOINT_COSTS), _lines(partners)) is None


BENEFIT_BLOCKS = """\
    (A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen
    (B) Aantal inwoners uitstel Wlz
    Waarde
    182,5 dagen

    Toelichting
    Half jaar
    6,1 inwoners
    2024

    € 285,00
    € 317.276,25
    90 dagen

    tarief
    2 inwoners
    € 300,00
    € 54.000,00
    € 1.000,00"""


def test_benefit_routes_as_blocks_need_a_times_b_times_c_and_the_effects_total() -> None:
    from spukdos_cli.read.document.tables import Effect, Value, benefits_from_flat

    lines = _lines(BENEFIT_BLOCKS)
    figures = flat.benefit_figures(lines)
    assert figures.blocks
    first, second = figures.routes
    assert first.totaal is not None and first.totaal.value == Decimal("317276.25")
    assert second.totaal is not None and second.totaal.value == Decimal("54000.00")

    def effect(mpt: str, intramuraal: str) -> Effect:
        return Effect(
            mpt=Value(Decimal(mpt), lines[0]), intramuraal=Value(Decimal(intramuraal), lines[0])
        )

    agreed = benefits_from_flat(lines, effect("317276.25", "54000.00"))
    assert [r.dagen.value if r.dagen else None for r in agreed.routes] == [
        Decimal("182.5"),
        Decimal("90"),
    ]
    # the effect's table says otherwise (the routes the other way round): nothing placed
    swapped = benefits_from_flat(lines, effect("54000.00", "317276.25"))
    assert all(r.dagen is not None and r.dagen.value is None for r in swapped.routes)
    # no effect's table to agree with: nothing placed either
    unknown = benefits_from_flat(lines, Effect())
    assert all(r.totaal is not None and r.totaal.value is None for r in unknown.routes)


def test_a_role_row_is_not_given_to_a_party_whose_name_is_a_run_of_flattened_text() -> None:
    from spukdos_cli.read.document.parse import _contributor

    parties = [
        {"organisatie": "Gemeente Brakenstein Zorgverzekeraar Noorderlicht Ingrid Visser "
                        "Welzijnswerk De Brug Brakenstein Apotheek De Vijzel", "rol": "aanvrager"},
        {"organisatie": "Zorgkantoor Rivierenvallei", "rol": "zorgkantoor"},
    ]  # fmt: skip
    assert _contributor("Bijdrage Brakenstein", parties) is None
    assert _contributor("Bijdrage Rivierenvallei", parties) == "Zorgkantoor Rivierenvallei"


LAYOUT = """\
Kostenpost        Korte beschrijving van de    Wie voert de        Kosten
                  kosten                       bijbehorende
                                               activiteiten uit?
Projectmanag      Ziet toe op voorbereiding,   Brentano en         €
ement             implementatie en borging.    Participe           100.000,00
                                               Amstelland
Training en       - Training basiscursus       Brentano,           € 35.000,00
scholing          Positieve Gezondheid         Participe
Totaal                                                             € 135.000,00
uitvoeringskosten"""


def test_a_layout_table_is_rebuilt_from_its_columns() -> None:
    table = layout_table(_lines(LAYOUT), edition().tables["costs"], "costs")
    assert table is not None
    rows = [[c.text.replace("\n", " ") for c in row] for row in table.rows]
    assert rows[1] == [
        "Projectmanag ement",
        "Ziet toe op voorbereiding, implementatie en borging.",
        "Brentano en Participe Amstelland",
        "€ 100.000,00",
    ]
    assert rows[2][3] == "€ 35.000,00" and rows[3][0].startswith("Totaal")


REMARKED = (ROOT / "tests" / "data" / "documents" / "remark-under-costs-layout.txt").read_text(
    encoding="utf-8"
)
"""A cost table with a remark under it, as ``pdftotext -layout`` wrote it (corpus app4-rows-
note-row, made by ``scripts/make_corpus.py``)."""


def test_a_remark_under_a_layout_cost_table_is_not_a_post_when_the_posts_add_up() -> None:
    from spukdos_cli.read.document.tables import confirm_costs, costs_from_table

    def read(written: str) -> tuple[list[object], list[str]]:
        table = layout_table(_lines(written), edition().tables["costs"], "costs")
        assert table is not None
        costs = confirm_costs(costs_from_table(table))
        amounts = [p.bedrag.value if p.bedrag else None for p in costs.posts]
        return amounts, [" ".join(n.text.split()) for n in costs.notes]

    amounts, notes = read(REMARKED)
    assert amounts == [Decimal(a) for a in ("35955.00", "56250.00", "7350.00", "11500.00")]
    assert notes == ["Bedragen zijn exclusief btw"]
    # when the posts do not add up, the remark stays a post and no amount is placed
    amounts, notes = read(REMARKED.replace("€ 111.055,00", "€ 111.000,00"))
    assert amounts == [None] * 5 and notes == []
    # a paragraph under the table's total, spread over its columns: a remark, not a post
    under = ROOT / "tests" / "data" / "documents" / "paragraph-under-costs-layout.txt"
    amounts, notes = read(under.read_text(encoding="utf-8"))
    assert amounts == [Decimal(a) for a in ("35955.00", "56250.00", "7350.00", "11500.00")]
    assert " ".join(notes).startswith("Alle bedragen zijn exclusief")


FORM = """\
Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025

1. Beschrijving van het experiment
1.2 Looptijd van het experiment
Wat is de beoogde startdatum?
1 maart 2025
Tot wanneer loopt het project?
31 december 2025

1.3 Doelstelling van het experiment
Ouderen in Voorbeeldstad wachten te lang op passende zorg.

1.4 Doelgroep & context
Beschrijf de primaire doelgroep.
Zelfstandig wonende 75-plussers.
Op welk gebied is het experiment gericht?
De wijk Noord.
"""


def test_numbered_headings_shortened_questions_and_a_deleted_question() -> None:
    imported = import_bytes(FORM.encode(), "txt")
    assert imported.get(("experiment", "startdatum")) == "2025-03-01"
    assert imported.get(("experiment", "einddatum")) == "2025-12-31"
    # the section's only question was deleted: the answer under its heading is its answer
    assert imported.get(("beschrijving", "doelstelling")) == (
        "Ouderen in Voorbeeldstad wachten te lang op passende zorg."
    )
    assert imported.get(("beschrijving", "doelgroep")) == "Zelfstandig wonende 75-plussers."
    assert imported.get(("beschrijving", "gebied")) == "De wijk Noord."


def test_the_seed_gives_the_municipalitys_contribution_to_the_municipality() -> None:
    from spukdos_cli.checks.pipeline import check_loaded
    from spukdos_cli.read.document.load import loaded_from_import

    seed = ROOT / "tests" / "data" / "documents" / "amstelveen-format.txt"
    imported = import_bytes(seed.read_bytes(), "txt")
    assert imported.get(("financiering", "bijdragen", 0, "partij")) == "Gemeente Amstelveen"
    origin = imported.origins[("financiering", "bijdragen", 0, "partij")]
    assert origin.written == "Gemeente bijdrage" and origin.note == "imp_note_contributor"
    result = check_loaded(loaded_from_import(imported, None), "seed")
    assert "R006" not in {f.code for f in result.findings}


def test_the_exports_anchors_and_the_edition_say_the_same() -> None:
    """``anchors.py`` (the texts ``spukdos export`` writes) and the edition (the texts the
    import finds) are two lists of the form's words: each anchor's question begins one of
    the edition's elements, so the export never writes a question the import would not find."""
    from spukdos_cli.read.document.anchors import ANCHORS
    from spukdos_cli.read.document.search import normalize

    texts = [normalize(t) for e in edition().elements for t in e.texts]
    lost = [a.key for a in ANCHORS if not any(t.startswith(normalize(a.find)) for t in texts)]
    assert lost == []


@pytest.mark.parametrize("args", [["check"], ["import"], ["batch", "-j", "1"]])
@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
def test_a_named_pipe_called_like_a_document_is_refused_at_once(
    tmp_path: Path, args: list[str], suffix: str
) -> None:
    import os

    from tests.support import processes

    pipe = tmp_path / f"x{suffix}"
    os.mkfifo(pipe)
    done = processes.spukdos(*args, str(pipe), timeout=60)  # no writer: it must not wait
    assert done.returncode == 1
    said = (done.stdout + done.stderr).decode()
    assert ("onleesbaar" if args[0] == "batch" else "geen gewoon bestand") in said


PARTNERS_PLAIN = """\
    Partners 2025

    Gemeente Wilgenhoven
    131538,50
    Uitkering SPUK DOS
    394615
    Totaal
    526153,50"""


def test_partner_amounts_without_a_euro_sign_are_read_when_they_add_up() -> None:
    rows, problem = flat.partner_rows(_lines(PARTNERS_PLAIN))
    assert problem is None
    assert [(r.label, r.amount.value) for r in rows] == [
        ("Gemeente Wilgenhoven", Decimal("131538.50")),
        ("Uitkering SPUK DOS", Decimal("394615")),
        ("Totaal", Decimal("526153.50")),
    ]
    _, wrong = flat.partner_rows(_lines(PARTNERS_PLAIN.replace("394615", "394000")))
    assert wrong == "imp_why_flat_sum"
    _, untotalled = flat.partner_rows(_lines(PARTNERS_PLAIN.rsplit("    Totaal", 1)[0]))
    assert untotalled == "imp_why_flat_pairs"  # a bare number with nothing to confirm it


def test_a_financing_row_of_a_partys_name_and_funding_words_is_that_party() -> None:
    from spukdos_cli.read.document.parse import _contributor

    parties = [
        {"organisatie": "Zorgverzekeraar Duinzorg", "rol": "zorgverzekeraar"},
        {"organisatie": "Gemeente Wolfsvenne", "rol": "gemeente"},
    ]
    assert _contributor("Bijdrage zorgverzekeraar Duinzorg", parties) == "Zorgverzekeraar Duinzorg"
    assert _contributor("Zorgverzekeraar Duinzorg", parties) is None  # named as it is
    assert _contributor("Zorgverzekeraar Duinzorg en partners", parties) is None  # more than it


def test_a_grant_label_that_names_a_rate_is_a_label_not_an_amount() -> None:
    text = """\
        Partners 2025
        Gemeente bijdrage
        € 16.226,00
        SPUK DOS 35 x € 2.725
        € 95.375,00
        Totaal
        € 111.601,00"""
    rows, problem = flat.partner_rows(_lines(text))
    assert problem is None
    assert [(r.label, r.amount.value) for r in rows] == [
        ("Gemeente bijdrage", Decimal("16226.00")),
        ("SPUK DOS 35 x € 2.725", Decimal("95375.00")),
        ("Totaal", Decimal("111601.00")),
    ]


EFFECT_BLOCKS = """\
    Verwacht financieel effect van de businesscase
    Initiële projectkosten
    Uitvoeringskosten
    Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT
    Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting
    Overige besparingen
    Totaal financieel effect van experiment (baten - kosten)

    € 0,00
    € 780.000,00
    € 317.276,25
    € 420.589,50

    € 120.659,25
    +/+ € 78.525,00"""


def test_effect_blocks_are_read_when_only_their_order_adds_up() -> None:
    figures = flat.effect_figures(_lines(EFFECT_BLOCKS))
    assert figures is not None
    assert {k: t.value for k, t in figures.items()} == {
        "initieel": Decimal("0.00"),
        "uitvoering": Decimal("780000.00"),
        "mpt": Decimal("317276.25"),
        "intramuraal": Decimal("420589.50"),
        "overige": Decimal("120659.25"),
        "saldo": Decimal("78525.00"),
    }
    # two blocks of three: the other order always adds up too, so nothing is read
    even = EFFECT_BLOCKS.replace(
        "€ 317.276,25\n    € 420.589,50\n\n", "€ 317.276,25\n\n    € 420.589,50\n"
    )
    assert flat.effect_figures(_lines(even)) is None


def _split_costs_table(source: Path, target: Path, keep: int) -> None:
    """The exported form with its table of execution costs split in two after ``keep``
    posts, with a line of the applicant's between, as people do in Word; the second part
    repeats the header."""
    import copy

    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(source))
    costs = [t for t in document.tables if t.rows[0].cells[0].text.strip() == "Kostenpost"]
    table = max(costs, key=lambda t: len(t.rows))  # the execution costs, not the initial
    second = copy.deepcopy(table._tbl)
    rows = table._tbl.findall(qn("w:tr"))
    for row in rows[1 + keep :]:
        table._tbl.remove(row)
    for row in second.findall(qn("w:tr"))[1 : 1 + keep]:
        second.remove(row)
    note = copy.deepcopy(document.paragraphs[-1]._p)
    for run in note.findall(qn("w:r")):
        note.remove(run)
    table._tbl.addnext(note)
    note.addnext(second)
    Paragraph(note, table._parent).add_run("Vervolg van de tabel hieronder.")
    document.save(str(target))


def test_a_table_split_in_two_by_the_applicant_keeps_the_rows_of_both_parts(
    tmp_path: Path,
) -> None:
    """Only the part with the total was read: the three posts above the applicant's line
    were dropped, and the import said everything was found. Both parts' posts are read,
    in order, and the line between them is listed as not placed."""
    from spukdos_cli.read.document.load import case_of
    from spukdos_cli.read.loader import load_path
    from tests.support import processes

    exported = tmp_path / "export.docx"
    done = processes.run(
        [sys.executable, "-m", "spukdos_cli", "export", str(AMSTELVEEN), "-o", str(exported)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    split = tmp_path / "split.docx"
    _split_costs_table(exported, split, keep=3)
    imp = import_bytes(split.read_bytes(), "docx")
    case, _ = case_of(imp)
    example = load_path(AMSTELVEEN).case
    assert case is not None and example is not None
    assert case.kosten is not None and example.kosten is not None
    got = [(p.kostenpost, p.bedrag) for p in case.kosten.uitvoering or ()]
    assert got == [(p.kostenpost, p.bedrag) for p in example.kosten.uitvoering or ()]
    assert len(got) == 6
    assert [line.text for line in imp.unplaced] == ["Vervolg van de tabel hieronder."]
