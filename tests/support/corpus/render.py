"""One application as a filled-in 2025 form: a Word document made with python-docx.

The form is data (:data:`FORM`): its headings, questions, instruction texts and the places
of the applicant's answers and tables, in the form's order and word for word as in the 2025
format ("Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025"), with
one deliberate change: the monitoring paragraph does not name the ministry's adviser nor
give her phone number and e-mail address (personal data of a real person have no place in
a test corpus).

:class:`Variation` holds the switches. The base rendering is ``Variation()``; every other
value of a switch changes one thing from it:

- ``instructions``: ``kept`` / ``shortened`` (questions cut after their first clause or
  sentence, explanations dropped, a word or two reworded, the form's typo "verwachten"
  corrected) / ``deleted`` (every instruction and explanation paragraph removed) / ``bare``
  (questions removed too where the section has a single question);
- ``headings``: Word heading ``styles`` / ``bold`` normal paragraphs / ``numbered-auto``
  (Word numbering on the heading styles: 1, 2.3, 3.1.1) / ``numbered-typed`` ("2.3 " typed
  in the text);
- ``amounts``: one spelling for every amount (:data:`AMOUNT_STYLES`), and ``saldo``: the net
  effect as ``+/+ € …`` / ``-/- € …`` (``slashes``) or ``+ € …`` / ``- € …`` (``sign``);
- ``factors``: A and B as ``150 dagen`` / ``4 inwoners`` (``units``), ``150 dagen
  (5 maanden)`` (``months``) or ``150`` / ``6,1`` (``bare``);
- ``rows``: an ``empty-row`` in the cost tables, a ``note-row`` "Bedragen zijn exclusief btw"
  in the execution cost table, or a ``note-paragraph`` under it;
- ``cells``: ``merged``: the route label of the benefits table merged down over its rows,
  the header and the net effect's label of the effect table merged across columns;
- ``labels``: the financing rows named by the partners' organisations (``names``) or as
  people write them (``people-a``: "Gemeente bijdrage", "SPUK DOS 80%"; ``people-b``:
  "Eigen bijdrage gemeente", "Aangevraagde uitkering SPUK DOS" or "Uitkering (80%)");
- ``page``: ``A4`` or ``Letter``, so that the same form can be printed on both.

``seed`` makes the choices that are not switches (how dates and bullets are written, the
sentence that gives the number of residents): a base rendering and its variants share it,
so they differ in their one switch only.

What an application holds and the form has no place for (the experiment's variant, the
``domein`` of a post, the tasks of the parties) is not rendered; everything else is.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Literal

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

Instructions = Literal["kept", "shortened", "deleted", "bare"]
Headings = Literal["styles", "bold", "numbered-auto", "numbered-typed"]
Amounts = Literal["eur-cents", "eur-whole", "eur-dash", "eur-code", "dots", "plain", "suffix"]
Saldo = Literal["slashes", "sign"]
Factors = Literal["units", "months", "bare"]
Rows = Literal["plain", "empty-row", "note-row", "note-paragraph"]
Cells = Literal["plain", "merged"]
Labels = Literal["names", "people-a", "people-b"]
Page = Literal["A4", "Letter"]

AMOUNT_STYLES: dict[str, str] = {
    "eur-cents": "€ 12.500,00",
    "eur-whole": "€ 12.500 (cents only where there are: € 317.276,25)",
    "eur-dash": "€12.500,- (€317.276,25)",
    "eur-code": "EUR 12.500,00",
    "dots": "12.500 (317.276,25)",
    "plain": "12500 (317276,25)",
    "suffix": "12.500,00 euro",
}
"""How each amount style writes € 12.500 (and an amount with cents, where that differs)."""

NOTE_ROW = "Bedragen zijn exclusief btw"
NOTE_PARAGRAPH = (
    "Alle bedragen zijn exclusief btw. De uurtarieven zijn gebaseerd op de cao 2025; zie "
    "bijlage 2 voor de berekening per post."
)


@dataclass(frozen=True)
class Variation:
    """The switches of one rendering; ``Variation()`` is the base."""

    instructions: Instructions = "kept"
    headings: Headings = "styles"
    amounts: Amounts = "eur-cents"
    saldo: Saldo = "slashes"
    factors: Factors = "units"
    rows: Rows = "plain"
    cells: Cells = "plain"
    labels: Labels = "names"
    page: Page = "A4"
    seed: int = 0

    def changed(self) -> dict[str, str]:
        """The switches that differ from the base (``seed`` is no switch)."""
        base = Variation()
        return {
            f.name: str(getattr(self, f.name))
            for f in fields(self)
            if f.name != "seed" and getattr(self, f.name) != getattr(base, f.name)
        }


SWITCHES: dict[str, tuple[str, ...]] = {
    "instructions": ("kept", "shortened", "deleted", "bare"),
    "headings": ("styles", "bold", "numbered-auto", "numbered-typed"),
    "amounts": tuple(AMOUNT_STYLES),
    "saldo": ("slashes", "sign"),
    "factors": ("units", "months", "bare"),
    "rows": ("plain", "empty-row", "note-row", "note-paragraph"),
    "cells": ("plain", "merged"),
    "labels": ("names", "people-a", "people-b"),
    "page": ("A4", "Letter"),
}
"""Every switch with its values, the base's first."""


# -- the form ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    level: int
    """0 for the title, 1 to 3 for the form's headings."""
    text: str


@dataclass(frozen=True)
class FormText:
    """Text of the form itself: a question or an instruction (explanation)."""

    kind: Literal["question", "instruction"]
    paragraphs: tuple[str, ...]
    style: Literal["plain", "bullet", "number"] = "plain"
    short: tuple[str, ...] | None = None
    """The shortened form (``instructions="shortened"``); None: dropped there."""


@dataclass(frozen=True)
class Slot:
    """Where the applicant's content goes: an answer or a table."""

    name: str


