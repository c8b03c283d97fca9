"""Made-up SPUK DOS 2025 applications, as data in the file format's own structure.

``make_application(seed, shape)`` returns one application as ``yaml.safe_load`` of a valid
spukdos file would give it (mappings, lists, texts, whole numbers, booleans), except that
amounts and factors are :class:`~decimal.Decimal` and dates :class:`datetime.date`. It is
deterministic: everything comes from ``random.Random(seed)``. Everything in it is made up:
municipalities, organisations and people are fictitious, e-mail addresses are on
``.example`` domains, and phone numbers have a subscriber number that starts with 0, which
no Dutch number has (so none can be real).

The figures are consistent to the cent, as the form asks and ``spukdos check`` recomputes
them: every total the application states (``opgave``, each route's ``totaal`` = A × B × C
rounded half up to cents, ``financiering.totaal``) is computed here exactly; in the variant
``cofinanciering`` the grant is at most 80 % and the partners pay the rest, in the variant
``centraal_persoon`` the grant is ``aantal_clienten`` × € 2.725 and grant plus contributions
equal the costs. A positive case has benefits ≥ costs, a negative one benefits < costs.

The answers are plausible Dutch, 1 to 5 paragraphs, some with bullet lists (lines starting
with ``- ``), some with numbers that are not figures of the form (a year, "12 deelnemers",
"à € 450 per sessie" inside a cost description): the importer must not take those for
figures. Paragraphs are separated by an empty line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any, Literal

CENT = Decimal("0.01")
PER_CLIENT = Decimal("2725")
"""The fixed grant per included client in the variant centraal persoon (2025, source 000)."""
MAX_GRANT_SHARE = Decimal("0.80")
"""The grant's maximum share of the costs in the variant cofinanciering (source 000)."""

Variant = Literal["cofinanciering", "centraal_persoon"]

ROLE_ORDER = (
    "gemeente",
    "zorgkantoor",
    "zorgverzekeraar",
    "zorgaanbieder",
    "welzijnsorganisatie",
    "vrijwilligersinitiatief",
    "andere",
)
"""The roles in the order of the form's contact table."""


@dataclass(frozen=True)
class Shape:
    """What an application looks like, before its content is drawn."""

    variant: Variant
    initial_posts: int
    """0 to 3 posts of 'Initiële projectkosten'."""
    execution_posts: int
    """1 to 12 posts of 'Uitvoeringskosten'."""
    parties: int
    """2 to 12 cooperating parties (two: the gemeente and the zorgkantoor only)."""
    positive: bool
    """Benefits at least as large as the costs."""
    decimal_days: bool
    """A (days of delay) with a decimal, such as 182,5."""
    decimal_residents: bool
    """B (residents) with a decimal, such as 6,1."""
    contributions: bool = True
    """Partners contribute too (always so in the variant cofinanciering)."""
    stated_totals: bool = False
    """The effect table has rows 'Totaal kosten' and 'Totaal baten' added, so
    ``opgave.totaal_kosten`` and ``opgave.totaal_baten`` are stated."""


def random_shape(rng: random.Random) -> Shape:
    """A shape drawn from ``rng``: every range of the corpus is possible."""
    variant: Variant = rng.choice(("cofinanciering", "cofinanciering", "centraal_persoon"))
    return Shape(
        variant=variant,
        initial_posts=rng.randint(0, 3),
        execution_posts=rng.randint(1, 12),
        parties=rng.randint(3, 12),
        positive=rng.random() < 0.7,
        decimal_days=rng.random() < 0.5,
        decimal_residents=rng.random() < 0.5,
        contributions=variant == "cofinanciering" or rng.random() < 0.5,
        stated_totals=rng.random() < 0.3,
    )


# -- names ------------------------------------------------------------------------------------
MUNICIPALITIES = (
    "Heggeveen", "Lindewaarde", "Klaverdam", "Mossendrecht", "Wilgenhoven", "Distelburg",
    "Rietmeer", "Elzenloo", "Vlasdijk", "Brakenstein", "Hazelwoude", "Eikenrode",
    "Wolfsvenne", "Kievitsland", "Oosterbroekhuizen", "Zandwijk aan de Vliet",
)  # fmt: skip
"""Fictitious municipalities (none of the 342 is called so)."""

NEIGHBOURHOODS = (
    "De Vlonder", "Kerkebuurt", "Molenkwartier", "Het Broek", "Zandhoeve", "Oude Haven",
    "Bloemenbuurt", "De Hoge Akker", "Spoorzicht", "Waterrijk", "De Gaarde", "Noorderveld",
    "Kastanjehof", "Lageweg", "De Weide",
)  # fmt: skip

REGIONS = (
    "Vlietland", "Heggeland", "Midden-Brakenland", "Oostkust", "De Lage Venen",
    "Rivierenvallei", "Zuiderheide",
)  # fmt: skip

INSURERS = (
    "Zorgverzekeraar Duinzorg", "Samenkracht Zorgverzekeringen", "Zorgverzekeraar Noorderlicht",
    "Klaverzorg Verzekeringen",
)  # fmt: skip

PROVIDERS = (
    "Stichting Thuiszorg {M}", "Zorggroep {M}-Zuid", "Woonzorg Het Elzenhof", "Zorg & Wonen {M}",
    "Thuiszorg {W}",
)  # fmt: skip
WELFARE = ("Welzijn {M}", "Stichting Buurtkracht {M}", "Welzijnswerk De Brug {M}",
           "Vitaal & Verbonden")  # fmt: skip
VOLUNTEERS = (
    "Vrijwilligerscentrale {M}", "Stichting Omzien naar Elkaar {M}", "Burenhulp De Schakel",
    "Maatjesproject Samen Sterk",
)  # fmt: skip
OTHERS = (
    "Huisartsencoöperatie {M}", "Woningcorporatie Thuisgaard", "Bibliotheek {M}", "GGD {R}",
    "Fysiotherapie De Wending", "Stichting Mantelzorg {M}", "Ouderenbond afdeling {M}",
    "Sportbedrijf {M}", "Apotheek De Vijzel {M}",
)  # fmt: skip

