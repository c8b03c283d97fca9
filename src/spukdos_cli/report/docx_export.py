"""``spukdos export``: the businesscase as a Word document in the order of the 2025 format.

The title, then each section's question (in the format's own words, the same texts
:mod:`spukdos_cli.read.document.anchors` finds them by) followed by the answer, and the
form's tables: the parties, the two cost tables with their totals, the partners, the
financial benefits (A, B, C and A × B × C per route, the other savings), the financial
effect with the net effect, and the qualitative benefits. Amounts are written the Dutch
way (``€ 78.525,00``). The document is Dutch, as the form is. A file with error findings
is still written, with a notice at the top saying it does not pass ``spukdos check``.

Totals are those the applicant stated; where a total was not stated, the computed one
is shown. python-docx is imported here only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.form.model import Businesscase, Kostenpost, Uitstel
from spukdos_cli.messages.formatting import format_decimal, format_eur
from spukdos_cli.messages.labels import label
from spukdos_cli.read.document.anchors import (
    ANCHORS,
    PARTICIPATION,
    ROLE_PREFIX,
    TARGET_GROUP,
    TITLE,
)
from spukdos_cli.read.document.clean import clean_lines
from spukdos_cli.writefile import atomic_output

LANG = "nl"
"""The document is Dutch, as the form is."""

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

ROLE_LABELS = {
    "gemeente": "Gemeente(n)",
    "zorgkantoor": "Zorgkantoor",
    "zorgverzekeraar": "Zorgverzekeraar",
    "zorgaanbieder": "Zorgaanbieder",
    "welzijnsorganisatie": "Welzijnsorganisatie",
    "vrijwilligersinitiatief": "Vrijwilligersinitiatief",
    "andere": "Andere organisatie(s)",
}

MONITORING_PARAGRAPH = (
    "Voor het monitoren van het centrale doel van het experiment (uitstel/voorkomen van "
    "Wlz-zorg) en de mogelijke maatschappelijke bijeffecten zal objectief en onafhankelijk "
    "wetenschappelijk onderzoek worden uitgevoerd en moeten gegevens worden verzameld door "
    "middel van een monitor. Deelname aan deze monitor is verplicht. De monitoring en "
    "evaluatie van de DOS-experimenten wordt uitgevoerd door de Vrije Universiteit Amsterdam "
    "(VU). De VU heeft een monitor ontwikkeld voorzien van een handleiding en een overzicht "
    "van veel gestelde vragen, waarin het zorggebruik veilig kan worden geregistreerd. Na de "
    "verlening van de specifieke uitkering wordt u benaderd door de implementatieadviseur van "
    "VWS."
)
"""The format's monitoring paragraph (2025), without the name of VWS's adviser."""


COSTS = (3.2, 6.2, 3.8, 2.8)
"""Column widths of the cost tables (cm)."""


def dutch_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _eur(value: Decimal | None) -> str:
    return format_eur(value, LANG, places=None) if value is not None else ""


def _question(key: str) -> str:
    """The form's question ``key`` with the explanation that follows it, as the form has it."""
    anchor = next(a for a in ANCHORS if a.key == key)
    then = anchor.then[:1] if anchor.spellings else anchor.then
    return " ".join((anchor.find, *then)).replace(" ,", ",")


def _headings(key: str) -> tuple[str, ...]:
    return next(a for a in ANCHORS if a.key == key).heading


