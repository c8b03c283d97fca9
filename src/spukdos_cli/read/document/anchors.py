"""The format's fixed texts: what finds each answer, and what is the form's own text.

The 2025 businesscase format ("Businesscase Experimenten domeinoverstijgend samenwerken
(SPUK DOS) 2025", Ministry of VWS / DUS-I) asks its questions in fixed words; the
applicant's answer follows each question. These anchors are those words, quoted from the
format (the same questions :mod:`spukdos_cli.form.questions` gives the starter file, which
sometimes shortens them). Matching ignores case, accents, spaces, punctuation and line
breaks, so text extracted from a PDF, where lines break anywhere and words are hyphenated,
still matches.

An anchor is found where a line starts with its ``find`` text. The texts in ``then``
are the form's explanation that may follow it; they are skipped when they come next. A
``heading`` is a line of the form printed just before the question: it belongs to the
form, not to the answer before it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Anchor:
    key: str
    find: str
    then: tuple[str, ...] = ()
    heading: tuple[str, ...] = ()
    spellings: bool = False
    """True when the texts in ``then`` are spellings of one text (the form has a typo that
    a later edition may correct): one of them follows, the first is the form's."""


QUESTION_OF: dict[str, str] = {
    "contact": "partijen",
    "start": "experiment.startdatum",
    "einde": "experiment.einddatum",
    "doelstelling": "beschrijving.doelstelling",
    "doelgroep": "beschrijving.doelgroep",
    "gebied": "beschrijving.gebied",
    "aantal": "beschrijving.aantal_inwoners",
    "initiatieven": "beschrijving.aansluitende_initiatieven",
    "werkwijze": "beschrijving.werkwijze.beschrijving",
    "hypothesen": "beschrijving.hypothesen",
    "noodzaak": "beschrijving.noodzaak_uitkering",
    "monitoring": "beschrijving.monitoring",
    "samenwerking": "beschrijving.samenwerking",
    "borging": "beschrijving.borging",
    "vervolg": "beschrijving.vervolg",
    "initieel": "kosten.initieel",
    "uitvoering": "kosten.uitvoering",
    "baten": "baten",
}
"""Anchor -> the key of :data:`spukdos_cli.form.questions.QUESTIONS` whose question (the
starter file's) quotes the anchor's text; a test keeps the two in step."""


