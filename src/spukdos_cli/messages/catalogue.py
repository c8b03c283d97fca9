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

from spukdos_cli.findings import Finding, ParamValue, Places, Quantity, Severity, Term
from spukdos_cli.messages.fields import describe_all
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
        "Geen geldige YAML: {problem}",
        "Not valid YAML: {problem}",
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
    CodeInfo(
        "S007",
        Severity.INFO,
        "formaat",
        "Keuze anders geschreven",
        "Choice written differently",
        "'{text}' is gelezen als '{read}'. Schrijf '{read}', dan verdwijnt deze melding.",
        "'{text}' was read as '{read}'. Write '{read}' and this note goes away.",
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
        "De uitkering ({grant}) is {share} van de kosten ({costs}); het maximum is {max}, "
        "dat is {limit}. Verlaag de uitkering met ten minste {excess} en dek dat bedrag met "
        "cofinanciering.",
        "The grant ({grant}) is {share} of the costs ({costs}); the maximum is {max}, that is "
        "{limit}. Lower the grant by at least {excess} and cover that amount with "
        "co-financing.",
    ),
    CodeInfo(
        "R003",
        E,
        "format 'Aanleiding': minimaal 20% cofinanciering",
        "Cofinanciering te laag",
        "Co-financing too low",
        "De cofinanciering ({cofinancing}) is {share} van de kosten ({costs}); het minimum is "
        "{min}, dat is {limit}. Verhoog de bijdragen van de partners met ten minste "
        "{shortfall}.",
        "The co-financing ({cofinancing}) is {share} of the costs ({costs}); the minimum is "
        "{min}, that is {limit}. Raise the partners' contributions by at least {shortfall}.",
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
        "Geen toegezegde partij met de rol: {roles}. Vermeld die partij(en) met 'toegezegd: ja'.",
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
        "Deelname aan de monitor van de VU is verplicht. Zet 'deelname: ja'.",
        "Participation in the VU monitor is mandatory. Set 'deelname: true'.",
    ),
    CodeInfo(
        "R031",
        Severity.WARNING,
        "format 'Monitoring'; DUS-I: deelname aan de monitor is verplicht",
        "Monitoring niet vermeld",
        "Monitoring not stated",
        "Deelname aan de monitor van de VU is verplicht, maar het bestand zegt niet of u "
        "deelneemt. {fix}",
        "Participation in the VU monitor is mandatory, but the file does not say whether you "
        "take part. {fix}",
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
        "Dit tarief is niet met de prijslijst vergeleken: er is geen 'tarief' genoemd.{held} {ask}",
        "This rate was not compared with the price list: no 'tarief' is named.{held} {ask}",
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
        "Deze post noemt {words}; kosten voor reguliere bedrijfsvoering of langlopende "
        "verplichtingen zoals licenties zijn geen kosten van het experiment. Haal ze weg of "
        "licht toe waarom ze extra zijn.",
        "This item mentions {words}; regular operating costs and long-running obligations "
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
    # -- issue 19: hostile conditions, round two --
    CodeInfo(
        "Y012",
        E,
        "bestand",
        "Bestand overgeslagen",
        "File skipped",
        "Dit bestand in de map is niet gelezen: {reason}. Noem het bestand zelf op de "
        "opdrachtregel als het gecontroleerd moet worden.",
        "This file in the folder was not read: {reason}. Name the file itself on the "
        "command line if it is to be checked.",
    ),
    # -- issue 23: a parallel batch that always ends --
    CodeInfo(
        "Y014",
        E,
        "bestand",
        "Controle afgebroken",
        "Check stopped",
        "Het controleren van dit bestand is afgebroken: {reason}. De andere bestanden zijn "
        "gewoon gecontroleerd. Controleer dit bestand apart met 'spukdos check'; gebeurt "
        "het weer, meld het dan met het bestand erbij.",
        "Checking this file was stopped: {reason}. The other files were checked as usual. "
        "Check this file on its own with 'spukdos check'; if it happens again, report it "
        "with the file.",
    ),
]