FIRST_NAMES = (
    "Petra", "Karel", "Fatima", "Joost", "Sanne", "Mehmet", "Ingrid", "Ruud", "Lotte", "Yara",
    "Thijs", "Anouk", "Bas", "Els", "Eva", "Karin", "Priya", "Dirk", "Noor", "Willem", "Sevda",
    "Hanna", "Jeroen", "Mirjam", "Tim", "Aylin", "Marco", "Ineke", "Stefan", "Roos",
)  # fmt: skip
LAST_NAMES = (
    ("", "Bakker"), ("de", "Boer"), ("", "Visser"), ("van", "Dijk"), ("", "Smit"),
    ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("van der", "Linden"), ("", "Hendriks"),
    ("", "Kok"), ("", "Peters"), ("van", "Leeuwen"), ("", "Brouwer"), ("", "Yilmaz"),
    ("El", "Amrani"), ("", "Dekker"), ("van den", "Berg"), ("", "Koster"), ("", "Prins"),
    ("ter", "Horst"), ("", "Veenstra"), ("", "Janssen"), ("van", "Wijk"),
)  # fmt: skip

EXPERIMENT_NAMES = (
    "Samen Thuis in {M}", "Wijkzorg zonder schotten", "Langer Thuis in {W}",
    "Eén plan, één regisseur", "Sterke Basis {M}", "Thuis met Zorg en Welzijn",
    "Zorgzame wijk {W}", "Van Zorg naar Samen {M}",
)  # fmt: skip

PROFILES: tuple[dict[str, str], ...] = (
    {
        "doelgroep": "thuiswonende ouderen met beginnende dementie en hun mantelzorgers",
        "kort": "ouderen met dementie",
        "aanpak": "een vaste casusregisseur die zorg en ondersteuning over Wmo en Zvw heen regelt",
        "rol": "casusregisseur",
        "probleem": "overbelaste mantelzorgers en crisisopnames",
        "sector": "ouderenzorg en psychogeriatrie",
    },
    {
        "doelgroep": "kwetsbare 75-plussers die alleen wonen",
        "kort": "alleenwonende 75-plussers",
        "aanpak": "preventieve huisbezoeken door een wijkverpleegkundige samen met een "
        "ouderenadviseur",
        "rol": "wijkverpleegkundige",
        "probleem": "eenzaamheid, valincidenten en ondervoeding",
        "sector": "ouderenzorg",
    },
    {
        "doelgroep": "zelfstandig wonende volwassenen met een licht verstandelijke beperking",
        "kort": "inwoners met een licht verstandelijke beperking",
        "aanpak": "een vast ambulant team dat begeleiding uit de Wmo en wijkverpleging combineert",
        "rol": "ambulant begeleider",
        "probleem": "schulden, eenzaamheid en terugval in een crisis",
        "sector": "gehandicaptenzorg (VG)",
    },
    {
        "doelgroep": "inwoners met een langdurige psychische kwetsbaarheid die thuis wonen",
        "kort": "inwoners met een psychische kwetsbaarheid",
        "aanpak": "een wijkteam van ggz-verpleegkundige, ervaringsdeskundige en welzijnswerker",
        "rol": "ggz-verpleegkundige",
        "probleem": "verwaarlozing, overlast en opnames in crisis",
        "sector": "ggz",
    },
    {
        "doelgroep": "ouderen met chronische aandoeningen (COPD, hartfalen) en een groeiende "
        "zorgvraag",
        "kort": "chronisch zieke ouderen",
        "aanpak": "domeinoverstijgende wijkzorg rond de huisartsenpraktijk",
        "rol": "praktijkondersteuner ouderen",
        "probleem": "onnodige ziekenhuisopnames en een snel dalende zelfredzaamheid",
        "sector": "ouderenzorg en eerstelijnszorg",
    },
    {
        "doelgroep": "ouderen in aanleunwoningen rond een verpleeghuislocatie",
        "kort": "ouderen in aanleunwoningen",
        "aanpak": "een verpleeghuis zonder muren dat dagbesteding, nachtzorg en welzijn "
        "openstelt voor de wijk",
        "rol": "zorgcoördinator",
        "probleem": "onveiligheid 's nachts en een vroege verhuizing naar het verpleeghuis",
        "sector": "ouderenzorg",
    },
)
"""What an experiment is about; the texts are drawn around one of these."""

