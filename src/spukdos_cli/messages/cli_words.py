"""The words of the command line itself, in the language of the run (issue 16).

spukdos's own help texts are written in Dutch where the commands are declared
(``cli/app.py``, the texts a Dutch applicant reads first); :data:`OWN_EN` gives each its
English (:func:`cli_text`). Click and Typer print their own words in English ("Usage:",
"Show this message and exit.", "Error: Missing argument"); :data:`CLICK_NL` turns every
one our commands can show into Dutch (:func:`click_text`). So every word of ``--help`` and
of a usage error is Dutch in a Dutch run and English in an English one; a test walks
every command and fails on a leftover.
"""

from __future__ import annotations

import re

from spukdos_cli.messages.lang import pick

CLICK_NL: tuple[tuple[str, str], ...] = (
    # help pages (line starts and bracketed notes of Click and Typer)
    (r"(?m)^Usage: ", "Gebruik: "),
    (r"(?m)^Options:$", "Opties:"),
    (r"(?m)^Arguments:$", "Argumenten:"),
    (r"(?m)^Positional arguments:$", "Argumenten:"),
    (r"(?m)^Commands:$", "Opdrachten:"),
    (r"Show this message and exit\.", "Toon deze hulp en stop."),
    (r"Show the version and exit\.", "Toon de versie en stop."),
    (
        r"Install completion for the current shell\.",
        "Zet het aanvullen met Tab aan voor deze shell.",
    ),
    (
        r"Show completion for the current shell, to copy it or customize the\s+installation\.",
        "Toon het aanvulscript voor deze shell, om het te kopiëren of zelf te installeren.",
    ),
    (r"\[required\]", "[verplicht]"),
    (r"\[default: ", "[standaard: "),
    (r"; default: ", "; standaard: "),
    (r"\[env var: ", "[omgevingsvariabele: "),
    (r"\(env var: ", "(omgevingsvariabele: "),
    (r"<list\[str\]>", "<tekst ...>"),
    (r"<list\[[Pp]ath\]>", "<pad ...>"),
    (r"<str>", "<tekst>"),
    (r"<path>", "<pad>"),
    (r"<int>", "<getal>"),
    (r"\bTEXT\b", "TEKST"),
    (r"\bINTEGER\b", "GETAL"),
    (r"\bPATH\b", "PAD"),
    # usage errors
    (r"Try '([^']*)' for help\.", r"Zie '\1' voor hulp."),
    (r"(?m)^Error: ", "Fout: "),
    (r"No such command '([^']*)'\.", r"Onbekende opdracht '\1'."),
    (r"No such option: (\S+)", r"Onbekende optie: \1"),
    (r"No such option '([^']*)'\.", r"Onbekende optie '\1'."),
    (r"\(Did you mean one of: ([^?]*)\?\)", r"(Bedoelde u een van: \1?)"),
    (r"Did you mean ([^?]*)\?", r"Bedoelde u \1?"),
    (r"\(Possible options: ([^)]*)\)", r"(Mogelijke opties: \1)"),
    (r"Missing argument '([^']*)'\.", r"Ontbrekend argument '\1'."),
    (r"Missing option '([^']*)'\.", r"Ontbrekende optie '\1'."),
    (r"Missing parameter: (\S+)", r"Ontbrekende waarde: \1"),
    (r"Missing command\.", "Geen opdracht gegeven."),
    (r"Got unexpected extra arguments? \(([^)]*)\)", r"Onverwacht extra argument: \1"),
    (r"Got unexpected extra argument\(s\) \(([^)]*)\)", r"Onverwacht extra argument: \1"),
    (r"Option '([^']*)' requires an argument\.", r"Optie '\1' heeft een waarde nodig."),
    (r"Option '([^']*)' requires (\d+) arguments\.", r"Optie '\1' heeft \2 waarden nodig."),
    (r"Option '([^']*)' does not take a value\.", r"Optie '\1' heeft geen waarde."),
    (r"Invalid value for ", "Ongeldige waarde voor "),
    (r"Invalid value: ", "Ongeldige waarde: "),
    (r"Value error, ", ""),
    (r"'([^']*)' is not one of (.*?)\.(?=$|\s)", r"'\1' is niet een van \2."),
    (r"'([^']*)' is not a valid (?:integer|float)\.", r"'\1' is geen getal."),
    (r"Input should be a valid integer[^\n]*", "dit is geen geheel getal."),
    (r"Input should be greater than or equal to (\S+)", r"dit moet minstens \1 zijn."),
    (r"Input should be less than or equal to (\S+)", r"dit mag hoogstens \1 zijn."),
    (r"(\S+) is not in the range ([^\s]+)\.", r"\1 ligt niet in het bereik \2."),
    (r"Value must be an iterable\.", "Hier horen meer waarden."),
    (r"(?m)^Aborted!?$", "Afgebroken."),
)
"""What Click and Typer print in English, as Dutch: patterns applied to their help pages
and usage errors (they print these words themselves; Typer 0.19 and later even without
gettext), in this order."""

