"""The command line: parse options -> load -> calculate -> check -> report -> exit code.

Thin on purpose: the work happens in the loader, the core and the reporters. Exit codes
are defined in :mod:`spukdos_cli.exitcodes`. No traceback reaches a user unless
``--debug`` is given (or ``SPUKDOS_DEBUG=1`` is set).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from spukdos_cli import __version__
from spukdos_cli.cli.completion import finding_codes, traceable
from spukdos_cli.cli.localize import LocalizedGroup, run_language
from spukdos_cli.cli.process import OutputFailed
from spukdos_cli.cli.usage import UsageError, fail, output_error
from spukdos_cli.exitcodes import ExitCode, exit_code

if TYPE_CHECKING:
    from spukdos_cli.checks.pipeline import CheckOptions
    from spukdos_cli.grant.rules import YearRules

app = typer.Typer(
    name="spukdos",
    help="Controleer en herbereken SPUK DOS-businesscases (Wmo, Zvw, Wlz).",
    epilog="Voorbeeld: spukdos init aanvraag.yaml, vul het bestand in, en dan: "
    "spukdos check aanvraag.yaml",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=LocalizedGroup,  # every word of --help and of a usage error in the run's language
)


class Lang(StrEnum):
    nl = "nl"
    en = "en"


class OutputFormat(StrEnum):
    """The names of :data:`spukdos_cli.report.registry.REPORTERS` (a test keeps them equal)."""

    text = "text"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    gitlab = "gitlab"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"
    html = "html"


class ColorMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


LangOption = Annotated[
    Lang,
    typer.Option("--lang", "-l", envvar="SPUKDOS_LANG", help="Taal: nl (standaard) of en."),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Toon een traceback bij interne fouten.")
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Werkprocessen (standaard: het aantal cores)."),
]
OutputForceOption = Annotated[
    bool, typer.Option("--force", help="Overschrijf een bestaand uitvoerbestand.")
]
"""The options ``batch`` and ``ronde`` share (the others have one of their own words)."""


def _options(
    prices: Path | None = None,
    tolerance: str | None = None,
    rules_files: list[Path] | None = None,
    lang: str = "nl",
) -> CheckOptions:
    """The CheckOptions for this run: the rules (built-in, and those of ``--regels``),
    the price list in force, tolerance.

    A price list, rules file or tolerance that cannot be used is a configuration error
    (exit 2).
    """
    from dataclasses import replace

    from spukdos_cli.checks.pipeline import default_options
    from spukdos_cli.form.numbers import NumberTextError, parse_percentage
    from spukdos_cli.messages.labels import label
    from spukdos_cli.read.datafiles import ConfigError, load_prices

    options = default_options()
    try:
        if rules_files:
            options = replace(options, rules=_rules_in_force(rules_files, lang, options.rules))
        if prices is not None:
            options = replace(options, prices=load_prices(prices))
        if tolerance is not None:
            value = parse_percentage(tolerance)
            if value < 0:
                raise NumberTextError("not_a_number", tolerance)
            options = replace(options, tolerance_pct=value)
    except ConfigError as err:
        fail(err.problems)
    except NumberTextError:
        lang = run_language(sys.argv[1:], os.environ)
        fail([label("bad_tolerance", lang).format(text=repr(tolerance))])
    return options


def _rules_in_force(
    files: list[Path], lang: str, builtin: Mapping[int, YearRules]
) -> dict[int, YearRules]:
    """The ``builtin`` rules, with each ``--regels`` file in place of (or beside) them for
    its year; ConfigError for a file that cannot be used, exit 2 for two files of one
    year."""
    from spukdos_cli.messages.labels import label
    from spukdos_cli.read.datafiles import load_rules

    rules = dict(builtin)
    from_files: dict[int, str] = {}
    for path in files:
        year_rules = load_rules(path, lang)
        if year_rules.year in from_files:
            fail(
                [
                    label("rules_year_twice", lang).format(
                        first=from_files[year_rules.year], second=path, year=year_rules.year
                    )
                ]
            )
        from_files[year_rules.year] = str(path)
        rules[year_rules.year] = year_rules
    return rules


RulesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--regels",
        help="Regels van een regelingjaar uit een eigen YAML-bestand (zie "
        "docs/regels-voorbeeld.yaml), naast of in plaats van de ingebouwde; herhaal voor meer "
        "jaren.",
        metavar="FILE",
        show_default=False,
    ),
]
PricesOption = Annotated[
    Path | None,
    typer.Option(
        "--prices",
        help=(
            "Eigen prijslijst (YAML, zie docs/prijslijst-voorbeeld.yaml) in plaats van de "
            "ingebouwde."
        ),
    ),
]
ToleranceOption = Annotated[
    str | None,
    typer.Option(
        "--tolerantie",
        help="Toegestane afwijking van de prijslijst in procent (standaard 10).",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spukdos {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Toon de versie en stop."),
    ] = False,
    debug: DebugOption = False,
) -> None:
    """spukdos: SPUK DOS-businesscases controleren en herberekenen."""


@app.command()
def check(
    files: Annotated[
        list[str],
        typer.Argument(
            help="YAML-bestanden en mappen (doorzocht op *.yaml en *.yml); '-' is standaardinvoer.",
            show_default=False,
            metavar="FILE|DIR|-",
        ),
    ],
    lang: LangOption = Lang.nl,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Uitvoerformaat: text, json, jsonl, github, gitlab, sarif, junit, markdown of "
            "html (standaard text; github als GITHUB_ACTIONS=true).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Schrijf het rapport naar dit bestand (atomair).", metavar="FILE"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand bestand van -o.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Waarschuwingen tellen als fouten.")
    ] = False,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Altijd exitcode 0, behalve bij verkeerd gebruik."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Toon niets als de controle slaagt, anders het korte rapport.",
        ),
    ] = False,
    color: Annotated[
        ColorMode,
        typer.Option("--color", help="Kleur in het tekstrapport (NO_COLOR wordt gevolgd)."),
    ] = ColorMode.auto,
    stdin_filename: Annotated[
        str | None,
        typer.Option("--stdin-filename", help="Naam van standaardinvoer ('-') in de bevindingen."),
    ] = None,
    prices: PricesOption = None,
    tolerance: ToleranceOption = None,
    regels: RulesOption = None,
    full: Annotated[
        bool,
        typer.Option(
            "--volledig",
            "--full",
            "-v",
            help="Het hele rapport voor elk bestand, ook bij meer bestanden of met --quiet.",
        ),
    ] = False,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch",
            help="Controleer opnieuw telkens als het bestand wordt opgeslagen (Ctrl-C stopt).",
        ),
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Controleer businesscases: volledigheid, herberekening en oordeel.

    Voorbeeld: spukdos check examples/amstelveen.yaml

    In CI: spukdos check -f sarif -o spukdos.sarif aanvragen/
    """
    from spukdos_cli.cli.check import CheckRequest, run

    request = CheckRequest(
        paths=files,
        lang=lang.value,
        output_format=output_format.value if output_format is not None else None,
        output=output,
        force=force,
        strict=strict,
        exit_zero=exit_zero,
        quiet=quiet,
        color=color.value,
        stdin_filename=stdin_filename,
        options=_options(prices, tolerance, regels, lang.value),
        full=full,
    )
    try:
        if watch:
            from spukdos_cli.cli.watch import watch_file

            code = watch_file(request, stdout=sys.stdout, env=os.environ)
        else:
            stdin = getattr(sys.stdin, "buffer", None)  # None when there is no standard input
            code = run(request, stdout=sys.stdout, stderr=sys.stderr, stdin=stdin, env=os.environ)
    except UsageError as err:
        fail([str(err)])
    raise typer.Exit(code)