# -- the answers: paragraph templates per question --------------------------------------------
# Each answer is 1 to 5 of these paragraphs, in this order. A line starting with "- " is a
# bullet; a paragraph may hold numbers that are not figures of the form.
TEXTS: dict[str, tuple[str, ...]] = {
    "doelstelling": (
        "In {M} wonen steeds meer {doelgroep} zelfstandig thuis. Hun zorg en ondersteuning is "
        "verdeeld over de Wmo, de Zvw en straks de Wlz, met elk een eigen loket, indicatie en "
        "budget. Het gevolg is dat signalen te laat worden opgepakt en dat {probleem} vaak het "
        "moment zijn waarop een Wlz-indicatie wordt aangevraagd.",
        "Het centrale doel van {naam} is om de behoefte aan Wlz-zorg bij {kort} uit te stellen "
        "door {aanpak}. We richten ons daarbij uitdrukkelijk op inwoners die nog geen Wlz-zorg "
        "ontvangen.",
        "Uit de wijkanalyse van 2024 blijkt dat {pct}% van de 75-plussers in {W1} alleen woont "
        "en dat het aantal Wlz-indicaties in de wijk sinds 2021 met {groei}% is gestegen. "
        "Zonder een andere aanpak verwachten we dat deze groei doorzet.",
        "Naast het centrale doel streven we de volgende effecten na:\n"
        "- minder overbelaste mantelzorgers;\n"
        "- minder crisisopnames en spoedritten;\n"
        "- meer werkplezier bij professionals, omdat zij over de grenzen van hun organisatie "
        "heen mogen werken;\n"
        "- een sterkere sociale basis in {W2}.",
        "De oplossing sluit aan bij de regiovisie 'Langer thuis in {R}'. Wij willen laten zien "
        "dat een domeinoverstijgende aanpak zich terugverdient, ook als de besparing bij een "
        "andere partij terechtkomt dan de kosten.",
        "We meten het succes aan de hand van drie vragen: stellen de deelnemers hun Wlz-aanvraag "
        "uit, voelen zij en hun naasten zich beter ondersteund, en werken de professionals "
        "beter samen? De eerste uitkomsten verwachten we na {maanden} maanden.",
    ),
    "doelgroep": (
        "Het experiment richt zich op {doelgroep} in {wijken}. Het gaat om inwoners die nu "
        "ondersteuning krijgen vanuit de Wmo en/of wijkverpleging vanuit de Zvw, maar (nog) "
        "geen Wlz-indicatie hebben.",
        "De doelgroep bevindt zich vooral in de {sector}. Veel voorkomende problemen zijn "
        "{probleem}, een beperkt sociaal netwerk en verminderde zelfredzaamheid.",
        "Ook de mantelzorgers horen bij de doelgroep. Uit een peiling onder {mantel} "
        "mantelzorgers in 2024 bleek dat bijna de helft zich zwaar belast voelt.",
        "We richten ons in het bijzonder op:\n"
        "- inwoners die alleen wonen en weinig netwerk hebben;\n"
        "- inwoners met een mantelzorger die dreigt uit te vallen;\n"
        "- inwoners die in het afgelopen jaar {opnames} of meer keer op de spoedeisende hulp "
        "kwamen.",
        "Inwoners die al Wlz-zorg ontvangen, vallen buiten het experiment. Zij kunnen wel "
        "meedoen aan de activiteiten in de wijk, als deelnemer of als maatje.",
    ),
    "gebied": (
        "Het experiment vindt plaats in de wijken {wijken} van {M}.",
        "We starten in {W1}; vanaf het najaar van 2025 sluit {W2} aan.",
        "De wijken zijn gekozen omdat hier het aandeel 80-plussers het hoogst is van de "
        "gemeente en omdat er al een actief wijkteam is.",
        "Het gebied valt binnen de zorgkantoorregio {R} en telt {praktijken} huisartsenpraktijken.",
    ),
    "ontwikkeling": (
        "In de wijken wonen ongeveer {inwoners} inwoners, van wie circa {n75} 75 jaar of ouder "
        "zijn. We verwachten dat het aantal deelnemers in de loop van 2025 geleidelijk groeit.",
        "De groei zit vooral in de groep 85-plussers: volgens de prognose van de gemeente "
        "neemt die tot 2040 met {groei}% toe.",
        "Per wijk verwachten we:\n- {W1}: {deel1} deelnemers\n- {W2}: {deel2} deelnemers",
        "Na de eerste drie maanden evalueren we de instroom; als die achterblijft, verruimen we "
        "de criteria voor deelname.",
    ),
    "aansluitende_initiatieven": (
        "Het experiment sluit aan op het programma Langer Thuis van de gemeente {M} en op de "
        "afspraken over de inzet van de wijkverpleging in de regio {R}.",
        "Dementievriendelijke wijk\nIn {W1} loopt sinds 2022 een project om winkels, kerken "
        "en verenigingen dementievriendelijk te maken. Onze deelnemers en hun mantelzorgers "
        "worden daar actief naar verwezen.",
        "Welzijn op Recept\nHuisartsen in {M} verwijzen inwoners met psychosociale klachten "
        "door naar een welzijnscoach. Het experiment bouwt op dit netwerk voort.",
        "Valpreventie\nDe cursus 'In Balans' wordt {sessies} keer per jaar gegeven in het "
        "buurthuis; deelnemers van het experiment krijgen voorrang.",
        "Mantelzorgsteunpunt\nHet steunpunt biedt respijtzorg en lotgenotencontact. In 2024 "
        "maakten {mantel} mantelzorgers er gebruik van.",
    ),
    "werkwijze": (
        "De kern van de werkwijze is {aanpak}. De {rol} is het vaste aanspreekpunt voor de "
        "inwoner en zijn naasten en heeft mandaat om ondersteuning uit de Wmo en zorg uit de "
        "Zvw in te zetten.",
        "We werken in vier stappen:\n"
        "- signaleren: huisarts, wijkverpleging en welzijn melden inwoners aan bij het "
        "wijkteam;\n"
        "- verkennen: de {rol} voert binnen twee weken een keukentafelgesprek;\n"
        "- plannen: één gezamenlijk plan voor Wmo en Zvw;\n"
        "- volgen: elke {weken} weken een korte evaluatie met de inwoner.",
        "Het wijkteam komt wekelijks bijeen voor casuïstiekoverleg. Daarbij schuiven de "
        "praktijkondersteuner van de huisarts en een consulent van het zorgkantoor aan als dat "
        "nodig is.",
        "Vrijwilligers bieden aanvullend maatjescontact en begeleiden deelnemers naar "
        "activiteiten in de wijk, zoals de wekelijkse inloop op dinsdag van 10.00 tot 12.00 "
        "uur.",
        "We starten met een voorbereidingsfase waarin de werkafspraken worden vastgelegd en "
        "de professionals een gezamenlijke training volgen. Daarna volgt de uitvoering in "
        "{wijken}.",
    ),
    "hypothesen": (
        "Hypothese 1: vroeg signaleren voorkomt crisis. Als problemen eerder in beeld zijn, kan "
        "lichte ondersteuning worden ingezet voordat een crisisopname nodig is.",
        "Hypothese 2: één plan werkt beter dan drie. Een gezamenlijk plan voor Wmo en Zvw "
        "voorkomt dubbele gesprekken en zorgt dat de juiste zorg op het juiste moment komt.",
        "Hypothese 3: een sterke sociale basis ontlast de zorg. Inwoners die meedoen aan "
        "activiteiten in de wijk, blijven langer zelfredzaam.",
        "Hypothese 4: ontlaste mantelzorgers houden het langer vol. Overbelasting van de "
        "mantelzorger is een van de belangrijkste redenen voor een aanvraag voor de Wlz.",
        "Deze hypothesen baseren we op de evaluatie van de eerdere DOS-experimenten en op onze "
        "eigen pilot in {W1} in 2023, waarin {pilot} inwoners gemiddeld {maanden} maanden "
        "later een Wlz-indicatie aanvroegen dan verwacht.",
    ),
    "noodzaak_uitkering": (
        "De inzet van de {rol} valt niet binnen één wet. De gemeente kan alleen "
        "Wmo-ondersteuning bekostigen en de zorgverzekeraar alleen zorg die onder de Zvw valt; "
        "de besparing komt grotendeels in de Wlz terecht.",
        "Zonder de uitkering is er geen partij die de extra coördinatie kan betalen. Het gaat "
        "om tijd voor overleg, gezamenlijke scholing en het opbouwen van de samenwerking.",
        "Met de uitkering kunnen we in 2025 laten zien wat de aanpak oplevert, zodat we daarna "
        "structurele afspraken kunnen maken met het zorgkantoor en de zorgverzekeraar.",
        "De huidige financieringsregels belonen vooral productie binnen het eigen domein. "
        "Preventieve inzet die zich elders terugverdient, wordt daardoor niet vergoed.",
    ),
    "samenwerking": (
        "De samenwerking berust op een samenwerkingsovereenkomst die alle partijen in december "
        "2024 hebben ondertekend. Daarin staan de rolverdeling, de financiële afspraken en de "
        "afspraken over gegevensuitwisseling.",
        "{rolverdeling}",
        "Een stuurgroep met bestuurders van de betrokken organisaties komt elk kwartaal "
        "bijeen. Het projectteam komt elke twee weken bijeen en rapporteert aan de stuurgroep.",
        "Alle partijen brengen eigen uren in. De afspraken over de bijdragen van de partners "
        "zijn vastgelegd in een aparte financiële bijlage.",
    ),
    "borging": (
        "De afspraken zijn vastgelegd in een samenwerkingsovereenkomst met een looptijd tot en "
        "met 31 december 2025. Inhoudelijke afspraken staan in het werkprocesdocument; "
        "financiële afspraken in de begroting die de stuurgroep heeft vastgesteld.",
        "Operationeel borgen we de samenwerking via een gezamenlijk casuïstiekoverleg en een "
        "vaste contactpersoon per organisatie.",
        "Elk kwartaal bespreekt de stuurgroep de voortgang aan de hand van een dashboard met "
        "het aantal deelnemers, de wachttijd en de tevredenheid van deelnemers en "
        "mantelzorgers.",
        "Voor de gegevensuitwisseling is een verwerkersovereenkomst gesloten en is een DPIA "
        "uitgevoerd.",
    ),
    "vervolg": (
        "Als de evaluatie positief is, willen we de aanpak vanaf 2026 structureel maken. We "
        "verkennen met het zorgkantoor of preventieve inzet vanuit de Wlz mogelijk wordt na de "
        "wetswijziging.",
        "De gemeente reserveert in de meerjarenbegroting 2026-2029 middelen voor de {rol}. "
        "Daarnaast maken we afspraken met de zorgverzekeraar over de bekostiging van de "
        "wijkverpleging binnen de aanpak.",
        "Een uitbreiding naar de overige wijken van {M} is mogelijk als de resultaten in {W1} "
        "dat rechtvaardigen. We denken aan een gefaseerde uitrol in {later} wijken.",
        "Lukt structurele bekostiging niet, dan borgen we in ieder geval de werkwijze en de "
        "opgebouwde netwerken in de reguliere wijkteams.",
    ),
    "voorbereiding": (
        "Voor de start is nog ongeveer {prep} nodig voor het werven van de {rol} en het "
        "vastleggen van de werkafspraken.",
        "In de voorbereiding volgen de professionals een gezamenlijke startbijeenkomst en "
        "richten we de registratie voor de monitor in.",
    ),
}

