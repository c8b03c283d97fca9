"""The words of the starter file (``spukdos init``) around the form's questions, in Dutch
and English: the instructions at the top, the markers and hints after a question, and the
notes with the year's rules. The questions themselves are in :mod:`spukdos_cli.form.questions`
(Dutch) and :mod:`spukdos_cli.form.questions_en` (English)."""

from __future__ import annotations

from spukdos_cli.messages.lang import pick

STARTER_WORDS: dict[str, tuple[str, str]] = {
    "title": (
        "Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) {year}, variant "
        "{variant}. Startbestand van 'spukdos init'.",
        "Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) {year}, variant "
        "{variant}. Starter file of 'spukdos init'.",
    ),
    "how": ("Zo vult u dit bestand in:", "How to fill in this file:"),
    "how_answer": (
        "- Boven elke vraag staat de vraag uit het format, met een voorbeeld. Schrijf uw "
        'antwoord achter de dubbele punt, op dezelfde regel: naam: "Samen in de wijk"',
        "- Above each key is the form's question, with an example. Write your answer after "
        'the colon, on the same line: naam: "Samen in de wijk"',
    ),
    "how_quotes": (
        "- Zet tekst tussen aanhalingstekens als er een dubbele punt (:) of # in staat, of "
        "als hij begint met een aanhalingsteken (zoals 's-Hertogenbosch).",
        "- Put text in quotes if it holds a colon (:) or a #, or if it starts with a quote "
        "(such as 's-Hertogenbosch).",
    ),
    "how_long": (
        "- Een lange tekst over meer regels: zet | achter de dubbele punt en schrijf de tekst "
        "op de regels eronder, twee spaties verder ingesprongen dan de sleutel. Spring in met "
        "spaties, nooit met tabs.",
        "- A long text over several lines: put | after the colon and write the text on the "
        "lines below it, two spaces further in than the key. Indent with spaces, never with "
        "tabs.",
    ),
    "how_amounts": (
        '- Bedragen schrijft u zoals het format ze toont: 100.000,00 of "€ 100.000,00"; '
        "getallen met een komma: 182,5. Ja of nee: ja of nee.",
        '- Write amounts as the form shows them: 100.000,00 or "€ 100.000,00"; numbers with a '
        "decimal comma: 182,5 (or 182.5). Yes or no: true or false (or ja or nee).",
    ),
    "how_blocks": (
        "- Meer partijen, contactpersonen, thema's of kostenposten: kopieer een blok vanaf "
        "het streepje (-) en plak het eronder, even ver ingesprongen.",
        "- More parties, contact persons, themes or cost posts: copy a block from the dash "
        "(-) and paste it below, indented as far.",
    ),
    "how_optional": (
        "- (optioneel) betekent: mag leeg blijven. Al het andere vraagt het format.",
        "- (optional) means: may stay empty. Everything else is asked by the form.",
    ),
    "how_check": (
        "Controleer het bestand zo vaak u wilt met: spukdos check {name}",
        "Check the file as often as you like with: spukdos check --lang en {name}",
    ),
    "how_report": (
        "Het rapport laat per sectie zien wat nog ontbreekt.",
        "The report shows per section what is still missing.",
    ),
    "this_file": ("<dit bestand>", "<this file>"),
    # -- issue 17: the editor's schema (the modeline on line 1) --
    "schema_none": (
        "Controle terwijl u typt: zet het schema naast dit bestand (spukdos schema > {file}) "
        "en maak dit de eerste regel: # yaml-language-server: $schema={file}",
        "Checking as you type: put the schema next to this file (spukdos schema > {file}) "
        "and make this the first line: # yaml-language-server: $schema={file}",
    ),
    "schema_installed": (
        "Regel 1 koppelt uw editor (VS Code met de YAML-extensie, IntelliJ) aan het schema "
        "dat bij spukdos op deze computer is geïnstalleerd: de editor toont bij elke sleutel "
        "de vraag uit het format, vult sleutels aan en controleert waarden terwijl u typt. "
        "Deelt u het bestand met anderen? Zet dan een kopie van het schema ernaast (spukdos "
        "schema > {file}) en schrijf op regel 1 $schema={file} in plaats van het adres. "
        "Gebruikt u in uw editor een eigen schema-instelling, verwijder dan regel 1.",
        "Line 1 connects your editor (VS Code with the YAML extension, IntelliJ) to the "
        "schema installed with spukdos on this computer: the editor shows the form's "
        "question for each key, completes keys and checks values as you type. Sharing the "
        "file with others? Put a copy of the schema next to it (spukdos schema > {file}) and "
        "write $schema={file} on line 1 instead of the address. If your editor has a schema "
        "setting of its own, delete line 1.",
    ),
    "schema_address": (
        "Regel 1 koppelt uw editor (VS Code met de YAML-extensie, IntelliJ) aan het schema "
        "op dat adres: de editor vult sleutels aan en controleert waarden terwijl u typt.",
        "Line 1 connects your editor (VS Code with the YAML extension, IntelliJ) to the "
        "schema at that address: the editor completes keys and checks values as you type.",
    ),
    "optional": (" (optioneel)", " (optional)"),
    "other_variant": (
        " (niet nodig bij variant {variant})",
        " (not needed for variant {variant})",
    ),
    "choose": (" Kies uit: {choices}.", " Choose from: {choices}."),
    "hint_date": (" Schrijf de datum als JJJJ-MM-DD.", " Write the date as YYYY-MM-DD."),
    "hint_bool": (" Schrijf ja of nee.", " Write true or false (or ja or nee)."),
    "example": ("Voorbeeld:", "Example:"),
    "example_lines": (
        "Voorbeeld (elke regel onder de sleutel, twee spaties verder ingesprongen):",
        "Example (each line under the key, two spaces further in):",
    ),
    "variant_cofinanciering": ("cofinanciering", "co-financing"),
    "variant_centraal_persoon": ("centraal persoon", "central person"),
    "note_parties": (
        "Hieronder staan de partijen die in ieder geval samenwerking moeten toezeggen: de "
        "gemeente, het zorgkantoor en een uitvoerende partij (hier een zorgaanbieder; is dat "
        "bij u een welzijnsorganisatie of vrijwilligersinitiatief, pas dan de rol aan). Voeg "
        "een blok toe voor elke andere partij, zoals de zorgverzekeraar.",
        "Below are the parties that must at least commit to the cooperation: the "
        "municipality, the zorgkantoor and an executing party (here a care provider; if yours "
        "is a welfare organisation or volunteer initiative, change the role). Add a block for "
        "every other party, such as the health insurer.",
    ),
    "note_period": (
        "Het tijdvak van de uitkering {year} loopt van {first} tot en met {last}.",
        "The grant period {year} runs from {first} to {last} inclusive.",
    ),
    "note_per_client": (
        "Variant centraal persoon: per cliënt die wordt geïncludeerd geldt een vaste "
        "uitkering van {amount} (regeling {year}); uitkering = aantal_clienten × {amount}.",
        "Variant centraal persoon: a fixed payment of {amount} per client included (scheme "
        "{year}); uitkering = aantal_clienten × {amount}.",
    ),
    "note_per_client_unknown": (
        "Het bedrag per cliënt van de regeling {year} is spukdos niet bekend.",
        "spukdos does not know the amount per client of the scheme {year}.",
    ),
    "note_shares": (
        "Variant cofinanciering: minimaal {minimum}% van de kosten uit cofinanciering "
        "(bijdragen) en maximaal {maximum}% uit de uitkering (regeling {year}); bijdragen plus "
        "uitkering zijn samen de totale kosten.",
        "Variant cofinanciering: at least {minimum}% of the costs from co-financing "
        "(bijdragen) and at most {maximum}% from the grant (scheme {year}); contributions "
        "plus grant together are the total costs.",
    ),
    "note_shares_unknown": (
        "De verdeling van de regeling {year} is spukdos niet bekend.",
        "spukdos does not know the split of the scheme {year}.",
    ),
    "effect_heading": ("13. Verwacht financieel effect", "13. Expected financial effect"),
    "effect_note": (
        "Het financieel effect (totale baten − totale kosten) berekent spukdos zelf; 'spukdos "
        "check' toont het. Vult u in het format eigen totalen in? Zet ze dan onderaan dit "
        "bestand onder 'opgave' (optioneel); spukdos vergelijkt ze tot op de cent.",
        "spukdos computes the financial effect (total benefits − total costs) itself; "
        "'spukdos check' shows it. Do you enter totals of your own in the form? Then put them "
        "at the end of this file under 'opgave' (optional); spukdos compares them to the cent.",
    ),
}
"""Key -> (Dutch, English)."""


def starter_word(key: str, lang: str) -> str:
    return pick(STARTER_WORDS[key], lang)
