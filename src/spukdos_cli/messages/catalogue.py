"""The catalogue of finding codes: severity, source, title and message per language.

Codes are stable: once released, a code keeps its meaning (add new ones, never reuse).
Families: ``Y`` the file and its YAML, ``S`` structure and types, ``C`` completeness,
``A`` arithmetic (stated versus computed), ``V`` the verdict.

Each message ends with what to do about it. ``{name}`` placeholders are filled from the
finding's params; a :class:`Term` param is itself translated, a Decimal is shown as an
amount in euros the way the language writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spukdos_cli.findings import Finding, ParamValue, Quantity, Severity, Term
from spukdos_cli.messages.formatting import format_decimal, format_eur, format_pct
from spukdos_cli.messages.labels import LABELS
from spukdos_cli.messages.lang import pick
from spukdos_cli.messages.sections import SECTION_TITLES, section_title


@dataclass(frozen=True)
class CodeInfo:
    code: str
    severity: Severity
    source: str
    title_nl: str
    title_en: str
    message_nl: str
    message_en: str

    def title(self, lang: str) -> str:
        return pick((self.title_nl, self.title_en), lang)


E = Severity.ERROR

_CODES = [
    # -- the file and its YAML --------------------------------------------------------
    CodeInfo(
        "Y001",
        E,
        "bestand",
        "Bestand niet leesbaar",
        "File cannot be read",
        "Het bestand kan niet worden gelezen: {reason}. Controleer de bestandsnaam en de "
        "leesrechten.",
        "The file cannot be read: {reason}. Check the file name and the read permissions.",
    ),
    CodeInfo(
        "Y002",
        E,
        "YAML",
        "Geen geldige YAML",
        "Not valid YAML",
        "Dit is geen geldige YAML ({detail}). Controleer inspringing, dubbele punten en "
        "aanhalingstekens op deze plek.",
        "This is not valid YAML ({detail}). Check indentation, colons and quotes here.",
    ),
    CodeInfo(
        "Y003",
        E,
        "YAML",
        "Dubbele sleutel",
        "Duplicate key",
        "De sleutel '{key}' staat twee keer in dezelfde sectie (regel {first} en regel "
        "{second}). Houd er één over.",
        "The key '{key}' appears twice in the same section (line {first} and line "
        "{second}). Keep one of them.",
    ),
    CodeInfo(
        "Y004",
        E,
        "YAML",
        "Tag niet toegestaan",
        "Tag not allowed",
        "De tag '{tag}' wordt niet ondersteund en is genegeerd. Verwijder de tag; "
        "alleen !!str is toegestaan.",
        "The tag '{tag}' is not supported and was not applied. Remove it; only !!str is allowed.",
    ),
    CodeInfo(
        "Y005",
        E,
        "YAML",
        "Leeg bestand",
        "Empty file",
        "Het bestand bevat geen gegevens. Begin met 'spukdos: 1' en de secties van het format.",
        "The file holds no data. Start with 'spukdos: 1' and the sections of the form.",
    ),
    CodeInfo(
        "Y006",
        E,
        "YAML",
        "Meerdere documenten",
        "Several documents",
        "Het bestand bevat meer dan één YAML-document ('---'). Zet elke aanvraag in een "
        "eigen bestand.",
        "The file holds more than one YAML document ('---'). Put each application in a "
        "file of its own.",
    ),
    CodeInfo(
        "Y007",
        E,
        "YAML",
        "Geen businesscase",
        "Not a businesscase",
        "Het bestand moet bestaan uit secties met sleutels (zoals 'experiment:'), niet "
        "uit {found}.",
        "The file must consist of sections with keys (such as 'experiment:'), not of {found}.",
    ),
    CodeInfo(
        "Y008",
        E,
        "bestand",
        "Verkeerde tekstcodering",
        "Wrong text encoding",
        "Het bestand is geen UTF-8-tekst ({detail}). Sla het op als UTF-8.",
        "The file is not UTF-8 text ({detail}). Save it as UTF-8.",
    ),
    CodeInfo(
        "Y009",
        E,
        "bestand",
        "Grens overschreden",
        "Limit exceeded",
        "Het bestand overschrijdt een veiligheidsgrens: {limit}. Geen echte aanvraag komt "
        "daar in de buurt; controleer het bestand.",
        "The file exceeds a safety limit: {limit}. No real application comes near it; "
        "check the file.",
    ),
    CodeInfo(
        "Y010",
        E,
        "YAML",
        "Ongeldige sleutel",
        "Invalid key",
        "{what} Schrijf gewone tekstsleutels uit, zoals in het format.",
        "{what} Write plain text keys, as in the format.",
    ),
    # -- structure and types ------------------------------------------------------------
    CodeInfo(
        "S001",
        E,
        "formaat",
        "Onbekende sleutel",
        "Unknown key",
        "De sleutel '{key}' bestaat niet op deze plek.{hint}",
        "The key '{key}' does not exist here.{hint}",
    ),
    CodeInfo(
        "S002",
        E,
        "formaat",
        "Verkeerd soort waarde",
        "Wrong kind of value",
        "Hier hoort {expected}, maar er staat {found}.{hint}",
        "This needs {expected}, but it holds {found}.{hint}",
    ),
    CodeInfo(
        "S003",
        E,
        "formaat",
        "Negatieve waarde",
        "Negative value",
        "'{text}' is negatief; hier zijn alleen bedragen of aantallen van 0 of meer toegestaan. "
        "Laat het minteken weg of corrigeer de waarde.",
        "'{text}' is negative; only amounts or counts of 0 or more are allowed here. Remove "
        "the minus sign or correct the value.",
    ),
    CodeInfo(
        "S004",
        E,
        "formaat",
        "Getal niet eenduidig",
        "Ambiguous number",
        "'{text}' {reason}{suggestion}",
        "'{text}' {reason}{suggestion}",
    ),
    CodeInfo(
        "S005",
        E,
        "formaat",
        "Formaatversie ontbreekt of onbekend",
        "Format version missing or unknown",
        "Zet bovenaan het bestand 'spukdos: 1' (de versie van het bestandsformaat).",
        "Put 'spukdos: 1' (the file format version) at the top of the file.",
    ),
    CodeInfo(
        "S006",
        E,
        "formaat",
        "Ongeldige keuze",
        "Invalid choice",
        "'{text}' is geen geldige waarde. Kies uit: {choices}.",
        "'{text}' is not a valid value. Choose one of: {choices}.",
    ),
    # -- completeness -------------------------------------------------------------------
    CodeInfo(
        "C001",
        E,
        "DUS-I: een onvolledige aanvraag wordt niet behandeld",
        "Sectie onvolledig",
        "Section incomplete",
        "Sectie {section} is onvolledig; vul nog in: {missing}.",
        "Section {section} is incomplete; still to fill in: {missing}.",
    ),
    # -- arithmetic ---------------------------------------------------------------------
    CodeInfo(
        "A001",
        E,
        "format deel 2, kosten en baten",
        "Opgegeven bedrag klopt niet",
        "Stated amount does not match",
        "{figure}: opgegeven {stated}, berekend {computed} (verschil {difference}). "
        "Neem het berekende bedrag over of corrigeer de onderliggende posten.",
        "{figure}: stated {stated}, computed {computed} (difference {difference}). "
        "Use the computed amount or correct the underlying items.",
    ),
    # -- verdict --------------------------------------------------------------------------
    CodeInfo(
        "V001",
        E,
        "format: verwachte baten minimaal zo groot als de kosten",
        "Businesscase niet positief",
        "Businesscase not positive",
        "De verwachte baten ({benefits}) zijn kleiner dan de kosten ({costs}); het saldo is "
        "{saldo}. Een businesscase moet positief zijn: onderbouw hogere baten of verlaag de "
        "kosten.",
        "The expected benefits ({benefits}) are smaller than the costs ({costs}); the net "
        "effect is {saldo}. A businesscase must be positive: substantiate higher benefits or "
        "lower the costs.",
    ),
    # -- grant rules, R (issue 3) ------------------------------------------------------------
    CodeInfo(
        "R001",
        E,
        "format: financiering; variant cofinanciering",
        "Financiering dekt de kosten niet",
        "Financing does not match the costs",
        "Bijdragen plus uitkering ({stated}) zijn niet gelijk aan de totale kosten ({computed}); "
        "verschil {difference}. Pas de bijdragen of de uitkering aan zodat ze de kosten precies "
        "dekken.",
        "Contributions plus grant ({stated}) do not equal the total costs ({computed}); "
        "difference {difference}. Adjust the contributions or the grant so that they cover the "
        "costs exactly.",
    ),
    CodeInfo(
        "R002",
        E,
        "format 'Aanleiding': maximaal 80% vanuit de uitkering",
        "Uitkering te hoog",
        "Grant too high",
        "De uitkering is {share} van de kosten; het maximum is {max}. Verlaag de uitkering "
        "of verhoog de cofinanciering.",
        "The grant is {share} of the costs; the maximum is {max}. Lower the grant or raise "
        "the co-financing.",
    ),
    CodeInfo(
        "R003",
        E,
        "format 'Aanleiding': minimaal 20% cofinanciering",
        "Cofinanciering te laag",
        "Co-financing too low",
        "De cofinanciering is {share} van de kosten; het minimum is {min}. Verhoog de "
        "bijdragen van de partners.",
        "The co-financing is {share} of the costs; the minimum is {min}. Raise the partners' "
        "contributions.",
    ),
    CodeInfo(
        "R004",
        E,
        "format 'Aanleiding': vaste uitkering per geïncludeerde cliënt",
        "Uitkering past niet bij het aantal cliënten",
        "Grant does not match the clients",
        "De uitkering is {stated}, maar {clients} cliënten × {per_client} = {computed} "
        "(verschil {difference}). Vraag het vaste bedrag per cliënt aan.",
        "The grant is {stated}, but {clients} clients × {per_client} = {computed} (difference "
        "{difference}). Apply for the fixed amount per client.",
    ),
    CodeInfo(
        "R005",
        Severity.INFO,
        "regels per regeling_jaar",
        "Niet gecontroleerd",
        "Not checked",
        "Niet gecontroleerd: {rule}; spukdos kent die waarde voor regeling_jaar {year} niet. "
        "Controleer dit zelf met de regeling van dat jaar.",
        "Not checked: {rule}; spukdos does not know that value for grant year {year}. Check it "
        "yourself against that year's regulation.",
    ),
    CodeInfo(
        "R006",
        E,
        "format: financiering per partner",
        "Financier niet bij de partijen",
        "Financing party not among the parties",
        "'{party}' draagt bij aan de financiering maar staat niet bij de partijen. Voeg de "
        "partij met contactpersoon toe onder 'partijen'.",
        "'{party}' contributes to the financing but is not listed among the parties. Add it, "
        "with a contact person, under 'partijen'.",
    ),
    CodeInfo(
        "R010",
        E,
        "format 'Samenwerking': gemeente(n), zorgkantoor en minimaal één uitvoerende partij",
        "Toegezegde partijen ontbreken",
        "Committed parties missing",
        "Geen toegezegde partij met de rol: {roles}. Vermeld die partij(en) met 'toegezegd: true'.",
        "No committed party with the role: {roles}. List that party (or parties) with "
        "'toegezegd: true'.",
    ),
    CodeInfo(
        "R011",
        E,
        "format: contactgegevens",
        "Ongeldig e-mailadres",
        "Invalid e-mail address",
        "'{text}' is geen geldig e-mailadres. Schrijf het als naam@organisatie.nl.",
        "'{text}' is not a valid e-mail address. Write it as name@organisation.nl.",
    ),
    CodeInfo(
        "R012",
        E,
        "format: contactgegevens",
        "Ongeldig telefoonnummer",
        "Invalid phone number",
        "'{text}' is geen geldig telefoonnummer. Schrijf bijvoorbeeld 06-12345678 of "
        "+31 20 123 4567.",
        "'{text}' is not a valid phone number. Write for example 06-12345678 or +31 20 123 4567.",
    ),
    CodeInfo(
        "R020",
        E,
        "format: looptijd",
        "Einddatum vóór startdatum",
        "End date before start date",
        "Het experiment eindigt ({end}) vóór het begint ({start}). Corrigeer de data.",
        "The experiment ends ({end}) before it starts ({start}). Correct the dates.",
    ),
    CodeInfo(
        "R021",
        E,
        "format 'Kosten en baten': tijdvak van de uitkering",
        "Buiten het tijdvak",
        "Outside the grant period",
        "Het experiment ({start} t/m {end}) valt helemaal buiten het tijdvak van de uitkering "
        "({first} t/m {last}). Controleer de data en het regeling_jaar.",
        "The experiment ({start} to {end}) lies entirely outside the grant period ({first} to "
        "{last}). Check the dates and the grant year.",
    ),
    CodeInfo(
        "R022",
        Severity.WARNING,
        "format 'Kosten en baten': tijdvak van de uitkering",
        "Deels buiten het tijdvak",
        "Partly outside the grant period",
        "Het experiment ({start} t/m {end}) valt deels buiten het tijdvak van de uitkering "
        "({first} t/m {last}). Alleen kosten binnen het tijdvak tellen voor de uitkering; "
        "licht toe hoe u de rest bekostigt.",
        "The experiment ({start} to {end}) lies partly outside the grant period ({first} to "
        "{last}). Only costs within the period count for the grant; explain how the rest is "
        "funded.",
    ),
    CodeInfo(
        "R030",
        E,
        "format 'Monitoring'; DUS-I: deelname aan de monitor is verplicht",
        "Geen deelname aan de monitor",
        "No participation in the monitor",
        "Deelname aan de monitor van de VU is verplicht. Zet 'deelname: true'.",
        "Participation in the VU monitor is mandatory. Set 'deelname: true'.",
    ),
    CodeInfo(
        "R031",
        Severity.INFO,
        "format 'Monitoring'; DUS-I: deelname aan de monitor is verplicht",
        "Monitoring niet vermeld",
        "Monitoring not stated",
        "Deelname aan de monitor van de VU is verplicht; het bestand zegt er niets over. "
        "Voeg 'monitoring: {{deelname: true}}' toe onder 'beschrijving'.",
        "Participation in the VU monitor is mandatory; the file does not mention it. Add "
        "'monitoring: {{deelname: true}}' under 'beschrijving'.",
    ),
    # -- price list, P (issue 3) -------------------------------------------------------------
    CodeInfo(
        "P001",
        E,
        "format 'Kosten': maatschappelijke prijslijst",
        "Tarief onbekend",
        "Unknown rate",
        "Het tarief '{key}' staat niet in de prijslijst '{list}'.{hint} Gebruik een sleutel uit "
        "'spukdos prices' of laad uw eigen lijst met --prices.",
        "The rate '{key}' is not in the price list '{list}'.{hint} Use a key from "
        "'spukdos prices' or load your own list with --prices.",
    ),
    CodeInfo(
        "P002",
        Severity.WARNING,
        "format 'Kosten': afwijkend tarief alleen met onderbouwing",
        "Tarief wijkt af zonder onderbouwing",
        "Rate deviates without justification",
        "Het tarief {rate} wijkt {deviation} af van de prijslijst ({key}: {listed}); meer dan "
        "{tolerance}. Reken met het tarief uit de prijslijst of onderbouw de afwijking in "
        "'onderbouwing_tarief'.",
        "The rate {rate} deviates {deviation} from the price list ({key}: {listed}); more than "
        "{tolerance}. Use the listed rate or justify the deviation in 'onderbouwing_tarief'.",
    ),
    CodeInfo(
        "P003",
        Severity.INFO,
        "format 'Kosten': afwijkend tarief alleen met onderbouwing",
        "Afwijkend tarief onderbouwd",
        "Deviating rate justified",
        "Het tarief {rate} wijkt {deviation} af van de prijslijst ({key}: {listed}) en is "
        "onderbouwd. Laat de beoordelaar de onderbouwing wegen.",
        "The rate {rate} deviates {deviation} from the price list ({key}: {listed}) and is "
        "justified. Let the reviewer weigh the justification.",
    ),
    CodeInfo(
        "P004",
        Severity.WARNING,
        "format 'Financiële baten': C is per inwoner per dag",
        "Eenheid past niet",
        "Unit does not match",
        "Het tarief '{key}' is {unit}, maar C is een bedrag per dag; niet vergeleken. Kies een "
        "tarief per dag.",
        "The rate '{key}' is {unit}, but C is an amount per day; not compared. Choose a rate "
        "per day.",
    ),
    CodeInfo(
        "P005",
        Severity.INFO,
        "format 'Kosten': maatschappelijke prijslijst",
        "Tarief niet vergeleken",
        "Rate not compared",
        "Dit tarief is niet met de prijslijst vergeleken: er is geen 'tarief' genoemd. Noem de "
        "sleutel uit de prijslijst als die bestaat.",
        "This rate was not compared with the price list: no 'tarief' is named. Name the price "
        "list key if there is one.",
    ),
    CodeInfo(
        "P006",
        Severity.INFO,
        "format 'Kosten': maatschappelijke prijslijst",
        "Aantal ontbreekt voor vergelijking",
        "Quantity needed for comparison",
        "De post noemt tarief '{key}' maar geen 'aantal' eenheden; het tarief is niet "
        "vergeleken. Vul 'aantal' in (bedrag ÷ aantal = tarief).",
        "The item names rate '{key}' but no 'aantal' (number of units); the rate was not "
        "compared. Fill in 'aantal' (amount ÷ quantity = rate).",
    ),
    # -- plausibility, Q (issue 3) -----------------------------------------------------------
    CodeInfo(
        "Q001",
        Severity.INFO,
        "format 'Financiële baten' (B)",
        "Aantal inwoners is een verwachting",
        "Residents is an expected value",
        "B = {value} inwoners is een fractie: prima als verwachtingswaarde, maar vermeld in de "
        "toelichting hoe die is bepaald.",
        "B = {value} residents is a fraction: fine as an expected value, but say in the "
        "explanation how it was determined.",
    ),
    CodeInfo(
        "Q002",
        Severity.WARNING,
        "format 'Financiële baten' (B) en 'Doelgroep'",
        "Meer inwoners met uitstel dan geholpen",
        "More residents delayed than helped",
        "B = {value} inwoners met uitstel is meer dan de {residents} inwoners die het experiment "
        "helpt. Verlaag B of corrigeer aantal_inwoners.",
        "B = {value} residents with delay is more than the {residents} residents the experiment "
        "helps. Lower B or correct aantal_inwoners.",
    ),
    CodeInfo(
        "Q003",
        Severity.WARNING,
        "format 'Financiële baten' (A)",
        "Geen uitstel",
        "No delay",
        "A = 0 dagen: deze route levert geen besparing op. Vul het verwachte uitstel in of "
        "licht toe waarom er geen is.",
        "A = 0 days: this route saves nothing. Fill in the expected delay or explain why there "
        "is none.",
    ),
    CodeInfo(
        "Q004",
        Severity.WARNING,
        "format 'Financiële baten' (A)",
        "Uitstel langer dan aannemelijk",
        "Delay longer than plausible",
        "A = {value} dagen uitstel is langer dan de {max} dagen die het experiment loopt. "
        "Onderbouw dit uitstel met eerdere resultaten of verlaag A.",
        "A = {value} days of delay is longer than the {max} days the experiment runs. "
        "Substantiate the delay with earlier results or lower A.",
    ),
    CodeInfo(
        "Q005",
        Severity.WARNING,
        "format 'Financiële baten': overige besparingen met toelichting",
        "Besparing zonder onderbouwing",
        "Saving without a basis",
        "Deze besparing van {amount} heeft geen schriftelijke onderbouwing (toelichting: "
        "'{text}'). Onderbouw hoe het bedrag is berekend, met bron.",
        "This saving of {amount} has no written basis (explanation: '{text}'). Explain how the "
        "amount was calculated, with a source.",
    ),
    CodeInfo(
        "Q006",
        Severity.WARNING,
        "format 'Kosten': voorkom overlap tussen initiële en uitvoeringskosten",
        "Post dubbel opgevoerd",
        "Item in both cost groups",
        "De post '{post}' staat zowel bij de uitvoeringskosten als bij de initiële kosten "
        "({other}). Voer elke kost maar één keer op.",
        "The item '{post}' is in both the execution costs and the initial costs ({other}). "
        "Count each cost only once.",
    ),
    CodeInfo(
        "Q007",
        Severity.WARNING,
        "format 'Kosten en baten': geen reguliere bedrijfsvoering of licenties",
        "Lijkt reguliere bedrijfsvoering",
        "Looks like regular operations",
        "Deze post noemt '{word}'; kosten voor reguliere bedrijfsvoering of langlopende "
        "verplichtingen zoals licenties zijn geen kosten van het experiment. Haal ze weg of "
        "licht toe waarom ze extra zijn.",
        "This item mentions '{word}'; regular operating costs and long-running obligations "
        "such as licences are not experiment costs. Remove them or explain why they are extra.",
    ),
    CodeInfo(
        "Q008",
        Severity.WARNING,
        "format: positieve businesscase; beoordeling",
        "Positief alleen dankzij een schatting",
        "Positive only thanks to an estimate",
        "De businesscase is alleen positief dankzij {weak} aan besparingen zonder onderbouwing: "
        "zonder die besparingen is het saldo {without} in plaats van {saldo}. Onderbouw die "
        "besparingen.",
        "The businesscase is positive only thanks to {weak} of savings without a basis: without "
        "them the net effect is {without} instead of {saldo}. Substantiate those savings.",
    ),
    # -- hostile input, Y011+ (issue 7) ------------------------------------------------------
    CodeInfo(
        "Y011",
        E,
        "bestand",
        "Te veel bevindingen",
        "Too many findings",
        "Er zijn nog {more} bevindingen die niet worden getoond (hoogstens {max} per bestand). "
        "Los eerst de getoonde op en controleer het bestand opnieuw.",
        "{more} more findings are not shown (at most {max} per file). Fix the ones shown "
        "first and check the file again.",
    ),
    # -- analysis and scenarios, N (issue 4) -------------------------------------------------
    CodeInfo(
        "N001",
        E,
        "spukdos analyse: scenario's",
        "Onbekende invoer in een scenario",
        "Unknown input in a scenario",
        "Scenario '{scenario}': '{key}' is geen invoer van dit bestand.{hint} Een scenario kan "
        "deze invoer wijzigen: {inputs}. Schrijf een van deze paden.",
        "Scenario '{scenario}': '{key}' is not an input of this file.{hint} A scenario can "
        "change these inputs: {inputs}. Write one of these paths.",
    ),
    CodeInfo(
        "N002",
        E,
        "spukdos analyse: scenario's",
        "Bedrag met te veel decimalen in een scenario",
        "Amount with too many decimals in a scenario",
        "Scenario '{scenario}': {key} is een bedrag, maar {value} heeft meer dan twee "
        "decimalen. Rond het bedrag af op hele centen.",
        "Scenario '{scenario}': {key} is an amount, but {value} has more than two decimals. "
        "Round the amount to whole cents.",
    ),
    CodeInfo(
        "N003",
        Severity.WARNING,
        "spukdos analyse: scenario's",
        "Scenarionaam dubbel",
        "Duplicate scenario name",
        "De naam '{scenario}' staat ook bij scenario {first} (regel {line}). Geef elk scenario "
        "een eigen naam, zodat de kolommen van 'spukdos analyse' te onderscheiden zijn.",
        "The name '{scenario}' is also used by scenario {first} (line {line}). Give each "
        "scenario a name of its own, so that the columns of 'spukdos analyse' can be told apart.",
    ),
    # -- issue 14: documents (the official form as .docx, .pdf or .txt) --
    CodeInfo(
        "D001",
        E,
        "document",
        "Document niet leesbaar",
        "Document cannot be read",
        "Het document kan niet worden gelezen: {reason}. Lever het format aan als .docx, als "
        "PDF met tekst of als tekst (.txt).",
        "The document cannot be read: {reason}. Provide the form as .docx, as a PDF with "
        "text, or as text (.txt).",
    ),
    CodeInfo(
        "D002",
        E,
        "document",
        "Geen ingevuld format",
        "Not a filled-in form",
        "Dit document is geen ingevuld format voor een SPUK DOS-businesscase: de vragen van "
        "het format staan er niet in. Gebruik het format 'Businesscase Experimenten "
        "domeinoverstijgend samenwerken (SPUK DOS)' of een YAML-bestand.",
        "This document is not a filled-in form of a SPUK DOS businesscase: the form's "
        "questions are not in it. Use the form 'Businesscase Experimenten "
        "domeinoverstijgend samenwerken (SPUK DOS)' or a YAML file.",
    ),
    CodeInfo(
        "D003",
        Severity.WARNING,
        "document",
        "Waarde niet te lezen",
        "Value cannot be read",
        "In het document staat hier '{seen}', maar dat is niet eenduidig te lezen; de waarde "
        "is leeg gelaten. Schrijf het getal of de datum eenduidig (zoals € 1.250,00).",
        "The document has '{seen}' here, but it cannot be read unambiguously; the value was "
        "left empty. Write the number or date unambiguously (such as € 1.250,00).",
    ),
    CodeInfo(
        "D004",
        Severity.INFO,
        "document",
        "Tekst niet overgenomen",
        "Text not imported",
        "Naast een tabel van het format staat tekst die bij geen vraag hoort en dus niet is "
        "overgenomen: '{text}'. Zet hem, als hij ertoe doet, bij een vraag of in een tabel.",
        "Beside a table of the form there is text that belongs to no question and so was "
        "not imported: '{text}'. If it matters, put it under a question or in a table.",
    ),
]

CODES: dict[str, CodeInfo] = {info.code: info for info in _CODES}


# Terms used as parameters ------------------------------------------------------------
TERMS: dict[str, tuple[str, str]] = {
    # expected / found kinds of value
    "text": ("tekst", "text"),
    "number": ("een getal", "a number"),
    "whole": ("een geheel getal", "a whole number"),
    "date": ("een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)"),
    "bool": ("true of false", "true or false"),
    "list": ("een lijst (regels met '- ')", "a list (lines starting with '- ')"),
    "mapping": ("een sectie met sleutels", "a section with keys"),
    "nothing": ("niets", "nothing"),
    "yes_no_word": ("het woord '{text}'", "the word '{text}'"),
    "a_value": ("'{text}'", "'{text}'"),
    # number reasons
    "ambiguous_separator": (
        "is dubbelzinnig: is de punt of komma een duizendtal-scheiding of een decimaalteken?",
        "is ambiguous: is the point or comma a thousands separator or a decimal mark?",
    ),
    "english_grouping": (
        "gebruikt Engelse duizendtallen (komma's).",
        "uses English thousands separators (commas).",
    ),
    "leading_zero": (
        "begint met een 0 en kan verkeerd gelezen worden.",
        "starts with a 0 and could be misread.",
    ),
    "too_many_decimals": ("heeft te veel decimalen.", "has too many decimals."),
    "too_large": (
        "is groter dan spukdos aanneemt (meer dan 15 cijfers).",
        "is larger than spukdos accepts (more than 15 digits).",
    ),
    "too_long": ("is te lang voor een getal.", "is too long for a number."),
    "not_a_number": ("is geen getal.", "is not a number."),
    "not_whole": ("is geen geheel getal.", "is not a whole number."),
    "currency_not_allowed": (
        "is geen bedrag maar een aantal; laat het €-teken weg.",
        "is a quantity, not an amount; leave out the € sign.",
    ),
    # read problems
    "missing_file": ("het bestand bestaat niet", "the file does not exist"),
    "is_directory": ("dit is een map, geen bestand", "this is a directory, not a file"),
    "no_permission": ("geen leesrechten", "no permission to read it"),
    "os_error": ("besturingssysteem meldt een fout", "the operating system reports an error"),
    "nul_byte": ("NUL-byte: een binair bestand?", "NUL byte: a binary file?"),
    # limits
    "limit_size": ("bestand groter dan {max}", "file larger than {max}"),
    "limit_depth": ("meer dan {max} niveaus diep genest", "nested more than {max} levels deep"),
    "limit_nodes": (
        "meer dan {max} waarden (aliassen meegeteld)",
        "more than {max} values (aliases expanded)",
    ),
    "limit_aliases": ("meer dan {max} aliassen (*naam)", "more than {max} aliases (*name)"),
    # key problems
    "complex_key": (
        "Een sleutel moet tekst zijn, geen lijst, sectie of lege waarde.",
        "A key must be text, not a list, a section or an empty value.",
    ),
    "merge_key": (
        "Samenvoeg-sleutels ('<<') worden niet ondersteund.",
        "Merge keys ('<<') are not supported.",
    ),
    # hints
    "hint_did_you_mean": (" Bedoelde u '{guess}'?", " Did you mean '{guess}'?"),
    "hint_allowed_keys": (" Toegestaan: {keys}.", " Allowed: {keys}."),
    "hint_quote_text": (
        " Zet tekst tussen aanhalingstekens.",
        " Put text in quotes.",
    ),
    "hint_remove_key": (
        " Verwijder of hernoem de sleutel (docs/format.md toont alle sleutels).",
        " Remove or rename the key (docs/format.md lists every key).",
    ),
    "hint_fix_value": (" Pas de waarde aan.", " Change the value."),
    "suggest_generic": (
        " Schrijf het getal eenduidig, bijvoorbeeld 1250.00 of 1.250,00.",
        " Write the number unambiguously, for example 1250.00 or 1.250,00.",
    ),
    "hint_true_false": (" Schrijf true of false.", " Write true or false."),
    "hint_iso_date": (" Schrijf de datum als 2025-01-31.", " Write the date as 2025-01-31."),
    "suggest": (" Schrijf bijvoorbeeld: {suggestion}.", " Write for example: {suggestion}."),
    "suggest_max_decimals": (
        " Gebruik hoogstens {suggestion} decimalen.",
        " Use at most {suggestion} decimals.",
    ),
    "suggest_leading_zero": (" Bedoelde u {suggestion}?", " Did you mean {suggestion}?"),
    "suggest_either": (
        " Schrijf het eenduidig, bijvoorbeeld {suggestion}.",
        " Write it unambiguously, for example {suggestion}.",
    ),
    # figures in stated-versus-computed findings
    # -- terms of issue 3 (rules, prices, plausibility) --
    "rule_shares": (
        "de verdeling uitkering / cofinanciering",
        "the split between grant and co-financing",
    ),
    "rule_per_client": ("het vaste bedrag per cliënt", "the fixed amount per client"),
    "rule_period": ("het tijdvak van de uitkering", "the grant period"),
    # -- terms of issue 7 (hostile input) --
    "limit_items": ("een lijst met meer dan {max} items", "a list with more than {max} items"),
    "limit_text": (
        "een tekst of sleutel van meer dan {max} tekens",
        "a text or key longer than {max} characters",
    ),
    "ambiguous_fraction": (
        "is dubbelzinnig: is dit een breuk (0,2 = 20 %) of een percentage (0,2 %)?",
        "is ambiguous: is this a fraction (0.2 = 20 %) or a percentage (0.2 %)?",
    ),
    "hint_unquote_bool": (
        " Tussen aanhalingstekens is dit tekst; schrijf true of false zonder aanhalingstekens.",
        " In quotes this is text; write true or false without quotes.",
    ),
    "hint_flow_comma": (
        " Tussen {{ }} scheidt een komma de waarden, dus '{field}: {written}' is gelezen als"
        " twee sleutels. Schrijf {suggestion}, zet het getal tussen aanhalingstekens"
        ' ("{written}") of zet elke sleutel op een eigen regel.',
        " Inside {{ }} a comma separates values, so '{field}: {written}' was read as two"
        ' keys. Write {suggestion}, put the number in quotes ("{written}") or put each'
        " key on a line of its own.",
    ),
    # -- terms of issue 4 (analysis) --
    "scenario_unnamed": ("nr. {number} (zonder naam)", "no. {number} (unnamed)"),
    # -- issue 14: why a document cannot be read --
    "doc_corrupt": (
        "het bestand is beschadigd of van een onbekend soort",
        "the file is damaged or of an unknown kind",
    ),
    "doc_encrypted": (
        "het is met een wachtwoord beveiligd",
        "it is protected by a password",
    ),
    "doc_encrypted_or_old": (
        "het is met een wachtwoord beveiligd of een oud Word-bestand (.doc); sla het op als "
        ".docx zonder wachtwoord",
        "it is password-protected or an old Word file (.doc); save it as .docx without a password",
    ),
    "doc_scanned": (
        "het bevat alleen afbeeldingen (een scan), geen tekst; spukdos leest geen scans",
        "it holds only images (a scan), no text; spukdos does not read scans",
    ),
    "doc_no_text": ("het bevat geen tekst", "it holds no text"),
    "doc_too_large": (
        "het is veel groter dan een aanvraag ooit is",
        "it is far larger than any application",
    ),
    "doc_too_many_pages": (
        "het heeft meer dan 100 pagina's; een businesscase heeft er zo'n 20",
        "it has more than 100 pages; a businesscase has about 20",
    ),
    "doc_not_text": (
        "het is geen tekst in UTF-8 (of UTF-16 met BOM)",
        "it is not text in UTF-8 (or UTF-16 with a BOM)",
    ),
    "doc_no_reader": (
        "de lezer voor dit soort document ontbreekt in deze installatie",
        "the reader for this kind of document is missing from this installation",
    ),
    "": ("", ""),
}
TERMS.update(
    {
        f"section_{key}": (section_title(key, "nl"), section_title(key, "en"))
        for key in SECTION_TITLES
    }
)


def term(key: str, lang: str, **params: ParamValue) -> str:
    """The term ``key`` in ``lang`` (a figure name or other label where it is not a term
    of its own), its placeholders filled."""
    template = pick(TERMS[key] if key in TERMS else LABELS[key], lang)
    return template.format(**{k: render_param(v, lang) for k, v in params.items()})


def render_param(value: ParamValue, lang: str) -> str:
    if isinstance(value, Term):
        return term(value.key, lang, **value.params)
    if isinstance(value, Decimal):
        return format_eur(value, lang)
    if isinstance(value, Quantity):
        if value.kind == "number":
            return format_decimal(value.value, lang)
        text = format_pct(value.value, lang)
        return f"+{text}" if value.kind == "signed_pct" and value.value > 0 else text
    return str(value)


def render(finding: Finding, lang: str = "nl") -> str:
    """The finding's message in ``lang`` (``nl`` or ``en``)."""
    info = CODES[finding.code]
    template = pick((info.message_nl, info.message_en), lang)
    params: dict[str, str] = {}
    for key, value in finding.params.items():
        params[key] = render_param(value, lang)
    if finding.stated is not None and finding.computed is not None:
        params.setdefault("stated", format_eur(finding.stated, lang))
        params.setdefault("computed", format_eur(finding.computed, lang))
        difference = finding.stated - finding.computed
        params.setdefault("difference", format_eur(difference, lang, signed=True))
    return template.format(**params)