THEMES = (
    ("Toegang", "Inwoners melden zich apart bij het Wmo-loket, de huisarts en de "
     "wijkverpleging, met elk een eigen intake.",
     "Eén keukentafelgesprek door de {rol}, met één plan voor Wmo en Zvw."),
    ("Mantelzorg", "Mantelzorgers vinden pas hulp als zij al overbelast zijn.",
     "De {rol} vraagt bij elk gesprek naar de belasting van de mantelzorger en regelt zo "
     "nodig respijtzorg."),
    ("Signalering", "Signalen van huisarts en buren komen versnipperd binnen.",
     "Een vast wekelijks overleg in de wijk, waarin signalen binnen één week worden "
     "opgepakt."),
    ("Welzijn", "Welzijnsactiviteiten en zorg staan los van elkaar.",
     "De wijkverpleegkundige verwijst actief naar activiteiten in de wijk en gaat de eerste "
     "keer mee."),
    ("Crisis", "Bij een crisis volgt vaak een spoedopname in een verpleeghuis.",
     "Een logeerbed in de wijk en 24-uurs bereikbaarheid van het wijkteam."),
    ("Wonen", "Aanpassingen in de woning worden pas aangevraagd na een val.",
     "Een woningscan bij elk huisbezoek, samen met de woningcorporatie."),
    ("Dagstructuur", "Dagbesteding is er alleen met een indicatie.",
     "Vrij toegankelijke dagactiviteiten in het buurthuis, {dagen} dagen per week."),
)  # fmt: skip

QUALITATIVE = (
    ("Langer thuis wonen", "Deelnemers kunnen langer in hun eigen woning blijven, met zorg en "
     "ondersteuning die op elkaar zijn afgestemd."),
    ("Betere kwaliteit van leven", "Door aandacht voor wat de inwoner zelf belangrijk vindt, "
     "ervaren deelnemers meer regie en zingeving."),
    ("Minder belaste mantelzorgers", "Mantelzorgers hebben één aanspreekpunt en worden eerder "
     "ontlast, bijvoorbeeld met respijtzorg."),
    ("Werkplezier professionals", "Professionals ervaren meer ruimte om te doen wat nodig is; "
     "we verwachten dat het verzuim daalt."),
    ("Minder eenzaamheid", "Deelnemers hebben meer contact met buurtgenoten door de "
     "activiteiten in de wijk."),
    ("Sterkere sociale basis", "Vrijwilligers en buurtgenoten worden actief betrokken; het "
     "netwerk rond de inwoner wordt groter."),
    ("Betere samenwerking tussen domeinen", "Professionals uit zorg en welzijn kennen elkaar "
     "en weten elkaar sneller te vinden."),
)  # fmt: skip

# (kostenpost, beschrijving, lowest, highest): the amount is drawn between the two, unless
# the description multiplies to it ({uren} × {tarief}).
EXECUTION_POSTS = (
    ("Projectleiding", "Projectleider voor {uur} uur per week; bewaakt de planning en de "
     "afspraken met de stuurgroep.", 30_000, 110_000),
    ("Training en scholing", "- Training Positieve Gezondheid, {sessies} sessies à € {prijs} "
     "per sessie, max {max} deelnemers per keer\n- Intervisie voor het wijkteam", 5_000, 40_000),
    ("Inzet {rol}", "{fte} fte {rol} gedurende {maanden} maanden.", 40_000, 160_000),
    ("Extra inzet wijkverpleging", "Extra uren wijkverpleging (Zvw) voor deelnemers zonder "
     "indicatie: {uren} uur à € {tarief} per uur.", 0, 0),
    ("Extra kosten Wmo", "Extra begeleiding en hulp bij het huishouden voor deelnemers die "
     "nog geen indicatie hebben.", 10_000, 60_000),
    ("Arrangeurs", "Extra inzet van arrangeurs (0,5 fte) voor het combineren van Wmo- en "
     "Zvw-ondersteuning.", 20_000, 45_000),
    ("Vrijwilligers", "Vrijwilligersvergoeding voor {vrijwilligers} vrijwilligers en "
     "deskundigheidsbevordering.", 3_000, 20_000),
    ("Communicatie", "Folders, een wijkkrant (oplage {oplage}) en {bijeenkomsten} "
     "informatiebijeenkomsten.", 3_000, 25_000),
    ("Casuïstiekoverleg", "Overleg met huisartsen en praktijkondersteuners, {overleg}x per "
     "jaar.", 5_000, 30_000),
    ("Evaluatie", "Tussenevaluatie na {maanden} maanden en een eindevaluatie door een extern "
     "bureau.", 8_000, 35_000),
    ("Wijkactiviteiten", "Ontmoetingsactiviteiten in {W1} en {W2}, inclusief materiaal en "
     "catering.", 10_000, 80_000),
    ("Vervoer", "Vervoer naar activiteiten voor deelnemers die niet zelfstandig kunnen komen, "
     "ca. {ritten} ritten per week.", 4_000, 20_000),
    ("Mantelzorgondersteuning", "Respijtzorg en lotgenotencontact voor mantelzorgers van "
     "deelnemers.", 8_000, 40_000),
    ("Coördinatie vrijwilligers", "Coördinator vrijwilligers, 16 uur per week.", 15_000, 40_000),
    ("Administratie en verantwoording", "Financiële administratie, accountantscontrole en "
     "verantwoording via SiSa.", 4_000, 15_000),
    ("Stelpost onvoorzien", "Onvoorziene kosten, maximaal {stel}% van de begroting.",
     2_000, 25_000),
)  # fmt: skip

