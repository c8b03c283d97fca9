"""Hand-made filled-in forms for the import tests, built here (not with spukdos export).

The content follows the 2025 format as the seed text shows it: its headings and
questions word for word, the answers of a fictitious municipality, and the form's
tables with their header rows. :func:`build_docx` lays it out with python-docx,
:func:`build_pdf` with fpdf2 (tables with ruled cells, as Word prints them).
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

Block = tuple[str, object]

CONTACTS = [
    ["", "Naam van de organisatie", "Naam van de contactpersoon",
     "E-mailadres van de contactpersoon", "Telefoonnummer van de contactpersoon"],
    ["Gemeente(n)", "Gemeente Voorbeeldstad", "Petra de Boer", "p.deboer@voorbeeldstad.example",
     "06-11112222"],
    ["Zorgkantoor", "Zorgkantoor Regio Oost", "Karel Jansen", "k.jansen@zorgkantoor.example",
     "06-22223333"],
    ["Zorgaanbieder", "Thuiszorg De Linde", "Fatima El Amrani\nJoost Visser",
     "f.elamrani@delinde.example\nj.visser@delinde.example", "06-33334444\n06-44445555"],
    ["Andere organisatie(s)", "Huisartsenpraktijk Centrum", "Sara Kok", "s.kok@praktijk.example",
     "030-1234567"],
]  # fmt: skip

THEMES = [
    ["Wat is de huidige werkwijze/aanpak van het vraagstuk ?",
     "Wat is de aanpak in het experiment en waarin verschilt deze van de huidige "
     "werkwijze/aanpak?"],
    ["1. Wijkteam: Ouderen melden zich bij drie loketten.", "Eén wijkteam voor Wmo en Zvw."],
    ["2. Mantelzorg: Mantelzorgers vinden weinig steun.", "Een vast aanspreekpunt per wijk."],
]  # fmt: skip

INITIAL = [
    ["Kostenpost", "Korte beschrijving van de kosten",
     "Wie voert de bijbehorende activiteiten uit?", "Kosten"],
    ["Opzet wijkteam", "Werving en inrichting", "Thuiszorg De Linde", "€ 12.500,00"],
    ["Totaal initiële projectkosten", "", "", "€ 12.500,00"],
]  # fmt: skip

EXECUTION = [
    ["Kostenpost", "Beschrijving van de kosten", "Wie voert de bijbehorende activiteiten uit?",
     "Waarde"],
    ["Projectleider", "0,5 fte projectleiding", "Gemeente Voorbeeldstad", "€ 40.000,00"],
    ["Wijkverpleging", "Extra inzet Zvw", "Thuiszorg De Linde", "€ 47.500,00"],
    ["Totaal uitvoeringskosten", "", "", "€ 87.500,00"],
]  # fmt: skip

PARTNERS = [
    ["Partners 2025", ""],
    ["Gemeente bijdrage", "€ 10.000,00"],
    ["Zorgverzekeraar", "€ 10.000,00"],
    ["SPUK DOS 80%", "€ 80.000,00"],
    ["Totaal", "€ 100.000,00"],
]

BENEFITS = [
    ["Financiële baten", "", "Waarde", "Toelichting"],
    ["Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT",
     "(A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen", "120 dagen", "Vier maanden"],
    ["", "(B) Aantal inwoners uitstel Wlz (aantal inwoners voor wie uitstel verwacht wordt)",
     "2,5 inwoners", "Eigen registratie"],
    ["", "(C) Gemiddelde kosten van MPT- of VPT-zorg in de Wlz per dag per inwoner", "€ 250,00",
     "Gemiddeld VPT-tarief"],
    ["", "Verwachte totale besparing door uitstel Wlz-zorg (MPT, VPT) = A * B * C",
     "€ 75.000,00", ""],
    ["Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting",
     "(A) Verwachte uitstel opname in verpleeghuis, in dagen", "60 dagen", "Twee maanden"],
    ["", "(B) Aantal inwoners uitstel opname in intramurale setting (aantal inwoners voor wie "
     "uitstel verwacht wordt)", "1 inwoners", "Schatting wijkteam"],
    ["", "(C) Gemiddelde kosten zorg in intramurale setting", "€ 300,00", "ZZP 5"],
    ["", "Verwachte totale besparing door uitstel opname in intramurale setting = A * B * C",
     "€ 18.000,00", ""],
    ["Overige besparingen", "Bijvoorbeeld in Wmo of in Zvw.", "€ 9.500,00",
     "Minder huishoudelijke hulp"],
]  # fmt: skip

EFFECT = [
    ["Verwacht financieel effect van de businesscase", "", ""],
    ["Kosten", "Initiële projectkosten", "€ 12.500,00"],
    ["", "Uitvoeringskosten", "€ 87.500,00"],
    ["Baten", "Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT", "€ 75.000,00"],
    ["", "Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting",
     "€ 18.000,00"],
    ["", "Overige besparingen", "€ 9.500,00"],
    ["Totaal financieel effect van experiment (baten - kosten)", "", "+/+ € 2.500,00"],
]  # fmt: skip

QUALITATIVE = [
    ["Maatschappelijke baten en andere baten (kwalitatief)", "Beschrijving (en onderbouwing)"],
    ["Langer thuis wonen", "Ouderen blijven langer zelfstandig."],
    ["Minder belaste mantelzorgers", "Eén aanspreekpunt voor de mantelzorger."],
]

BLOCKS: list[Block] = [
    ("title", "Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025"),
    ("h", "Beschrijving van het experiment"),
    ("h", "Contactgegevens van samenwerkende partijen in experiment"),
    ("p", "U doet als uitbreidingsgemeente of coördinerende gemeente van het experiment een "
          "aanvraag voor een specifieke uitkering. Zet in de tabel hieronder de namen van de "
          "organisaties die aan het experiment deelnemen en de volledige contactgegevens van de "
          "contactpersonen: naam, e-mailadres en telefoonnummer."),
    ("table", CONTACTS),
    ("h", "Looptijd van het experiment"),
    ("p", "Wat is de beoogde startdatum van het experiment? Hoeveel tijd is er (nog) nodig voor "
          "de voorbereidingen vóór de start?"),
    ("p", "De startdatum is het moment dat de eerste (kwetsbare) inwoner kan worden geholpen."),
    ("p", "1 maart 2025. Twee maanden voorbereiding voor het werven van het wijkteam."),
    ("p", "Tot wanneer loopt het experiment?"),
    ("p", "31-12-2025"),
    ("h", "Doelstelling van het experiment"),
    ("p", "Beschrijf welk maatschappelijk vraagstuk wordt aangepakt met het betreffende "
          "initiatief voor domeinoverstijgende samenwerking en bekostiging."),
    ("p", "In hoeverre wordt het centrale doel nagestreefd met de oplossing die u voor ogen "
          "heeft? En welke andere of onderliggende maatschappelijke effecten worden nagestreefd?"),
    ("p", "Ouderen in Voorbeeldstad wachten te lang op passende zorg thuis."),
    ("h", "Doelgroep & context"),
    ("p", "Beschrijf op welke primaire doelgroep(en) het initiatief zich richt in termen van "
          "(kwetsbare) inwoners en/of naasten (en mantelzorgers)."),
    ("p", "Zelfstandig wonende 75-plussers met beginnende dementie."),
    ("p", "Op welk geografisch gebied is het experiment gericht? Denk aan de "
          "wijk/kern/stadsdeel/woonplaats."),
    ("p", "De wijk Noord."),
    ("p", "Hoeveel (kwetsbare) inwoners beoogt u (ongeveer) te helpen met het experiment? Als u "
          "hier verandering in verwacht gedurende de looptijd van het experiment, kunt u dan een "
          "beeld geven van de verwachte ontwikkeling?"),
    ("p", "Ongeveer 250 inwoners."),
    ("p", "Zijn er eventueel andere initiatieven waar dit experiment op aansluit?"),
    ("p", "Het programma Langer Thuis."),
    ("h", "Werkwijze"),
    ("p", "In deze paragraaf vragen we u de (beoogde) werkwijze in het experiment te beschrijven."),
    ("p", "Beschrijving van de werkwijze: hoe pakt u het experiment aan en welke activiteiten "
          "gaat u uitvoeren?"),
    ("p", "Een wijkteam met wijkverpleging en Wmo-consulent."),
    ("p", "Licht hieronder voor het experiment in uw gemeente toe wat de aanpak is om dit "
          "vraagstuk op te lossen. Geef hierbij ook vooral aan wat het verschil is met de huidige "
          "aanpak. Wat is echt anders aan de gekozen werkwijze, voorziening, et cetera?"),
    ("table", THEMES),
    ("p", "Welke hypothesen zitten er achter de aanpak van het experiment (veronderstelling of "
          "aanname waar u van uitgaat) en waarom (op basis waarvan) gaat uw aanpak in de praktijk "
          "bijdragen aan de doelen zoals u deze eerder heeft geformuleerd?"),
    ("p", "Vroeg signaleren stelt opname uit."),
    ("p", "Waarom zou u de werkwijze zoals u deze omschrijft niet kunnen toepassen in de huidige "
          "praktijk? Met andere woorden, waarom is het nodig dat er een uitkering voor "
          "domein-overstijgende samenwerking komt?"),
    ("p", "De inzet over Wmo en Zvw heen wordt nu niet bekostigd."),
    ("h", "Monitoring"),
    ("p", "Voor het monitoren van het centrale doel van het experiment (uitstel/voorkomen van "
          "Wlz-zorg) en de mogelijke maatschappelijke bijeffecten zal objectief en onafhankelijk "
          "wetenschappelijk onderzoek worden uitgevoerd en moeten gegevens worden verzameld door "
          "middel van een monitor. Deelname aan deze monitor is verplicht."),
    ("h", "Samenwerking"),
    ("p", "Beschrijf welke partijen betrokken zijn en samenwerking hebben toegezegd. Denk aan: "
          "gemeenten, het zorgkantoor, zorgverzekeraars, zorgaanbieders, welzijns- en "
          "vrijwilligersorganisaties. De samenwerking moet in ieder geval toegezegd zijn door "
          "gemeente(n), het zorgkantoor en minimaal één uitvoerende partij."),
    ("p", "§ Gemeente Voorbeeldstad"),
    ("p", "§ Zorgkantoor Regio Oost"),
    ("p", "§ Thuiszorg De Linde"),
    ("p", "Beschrijf hoe de samenwerking eruitziet en waar deze op berust. Dit is inclusief "
          "rolverdeling: beschrijf wat elke betrokken partij (gemeente, zorgkantoor, "
          "zorgverzekeraar, zorgaanbieder, welzijns- en vrijwilligersorganisatie, et cetera) "
          "doet."),
    ("p", "De gemeente coördineert; De Linde levert het wijkteam."),
    ("h", "Borging"),
    ("p", "Beschrijf hoe de samenwerking tussen de verschillende stakeholders en daaruit volgende "
          "afspraken zijn geborgd. Daarbij kunt u denken aan inhoudelijke, financiële en "
          "operationele afspraken."),
    ("p", "Een convenant met een stuurgroep."),
    ("p", "Hoe ziet u het vervolg van het experiment en de daarbij horende bekostiging voor zich, "
          "na afloop van de initiële looptijd van het experiment (bij uit de evaluatie gebleken "
          "gunstige resultaten)?"),
    ("p", "Structurele bekostiging uit Wmo en Zvw samen."),
    ("h", "Kosten en baten"),
    ("p", "In dit onderdeel vragen wij u om – voor zover mogelijk – een inschatting te maken van "
          "de kosten en baten van het experiment."),
    ("h", "Initiële projectkosten"),
    ("p", "Vul hieronder de initiële projectkosten in die nodig zijn om het experiment op te "
          "zetten en het overzicht van welke kosten door wie gefinancierd worden. Licht de "
          "onderliggende aannames toe, waar mogelijk inclusief bronverwijzing."),
    ("table", INITIAL),
    ("h", "Uitvoeringskosten"),
    ("p", "Vul hieronder de uitvoeringskosten in die nodig zijn voor het experiment, inclusief "
          "beschrijving (toelichting) en wie de bijbehorende activiteiten uitvoert."),
    ("table", EXECUTION),
    ("table", PARTNERS),
    ("h", "Financiële en maatschappelijke baten"),
    ("p", "Hieronder volgen de verwachten baten van het experiment inclusief beschrijving "
          "(toelichting)."),
    ("table", BENEFITS),
    ("p", "Hieronder kunt u de waarden die u eerder berekend heeft samenvoegen, om zo het "
          "financiële effect van uw experiment in te zien."),
    ("table", EFFECT),
    ("p", "In de onderstaande tabel kunt u aangeven welke kwalitatieve opbrengsten u verwacht van "
          "het experiment."),
    ("table", QUALITATIVE),
]  # fmt: skip

EXPECTED = {
    "regeling_jaar": 2025,
    "experiment.startdatum": "2025-03-01",
    "experiment.einddatum": "2025-12-31",
    "beschrijving.aantal_inwoners": 250,
    "kosten.initieel": [Decimal("12500.00")],
    "kosten.uitvoering": [Decimal("40000.00"), Decimal("47500.00")],
    "financiering.bijdragen": [Decimal("10000.00"), Decimal("10000.00")],
    "financiering.uitkering": Decimal("80000.00"),
    "financiering.totaal": Decimal("100000.00"),
    "mpt": (Decimal("120"), Decimal("2.5"), Decimal("250.00"), Decimal("75000.00")),
    "intramuraal": (Decimal("60"), Decimal("1"), Decimal("300.00"), Decimal("18000.00")),
    "overige": Decimal("9500.00"),
    "saldo": Decimal("2500.00"),
}


WIDTHS = {2: (8.0, 8.0), 3: (4.0, 8.5, 3.5), 4: (3.4, 6.0, 3.0, 3.6), 5: (2.6, 3.4, 3.2, 4.4, 2.4)}
"""Column widths (cm) by number of columns, about those of the 2025 format."""


def build_docx(path: Path, blocks: list[Block] = BLOCKS) -> Path:
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(str(content), 0)
        elif kind == "h":
            doc.add_heading(str(content), 2)
        elif kind == "p":
            doc.add_paragraph(str(content))
        else:
            rows = content
            assert isinstance(rows, list)
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            table.autofit = False
            widths = WIDTHS[len(rows[0])]
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Cm(width)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    table.cell(r, c).width = Cm(widths[c])
            doc.add_paragraph("")
    doc.save(str(path))
    return path


def build_pdf(
    path: Path, blocks: list[Block] = BLOCKS, *, repeat: int = 1, running: bool = False
) -> Path:
    """The same content as a PDF (fpdf2, a Unicode TrueType font where the system has one);
    with ``running``, every page has a running head and a footer ``Pagina N van M``."""
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self) -> None:
            if running:
                self.set_font(self.font_family or "helvetica", size=8)
                self.cell(0, 5, "Businesscase SPUK DOS 2025 - Gemeente Voorbeeldstad")
                self.ln(8)

        def footer(self) -> None:
            if running:
                self.set_y(-12)
                self.set_font(self.font_family or "helvetica", size=8)
                self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")

    pdf = Paged(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    font = _unicode_font()
    if font is not None:
        pdf.add_font("body", "", str(font))
        family = "body"
    else:  # pragma: no cover - every test machine here has DejaVu
        family = "helvetica"
    for _ in range(repeat):
        pdf.add_page()
        for kind, content in blocks:
            if kind in ("title", "h"):
                pdf.set_font(family, size=14 if kind == "title" else 12)
                pdf.multi_cell(0, 8, str(content), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "p":
                pdf.set_font(family, size=10)
                pdf.multi_cell(0, 5, str(content), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            else:
                rows = content
                assert isinstance(rows, list)
                pdf.set_font(family, size=8)
                with pdf.table(first_row_as_headings=False, line_height=4) as table:
                    for row in rows:
                        cells = table.row()
                        for text in row:
                            cells.cell(text)
                pdf.ln(3)
    out = io.BytesIO()
    pdf.output(out)
    path.write_bytes(out.getvalue())
    return path


def _unicode_font() -> Path | None:
    for candidate in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ):
        if Path(candidate).exists():
            return Path(candidate)
    try:
        import fpdf

        bundled = Path(fpdf.__file__).parent / "font"
        found = sorted(bundled.glob("*.ttf"))
        return found[0] if found else None
    except ImportError:  # pragma: no cover
        return None
