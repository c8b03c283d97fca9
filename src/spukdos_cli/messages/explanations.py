"""The longer explanation of every finding code (``spukdos explain CODE``).

Kept apart from the message catalogue so the catalogue stays readable. Dutch first,
English second. A test fails when a code has no explanation here.
"""

from __future__ import annotations

EXPLANATIONS: dict[str, tuple[str, str]] = {
    "Y001": (
        "spukdos kon het bestand niet openen: het bestaat niet, is een map, of u mag het niet "
        "lezen. Een bestand dat niet gelezen kan worden telt als fout (exitcode 1).",
        "spukdos could not open the file: it does not exist, is a directory, or may not be "
        "read. A file that cannot be read counts as an error (exit code 1).",
    ),
    "Y002": (
        "De tekst volgt de YAML-regels niet. De gewone vergissingen herkent spukdos en legt "
        "ze uit met de oplossing, op de regel waar de vergissing zit: een dubbele punt in "
        "tekst zonder aanhalingstekens, een tekst die met een apostrof begint "
        "('s-Hertogenbosch), een tweede regel tekst zonder |, een tab, een verkeerde "
        "inspringing, een vergeten spatie na de dubbele punt. Daarna controleert spukdos de "
        "rest van het bestand zonder die regels, zodat één run meer fouten kan tonen; een "
        "fout die spukdos niet zeker weet, meldt het niet.",
        "The text does not follow the YAML rules. spukdos recognises the common mistakes and "
        "explains them with the fix, on the line where the mistake is: a colon in text "
        "without quotes, a text that starts with an apostrophe ('s-Hertogenbosch), a second "
        "line of text without |, a tab, a wrong indentation, a forgotten space after the "
        "colon. It then checks the rest of the file without those lines, so that one run can "
        "show more errors; an error it is not sure of, it does not report.",
    ),
    "Y003": (
        "Een sleutel die twee keer in dezelfde sectie staat, zou stilzwijgend één van de twee "
        "waarden laten verdwijnen. spukdos weigert dat en noemt beide regels.",
        "A key that appears twice in the same section would silently drop one of the two "
        "values. spukdos refuses and names both lines.",
    ),
    "Y004": (
        "YAML-tags zoals !!python/object kunnen bij andere programma's code uitvoeren. "
        "spukdos bouwt nooit objecten uit tags; alleen !!str (forceer tekst) is toegestaan.",
        "YAML tags such as !!python/object can run code in other programs. spukdos never "
        "constructs objects from tags; only !!str (force text) is allowed.",
    ),
    "Y005": (
        "Het bestand is leeg of bevat alleen commentaar.",
        "The file is empty or holds only comments.",
    ),
    "Y006": (
        "Eén bestand is één aanvraag. Meerdere YAML-documenten (gescheiden door ---) worden "
        "niet gelezen.",
        "One file is one application. Several YAML documents (separated by ---) are not read.",
    ),
    "Y007": (
        "Een businesscase bestaat uit secties met sleutels (experiment:, kosten:, ...). Een "
        "bestand dat alleen een lijst of één waarde bevat, is geen businesscase.",
        "A businesscase consists of sections with keys (experiment:, kosten:, ...). A file "
        "holding only a list or a single value is not a businesscase.",
    ),
    "Y008": (
        "spukdos leest UTF-8 (met of zonder BOM) en UTF-16 met BOM. Andere coderingen, zoals "
        "Latin-1 uit oude tekstverwerkers of UTF-32, en binaire bestanden (NUL-bytes) worden "
        "geweigerd in plaats van verkeerd gelezen.",
        "spukdos reads UTF-8 (with or without BOM) and UTF-16 with a BOM. Other encodings, "
        "such as Latin-1 from old editors or UTF-32, and binary files (NUL bytes) are refused "
        "rather than misread.",
    ),
    "Y009": (
        "Veiligheidsgrenzen beschermen tegen vijandige bestanden: hoogstens 4 MiB, 50 niveaus "
        "diep, 20.000 waarden (aliassen meegeteld), 100 aliassen, 200 items in één lijst en "
        "100.000 tekens in één tekst. Een echte aanvraag is ongeveer 40 KB en 6 niveaus diep, "
        "met lijsten van hooguit enkele tientallen regels.",
        "Safety limits protect against hostile files: at most 4 MiB, 50 levels deep, 20,000 "
        "values (aliases expanded), 100 aliases, 200 items in one list and 100,000 characters "
        "in one text. A real application is about 40 KB and 6 levels deep, with lists of a few "
        "dozen items at most.",
    ),
    "Y010": (
        "Sleutels moeten gewone tekst zijn. Samenvoeg-sleutels (<<) en lijsten of secties als "
        "sleutel worden niet ondersteund.",
        "Keys must be plain text. Merge keys (<<) and lists or sections as keys are not supported.",
    ),
    "Y011": (
        "Per bestand toont spukdos hoogstens 500 bevindingen over de YAML en de structuur; "
        "daarna één Y011 met het aantal dat niet getoond wordt. Zoveel fouten wijzen op één "
        "patroon (bijvoorbeeld overal dezelfde schrijfwijze van bedragen): los de eerste op en "
        "controleer opnieuw.",
        "Per file spukdos shows at most 500 findings about the YAML and the structure, then "
        "one Y011 with the number not shown. That many errors point to one pattern (for "
        "example the same spelling of amounts everywhere): fix the first ones and check again.",
    ),
    "S001": (
        "Het formaat is gesloten: een sleutel die spukdos niet kent, is vaak een tikfout en "
        "zou anders stilzwijgend genegeerd worden. De melding stelt de dichtstbijzijnde "
        "bekende sleutel voor.",
        "The format is closed: a key spukdos does not know is often a typo that would "
        "otherwise be silently ignored. The message suggests the closest known key.",
    ),
    "S002": (
        "De waarde is van het verkeerde soort: tekst waar een getal hoort, een lijst waar een "
        "sectie hoort, 'yes' waar true of false hoort, of een datum die niet als JJJJ-MM-DD "
        "is geschreven.",
        "The value is of the wrong kind: text where a number belongs, a list where a section "
        "belongs, 'yes' where true or false belongs, or a date not written as YYYY-MM-DD.",
    ),
    "S003": (
        "Bedragen, dagen en aantallen kunnen niet negatief zijn.",
        "Amounts, days and counts cannot be negative.",
    ),
    "S004": (
        "spukdos leest getallen letterlijk en raadt nooit. '1.250' kan 1250 of 1,25 zijn; "
        "'012' kan een tikfout zijn; een bedrag heeft hoogstens twee decimalen. Schrijf het "
        "getal zo dat het maar één ding kan betekenen (zie docs/numbers.md).",
        "spukdos reads numbers literally and never guesses. '1.250' could be 1250 or 1.25; "
        "'012' may be a typo; an amount has at most two decimals. Write the number so that it "
        "can mean only one thing (see docs/numbers.md).",
    ),
    "S005": (
        "De eerste regel 'spukdos: 1' zegt welke versie van het bestandsformaat het bestand "
        "volgt, zodat latere versies van spukdos het correct blijven lezen.",
        "The line 'spukdos: 1' states which version of the file format the file follows, so "
        "that later versions of spukdos keep reading it correctly.",
    ),
    "S006": (
        "De waarde moet één van een vaste reeks keuzes zijn (bijvoorbeeld een rol of variant).",
        "The value must be one of a fixed set of choices (e.g. a role or variant).",
    ),
    "S007": (
        "Een keuze (een rol, variant of domein, of ja/nee) met een hoofdletter, spaties of een "
        "punt erachter ('Zorgkantoor', 'centraal persoon', 'Ja.') wordt gelezen zoals bedoeld; "
        "spukdos zegt hoe het de waarde las, zodat niets stil verandert.",
        "A choice (a role, variant or domain, or yes/no) written with a capital, spaces or a "
        "full stop ('Zorgkantoor', 'centraal persoon', 'Ja.') is read as meant; spukdos says "
        "how it read the value, so nothing changes silently.",
    ),
    "C001": (
        "DUS-I behandelt een onvolledige aanvraag niet; u krijgt één keer de kans haar aan te "
        "vullen. spukdos noemt per sectie van het format welke vragen nog open staan.",
        "DUS-I does not process an incomplete application; you get one chance to complete it. "
        "spukdos lists, per section of the form, which questions are still open.",
    ),
    "A001": (
        "Elk totaal dat de aanvrager opgeeft, wordt tot op de cent vergeleken met wat spukdos "
        "uit de onderliggende posten berekent. Alleen A × B × C wordt afgerond (op centen, "
        "half naar boven), zoals het format doet.",
        "Every total the applicant states is compared to the cent with what spukdos computes "
        "from the underlying items. Only A × B × C is rounded (to cents, half up), as the form "
        "does.",
    ),
    "V001": (
        "Het format vraagt aannemelijk te maken dat de verwachte baten minimaal zo groot zijn "
        "als de (extra) kosten. Een businesscase met een negatief saldo voldoet daar niet aan.",
        "The form asks to make it plausible that the expected benefits are at least as large "
        "as the (extra) costs. A businesscase with a negative net effect does not meet that.",
    ),
    "R001": (
        "In de variant cofinanciering moeten bijdragen en uitkering samen precies de kosten "
        "van het experiment dekken (tot op de cent).",
        "In the co-financed variant, contributions and grant together must cover the costs of "
        "the experiment exactly (to the cent).",
    ),
    "R002": (
        "In de variant cofinanciering komt hoogstens 80 % (2025) van de kosten uit de "
        "uitkering. De waarde per jaar staat in de regels van spukdos (spukdos rules). "
        "spukdos vergelijkt bedragen, tot op de cent: bij € 780.000,00 kosten is € 624.000,00 "
        "het maximum en € 624.000,01 te veel; het percentage in de melding is alleen ter "
        "informatie.",
        "In the co-financed variant at most 80% (2025) of the costs comes from the grant. The "
        "value per year is in spukdos's rules (spukdos rules). spukdos compares amounts, to "
        "the cent: with €780,000.00 of costs €624,000.00 is the maximum and €624,000.01 "
        "too much; the percentage in the message is for information only.",
    ),
    "R003": (
        "In de variant cofinanciering wordt minimaal 20 % (2025) van de kosten gedekt uit "
        "cofinanciering door de partners. spukdos vergelijkt de bedragen tot op de cent.",
        "In the co-financed variant at least 20% (2025) of the costs is covered by "
        "co-financing from the partners. spukdos compares the amounts to the cent.",
    ),
    "R004": (
        "In de variant met een centraal persoon is de uitkering een vast bedrag per "
        "geïncludeerde cliënt (2025: € 2.725). De uitkering moet dus gelijk zijn aan het "
        "aantal cliënten maal dat bedrag.",
        "In the variant with a central person the grant is a fixed amount per included client "
        "(2025: € 2,725). The grant must equal the number of clients times that amount.",
    ),
    "R005": (
        "spukdos kent niet voor elk regelingjaar elke waarde. Waar een waarde onbekend is, "
        "controleert spukdos de regel niet en zegt dat, in plaats van een waarde te verzinnen.",
        "spukdos does not know every value for every grant year. Where a value is unknown, "
        "spukdos does not check the rule and says so, rather than inventing a value.",
    ),
    "R006": (
        "Wie bijdraagt aan de financiering, is een samenwerkende partij en hoort met "
        "contactgegevens in de tabel van partijen te staan.",
        "Whoever contributes to the financing is a cooperating party and belongs in the table "
        "of parties, with contact details.",
    ),
    "R010": (
        "De samenwerking moet in ieder geval zijn toegezegd door de gemeente(n), het "
        "zorgkantoor en minimaal één uitvoerende partij (zorgaanbieder, welzijnsorganisatie "
        "of vrijwilligersinitiatief).",
        "Cooperation must at least be committed to by the municipality (or municipalities), "
        "the care office and at least one executing party (care provider, welfare "
        "organisation or volunteer initiative).",
    ),
    "R011": (
        "Elke contactpersoon heeft een bruikbaar e-mailadres nodig.",
        "Every contact person needs a usable e-mail address.",
    ),
    "R012": (
        "Elke contactpersoon heeft een bruikbaar telefoonnummer nodig (9 tot 15 cijfers).",
        "Every contact person needs a usable phone number (9 to 15 digits).",
    ),
    "R020": (
        "De startdatum moet op of vóór de einddatum liggen.",
        "The start date must be on or before the end date.",
    ),
    "R021": (
        "De uitkering geldt voor één kalenderjaar (2025: 1 januari tot en met 31 december). "
        "Een experiment dat daar helemaal buiten valt, past niet bij het regelingjaar.",
        "The grant covers one calendar year (2025: 1 January to 31 December). An experiment "
        "entirely outside it does not fit the grant year.",
    ),
    "R022": (
        "Looptijd en tijdvak mogen verschillen, maar alleen kosten binnen het tijdvak komen in "
        "aanmerking en worden verantwoord via SiSa.",
        "Term and grant period may differ, but only costs within the period qualify and are "
        "accounted for through SiSa.",
    ),
    "R030": (
        "Deelname aan de monitor van de Vrije Universiteit is een voorwaarde van de uitkering.",
        "Participation in the Vrije Universiteit's monitor is a condition of the grant.",
    ),
    "R031": (
        "Deelname aan de monitor is verplicht (het format, paragraaf 'Monitoring', en de "
        "DUS-I-pagina: 'Deelname aan deze monitor is verplicht'). Een verplicht antwoord dat "
        "ontbreekt is daarom een waarschuwing, geen opmerking: zet 'deelname: ja' onder "
        "beschrijving.monitoring. Andere verplichte onderdelen: de toezegging van gemeente, "
        "zorgkantoor en een uitvoerende partij (R010, fout) en de vragen van het format "
        "(C001, fout). Twee blijven een opmerking: het advies van het zorgkantoor (R050) hoort "
        "bij het aanvraagformulier, niet bij de businesscase, en 'nog_geen_wlz_zorg' (R041) is "
        "een criterium dat het format als tekst stelt, niet als vraag; de referentieaanvraag "
        "vult geen van beide in.",
        "Participation in the monitor is mandatory (the form, section 'Monitoring', and the "
        "DUS-I page: 'Deelname aan deze monitor is verplicht'). A mandatory answer that is "
        "missing is therefore a warning, not a note: set 'deelname: true' under "
        "beschrijving.monitoring. Other mandatory parts: the commitment of municipality, care "
        "office and an executing party (R010, error) and the form's questions (C001, error). "
        "Two stay a note: the care office's advice (R050) belongs to the application form, "
        "not to the businesscase, and 'nog_geen_wlz_zorg' (R041) is a criterion the form "
        "states as text, not as a question; the reference application fills in neither.",
    ),
    "R013": (
        "Het format vraagt per kostenpost wie de activiteiten uitvoert ('Dat kunnen ook "
        "meerdere partijen zijn'). spukdos splitst de uitvoerder in namen (bij komma's, "
        "schuine strepen, '&', 'en', 'i.s.m.' en 'met') en zoekt elke naam bij de "
        "organisaties onder 'partijen': een naam hoort bij een partij als een van zijn eigen "
        "woorden een woord van die organisatie is ('Brentano' bij 'Stichting Brentano "
        "Amstelveen'). Woorden die een soort partij noemen en geen organisatie (gemeente, "
        "partners, projectteam, vrijwilligers, ...) tellen niet mee; een naam van alleen zulke "
        "woorden wordt nooit gemeld. Lijkt een naam sterk op een woord van een partij "
        "(spelvariant, gelijkenis minstens 0,8), dan noemt de melding die partij.",
        "The form asks per cost item who carries out the activities ('Dat kunnen ook "
        "meerdere partijen zijn'). spukdos splits the executor into names (at commas, "
        "slashes, '&', 'en', 'i.s.m.' and 'met') and looks each name up among the "
        "organisations under 'partijen': a name belongs to a party when one of its own words "
        "is a word of that organisation ('Brentano' in 'Stichting Brentano Amstelveen'). "
        "Words that name a kind of party rather than an organisation (gemeente, partners, "
        "projectteam, vrijwilligers, ...) do not count; a name of only such words is never "
        "reported. When a name is spelled almost like a word of a party (a spelling variant, "
        "likeness at least 0.8), the message names that party.",
    ),
    "R014": (
        "Een organisatie die twee keer met dezelfde rol bij de partijen staat, is één partij "
        "twee keer (hoofdletters, spaties, leestekens, '&' of 'en' en rechtsvormen als "
        "stichting of b.v. tellen niet). Eén organisatie in twee rollen mag wel: een "
        "zorgverzekeraar die ook het zorgkantoor is, zoals in de referentieaanvraag.",
        "An organisation listed twice with the same role is one party twice (case, spacing, "
        "punctuation, '&' or 'en' and legal forms such as stichting or b.v. do not count). One "
        "organisation in two roles is allowed: a health insurer that is also the care office, "
        "as in the reference application.",
    ),
    "R023": (
        "Het tijdvak van de uitkering is het regelingjaar (voor 2025: 1 januari tot en met 31 "
        "december 2025, volgens het format). Loopt het experiment helemaal buiten het "
        "regelingjaar, dan is het jaar of de looptijd verkeerd. Kent spukdos het tijdvak van "
        "het jaar, dan vergelijkt R021 het experiment daarmee; deze waarschuwing geldt waar "
        "het tijdvak niet bekend is.",
        "The grant period is the grant year (for 2025: 1 January to 31 December 2025, per "
        "the form). An experiment entirely outside the grant year has the wrong year or the "
        "wrong term. Where spukdos knows the year's grant period, R021 compares the "
        "experiment with it; this warning is for where the period is not known.",
    ),
    "R024": (
        "spukdos heeft ingebouwde regels per regelingjaar (zie 'spukdos rules'). Voor een "
        "ander jaar zegt elke regel die ze nodig heeft 'niet gecontroleerd' (R005); deze "
        "waarschuwing zegt één keer waarom, zodat een verkeerd jaar (2024 op een aanvraag "
        "voor 2025) niet ongemerkt langs komt. Geef de regels van dat jaar met --regels.",
        "spukdos has built-in rules per grant year (see 'spukdos rules'). For another year "
        "every rule that needs them says 'not checked' (R005); this warning says why, once, "
        "so that a wrong year (2024 on an application for 2025) does not pass unnoticed. "
        "Give that year's rules with --regels.",
    ),
    "R055": (
        "Het advies van het zorgkantoor hoort bij de aanvraag. De aanvraagrondes voor een "
        "regelingjaar beginnen in het jaar ervoor (voor 2024: vanaf november 2023), dus een "
        "advies van vóór dat jaar gaat over een eerdere aanvraag. Een advies van na de start "
        "van het experiment is niet vooraf gegeven; was er een latere aanvraagronde, licht "
        "dat dan toe.",
        "The care office's advice belongs to the application. The application rounds for a "
        "grant year open in the year before (for 2024: from November 2023), so an advice "
        "from before that year is about an earlier application. An advice dated after the "
        "experiment starts was not given beforehand; if there was a later round, say so.",
    ),
    "P001": (
        "Een kostenpost of tarief C kan een tarief uit de prijslijst noemen (tarief: SLEUTEL). "
        "Die sleutel moet in de prijslijst in gebruik staan: de ingebouwde (spukdos prices) "
        "of die van --prices.",
        "A cost item or rate C can name a price-list rate (tarief: KEY). That key must be in "
        "the price list in force: the built-in one (spukdos prices) or the one from --prices.",
    ),
    "P002": (
        "Het format: posten die in de maatschappelijke prijslijst staan, rekent u met die "
        "bedragen; wijkt een tarief enorm af, dan kan dat bij uitzondering met onderbouwing. "
        "spukdos vraagt een onderbouwing boven de tolerantie (standaard 10 %, instelbaar met "
        "--tolerantie); die grens is een keuze van spukdos, geen regel uit het format.",
        "The form: items in the price list are calculated with its amounts; a rate that "
        "deviates enormously is allowed by exception, with a justification. spukdos asks for "
        "one above the tolerance (default 10%, set with --tolerantie); that threshold is "
        "spukdos's choice, not a rule of the form.",
    ),
    "P003": (
        "Een afwijkend tarief met onderbouwing: ter informatie voor de beoordelaar.",
        "A deviating rate with a justification: for the reviewer's information.",
    ),
    "P004": (
        "C is een bedrag per inwoner per dag. Een tarief per uur of per jaar kan niet zonder "
        "aanname worden omgerekend, dus spukdos vergelijkt het niet.",
        "C is an amount per resident per day. A rate per hour or per year cannot be converted "
        "without an assumption, so spukdos does not compare it.",
    ),
    "P005": (
        "Zonder sleutel kan spukdos het tarief niet met de prijslijst vergelijken; het rapport "
        "zegt dat, zodat de beoordelaar het zelf kan nagaan, en noemt het bereik van "
        "Wlz-dagtarieven waartegen het tarief wel is gehouden (Q012 als het erbuiten valt).",
        "Without a key spukdos cannot compare the rate with the price list; the report says "
        "so, so that the reviewer can check it, and names the range of Wlz day rates the rate "
        "was held against instead (Q012 when it lies outside).",
    ),
    "P006": (
        "Een tarief per eenheid volgt uit bedrag ÷ aantal; zonder aantal geen vergelijking.",
        "A rate per unit follows from amount ÷ quantity; without a quantity, no comparison.",
    ),
    "Q001": (
        "Een fractie zoals 6,1 inwoners is een verwachtingswaarde; dat is prima, maar de "
        "beoordelaar wil weten waarop die verwachting rust.",
        "A fraction such as 6.1 residents is an expected value; that is fine, but the reviewer "
        "wants to know what the expectation rests on.",
    ),
    "Q002": (
        "Uitstel kan niet verwacht worden voor meer inwoners dan het experiment helpt.",
        "Delay cannot be expected for more residents than the experiment helps.",
    ),
    "Q003": (
        "Nul dagen uitstel maakt de route zonder betekenis voor de businesscase.",
        "Zero days of delay makes the route meaningless for the businesscase.",
    ),
    "Q004": (
        "Een uitstel dat langer is dan het experiment loopt (of langer dan een jaar als de "
        "looptijd onbekend is) vraagt bewijs. Deze grens is een beoordelingsregel van spukdos.",
        "A delay longer than the experiment runs (or longer than a year when the term is "
        "unknown) needs evidence. This threshold is a reviewing heuristic of spukdos.",
    ),
    "Q005": (
        "Het format vraagt overige besparingen met toelichting. Een toelichting die alleen "
        "'schatting' zegt, onderbouwt het bedrag niet.",
        "The form asks for other savings with an explanation. An explanation that only says "
        "'estimate' does not substantiate the amount.",
    ),
    "Q006": (
        "Het format vraagt overlap tussen initiële en uitvoeringskosten te voorkomen.",
        "The form asks to avoid overlap between initial and execution costs.",
    ),
    "Q007": (
        "Kosten voor reguliere bedrijfsvoering of langlopende verplichtingen (zoals licenties "
        "voor automatisering) zijn volgens het format geen kosten voor het experiment. "
        "spukdos zoekt in naam en beschrijving van elke post: elk woord met licentie, licence, "
        "license, abonnement of afschrijving erin (softwarelicenties), het woord "
        "bedrijfsvoering, en deze woorden als los woord: huur, huren, huurkosten, huurlasten, "
        "kantoorhuur, huisvesting, huisvestingskosten, huisvestingslasten, overhead, "
        "overheadkosten, overheadtoeslag, ICT-beheer, ICT-kosten, applicatiebeheer, "
        "systeembeheer, kantoorkosten, kantoorartikelen, energiekosten, hosting, "
        "hostingkosten, servicecontract, onderhoudscontract, vaste lasten, reguliere "
        "formatie, reguliere taken. De melding citeert de gevonden woorden.",
        "Per the form, regular operating costs and long-running obligations (such as software "
        "licences) are not costs of the experiment. spukdos searches each item's name and "
        "description: every word holding licentie, licence, license, abonnement or "
        "afschrijving (softwarelicenties), the word bedrijfsvoering, and these as words of "
        "their own: huur, huren, huurkosten, huurlasten, kantoorhuur, huisvesting, "
        "huisvestingskosten, huisvestingslasten, overhead, overheadkosten, overheadtoeslag, "
        "ICT-beheer, ICT-kosten, applicatiebeheer, systeembeheer, kantoorkosten, "
        "kantoorartikelen, energiekosten, hosting, hostingkosten, servicecontract, "
        "onderhoudscontract, vaste lasten, reguliere formatie, reguliere taken. The message "
        "quotes the words found.",
    ),
    "Q010": (
        "Een inwoner bij wie zorg wordt uitgesteld telt in één route: uitstel van MPT/VPT of "
        "uitstel van opname. B van beide routes samen kan dus niet groter zijn dan het aantal "
        "inwoners dat het experiment helpt (aantal_inwoners); Q002 meldt een route die dat "
        "alleen al is.",
        "A resident whose care is delayed counts in one route: delay of MPT/VPT or delay of "
        "admission. B of both routes together cannot exceed the residents the experiment "
        "helps (aantal_inwoners); Q002 reports a route that does on its own.",
    ),
    "Q011": (
        "Rekenen beide routes met hetzelfde aantal inwoners (B gelijk), dan gaat het om "
        "dezelfde inwoners. Eén inwoner krijgt op een dag hooguit één vorm van Wlz-zorg (thuis "
        "als MPT/VPT, of in een instelling), dus voor dezelfde inwoners kan A van beide "
        "routes samen niet langer zijn dan de dagen waarover de baten tellen: de looptijd "
        "van het experiment plus een horizon van 183 dagen (een half jaar, het uitstel dat de "
        "referentieaanvraag zelf per route noemt) voor uitstel dat in de looptijd begint en "
        "daarna doorloopt. Eigen toetsgrens van spukdos.",
        "When both routes count the same number of residents (B equal), they are the same "
        "residents. A resident receives at most one form of Wlz care a day (at home as "
        "MPT/VPT, or in an institution), so for the same residents A of both routes together "
        "cannot exceed the days the benefits are counted over: the experiment's term plus a "
        "horizon of 183 days (half a year, the delay the reference application itself gives "
        "per route) for delay that starts in the term and runs on after it. spukdos's own "
        "threshold.",
    ),
    "Q012": (
        "C is de gemiddelde kosten per inwoner per dag van MPT/VPT of van intramurale zorg. "
        "Noemt de aanvraag geen sleutel uit de prijslijst, dan houdt spukdos C tegen het "
        "bereik van Wlz-dagtarieven van het regelingjaar (parameters kosten_per_dag_min en "
        "kosten_per_dag_max, in de ingebouwde regels en in een --regels-bestand; 'spukdos "
        "rules' toont ze met hun bron). Voor 2025: € 15 tot € 870 per dag, ruim genoeg voor "
        "elk MPT-, VPT- en ZZP-tarief, smal genoeg voor een verschoven komma (€ 3.340 voor "
        "€ 334) of een maandtarief als dagtarief. Met een sleutel vergelijken de P-meldingen "
        "C met het tarief zelf.",
        "C is the average cost per resident per day of MPT/VPT or of intramural care. When "
        "the application names no price list key, spukdos holds C against the range of Wlz "
        "day rates of the grant year (parameters kosten_per_dag_min and kosten_per_dag_max, "
        "in the built-in rules and in a --regels file; 'spukdos rules' shows them with their "
        "source). For 2025: € 15 to € 870 a day, wide enough for every MPT, VPT and ZZP rate, "
        "narrow enough for a slipped decimal (€ 3,340 for € 334) or a monthly rate typed as "
        "a daily one. With a key, the P findings compare C with the rate itself.",
    ),
    "Q013": (
        "Het format vraagt bij 'overige besparingen' om besparingen 'bijvoorbeeld in Wmo of in "
        "Zvw'. De besparing in de Wlz staat al in de twee uitstelroutes; een overige "
        "besparing die Wlz-zorg noemt (verpleeghuis, opname, intramuraal, Wlz, ZZP, VPT, MPT, "
        "als los woord, verpleeghuis en intramura ook als begin van een samenstelling) of in "
        "het domein Wlz staat, telt die zorg mogelijk dubbel. Niet gemeld: een woord na 'geen', "
        "'niet', 'buiten', 'zonder', 'exclusief' of 'behalve', en 'opname' bij het ziekenhuis, "
        "een crisisbed of eerstelijnsverblijf, of in het domein Wmo of Zvw.",
        "The form asks under 'overige besparingen' for savings 'for example in the Wmo or the "
        "Zvw'. The saving in the Wlz is already in the two delay routes; another saving that "
        "names Wlz care (verpleeghuis, opname, intramuraal, Wlz, ZZP, VPT, MPT, as a word of "
        "its own, verpleeghuis and intramura also at the start of a compound) or is in the "
        "Wlz domain may count that care twice. Not reported: a word after 'geen', 'niet', "
        "'buiten', 'zonder', 'exclusief' or 'behalve', and 'opname' with the hospital, a "
        "crisis bed or eerstelijnsverblijf, or in the Wmo or Zvw domain.",
    ),
    "Q014": (
        "Het format: 'Probeer overlap in initiële en uitvoeringskosten te voorkomen.' Twee "
        "posten (in dezelfde groep of in beide) waarvan de bedragen gelijk zijn of minder dan "
        "2 % verschillen, en die op elkaar lijken, zijn waarschijnlijk één kost twee keer. Op "
        "elkaar lijken: de namen hebben dezelfde woorden in een andere volgorde (gelijkenis "
        "minstens 80 op een schaal tot 100, zonder lidwoorden, voorzetsels en getallen), de "
        "ene naam is het begin van de andere ('Projectmanagement' en 'Projectmanagement "
        "experiment', 'Communicatie' en 'Communicatiemiddelen'; niet 'Vrijwilligers' en "
        "'Coördinatie vrijwilligers'), of de beschrijvingen hebben bijna "
        "dezelfde woorden (minstens 85). Bij bijna gelijke bedragen gelden 90 en 95. Posten "
        "met gelijke bedragen en andere woorden ('Inzet wijkcoach' en 'Inzet "
        "ouderenadviseur') worden niet gemeld. De melding noemt beide posten. Eigen "
        "toetsgrenzen van spukdos.",
        "The form: 'Probeer overlap in initiële en uitvoeringskosten te voorkomen.' Two items "
        "(in the same group or in both) whose amounts are equal or differ by less than 2 %, "
        "and that look alike, are probably one cost twice. Alike: the names have the same "
        "words in another order (likeness at least 80 on a scale to 100, without articles, "
        "prepositions and numbers), one name is the start of the other ('Projectmanagement' "
        "and 'Projectmanagement experiment', 'Communicatie' and 'Communicatiemiddelen'; not "
        "'Vrijwilligers' and 'Coördinatie vrijwilligers'), or the descriptions have "
        "nearly the same words (at least 85). For near amounts 90 and 95 apply. Items of equal "
        "amount in other words ('Inzet wijkcoach' and 'Inzet ouderenadviseur') are not "
        "reported. The message names both items. spukdos's own thresholds.",
    ),
    "Q015": (
        "Een opmerking, geen fout: 'nog_geen_wlz_zorg: ja' terwijl een zin van de doelgroep "
        "spreekt van inwoners die al een Wlz-indicatie of Wlz-zorg hebben ('met een "
        "Wlz-indicatie', 'die al Wlz-zorg ontvangen', 'reeds een Wlz-indicatie'). Een zin met "
        "'geen', 'niet', 'nog', 'zonder', 'voorkomen', 'uitstel', 'aanvraag', 'voordat', "
        "'minder' of 'verminderen' in de vijf woorden ervoor telt niet. De lijst is klein: "
        "liever een tegenspraak gemist dan een vals alarm.",
        "A note, not an error: 'nog_geen_wlz_zorg: true' while a sentence of the target group "
        "speaks of residents who already have a Wlz indication or Wlz care ('met een "
        "Wlz-indicatie', 'die al Wlz-zorg ontvangen', 'reeds een Wlz-indicatie'). A sentence "
        "with 'geen', 'niet', 'nog', 'zonder', 'voorkomen', 'uitstel', 'aanvraag', 'voordat', "
        "'minder' or 'verminderen' in the five words before does not count. The list is "
        "small: better to miss a contradiction than to raise a false alarm.",
    ),
    "Q016": (
        "Een opmerking, geen fout: het zorgkantoor staat op 'toegezegd: ja', terwijl een zin "
        "van de samenwerking (of de taak van het zorgkantoor) die het zorgkantoor noemt, zegt "
        "dat het nog niet heeft toegezegd: 'nog niet toegezegd', 'niet toegezegd', 'geen "
        "toezegging', 'nog geen akkoord', 'nog niet akkoord', 'nog niet ingestemd', 'nog in "
        "gesprek'. Liever een tegenspraak gemist dan een vals alarm.",
        "A note, not an error: the care office has 'toegezegd: true', while a sentence of the "
        "cooperation text (or the care office's task) that names the care office says it has "
        "not committed yet: 'nog niet toegezegd', 'niet toegezegd', 'geen toezegging', 'nog "
        "geen akkoord', 'nog niet akkoord', 'nog niet ingestemd', 'nog in gesprek'. Better to "
        "miss a contradiction than to raise a false alarm.",
    ),
    "Q008": (
        "Als de businesscase alleen positief is dankzij besparingen die een schatting zonder "
        "onderbouwing zijn, hangt het oordeel aan die schatting. spukdos toont het saldo "
        "zonder die besparingen.",
        "When the businesscase is positive only thanks to savings that are an unsubstantiated "
        "estimate, the verdict hangs on that estimate. spukdos shows the net effect without "
        "them.",
    ),
    # -- analysis and scenarios (issue 4) --
    "N001": (
        "Een scenario (sleutel scenarios, voor 'spukdos analyse') geeft invoer een andere "
        "waarde. Die invoer wordt met zijn pad genoemd, zoals baten.uitstel_mpt_vpt.dagen of "
        "kosten.uitvoering[4].bedrag (de eerste post heeft nummer 0). Een pad dat niet naar "
        "A, B of C van een uitstelbesparing, een overige besparing of een kostenpost in dit "
        "bestand wijst, zou stilzwijgend niets doen; spukdos weigert het.",
        "A scenario (key scenarios, for 'spukdos analyse') gives inputs another value. Each "
        "input is named by its path, such as baten.uitstel_mpt_vpt.dagen or "
        "kosten.uitvoering[4].bedrag (the first item is number 0). A path that does not point "
        "to A, B or C of a delay saving, an other saving or a cost item in this file would "
        "silently do nothing; spukdos refuses it.",
    ),
    "N002": (
        "Bedragen in een scenario volgen dezelfde regel als in de rest van het bestand: "
        "hoogstens twee decimalen. Dagen en inwoners mogen er vier hebben.",
        "Amounts in a scenario follow the same rule as in the rest of the file: at most two "
        "decimals. Days and residents may have four.",
    ),
    "N003": (
        "'spukdos analyse' zet de scenario's naast elkaar met hun naam als kop; twee "
        "scenario's met dezelfde naam zijn dan niet uit elkaar te houden.",
        "'spukdos analyse' shows the scenarios side by side with their name as the heading; "
        "two scenarios with the same name cannot be told apart.",
    ),
    # -- issue 15: what a reviewer checks --
    "R007": (
        "In de variant met een centraal persoon is de uitkering een vast bedrag per "
        "geïncludeerde cliënt; DUS-I noemt de uitkering een bijdrage in de (meer)kosten van "
        "het experiment. Een uitkering die hoger is dan alle kosten samen, wijst op "
        "ontbrekende kosten of een verkeerd aantal cliënten.",
        "In the variant with a central person the grant is a fixed amount per included "
        "client; DUS-I calls the grant a contribution to the (extra) costs of the experiment. "
        "A grant higher than all costs together points to missing costs or a wrong number of "
        "clients.",
    ),
    "R008": (
        "Het format vraagt in sectie 11 het overzicht van welke kosten door wie gefinancierd "
        "worden. In de variant met een centraal persoon dekt de vaste uitkering per cliënt "
        "meestal niet alle kosten; wie de rest betaalt, staat bij de bijdragen. Uitkering en "
        "bijdragen samen zijn dus precies de kosten, tot op de cent (zoals R001 in de variant "
        "cofinanciering).",
        "Section 11 of the form asks for the overview of which costs are financed by whom. In "
        "the variant with a central person the fixed grant per client seldom covers all "
        "costs; who pays the rest is listed among the contributions. Grant and contributions "
        "together are therefore exactly the costs, to the cent (as R001 in the co-financed "
        "variant).",
    ),
    "R040": (
        "Het format stelt als criterium dat het experiment zich richt op inwoners die nog "
        "geen Wlz-zorg ontvangen: het doel is Wlz-zorg uit te stellen of te voorkomen.",
        "The form sets as a criterion that the experiment is for residents who do not yet "
        "receive Wlz care: its aim is to delay or prevent Wlz care.",
    ),
    "R041": (
        "Het format stelt als criterium dat het experiment zich richt op inwoners die nog "
        "geen Wlz-zorg ontvangen. Het bestand kan dat zeggen met 'nog_geen_wlz_zorg: ja' "
        "onder 'beschrijving'; spukdos herinnert eraan wanneer het ontbreekt.",
        "The form sets as a criterion that the experiment is for residents who do not yet "
        "receive Wlz care. The file can say so with 'nog_geen_wlz_zorg: true' under "
        "'beschrijving'; spukdos reminds you when it is missing.",
    ),
    "R050": (
        "DUS-I vraagt bij elke aanvraag een advies van het regionale zorgkantoor, als "
        "onderdeel van het aanvraagformulier. Het hoort niet bij het businesscase-format, "
        "dus een bestand zonder advies is niet fout: spukdos herinnert eraan. Zet het advies "
        "onder 'advies_zorgkantoor' om de conclusies te laten controleren.",
        "DUS-I asks with every application an advice of the regional care office, as part of "
        "the application form. It is not part of the businesscase format, so a file without "
        "an advice is not wrong: spukdos reminds you of it. Put the advice under "
        "'advies_zorgkantoor' to have its conclusions checked.",
    ),
    "R051": (
        "Uit het advies van het zorgkantoor moet blijken dat het experiment bijdraagt aan het "
        "verminderen van de kosten in de Wlz en dat de totale kosten (in diverse domeinen) "
        "niet hoger zijn dan de baten. Een advies dat een van beide niet concludeert, "
        "ondersteunt de aanvraag niet.",
        "The care office's advice must show that the experiment contributes to reducing the "
        "costs in the Wlz and that the total costs (across the domains) are not higher than "
        "the benefits. An advice that does not conclude either does not support the "
        "application.",
    ),
    "R052": (
        "spukdos rekent de businesscase na. Zegt het advies dat de kosten niet hoger zijn dan "
        "de baten terwijl het herberekende saldo negatief is, dan rust het advies op andere "
        "cijfers dan het bestand. De melding noemt de herberekende kosten en baten. Ze "
        "verschijnt alleen als kosten en baten volledig zijn.",
        "spukdos recalculates the businesscase. When the advice says the costs are not higher "
        "than the benefits while the recalculated net effect is negative, the advice rests on "
        "other figures than the file. The message names the recalculated costs and benefits. "
        "It appears only once costs and benefits are complete.",
    ),
    "R053": (
        "Een advies in het bestand noemt het zorgkantoor, de datum, de twee conclusies en de "
        "tekst van het advies. Wie het heeft opgesteld (adviseur) mag leeg blijven.",
        "An advice in the file names the care office, the date, the two conclusions and the "
        "text of the advice. Who wrote it (adviseur) may be left empty.",
    ),
    "R054": (
        "Het advies komt van het regionale zorgkantoor, dat ook als partij met de rol "
        "zorgkantoor in het bestand staat. spukdos vergelijkt de namen zoals bij de "
        "financiers (hoofdletters, spaties en '&'/'en' tellen niet).",
        "The advice comes from the regional care office, which is also listed as a party "
        "with the role zorgkantoor. spukdos compares the names as for the financing parties "
        "(case, spacing and '&'/'en' do not count).",
    ),
    "Q009": (
        "In de variant met een centraal persoon helpt het experiment de geïncludeerde "
        "cliënten; het uitstel van Wlz-zorg (B) kan alleen bij hen optreden. Een B groter dan "
        "het aantal cliënten vraagt een verklaring.",
        "In the variant with a central person the experiment helps the included clients; the "
        "delay of Wlz care (B) can only occur among them. A B larger than the number of "
        "clients needs an explanation.",
    ),
    # -- issue 19: hostile conditions, round two --
    "Y012": (
        "In een map leest spukdos alleen gewone bestanden die in die map liggen. Een "
        "koppeling (symlink) naar een bestand erbuiten wordt niet gevolgd: een pull request "
        "zou anders elk bestand van de machine, zoals een bestand met wachtwoorden, in het "
        "CI-log kunnen laten zien. Een named pipe, apparaat of socket wordt niet gelezen, "
        "omdat lezen dan kan blijven hangen. Een bestand dat u zelf op de opdrachtregel "
        "noemt, leest spukdos wel.",
        "In a folder spukdos reads only regular files that lie in that folder. A link "
        "(symlink) to a file outside it is not followed: a pull request could otherwise show "
        "any file on the machine, such as a file of passwords, in the CI log. A named pipe, "
        "device or socket is not read, as reading it could hang. A file you name yourself "
        "on the command line is read.",
    ),
    # -- issue 23: a parallel batch that always ends --
    "Y014": (
        "Met meer dan één werkproces (-j) controleert spukdos batch elk bestand in een eigen "
        "werkproces. Stopt dat proces onverwacht (bijvoorbeeld omdat het door het "
        "besturingssysteem of met kill werd beëindigd), dan probeert spukdos het bestand nog "
        "één keer in een nieuw werkproces; stopt het opnieuw, of duurt één bestand langer "
        "dan 120 seconden, dan krijgt het bestand deze rij en gaan de andere bestanden "
        "gewoon door. Het bestand telt als fout (afsluitcode 1).",
        "With more than one worker process (-j) spukdos batch checks each file in a worker "
        "process. If that process stops unexpectedly (for example because the operating "
        "system or kill ended it), spukdos tries the file once more in a new worker; if it "
        "stops again, or one file takes longer than 120 seconds, the file gets this row and "
        "the other files go on as usual. The file counts as an error (exit code 1).",
    ),
    # -- issue 16: a Dutch applicant's first hour --
    "Y013": (
        "In YAML begint een # na een spatie commentaar: 'kostenpost: Scholing #2 wijkteams' "
        "wordt gelezen als 'Scholing'. Omdat niets wat u schrijft stilzwijgend mag "
        "verdwijnen, waarschuwt spukdos waar een commentaar op dezelfde regel staat als een "
        'tekst zonder aanhalingstekens. Tussen aanhalingstekens ("Scholing #2 wijkteams") '
        "hoort de # bij de tekst; een commentaar op een eigen regel geeft geen waarschuwing.",
        "In YAML a # after a space starts a comment: 'kostenpost: Scholing #2 wijkteams' is "
        "read as 'Scholing'. Because nothing you write may silently disappear, spukdos warns "
        "where a comment stands on the same line as a text without quotes. In quotes "
        '("Scholing #2 wijkteams") the # is part of the text; a comment on a line of its own '
        "gives no warning.",
    ),
    # -- issue 14: documents --
    "D001": (
        "spukdos leest ook het ingevulde format zelf: een Word-document (.docx), een PDF met "
        "tekst of de tekst daaruit (.txt). Een document met een wachtwoord, een scan (ook "
        "een met herkende tekst), een PDF waarvan de lettertypen niet zeggen welke letters "
        "ze tonen (vaak via een printer of PostScript gemaakt), een oud .doc-bestand of een "
        "beschadigd bestand kan het niet lezen. Sla het document op als .docx zonder "
        "wachtwoord, of exporteer het vanuit de tekstverwerker als PDF met tekst.",
        "spukdos also reads the filled-in form itself: a Word document (.docx), a PDF with "
        "text, or the text taken from it (.txt). A document with a password, a scan (also "
        "one with recognised text), a PDF whose fonts do not say which letters they show "
        "(often made through a printer or PostScript), an old .doc file or a damaged file "
        "cannot be read. Save the document as .docx without a password, or export it from "
        "the word processor as a PDF with text.",
    ),
    "D002": (
        "spukdos vindt de antwoorden in een document aan de vaste vragen en tabelkoppen van "
        "het format 'Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS)'. "
        "Staan die er niet in, dan is het document geen ingevuld format (bijvoorbeeld een "
        "notitie of een begroting) en wordt het niet als aanvraag gelezen.",
        "spukdos finds the answers in a document by the fixed questions and table headings "
        "of the form 'Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS)'. "
        "Where they are missing, the document is not a filled-in form (a note or a budget, "
        "say) and it is not read as an application.",
    ),
    "D003": (
        "Een bedrag, aantal of datum in het document kon niet zonder gokken gelezen worden "
        "(bijvoorbeeld '1,250': duizendtallen of decimalen?). spukdos neemt dan niets over en "
        "laat de waarde leeg; elk ander getal staat er precies zoals de aanvrager het schreef.",
        "An amount, count or date in the document could not be read without guessing (for "
        "example '1,250': thousands or decimals?). spukdos then takes nothing and leaves the "
        "value empty; every other number is exactly as the applicant wrote it.",
    ),
    "D004": (
        "Bij de tabellen van het format (contactgegevens, kosten, baten, financieel effect, "
        "kwalitatieve baten) staat boven de tabel alleen de uitleg van het format. Schrijft de "
        "aanvrager daar iets bij, dan hoort het bij geen vraag van het bestandsformaat; "
        "spukdos neemt het niet over, maar zegt wel dat het er staat, zodat niets ongezien "
        "verloren gaat.",
        "Above the form's tables (contact details, costs, benefits, financial effect, "
        "qualitative benefits) there is only the form's explanation. Text the applicant adds "
        "there belongs to no question of the file format; spukdos does not import it, but "
        "says that it is there, so that nothing is lost unseen.",
    ),
    "D005": (
        "spukdos heeft het document gelezen, maar iets aan het bestand maakt dat wat het las "
        "kan afwijken van wat een lezer ziet: tekst die op de pagina onzichtbaar is (die wordt "
        "niet overgenomen), een tekstbestand dat twee coderingen mengt (elke regel wordt in "
        "zijn eigen codering gelezen), of een document dat langer is dan spukdos leest.",
        "spukdos read the document, but something about the file means that what it read "
        "may differ from what a reader sees: text that is invisible on the page (it is not "
        "imported), a text file that mixes two encodings (each line is read in its own "
        "encoding), or a document longer than spukdos reads.",
    ),
}