CLICK_MSGIDS_NL: dict[str, str] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Arguments": "Argumenten",
    "Positional arguments": "Argumenten",
    "Commands": "Opdrachten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(wisselt)",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing command.": "Geen opdracht gegeven.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Did you mean {possibility}?": "Bedoelde u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelde u een van: {possibilities}?)",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument: {args}",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten: {args}",
    "Option {name!r} requires an argument.": "Optie {name!r} heeft een waarde nodig.",
    "Option {name!r} does not take a value.": "Optie {name!r} heeft geen waarde.",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geheel getal.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "Aborted!": "Afgebroken.",
    "Install completion for the current shell.": "Zet het aanvullen met Tab aan voor deze shell.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Toon het aanvulscript voor deze shell, om het te kopiëren of zelf te installeren."
    ),
}
"""The words Click and Typer look up through gettext (``_``) while they lay out a page,
as Dutch: translated before the layout, so that wrapped lines stay within the width."""

OWN_EN: dict[str, str] = {
    # -- issue 14: import and export of the official form --
    "Lees een ingevuld format (Word, PDF of tekst) in als YAML-bestand, met bij elke\nwaarde "
    "waar die in het document stond.\n\nVoorbeeld: spukdos import businesscase.pdf -o "
    "aanvraag.yaml": (
        "Read a filled-in form (Word, PDF or text) into a YAML file, with beside each\nvalue "
        "where it stood in the document.\n\nExample: spukdos import --lang en "
        "businesscase.pdf -o aanvraag.yaml"
    ),
    "Het ingevulde format: .docx, .pdf of .txt; '-' leest tekst van stdin.": (
        "The filled-in form: .docx, .pdf or .txt; '-' reads text from stdin."
    ),
    "Het YAML-bestand dat gemaakt wordt (atomair).": "The YAML file to write (atomically).",
    "Vervang namen, e-mailadressen en telefoonnummers van contactpersonen door fictieve "
    "(organisaties blijven).": (
        "Replace contact persons' names, e-mail addresses and phone numbers by fictitious "
        "ones (organisations stay)."
    ),
    "Schrijf de businesscase als Word-document in de volgorde van het format.\n\nVoorbeeld: "
    "spukdos export aanvraag.yaml -o businesscase.docx": (
        "Write the businesscase as a Word document in the form's order.\n\nExample: spukdos "
        "export --lang en aanvraag.yaml -o businesscase.docx"
    ),
    "Een YAML-bestand (of een ingevuld format).": "A YAML file (or a filled-in form).",
    "Het Word-document (.docx) dat gemaakt wordt.": "The Word document (.docx) to write.",
    # the program
    "Controleer en herbereken SPUK DOS-businesscases (Wmo, Zvw, Wlz).": (
        "Check and recompute SPUK DOS businesscases (Wmo, Zvw, Wlz)."
    ),
    "Voorbeeld: spukdos init aanvraag.yaml, vul het bestand in, en dan: spukdos check "
    "aanvraag.yaml": (
        "Example: spukdos init aanvraag.yaml --lang en, fill in the file, and then: spukdos "
        "check --lang en aanvraag.yaml"
    ),
    "spukdos: SPUK DOS-businesscases controleren en herberekenen.": (
        "spukdos: check and recompute SPUK DOS businesscases."
    ),
    "Toon de versie en stop.": "Show the version and exit.",
    "Toon een traceback bij interne fouten.": "Show a traceback on internal errors.",
    "Taal: nl (standaard) of en.": "Language: nl (default) or en.",
    # check
    "Controleer businesscases: volledigheid, herberekening en oordeel.\n\nVoorbeeld: spukdos "
    "check examples/amstelveen.yaml\n\nIn CI: spukdos check -f sarif -o spukdos.sarif "
    "aanvragen/": (
        "Check businesscases: completeness, recomputation and verdict.\n\nExample: spukdos "
        "check --lang en examples/amstelveen.yaml\n\nIn CI: spukdos check -f sarif -o "
        "spukdos.sarif aanvragen/"
    ),
    "YAML-bestanden en mappen (doorzocht op *.yaml en *.yml); '-' is standaardinvoer.": (
        "YAML files and folders (searched for *.yaml and *.yml); '-' is standard input."
    ),
    "Uitvoerformaat: text, json, jsonl, github, gitlab, sarif, junit, markdown of html "
    "(standaard text; github als GITHUB_ACTIONS=true).": (
        "Output format: text, json, jsonl, github, gitlab, sarif, junit, markdown or html "
        "(default text; github when GITHUB_ACTIONS=true)."
    ),
    "Regels van een regelingjaar uit een eigen YAML-bestand (zie docs/regels-voorbeeld.yaml), "
    "naast of in plaats van de ingebouwde; herhaal voor meer jaren.": (
        "Rules of a grant year from a YAML file of your own (see docs/regels-voorbeeld.yaml), "
        "beside or instead of the built-in ones; repeat for more years."
    ),
    "Schrijf het rapport naar dit bestand (atomair).": (
        "Write the report to this file (atomically)."
    ),
    "Overschrijf een bestaand bestand van -o.": "Overwrite an existing file of -o.",
    "Waarschuwingen tellen als fouten.": "Warnings count as errors.",
    "Altijd exitcode 0, behalve bij verkeerd gebruik.": "Always exit code 0, except on misuse.",
    "Toon niets als de controle slaagt, anders het korte rapport.": (
        "Show nothing when the check passes, else the short report."
    ),
    "Kleur in het tekstrapport (NO_COLOR wordt gevolgd).": (
        "Colour in the text report (NO_COLOR is followed)."
    ),
    "Naam van standaardinvoer ('-') in de bevindingen.": (
        "Name of standard input ('-') in the findings."
    ),
    "Eigen prijslijst (YAML, zie docs/prijslijst-voorbeeld.yaml) in plaats van de ingebouwde.": (
        "Your own price list (YAML, see docs/prijslijst-voorbeeld.yaml) instead of the built-in "
        "one."
    ),
    "Toegestane afwijking van de prijslijst in procent (standaard 10).": (
        "Allowed deviation from the price list in percent (default 10)."
    ),
    "Het hele rapport voor elk bestand, ook bij meer bestanden of met --quiet.": (
        "The whole report for every file, also when there are several or with --quiet."
    ),
    "Controleer opnieuw telkens als het bestand wordt opgeslagen (Ctrl-C stopt).": (
        "Check again every time the file is saved (Ctrl-C stops)."
    ),
    # schema
    "Toon het JSON Schema van het bestandsformaat (voor editors en CI).\n\nVoorbeeld: spukdos "
    "schema > schemas/businesscase.schema.json": (
        "Print the JSON Schema of the file format (for editors and CI).\n\nExample: spukdos "
        "schema > schemas/businesscase.schema.json"
    ),
    "Alle sleutels als Markdown (docs/format.md).": "Every key as Markdown (docs/format.md).",
    # init
    "Maak een startbestand met alle vragen van het format, klaar om in te vullen.\n\n"
    "Voorbeeld: spukdos init aanvraag.yaml --variant centraal-persoon --jaar 2025": (
        "Write a starter file with every question of the form, ready to fill in.\n\n"
        "Example: spukdos init aanvraag.yaml --lang en --variant centraal-persoon --jaar 2025"
    ),
    "Het bestand dat gemaakt wordt ('-' voor stdout).": "The file to write ('-' for stdout).",
    "De vorm van het experiment.": "The form of the experiment.",
    "Regelingjaar (standaard: het nieuwste bekende).": "Grant year (default: the newest known).",
    "Overschrijf een bestaand bestand.": "Overwrite an existing file.",
    "Adres of pad van het JSON Schema in de eerste regel (voor de editor); standaard het "
    "schema dat bij spukdos is geïnstalleerd.": (
        "Address or path of the JSON Schema in the first line (for the editor); by default "
        "the schema installed with spukdos."
    ),
    # trace
    "Laat zien hoe een bedrag is berekend: invoer met plaats, formule, afronding.\n\n"
    "Voorbeeld: spukdos trace examples/amstelveen.yaml baten.uitstel_mpt_vpt.totaal": (
        "Show how a figure was computed: inputs with their place, formula, rounding.\n\n"
        "Example: spukdos trace --lang en examples/amstelveen.yaml baten.uitstel_mpt_vpt.totaal"
    ),
    "Een YAML-bestand.": "A YAML file.",
    "Het bedrag, zoals baten.uitstel_mpt_vpt.totaal of opgave.saldo (zonder: de lijst van "
    "alle bedragen).": (
        "The figure, such as baten.uitstel_mpt_vpt.totaal or opgave.saldo (without: the list "
        "of all figures)."
    ),
    # analyse
    "Hoe robuust is de businesscase? Break-even, gevoeligheid, scenario's, wie betaalt en\n"
    "wie bespaart.\n\nVoorbeeld: spukdos analyse examples/amstelveen.yaml --export rapport.html": (
        "How robust is the businesscase? Break-even, sensitivity, scenarios, who pays and who\n"
        "saves.\n\nExample: spukdos analyse --lang en examples/amstelveen.yaml --export "
        "report.html"
    ),
    "Uitvoerformaat: text of json.": "Output format: text or json.",
    "Variatie in procent voor de gevoeligheid; herhaal voor meer (standaard 10, 25).": (
        "Variation in percent for the sensitivity; repeat for more (default 10, 25)."
    ),
    "Schrijf het rapport met grafieken ook naar een los HTML- of SVG-bestand.": (
        "Also write the report with its charts to a standalone HTML or SVG file."
    ),
    "Overschrijf een bestaand bestand van --export.": "Overwrite an existing file of --export.",
    # rules, prices, explain
    "Toon de parameters van de regeling per jaar, met hun bron.\n\nVoorbeeld: spukdos rules "
    "--jaar 2025, of: spukdos rules --regels regels-2026.yaml": (
        "Show the parameters of the grant scheme per year, with their source.\n\nExample: "
        "spukdos rules --lang en --jaar 2025, or: spukdos rules --lang en --regels "
        "regels-2026.yaml"
    ),
    "Regelingjaar (standaard: alle).": "Grant year (default: all).",
    "Toon de tarieven van de prijslijst die geldt.\n\nVoorbeeld: spukdos prices --file "
    "docs/prijslijst-voorbeeld.yaml": (
        "Show the rates of the price list in force.\n\nExample: spukdos prices --lang en "
        "--file docs/prijslijst-voorbeeld.yaml"
    ),
    "Een eigen prijslijst in plaats van de ingebouwde.": (
        "Your own price list instead of the built-in one."
    ),
    "Leg een bevindingscode uit (zonder code: de lijst van alle codes).\n\nVoorbeeld: spukdos "
    "explain Q008": (
        "Explain a finding code (without a code: the list of all codes).\n\nExample: spukdos "
        "explain --lang en Q008"
    ),
    "Een bevindingscode, zoals Q008.": "A finding code, such as Q008.",
    "Alle codes als Markdown (docs/findings.md).": "Every code as Markdown (docs/findings.md).",
    # batch
    "Herbereken veel aanvragen: één rij per bestand, een samenvatting, een vergelijking.\n\n"
    "Voorbeeld: spukdos batch aanvragen/ -o resultaten.xlsx --prices prijslijst.yaml": (
        "Recompute many applications: one row per file, a summary, a comparison.\n\nExample: "
        "spukdos batch --lang en aanvragen/ -o results.xlsx --prices prijslijst.yaml"
    ),
    "Bestanden en mappen (in een map: alle *.yaml en *.yml).": (
        "Files and folders (in a folder: every *.yaml and *.yml)."
    ),
    "De tabel als .csv, .json of .xlsx.": "The table as .csv, .json or .xlsx.",
    "Overschrijf een bestaand uitvoerbestand.": "Overwrite an existing output file.",
    "Prijslijst (YAML): baten met 'tarief: SLEUTEL' ook herberekend met dit tarief.": (
        "Price list (YAML): benefits with 'tarief: KEY' also recomputed with this rate."
    ),
    "Een eerder resultaat (.json) om mee te vergelijken.": (
        "An earlier result (.json) to compare with."
    ),
    "Werkprocessen (standaard: het aantal cores).": (
        "Worker processes (default: the number of cores)."
    ),
    # ronde
    "Een aanvraagronde: per aanvraag een status (toekennen, loting, afwijzen, onvolledig), "
    "het budget met een herhaalbare loting, dubbele aanvragen, en brieven bij onvolledige "
    "aanvragen. De regel van de status staat in docs/ronde.md.\n\n"
    "Voorbeeld: spukdos ronde aanvragen/ --budget 2.500.000 --loting-zaad 2024-ronde-3 "
    "-o overzicht.xlsx --brieven brieven/": (
        "A round of applications: a status for each (grant, draw, reject, incomplete), the "
        "budget with a reproducible draw, applications submitted twice, and letters for "
        "incomplete applications. The rule of the status is in docs/ronde.md.\n\n"
        "Example: spukdos ronde --lang en aanvragen/ --budget 2.500.000 --loting-zaad "
        "2024-ronde-3 -o overview.xlsx --brieven letters/"
    ),
    "Mappen en bestanden met de aanvragen (YAML, .docx, .pdf, .txt).": (
        "Folders and files with the applications (YAML, .docx, .pdf, .txt)."
    ),
    "Het budget van de ronde, zoals 2.500.000 of '€ 2.500.000,00'.": (
        "The round's budget, such as 2.500.000 or '€ 2.500.000,00'."
    ),
    "Het vooraf bekendgemaakte zaad van de loting (nodig als het aangevraagde het budget "
    "overschrijdt).": (
        "The draw's seed, announced in advance (needed when the requests exceed the budget)."
    ),
    "Bij dezelfde aanvraag in meer bestanden: dit bestand telt (standaard het laatst "
    "gewijzigde); herhaal voor meer aanvragen.": (
        "For the same application in several files: this file counts (default: the one "
        "changed last); repeat for more applications."
    ),
    "Het overzicht als .xlsx, .csv, .html of .json.": (
        "The overview as .xlsx, .csv, .html or .json."
    ),
    "Map voor de brieven aan onvolledige aanvragen (.docx en .md).": (
        "Folder for the letters to incomplete applications (.docx and .md)."
    ),
    "Een eigen sjabloon (Jinja2) voor de brief, in plaats van het ingebouwde.": (
        "Your own template (Jinja2) for the letter, instead of the built-in one."
    ),
    "Een aanvraag zonder advies van het zorgkantoor in het bestand is onvolledig.": (
        "An application without the care office's advice in the file is incomplete."
    ),
}
"""spukdos's own help texts: Dutch (as declared in cli/app.py) -> English."""