def _q(*paragraphs: str, short: str | None = None) -> FormText:
    return FormText("question", paragraphs, short=(short,) if short else paragraphs)


def _i(*paragraphs: str, style: Literal["plain", "bullet", "number"] = "plain",
       short: str | None = None) -> FormText:  # fmt: skip
    return FormText("instruction", paragraphs, style, (short,) if short else None)


MONITORING = (
    "Deelname aan deze monitor is verplicht. De monitoring en evaluatie van de DOS-experimenten "
    "wordt uitgevoerd door de Vrije Universiteit Amsterdam (VU). De VU heeft een monitor "
    "ontwikkeld voorzien van een handleiding en een overzicht van veel gestelde vragen, waarin "
    "het zorggebruik veilig kan worden geregistreerd. Na de verlening van de specifieke "
    "uitkering wordt u benaderd door de Implementatie Adviseur van VWS."
)
"""The form's paragraph less the adviser's name, phone number and e-mail address."""

FORM: tuple[Heading | FormText | Slot, ...] = (
    _i(
        "Dit document is bedoeld voor aanvragers van de specifieke uitkering (SPUK) voor een "
        "experiment om domeinoverstijgend samen te werken vanuit de Jeugdwet, de Wmo, de Zvw en "
        "de Wlz. Door domeinoverstijgend samen te werken, kunnen nieuwe oplossingen "
        "(‘concepten’) gevonden worden die beter aansluiten op de behoeften van inwoners en "
        "naasten, waardoor zorg die valt onder de Wet langdurige zorg (Wlz) kan worden "
        "uitgesteld of voorkomen. Dit document helpt projectleiders om enerzijds de "
        "businesscase op te zetten, en anderzijds handvatten te bieden om het experiment te "
        "monitoren en te evalueren.",
        short="Dit document is bedoeld voor aanvragers van de specifieke uitkering (SPUK) voor "
        "een experiment om domeinoverstijgend samen te werken.",
    ),
    Heading(0, "Businesscase"),
    Heading(0, "Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025"),
    Slot("cover"),
    Heading(1, "Aanleiding"),
    _i("Criteria voor het experiment zijn als volgt:"),
    _i(
        "Het experiment moet in ieder geval bijdragen aan een verwachte verminderde behoefte "
        "aan Wlz-zorg. Bijeffecten kunnen zijn: een verwacht uitstel van intramurale opname of "
        "zelfs het voorkomen hiervan van inwoners in de betreffende zorgkantoorregio. Dit "
        "brengt mogelijk een verwachte kostenbesparing in de Wlz met zich mee maar dit hoeft "
        "niet uitsluitend in de Wlz te zijn.",
        "Het experiment richt zich op inwoners die nog geen Wlz-zorg ontvangen.",
        style="bullet",
    ),
    _i(
        "In dit format voor een businesscase moet u als aanvrager aannemelijk maken dat het "
        "experiment een verwachte positieve businesscase heeft. Oftewel: dat de verwachte baten "
        "minimaal zo groot zijn als de (extra) kosten die in het kader van het experiment worden "
        "gemaakt. In dit format moet u onderbouwen hoe u die kostenbesparing in de Wlz gaat "
        "realiseren door middel van het experiment. Daarnaast wordt ook een onderbouwde "
        "inschatting gevraagd van de eventuele meerkosten in de Wmo, de Zvw en de overige "
        "kosten die het experiment met zich meebrengt. We vragen om een kwantitatieve "
        "onderbouwing, maar ook naar een aantal kwalitatieve aspecten.",
        short="In dit format moet u als aanvrager aannemelijk maken dat het experiment een "
        "verwachte positieve businesscase heeft.",
    ),
    _i("Voor de SPUK zijn twee vormen van experimenten mogelijk:"),
    _i(
        "Een experiment met de inzet van een zogenaamde ‘centrale persoon’, zoals het geval was "
        "in de eerdere DOS-experimenten. Per cliënt die wordt geïncludeerd geldt dan een vaste "
        "uitkering van € 2.725.",
        "Een experiment waarbij de voorwaarde is dat minimaal 20% van de kosten van het "
        "experiment worden gedekt vanuit cofinanciering en maximaal 80% vanuit de aan te vragen "
        "uitkering.",
        style="bullet",
    ),
    _i(
        "Eerder hebben al experimenten plaatsgevonden in het kader van domeinoverstijgend "
        "samenwerken, die ook geëvalueerd zijn door Significant Public. Mogelijk helpen de "
        "uitgangspunten van en de geleerde lessen uit deze experimenten u bij de onderbouwing "
        "van het experiment in uw regio."
    ),
    _i("Het format bestaat uit twee delen:"),
    _i(
        "Beschrijving van het experiment: samenwerkende partijen, looptijd, doelstelling "
        "experiment, doelgroep en context, werkwijze, monitoring, samenwerking en borging.",
        "Inzicht in de kosten en baten van het experiment.",
        style="number",
    ),
    Heading(1, "Beschrijving van het experiment"),
    Heading(2, "Contactgegevens van samenwerkende partijen in experiment"),
    _q(
        "U doet als uitbreidingsgemeente of coördinerende gemeente van het experiment een "
        "aanvraag voor een specifieke uitkering. Zet in de tabel hieronder de namen van de "
        "organisaties die aan het experiment deelnemen en de volledige contactgegevens van de "
        "contactpersonen: naam, e-mailadres en telefoonnummer.",
        short="Zet in de tabel hieronder de namen van de organisaties en de contactgegevens van "
        "de contactpersonen.",
    ),
    Slot("contacts"),
    Heading(2, "Looptijd van het experiment"),
    _q(
        "Wat is de beoogde startdatum van het experiment? Hoeveel tijd is er (nog) nodig voor "
        "de voorbereidingen vóór de start?",
        short="Wat is de beoogde startdatum van het experiment?",
    ),
    _i("De startdatum is het moment dat de eerste (kwetsbare) inwoner kan worden geholpen."),
    Slot("start"),
    _q("Tot wanneer loopt het experiment?", short="Tot wanneer loopt het project?"),
    Slot("end"),
    Heading(2, "Doelstelling van het experiment"),
    _q(
        "Beschrijf welk maatschappelijk vraagstuk wordt aangepakt met het betreffende initiatief "
        "voor domeinoverstijgende samenwerking en bekostiging.",
        "In hoeverre wordt het centrale doel nagestreefd met de oplossing die u voor ogen heeft? "
        "En welke andere of onderliggende maatschappelijke effecten worden nagestreefd?",
        short="Beschrijf welk maatschappelijk vraagstuk wordt aangepakt.",
    ),
    _i(
        "Het centrale doel van het experiment is om de behoefte aan Wlz-zorg bij kwetsbare "
        "inwoners uit te stellen of te verminderen. Het gaat daarbij om inwoners die nog geen "
        "Wlz-zorg ontvangen.",
        "Een vaak voorkomend maatschappelijk effect is dat kwetsbare inwoners zo lang mogelijk, "
        "met kwaliteit van leven, thuis kunnen blijven wonen.",
        "Andere maatschappelijke effecten zijn bijvoorbeeld een gunstig effect op de kwaliteit "
        "van leven voor diens naasten, het verminderen van de druk op de arbeidsmarkt en "
        "informele (mantel)zorg, beter op elkaar afgestemde zorg en ondersteuning, een "
        "gunstiger effect op de tevredenheid van medewerkers, et cetera.",
        style="bullet",
    ),
    Slot("doelstelling"),
    Heading(2, "Doelgroep & context"),
    _q(
        "Beschrijf op welke primaire doelgroep(en) het initiatief zich richt in termen van "
        "(kwetsbare) inwoners en/of naasten (en mantelzorgers).",
        short="Beschrijf op welke primaire doelgroep(en) het initiatief zich richt.",
    ),
    _i(
        "Denk bijvoorbeeld aan de wetten (Jeugdwet, Wmo, Zvw en Wlz) en/of sectoren (VG, ggz, "
        "ouderenzorg) waarin de doelgroep zich bevindt en welke type problematiek zij ervaren "
        "(psychogeriatrie, lichamelijke klachten, mobiliteitsklachten, eenzaamheid, cognitief, "
        "verminderde zelfredzaamheid, et cetera).",
        style="bullet",
    ),
    Slot("doelgroep"),
    _q(
        "Op welk geografisch gebied is het experiment gericht? Denk aan de "
        "wijk/kern/stadsdeel/woonplaats.",
        short="Op welk gebied is het experiment gericht?",
    ),
    Slot("gebied"),
    _q(
        "Hoeveel (kwetsbare) inwoners beoogt u (ongeveer) te helpen met het experiment? Als u "
        "hier verandering in verwacht gedurende de looptijd van het experiment, kunt u dan een "
        "beeld geven van de verwachte ontwikkeling?",
        short="Hoeveel (kwetsbare) inwoners beoogt u te helpen met het experiment?",
    ),
    Slot("aantal"),
    _q(
        "Zijn er eventueel andere initiatieven waar dit experiment op aansluit?",
        short="Zijn er andere initiatieven waar het experiment op aansluit?",
    ),
    Slot("aansluitende_initiatieven"),
    Heading(2, "Werkwijze"),
    _i("In deze paragraaf vragen we u de (beoogde) werkwijze in het experiment te beschrijven."),
    _q(
        "Beschrijving van de werkwijze: hoe pakt u het experiment aan en welke activiteiten "
        "gaat u uitvoeren?",
        short="Beschrijving van de werkwijze: hoe pakt u het experiment aan?",
    ),
    Slot("werkwijze"),
    _q(
        "Licht hieronder voor het experiment in uw gemeente toe wat de aanpak is om dit "
        "vraagstuk op te lossen. Geef hierbij ook vooral aan wat het verschil is met de huidige "
        "aanpak. Wat is echt anders aan de gekozen werkwijze, voorziening, et cetera?",
        short="Licht hieronder toe wat de aanpak is om dit vraagstuk op te lossen.",
    ),
    Slot("themes"),
    _q(
        "Welke hypothesen zitten er achter de aanpak van het experiment (veronderstelling of "
        "aanname waar u van uitgaat) en waarom (op basis waarvan) gaat uw aanpak in de praktijk "
        "bijdragen aan de doelen zoals u deze eerder heeft geformuleerd?",
        short="Welke hypothesen zitten er achter de aanpak van het experiment?",
    ),
    Slot("hypothesen"),
    _q(
        "Waarom zou u de werkwijze zoals u deze omschrijft niet kunnen toepassen in de huidige "
        "praktijk? Met andere woorden, waarom is het nodig dat er een uitkering voor "
        "domein-overstijgende samenwerking komt?",
        short="Waarom kunt u de werkwijze niet toepassen in de huidige praktijk?",
    ),
    Slot("noodzaak_uitkering"),
    Heading(2, "Monitoring"),
    _i(
        "Voor het monitoren van het centrale doel van het experiment (uitstel/voorkomen van "
        "Wlz-zorg) en de mogelijke maatschappelijke bijeffecten zal objectief en onafhankelijk "
        "wetenschappelijk onderzoek worden uitgevoerd en moeten gegevens worden verzameld door "
        "middel van een monitor.",
        short="Voor het monitoren van het centrale doel van het experiment worden gegevens "
        "verzameld door middel van een monitor.",
    ),
    _i(MONITORING, short="Deelname aan deze monitor is verplicht."),
    Slot("monitoring"),
    Heading(2, "Samenwerking"),
    _q(
        "Beschrijf welke partijen betrokken zijn en samenwerking hebben toegezegd. Denk aan: "
        "gemeenten, het zorgkantoor, zorgverzekeraars, zorgaanbieders, welzijns- en "
        "vrijwilligersorganisaties. De samenwerking moet in ieder geval toegezegd zijn door "
        "gemeente(n), het zorgkantoor en minimaal één uitvoerende partij.",
        short="Beschrijf welke partijen samenwerking hebben toegezegd.",
    ),
    Slot("toegezegd"),
    _q(
        "Beschrijf hoe de samenwerking eruitziet en waar deze op berust. Dit is inclusief "
        "rolverdeling: beschrijf wat elke betrokken partij (gemeente, zorgkantoor, "
        "zorgverzekeraar, zorgaanbieder, welzijns- en vrijwilligersorganisatie, et cetera) doet.",
        short="Beschrijf hoe de samenwerking eruitziet, inclusief de rolverdeling.",
    ),
    Slot("samenwerking"),
    Heading(2, "Borging"),
    _q(
        "Beschrijf hoe de samenwerking tussen de verschillende stakeholders en daaruit volgende "
        "afspraken zijn geborgd. Daarbij kunt u denken aan inhoudelijke, financiële en "
        "operationele afspraken.",
        short="Beschrijf hoe de afspraken tussen de stakeholders zijn geborgd.",
    ),
    Slot("borging"),
    _q(
        "Hoe ziet u het vervolg van het experiment en de daarbij horende bekostiging voor zich, "
        "na afloop van de initiële looptijd van het experiment (bij uit de evaluatie gebleken "
        "gunstige resultaten)?",
        short="Hoe ziet u het vervolg van het experiment en de bekostiging daarvan voor zich?",
    ),
    Slot("vervolg"),
    Heading(1, "Kosten en baten"),
    _i(
        "In dit onderdeel vragen wij u om – voor zover mogelijk – een inschatting te maken van "
        "de kosten en baten van het experiment. De bedoeling is dat uit uw inschatting blijkt "
        "dat uw experiment een positieve businesscase oplevert, oftewel dat de gemaakte kosten "
        "niet hoger zijn dan de verwachte baten. Let op: de kosten en baten uit dit format "
        "kunnen niet een-op-een gebruikt worden voor de specificatie van de begroting die u "
        "moet meesturen bij de aanvraag van de SPUK (in geval van een experiment op basis van "
        "vergoeding van 80% van de kosten). Dit komt onder meer doordat de looptijd van het "
        "experiment anders kan zijn dan de periode van de SPUK (van 1 januari 2025 tot en met "
        "31 december 2025) en doordat de kosten (en baten) van de SPUK bij de verantwoording "
        "controleerbaar door een accountant moeten zijn.",
        short="In dit onderdeel vragen wij u om een inschatting te maken van de kosten en baten "
        "van het experiment.",
    ),
    _i(
        "Overigens zijn kosten voor reguliere bedrijfsvoering of langlopende verplichtingen "
        "zoals licenties voor automatisering zijn niet aan te merken als kosten voor het "
        "experiment."
    ),
    Heading(2, "Kosten"),
    _i(
        "Hieronder komen de kosten aan de orde die het experiment met zich meebrengt. We maken "
        "daarbij onderscheid tussen initiële projectkosten en uitvoeringskosten. Geef per "
        "kostenpost een korte toelichting en geef ook inzicht in wie de aan de kosten "
        "gerelateerde activiteiten uit gaat voeren. Dat kunnen ook meerdere partijen zijn. "
        "Probeer overlap in initiële en uitvoeringskosten te voorkomen. In de maatschappelijke "
        "prijslijst vindt u tarieven voor kostenposten. Deze tarieven zijn gemiddelden die na "
        "onderzoek tot stand zijn gekomen. Als u kostenposten opvoert die in de "
        "maatschappelijke prijslijst staan, dan moet u met die bedragen rekenen. Mocht een "
        "tarief voor uw experiment enorm afwijken, dan kunt u bij uitzondering met onderbouwing "
        "een ander tarief gebruiken.",
        short="Geef per kostenpost een korte toelichting en geef aan wie de activiteiten uitvoert.",
    ),
    Heading(3, "Initiële projectkosten"),
    _q(
        "Vul hieronder de initiële projectkosten in die nodig zijn om het experiment op te "
        "zetten en het overzicht van welke kosten door wie gefinancierd worden. Licht de "
        "onderliggende aannames toe, waar mogelijk inclusief bronverwijzing.",
        short="Vul hieronder de initiële projectkosten in.",
    ),
    Slot("initial"),
    Heading(3, "Uitvoeringskosten"),
    _q(
        "Vul hieronder de uitvoeringskosten in die nodig zijn voor het experiment, inclusief "
        "beschrijving (toelichting) en wie de bijbehorende activiteiten uitvoert. Daarbij kunt "
        "u denken aan:",
        short="Vul hieronder de uitvoeringskosten in.",
    ),
    _i(
        "Opleidingskosten/bijscholing/intervisie.",
        "Kosten projectleider/coördinator.",
        "Extra inzet van arrangeurs.",
        "Extra inzet van anderen, zoals vrijwilligers.",
        "Extra kosten Wmo, zoals hulp bij huishouden.",
        "Extra kosten Zvw, zoals wijkverpleging.",
        "Overige kosten (graag specificeren).",
        style="bullet",
    ),
    _i("Licht de onderliggende aannames toe, waar mogelijk inclusief bronverwijzing."),
    Slot("execution"),
    Slot("partners"),
    Heading(2, "Financiële en maatschappelijke baten"),
    _q(
        "Hieronder volgen de verwachten baten van het experiment inclusief beschrijving "
        "(toelichting). Licht de onderliggende aannames toe, waar mogelijk inclusief "
        "bronverwijzing. In onderstaande tabel kunt u de kwantitatieve verwachte besparingen "
        "invullen.",
        short="Hieronder volgen de verwachte baten van het experiment. Vul de verwachte "
        "besparingen in de tabel in.",
    ),
    Slot("benefits"),
    _q(
        "Hieronder kunt u de waarden die u eerder berekend heeft samenvoegen, om zo het "
        "financiële effect van uw experiment in te zien.",
        short="Hieronder voegt u de eerder berekende waarden samen.",
    ),
    Slot("effect"),
    _q(
        "In de onderstaande tabel kunt u aangeven welke kwalitatieve opbrengsten u verwacht van "
        "het experiment. Daarbij kunt u bijvoorbeeld denken aan:",
        short="Geef in de tabel aan welke kwalitatieve opbrengsten u verwacht.",
    ),
    _i(
        "Langer thuis wonen",
        "Een betere kwaliteit van leven voor de inwoner.",
        "Effecten voor naasten.",
        "Effecten voor de professional (werkplezier, verzuim, et cetera).",
        style="bullet",
    ),
    Slot("qualitative"),
)
"""The 2025 form, in order."""