INITIAL_POSTS = (
    ("Opzet wijkteam", "Werving en inwerken van de {rol}; {start} startbijeenkomsten met de "
     "partners.", 5_000, 40_000),
    ("Ontwikkeling werkwijze", "Uitwerken van het werkproces, het mandaat tussen Wmo en Zvw en "
     "de privacyafspraken.", 8_000, 30_000),
    ("Inrichting registratie", "Inrichten van de registratie voor de monitor van de VU en een "
     "DPIA.", 3_000, 15_000),
    ("Kick-off", "Startbijeenkomst voor circa {professionals} professionals en een "
     "informatiemarkt voor inwoners.", 2_000, 10_000),
    ("Basistraining vooraf", "Basistraining voor het wijkteam vóór de start, {dagdelen} "
     "dagdelen.", 4_000, 20_000),
)  # fmt: skip

OTHER_SAVINGS = (
    ("Minder hulp bij het huishouden", "wmo", "{n} deelnemers minder hulp bij het "
     "huishouden, gemiddeld {h} uur per jaar à € 32,76 (prijslijst)."),
    ("Minder huisartsbezoeken en spoedritten", "zvw", "Op basis van de registratie van de "
     "huisartsenpraktijken in {W1} in 2024."),
    ("Minder crisisopnames (eerstelijnsverblijf)", "zvw", "{n} opnames van gemiddeld {d} "
     "dagen voorkomen."),
    ("Minder individuele begeleiding", "wmo", "Lichtere ondersteuning door inzet van "
     "vrijwilligers; {h} uur minder begeleiding per deelnemer."),
)  # fmt: skip

TOELICHTING_A = (
    "Half jaar uitstel", "Vier maanden later instroom in de Wlz, op basis van de pilot in 2023",
    "Schatting projectgroep", "Gemiddeld uitstel uit de evaluatie van eerdere DOS-experimenten",
)  # fmt: skip
TOELICHTING_B = (
    "schatting", "{pct}% van de deelnemers", "op basis van de Wlz-instroom in de wijken in 2024",
    "eigen registratie wijkteam",
)  # fmt: skip
TOELICHTING_C_MPT = (
    "gemiddeld tarief excl. BH VPT 5-6-7", "NZa-tarief 2025, gemiddelde MPT 4VV en 5VV",
    "gemiddeld tarief VPT zonder behandeling",
)  # fmt: skip
TOELICHTING_C_INTRA = (
    "gemiddeld tarief excl. BH ZZP 5-6-7", "NZa-tarief 2025, ZZP VV 5 excl. behandeling",
    "gemiddelde kosten verpleeghuiszorg per dag",
)  # fmt: skip

DAYS_WHOLE = (60, 90, 120, 150, 180)
DAYS_DECIMAL = (Decimal("60.5"), Decimal("91.5"), Decimal("121.5"), Decimal("152.5"),
                Decimal("182.5"))  # fmt: skip
COST_MPT = (Decimal("285.00"), Decimal("262.50"), Decimal("298.40"), Decimal("243.75"))
COST_INTRAMURAL = (Decimal("334.00"), Decimal("312.60"), Decimal("345.00"), Decimal("321.25"))
STARTS = (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1), date(2025, 3, 17))
ENDS = (date(2025, 12, 31), date(2025, 12, 31), date(2025, 11, 30))


# -- helpers ----------------------------------------------------------------------------------
def nl_int(value: int) -> str:
    """A whole number as Dutch text: ``7200`` -> ``7.200``."""
    return f"{value:,}".replace(",", ".")


def round_cents(value: Decimal) -> Decimal:
    """Half up to whole cents: the form's rounding of A × B × C."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount between ``low`` and ``high``, as people budget: often round, sometimes with
    cents."""
    unit = rng.choice((Decimal(1000), Decimal(500), Decimal(100), Decimal(50), Decimal(1),
                       CENT))  # fmt: skip
    steps = rng.randint(int(Decimal(low) / unit), int(Decimal(high) / unit))
    return (unit * steps).quantize(CENT)


def _split(rng: random.Random, whole: Decimal, parts: int) -> list[Decimal]:
    """``whole`` in ``parts`` positive amounts (whole euros but the last) that add up to it."""
    if parts == 1:
        return [whole]
    shares = [rng.randint(2, 10) for _ in range(parts)]
    amounts = [
        (whole * share / sum(shares)).quantize(Decimal(1), rounding=ROUND_DOWN).quantize(CENT)
        for share in shares[:-1]
    ]
    amounts.append(whole - sum(amounts, Decimal(0)))
    return amounts


def _pick(rng: random.Random, pool: tuple[Any, ...], low: int, high: int) -> list[Any]:
    """``low`` to ``high`` items of ``pool``, in the pool's order."""
    count = rng.randint(min(low, len(pool)), min(high, len(pool)))
    return [pool[i] for i in sorted(rng.sample(range(len(pool)), count))]


def _slug(name: str) -> str:
    """A short mail domain for an organisation: its first distinctive word."""
    kept = "".join(ch for ch in name.casefold() if ch.isalnum() or ch == " ")
    skip = {"stichting", "gemeente", "de", "het", "van", "en", "afdeling", "zorgkantoor",
            "zorgverzekeraar", "welzijn"}  # fmt: skip
    words = [w for w in kept.split() if w not in skip] or kept.split()
    slug = words[0] if len(words[0]) >= 6 or len(words) == 1 else words[0] + words[1]
    return slug[:16].translate(str.maketrans("éëèöüï", "eeeoui"))