METAVARS: dict[str, tuple[str, str]] = {
    # arguments, by name
    "files": ("BESTAND|MAP|-", "FILE|DIR|-"),
    "paths": ("BESTAND|MAP", "FILE|DIR"),
    "file": ("BESTAND", "FILE"),
    "path": ("BEDRAG", "FIGURE"),
    "code": ("CODE", "CODE"),
    "source": ("BRON", "SOURCE"),
    # options that take a value, by their first name
    "--output": ("BESTAND", "FILE"),
    "--stdin-filename": ("NAAM", "NAME"),
    "--prices": ("BESTAND", "FILE"),
    "--tolerantie": ("PROCENT", "PERCENT"),
    "--jaar": ("JAAR", "YEAR"),
    "--schema": ("ADRES", "ADDRESS"),
    "--variatie": ("PROCENT", "PERCENT"),
    "--export": ("BESTAND.html|BESTAND.svg", "FILE.html|FILE.svg"),
    "--file": ("BESTAND", "FILE"),
    "--baseline": ("BESTAND", "FILE"),
    "--jobs": ("AANTAL", "NUMBER"),
    "--regels": ("BESTAND", "FILE"),
    "--budget": ("BEDRAG", "AMOUNT"),
    "--loting-zaad": ("ZAAD", "SEED"),
    "--geldt": ("BESTAND", "FILE"),
    "--brieven": ("MAP", "DIR"),
    "--brief-sjabloon": ("BESTAND", "FILE"),
}
"""What stands for a value in usage lines and help: Dutch, English."""

