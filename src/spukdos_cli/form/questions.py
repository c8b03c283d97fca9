"""The form's own questions, one per key of the file format, each with an example answer.

The questions are those of the 2025 businesscase format ("Businesscase Experimenten
domeinoverstijgend samenwerken (SPUK DOS) 2025", shared/seeds/000_fcbfa76b3b883489.txt),
quoted where the form asks them and written in the form's words where it only shows a
table heading. Example answers come from the reference application (Amstelveen) where it
gives one, and are illustrations otherwise. The starter file (``spukdos init``) prints
them as comments; ``docs/format.md`` shows them beside each key. A test keeps this table
and the model in step: every key has a question, every question a key.

The form is Dutch, so these are its questions; ``spukdos init --lang en`` shows the
translation in :mod:`spukdos_cli.form.questions_en` instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    """``vraag``: the form's question; ``voorbeeld``: an example answer as it would be
    typed in the file; ``kop``: a heading shown above the key in the starter file;
    ``optional``: overrides the "(optioneel)" marker the starter derives from
    completeness (None: derived)."""

    vraag: str
    voorbeeld: str | None = None
    kop: str | None = None
    optional: bool | None = None


def _posts(base: str, first: str) -> dict[str, Question]:
    return {
        f"{base}[].kostenpost": Question("Kostenpost.", first),
        f"{base}[].beschrijving": Question(
            "Korte beschrijving van de kosten. Licht de onderliggende aannames toe, waar "
            "mogelijk inclusief bronverwijzing.",
            '"Ziet toe op voorbereiding, implementatie en borging."',
        ),
        f"{base}[].uitvoerder": Question(
            "Wie voert de bijbehorende activiteiten uit? Dat kunnen ook meerdere partijen zijn.",
            '"Brentano en Participe Amstelland"',
        ),
        f"{base}[].bedrag": Question("Kosten, in euro.", "100.000,00"),
        f"{base}[].domein": Question("In welk domein vallen de kosten?", "wmo"),
        f"{base}[].tarief": Question(
            "Staat de kostenpost in de maatschappelijke prijslijst? Dan moet u met dat tarief "
            "rekenen: geef hier de sleutel van het tarief ('spukdos prices' toont ze).",
            "zi-begeleiding-thuis-uur-2022",
        ),
        f"{base}[].aantal": Question(
            "Aantal eenheden (uren, dagen, ...) van dat tarief; spukdos vergelijkt bedrag ÷ "
            "aantal met de prijslijst.",
            "520",
        ),
        f"{base}[].onderbouwing_tarief": Question(
            "Wijkt uw tarief enorm af van de prijslijst? Dan kunt u bij uitzondering met "
            "onderbouwing een ander tarief gebruiken: geef die onderbouwing hier.",
        ),
    }


def _delay(
    base: str, what: str, questions: tuple[str, str, str], examples: tuple[str, str, str, str]
) -> dict[str, Question]:
    days, residents, cost = questions
    return {
        f"{base}.dagen": Question(days, examples[0]),
        f"{base}.toelichting_dagen": Question(
            "Toelichting op A: waarop is het verwachte uitstel gebaseerd?",
            '"Half jaar uitstel"',
        ),
        f"{base}.inwoners": Question(residents, examples[1]),
        f"{base}.toelichting_inwoners": Question(
            "Toelichting op B: hoe komt u aan dit aantal inwoners?",
            '"Op basis van het aantal Wlz-indicaties in de wijken in 2024"',
        ),
        f"{base}.kosten_per_dag": Question(cost, examples[2]),
        f"{base}.toelichting_kosten": Question(
            "Toelichting op C: welk tarief, uit welke bron?",
            '"gemiddeld tarief excl. behandeling, VPT 5-6-7"',
        ),
        f"{base}.tarief": Question(
            "Sleutel van het tarief C in de maatschappelijke prijslijst ('spukdos prices' "
            "toont ze); spukdos vergelijkt C dan met de prijslijst.",
            "zi-verpleeghuis-dag-2022",
        ),
        f"{base}.onderbouwing_tarief": Question(
            "Wijkt C enorm af van de prijslijst? Geef dan hier de onderbouwing.",
        ),
        f"{base}.totaal": Question(
            f"Verwachte totale besparing door {what} = A × B × C, zoals u die in het format "
            "invult; spukdos rekent hem na (op hele centen, half naar boven).",
            examples[3],
        ),
    }


QUESTIONS: dict[str, Question] = {
    "spukdos": Question("Versie van het bestandsformaat. Niet wijzigen.", "1"),
    "regeling_jaar": Question("Het jaar van de regeling (SPUK DOS) waarvoor u aanvraagt.", "2025"),
    # -- experiment: algemeen and looptijd ---------------------------------------------
    "experiment": Question(
        "Het experiment: naam, aanvragende gemeente, vorm en looptijd.", kop="Algemeen"
    ),
    "experiment.naam": Question(
        "Wat is de naam van het experiment?",
        '"Van Ouderenzorg naar Samenzorg – Collectieve Preventie in de Wijk"',
    ),
    "experiment.gemeente": Question(
        "Welke gemeente doet de aanvraag, als uitbreidingsgemeente of coördinerende gemeente "
        "van het experiment?",
        '"Amstelveen"',
    ),
    "experiment.variant": Question(
        "Welke vorm heeft het experiment? centraal_persoon: een experiment met de inzet van "
        "een 'centrale persoon', met een vaste uitkering per cliënt die wordt geïncludeerd. "
        "cofinanciering: minimaal 20% van de kosten gedekt vanuit cofinanciering en "
        "maximaal 80% vanuit de aan te vragen uitkering.",
        "cofinanciering",
    ),
    "experiment.startdatum": Question(
        "Wat is de beoogde startdatum van het experiment? De startdatum is het moment dat de "
        "eerste (kwetsbare) inwoner kan worden geholpen.",
        "2025-01-01",
        kop="2. Looptijd van het experiment",
    ),
    "experiment.einddatum": Question("Tot wanneer loopt het experiment?", "2025-12-31"),
    "experiment.voorbereiding": Question(
        "Hoeveel tijd is er (nog) nodig voor de voorbereidingen vóór de start?",
        '"Twee maanden: werven van vrijwilligers en scholing van de wijkteams."',
    ),
    # -- 1. partijen ----------------------------------------------------------------------
    "partijen": Question(
        "Contactgegevens van samenwerkende partijen in experiment. Zet hieronder de namen van "
        "de organisaties die aan het experiment deelnemen en de volledige contactgegevens van "
        "de contactpersonen: naam, e-mailadres en telefoonnummer. Eén blok per organisatie.",
        kop="1. Samenwerkende partijen",
    ),
    "partijen[].rol": Question("Rol van de partij in het experiment.", "gemeente"),
    "partijen[].organisatie": Question("Naam van de organisatie.", '"Gemeente Amstelveen"'),
    "partijen[].toegezegd": Question(
        "Heeft deze partij samenwerking toegezegd? De samenwerking moet in ieder geval "
        "toegezegd zijn door gemeente(n), het zorgkantoor en minimaal één uitvoerende partij.",
        "ja",
    ),
    "partijen[].taak": Question(
        "Wat doet deze partij in het experiment (de rolverdeling)?",
        '"Vraagt de specifieke uitkering aan en verzorgt na afloop de verantwoording (SiSa)."',
    ),
    "partijen[].contactpersonen": Question(
        "De contactpersoon of contactpersonen van de organisatie; één blok per persoon."
    ),
    "partijen[].contactpersonen[].naam": Question(
        "Naam van de contactpersoon.", '"Marieke Jansen"'
    ),
    "partijen[].contactpersonen[].email": Question(
        "E-mailadres van de contactpersoon.", '"m.jansen@gemeente.example"'
    ),
    "partijen[].contactpersonen[].telefoon": Question(
        "Telefoonnummer van de contactpersoon.", '"06-12345601"'
    ),
    # -- 3.-8. beschrijving ---------------------------------------------------------------
    "beschrijving": Question("Beschrijving van het experiment (deel 1 van het format)."),
    "beschrijving.doelstelling": Question(
        "Beschrijf welk maatschappelijk vraagstuk wordt aangepakt met het betreffende "
        "initiatief voor domeinoverstijgende samenwerking en bekostiging. In hoeverre wordt "
        "het centrale doel nagestreefd met de oplossing die u voor ogen heeft? En welke andere "
        "of onderliggende maatschappelijke effecten worden nagestreefd?",
        '"Het centrale doel is de behoefte aan Wlz-zorg bij kwetsbare ouderen uit te stellen '
        'door collectieve preventie in de wijk."',
        kop="3. Doelstelling van het experiment",
    ),
    "beschrijving.doelgroep": Question(
        "Beschrijf op welke primaire doelgroep(en) het initiatief zich richt in termen van "
        "(kwetsbare) inwoners en/of naasten (en mantelzorgers). Denk aan de wetten (Jeugdwet, "
        "Wmo, Zvw en Wlz) en/of sectoren (VG, ggz, ouderenzorg) waarin de doelgroep zich "
        "bevindt en welke type problematiek zij ervaren.",
        "\"Zelfstandig thuiswonende ouderen; thema's eenzaamheid, mobiliteit en "
        'mantelzorgondersteuning."',
        kop="4. Doelgroep en context",
    ),
    "beschrijving.gebied": Question(
        "Op welk geografisch gebied is het experiment gericht? Denk aan de "
        "wijk/kern/stadsdeel/woonplaats.",
        '"Vier wijken: Elsrijk, Bankras Kostverloren, Keizer Karelpark en Groenelaan."',
    ),
    "beschrijving.aantal_inwoners": Question(
        "Hoeveel (kwetsbare) inwoners beoogt u (ongeveer) te helpen met het experiment? Een "
        "geheel getal.",
        "7200",
    ),
    "beschrijving.ontwikkeling": Question(
        "Als u verandering in dat aantal verwacht gedurende de looptijd van het experiment, "
        "kunt u dan een beeld geven van de verwachte ontwikkeling?",
        '"Het aandeel 65-plussers neemt toe van 19 % naar 21 % in 2040."',
    ),
    "beschrijving.aansluitende_initiatieven": Question(
        "Zijn er eventueel andere initiatieven waar dit experiment op aansluit?",
        '"Sociale Benadering Dementie; Lang Leven Thuisflats."',
    ),
    "beschrijving.werkwijze": Question(
        "In deze paragraaf vragen we u de (beoogde) werkwijze in het experiment te beschrijven.",
        kop="5. Werkwijze",
    ),
    "beschrijving.werkwijze.beschrijving": Question(
        "Beschrijving van de werkwijze: hoe pakt u het experiment aan en welke activiteiten "
        "gaat u uitvoeren?",
        '"In 2025 verdiepen we de samenwerking tussen zorg en welzijn per wijk."',
    ),
    "beschrijving.werkwijze.themas": Question(
        "Licht toe wat de aanpak is om dit vraagstuk op te lossen. Geef hierbij ook vooral aan "
        "wat het verschil is met de huidige aanpak. Wat is echt anders aan de gekozen "
        "werkwijze, voorziening, et cetera? Eén blok per thema."
    ),
    "beschrijving.werkwijze.themas[].thema": Question(
        "Naam van het thema.", '"Kringen van ouderen"'
    ),
    "beschrijving.werkwijze.themas[].huidig": Question(
        "Wat is de huidige werkwijze/aanpak van het vraagstuk?",
        '"Ouderen worden via peer-to-peer zorg met elkaar verbonden."',
    ),
    "beschrijving.werkwijze.themas[].experiment": Question(
        "Wat is de aanpak in het experiment en waarin verschilt deze van de huidige "
        "werkwijze/aanpak?",
        '"De kringen worden bestendigd in vier wijkteams met een community-up aanpak."',
    ),
    "beschrijving.hypothesen": Question(
        "Welke hypothesen zitten er achter de aanpak van het experiment (veronderstelling of "
        "aanname waar u van uitgaat) en waarom (op basis waarvan) gaat uw aanpak in de "
        "praktijk bijdragen aan de doelen zoals u deze eerder heeft geformuleerd?",
        '"Hypothese 1: welzijn voorkomt zorg. Hulp is het meest effectief wanneer zij in het '
        'juiste domein wordt afgehandeld."',
    ),
    "beschrijving.noodzaak_uitkering": Question(
        "Waarom zou u de werkwijze zoals u deze omschrijft niet kunnen toepassen in de huidige "
        "praktijk? Met andere woorden, waarom is het nodig dat er een uitkering voor "
        "domeinoverstijgende samenwerking komt?",
        '"Er is tot op heden geen financiering voor domeinoverstijgende samenwerking."',
    ),
    "beschrijving.monitoring": Question(
        "Voor het monitoren van het centrale doel van het experiment (uitstel/voorkomen van "
        "Wlz-zorg) moeten gegevens worden verzameld door middel van een monitor. Deelname aan "
        "deze monitor is verplicht; de Vrije Universiteit Amsterdam (VU) voert hem uit.",
        kop="6. Monitoring",
        optional=False,
    ),
    "beschrijving.monitoring.deelname": Question(
        "Neemt u deel aan de verplichte monitor van de VU? Deelname is verplicht.",
        "ja",
        optional=False,
    ),
    "beschrijving.monitoring.toelichting": Question(
        "Toelichting op de monitoring.",
        '"De projectleider registreert het zorggebruik in de monitor van de VU."',
    ),
    "beschrijving.samenwerking": Question(
        "Beschrijf hoe de samenwerking eruitziet en waar deze op berust. Dit is inclusief "
        "rolverdeling: beschrijf wat elke betrokken partij (gemeente, zorgkantoor, "
        "zorgverzekeraar, zorgaanbieder, welzijns- en vrijwilligersorganisatie, et cetera) "
        "doet. Of een partij samenwerking heeft toegezegd, vult u per partij in bij "
        "'toegezegd'.",
        '"Voorkomen van zorg door inzet op welzijn vraagt om samenwerking, georganiseerd per '
        'wijk."',
        kop="7. Samenwerking",
    ),
    "beschrijving.borging": Question(
        "Beschrijf hoe de samenwerking tussen de verschillende stakeholders en daaruit "
        "volgende afspraken zijn geborgd. Daarbij kunt u denken aan inhoudelijke, financiële "
        "en operationele afspraken.",
        '"Een stuurgroep van gemeente, zorgkantoor en de uitvoerende partijen neemt de '
        'strategische besluiten."',
        kop="8. Borging",
    ),
    "beschrijving.vervolg": Question(
        "Hoe ziet u het vervolg van het experiment en de daarbij horende bekostiging voor "
        "zich, na afloop van de initiële looptijd van het experiment (bij uit de evaluatie "
        "gebleken gunstige resultaten)?",
        '"We onderzoeken structurele financiering om de aanpak na 2025 voort te zetten."',
    ),
    # -- 9.-10. kosten --------------------------------------------------------------------
    "kosten": Question(
        "Kosten en baten (deel 2 van het format). Geef per kostenpost een korte toelichting "
        "en wie de activiteiten uitvoert. Probeer overlap in initiële en uitvoeringskosten te "
        "voorkomen. Kosten voor reguliere bedrijfsvoering of langlopende verplichtingen zoals "
        "licenties voor automatisering zijn geen kosten voor het experiment."
    ),
    "kosten.initieel": Question(
        "Vul hieronder de initiële projectkosten in die nodig zijn om het experiment op te "
        "zetten; één blok per kostenpost. Geen initiële projectkosten? Schrijf dan "
        "'initieel: []' en haal het blok eronder weg.",
        kop="9. Initiële projectkosten",
    ),
    **_posts("kosten.initieel", '"Opzetten van de wijkteams"'),
    "kosten.uitvoering": Question(
        "Vul hieronder de uitvoeringskosten in die nodig zijn voor het experiment; één blok "
        "per kostenpost. Denk aan: opleidingskosten/bijscholing/intervisie, kosten "
        "projectleider/coördinator, extra inzet van arrangeurs, extra inzet van anderen zoals "
        "vrijwilligers, extra kosten Wmo (zoals hulp bij huishouden), extra kosten Zvw (zoals "
        "wijkverpleging), overige kosten (graag specificeren).",
        kop="10. Uitvoeringskosten",
    ),
    **_posts("kosten.uitvoering", '"Projectmanagement"'),
    # -- 11. financiering -----------------------------------------------------------------
    "financiering": Question(
        "Het overzicht van welke kosten door wie gefinancierd worden: de bijdragen van de "
        "partners en de aangevraagde uitkering.",
        kop="11. Financiering",
    ),
    "financiering.bijdragen": Question(
        "Bijdragen van partners (cofinanciering); één blok per partner."
    ),
    "financiering.bijdragen[].partij": Question(
        "Partner die bijdraagt, zoals genoemd bij de partijen.", '"Gemeente Amstelveen"'
    ),
    "financiering.bijdragen[].bedrag": Question("Bijdrage, in euro.", "78.000,00"),
    "financiering.uitkering": Question(
        "Aangevraagde specifieke uitkering (SPUK DOS), in euro.", "624.000,00"
    ),
    "financiering.aantal_clienten": Question(
        "Aantal cliënten dat u beoogt te includeren (variant centraal persoon).", "40"
    ),
    "financiering.totaal": Question(
        "Totaal van de financiering, zoals u het in het format invult; spukdos rekent het na.",
        "780.000,00",
    ),
    # -- 12. and 14. baten ----------------------------------------------------------------
    "baten": Question(
        "Hieronder volgen de verwachte baten van het experiment inclusief beschrijving "
        "(toelichting). Licht de onderliggende aannames toe, waar mogelijk inclusief "
        "bronverwijzing.",
        kop="12. Financiële baten",
    ),
    "baten.uitstel_mpt_vpt": Question(
        "Besparing door uitstel Wlz-zorg in de vorm van MPT of VPT: A × B × C."
    ),
    **_delay(
        "baten.uitstel_mpt_vpt",
        "uitstel Wlz-zorg (MPT, VPT)",
        (
            "(A) Verwachte uitstel Wlz-zorg (MPT, VPT), in dagen.",
            "(B) Aantal inwoners uitstel Wlz (aantal inwoners voor wie uitstel verwacht wordt).",
            "(C) Gemiddelde kosten van MPT- of VPT-zorg in de Wlz per dag per inwoner, in euro.",
        ),
        ("182,5", "6,1", "285,00", "317.276,25"),
    ),
    "baten.uitstel_intramuraal": Question(
        "Besparing door uitstel Wlz-zorg in de vorm van opname in intramurale setting: A × B × C."
    ),
    **_delay(
        "baten.uitstel_intramuraal",
        "uitstel opname in intramurale setting",
        (
            "(A) Verwachte uitstel opname in verpleeghuis, in dagen.",
            "(B) Aantal inwoners uitstel opname in intramurale setting (aantal inwoners voor "
            "wie uitstel verwacht wordt).",
            "(C) Gemiddelde kosten zorg in intramurale setting, per dag per inwoner, in euro.",
        ),
        ("182,5", "6,9", "334,00", "420.589,50"),
    ),
    "baten.overige": Question(
        "Overige besparingen, bijvoorbeeld in Wmo of in Zvw; één blok per besparing. Geen "
        "overige besparingen? Schrijf dan 'overige: []' en haal het blok eronder weg."
    ),
    "baten.overige[].omschrijving": Question(
        "Omschrijving van de besparing.", '"Minder hulp bij het huishouden"'
    ),
    "baten.overige[].domein": Question("In welk domein valt de besparing?", "wmo"),
    "baten.overige[].bedrag": Question("Verwachte besparing, in euro.", "120.659,25"),
    "baten.overige[].toelichting": Question(
        "Onderbouwing van de besparing, waar mogelijk inclusief bronverwijzing. Alleen "
        "'schatting' is geen onderbouwing.",
        '"30 cliënten minder hulp bij het huishouden × 150 uur × € 32,76 (prijslijst)."',
    ),
    "baten.kwalitatief": Question(
        "Welke kwalitatieve opbrengsten verwacht u van het experiment? Denk aan: langer thuis "
        "wonen, een betere kwaliteit van leven voor de inwoner, effecten voor naasten, "
        "effecten voor de professional (werkplezier, verzuim, et cetera). Eén blok per baat.",
        kop="14. Kwalitatieve baten",
    ),
    "baten.kwalitatief[].baat": Question(
        "Maatschappelijke baten en andere baten (kwalitatief).", '"Bestrijding van eenzaamheid"'
    ),
    "baten.kwalitatief[].onderbouwing": Question(
        "Beschrijving (en onderbouwing).",
        '"Door meer aanbod van informele zorg en welzijnsactiviteiten wordt eenzaamheid '
        'bestreden."',
    ),
    # -- 13. opgave -----------------------------------------------------------------------
    "opgave": Question(
        "Verwacht financieel effect van de businesscase: de totalen zoals u ze in het format "
        "invult. spukdos berekent ze zelf en vergelijkt wat u invult tot op de cent; laat ze "
        "leeg als u ze niet opgeeft.",
        kop="Uw eigen totalen (bij 9 tot en met 13)",
    ),
    "opgave.initiele_kosten": Question("Initiële projectkosten, in euro.", "0,00"),
    "opgave.uitvoeringskosten": Question("Uitvoeringskosten, in euro.", "780.000,00"),
    "opgave.totaal_kosten": Question("Totale kosten, in euro.", "780.000,00"),
    "opgave.overige_besparingen": Question("Overige besparingen, in euro.", "120.659,25"),
    "opgave.totaal_baten": Question("Totale baten, in euro.", "858.525,00"),
    "opgave.saldo": Question(
        "Totaal financieel effect van experiment (baten − kosten), in euro; +/+ of -/- mag ervoor.",
        '"+/+ € 78.525,00"',
    ),
    # -- scenario's: niet in het format, voor 'spukdos analyse' ------------------------------
    "scenarios": Question(
        "Geen vraag van het format: scenario's voor 'spukdos analyse'. Hoe ziet de "
        "businesscase eruit als aannames tegenvallen of meevallen? Eén blok per scenario; "
        "'spukdos analyse' rekent elk scenario door en zet de oordelen naast elkaar.",
        kop="Scenario's (voor spukdos analyse)",
    ),
    "scenarios[].naam": Question("Naam van het scenario.", '"pessimistisch"'),
    "scenarios[].toelichting": Question(
        "Waarom deze waarden?", '"Half zo veel uitstel en 10 % hogere personeelskosten."'
    ),
    "scenarios[].wijzigingen": Question(
        "Welke invoer krijgt in dit scenario een andere waarde? Per regel het pad van de "
        "invoer en de nieuwe waarde: A, B of C van een uitstelbesparing, het bedrag van een "
        "overige besparing of van een kostenpost (de eerste post heeft nummer 0).",
        "baten.uitstel_mpt_vpt.dagen: 90\nbaten.uitstel_intramuraal.dagen: 90\n"
        "kosten.uitvoering[0].bedrag: 120.000,00",
    ),
    # -- issue 15: the target group and the care office's advice ----------------------------
    "beschrijving.nog_geen_wlz_zorg": Question(
        "Richt het experiment zich op inwoners die nog geen Wlz-zorg ontvangen? Dat is een "
        "voorwaarde van de regeling: het experiment moet Wlz-zorg uitstellen of voorkomen.",
        "true",
        optional=False,
    ),
    "advies_zorgkantoor": Question(
        "Advies van het regionale zorgkantoor. Geen vraag van het businesscase-format, maar DUS-I "
        "vraagt het bij elke aanvraag (het advies is onderdeel van het aanvraagformulier). Uit "
        "het advies moet blijken dat het experiment bijdraagt aan het verminderen van de kosten "
        "in de Wlz en dat de totale kosten (in diverse domeinen) niet hoger zijn dan de baten. "
        "Vul hier in wat het zorgkantoor adviseert; stuurt u het advies alleen los mee, laat "
        "deze sectie dan leeg.",
        kop="Advies van het zorgkantoor (bij de aanvraag)",
        optional=False,
    ),
    "advies_zorgkantoor.zorgkantoor": Question(
        "Welk zorgkantoor heeft geadviseerd? Schrijf de naam zoals bij de partijen.",
        '"Zorg & Zekerheid"',
        optional=False,
    ),
    "advies_zorgkantoor.adviseur": Question(
        "Wie van het zorgkantoor heeft het advies opgesteld?", '"Sanne Visser"'
    ),
    "advies_zorgkantoor.datum": Question(
        "Op welke datum is het advies gegeven?", "2024-11-15", optional=False
    ),
    "advies_zorgkantoor.vermindert_wlz_kosten": Question(
        "Concludeert het advies dat het experiment bijdraagt aan het verminderen van de kosten "
        "in de Wlz?",
        "true",
        optional=False,
    ),
    "advies_zorgkantoor.kosten_niet_hoger_dan_baten": Question(
        "Concludeert het advies dat de totale kosten (in diverse domeinen) niet hoger zijn dan "
        "de baten?",
        "true",
        optional=False,
    ),
    "advies_zorgkantoor.tekst": Question(
        "De tekst van het advies (of de conclusie ervan, met de verwijzing naar het volledige "
        "advies).",
        '"Het zorgkantoor ondersteunt het experiment: het verwachte uitstel van Wlz-zorg '
        'weegt op tegen de kosten."',
        optional=False,
    ),
}