_CODES += [
    # -- issue 15: what a reviewer checks --------------------------------------------------
    CodeInfo(
        "R007",
        E,
        "format 'Aanleiding': vaste uitkering per cliënt; DUS-I: een bijdrage in de (meer)kosten",
        "Uitkering hoger dan de kosten",
        "Grant higher than the costs",
        "De uitkering ({stated}) is hoger dan de totale kosten van het experiment ({computed}); "
        "verschil {difference}. De uitkering is een bijdrage in de kosten en kan niet hoger "
        "zijn: controleer of alle kosten zijn opgevoerd en of het aantal cliënten klopt.",
        "The grant ({stated}) is higher than the total costs of the experiment ({computed}); "
        "difference {difference}. The grant is a contribution to the costs and cannot exceed "
        "them: check that every cost is listed and that the number of clients is right.",
    ),
    CodeInfo(
        "R008",
        E,
        "format: financiering, welke kosten door wie gefinancierd worden",
        "Financiering dekt de kosten niet",
        "Financing does not match the costs",
        "Uitkering plus bijdragen ({stated}) zijn niet gelijk aan de totale kosten "
        "({computed}); verschil {difference}. {advice}",
        "Grant plus contributions ({stated}) do not equal the total costs ({computed}); "
        "difference {difference}. {advice}",
    ),
    CodeInfo(
        "R040",
        E,
        "format 'Aanleiding': het experiment richt zich op inwoners die nog geen Wlz-zorg "
        "ontvangen",
        "Doelgroep ontvangt al Wlz-zorg",
        "Target group already receives Wlz care",
        "Het experiment moet zich richten op inwoners die nog geen Wlz-zorg ontvangen; het "
        "bestand zegt van niet. Beperk de doelgroep tot inwoners zonder Wlz-zorg en zet dan "
        "'nog_geen_wlz_zorg: ja'.",
        "The experiment must be for residents who do not yet receive Wlz care; the file says "
        "it is not. Limit the target group to residents without Wlz care, then set "
        "'nog_geen_wlz_zorg: true'.",
    ),
    CodeInfo(
        "R041",
        Severity.INFO,
        "format 'Aanleiding': het experiment richt zich op inwoners die nog geen Wlz-zorg "
        "ontvangen",
        "Doelgroep zonder Wlz-zorg niet vermeld",
        "Target group without Wlz care not stated",
        "Het experiment moet zich richten op inwoners die nog geen Wlz-zorg ontvangen; het "
        "bestand zegt er niets over. Voeg 'nog_geen_wlz_zorg: ja' toe onder 'beschrijving', "
        "bij de doelgroep.",
        "The experiment must be for residents who do not yet receive Wlz care; the file does "
        "not say. Add 'nog_geen_wlz_zorg: true' under 'beschrijving', beside the target group.",
    ),
    CodeInfo(
        "R050",
        Severity.INFO,
        "DUS-I: bij de aanvraag een advies van het regionale zorgkantoor",
        "Advies van het zorgkantoor niet in het bestand",
        "Care office's advice not in the file",
        "De aanvraag heeft een advies van het regionale zorgkantoor nodig (onderdeel van het "
        "aanvraagformulier, niet van de businesscase). Vraag het advies aan en stuur het mee; "
        "zet het eventueel onder 'advies_zorgkantoor', dan controleert spukdos de conclusies.",
        "The application needs an advice of the regional care office (part of the application "
        "form, not of the businesscase). Ask for the advice and send it with the application; "
        "put it under 'advies_zorgkantoor' to have spukdos check its conclusions.",
    ),
    CodeInfo(
        "R051",
        E,
        "DUS-I: uit het advies van het zorgkantoor moet blijken dat het experiment de "
        "Wlz-kosten vermindert en dat de kosten niet hoger zijn dan de baten",
        "Advies van het zorgkantoor negatief",
        "Care office's advice negative",
        "Het advies van het zorgkantoor concludeert niet dat {point}. DUS-I vraagt een advies "
        "waaruit dat blijkt: bespreek de businesscase met het zorgkantoor en pas die aan, of "
        "corrigeer de conclusie als die verkeerd is overgenomen.",
        "The care office's advice does not conclude that {point}. DUS-I asks for an advice "
        "that shows it: discuss the businesscase with the care office and revise it, or "
        "correct the conclusion if it was copied wrongly.",
    ),
    CodeInfo(
        "R052",
        Severity.WARNING,
        "DUS-I: advies van het zorgkantoor (kosten niet hoger dan de baten); format: "
        "verwachte baten minimaal zo groot als de kosten",
        "Advies past niet bij de herberekening",
        "Advice does not match the recalculation",
        "Het advies van het zorgkantoor zegt dat de kosten niet hoger zijn dan de baten, maar "
        "herberekend zijn de kosten {costs} en de baten {benefits} (saldo {saldo}). Leg het "
        "zorgkantoor de herberekende businesscase voor, of corrigeer kosten of baten.",
        "The care office's advice says the costs are not higher than the benefits, but "
        "recalculated the costs are {costs} and the benefits {benefits} (net effect "
        "{saldo}). Put the recalculated businesscase to the care office, or correct the costs "
        "or benefits.",
    ),
    CodeInfo(
        "R053",
        Severity.WARNING,
        "DUS-I: bij de aanvraag een advies van het regionale zorgkantoor",
        "Advies van het zorgkantoor onvolledig",
        "Care office's advice incomplete",
        "Het advies van het zorgkantoor is niet volledig ingevuld; vul nog in: {missing}.",
        "The care office's advice is not filled in completely; still to fill in: {missing}.",
    ),
    CodeInfo(
        "R054",
        Severity.WARNING,
        "DUS-I: een advies van het regionale zorgkantoor",
        "Advies niet van het zorgkantoor bij de partijen",
        "Advice not from the care office among the parties",
        "Het advies komt van '{organisation}', maar dat is geen zorgkantoor onder 'partijen'. "
        "Het advies komt van het regionale zorgkantoor: schrijf de naam zoals bij de partijen, "
        "of vraag het advies aan het zorgkantoor van de regio.",
        "The advice is from '{organisation}', which is not a care office under 'partijen'. "
        "The advice comes from the regional care office: write the name as under the "
        "parties, or ask the care office of the region for the advice.",
    ),
    CodeInfo(
        "Q009",
        Severity.WARNING,
        "format 'Aanleiding': vaste uitkering per geïncludeerde cliënt; 'Financiële baten' (B)",
        "Meer inwoners met uitstel dan cliënten",
        "More residents delayed than clients",
        "B = {value} inwoners met uitstel is meer dan de {clients} cliënten die het experiment "
        "includeert. In de variant centraal persoon horen de inwoners met uitstel bij de "
        "geïncludeerde cliënten: verlaag B of corrigeer aantal_clienten.",
        "B = {value} residents with delay is more than the {clients} clients the experiment "
        "includes. In the variant centraal persoon the residents with delay are among the "
        "included clients: lower B or correct aantal_clienten.",
    ),
    # -- issue 16: a Dutch applicant's first hour --
    CodeInfo(
        "Y013",
        Severity.WARNING,
        "YAML: commentaar",
        "Tekst na ' #' is commentaar",
        "Text after ' #' is a comment",
        "Alles vanaf ' #' is commentaar en hoort niet bij de tekst: gelezen is '{text}', "
        "weggelaten '{comment}'. Hoort het bij de tekst, zet de hele tekst dan tussen "
        "aanhalingstekens: {suggestion}. Is het commentaar, zet het dan op een eigen regel.",
        "Everything from ' #' on is a comment and not part of the text: read was '{text}', "
        "left out '{comment}'. If it belongs to the text, put the whole text in quotes: "
        "{suggestion}. If it is a comment, put it on a line of its own.",
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
    CodeInfo(
        "D005",
        Severity.WARNING,
        "document",
        "Document gelezen met een kanttekening",
        "Document read with a caveat",
        "Het document is gelezen, maar {notice}. Controleer de overgenomen waarden tegen het "
        "document zoals de lezer het ziet.",
        "The document was read, but {notice}. Check the imported values against the document "
        "as a reader sees it.",
    ),
]

# -- issue 26: what a reviewer catches, round three ---------------------------------------
W = Severity.WARNING
_CODES += [
    CodeInfo(
        "Q010",
        W,
        "format 'Financiële baten' (B) en 'Doelgroep'",
        "Inwoners dubbel geteld over de routes",
        "Residents counted twice over the routes",
        "B over beide routes samen is {total} inwoners (MPT/VPT {mpt} + intramuraal {intra}), "
        "meer dan de {residents} inwoners die het experiment helpt. Een inwoner telt in één "
        "route: verlaag B in een van de routes of corrigeer aantal_inwoners.",
        "B over both routes together is {total} residents (MPT/VPT {mpt} + intramural "
        "{intra}), more than the {residents} residents the experiment helps. A resident counts "
        "in one route: lower B in one of the routes or correct aantal_inwoners.",
    ),
    CodeInfo(
        "Q011",
        W,
        "format 'Financiële baten' (A): uitstel van MPT/VPT en van opname",
        "Zelfde inwoners dubbel uitgesteld",
        "Same residents delayed twice",
        "Beide routes rekenen met dezelfde {residents} inwoners, samen {total} dagen uitstel "
        "(MPT/VPT {mpt} + intramuraal {intra}). Eén inwoner krijgt per dag hooguit één vorm "
        "van Wlz-zorg, dus samen kan het uitstel niet langer zijn dan de {term} dagen van het "
        "experiment plus {horizon} dagen daarna ({window} dagen). Verdeel de inwoners over de "
        "routes of verlaag A.",
        "Both routes count the same {residents} residents, together {total} days of delay "
        "(MPT/VPT {mpt} + intramural {intra}). A resident receives at most one form of Wlz "
        "care a day, so together the delay cannot exceed the {term} days of the experiment "
        "plus {horizon} days after it ({window} days). Divide the residents over the routes "
        "or lower A.",
    ),
    CodeInfo(
        "Q012",
        W,
        "format 'Financiële baten' (C): gemiddelde kosten per inwoner per dag; NZa-tarieven Wlz",
        "Dagtarief niet aannemelijk",
        "Day rate not plausible",
        "C = {rate} per dag ligt buiten {low} tot {high}, het bereik van Wlz-dagtarieven "
        "(MPT, VPT, ZZP) waartegen spukdos een tarief zonder prijslijstsleutel houdt "
        "({origin}). {advice}",
        "C = {rate} a day lies outside {low} to {high}, the range of Wlz day rates (MPT, VPT, "
        "ZZP) spukdos holds a rate without a price list key against ({origin}). {advice}",
    ),
    CodeInfo(
        "Q013",
        W,
        "format 'Financiële baten': overige besparingen (bijvoorbeeld in Wmo of Zvw)",
        "Wlz-besparing bij de overige besparingen",
        "Wlz saving among the other savings",
        "Deze overige besparing noemt {words}: besparingen in de Wlz zijn de twee "
        "uitstelroutes (A × B × C), dus zo telt u Wlz-zorg mogelijk dubbel. Haal de besparing "
        "weg, reken haar in een uitstelroute, of licht toe waarom zij niet in een route zit.",
        "This other saving mentions {words}: savings in the Wlz are the two delay routes "
        "(A × B × C), so this may count Wlz care twice. Remove the saving, count it in a delay "
        "route, or explain why it is not in a route.",
    ),
    CodeInfo(
        "Q014",
        W,
        "format 'Kosten': voorkom overlap tussen initiële en uitvoeringskosten",
        "Posten lijken op elkaar",
        "Items look alike",
        "De post '{post}' ({amount}) lijkt in woorden en bedrag op '{other}' ({other_amount}, "
        "{other_path}). Voer elke kost maar één keer op: voeg de posten samen of licht toe "
        "waarin ze verschillen.",
        "The item '{post}' ({amount}) looks like '{other}' ({other_amount}, {other_path}) in "
        "words and amount. Count each cost only once: merge the items or explain how they "
        "differ.",
    ),
    CodeInfo(
        "Q015",
        Severity.INFO,
        "format 'Aanleiding': het experiment richt zich op inwoners die nog geen Wlz-zorg "
        "ontvangen",
        "Doelgroeptekst spreekt nog_geen_wlz_zorg tegen",
        "Target group text contradicts nog_geen_wlz_zorg",
        "'nog_geen_wlz_zorg' zegt ja, maar de doelgroep zegt: \"{sentence}\". Het experiment is "
        "voor inwoners die nog geen Wlz-zorg ontvangen: pas de tekst of het antwoord aan.",
        "'nog_geen_wlz_zorg' says yes, but the target group says: \"{sentence}\". The experiment "
        "is for residents who do not yet receive Wlz care: correct the text or the answer.",
    ),
    CodeInfo(
        "Q016",
        Severity.INFO,
        "format 'Samenwerking': toegezegd door gemeente(n), zorgkantoor en een uitvoerende partij",
        "Tekst spreekt toezegging zorgkantoor tegen",
        "Text contradicts the care office's commitment",
        '{answer} zegt dat het zorgkantoor heeft toegezegd, maar de tekst zegt: "{sentence}". '
        "Zet 'toegezegd' pas op ja als het zorgkantoor heeft toegezegd, of pas de tekst aan.",
        '{answer} says the care office has committed, but the text says: "{sentence}". Set '
        "'toegezegd' to true only once the care office has committed, or correct the text.",
    ),
    CodeInfo(
        "R013",
        W,
        "format 'Kosten': wie voert de activiteiten uit; 'Contactgegevens van samenwerkende "
        "partijen'",
        "Uitvoerder is geen partij",
        "Executor is not a party",
        "De uitvoerder {names} staat niet bij de samenwerkende partijen.{hint} Zet de "
        "organisatie bij 'partijen' (met rol en contactpersoon), of schrijf de naam zoals "
        "daar.",
        "The executor {names} is not among the cooperating parties.{hint} Add the "
        "organisation under 'partijen' (with role and contact person), or write the name as "
        "there.",
    ),
    CodeInfo(
        "R014",
        W,
        "format: contactgegevens van samenwerkende partijen",
        "Partij dubbel vermeld",
        "Party listed twice",
        "'{organisation}' staat met dezelfde rol al bij de partijen ({other}). Houd één "
        "vermelding over en zet alle contactpersonen daarbij.",
        "'{organisation}' is already listed with the same role ({other}). Keep one entry and "
        "put all contact persons under it.",
    ),
    CodeInfo(
        "R023",
        W,
        "format 'Kosten en baten': tijdvak van de uitkering",
        "Regelingjaar past niet bij het experiment",
        "Grant year does not match the experiment",
        "regeling_jaar is {year}, maar het experiment loopt van {start} tot en met {end}, "
        "niet in {year}. Het tijdvak van de uitkering is het regelingjaar: zet het jaar "
        "waarvoor u aanvraagt, of corrigeer de looptijd.",
        "regeling_jaar is {year}, but the experiment runs from {start} to {end}, not in "
        "{year}. The grant period is the grant year: set the year you apply for, or correct "
        "the term.",
    ),
    CodeInfo(
        "R024",
        W,
        "regels per regeling_jaar",
        "Geen regels voor dit regelingjaar",
        "No rules for this grant year",
        "spukdos kent geen regels voor regelingjaar {year}, dus de verdeling van de "
        "financiering, het bedrag per cliënt en het tijdvak zijn niet gecontroleerd. "
        "Controleer het jaar, of geef de regels van {year} met --regels FILE.",
        "spukdos has no rules for grant year {year}, so the financing split, the amount per "
        "client and the grant period were not checked. Check the year, or give the rules "
        "of {year} with --regels FILE.",
    ),
    CodeInfo(
        "R055",
        W,
        "DUS-I: bij de aanvraag een advies van het regionale zorgkantoor",
        "Datum van het advies past niet",
        "Date of the advice does not fit",
        "Het advies van het zorgkantoor is gedateerd {date}, {reason} Vraag een advies over "
        "deze aanvraag, of corrigeer de datum.",
        "The care office's advice is dated {date}, {reason} Ask for an advice on this "
        "application, or correct the date.",
    ),
]

CODES: dict[str, CodeInfo] = {info.code: info for info in _CODES}

MANDATORY: tuple[tuple[str, str, str], ...] = (
    (
        "R030, R031",
        "Deelname aan de monitor (format 'Monitoring'; DUS-I: 'Deelname aan deze monitor is "
        "verplicht'): geweigerd is een fout, niet beantwoord een waarschuwing.",
        "Taking part in the monitor (form 'Monitoring'; DUS-I: 'Deelname aan deze monitor is "
        "verplicht'): refused is an error, not answered a warning.",
    ),
    (
        "R010",
        "Toezegging van gemeente(n), zorgkantoor en minimaal één uitvoerende partij (format "
        "'Samenwerking'): een fout.",
        "Commitment of the municipality (or municipalities), the care office and at least one "
        "executing party (form 'Samenwerking'): an error.",
    ),
    (
        "C001",
        "Elke vraag van het format (DUS-I: een onvolledige aanvraag wordt niet behandeld): een "
        "fout per onvolledige sectie.",
        "Every question of the form (DUS-I: an incomplete application is not processed): an "
        "error per incomplete section.",
    ),
    (
        "V001",
        "Een positieve businesscase (format: de verwachte baten minimaal zo groot als de "
        "kosten): een fout.",
        "A positive businesscase (form: expected benefits at least as large as the costs): an "
        "error.",
    ),
    (
        "P002",
        "Rekenen met de tarieven van de maatschappelijke prijslijst, een afwijking alleen met "
        "onderbouwing (format 'Kosten'): een waarschuwing.",
        "Using the rates of the maatschappelijke prijslijst, a deviation only with a "
        "justification (form 'Kosten'): a warning.",
    ),
    (
        "R040, R041",
        "Een doelgroep die nog geen Wlz-zorg ontvangt (format 'Aanleiding'): het tegendeel is "
        "een fout; niet vermeld blijft een opmerking, omdat het format dit als criterium in "
        "tekst stelt en niet als vraag, en geen ingevulde aanvraag (ook de referentieaanvraag "
        "niet) het als antwoord geeft.",
        "A target group that does not yet receive Wlz care (form 'Aanleiding'): the opposite "
        "is an error; not stated stays a note, because the form states it as a criterion in "
        "its text, not as a question, and no filled-in application (the reference application "
        "included) gives it as an answer.",
    ),
    (
        "R050, R053",
        "Het advies van het regionale zorgkantoor (DUS-I: meesturen bij de aanvraag): een "
        "onvolledig advies is een waarschuwing; geen advies in het bestand blijft een "
        "opmerking, omdat het bij het aanvraagformulier hoort en niet bij de businesscase.",
        "The regional care office's advice (DUS-I: sent with the application): an incomplete "
        "advice is a warning; no advice in the file stays a note, because it belongs to the "
        "application form, not to the businesscase.",
    ),
)
"""What the public documents call mandatory, and the findings that ask for it (codes,
Dutch, English): listed in docs/findings.md."""

# -- issue 16: a Dutch applicant's first hour --
SOURCES_EN: dict[str, str] = {
    "DUS-I: een onvolledige aanvraag wordt niet behandeld": (
        "DUS-I: an incomplete application is not processed"
    ),
    "YAML": "YAML",
    "YAML: commentaar": "YAML: comments",
    "bestand": "file",
    "formaat": "file format",
    "format 'Aanleiding': maximaal 80% vanuit de uitkering": (
        "form 'Aanleiding': at most 80% from the grant"
    ),
    "format 'Aanleiding': minimaal 20% cofinanciering": (
        "form 'Aanleiding': at least 20% co-financing"
    ),
    "format 'Aanleiding': vaste uitkering per geïncludeerde cliënt": (
        "form 'Aanleiding': fixed payment per client included"
    ),
    "format 'Financiële baten' (A)": "form 'Financiële baten' (A)",
    "format 'Financiële baten' (B)": "form 'Financiële baten' (B)",
    "format 'Financiële baten' (B) en 'Doelgroep'": "form 'Financiële baten' (B) and 'Doelgroep'",
    "format 'Financiële baten': C is per inwoner per dag": (
        "form 'Financiële baten': C is per resident per day"
    ),
    "format 'Financiële baten': overige besparingen met toelichting": (
        "form 'Financiële baten': other savings with an explanation"
    ),
    "format 'Kosten en baten': geen reguliere bedrijfsvoering of licenties": (
        "form 'Kosten en baten': no regular operations or licences"
    ),
    "format 'Kosten en baten': tijdvak van de uitkering": (
        "form 'Kosten en baten': the grant period"
    ),
    "format 'Kosten': afwijkend tarief alleen met onderbouwing": (
        "form 'Kosten': a deviating rate only with a justification"
    ),
    "format 'Kosten': maatschappelijke prijslijst": (
        "form 'Kosten': the maatschappelijke prijslijst"
    ),
    "format 'Kosten': voorkom overlap tussen initiële en uitvoeringskosten": (
        "form 'Kosten': avoid overlap between initial and execution costs"
    ),
    "format 'Monitoring'; DUS-I: deelname aan de monitor is verplicht": (
        "form 'Monitoring'; DUS-I: taking part in the monitor is mandatory"
    ),
    "format 'Samenwerking': gemeente(n), zorgkantoor en minimaal één uitvoerende partij": (
        "form 'Samenwerking': municipality (or municipalities), zorgkantoor and at least one "
        "executing party"
    ),
    "format deel 2, kosten en baten": "form part 2, costs and benefits",
    "format: contactgegevens": "form: contact details",
    "format: financiering per partner": "form: financing per partner",
    "format: financiering; variant cofinanciering": "form: financing; variant cofinanciering",
    "format: looptijd": "form: term",
    "format: positieve businesscase; beoordeling": "form: positive businesscase; assessment",
    "format: verwachte baten minimaal zo groot als de kosten": (
        "form: expected benefits at least as large as the costs"
    ),
    "regels per regeling_jaar": "rules per regeling_jaar",
    "format 'Financiële baten' (A): uitstel van MPT/VPT en van opname": (
        "form 'Financiële baten' (A): delay of MPT/VPT and of admission"
    ),
    "format 'Financiële baten' (C): gemiddelde kosten per inwoner per dag; NZa-tarieven "
    "Wlz": "form 'Financiële baten' (C): average cost per resident per day; NZa Wlz tariffs",
    "format 'Financiële baten': overige besparingen (bijvoorbeeld in Wmo of Zvw)": (
        "form 'Financiële baten': other savings (for example in the Wmo or the Zvw)"
    ),
    "format 'Samenwerking': toegezegd door gemeente(n), zorgkantoor en een uitvoerende partij": (
        "form 'Samenwerking': committed by the municipality (or municipalities), the "
        "zorgkantoor and an executing party"
    ),
    "format 'Kosten': wie voert de activiteiten uit; 'Contactgegevens van samenwerkende "
    "partijen'": "form 'Kosten': who carries out the activities; 'Contactgegevens van "
    "samenwerkende partijen'",
    "format: contactgegevens van samenwerkende partijen": (
        "form: contact details of the cooperating parties"
    ),
    "spukdos analyse: scenario's": "spukdos analyse: scenarios",
}
"""The source of a code (Dutch, as the form names its parts) -> English; the names of the
form's parts stay Dutch, as the form prints them."""


def source_text(source: str, lang: str) -> str:
    """Where a code's rule comes from, in ``lang``."""
    return pick((source, SOURCES_EN.get(source, source)), lang)


# Terms used as parameters ------------------------------------------------------------
TERMS: dict[str, tuple[str, str]] = {
    # expected / found kinds of value
    "text": ("tekst", "text"),
    "number": ("een getal", "a number"),
    "whole": ("een geheel getal", "a whole number"),
    "date": ("een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)"),
    "bool": ("ja of nee", "true or false"),
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
    "suggest_generic_money": (
        " Schrijf het bedrag eenduidig, bijvoorbeeld 1.250,00, € 72.000,- of 1250.00.",
        " Write the amount unambiguously, for example 1250.00, 1.250,00 or € 72.000,- (whole "
        "euros).",
    ),
    "suggest_generic_count": (
        " Schrijf een heel getal, zonder woorden ervoor of erna, bijvoorbeeld 180.",
        " Write a whole number, with no words before or after it, for example 180.",
    ),
    "suggest_generic_factor": (
        " Schrijf alleen het getal, bijvoorbeeld 182,5 of 1.250.",
        " Write the number only, for example 182.5 or 1250.",
    ),
    "hint_true_false": (" Schrijf ja of nee.", " Write true or false (or the Dutch ja or nee)."),
    "hint_iso_date": (" Schrijf de datum als 2025-01-31.", " Write the date as 2025-01-31."),
    "hint_date_meant": (
        " Schrijf de datum als jaar-maand-dag: {suggestion}.",
        " Write the date as year-month-day: {suggestion}.",
    ),
    "hint_date_either": (
        " Schrijf de datum als jaar-maand-dag: {first} (gelezen als dag-maand-jaar) of "
        "{second} (gelezen als maand-dag-jaar).",
        " Write the date as year-month-day: {first} (read as day-month-year) or {second} "
        "(read as month-day-year).",
    ),
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
        " Tussen aanhalingstekens is dit tekst; schrijf ja of nee, of true of false zonder "
        "aanhalingstekens.",
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
    # -- issue 19: hostile conditions, round two --
    "link_outside": (
        "het is een koppeling (symlink) naar een bestand buiten de map",
        "it is a link (symlink) to a file outside the folder",
    ),
    "not_regular": (
        "het is geen gewoon bestand (een pipe, apparaat of socket)",
        "it is not a regular file (a pipe, device or socket)",
    ),
    "aborted_timeout": (
        "het duurde langer dan {seconds} seconden",
        "it took longer than {seconds} seconds",
    ),
    "aborted_signal": (
        "het werkproces dat het las stopte onverwacht (signaal {signal}), ook bij een tweede "
        "poging",
        "the worker process reading it stopped unexpectedly (signal {signal}), also on a "
        "second try",
    ),
    "aborted_exit": (
        "het werkproces dat het las stopte onverwacht (afsluitcode {status}), ook bij een "
        "tweede poging",
        "the worker process reading it stopped unexpectedly (exit status {status}), also on "
        "a second try",
    ),
    "a_single_value": ("één losse waarde", "a single value"),
    # -- issue 16: a Dutch applicant's first hour --
    "monitoring_fill": (
        "Schrijf ja achter 'deelname:' (onder 'monitoring:').",
        "Write true (or ja) after 'deelname:' (under 'monitoring:').",
    ),
    "monitoring_add_key": (
        "Voeg 'deelname: ja' toe onder 'monitoring:'.",
        "Add 'deelname: true' under 'monitoring:'.",
    ),
    "choices_list": ("{choices} of {last}", "{choices} or {last}"),
    "choices_one": ("{choice}", "{choice}"),
    # Y002: the common mistakes, each with its fix (read/yamlhelp.py recognises them)
    "yaml_colon_in_text": (
        "een dubbele punt met een spatie erna leest YAML in tekst zonder aanhalingstekens als "
        "een nieuwe sleutel. Zet de tekst tussen aanhalingstekens: {suggestion}",
        "in text without quotes YAML reads a colon followed by a space as a new key. Put the "
        "text in quotes: {suggestion}",
    ),
    "yaml_missing_space": (
        "na de dubbele punt van '{field}' hoort een spatie. Zonder spatie leest YAML '{written}' "
        "als tekst, die op de volgende regel doorloopt. Schrijf '{field}: ' met een spatie.",
        "the colon of '{field}' needs a space after it. Without one YAML reads '{written}' as "
        "text that runs on to the next line. Write '{field}: ' with a space.",
    ),
    "yaml_continued_colon": (
        "deze regel springt verder in dan '{field}' (regel {line}), dus leest YAML hem als "
        "vervolg van de tekst van '{field}', en daarin mag geen dubbele punt met een spatie "
        "staan. Is '{this}' een eigen sleutel, spring dan even ver in als '{field}'. Hoort de "
        "regel bij de tekst, zet de tekst dan tussen aanhalingstekens, of zet | achter "
        "'{field}:' en de tekst op de regels eronder.",
        "this line is indented further than '{field}' (line {line}), so YAML reads it as the "
        "continuation of the text of '{field}', where a colon followed by a space is not "
        "allowed. If '{this}' is a key of its own, indent it as far as '{field}'. If the line "
        "belongs to the text, put the text in quotes, or put | after '{field}:' and the text on "
        "the lines below it.",
    ),
    "yaml_quote_not_closed": (
        "hier begint een tekst met een aanhalingsteken ({quote}) dat nergens wordt gesloten. "
        "Begint de tekst zelf met een apostrof (zoals 's-Hertogenbosch), zet hem dan tussen "
        "dubbele aanhalingstekens: {suggestion}; sluit hem anders af met {quote}.",
        "a text starts here with a quote ({quote}) that is never closed. If the text itself "
        "starts with an apostrophe (such as 's-Hertogenbosch), put it in double quotes: "
        "{suggestion}; otherwise close it with {quote}.",
    ),
    "p005_ask": (
        "De prijslijst heeft een dagtarief dat hier kan passen ({keys}): noem die sleutel als "
        "'tarief' als het uw tarief is.",
        "The price list has a day rate that may fit here ({keys}): name that key as 'tarief' "
        "if it is your rate.",
    ),
    "p005_no_key": (
        "De prijslijst heeft geen dagtarief voor deze route; u hoeft geen sleutel te noemen.",
        "The price list has no day rate for this route; there is no key to name.",
    ),
    "yaml_after_earlier": (
        "{problem} (Gevonden nadat spukdos de regels van de fout op regel {line} heeft "
        "overgeslagen; los die eerst op, dan kan deze melding veranderen.)",
        "{problem} (Found after spukdos skipped the lines of the error on line {line}; fix "
        "that one first, and this message may change.)",
    ),
    "yaml_quote_runs_on": (
        "hier begint een tekst met een aanhalingsteken ({quote}), en die loopt door tot het "
        "volgende aanhalingsteken, op regel {end}. Begint de tekst zelf met een apostrof "
        "(zoals 's-Hertogenbosch), zet hem dan tussen dubbele aanhalingstekens: "
        "{suggestion}; sluit hem anders op deze regel af met {quote}.",
        "a text starts here with a quote ({quote}) and runs on to the next quote, on line "
        "{end}. If the text itself starts with an apostrophe (such as 's-Hertogenbosch), put "
        "it in double quotes: {suggestion}; otherwise close it on this line with {quote}.",
    ),
    "yaml_dquote_not_closed": (
        "hier begint een tekst met een aanhalingsteken ({quote}) dat nergens wordt gesloten. "
        "Sluit de tekst af met {quote}: {suggestion}",
        "a text starts here with a quote ({quote}) that is never closed. Close the text with "
        "{quote}: {suggestion}",
    ),
    "yaml_dquote_runs_on": (
        "hier begint een tekst met een aanhalingsteken ({quote}), en die loopt door tot het "
        "volgende aanhalingsteken, op regel {end}. Sluit de tekst op deze regel af met "
        "{quote}: {suggestion}",
        "a text starts here with a quote ({quote}) and runs on to the next quote, on line "
        "{end}. Close the text on this line with {quote}: {suggestion}",
    ),
    "yaml_text_after_quote": (
        "na de tekst tussen aanhalingstekens staat nog meer tekst. Zet de hele tekst tussen "
        "aanhalingstekens: {suggestion}",
        "there is more text after the text in quotes. Put the whole text in quotes: {suggestion}",
    ),
    "yaml_text_after_bracket": (
        "een tekst die met {{ of [ begint, leest YAML als een tabel of lijst. Zet de tekst "
        "tussen aanhalingstekens: {suggestion}",
        "YAML reads a text that starts with {{ or [ as a mapping or list. Put the text in "
        "quotes: {suggestion}",
    ),
    "yaml_text_without_key": (
        "deze regel is tekst zonder sleutel. Hoort hij bij de tekst van '{field}' (regel "
        "{line}), schrijf dan '{field}: |' en zet alle regels van de tekst daaronder, twee "
        "spaties verder ingesprongen dan '{field}'.",
        "this line is text without a key. If it belongs to the text of '{field}' (line {line}), "
        "write '{field}: |' and put all lines of the text below it, two spaces further in than "
        "'{field}'.",
    ),
    "yaml_block_not_indented": (
        "de tekst onder '{field}: |' moet verder inspringen dan '{field}' (twee spaties meer).",
        "the text under '{field}: |' must be indented further than '{field}' (two spaces more).",
    ),
    "yaml_missing_colon": (
        "hier verwacht YAML een sleutel met een dubbele punt en een spatie (sleutel: waarde) "
        "of een lijstitem dat met '- ' begint. Vul de dubbele punt aan, of zet tekst bij de "
        "sleutel waar hij bij hoort.",
        "YAML expects a key with a colon and a space here (key: value) or a list item that "
        "starts with '- '. Add the colon, or put text with the key it belongs to.",
    ),
    "yaml_tab": (
        "hier staat een tab. Spring in met spaties, nooit met tabs (stel de editor zo in dat "
        "Tab spaties invoegt).",
        "there is a tab here. Indent with spaces, never with tabs (set the editor to insert "
        "spaces for Tab).",
    ),
    "yaml_reserved_start": (
        "een tekst die met {char} begint, moet tussen aanhalingstekens: {suggestion}",
        "a text that starts with {char} must be in quotes: {suggestion}",
    ),
    "yaml_dash_start": (
        "een tekst die met '- ' begint, leest YAML als een lijst. Zet de tekst tussen "
        "aanhalingstekens: {suggestion}",
        "YAML reads a text that starts with '- ' as a list. Put the text in quotes: {suggestion}",
    ),
    "yaml_list_item": (
        "in een lijst begint elk item met '- ' ({dash} spaties ingesprongen, zoals het "
        "streepje erboven), en de sleutels van een item staan even ver ingesprongen als de "
        "eerste sleutel na het streepje ({spaces} spaties).",
        "in a list every item starts with '- ' (indented {dash} spaces, like the dash above), "
        "and the keys of an item are indented as far as the first key after the dash "
        "({spaces} spaces).",
    ),
    "yaml_flow_bracket_key": (
        "tussen {{ }} mag een sleutel geen [ of ] bevatten. Schrijf elke wijziging zonder "
        "{{ }} op een eigen regel onder de sleutel, twee spaties verder ingesprongen, zoals: "
        "{example}",
        "between {{ }} a key may not hold [ or ]. Write each change without {{ }} on a line "
        "of its own under the key, two spaces further in, such as: {example}",
    ),
    "yaml_flow": (
        "tussen {open} en {close} ontbreekt een komma of het sluitende {close}, of er staat "
        "een teken dat daar niet mag ({{ }} [ ] , of een dubbele punt in tekst). Zet tekst "
        "tussen aanhalingstekens, of schrijf de waarden zonder haakjes elk op een eigen regel.",
        "between {open} and {close} a comma or the closing {close} is missing, or there is a "
        "character that is not allowed there ({{ }} [ ] , or a colon in text). Put text in "
        "quotes, or write the values without brackets, each on a line of its own.",
    ),
    "yaml_flow_open": (
        "een lijst of tabel tussen [ ] of {{ }} is niet afgesloten, of er ontbreekt een "
        "waarde na een komma. Sluit hem af, of schrijf de waarden zonder haakjes elk op een "
        "eigen regel.",
        "a list or mapping between [ ] or {{ }} is not closed, or a value is missing after a "
        "comma. Close it, or write the values without brackets, each on a line of its own.",
    ),
    "yaml_indent": (
        "deze regel springt anders in dan de sleutels erboven. Sleutels van hetzelfde blok "
        "staan precies even ver ingesprongen, met spaties (zoals '{field}' op regel {line}: "
        "{spaces} spaties).",
        "this line is indented differently from the keys above it. Keys of the same block "
        "are indented exactly as far, with spaces (such as '{field}' on line {line}: {spaces} "
        "spaces).",
    ),
    "yaml_undefined_alias": (
        "*{name} verwijst naar een anker &{name} dat er niet is. Begint een tekst met *, zet "
        "hem dan tussen aanhalingstekens.",
        "*{name} refers to an anchor &{name} that does not exist. If a text starts with *, "
        "put it in quotes.",
    ),
    "yaml_bad_character": (
        "hier staat een teken dat YAML niet toestaat ({code}). Verwijder het.",
        "there is a character here that YAML does not allow ({code}). Remove it.",
    ),
    "yaml_other": (
        "YAML kan het bestand hier niet lezen. Controleer de inspringing (met spaties), de "
        "dubbele punten en de aanhalingstekens op deze regel en de regels erboven.",
        "YAML cannot read the file here. Check the indentation (with spaces), the colons and "
        "the quotes on this line and the lines above it.",
    ),
    "monitoring_add": (
        "Voeg 'monitoring: {{deelname: ja}}' toe onder 'beschrijving'.",
        "Add 'monitoring: {{deelname: true}}' under 'beschrijving'.",
    ),
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
    "doc_scanned_ocr": (
        "het is een scan: afbeeldingen met onzichtbare, door een computer herkende tekst "
        "(OCR); spukdos leest geen scans, omdat herkende cijfers fout kunnen zijn; lever het "
        "document als .docx in, of als PDF die uit de tekstverwerker is opgeslagen",
        "it is a scan: images with invisible text that a computer recognised (OCR); spukdos "
        "does not read scans, as recognised figures may be wrong; hand in the document as "
        ".docx, or as a PDF saved from the word processor",
    ),
    "doc_text_garbled": (
        "de lettertypen van de PDF zeggen niet welke letters ze tonen, dus de tekst is "
        "onleesbaar (zo'n PDF komt vaak van een printer of van PostScript); sla het document "
        "in de tekstverwerker opnieuw op als PDF (Opslaan als, PDF), of lever de .docx in",
        "the PDF's fonts do not say which letters they show, so its text is unreadable (such a "
        "PDF often comes from a printer or from PostScript); save the document as PDF again "
        "from the word processor (Save as, PDF), or hand in the .docx",
    ),
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
    # -- issue 25: a document read in a child process with limits --
    "doc_unsafe_memory": (
        "het lezen is gestopt bij de veiligheidsgrens van 320 MiB geheugen (een ingevulde "
        "aanvraag vraagt enkele tientallen); sla het opnieuw op als .docx of PDF, of lees de "
        "versie in die de gemeente zelf maakte",
        "reading it was stopped at the safety limit of 320 MiB of memory (a filled-in "
        "application needs a few tens); save it again as .docx or PDF, or import the version "
        "the municipality made itself",
    ),
    "doc_unsafe_time": (
        "het lezen is gestopt bij de veiligheidsgrens van 7 seconden (een ingevulde aanvraag "
        "kost minder dan één); sla het opnieuw op als .docx of PDF, of lees de versie in die de "
        "gemeente zelf maakte",
        "reading it was stopped at the safety limit of 7 seconds (a filled-in application takes "
        "less than one); save it again as .docx or PDF, or import the version the municipality "
        "made itself",
    ),
    "doc_unsafe_crash": (
        "de lezer brak erop af en is veilig gestopt (het bestand is beschadigd of zo gemaakt); "
        "sla het opnieuw op als .docx of PDF",
        "the reader broke off on it and was stopped safely (the file is damaged or made that "
        "way); save it again as .docx or PDF",
    ),
    "doc_no_child": (
        "spukdos kon geen apart proces starten om het veilig te lezen (het systeem heeft geen "
        "processen of geheugen meer vrij); probeer het later opnieuw",
        "spukdos could not start a separate process to read it safely (the system has no "
        "processes or memory left); try again later",
    ),
    "doc_old_word": (
        "het is een oud Word-bestand (.doc); open het in Word of LibreOffice en sla het op als "
        ".docx (of als PDF)",
        "it is an old Word file (.doc); open it in Word or LibreOffice and save it as .docx (or "
        "as PDF)",
    ),
    "doc_opendocument": (
        "het is een OpenDocument-bestand (.odt); sla het in LibreOffice op als .docx (of als PDF)",
        "it is an OpenDocument file (.odt); save it in LibreOffice as .docx (or as PDF)",
    ),
    "doc_note_truncated": (
        "het is langer dan spukdos leest (4 miljoen tekens of 100.000 regels); de rest is niet "
        "gelezen",
        "it is longer than spukdos reads (4 million characters or 100,000 lines); the rest was "
        "not read",
    ),
    "doc_too_many_paragraphs": (
        "het heeft meer dan 100.000 alinea's (een ingevulde aanvraag heeft er zo'n 700)",
        "it has more than 100,000 paragraphs (a filled-in application has about 700)",
    ),
    "doc_too_many_rows": (
        "het heeft meer dan 5.000 tabelrijen (een ingevulde aanvraag heeft er zo'n 120)",
        "it has more than 5,000 table rows (a filled-in application has about 120)",
    ),
    "doc_too_many_cells": (
        "het heeft meer dan 50.000 tabelcellen (een ingevulde aanvraag heeft er zo'n 500)",
        "it has more than 50,000 table cells (a filled-in application has about 500)",
    ),
    "doc_too_many_breaks": (
        "het heeft meer dan 100.000 regeleinden binnen alinea's (een ingevulde aanvraag heeft "
        "er enkele tientallen)",
        "it has more than 100,000 line breaks within paragraphs (a filled-in application has a "
        "few dozen)",
    ),
    "doc_too_dense": (
        "een pagina heeft meer dan 30.000 tekens (een volle pagina van het format heeft er zo'n "
        "5.000)",
        "a page has more than 30,000 characters (a full page of the form has about 5,000)",
    ),
    "doc_note_mixed_encoding": (
        "de tekst mengt twee coderingen: {count} regel(s) zijn geen UTF-8 en zijn als "
        "Windows-1252 gelezen (de eerste: regel {line}); sla de tekst op als UTF-8",
        "the text mixes two encodings: {count} line(s) are not UTF-8 and were read as "
        "Windows-1252 (the first: line {line}); save the text as UTF-8",
    ),
    "doc_note_slanted": (
        "er staat schuine tekst in, zoals een watermerk ('CONCEPT'): {count} teken(s), de "
        "eerste op pagina {page}; die hoort niet bij het format en is niet overgenomen",
        "it holds slanted text, as a watermark ('CONCEPT') is: {count} character(s), the "
        "first on page {page}; that is no part of the form and was not imported",
    ),
    "doc_note_invisible": (
        "er staat tekst in die op de pagina niet te zien is (onzichtbaar, wit, te klein of "
        "buiten beeld: {count} teken(s), de eerste op pagina {page}); die is niet overgenomen",
        "it holds text that cannot be seen on the page (invisible, white, too small or out "
        "of view: {count} character(s), the first on page {page}); that text was not imported",
    ),
    "": ("", ""),
    # -- issue 15: what a reviewer checks --
    "pct_just_above": ("net meer dan {pct}", "just over {pct}"),
    "pct_just_below": ("net minder dan {pct}", "just under {pct}"),
    "advice_financing_short": (
        "Vermeld onder financiering.bijdragen wie de rest van de kosten betaalt (één bijdrage "
        "per partner), of corrigeer de kosten.",
        "List under financiering.bijdragen who pays the rest of the costs (one contribution "
        "per partner), or correct the costs.",
    ),
    "advice_financing_over": (
        "Verlaag de bijdragen, zodat uitkering en bijdragen samen precies de kosten dekken.",
        "Lower the contributions, so that grant and contributions together cover exactly the "
        "costs.",
    ),
    # -- terms of issue 26 --
    "range_origin_builtin": (
        "regels {year} van spukdos: kosten_per_dag_min en kosten_per_dag_max, zie 'spukdos rules'",
        "spukdos's rules of {year}: kosten_per_dag_min and kosten_per_dag_max, see 'spukdos rules'",
    ),
    "range_origin_file": (
        "kosten_per_dag_min en kosten_per_dag_max uit {file}",
        "kosten_per_dag_min and kosten_per_dag_max from {file}",
    ),
    "range_too_high": (
        "Staat de komma goed, en is het geen maand- of jaartarief? Reken met een tarief per "
        "inwoner per dag, noem de sleutel uit de prijslijst ('tarief'), of onderbouw het "
        "tarief.",
        "Is the decimal point right, and is it not a monthly or yearly rate? Use a rate per "
        "resident per day, name the price list key ('tarief'), or justify the rate.",
    ),
    "range_too_low": (
        "Staat de komma goed, en is het geen uurtarief? Reken met een tarief per inwoner per "
        "dag, noem de sleutel uit de prijslijst ('tarief'), of onderbouw het tarief.",
        "Is the decimal point right, and is it not an hourly rate? Use a rate per resident "
        "per day, name the price list key ('tarief'), or justify the rate.",
    ),
    "range_held_against": (
        " Het is gehouden tegen het bereik van Wlz-dagtarieven, {low} tot {high} ({origin}).",
        " It was held against the range of Wlz day rates, {low} to {high} ({origin}).",
    ),
    "hint_closest_party": (" Bedoelde u '{party}'?", " Did you mean '{party}'?"),
    "advice_too_early": (
        "vóór {first}: eerder dan het jaar waarin aanvragen voor {year} worden gedaan.",
        "before {first}: earlier than the year in which applications for {year} are made.",
    ),
    "advice_after_start": (
        "na de start van het experiment ({start}): het advies hoort bij de aanvraag, vóór de "
        "uitvoering.",
        "after the experiment starts ({start}): the advice belongs to the application, "
        "before the work begins.",
    ),
    "advice_point_wlz": (
        "het experiment bijdraagt aan het verminderen van de kosten in de Wlz",
        "the experiment contributes to reducing the costs in the Wlz",
    ),
    "advice_point_costs": (
        "de totale kosten (in diverse domeinen) niet hoger zijn dan de baten",
        "the total costs (across the domains) are not higher than the benefits",
    ),
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
    if isinstance(value, Places):
        return describe_all(value, lang)
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