OWN_WORDS: dict[str, tuple[str, str]] = {
    "options": ("[OPTIES]", "[OPTIONS]"),
    "subcommand": ("OPDRACHT [ARGUMENTEN]...", "COMMAND [ARGS]..."),
    "completion_installed": (
        "Aanvullen met Tab voor {shell} staat in {path}",
        "{shell} completion installed in {path}",
    ),
    "completion_unknown_shell": (
        "{option} kent de shell '{shell}' niet; noem een van {shells}, of geen (dan de "
        "shell waarin u werkt).",
        "{option} does not know the shell '{shell}'; name one of {shells}, or none (then "
        "the shell you are working in).",
    ),
    "completion_install_help": (
        "Zet het aanvullen met Tab aan voor deze shell, of voor de shell die u erachter "
        "noemt (bash, zsh, fish, powershell, pwsh).",
        "Install completion for the current shell, or for the shell named after it (bash, "
        "zsh, fish, powershell, pwsh).",
    ),
    "completion_show_help": (
        "Toon het aanvulscript voor deze shell of de genoemde, om het te kopiëren of zelf "
        "te installeren.",
        "Show the completion script for the current shell or the one named, to copy it or "
        "customize the installation.",
    ),
    "completion_restart": (
        "Het werkt zodra u de terminal opnieuw start.",
        "Completion will take effect once you restart the terminal.",
    ),
    "internal_error": (
        "spukdos: interne fout ({name}). Dit is een fout in spukdos; meld die alstublieft, "
        "met de uitvoer van --debug.",
        "spukdos: internal error ({name}). This is a bug in spukdos; please report it with "
        "the output of --debug.",
    ),
}
"""Other words of the command line: Dutch, English."""