ANCHORS: tuple[Anchor, ...] = (
    Anchor(
        "contact",
        "Contactgegevens van samenwerkende partijen in experiment",
        (
            "U doet als uitbreidingsgemeente of coördinerende gemeente van het experiment een "
            "aanvraag voor een specifieke uitkering.",
            "Zet in de tabel hieronder de namen van de organisaties die aan het experiment "
            "deelnemen en de volledige contactgegevens van de contactpersonen: naam, "
            "e-mailadres en telefoonnummer.",
        ),
        ("Beschrijving van het experiment",),
    ),
    Anchor("looptijd", "Looptijd van het experiment"),
    Anchor(
        "start",
        "Wat is de beoogde startdatum van het experiment?",
        (
            "Hoeveel tijd is er (nog) nodig voor de voorbereidingen vóór de start?",
            "De startdatum is het moment dat de eerste (kwetsbare) inwoner kan worden geholpen.",
        ),
    ),
    Anchor("einde", "Tot wanneer loopt het experiment?"),
    Anchor(
        "doelstelling",
        "Beschrijf welk maatschappelijk vraagstuk wordt aangepakt met het betreffende initiatief",
        (
            "voor domeinoverstijgende samenwerking en bekostiging.",
            "In hoeverre wordt het centrale doel nagestreefd met de oplossing die u voor ogen "
            "heeft?",
            "En welke andere of onderliggende maatschappelijke effecten worden nagestreefd?",
            "Het centrale doel van het experiment is om de behoefte aan Wlz-zorg bij kwetsbare "
            "inwoners uit te stellen of te verminderen.",
            "Het gaat daarbij om inwoners die nog geen Wlz-zorg ontvangen.",
            "Een vaak voorkomend maatschappelijk effect is dat kwetsbare inwoners zo lang "
            "mogelijk, met kwaliteit van leven, thuis kunnen blijven wonen.",
            "Andere maatschappelijke effecten zijn bijvoorbeeld een gunstig effect op de "
            "kwaliteit van leven voor diens naasten, het verminderen van de druk op de "
            "arbeidsmarkt en informele (mantel)zorg, beter op elkaar afgestemde zorg en "
            "ondersteuning, een gunstiger effect op de tevredenheid van medewerkers, et cetera.",
        ),
        ("Doelstelling van het experiment",),
    ),
    Anchor(
        "doelgroep",
        "Beschrijf op welke primaire doelgroep(en) het initiatief zich richt",
        (
            "in termen van (kwetsbare) inwoners en/of naasten (en mantelzorgers).",
            "Denk bijvoorbeeld aan de wetten (Jeugdwet, Wmo, Zvw en Wlz) en/of sectoren (VG, "
            "ggz, ouderenzorg) waarin de doelgroep zich bevindt en welke type problematiek zij "
            "ervaren (psychogeriatrie, lichamelijke klachten, mobiliteitsklachten, eenzaamheid, "
            "cognitief, verminderde zelfredzaamheid, et cetera).",
        ),
        ("Doelgroep & context", "Doelgroep en context"),
    ),
    Anchor(
        "gebied",
        "Op welk geografisch gebied is het experiment gericht?",
        ("Denk aan de wijk/kern/stadsdeel/woonplaats.",),
    ),
    Anchor(
        "aantal",
        "Hoeveel (kwetsbare) inwoners beoogt u (ongeveer) te helpen met het experiment?",
        (
            "Als u hier verandering in verwacht gedurende de looptijd van het experiment, kunt "
            "u dan een beeld geven van de verwachte ontwikkeling?",
        ),
    ),
    Anchor(
        "initiatieven", "Zijn er eventueel andere initiatieven waar dit experiment op aansluit?"
    ),
    Anchor(
        "werkwijze",
        "Beschrijving van de werkwijze: hoe pakt u het experiment aan en welke activiteiten gaat "
        "u uitvoeren?",
        heading=(
            "Werkwijze",
            "In deze paragraaf vragen we u de (beoogde) werkwijze in het experiment te "
            "beschrijven.",
        ),
    ),
    Anchor(
        "themas",
        "Licht hieronder voor het experiment in uw gemeente toe wat de aanpak is om dit "
        "vraagstuk op te lossen.",
        (
            "Geef hierbij ook vooral aan wat het verschil is met de huidige aanpak.",
            "Wat is echt anders aan de gekozen werkwijze, voorziening, et cetera?",
        ),
    ),
    Anchor(
        "hypothesen",
        "Welke hypothesen zitten er achter de aanpak van het experiment",
        (
            "(veronderstelling of aanname waar u van uitgaat) en waarom (op basis waarvan) gaat "
            "uw aanpak in de praktijk bijdragen aan de doelen zoals u deze eerder heeft "
            "geformuleerd?",
        ),
    ),
    Anchor(
        "noodzaak",
        "Waarom zou u de werkwijze zoals u deze omschrijft niet kunnen toepassen in de huidige "
        "praktijk?",
        (
            "Met andere woorden, waarom is het nodig dat er een uitkering voor "
            "domein-overstijgende samenwerking komt?",
        ),
    ),
    Anchor(
        "monitoring",
        "Voor het monitoren van het centrale doel van het experiment",
        heading=("Monitoring",),
    ),
    Anchor(
        "toegezegd",
        "Beschrijf welke partijen betrokken zijn en samenwerking hebben toegezegd.",
        (
            "Denk aan: gemeenten, het zorgkantoor, zorgverzekeraars, zorgaanbieders, welzijns- "
            "en vrijwilligersorganisaties.",
            "De samenwerking moet in ieder geval toegezegd zijn door gemeente(n), het "
            "zorgkantoor en minimaal één uitvoerende partij.",
        ),
        ("Samenwerking",),
    ),
    Anchor(
        "samenwerking",
        "Beschrijf hoe de samenwerking eruitziet en waar deze op berust.",
        (
            "Dit is inclusief rolverdeling: beschrijf wat elke betrokken partij (gemeente, "
            "zorgkantoor, zorgverzekeraar, zorgaanbieder, welzijns- en "
            "vrijwilligersorganisatie, et cetera) doet.",
        ),
    ),
    Anchor(
        "borging",
        "Beschrijf hoe de samenwerking tussen de verschillende stakeholders en daaruit volgende "
        "afspraken zijn geborgd.",
        ("Daarbij kunt u denken aan inhoudelijke, financiële en operationele afspraken.",),
        ("Borging",),
    ),
    Anchor(
        "vervolg",
        "Hoe ziet u het vervolg van het experiment en de daarbij horende bekostiging voor zich",
        (
            ", na afloop van de initiële looptijd van het experiment (bij uit de evaluatie "
            "gebleken gunstige resultaten)?",
        ),
    ),
    Anchor(
        "kosten",
        "In dit onderdeel vragen wij u om",
        heading=("Kosten en baten",),
    ),
    Anchor(
        "initieel",
        "Vul hieronder de initiële projectkosten in",
        (
            "die nodig zijn om het experiment op te zetten en het overzicht van welke kosten "
            "door wie gefinancierd worden.",
            "Licht de onderliggende aannames toe, waar mogelijk inclusief bronverwijzing.",
        ),
        ("Initiële projectkosten",),
    ),
    Anchor(
        "uitvoering",
        "Vul hieronder de uitvoeringskosten in",
        heading=("Uitvoeringskosten",),
    ),
    Anchor(
        "baten",
        "Hieronder volgen de",
        (
            "verwachte baten van het experiment inclusief beschrijving (toelichting).",
            "verwachten baten van het experiment inclusief beschrijving (toelichting).",
        ),
        heading=("Financiële en maatschappelijke baten",),
        spellings=True,
    ),
    Anchor("effect", "Hieronder kunt u de waarden die u eerder berekend heeft samenvoegen"),
    Anchor(
        "kwalitatief",
        "In de onderstaande tabel kunt u aangeven welke kwalitatieve opbrengsten u verwacht",
        (
            "van het experiment.",
            "Daarbij kunt u bijvoorbeeld denken aan:",
            "Langer thuis wonen",
            "Een betere kwaliteit van leven voor de inwoner.",
            "Effecten voor naasten.",
            "Effecten voor de professional (werkplezier, verzuim, et cetera).",
        ),
    ),
)
"""In the order of the format."""

