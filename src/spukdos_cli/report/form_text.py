"""The 2025 format's own instruction texts that ``spukdos export`` writes whole, word for word
as the format has them ("Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS)
2025", Ministry of VWS / DUS-I), where the fixed texts the import finds its answers by
(:mod:`spukdos_cli.read.document.anchors`) are only the beginnings.

The one change: the monitoring paragraph names the VWS implementation adviser with name,
phone number and e-mail address; those are personal data and are left out ("contact
opnemen met de Implementatie Adviseur van VWS"). The period of the grant is that of the
application's year (``{year}``); the format's own is 2025. Data, not code: the export lays
these out, a reviewer can change the wording here.
"""

from __future__ import annotations

COSTS_AND_BENEFITS: tuple[str, ...] = (
    "In dit onderdeel vragen wij u om – voor zover mogelijk – een inschatting te maken van de "
    "kosten en baten van het experiment. De bedoeling is dat uit uw inschatting blijkt dat uw "
    "experiment een positieve businesscase oplevert, oftewel dat de gemaakte kosten niet hoger "
    "zijn dan de verwachte baten. Let op: de kosten en baten uit dit format kunnen niet "
    "een-op-een gebruikt worden voor de specificatie van de begroting die u moet meesturen bij "
    "de aanvraag van de SPUK (in geval van een experiment op basis van vergoeding van 80% van de "
    "kosten). Dit komt onder meer doordat de looptijd van het experiment anders kan zijn dan de "
    "periode van de SPUK (van 1 januari {year} tot en met 31 december {year}) en doordat de "
    "kosten (en baten) van de SPUK bij de verantwoording controleerbaar door een accountant "
    "moeten zijn.",
    "Overigens zijn kosten voor reguliere bedrijfsvoering of langlopende verplichtingen zoals "
    "licenties voor automatisering zijn niet aan te merken als kosten voor het experiment.",
)
"""Under the heading "Kosten en baten": the part's introduction (two paragraphs)."""

COSTS_HEADING = "Kosten"

COSTS: str = (
    "Hieronder komen de kosten aan de orde die het experiment met zich meebrengt. We maken "
    "daarbij onderscheid tussen initiële projectkosten en uitvoeringskosten. Geef per kostenpost "
    "een korte toelichting en geef ook inzicht in wie de aan de kosten gerelateerde activiteiten "
    "uit gaat voeren. Dat kunnen ook meerdere partijen zijn. Probeer overlap in initiële en "
    "uitvoeringskosten te voorkomen. In de maatschappelijke prijslijst vindt u tarieven voor "
    "kostenposten. Deze tarieven zijn gemiddelden die na onderzoek tot stand zijn gekomen. Als u "
    "kostenposten opvoert die in de maatschappelijke prijslijst staan, dan moet u met die "
    "bedragen rekenen. Mocht een tarief voor uw experiment enorm afwijken, dan kunt u bij "
    "uitzondering met onderbouwing een ander tarief gebruiken."
)
"""Under the heading "Kosten", before the initial project costs."""

EXECUTION: tuple[str, tuple[str, ...], str] = (
    "Vul hieronder de uitvoeringskosten in die nodig zijn voor het experiment, inclusief "
    "beschrijving (toelichting) en wie de bijbehorende activiteiten uitvoert. Daarbij kunt u "
    "denken aan:",
    (
        "Opleidingskosten/bijscholing/intervisie.",
        "Kosten projectleider/coördinator.",
        "Extra inzet van arrangeurs.",
        "Extra inzet van anderen, zoals vrijwilligers.",
        "Extra kosten Wmo, zoals hulp bij huishouden.",
        "Extra kosten Zvw, zoals wijkverpleging.",
        "Overige kosten (graag specificeren).",
    ),
    "Licht de onderliggende aannames toe, waar mogelijk inclusief bronverwijzing.",
)
"""Under "Uitvoeringskosten": the question, its list of examples, and the request that ends it."""

BENEFITS: str = (
    "Hieronder volgen de verwachte baten van het experiment inclusief beschrijving "
    "(toelichting). Licht de onderliggende aannames toe, waar mogelijk inclusief "
    "bronverwijzing. In onderstaande tabel kunt u de kwantitatieve verwachte besparingen "
    "invullen."
)
"""Under "Financiële en maatschappelijke baten" (the format prints "verwachten", a typo)."""

QUALITATIVE: tuple[str, tuple[str, ...]] = (
    "In de onderstaande tabel kunt u aangeven welke kwalitatieve opbrengsten u verwacht van het "
    "experiment. Daarbij kunt u bijvoorbeeld denken aan:",
    (
        "Langer thuis wonen",
        "Een betere kwaliteit van leven voor de inwoner.",
        "Effecten voor naasten.",
        "Effecten voor de professional (werkplezier, verzuim, et cetera).",
    ),
)
"""Above the table of qualitative benefits: the question and its list of examples."""

MONITORING: str = (
    "Voor het monitoren van het centrale doel van het experiment (uitstel/voorkomen van "
    "Wlz-zorg) en de mogelijke maatschappelijke bijeffecten zal objectief en onafhankelijk "
    "wetenschappelijk onderzoek worden uitgevoerd en moeten gegevens worden verzameld door "
    "middel van een monitor. Deelname aan deze monitor is verplicht. De monitoring en evaluatie "
    "van de DOS-experimenten wordt uitgevoerd door de Vrije Universiteit Amsterdam (VU). De VU "
    "heeft een monitor ontwikkeld voorzien van een handleiding en een overzicht van veel "
    "gestelde vragen, waarin het zorggebruik veilig kan worden geregistreerd. Na de verlening "
    "van de specifieke uitkering wordt u benaderd door de Implementatie Adviseur van VWS. U kunt "
    "ook voor het gebruik van de monitor ook zelf contact opnemen met de Implementatie Adviseur "
    "van VWS."
)
"""The monitoring paragraph, without the adviser's name, phone number and e-mail address."""

APPENDIX: str = (
    "In deze tabel staan gegevens van de aanvraag waarvoor het format geen plaats heeft; "
    "spukdos leest ze terug wanneer dit document wordt geïmporteerd."
)
"""The sentence under the appendix's heading (:mod:`spukdos_cli.read.document.extra`)."""