class _Doc:
    def __init__(self) -> None:
        from docx import Document

        self.doc = Document()

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level)

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        run = self.doc.add_paragraph().add_run(text)
        run.bold = bold
        run.italic = italic

    def answer(self, text: str | None) -> None:
        """An answer: a Word paragraph per paragraph of the text, a line break where the
        text keeps a line (a list item, a heading within the answer)."""
        if not text or not text.strip():
            self.doc.add_paragraph("")
            return
        cleaned = clean_lines(text.split("\n"))
        for block in cleaned.split("\n\n"):
            paragraph = self.doc.add_paragraph()
            for i, line in enumerate(block.split("\n")):
                if i:
                    paragraph.add_run().add_break()
                paragraph.add_run(line)

    def question(self, key: str) -> None:
        for heading in _headings(key):
            if len(heading) < 50:
                self.heading(heading, 2)
            else:
                self.paragraph(heading, italic=True)
        self.paragraph(_question(key), italic=True)

    def table(self, rows: Iterable[Iterable[str]], widths: tuple[float, ...]) -> None:
        """A table with the form's ruled cells; ``widths`` in centimetres (16 in all: an
        A4 page within its margins), wide enough that no address or amount is broken."""
        from docx.shared import Cm

        table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = "Table Grid"
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        for row in rows:
            cells = table.add_row().cells
            for cell, text, width in zip(cells, row, widths, strict=False):
                cell.text = text
                cell.width = Cm(width)
        self.doc.add_paragraph("")  # tables never touch, so each stays a table of its own

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def _posts_rows(posts: tuple[Kostenpost, ...] | None) -> list[list[str]]:
    return [
        [
            p.kostenpost or "",
            clean_lines((p.beschrijving or "").split("\n")),
            p.uitvoerder or "",
            _eur(p.bedrag),
        ]
        for p in posts or ()
    ]


def _quantity(value: Decimal | None, unit: str) -> str:
    return f"{format_decimal(value, LANG, places=None)} {unit}" if value is not None else ""


def _route_rows(
    title: str, block: Uitstel | None, computed: Decimal | None, labels: tuple[str, str, str, str]
) -> list[list[str]]:
    stated = block.totaal if block is not None and block.totaal is not None else computed
    a, b, c, total = labels
    return [
        [
            title,
            a,
            _quantity(block.dagen if block else None, "dagen"),
            (block.toelichting_dagen or "") if block else "",
        ],
        [
            "",
            b,
            _quantity(block.inwoners if block else None, "inwoners"),
            (block.toelichting_inwoners or "") if block else "",
        ],
        [
            "",
            c,
            _eur(block.kosten_per_dag) if block else "",
            (block.toelichting_kosten or "") if block else "",
        ],
        ["", total, _eur(stated), ""],
    ]


def _stated(case: Businesscase, name: str, computed: Decimal | None) -> Decimal | None:
    opgave = case.opgave
    value = getattr(opgave, name) if opgave is not None else None
    return value if value is not None else computed