def _phone(rng: random.Random) -> str:
    """A made-up Dutch phone number: the subscriber number starts with 0, which no real
    number does."""
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randrange(5)
    if style == 0:
        return f"06-0{digits}"
    if style == 1:
        return f"06 0{digits[:3]} {digits[3:]}"
    if style == 2:
        return f"+31 6 0{digits[:3]} {digits[3:]}"
    area = rng.choice(("010", "030", "040", "050", "073", "088"))
    if style == 3:
        return f"{area}-0{digits[:6]}"
    return f"({area}) 0{digits[:2]} {digits[2:4]} {digits[4:6]}"


@dataclass
class _People:
    rng: random.Random
    used: set[str]

    def person(self, domain: str) -> dict[str, str]:
        while True:
            first = self.rng.choice(FIRST_NAMES)
            prefix, last = self.rng.choice(LAST_NAMES)
            name = " ".join(part for part in (first, prefix, last) if part)
            if name not in self.used:
                self.used.add(name)
                break
        local_last = (prefix + last).replace(" ", "").casefold()
        local = self.rng.choice(
            (f"{first[0].casefold()}.{local_last}", f"{first.casefold()}.{local_last}",
             f"{first[0].casefold()}{local_last}")
        )  # fmt: skip
        return {"naam": name, "email": f"{local}@{domain}.example", "telefoon": _phone(self.rng)}


def _roles(rng: random.Random, count: int) -> list[str]:
    """``count`` roles: gemeente and zorgkantoor, then an executing party, then others; all
    roles once there are seven or more."""
    roles = ["gemeente", "zorgkantoor"]
    if count >= 3:
        roles.append("zorgaanbieder")
    optional = ["welzijnsorganisatie", "zorgverzekeraar", "vrijwilligersinitiatief", "andere"]
    if count >= 7:
        roles += optional
        extra = ["andere", "andere", "zorgaanbieder", "gemeente", "andere", "welzijnsorganisatie"]
        roles += extra[: count - 7]
    else:
        roles += rng.sample(optional, count - len(roles))
    return sorted(roles, key=ROLE_ORDER.index)