CONTACT_HEADER = (
    "",
    "Naam van de organisatie",
    "Naam van de contactpersoon",
    "E-mailadres van de contactpersoon",
    "Telefoonnummer van de contactpersoon",
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
THEMES_HEADER = (
    "Wat is de huidige werkwijze/aanpak van het vraagstuk ?",
    "Wat is de aanpak in het experiment en waarin verschilt deze van de huidige werkwijze/aanpak?",
)
INITIAL_HEADER = (
    "Kostenpost",
    "Korte beschrijving van de kosten",
    "Wie voert de bijbehorende activiteiten uit?",
    "Kosten",
)
EXECUTION_HEADER = (
    "Kostenpost",
    "Beschrijving van de kosten",
    "Wie voert de bijbehorende activiteiten uit?",
    "Waarde",
)
INITIAL_TOTAL = "Totaal initiële projectkosten"
EXECUTION_TOTAL = "Totaal uitvoeringskosten"
PARTNERS_TITLE = "Partners 2025"
BENEFITS_HEADER = ("Financiële baten", "", "Waarde", "Toelichting")
ROUTES = {
    "uitstel_mpt_vpt": (
        "Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT",
        "(A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen",
        "(B) Aantal inwoners uitstel Wlz (aantal inwoners voor wie uitstel verwacht wordt)",
        "(C) Gemiddelde kosten van MPT- of VPT-zorg in de Wlz per dag per inwoner",
        "Verwachte totale besparing door uitstel Wlz-zorg (MPT, VPT) = A * B * C",
    ),
    "uitstel_intramuraal": (
        "Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting",
        "(A) Verwachte uitstel opname in verpleeghuis, in dagen",
        "(B) Aantal inwoners uitstel opname in intramurale setting (aantal inwoners voor wie "
        "uitstel verwacht wordt)",
        "(C) Gemiddelde kosten zorg in intramurale setting",
        "Verwachte totale besparing door uitstel opname in intramurale setting = A * B * C",
    ),
}
OTHER_SAVINGS = "Overige besparingen"
OTHER_SAVINGS_HINT = "Bijvoorbeeld in Wmo of in Zvw."
EFFECT_TITLE = "Verwacht financieel effect van de businesscase"
EFFECT_LABELS = {
    "initiele_kosten": ("Kosten", "Initiële projectkosten"),
    "uitvoeringskosten": ("", "Uitvoeringskosten"),
    "totaal_kosten": ("", "Totaal kosten"),
    "uitstel_mpt_vpt": ("Baten", "Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT"),
    "uitstel_intramuraal": (
        "",
        "Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting",
    ),
    "overige_besparingen": ("", "Overige besparingen"),
    "totaal_baten": ("", "Totaal baten"),
}
EFFECT_TOTAL = "Totaal financieel effect van experiment (baten - kosten)"
QUALITATIVE_HEADER = (
    "Maatschappelijke baten en andere baten (kwalitatief)",
    "Beschrijving (en onderbouwing)",
)


def form_texts(kind: str) -> list[str]:
    """Every paragraph of the form's own text of ``kind`` (``question`` or ``instruction``),
    as in the form (unshortened)."""
    return [p for item in FORM if isinstance(item, FormText) and item.kind == kind
            for p in item.paragraphs]  # fmt: skip


def sections() -> Iterator[tuple[Heading | None, list[Heading | FormText | Slot]]]:
    """The form's sections: each heading with the items up to the next heading."""
    heading: Heading | None = None
    items: list[Heading | FormText | Slot] = []
    for item in FORM:
        if isinstance(item, Heading):
            yield heading, items
            heading, items = item, []
        else:
            items.append(item)
    yield heading, items


def form_items(instructions: Instructions) -> list[Heading | FormText | Slot]:
    """The form as an applicant leaves it: instructions kept, shortened, deleted, or bare."""
    kept: list[Heading | FormText | Slot] = []
    for heading, items in sections():
        if heading is not None:
            kept.append(heading)
        questions = sum(1 for i in items if isinstance(i, FormText) and i.kind == "question")
        for item in items:
            if not isinstance(item, FormText) or instructions == "kept":
                kept.append(item)
            elif instructions == "shortened":
                if item.short is not None:
                    kept.append(FormText(item.kind, item.short, item.style))
            elif item.kind == "question" and not (instructions == "bare" and questions == 1):
                kept.append(item)
    return kept


# -- spelling ---------------------------------------------------------------------------------
def _dutch(value: Decimal, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def spell_amount(value: Decimal, style: Amounts) -> str:
    """An amount (≥ 0) as the style writes it; see :data:`AMOUNT_STYLES`."""
    whole = value == value.to_integral_value()
    if style == "eur-cents":
        return f"€ {_dutch(value, 2)}"
    if style == "eur-whole":
        return f"€ {_dutch(value, 0 if whole else 2)}"
    if style == "eur-dash":
        return f"€{_dutch(value, 0)},-" if whole else f"€{_dutch(value, 2)}"
    if style == "eur-code":
        return f"EUR {_dutch(value, 2)}"
    if style == "dots":
        return _dutch(value, 0 if whole else 2)
    if style == "plain":
        return _dutch(value, 0 if whole else 2).replace(".", "")
    return f"{_dutch(value, 2)} euro"


def spell_saldo(value: Decimal, amounts: Amounts, style: Saldo) -> str:
    """The net effect with its sign: ``+/+ € 78.525,00``, ``-/- € 1.000,00`` or ``+ €`` ..."""
    text = spell_amount(abs(value), amounts)
    if value == 0:
        return text
    if style == "slashes":
        return ("+/+ " if value > 0 else "-/- ") + text
    return ("+ " if value > 0 else "- ") + text


def spell_number(value: Decimal) -> str:
    """A factor (A, B) as Dutch text: ``182,5``, ``6,1``, ``150``."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def spell_days(value: Decimal, style: Factors) -> str:
    if style == "bare":
        return spell_number(value)
    text = f"{spell_number(value)} dagen"
    if style == "months":
        months = int((value / 30).to_integral_value(ROUND_HALF_UP))
        text += f" ({months} {'maand' if months == 1 else 'maanden'})"
    return text


def spell_residents(value: Decimal, style: Factors) -> str:
    return spell_number(value) if style == "bare" else f"{spell_number(value)} inwoners"


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")  # fmt: skip


def spell_date(value: date, rng: random.Random, end: bool) -> str:
    """A date as applicants write it; a whole month only where it means that day."""
    styles = ["long", "numeric", "short"]
    month_end = (value.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if (end and value == month_end) or (not end and value.day == 1):
        styles.append("month")
    style = rng.choice(styles)
    if style == "long":
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if style == "numeric":
        return value.strftime("%d-%m-%Y")
    if style == "short":
        return f"{value.day}-{value.month}-{value.year}"
    return f"{MONTHS[value.month - 1].capitalize()} {value.year}"


# -- the document -----------------------------------------------------------------------------
FONT = "Arial"
TABLE_TEXT = Pt(9)
FIXED_TIME = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
ZIP_TIME = (2025, 1, 6, 9, 0, 0)


class _Writer:
    def __init__(self, app: dict[str, Any], variation: Variation) -> None:
        self.app = app
        self.v = variation
        self.rng = random.Random(variation.seed)
        self.bullets = self.rng.choice(("style", "style", "- ", "• "))
        self.doc: DocumentObject = Document()
        self.numbers = [0, 0, 0]
        self._setup()

    # set-up
    def _setup(self) -> None:
        section = self.doc.sections[0]
        if self.v.page == "A4":
            section.page_width, section.page_height = Mm(210), Mm(297)
        else:
            section.page_width, section.page_height = Mm(215.9), Mm(279.4)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.5))
        section.top_margin = section.bottom_margin = Cm(2.2)
        styles = self.doc.styles
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet",
                     "List Number"):  # fmt: skip
            style: Any = styles[name]
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = rpr.makeelement(qn("w:rFonts"), {})
                rpr.insert(0, fonts)
            for attribute in list(fonts.attrib):
                del fonts.attrib[attribute]
            for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attribute), FONT)
        styles["Normal"].font.size = Pt(10)  # type: ignore[attr-defined]
        properties = self.doc.core_properties
        properties.author = properties.last_modified_by = ""
        properties.created = properties.modified = FIXED_TIME
        properties.revision = 1
        properties.title = "Businesscase SPUK DOS 2025"
        if self.v.headings == "numbered-auto":
            self._numbering()

    def _numbering(self) -> None:
        """A multilevel list (1. / 2.3 / 3.1.1) for the heading styles."""
        numbering = self.doc.part.numbering_part.element
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="{567 * (i + 1)}"/></w:pPr>'
            "</w:lvl>"
            for i, text in enumerate(("%1.", "%1.%2", "%1.%2.%3"))
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:  # pragma: no cover - the default template has lists
            numbering.append(abstract)
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
        )

    # paragraphs
    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        """A paragraph; ``style`` is a style id of the template (faster than by name)."""
        paragraph = self.doc.add_paragraph(text)
        if style is not None:
            paragraph._p.style = style
        return paragraph

    def heading(self, item: Heading) -> None:
        text = item.text
        if item.level:
            self.numbers[item.level - 1] += 1
            for deeper in range(item.level, 3):
                self.numbers[deeper] = 0
            number = ".".join(str(n) for n in self.numbers[: item.level])
            if self.v.headings == "numbered-typed":
                text = f"{number}. {text}" if item.level == 1 else f"{number} {text}"
        if self.v.headings == "bold":
            paragraph = self.doc.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt((18, 14, 12, 11)[item.level])
            return
        paragraph = self.paragraph(text, "Title" if item.level == 0 else f"Heading{item.level}")
        if item.level and self.v.headings == "numbered-auto":
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{item.level - 1}"/>'
                    '<w:numId w:val="90"/></w:numPr>'
                )
            )

    def form_text(self, item: FormText) -> None:
        for text in item.paragraphs:
            style = {"bullet": "ListBullet", "number": "ListNumber"}.get(item.style)
            self.paragraph(text, style)

    def answer(self, text: str | None, blank: bool = True) -> None:
        """An answer: each line a paragraph, ``- `` lines as bullets."""
        for line in (text or "").split("\n"):
            if not line.strip():
                continue
            if line.startswith("- "):
                if self.bullets == "style":
                    self.paragraph(line[2:], "ListBullet")
                else:
                    self.doc.add_paragraph(self.bullets + line[2:])
            else:
                self.doc.add_paragraph(line)
        if blank:
            self.doc.add_paragraph()

    # tables
    def table(self, rows: list[list[str]], widths: tuple[float, ...]) -> Table:
        table = self.doc.add_table(rows=len(rows), cols=len(widths))
        table.style = "Table Grid"
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        for row, texts in zip(table.rows, rows, strict=True):
            for c, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
                cell.width = Cm(widths[c])
                for i, line in enumerate(text.split("\n") if text else []):
                    paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    if line:  # an empty cell has no run, so that merging it adds nothing
                        paragraph.add_run(line).font.size = TABLE_TEXT
        return table

    def after_table(self) -> None:
        self.doc.add_paragraph()

    # -- spelling shortcuts
    def amount(self, value: Decimal) -> str:
        return spell_amount(value, self.v.amounts)

    def write(self) -> DocumentObject:
        previous: Heading | FormText | Slot | None = None
        for item in form_items(self.v.instructions):
            if isinstance(previous, FormText) and not isinstance(item, FormText):
                self.doc.add_paragraph()  # the empty line under the form's text
            if isinstance(item, Heading):
                self.heading(item)
            elif isinstance(item, FormText):
                self.form_text(item)
            else:
                getattr(self, f"slot_{item.name}")()
            previous = item
        return self.doc

    # -- the slots, in the form's order
    def slot_cover(self) -> None:
        experiment = self.app["experiment"]
        self.doc.add_paragraph(f"Gemeente {experiment['gemeente']}")
        self.doc.add_paragraph(experiment["naam"])
        self.doc.add_paragraph()

    def slot_contacts(self) -> None:
        rows = [list(CONTACT_HEADER)]
        for role, label in ROLE_LABELS.items():
            parties = [p for p in self.app["partijen"] if p["rol"] == role]
            if not parties:
                rows.append([label, "", "", "", ""])
            for i, party in enumerate(parties):
                persons = party["contactpersonen"]
                rows.append(
                    [
                        label if i == 0 else "",
                        party["organisatie"],
                        "\n".join(p["naam"] for p in persons),
                        "\n".join(p["email"] for p in persons),
                        "\n".join(p["telefoon"] for p in persons),
                    ]
                )
        self.table(rows, (2.6, 3.0, 2.9, 4.9, 2.6))
        self.after_table()

    def slot_start(self) -> None:
        experiment = self.app["experiment"]
        self.doc.add_paragraph(spell_date(experiment["startdatum"], self.rng, end=False))
        self.answer(experiment.get("voorbereiding"))

    def slot_end(self) -> None:
        self.doc.add_paragraph(spell_date(self.app["experiment"]["einddatum"], self.rng, True))
        self.doc.add_paragraph()

    def _description(self, key: str) -> None:
        self.answer(self.app["beschrijving"].get(key))

    def slot_doelstelling(self) -> None:
        self._description("doelstelling")

    def slot_doelgroep(self) -> None:
        self._description("doelgroep")

    def slot_gebied(self) -> None:
        self._description("gebied")

    def slot_aantal(self) -> None:
        count = self.app["beschrijving"]["aantal_inwoners"]
        written = f"{count:,}".replace(",", ".")
        sentence = self.rng.choice(
            (f"Ongeveer {written} inwoners.", f"Circa {written} inwoners", f"{written} inwoners",
             f"{written}", f"Ongeveer {written}.")
        )  # fmt: skip
        self.doc.add_paragraph(sentence)
        self._description("ontwikkeling")

    def slot_aansluitende_initiatieven(self) -> None:
        self._description("aansluitende_initiatieven")

    def slot_werkwijze(self) -> None:
        self.answer(self.app["beschrijving"]["werkwijze"].get("beschrijving"))

    def slot_themes(self) -> None:
        numbered = self.rng.random() < 0.6
        rows = [list(THEMES_HEADER)]
        for i, theme in enumerate(self.app["beschrijving"]["werkwijze"]["themas"], 1):
            if numbered:
                first = f"{i}. {theme['thema']}: {theme['huidig']}"
            else:
                first = f"{theme['thema']}\n{theme['huidig']}"
            rows.append([first, theme["experiment"]])
        self.table(rows, (8.0, 8.0))
        self.after_table()

    def slot_hypothesen(self) -> None:
        self._description("hypothesen")

    def slot_noodzaak_uitkering(self) -> None:
        self._description("noodzaak_uitkering")

    def slot_monitoring(self) -> None:
        monitoring = self.app["beschrijving"].get("monitoring") or {}
        self.answer(monitoring.get("toelichting"))

    def slot_toegezegd(self) -> None:
        names = dict.fromkeys(p["organisatie"] for p in self.app["partijen"] if p["toegezegd"])
        self.answer("\n".join(f"- {name}" for name in names))

    def slot_samenwerking(self) -> None:
        self._description("samenwerking")

    def slot_borging(self) -> None:
        self._description("borging")

    def slot_vervolg(self) -> None:
        self._description("vervolg")

    def _cost_rows(self, posts: list[dict[str, Any]]) -> list[list[str]]:
        return [
            [p["kostenpost"], p["beschrijving"], p["uitvoerder"], self.amount(p["bedrag"])]
            for p in posts
        ]

    def _cost_table(self, header: tuple[str, ...], rows: list[list[str]], total: str,
                    amount: Decimal, note: bool) -> None:  # fmt: skip
        rows = [list(header), *rows]
        if self.v.rows == "empty-row":
            rows.append(["", "", "", ""])
        if note and self.v.rows == "note-row":
            rows.append([NOTE_ROW, "", "", ""])
        rows.append([total, "", "", self.amount(amount)])
        self.table(rows, (3.4, 6.0, 3.6, 3.0))
        if note and self.v.rows == "note-paragraph":
            self.doc.add_paragraph(NOTE_PARAGRAPH)
        self.after_table()

    def slot_initial(self) -> None:
        posts = self.app["kosten"]["initieel"]
        rows = self._cost_rows(posts)
        if not posts:
            empty = self.rng.random() < 0.5
            rows = [["", "", "", ""]] if empty else [
                ["Geen", "Er worden geen initiële projectkosten gemaakt.", "", ""]
            ]  # fmt: skip
        self._cost_table(INITIAL_HEADER, rows, INITIAL_TOTAL,
                         self.app["opgave"]["initiele_kosten"], note=False)  # fmt: skip

    def slot_execution(self) -> None:
        posts = self.app["kosten"]["uitvoering"]
        self._cost_table(EXECUTION_HEADER, self._cost_rows(posts), EXECUTION_TOTAL,
                         self.app["opgave"]["uitvoeringskosten"], note=True)  # fmt: skip

    def _partner_label(self, name: str) -> str:
        if self.v.labels == "names":
            return name
        role = next((p["rol"] for p in self.app["partijen"] if p["organisatie"] == name), "")
        short = name.removeprefix("Zorgverzekeraar ")
        if self.v.labels == "people-a":
            if role == "gemeente":
                return "Gemeente bijdrage"
            if role == "zorgverzekeraar":
                return f"Bijdrage zorgverzekeraar {short}"
            return f"Bijdrage {name}"
        if role == "gemeente":
            return "Eigen bijdrage gemeente"
        if role == "zorgverzekeraar":
            return f"Bijdrage zorgverzekeraar {short}"
        return f"Eigen bijdrage {name}"

    def _grant_label(self) -> str:
        financing = self.app["financiering"]
        clients = financing.get("aantal_clienten")
        if self.app["experiment"]["variant"] == "centraal_persoon" and clients is not None:
            return {
                "names": f"Uitkering SPUK DOS ({clients} cliënten)",
                "people-a": f"SPUK DOS {clients} x € 2.725",
                "people-b": f"Aangevraagde uitkering ({clients} cliënten à € 2.725)",
            }[self.v.labels]
        costs = self.app["opgave"]["initiele_kosten"] + self.app["opgave"]["uitvoeringskosten"]
        pct = int((financing["uitkering"] * 100 / costs).to_integral_value(ROUND_HALF_UP))
        if self.v.labels == "names":
            return "Uitkering SPUK DOS"
        if self.v.labels == "people-a":
            return f"SPUK DOS {pct}%"
        return "Aangevraagde uitkering SPUK DOS" if self.v.seed % 2 else f"Uitkering ({pct}%)"

    def slot_partners(self) -> None:
        financing = self.app["financiering"]
        rows = [[PARTNERS_TITLE, ""]]
        for contribution in financing.get("bijdragen") or []:
            rows.append([self._partner_label(contribution["partij"]),
                         self.amount(contribution["bedrag"])])  # fmt: skip
        rows.append([self._grant_label(), self.amount(financing["uitkering"])])
        rows.append(["Totaal", self.amount(financing["totaal"])])
        self.table(rows, (9.0, 7.0))
        self.after_table()

    def slot_benefits(self) -> None:
        baten = self.app["baten"]
        rows = [list(BENEFITS_HEADER)]
        spans: list[tuple[int, int]] = []
        for route, labels in ROUTES.items():
            block = baten[route]
            first = len(rows)
            values = (
                (spell_days(block["dagen"], self.v.factors), block.get("toelichting_dagen")),
                (spell_residents(block["inwoners"], self.v.factors),
                 block.get("toelichting_inwoners")),
                (self.amount(block["kosten_per_dag"]), block.get("toelichting_kosten")),
                (self.amount(block["totaal"]), ""),
            )  # fmt: skip
            for i, ((value, note), label) in enumerate(zip(values, labels[1:], strict=True)):
                rows.append([labels[0] if i == 0 else "", label, value, note or ""])
            spans.append((first, len(rows) - 1))
        savings = baten.get("overige") or []
        first = len(rows)
        if not savings:
            rows.append([OTHER_SAVINGS, OTHER_SAVINGS_HINT, "", ""])
        for i, item in enumerate(savings):
            rows.append([OTHER_SAVINGS if i == 0 else "", item["omschrijving"],
                         self.amount(item["bedrag"]), item.get("toelichting") or ""])  # fmt: skip
        if len(rows) - first > 1:
            spans.append((first, len(rows) - 1))
        table = self.table(rows, (3.2, 6.0, 3.0, 3.8))
        if self.v.cells == "merged":
            for top, bottom in spans:
                table.cell(top, 0).merge(table.cell(bottom, 0))
        self.after_table()

    def slot_effect(self) -> None:
        opgave = self.app["opgave"]
        baten = self.app["baten"]
        values = {**opgave, **{route: baten[route]["totaal"] for route in ROUTES}}
        rows = [[EFFECT_TITLE, "", ""]]
        for key, (group, label) in EFFECT_LABELS.items():
            if key not in values:
                continue
            rows.append([group, label, self.amount(values[key])])
        rows.append([EFFECT_TOTAL, "", spell_saldo(opgave["saldo"], self.v.amounts,
                                                   self.v.saldo)])  # fmt: skip
        table = self.table(rows, (3.6, 8.4, 4.0))
        if self.v.cells == "merged":
            table.cell(0, 0).merge(table.cell(0, 2))
            table.cell(len(rows) - 1, 0).merge(table.cell(len(rows) - 1, 1))
        self.after_table()

    def slot_qualitative(self) -> None:
        rows = [list(QUALITATIVE_HEADER)]
        rows += [[q["baat"], q["onderbouwing"]] for q in self.app["baten"]["kwalitatief"]]
        self.table(rows, (6.0, 10.0))


def build(app: dict[str, Any], variation: Variation | None = None) -> DocumentObject:
    """The filled-in form of ``app`` as a python-docx document."""
    return _Writer(deepcopy(app), variation or Variation()).write()


def docx_bytes(app: dict[str, Any], variation: Variation | None = None) -> bytes:
    """The filled-in form as the bytes of a .docx file, the same bytes for the same input
    (fixed document properties and zip times)."""
    raw = io.BytesIO()
    build(app, variation).save(raw)
    return _fixed_zip(raw.getvalue())


def write_docx(app: dict[str, Any], variation: Variation | None, path: Path) -> Path:
    path.write_bytes(docx_bytes(app, variation))
    return path


def _fixed_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
