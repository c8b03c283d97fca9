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

from spukdos_cli.completeness import SECTIONS
from spukdos_cli.findings import Finding, ParamValue, Severity, Term
from spukdos_cli.formatting import format_eur

LANGUAGES = ("nl", "en")


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
        return self.title_en if lang == "en" else self.title_nl


E = Severity.ERROR

_CODES = [
    # -- the file and its YAML --------------------------------------------------------
    CodeInfo(
        "Y001",
        E,
        "bestand",
        "Bestand niet leesbaar",
        "File cannot be read",
        "Het bestand kan niet worden gelezen: {reason}.",
        "The file cannot be read: {reason}.",
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
        "'{text}' is negatief; hier zijn alleen bedragen of aantallen van 0 of meer toegestaan.",
        "'{text}' is negative; only amounts or counts of 0 or more are allowed here.",
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
    # -- price list, P (issue 3) -------------------------------------------------------------
    # -- plausibility, Q (issue 3) -----------------------------------------------------------
    # -- hostile input, Y011+ (issue 7) ------------------------------------------------------
    # -- analysis and scenarios, N (issue 4) -------------------------------------------------
]

CODES: dict[str, CodeInfo] = {info.code: info for info in _CODES}


# Terms used as parameters ------------------------------------------------------------
TERMS: dict[str, tuple[str, str]] = {
    # expected / found kinds of value
    "text": ("tekst", "text"),
    "number": ("een getal", "a number"),
    "amount": ("een bedrag", "an amount"),
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
    "fig_initiele_kosten": ("Totaal initiële projectkosten", "Total initial project costs"),
    "fig_uitvoeringskosten": ("Totaal uitvoeringskosten", "Total execution costs"),
    "fig_totaal_kosten": ("Totale kosten", "Total costs"),
    "fig_overige_besparingen": ("Overige besparingen", "Other savings"),
    "fig_totaal_baten": ("Totale baten", "Total benefits"),
    "fig_saldo": (
        "Totaal financieel effect (baten − kosten)",
        "Net financial effect (benefits − costs)",
    ),
    "fig_mpt_vpt": (
        "Besparing uitstel MPT/VPT (A × B × C)",
        "Saving from delayed MPT/VPT (A × B × C)",
    ),
    "fig_intramuraal": (
        "Besparing uitstel intramurale opname (A × B × C)",
        "Saving from delayed admission (A × B × C)",
    ),
    "fig_financiering": ("Totaal financiering", "Total financing"),
    # -- terms of issue 3 (rules, prices, plausibility) --
    # -- terms of issue 7 (hostile input) --
    # -- terms of issue 4 (analysis) --
    "": ("", ""),
}
TERMS.update({f"section_{s.key}": (s.title("nl"), s.title("en")) for s in SECTIONS})


def term(key: str, lang: str, **params: ParamValue) -> str:
    nl, en = TERMS[key]
    template = en if lang == "en" else nl
    return template.format(**{k: render_param(v, lang) for k, v in params.items()})


def render_param(value: ParamValue, lang: str) -> str:
    if isinstance(value, Term):
        return term(value.key, lang, **value.params)
    if isinstance(value, Decimal):
        return format_eur(value, lang)
    return str(value)


def render(finding: Finding, lang: str = "nl") -> str:
    """The finding's message in ``lang`` (``nl`` or ``en``)."""
    info = CODES[finding.code]
    template = info.message_en if lang == "en" else info.message_nl
    params: dict[str, str] = {}
    for key, value in finding.params.items():
        params[key] = render_param(value, lang)
    if finding.stated is not None and finding.computed is not None:
        params.setdefault("stated", format_eur(finding.stated, lang))
        params.setdefault("computed", format_eur(finding.computed, lang))
        difference = finding.stated - finding.computed
        params.setdefault("difference", format_eur(difference, lang, signed=True))
    return template.format(**params)