def _parties(
    rng: random.Random, count: int, ctx: dict[str, str], people: _People
) -> list[dict[str, Any]]:
    names: dict[str, tuple[str, ...]] = {
        "zorgaanbieder": PROVIDERS,
        "welzijnsorganisatie": WELFARE,
        "vrijwilligersinitiatief": VOLUNTEERS,
        "andere": OTHERS,
    }
    used: set[str] = set()
    parties: list[dict[str, Any]] = []
    for role in _roles(rng, count):
        if role == "gemeente":
            municipality = (
                ctx["M"]
                if not any(p["rol"] == "gemeente" for p in parties)
                else rng.choice([m for m in MUNICIPALITIES if m != ctx["M"]])
            )
            organisation = f"Gemeente {municipality}"
        elif role == "zorgkantoor":
            organisation = f"Zorgkantoor {ctx['R']}"
        elif role == "zorgverzekeraar":
            organisation = rng.choice(INSURERS)
        else:
            choices = [n for n in names[role] if n not in used]
            organisation = rng.choice(choices).format(M=ctx["M"], W=ctx["W1"], R=ctx["R"])
        used.add(organisation)
        domain = _slug(organisation)
        persons = [people.person(domain) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
        party: dict[str, Any] = {
            "rol": role,
            "organisatie": organisation,
            "toegezegd": role != "andere" or rng.random() < 0.7,
            "contactpersonen": persons,
        }
        parties.append(party)
    return parties


def _first(parties: list[dict[str, Any]], *roles: str) -> str | None:
    for role in roles:
        for party in parties:
            if party["rol"] == role:
                return str(party["organisatie"])
    return None


def _text(rng: random.Random, key: str, ctx: dict[str, str], low: int = 1, high: int = 5) -> str:
    pool = TEXTS[key]
    chosen = _pick(rng, pool, low, high)
    return "\n\n".join(paragraph.format(**ctx) for paragraph in chosen)


def _role_division(parties: list[dict[str, Any]], ctx: dict[str, str]) -> str:
    tasks = {
        "gemeente": "is aanvrager en penvoerder en verzorgt de verantwoording via SiSa",
        "zorgkantoor": "denkt mee over de inzet van de middelen en volgt de Wlz-instroom",
        "zorgverzekeraar": "maakt de extra inzet van wijkverpleging mogelijk",
        "zorgaanbieder": "levert de {rol} en de wijkverpleging".format(**ctx),
        "welzijnsorganisatie": "organiseert de activiteiten in de wijk",
        "vrijwilligersinitiatief": "werft en begeleidt de vrijwilligers",
        "andere": "denkt mee en verwijst inwoners door",
    }
    lines = ["De rolverdeling is als volgt:"]
    seen: set[str] = set()
    for party in parties:
        if party["organisatie"] in seen:
            continue
        seen.add(party["organisatie"])
        lines.append(f"- {party['organisatie']} {tasks[party['rol']]};")
    lines[-1] = lines[-1].rstrip(";") + "."
    return "\n".join(lines)


# -- the figures ------------------------------------------------------------------------------
def _posts(
    rng: random.Random,
    pool: tuple[tuple[str, str, int, int], ...],
    count: int,
    ctx: dict[str, str],
    executors: list[str],
) -> list[dict[str, Any]]:
    posts = []
    for name, description, low, high in _pick(rng, pool, count, count):
        if "{uren}" in description:  # the description multiplies to the amount
            hours = rng.choice((260, 312, 480, 520, 750))
            rate = rng.choice((Decimal("64.00"), Decimal("75.00"), Decimal("78.50")))
            text = description.format(uren=hours, tarief=f"{rate:.2f}".replace(".", ","))
            amount = (hours * rate).quantize(CENT)
        else:
            text = description.format(**ctx)
            amount = _amount(rng, low, high)
        posts.append(
            {
                "kostenpost": name.format(**ctx),
                "beschrijving": text,
                "uitvoerder": rng.choice(executors),
                "bedrag": amount,
            }
        )
    return posts


def _total(amounts: list[Decimal]) -> Decimal:
    return sum(amounts, Decimal("0.00")).quantize(CENT)


def _delay(
    rng: random.Random, days: Decimal, cost: Decimal, target: Decimal, decimals: bool
) -> Decimal:
    """B, the residents for whom a delay is expected, so that A × B × C is near ``target``."""
    step = Decimal("0.1") if decimals else Decimal(1)
    residents = (target / (days * cost)).quantize(step, rounding=ROUND_HALF_UP)
    if decimals and residents == residents.to_integral_value():
        residents += Decimal("0.1")  # a decimal, as the shape asks
    return max(residents, step if not decimals else Decimal("1.1"))


def _route(
    days: Decimal, residents: Decimal, cost: Decimal, notes: tuple[str, str, str]
) -> dict[str, Any]:
    return {
        "dagen": days,
        "toelichting_dagen": notes[0],
        "inwoners": residents,
        "toelichting_inwoners": notes[1],
        "kosten_per_dag": cost,
        "toelichting_kosten": notes[2],
        "totaal": round_cents(days * residents * cost),
    }


def _benefits(
    rng: random.Random, shape: Shape, costs: Decimal, ctx: dict[str, str], term_days: int
) -> dict[str, Any]:
    """The two routes and the other savings: at least the costs (positive) or below them."""
    factor = Decimal(rng.randint(103, 135) if shape.positive else rng.randint(60, 90)) / 100
    target = costs * factor
    pool = DAYS_DECIMAL if shape.decimal_days else tuple(Decimal(d) for d in DAYS_WHOLE)
    days = [d for d in pool if d <= term_days] or [pool[0]]
    a_mpt, a_intra = rng.choice(days), rng.choice(days)
    c_mpt, c_intra = rng.choice(COST_MPT), rng.choice(COST_INTRAMURAL)
    share_mpt = Decimal(rng.randint(30, 50)) / 100
    share_intra = Decimal(rng.randint(30, 50)) / 100
    b_mpt = _delay(rng, a_mpt, c_mpt, target * share_mpt, shape.decimal_residents)
    b_intra = _delay(rng, a_intra, c_intra, target * share_intra, shape.decimal_residents)
    step = Decimal("0.1") if shape.decimal_residents else Decimal(1)

    def notes(costs_notes: tuple[str, ...]) -> tuple[str, str, str]:
        return (
            rng.choice(TOELICHTING_A),
            rng.choice(TOELICHTING_B).format(pct=rng.randint(5, 20)),
            rng.choice(costs_notes),
        )

    notes_mpt, notes_intra = notes(TOELICHTING_C_MPT), notes(TOELICHTING_C_INTRA)
    savings: list[dict[str, Any]] = []
    wanted = rng.randint(0, 3)
    for _ in range(10_000):  # b_intra moves one step per round; far fewer rounds are needed
        mpt = _route(a_mpt, b_mpt, c_mpt, notes_mpt)
        intra = _route(a_intra, b_intra, c_intra, notes_intra)
        rest = target - mpt["totaal"] - intra["totaal"]
        savings = []
        if wanted and rest > 100:
            amounts = _split(rng, rest.quantize(Decimal(1)).quantize(CENT), wanted)
            for (name, domain, note), amount in zip(
                _pick(rng, OTHER_SAVINGS, wanted, wanted), amounts, strict=True
            ):
                ctx_note = {**ctx, "n": str(rng.randint(5, 30)), "h": str(rng.randint(20, 80)),
                            "d": str(rng.randint(5, 20))}  # fmt: skip
                savings.append(
                    {
                        "omschrijving": name,
                        "domein": domain,
                        "bedrag": amount,
                        "toelichting": note.format(**ctx_note),
                    }
                )
        benefits = mpt["totaal"] + intra["totaal"] + _total([s["bedrag"] for s in savings])
        if shape.positive and benefits < costs:
            b_intra += step
        elif not shape.positive and benefits >= costs:
            if b_intra > step:
                b_intra -= step
            elif b_mpt > step:
                b_mpt -= step
            else:
                target = target * Decimal("0.9")
        else:
            break
    return {"uitstel_mpt_vpt": mpt, "uitstel_intramuraal": intra, "overige": savings}


# -- the application --------------------------------------------------------------------------
def make_application(seed: int, shape: Shape | None = None) -> dict[str, Any]:
    """One made-up application, drawn from ``random.Random(seed)`` (the ``shape`` too, when
    not given)."""
    rng = random.Random(seed)
    shape = shape or random_shape(rng)
    municipality = rng.choice(MUNICIPALITIES)
    wijken = rng.sample(NEIGHBOURHOODS, rng.randint(2, 4))
    profile = rng.choice(PROFILES)
    ctx: dict[str, str] = {
        **profile,
        "M": municipality,
        "R": rng.choice(REGIONS),
        "W1": wijken[0],
        "W2": wijken[1],
        "wijken": ", ".join(wijken[:-1]) + " en " + wijken[-1],
    }
    ctx["naam"] = rng.choice(EXPERIMENT_NAMES).format(M=municipality, W=wijken[0])
    numbers = {
        "pct": rng.randint(30, 55), "groei": rng.randint(8, 35), "maanden": rng.randint(3, 9),
        "mantel": rng.randint(40, 400), "opnames": rng.randint(2, 3),
        "praktijken": rng.randint(3, 14), "sessies": rng.randint(3, 8),
        "weken": rng.choice((4, 6, 8)), "pilot": rng.randint(12, 60), "later": rng.randint(2, 5),
        "uur": rng.choice((16, 20, 24, 32)), "prijs": rng.choice((350, 450, 500, 650)),
        "max": rng.choice((10, 12, 15)), "fte": rng.choice(("0,5", "0,8", "1,0", "1,6", "2,0")),
        "vrijwilligers": rng.randint(8, 40), "oplage": nl_int(rng.choice((2500, 5000, 12000))),
        "bijeenkomsten": rng.randint(2, 6), "overleg": rng.choice((6, 10, 12)),
        "ritten": rng.randint(10, 40), "stel": rng.choice((3, 5)), "start": rng.randint(2, 4),
        "professionals": rng.choice((40, 60, 80, 120)), "dagdelen": rng.randint(2, 6),
        "dagen": rng.randint(2, 5),
        "prep": rng.choice(("twee maanden", "zes weken", "drie maanden", "een maand")),
    }  # fmt: skip
    ctx.update({key: str(value) for key, value in numbers.items()})

    people = _People(rng, set())
    parties = _parties(rng, shape.parties, ctx, people)
    ctx["rolverdeling"] = _role_division(parties, ctx)

    start, end = rng.choice(STARTS), rng.choice(ENDS)
    term_days = (end - start).days + 1

    gemeente = _first(parties, "gemeente") or f"Gemeente {municipality}"
    executors = [
        name
        for name in (
            _first(parties, "zorgaanbieder"),
            _first(parties, "welzijnsorganisatie", "vrijwilligersinitiatief"),
            gemeente,
        )
        if name
    ]
    if len(executors) >= 2:
        executors.append(f"{executors[0]} en {executors[1]}")
    executors.append("Projectteam (alle partners)")
    initial = _posts(rng, INITIAL_POSTS, shape.initial_posts, ctx, executors)
    execution = _posts(rng, EXECUTION_POSTS, shape.execution_posts, ctx, executors)

    financing, initial, execution = _financing(rng, shape, parties, initial, execution)
    initial_total = _total([p["bedrag"] for p in initial])
    execution_total = _total([p["bedrag"] for p in execution])
    costs = initial_total + execution_total

    baten = _benefits(rng, shape, costs, ctx, term_days)
    mpt, intra = baten["uitstel_mpt_vpt"], baten["uitstel_intramuraal"]
    other = _total([s["bedrag"] for s in baten["overige"]])
    benefits = mpt["totaal"] + intra["totaal"] + other
    baten["kwalitatief"] = [
        {"baat": baat, "onderbouwing": text} for baat, text in _pick(rng, QUALITATIVE, 1, 5)
    ]

    delayed = int((mpt["inwoners"] + intra["inwoners"]).to_integral_value(ROUND_HALF_UP))
    helped = max(delayed + 1, 1) * rng.choice((5, 8, 10, 20, 40)) + rng.randint(0, 9) * 10
    ctx.update(
        inwoners=nl_int(helped * rng.randint(15, 40)),
        n75=nl_int(helped * rng.randint(3, 6)),
        deel1=str(helped // 2),
        deel2=str(helped - helped // 2),
    )

    description: dict[str, Any] = {
        "doelstelling": _text(rng, "doelstelling", ctx, 2),
        "doelgroep": _text(rng, "doelgroep", ctx),
        "gebied": _gebied(rng, ctx),
        "aantal_inwoners": helped,
    }
    if rng.random() < 0.8:
        description["ontwikkeling"] = _text(rng, "ontwikkeling", ctx, 1, 3)
    description["aansluitende_initiatieven"] = _text(rng, "aansluitende_initiatieven", ctx)
    description["werkwijze"] = {
        "beschrijving": _text(rng, "werkwijze", ctx),
        "themas": [
            {"thema": thema, "huidig": huidig, "experiment": experiment.format(**ctx)}
            for thema, huidig, experiment in _pick(rng, THEMES, 1, 4)
        ],
    }
    description["hypothesen"] = _text(rng, "hypothesen", ctx)
    description["noodzaak_uitkering"] = _text(rng, "noodzaak_uitkering", ctx)
    description["monitoring"] = {
        "deelname": True,
        "toelichting": "Wij nemen deel aan de monitor van de Vrije Universiteit. De "
        "projectleider zorgt voor de registratie van het zorggebruik van de deelnemers.",
    }
    description["samenwerking"] = _text(rng, "samenwerking", ctx)
    description["borging"] = _text(rng, "borging", ctx)
    description["vervolg"] = _text(rng, "vervolg", ctx)

    opgave: dict[str, Any] = {
        "initiele_kosten": initial_total,
        "uitvoeringskosten": execution_total,
    }
    if shape.stated_totals:
        opgave["totaal_kosten"] = costs
    opgave["overige_besparingen"] = other
    if shape.stated_totals:
        opgave["totaal_baten"] = benefits
    opgave["saldo"] = benefits - costs

    return {
        "spukdos": 1,
        "regeling_jaar": 2025,
        "experiment": {
            "naam": ctx["naam"],
            "gemeente": municipality,
            "variant": shape.variant,
            "startdatum": start,
            "einddatum": end,
            "voorbereiding": _text(rng, "voorbereiding", ctx, 1, 2),
        },
        "partijen": parties,
        "beschrijving": description,
        "kosten": {"initieel": initial, "uitvoering": execution},
        "financiering": financing,
        "baten": baten,
        "opgave": opgave,
    }


def _gebied(rng: random.Random, ctx: dict[str, str]) -> str:
    pool = TEXTS["gebied"]
    rest = _pick(rng, pool[1:], 0, 2)
    return "\n\n".join(p.format(**ctx) for p in (pool[0], *rest))


def _financing(
    rng: random.Random,
    shape: Shape,
    parties: list[dict[str, Any]],
    initial: list[dict[str, Any]],
    execution: list[dict[str, Any]],
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Section 11: who pays what. In the variant centraal persoon without contributions (or
    with costs below two clients' grants) the largest post takes up the difference, so that
    the grant pays the costs exactly."""
    costs = _total([p["bedrag"] for p in (*initial, *execution)])
    contributors = [
        str(p["organisatie"])
        for p in parties
        if p["rol"] in ("gemeente", "zorgaanbieder", "zorgverzekeraar", "welzijnsorganisatie")
    ]
    contributors = list(dict.fromkeys(contributors))  # an organisation once
    financing: dict[str, Any] = {}
    if shape.variant == "cofinanciering":
        share = rng.choice((MAX_GRANT_SHARE, MAX_GRANT_SHARE, Decimal("0.75"), Decimal("0.70")))
        grant = (costs * share).quantize(Decimal(1), rounding=ROUND_DOWN).quantize(CENT)
        partners = contributors[: rng.randint(1, min(3, len(contributors)))]
        amounts = _split(rng, costs - grant, len(partners))
        financing["bijdragen"] = [
            {"partij": name, "bedrag": amount}
            for name, amount in zip(partners, amounts, strict=True)
        ]
        financing["uitkering"] = grant
    else:
        if shape.contributions and costs >= 2 * PER_CLIENT:  # else the grant would exceed them
            share = Decimal(rng.randint(60, 90)) / 100
            clients = max(1, int(costs * share / PER_CLIENT))
            grant = PER_CLIENT * clients
            partners = contributors[: rng.randint(1, min(2, len(contributors)))]
            amounts = _split(rng, costs - grant.quantize(CENT), len(partners))
            financing["bijdragen"] = [
                {"partij": name, "bedrag": amount}
                for name, amount in zip(partners, amounts, strict=True)
            ]
        else:
            clients = max(1, int((costs / PER_CLIENT).to_integral_value(ROUND_HALF_UP)))
            grant = PER_CLIENT * clients
            largest = max((*initial, *execution), key=lambda p: p["bedrag"])
            largest["bedrag"] = (largest["bedrag"] + grant - costs).quantize(CENT)
            if largest["bedrag"] <= 0:  # pragma: no cover - the largest post is > € 2.725 / 2
                raise ValueError("no post can take up the difference")
        financing["aantal_clienten"] = clients
        financing["uitkering"] = grant.quantize(CENT)
    financing["totaal"] = _total(
        [b["bedrag"] for b in financing.get("bijdragen", [])] + [financing["uitkering"]]
    )
    return financing, initial, execution