def _key(text: str) -> str:
    """A text with its line breaks within paragraphs and its indentation ignored (a
    docstring's wrapping is not part of its words)."""
    return "\n\n".join(" ".join(part.split()) for part in text.split("\n\n"))


_OWN_EN = {_key(dutch): english for dutch, english in OWN_EN.items()}


def own_english(text: str) -> str | None:
    """The English of one of spukdos's own (Dutch) help texts, None if it has none."""
    return _OWN_EN.get(_key(text))


def cli_text(text: str, lang: str) -> str:
    """One of spukdos's own help texts (Dutch), or a word Click or Typer looks up
    (English), in ``lang``."""
    return pick((CLICK_MSGIDS_NL.get(text, text), own_english(text) or text), lang)


def click_text(text: str, lang: str) -> str:
    """A help page or usage error Click or Typer wrote in English, in ``lang``."""
    text = _NO_ENV_VAR.sub("", text)
    dutch = text
    for pattern, replacement in _CLICK_NL:
        dutch = pattern.sub(replacement, dutch)
    return pick((dutch, text), lang)


_NO_ENV_VAR = re.compile(r" \(env var: 'None'\)")
"""Click 8.2 with Typer 0.17 names an option's environment variable even when it has
none: "Invalid value for '--jaar' (env var: 'None')". That part says nothing: dropped."""

_CLICK_NL = tuple((re.compile(pattern), replacement) for pattern, replacement in CLICK_NL)


def cli_word(key: str, lang: str) -> str:
    return pick(OWN_WORDS[key], lang)