def build(result: FileResult) -> Any:
    """The Word document of a checked file (python-docx ``Document``)."""
    case, calc = result.case, result.calculation
    if case is None or calc is None:
        raise ValueError("a file without a model cannot be exported")
    out = _Doc()
    if result.errors:
        out.paragraph(label("exp_notice", LANG).format(errors=result.errors), bold=True)
    year = case.regeling_jaar
    out.doc.add_heading(f"Businesscase {TITLE} {year if year is not None else ''}".strip(), 0)
    experiment = case.experiment
    if experiment is not None and experiment.naam:
        out.paragraph(f"Naam van het experiment: {experiment.naam}")
    out.heading("Beschrijving van het experiment", 1)
    out.question("contact")
    rows = [
        [
            "",
            "Naam van de organisatie",
            "Naam van de contactpersoon",
            "E-mailadres van de contactpersoon",
            "Telefoonnummer van de contactpersoon",
        ]
    ]
    for party in case.partijen or ():
        persons = party.contactpersonen or ()
        rows.append(
            [
                ROLE_LABELS.get(party.rol or "andere", "Andere organisatie(s)"),
                party.organisatie or "",
                "\n".join(p.naam or "" for p in persons),
                "\n".join(p.email or "" for p in persons),
                "\n".join(p.telefoon or "" for p in persons),
            ]
        )
    out.table(rows, (2.6, 3.4, 3.2, 4.4, 2.4))

    out.heading("Looptijd van het experiment", 2)
    out.paragraph(_question("start"), italic=True)
    start = [dutch_date(experiment.startdatum)] if experiment and experiment.startdatum else []
    out.answer("\n\n".join([*start, (experiment.voorbereiding or "") if experiment else ""]))
    out.paragraph(_question("einde"), italic=True)
    out.answer(dutch_date(experiment.einddatum) if experiment and experiment.einddatum else "")

    text = case.beschrijving

    def get(name: str) -> Any:
        return getattr(text, name) if text is not None else None

    out.question("doelstelling")
    out.answer(get("doelstelling"))
    out.question("doelgroep")
    out.answer(get("doelgroep"))
    not_yet = get("nog_geen_wlz_zorg")
    if not_yet is not None:
        out.answer(f"{TARGET_GROUP} {'ja' if not_yet else 'nee'}.")
    out.question("gebied")
    out.answer(get("gebied"))
    out.question("aantal")
    count = get("aantal_inwoners")
    head = [f"{format_decimal(Decimal(count), LANG)} inwoners"] if count is not None else []
    out.answer("\n\n".join([*head, get("ontwikkeling") or ""]))
    out.question("initiatieven")
    out.answer(get("aansluitende_initiatieven"))
    werkwijze = get("werkwijze")
    out.question("werkwijze")
    out.answer(werkwijze.beschrijving if werkwijze else None)
    out.question("themas")
    theme_rows = [
        [
            "Wat is de huidige werkwijze/aanpak van het vraagstuk?",
            "Wat is de aanpak in het experiment en waarin verschilt deze van de huidige "
            "werkwijze/aanpak?",
        ]
    ]
    for i, theme in enumerate((werkwijze.themas if werkwijze else None) or (), start=1):
        name = f"{theme.thema}: " if theme.thema else ""
        huidig = clean_lines((theme.huidig or "").split("\n"))
        experiment_text = clean_lines((theme.experiment or "").split("\n"))
        theme_rows.append([f"{i}. {name}{huidig}", experiment_text])
    out.table(theme_rows, (8.0, 8.0))
    out.question("hypothesen")
    out.answer(get("hypothesen"))
    out.question("noodzaak")
    out.answer(get("noodzaak_uitkering"))
    out.heading("Monitoring", 2)
    out.paragraph(MONITORING_PARAGRAPH, italic=True)
    monitoring = get("monitoring")
    if monitoring is not None and monitoring.deelname is not None:
        out.answer(f"{PARTICIPATION} {'ja' if monitoring.deelname else 'nee'}.")
    if monitoring is not None and monitoring.toelichting:
        out.answer(monitoring.toelichting)
    out.question("toegezegd")
    committed: list[str] = []
    for party in case.partijen or ():
        if party.toegezegd and party.organisatie and party.organisatie not in committed:
            committed.append(party.organisatie)
    out.answer("\n".join(f"- {name}" for name in committed))
    out.question("samenwerking")
    roles = [
        f"{ROLE_PREFIX} {party.organisatie} ({party.rol}): {party.taak.strip()}"
        for party in case.partijen or ()
        if party.taak and party.taak.strip() and party.organisatie and party.rol
    ]
    out.answer("\n\n".join([get("samenwerking") or "", *roles]).strip())
    out.question("borging")
    out.answer(get("borging"))
    out.question("vervolg")
    out.answer(get("vervolg"))

    out.heading("Kosten en baten", 1)
    out.paragraph(
        _question("kosten") + " een inschatting te maken van de kosten en baten van "
        "het experiment.",
        italic=True,
    )
    kosten = case.kosten
    header = [
        "Kostenpost",
        "Korte beschrijving van de kosten",
        "Wie voert de bijbehorende activiteiten uit?",
        "Kosten",
    ]
    initial = _stated(case, "initiele_kosten", calc.initiele_kosten)
    execution = _stated(case, "uitvoeringskosten", calc.uitvoeringskosten)
    out.question("initieel")
    out.table(
        [
            header,
            *_posts_rows(kosten.initieel if kosten else None),
            ["Totaal initiële projectkosten", "", "", _eur(initial)],
        ],
        COSTS,
    )
    out.question("uitvoering")
    out.table(
        [
            header,
            *_posts_rows(kosten.uitvoering if kosten else None),
            ["Totaal uitvoeringskosten", "", "", _eur(execution)],
        ],
        COSTS,
    )
    financing = case.financiering
    partner_rows = [[f"Partners {year or ''}".strip(), ""]]
    for contribution in (financing.bijdragen if financing else None) or ():
        partner_rows.append([contribution.partij or "", _eur(contribution.bedrag)])
    if financing is not None and financing.aantal_clienten is not None:
        partner_rows.append(["Aantal cliënten (centraal persoon)", str(financing.aantal_clienten)])
    partner_rows.append(["SPUK DOS (uitkering)", _eur(financing.uitkering if financing else None)])
    total_financing = financing.totaal if financing and financing.totaal is not None else None
    partner_rows.append(["Totaal", _eur(total_financing or calc.financiering_totaal)])
    out.table(partner_rows, (10.0, 6.0))

    baten = case.baten
    out.question("baten")
    benefit_rows = [["Financiële baten", "", "Waarde", "Toelichting"]]
    benefit_rows += _route_rows(
        "Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT",
        baten.uitstel_mpt_vpt if baten else None,
        calc.uitstel_mpt_vpt.totaal,
        (
            "(A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen",
            "(B) Aantal inwoners uitstel Wlz (aantal inwoners voor wie uitstel verwacht wordt)",
            "(C) Gemiddelde kosten van MPT- of VPT-zorg in de Wlz per dag per inwoner",
            "Verwachte totale besparing door uitstel Wlz-zorg (MPT, VPT) = A * B * C",
        ),
    )
    benefit_rows += _route_rows(
        "Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting",
        baten.uitstel_intramuraal if baten else None,
        calc.uitstel_intramuraal.totaal,
        (
            "(A) Verwachte uitstel opname in verpleeghuis, in dagen",
            "(B) Aantal inwoners uitstel opname in intramurale setting (aantal inwoners voor wie "
            "uitstel verwacht wordt)",
            "(C) Gemiddelde kosten zorg in intramurale setting",
            "Verwachte totale besparing door uitstel opname in intramurale setting = A * B * C",
        ),
    )
    for item in (baten.overige if baten else None) or ():
        benefit_rows.append(
            [
                "Overige besparingen",
                item.omschrijving or "",
                _eur(item.bedrag),
                item.toelichting or "",
            ]
        )
    out.table(benefit_rows, (3.4, 6.0, 2.8, 3.8))

    out.paragraph(
        _question("effect") + ", om zo het financiële effect van uw experiment in te zien.",
        italic=True,
    )
    saldo = _stated(case, "saldo", calc.saldo)
    sign = "+/+ " if saldo is not None and saldo >= 0 else "-/- "
    effect_rows = [
        ["Verwacht financieel effect van de businesscase", "", ""],
        ["Kosten", "Initiële projectkosten", _eur(initial)],
        ["", "Uitvoeringskosten", _eur(execution)],
    ]
    if case.opgave is not None and case.opgave.totaal_kosten is not None:
        effect_rows.append(["", "Totale kosten", _eur(case.opgave.totaal_kosten)])
    mpt = baten.uitstel_mpt_vpt.totaal if baten and baten.uitstel_mpt_vpt else None
    intra = baten.uitstel_intramuraal.totaal if baten and baten.uitstel_intramuraal else None
    effect_rows += [
        [
            "Baten",
            "Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT",
            _eur(mpt if mpt is not None else calc.uitstel_mpt_vpt.totaal),
        ],
        [
            "",
            "Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting",
            _eur(intra if intra is not None else calc.uitstel_intramuraal.totaal),
        ],
        [
            "",
            "Overige besparingen",
            _eur(_stated(case, "overige_besparingen", calc.overige_besparingen)),
        ],
    ]
    if case.opgave is not None and case.opgave.totaal_baten is not None:
        effect_rows.append(["", "Totale baten", _eur(case.opgave.totaal_baten)])
    effect_rows.append(
        [
            "Totaal financieel effect van experiment (baten - kosten)",
            "",
            sign + _eur(abs(saldo)) if saldo is not None else "",
        ]
    )
    out.table(effect_rows, (4.0, 8.5, 3.5))

    out.question("kwalitatief")
    quality = [
        ["Maatschappelijke baten en andere baten (kwalitatief)", "Beschrijving (en onderbouwing)"]
    ]
    for benefit in (baten.kwalitatief if baten else None) or ():
        reason = clean_lines((benefit.onderbouwing or "").split("\n"))
        quality.append([benefit.baat or "", reason])
    out.table(quality, (6.0, 10.0))
    return out


def write_docx(result: FileResult, path: Path, *, force: bool = False) -> None:
    """Write the Word document of ``result`` to ``path`` atomically."""
    document = build(result)
    with atomic_output(path, force=force) as temp:
        document.save(temp)