@app.command()
def schema(
    markdown: Annotated[
        bool,
        typer.Option("--markdown", help="Alle sleutels als Markdown (docs/format.md)."),
    ] = False,
) -> None:
    """Toon het JSON Schema van het bestandsformaat (voor editors en CI).

    Voorbeeld: spukdos schema > schemas/businesscase.schema.json
    """
    if markdown:
        from spukdos_cli.authoring.format_doc import format_markdown

        sys.stdout.write(format_markdown())
        return
    from spukdos_cli.authoring.schema import schema_text

    sys.stdout.write(schema_text())


class StarterVariant(StrEnum):
    cofinanciering = "cofinanciering"
    centraal_persoon = "centraal-persoon"


def _latest_year() -> int:
    from spukdos_cli.grant.rules import available_years

    return available_years()[-1]


@app.command()
def init(
    file: Annotated[
        Path,
        typer.Argument(help="Het bestand dat gemaakt wordt ('-' voor stdout).", show_default=False),
    ],
    variant: Annotated[
        StarterVariant, typer.Option("--variant", help="De vorm van het experiment.")
    ] = StarterVariant.cofinanciering,
    jaar: Annotated[
        int | None,
        typer.Option(
            "--jaar", min=2000, max=2100, help="Regelingjaar (standaard: het nieuwste bekende)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand bestand.")
    ] = False,
    schema_url: Annotated[
        str | None,
        typer.Option(
            "--schema",
            help="Adres of pad van het JSON Schema in de eerste regel (voor de editor); "
            "standaard het schema dat bij spukdos is geïnstalleerd.",
        ),
    ] = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Maak een startbestand met alle vragen van het format, klaar om in te vullen.

    Voorbeeld: spukdos init aanvraag.yaml --variant centraal-persoon --jaar 2025
    """
    from spukdos_cli.authoring.schema import installed_schema
    from spukdos_cli.authoring.starter import INSTALLED, starter_text
    from spukdos_cli.grant.rules import available_years, rules_for
    from spukdos_cli.messages.labels import label, safe_text
    from spukdos_cli.writefile import TargetExists, write_text_atomic

    year = jaar if jaar is not None else _latest_year()
    rules = rules_for(year)
    if rules is None:
        known = ", ".join(str(y) for y in available_years())
        sys.stderr.write(
            "spukdos: "
            + label("init_unknown_year", lang.value).format(year=year, known=known)
            + "\n"
        )
    if schema_url is not None and (
        not schema_url.isprintable() or not schema_url.strip() or len(schema_url.split()) > 1
    ):
        fail([label("init_bad_schema", lang.value)])  # it becomes the first line
    model_variant = variant.value.replace("-", "_")  # the file spells it centraal_persoon
    installed = installed_schema() if schema_url is None else None
    text = starter_text(
        model_variant,
        year,
        rules,
        schema_url=schema_url or (installed.as_uri() if installed else None),
        file_name=None if str(file) == "-" else file.name,
        schema=INSTALLED if installed else None,
        lang=lang.value,
    )
    if str(file) == "-":
        sys.stdout.write(text)
        return
    try:
        write_text_atomic(file, text, force=force)
    except (TargetExists, OSError) as err:
        fail([str(output_error(file, err, lang.value))])
    typer.echo(
        label("init_written", lang.value).format(file=safe_text(str(file), single_line=True))
    )


@app.command("trace")
def trace_command(
    file: Annotated[
        Path, typer.Argument(help="Een YAML-bestand.", show_default=False, readable=False)
    ],
    path: Annotated[
        str | None,
        typer.Argument(
            help="Het bedrag, zoals baten.uitstel_mpt_vpt.totaal of opgave.saldo "
            "(zonder: de lijst van alle bedragen).",
            show_default=False,
            autocompletion=traceable,
        ),
    ] = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Laat zien hoe een bedrag is berekend: invoer met plaats, formule, afronding.

    Voorbeeld: spukdos trace examples/amstelveen.yaml baten.uitstel_mpt_vpt.totaal
    """
    from rich.console import Console

    from spukdos_cli.compute.calculate import calculate
    from spukdos_cli.compute.trace import canonical_path, trace, traceable_paths
    from spukdos_cli.messages.labels import display_name, label
    from spukdos_cli.read.loader import load_path
    from spukdos_cli.report.trace import trace_report

    if path is None:  # the list of what can be traced
        from spukdos_cli.compute.trace import ALIASES, FIGURE_TERMS
        from spukdos_cli.messages.catalogue import term
        from spukdos_cli.messages.labels import safe_text

        shown = safe_text(str(file), single_line=True)
        typer.echo(label("trace_paths", lang.value).format(file=shown))
        for figure, key in FIGURE_TERMS.items():  # in the form's words, then the paths
            paths = [figure, *(alias for alias, meant in ALIASES.items() if meant == figure)]
            typer.echo(f"  {term(key, lang.value)}: {', '.join(paths)}")
        raise typer.Exit(ExitCode.OK)
    if canonical_path(path) is None:
        message = label("trace_unknown", lang.value).format(
            path=path.replace("\n", " "), paths=", ".join(traceable_paths())
        )
        fail([message])
    loaded = load_path(file)
    shown = display_name(str(file))
    console = Console(highlight=False)
    if loaded.case is None:
        from spukdos_cli.checks.pipeline import check_loaded
        from spukdos_cli.report.blocks import findings_block

        console.print(findings_block(check_loaded(loaded, shown), lang.value))
        raise typer.Exit(exit_code(failed=True))
    derivation = trace(loaded.case, calculate(loaded.case), loaded.source_map, path)
    if derivation is None:  # cannot happen: the path was checked above
        raise typer.Exit(ExitCode.USAGE)
    console.print(trace_report(derivation, shown, lang.value, partial=loaded.partial))
    raise typer.Exit(exit_code(failed=loaded.partial))


class AnalyseFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("analyse")
def analyse_command(
    file: Annotated[
        Path, typer.Argument(help="Een YAML-bestand.", show_default=False, readable=False)
    ],
    lang: LangOption = Lang.nl,
    output_format: Annotated[
        AnalyseFormat, typer.Option("--format", "-f", help="Uitvoerformaat: text of json.")
    ] = AnalyseFormat.text,
    variatie: Annotated[
        list[str] | None,
        typer.Option(
            "--variatie",
            help="Variatie in procent voor de gevoeligheid; herhaal voor meer (standaard 10, 25).",
            metavar="PCT",
            show_default=False,
        ),
    ] = None,
    export_file: Annotated[
        Path | None,
        typer.Option(
            "--export",
            help="Schrijf het rapport met grafieken ook naar een los HTML- of SVG-bestand.",
            metavar="FILE.html|FILE.svg",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand bestand van --export.")
    ] = False,
    regels: RulesOption = None,
    debug: DebugOption = False,
) -> None:
    """Hoe robuust is de businesscase? Break-even, gevoeligheid, scenario's, wie betaalt en
    wie bespaart.

    Voorbeeld: spukdos analyse examples/amstelveen.yaml --export rapport.html
    """
    from spukdos_cli.cli.analyse import AnalyseRequest, parse_variations, run

    try:
        request = AnalyseRequest(
            file=file,
            lang=lang.value,
            output_format=output_format.value,
            variations=parse_variations(variatie, lang.value),
            export=export_file,
            force=force,
            options=_options(rules_files=regels, lang=lang.value) if regels else None,
        )
        code = run(request)
    except UsageError as err:
        fail([str(err)])
    raise typer.Exit(code)


@app.command()
def rules(
    jaar: Annotated[
        int | None, typer.Option("--jaar", help="Regelingjaar (standaard: alle).")
    ] = None,
    lang: LangOption = Lang.nl,
    regels: RulesOption = None,
) -> None:
    """Toon de parameters van de regeling per jaar, met hun bron.

    Voorbeeld: spukdos rules --jaar 2025, of: spukdos rules --regels regels-2026.yaml
    """
    from rich.console import Console

    from spukdos_cli.grant.rules import available_years, rules_for
    from spukdos_cli.messages.labels import label
    from spukdos_cli.report.reference import rules_table

    in_force: dict[int, YearRules] = {}
    for year in available_years():
        builtin = rules_for(year)
        if builtin is not None:
            in_force[year] = builtin
    if regels:  # only then the YAML reader is loaded
        from spukdos_cli.read.datafiles import ConfigError

        try:
            in_force = _rules_in_force(regels, lang.value, in_force)
        except ConfigError as err:
            fail(err.problems)
    years = [jaar] if jaar is not None else sorted(in_force)
    console = Console(highlight=False)
    for year in years:
        year_rules = in_force.get(year)
        if year_rules is None:
            known = ", ".join(str(y) for y in sorted(in_force))
            fail([label("rules_no_year", lang.value).format(year=year, known=known)])
        console.print(rules_table(year_rules, lang.value))


@app.command()
def prices(
    file: Annotated[
        Path | None,
        typer.Option("--file", help="Een eigen prijslijst in plaats van de ingebouwde."),
    ] = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Toon de tarieven van de prijslijst die geldt.

    Voorbeeld: spukdos prices --file docs/prijslijst-voorbeeld.yaml
    """
    from rich.console import Console

    from spukdos_cli.read.datafiles import ConfigError, load_prices
    from spukdos_cli.report.reference import prices_table

    try:
        price_list = load_prices(file)
    except ConfigError as err:
        fail(err.problems)
    Console(highlight=False).print(prices_table(price_list, lang.value))


@app.command()
def explain(
    code: Annotated[
        str | None,
        typer.Argument(help="Een bevindingscode, zoals Q008.", autocompletion=finding_codes),
    ] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Alle codes als Markdown (docs/findings.md).")
    ] = False,
    lang: LangOption = Lang.nl,
) -> None:
    """Leg een bevindingscode uit (zonder code: de lijst van alle codes).

    Voorbeeld: spukdos explain Q008
    """
    from rich.console import Console

    from spukdos_cli.messages.catalogue import CODES
    from spukdos_cli.report.reference import codes_table, findings_markdown
    from spukdos_cli.report.reference import explain as explain_code

    if markdown:
        sys.stdout.write(findings_markdown())
        return
    console = Console(highlight=False)
    if code is None:
        console.print(codes_table(lang.value))
        return
    info = CODES.get(code.strip().upper())
    if info is None:
        from spukdos_cli.messages.labels import label

        fail([label("explain_unknown_code", lang.value).format(code=repr(code))])
    console.print(explain_code(info, lang.value))


def _shown(path: Path) -> str:
    """A path for a message: its name as every output can show it, on one line."""
    from spukdos_cli.messages.labels import display_name

    return display_name(str(path)).replace("\n", " ")


def _input_files(paths: list[Path], lang: str) -> tuple[list[str], dict[str, str]]:
    """The files of ``batch`` and ``ronde`` (YAML and documents) and those found but not
    read (name -> reason); no file at all is a usage error."""
    from spukdos_cli.messages.labels import label
    from spukdos_cli.read.inputs import collect_paths, is_document

    skipped: dict[str, str] = {}
    files = collect_paths(paths, skipped, documents=True)
    if not files:
        names = ", ".join(_shown(p) for p in paths)
        fail([label("batch_no_files", lang).format(paths=names)])
    if any(is_document(name) for name in files):  # documents read before come from the cache
        from spukdos_cli.read.document import cache

        cache.enable(os.environ)
    return files, skipped


def _output_target(
    output: Path, paths: list[Path], known: bool, unknown: str, force: bool, lang: str
) -> None:
    """A table's ``-o``: a format ``known`` by its suffix (else the usage error with label
    ``unknown``), and a file that may be written (not an input, not there unless ``force``)."""
    from spukdos_cli.messages.labels import label
    from spukdos_cli.writefile import OutputIsInput, TargetExists, check_target

    if not known:
        fail([label(unknown, lang).format(file=_shown(output))])
    try:  # the named files: the table's suffix is never that of a file found in a folder
        check_target(output, force=force, inputs=[p for p in paths if not p.is_dir()])
    except (TargetExists, OutputIsInput, OSError) as err:
        fail([str(output_error(output, err, lang))])


@app.command()
def batch(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Bestanden en mappen (in een map: alle *.yaml en *.yml).",
            show_default=False,
            metavar="FILE|DIR",
            readable=False,  # an unreadable file is a row with its error (Y001), not exit 2
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="De tabel als .csv, .json of .xlsx."),
    ] = None,
    force: OutputForceOption = False,
    prices: Annotated[
        Path | None,
        typer.Option(
            "--prices",
            help="Prijslijst (YAML): baten met 'tarief: SLEUTEL' ook herberekend met dit tarief.",
        ),
    ] = None,
    tolerance: ToleranceOption = None,
    regels: RulesOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Een eerder resultaat (.json) om mee te vergelijken."),
    ] = None,
    jobs: JobsOption = None,
    lang: LangOption = Lang.nl,
    debug: DebugOption = False,
) -> None:
    """Herbereken veel aanvragen: één rij per bestand, een samenvatting, een vergelijking.

    Voorbeeld: spukdos batch aanvragen/ -o resultaten.xlsx --prices prijslijst.yaml
    """
    from dataclasses import replace

    from spukdos_cli.cli.batch import BatchSettings, default_jobs, run_batch
    from spukdos_cli.messages.labels import label
    from spukdos_cli.report.batch_files import BaselineError, output_format, read_baseline
    from spukdos_cli.writefile import TargetExists

    shown = _shown
    options = _options(prices, tolerance, regels, lang.value)
    files, skipped = _input_files(paths, lang.value)
    if output is not None:
        known = output_format(output) is not None
        _output_target(output, paths, known, "batch_unknown_format", force, lang.value)
    entries = None
    if baseline is not None:
        try:
            entries = read_baseline(baseline)
        except BaselineError as err:
            message = label(f"batch_baseline_{err.reason}", lang.value)
            fail([message.format(file=shown(baseline), detail=err.detail)])
    settings = BatchSettings(
        replace(options, robustness=False),
        lang.value,
        with_prices=prices is not None,
        debug=debug,
        skipped=skipped,
    )
    try:
        code = run_batch(
            files,
            settings,
            jobs=jobs or default_jobs(),
            output=output,
            force=force,
            baseline=entries,
            baseline_name=shown(baseline) if baseline is not None else None,
        )
    except (TargetExists, OSError) as err:  # the file appeared, or the disk filled up
        fail([str(output_error(output or Path(), err, lang.value))])
    raise typer.Exit(code)


@app.command()
def ronde(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Mappen en bestanden met de aanvragen (YAML, .docx, .pdf, .txt).",
            show_default=False,
            metavar="DIR|FILE",
            readable=False,  # an unreadable file is a row with its error (Y001), not exit 2
        ),
    ],
    budget: Annotated[
        str,
        typer.Option(
            "--budget",
            help="Het budget van de ronde, zoals 2.500.000 of '€ 2.500.000,00'.",
            show_default=False,
        ),
    ],
    loting_zaad: Annotated[
        str | None,
        typer.Option(
            "--loting-zaad",
            help="Het vooraf bekendgemaakte zaad van de loting (nodig als het aangevraagde "
            "het budget overschrijdt).",
        ),
    ] = None,
    geldt: Annotated[
        list[Path] | None,
        typer.Option(
            "--geldt",
            help="Bij dezelfde aanvraag in meer bestanden: dit bestand telt (standaard het "
            "laatst gewijzigde); herhaal voor meer aanvragen.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Het overzicht als .xlsx, .csv, .html of .json."),
    ] = None,
    brieven: Annotated[
        Path | None,
        typer.Option(
            "--brieven",
            help="Map voor de brieven aan onvolledige aanvragen (.docx en .md).",
            show_default=False,
        ),
    ] = None,
    brief_sjabloon: Annotated[
        Path | None,
        typer.Option(
            "--brief-sjabloon",
            help="Een eigen sjabloon (Jinja2) voor de brief, in plaats van het ingebouwde.",
            show_default=False,
        ),
    ] = None,
    advies_vereist: Annotated[
        bool,
        typer.Option(
            "--advies-vereist",
            help="Een aanvraag zonder advies van het zorgkantoor in het bestand is onvolledig.",
        ),
    ] = False,
    force: OutputForceOption = False,
    regels: RulesOption = None,
    jobs: JobsOption = None,
    lang: LangOption = Lang.nl,
    debug: DebugOption = False,
) -> None:
    """Een aanvraagronde: per aanvraag een status (toekennen, loting, afwijzen, onvolledig),
    het budget met een herhaalbare loting, dubbele aanvragen, en brieven bij onvolledige
    aanvragen. De regel van de status staat in docs/ronde.md.

    Voorbeeld: spukdos ronde aanvragen/ --budget 2.500.000 --loting-zaad 2024-ronde-3
    -o overzicht.xlsx --brieven brieven/
    """
    from dataclasses import replace
    from decimal import Decimal

    from spukdos_cli.cli.batch import BatchSettings, default_jobs
    from spukdos_cli.cli.ronde import RoundRequest, run_round
    from spukdos_cli.form.numbers import NumberTextError, parse_number
    from spukdos_cli.messages.labels import display_name, label
    from spukdos_cli.report.round_files import overview_format
    from spukdos_cli.writefile import TargetExists

    shown = _shown
    language = lang.value
    try:
        amount = parse_number(budget, max_decimals=2, allow_currency=True).quantize(Decimal("0.01"))
        if amount < 0:
            raise NumberTextError("not_a_number", budget)
    except NumberTextError:
        fail([label("ronde_bad_budget", language).format(text=repr(budget))])
    if loting_zaad is not None and not loting_zaad.strip():
        fail([label("ronde_empty_seed", language)])
    for path in paths:
        if not os.path.lexists(path):
            fail([label("ronde_no_such_path", language).format(path=shown(path))])
    options = _options(None, None, regels, language)
    files, skipped = _input_files(paths, language)
    by_path = {os.path.realpath(f): display_name(f) for f in files}  # as the rows name it
    named = tuple(by_path.get(os.path.realpath(p), "") for p in geldt or ())
    for path, name in zip(geldt or (), named, strict=True):
        if not name:
            fail([label("ronde_named_unknown", language).format(file=shown(path))])
    if output is not None:
        known = overview_format(output) is not None
        _output_target(output, paths, known, "ronde_unknown_format", force, language)
    template = None
    if brieven is not None:
        if brieven.exists() and not brieven.is_dir():
            fail([label("ronde_letters_not_a_folder", language).format(folder=shown(brieven))])
        from spukdos_cli.report.letters import TemplateError, load_template

        try:
            template = load_template(brief_sjabloon, language)
        except TemplateError as err:
            where = shown(brief_sjabloon) if brief_sjabloon is not None else "-"
            message = label("ronde_template_unusable", language)
            fail([message.format(file=where, reason=str(err))])
    settings = BatchSettings(
        replace(options, robustness=False),
        language,
        with_prices=False,
        debug=debug,
        skipped=skipped,
    )
    request = RoundRequest(
        names=files,
        budget=amount,
        seed=loting_zaad,
        named=named,
        jobs=jobs or default_jobs(),
        output=output,
        letters=brieven,
        template=template,
        force=force,
        advice_required=advies_vereist,
    )
    try:
        code = run_round(request, settings)
    except UsageError as err:  # the letter's template failed on an application
        fail([str(err)])
    except (TargetExists, OSError) as err:  # a letter or the file exists, or the disk is full
        existing = str(err.args[0]) if isinstance(err, TargetExists) and err.args else None
        fail([str(output_error(existing or output or brieven or Path(), err, language))])
    raise typer.Exit(code)


@app.command("import")
def import_command(
    source: Annotated[
        str,
        typer.Argument(
            help="Het ingevulde format: .docx, .pdf of .txt; '-' leest tekst van stdin.",
            show_default=False,
            metavar="SOURCE",
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Het YAML-bestand dat gemaakt wordt (atomair).", metavar="FILE"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand bestand van -o.")
    ] = False,
    anonimiseer: Annotated[
        bool,
        typer.Option(
            "--anonimiseer",
            help="Vervang namen, e-mailadressen en telefoonnummers van contactpersonen door "
            "fictieve (organisaties blijven).",
        ),
    ] = False,
    lang: LangOption = Lang.nl,
    debug: DebugOption = False,
) -> None:
    """Lees een ingevuld format (Word, PDF of tekst) in als YAML-bestand, met bij elke
    waarde waar die in het document stond.

    Voorbeeld: spukdos import businesscase.pdf -o aanvraag.yaml
    """
    from spukdos_cli.cli.importing import ImportRequest, run

    request = ImportRequest(source, output, force, anonimiseer, lang.value)
    try:
        stdin = getattr(sys.stdin, "buffer", None)
        code = run(request, stdout=sys.stdout, stderr=sys.stderr, stdin=stdin)
    except UsageError as err:
        fail([str(err)])
    raise typer.Exit(code)


@app.command("export")
def export_command(
    file: Annotated[
        Path, typer.Argument(help="Een YAML-bestand (of een ingevuld format).", show_default=False)
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Het Word-document (.docx) dat gemaakt wordt.",
            metavar="FILE.docx",
        ),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand bestand van -o.")
    ] = False,
    lang: LangOption = Lang.nl,
    debug: DebugOption = False,
) -> None:
    """Schrijf de businesscase als Word-document in de volgorde van het format.

    Voorbeeld: spukdos export aanvraag.yaml -o businesscase.docx
    """
    from spukdos_cli.cli.exporting import ExportRequest, run

    try:
        code = run(ExportRequest(file, output, force, lang.value), stderr=sys.stderr)
    except UsageError as err:
        fail([str(err)])
    raise typer.Exit(code)


def _debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("SPUKDOS_DEBUG", "") not in ("", "0")


def _lang_requested(argv: list[str]) -> str:
    """The language of the run (for messages before or after a command's own options are
    parsed): ``--lang`` anywhere on the command line, else ``SPUKDOS_LANG``, else Dutch."""
    return run_language(argv[1:], os.environ)


def output_failed(reason: str) -> int:
    """Say that standard output could not be written (a full disk, an I/O error); exit 2."""
    from spukdos_cli.messages.labels import label

    message = label("stdout_failed", _lang_requested(sys.argv)).format(reason=reason)
    try:
        sys.stderr.write(f"spukdos: {message}\n")
        sys.stderr.flush()
    except Exception:
        pass
    return ExitCode.USAGE


def main() -> None:
    """Run the app; turn crashes into exit code 2 (``--debug`` shows the traceback).

    Every command runs in the wide decimal context of :mod:`spukdos_cli.exact`."""
    from spukdos_cli.exact import exact

    try:
        with exact():
            app()
    except OutputFailed as err:
        sys.exit(output_failed(str(err)))
    except OSError as err:
        if not any(arg.startswith("--install-completion") for arg in sys.argv):
            raise_or_report(err)
        from spukdos_cli.messages.labels import label, safe_text

        reason = err.strerror or type(err).__name__
        where = safe_text(str(err.filename or "~"), single_line=True)
        message = label("completion_failed", _lang_requested(sys.argv))
        sys.stderr.write(f"spukdos: {message.format(reason=reason, file=where)}\n")
        sys.exit(ExitCode.USAGE)
    except Exception as err:
        raise_or_report(err)


def raise_or_report(err: Exception) -> NoReturn:
    """A bug in spukdos: the traceback with ``--debug``, else one line and exit 2."""
    if _debug_requested(sys.argv):
        raise err
    from spukdos_cli.messages.cli_words import cli_word

    message = cli_word("internal_error", _lang_requested(sys.argv))
    sys.stderr.write(message.format(name=type(err).__name__) + "\n")
    sys.exit(ExitCode.USAGE)
