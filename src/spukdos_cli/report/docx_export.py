"""``spukdos export``: the businesscase as a Word document in the order of the 2025 format.

The title, then each section's question (in the format's own words, the same texts
:mod:`spukdos_cli.read.document.anchors` finds them by, and the format's longer instruction
texts whole from :mod:`.form_text`) followed by the answer, and the form's tables: the
parties, the two cost tables with their totals, the partners, the financial benefits (A, B,
C and A × B × C per route, the other savings), the financial effect with the net effect, and
the qualitative benefits. Amounts are written the Dutch way (``€ 78.525,00``). The document
is Dutch, as the form is. A file with error findings is still written, with a notice at the
top saying it does not pass ``spukdos check``.

Totals are those the applicant stated; where a total was not stated, the computed one
is shown. What the form has no place for (a cost post's ``domein``, the care office's
advice, the scenarios, ...) follows in an appendix, a visible table of data paths and
values (:mod:`.docx_appendix`), so that export then import loses nothing. The page, the
language, the metadata and the tables' layout are :mod:`.docx_layout`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.form.model import Beschrijving, Businesscase, Kostenpost, Uitstel
from spukdos_cli.messages.formatting import format_decimal, format_eur
from spukdos_cli.messages.labels import label
from spukdos_cli.positions import format_path
from spukdos_cli.read.document.anchors import (
    ANCHORS,
    PARTICIPATION,
    ROLE_PREFIX,
    TARGET_GROUP,
    TITLE,
)
from spukdos_cli.read.document.clean import clean_lines
from spukdos_cli.read.document.extra import HEADER, HEADING
from spukdos_cli.report import form_text
from spukdos_cli.report.docx_appendix import extra_values
from spukdos_cli.report.docx_layout import TOOL, Column, FormDocument, Metadata
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

COST_HEADER = (
    "Kostenpost",
    "Korte beschrijving van de kosten",
    "Wie voert de bijbehorende activiteiten uit?",
    "Kosten",
)

# Column widths (cm) of the form's tables, each 17 cm in all (A4 within its margins); a
# column of amounts stands right.
CONTACTS = (Column(2.9), Column(3.3), Column(3.0), Column(4.8), Column(3.0))
THEMES = (Column(8.5), Column(8.5))
COSTS = (Column(3.4), Column(6.6), Column(3.8), Column(3.2, amounts=True))
PARTNERS = (Column(11.0), Column(6.0, amounts=True))
BENEFITS = (Column(3.4), Column(6.2), Column(3.0, amounts=True), Column(4.4))
EFFECT = (Column(4.0), Column(9.2), Column(3.8, amounts=True))
QUALITATIVE = (Column(6.0), Column(11.0))
APPENDIX = (Column(8.0), Column(9.0))


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


class _Form(FormDocument):
    """The form's document: questions in the format's words, answers as written."""

    def __init__(self) -> None:
        super().__init__()
        self.last_heading = ""

    def heading(self, text: str, level: int = 1) -> None:
        super().heading(text, level)
        self.last_heading = text

    def answer(self, text: str | None) -> None:
        """An answer: a Word paragraph per paragraph of the text, a line break where the
        text keeps a line (a list item, a heading within the answer)."""
        if not text or not text.strip():
            self.blank()
            return
        cleaned = clean_lines(text.split("\n"))
        for block in cleaned.split("\n\n"):
            self.lines(block)

    def instruction(self, text: str) -> None:
        self.paragraph(text, italic=True)

    def question(self, key: str) -> None:
        """The headings the form prints before question ``key`` (one spelling of each, none
        twice), then the question with its explanation."""
        headings = _headings(key)
        if key == "doelgroep":  # two spellings of one heading: the format's is the first
            headings = headings[:1]
        for heading in headings:
            if heading == self.last_heading:
                continue
            if len(heading) < 50:
                self.heading(heading, 2)
            else:
                self.instruction(heading)
        self.instruction(_question(key))


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


def _year(case: Businesscase) -> str:
    return str(case.regeling_jaar) if case.regeling_jaar is not None else ""


def metadata(case: Businesscase) -> Metadata:
    """Title: the experiment's name (else "Businesscase SPUK DOS <year>"); the author: the
    municipality where the file names it, else spukdos."""
    year = _year(case)
    experiment = case.experiment
    fallback = f"Businesscase SPUK DOS {year}".strip()
    name = experiment.naam if experiment is not None and experiment.naam else None
    title = name if name and name.strip() else fallback
    municipality = next(
        (p.organisatie for p in case.partijen or () if p.rol == "gemeente" and p.organisatie),
        None,
    )
    if municipality is None and experiment is not None and experiment.gemeente:
        municipality = f"Gemeente {experiment.gemeente}"
    keywords = ["SPUK DOS", "businesscase", "domeinoverstijgend samenwerken", year]
    if municipality:
        keywords.append(municipality)
    return Metadata(
        title=title,
        subject=f"Businesscase {TITLE} {year}".strip(),
        keywords=", ".join(k for k in keywords if k),
        author=municipality or TOOL,
    )


def _title(out: _Form, result: FileResult, case: Businesscase) -> None:
    if result.errors:
        out.paragraph(label("exp_notice", LANG).format(errors=result.errors), bold=True)
    out.title(f"Businesscase {TITLE} {_year(case)}".strip())
    experiment = case.experiment
    if experiment is not None and experiment.naam:
        out.paragraph(f"Naam van het experiment: {experiment.naam}")


def _contacts(out: _Form, case: Businesscase) -> None:
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
    out.table(rows, CONTACTS)


def _term(out: _Form, case: Businesscase) -> None:
    experiment = case.experiment
    out.heading("Looptijd van het experiment", 2)
    out.instruction(_question("start"))
    start = [dutch_date(experiment.startdatum)] if experiment and experiment.startdatum else []
    out.answer("\n\n".join([*start, (experiment.voorbereiding or "") if experiment else ""]))
    out.instruction(_question("einde"))
    out.answer(dutch_date(experiment.einddatum) if experiment and experiment.einddatum else "")


def _getter(case: Businesscase) -> Callable[[str], Any]:
    text: Beschrijving | None = case.beschrijving

    def get(name: str) -> Any:
        return getattr(text, name) if text is not None else None

    return get


def _goal_and_group(out: _Form, case: Businesscase) -> None:
    get = _getter(case)
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


def _approach(out: _Form, case: Businesscase) -> None:
    get = _getter(case)
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
    out.table(theme_rows, THEMES)
    out.question("hypothesen")
    out.answer(get("hypothesen"))
    out.question("noodzaak")
    out.answer(get("noodzaak_uitkering"))


def _monitoring(out: _Form, case: Businesscase) -> None:
    out.heading("Monitoring", 2)
    out.instruction(form_text.MONITORING)
    monitoring = _getter(case)("monitoring")
    if monitoring is not None and monitoring.deelname is not None:
        out.answer(f"{PARTICIPATION} {'ja' if monitoring.deelname else 'nee'}.")
    if monitoring is not None and monitoring.toelichting:
        out.answer(monitoring.toelichting)


def _cooperation(out: _Form, case: Businesscase) -> None:
    get = _getter(case)
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


def _costs(out: _Form, case: Businesscase, calc: Calculation) -> None:
    out.heading("Kosten en baten", 1)
    year = _year(case) or "2025"
    for text in form_text.COSTS_AND_BENEFITS:
        out.instruction(text.format(year=year))
    out.heading(form_text.COSTS_HEADING, 2)
    out.instruction(form_text.COSTS)
    kosten = case.kosten
    header = list(COST_HEADER)
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
    for heading in _headings("uitvoering"):
        out.heading(heading, 2)
    question, examples, request = form_text.EXECUTION
    out.instruction(question)
    out.bullets(examples, italic=True)
    out.instruction(request)
    out.table(
        [
            header,
            *_posts_rows(kosten.uitvoering if kosten else None),
            ["Totaal uitvoeringskosten", "", "", _eur(execution)],
        ],
        COSTS,
    )


def _financing(out: _Form, case: Businesscase, calc: Calculation) -> None:
    financing = case.financiering
    partner_rows = [[f"Partners {_year(case)}".strip(), ""]]
    for contribution in (financing.bijdragen if financing else None) or ():
        partner_rows.append([contribution.partij or "", _eur(contribution.bedrag)])
    if financing is not None and financing.aantal_clienten is not None:
        partner_rows.append(["Aantal cliënten (centraal persoon)", str(financing.aantal_clienten)])
    partner_rows.append(["SPUK DOS (uitkering)", _eur(financing.uitkering if financing else None)])
    total_financing = financing.totaal if financing and financing.totaal is not None else None
    partner_rows.append(["Totaal", _eur(total_financing or calc.financiering_totaal)])
    out.table(partner_rows, PARTNERS)


def _benefits(out: _Form, case: Businesscase, calc: Calculation) -> None:
    baten = case.baten
    for heading in _headings("baten"):
        out.heading(heading, 2)
    out.instruction(form_text.BENEFITS)
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
    out.table(benefit_rows, BENEFITS)


def _effect(out: _Form, case: Businesscase, calc: Calculation) -> None:
    out.instruction(
        _question("effect") + ", om zo het financiële effect van uw experiment in te zien."
    )
    baten = case.baten
    initial = _stated(case, "initiele_kosten", calc.initiele_kosten)
    execution = _stated(case, "uitvoeringskosten", calc.uitvoeringskosten)
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
    out.table(effect_rows, EFFECT)


def _qualitative(out: _Form, case: Businesscase) -> None:
    baten = case.baten
    question, examples = form_text.QUALITATIVE
    out.instruction(question)
    out.bullets(examples, italic=True)
    quality = [
        ["Maatschappelijke baten en andere baten (kwalitatief)", "Beschrijving (en onderbouwing)"]
    ]
    for benefit in (baten.kwalitatief if baten else None) or ():
        reason = clean_lines((benefit.onderbouwing or "").split("\n"))
        quality.append([benefit.baat or "", reason])
    out.table(quality, QUALITATIVE)


def _appendix(out: _Form, case: Businesscase) -> None:
    """What the form has no place for, as a visible table of data paths and values (left
    out when there is nothing)."""
    values = extra_values(case)
    if not values:
        return
    out.heading(HEADING, 1)
    out.paragraph(form_text.APPENDIX)
    rows = [list(HEADER), *([format_path(path), text] for path, text in values)]
    out.table(rows, APPENDIX)


def build(result: FileResult) -> FormDocument:
    """The Word document of a checked file."""
    case, calc = result.case, result.calculation
    if case is None or calc is None:
        raise ValueError("a file without a model cannot be exported")
    out = _Form()
    out.metadata(metadata(case))
    _title(out, result, case)
    _contacts(out, case)
    _term(out, case)
    _goal_and_group(out, case)
    _approach(out, case)
    _monitoring(out, case)
    _cooperation(out, case)
    _costs(out, case, calc)
    _financing(out, case, calc)
    _benefits(out, case, calc)
    _effect(out, case, calc)
    _qualitative(out, case)
    _appendix(out, case)
    return out


def write_docx(result: FileResult, path: Path, *, force: bool = False) -> None:
    """Write the Word document of ``result`` to ``path`` atomically."""
    document = build(result)
    with atomic_output(path, force=force) as temp:
        document.save(temp)