MONITORING_TEXT: tuple[str, ...] = (
    "Voor het monitoren van het centrale doel",
    "Deelname aan deze monitor is verplicht",
    "De monitoring en evaluatie van de DOS-experimenten",
    "De VU heeft een monitor ontwikkeld",
    "Na de verlening van de specifieke uitkering wordt u benaderd",
    "U kunt ook voor het gebruik van de monitor",
)
"""The beginnings of the sentences of the format's own monitoring paragraph (the
applicant adds nothing there unless they write more)."""

TITLE = "Experimenten domeinoverstijgend samenwerken (SPUK DOS)"
"""The format's title; the grant year follows it."""

TABLE_HEADERS: dict[str, tuple[str, ...]] = {
    "contact": ("Naam van de organisatie", "Naam van de contactpersoon"),
    "themas": ("Wat is de huidige werkwijze/aanpak",),
    "costs": ("Kostenpost",),
    "partners": ("Partners",),
    "benefits": ("Financiële baten",),
    "effect": ("Verwacht financieel effect",),
    "qualitative": ("Maatschappelijke baten en andere baten",),
}
"""Words of each table's header row (or title), to tell the form's tables apart."""

ROLES: tuple[tuple[str, str], ...] = (
    ("Gemeente(n)", "gemeente"),
    ("Gemeente", "gemeente"),
    ("Zorgkantoor", "zorgkantoor"),
    ("Zorgverzekeraar", "zorgverzekeraar"),
    ("Zorgaanbieder", "zorgaanbieder"),
    ("Welzijnsorganisatie", "welzijnsorganisatie"),
    ("Vrijwilligersinitiatief", "vrijwilligersinitiatief"),
    ("Andere organisatie(s)", "andere"),
    ("Andere", "andere"),
)
"""The first column of the contact table: the form's row label and the file's role."""

ROLE_PREFIX = "Rol van"
"""A paragraph of the answer on cooperation that begins ``Rol van ORGANISATIE (rol):``
gives that party's task (``taak``); ``spukdos export`` writes each party's task so."""

PARTICIPATION = "Deelname aan de monitor:"
"""A sentence ``Deelname aan de monitor: ja`` (or ``nee``) under Monitoring says whether
the applicant takes part; the form itself does not ask it."""

TARGET_GROUP = "Inwoners die nog geen Wlz-zorg ontvangen:"
"""A sentence ``Inwoners die nog geen Wlz-zorg ontvangen: ja`` (or ``nee``) under the target
group answers ``beschrijving.nog_geen_wlz_zorg``: a criterion of the format, which the form
does not ask as a question; ``spukdos export`` writes it so."""

FORM_TEXT_NEAR_TABLES: tuple[str, ...] = (
    "die nodig zijn voor het experiment, inclusief beschrijving (toelichting) en wie de "
    "bijbehorende activiteiten uitvoert.",
    "Daarbij kunt u denken aan:",
    "Opleidingskosten/bijscholing/intervisie.",
    "Kosten projectleider/coördinator.",
    "Extra inzet van arrangeurs.",
    "Extra inzet van anderen, zoals vrijwilligers.",
    "Extra kosten Wmo, zoals hulp bij huishouden.",
    "Extra kosten Zvw, zoals wijkverpleging.",
    "Overige kosten (graag specificeren).",
    "Licht de onderliggende aannames toe, waar mogelijk inclusief bronverwijzing.",
    "In onderstaande tabel kunt u de kwantitatieve verwachte besparingen invullen.",
    ", om zo het financiële effect van uw experiment in te zien.",
    "Partners",
)
"""The form's sentences around its tables (2025): beside a table, any other text is the
applicant's, which the import lists as not placed."""
