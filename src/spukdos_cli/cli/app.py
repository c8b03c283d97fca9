"""The command line: parse options -> load -> calculate -> check -> report -> exit code.

Thin on purpose: the work happens in the loader, the core and the reporters. Exit codes
are defined in :mod:`spukdos_cli.exitcodes`. No traceback reaches a user unless
``--debug`` is given (or ``SPUKDOS_DEBUG=1`` is set).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spukdos_cli import __version__
from spukdos_cli.cli.usage import UsageError, fail, output_error
from spukdos_cli.exitcodes import ExitCode, exit_code

if TYPE_CHECKING:
    from spukdos_cli.checks.pipeline import CheckOptions

app = typer.Typer(
    name="spukdos",
    help="Controleer en herbereken SPUK DOS-businesscases (Wmo, Zvw, Wlz).",
    epilog="Voorbeeld: spukdos init aanvraag.yaml, vul het bestand in, en dan: "
    "spukdos check aanvraag.yaml",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
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


def _options(prices: Path | None = None, tolerance: str | None = None) -> CheckOptions:
    """The CheckOptions for this run: built-in rules, the price list in force, tolerance.

    A price list or tolerance that cannot be used is a configuration error (exit 2).
    """
    from dataclasses import replace

    from spukdos_cli.checks.pipeline import default_options
    from spukdos_cli.form.numbers import NumberTextError, parse_percentage
    from spukdos_cli.read.datafiles import ConfigError, load_prices

    options = default_options()
    try:
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
        fail([f"--tolerantie {tolerance!r}: geen percentage (bijv. 10 of 10%)"])
    return options


PricesOption = Annotated[
    Path | None,
    typer.Option(
        "--prices",
        help="Eigen prijslijst (YAML, zie examples/prijslijst.yaml) in plaats van de ingebouwde.",
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
            help="Uitvoerformaat: text, json, jsonl, github, gitlab, sarif, junit of markdown "
            "(standaard text; github als GITHUB_ACTIONS=true).",
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
        bool, typer.Option("--quiet", "-q", help="Toon niets als de controle slaagt.")
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
        options=_options(prices, tolerance),
    )
    try:
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
    """Print the JSON Schema of the file format (for editors and CI).

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
            help="Adres of pad van het JSON Schema in de eerste regel (voor de editor).",
        ),
    ] = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Maak een startbestand met alle vragen van het format, klaar om in te vullen.

    Voorbeeld: spukdos init aanvraag.yaml --variant centraal-persoon --jaar 2025
    """
    from spukdos_cli.authoring.schema import SCHEMA_ID
    from spukdos_cli.authoring.starter import starter_text
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
    if schema_url is not None and (not schema_url.isprintable() or not schema_url.strip()):
        fail([label("init_bad_schema", lang.value)])  # it becomes the first line
    model_variant = variant.value.replace("-", "_")  # the file spells it centraal_persoon
    text = starter_text(
        model_variant,
        year,
        rules,
        schema_url=schema_url or SCHEMA_ID,
        file_name=None if str(file) == "-" else file.name,
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
    file: Annotated[Path, typer.Argument(help="Een YAML-bestand.", show_default=False)],
    path: Annotated[
        str,
        typer.Argument(
            help="Het bedrag, zoals baten.uitstel_mpt_vpt.totaal of opgave.saldo.",
            show_default=False,
        ),
    ],
    lang: LangOption = Lang.nl,
) -> None:
    """Laat zien hoe een bedrag is berekend: invoer met plaats, formule, afronding.

    Voorbeeld: spukdos trace examples/amstelveen.yaml baten.uitstel_mpt_vpt.totaal
    """
    from rich.console import Console

    from spukdos_cli.compute.calculate import calculate
    from spukdos_cli.compute.trace import canonical_path, trace, traceable_paths
    from spukdos_cli.messages.labels import label
    from spukdos_cli.read.loader import load_path
    from spukdos_cli.report.trace import trace_report

    if canonical_path(path) is None:
        message = label("trace_unknown", lang.value).format(
            path=path.replace("\n", " "), paths=", ".join(traceable_paths())
        )
        fail([message])
    loaded = load_path(file)
    console = Console(highlight=False)
    if loaded.case is None:
        from spukdos_cli.checks.pipeline import check_loaded
        from spukdos_cli.report.blocks import findings_block

        console.print(findings_block(check_loaded(loaded, str(file)), lang.value))
        raise typer.Exit(exit_code(failed=True))
    derivation = trace(loaded.case, calculate(loaded.case), loaded.source_map, path)
    if derivation is None:  # cannot happen: the path was checked above
        raise typer.Exit(ExitCode.USAGE)
    console.print(trace_report(derivation, str(file), lang.value, partial=loaded.partial))
    raise typer.Exit(exit_code(failed=loaded.partial))


class AnalyseFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("analyse")
def analyse_command(
    file: Annotated[Path, typer.Argument(help="Een YAML-bestand.", show_default=False)],
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
) -> None:
    """Toon de parameters van de regeling per jaar, met hun bron.

    Voorbeeld: spukdos rules --jaar 2025
    """
    from rich.console import Console

    from spukdos_cli.grant.rules import available_years, rules_for
    from spukdos_cli.report.reference import rules_table

    years = [jaar] if jaar is not None else available_years()
    console = Console(highlight=False)
    for year in years:
        year_rules = rules_for(year)
        if year_rules is None:
            known = ", ".join(str(y) for y in available_years())
            fail([f"geen regels bekend voor {year} (wel voor: {known})"])
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
    code: Annotated[str | None, typer.Argument(help="Een bevindingscode, zoals Q008.")] = None,
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
        fail([f"onbekende code {code!r}; 'spukdos explain' toont alle codes"])
    console.print(explain_code(info, lang.value))


@app.command()
def batch(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Bestanden en mappen (in een map: alle *.yaml en *.yml).",
            show_default=False,
            metavar="FILE|DIR",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="De tabel als .csv, .json of .xlsx."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand uitvoerbestand.")
    ] = False,
    prices: Annotated[
        Path | None,
        typer.Option(
            "--prices",
            help="Prijslijst (YAML): baten met 'tarief: SLEUTEL' ook herberekend met dit tarief.",
        ),
    ] = None,
    tolerance: ToleranceOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Een eerder resultaat (.json) om mee te vergelijken."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Werkprocessen (standaard: het aantal cores)."),
    ] = None,
    lang: LangOption = Lang.nl,
    debug: DebugOption = False,
) -> None:
    """Herbereken veel aanvragen: één rij per bestand, een samenvatting, een vergelijking.

    Voorbeeld: spukdos batch aanvragen/ -o resultaten.xlsx --prices prijslijst.yaml
    """
    from dataclasses import replace

    from spukdos_cli.cli.batch import BatchSettings, default_jobs, run_batch
    from spukdos_cli.messages.labels import label
    from spukdos_cli.read.inputs import collect_paths
    from spukdos_cli.report.batch_files import BaselineError, output_format, read_baseline
    from spukdos_cli.writefile import OutputIsInput, TargetExists, check_target

    def shown(path: Path) -> str:
        return str(path).replace("\n", " ")

    options = _options(prices, tolerance)
    files = collect_paths(paths, documents=True)
    if not files:
        names = ", ".join(shown(p) for p in paths)
        fail([label("batch_no_files", lang.value).format(paths=names)])
    if output is not None:
        if output_format(output) is None:
            fail([label("batch_unknown_format", lang.value).format(file=shown(output))])
        try:  # the named files: the table's suffix is never that of a file found in a folder
            check_target(output, force=force, inputs=[p for p in paths if not p.is_dir()])
        except (TargetExists, OutputIsInput, OSError) as err:
            fail([str(output_error(output, err, lang.value))])
    entries = None
    if baseline is not None:
        try:
            entries = read_baseline(baseline)
        except BaselineError as err:
            message = label(f"batch_baseline_{err.reason}", lang.value)
            fail([message.format(file=shown(baseline), detail=err.detail)])
    settings = BatchSettings(
        replace(options, robustness=False), lang.value, with_prices=prices is not None, debug=debug
    )
    try:
        code = run_batch(
            files,
            settings,
            jobs=jobs or default_jobs(),
            output=output,
            force=force,
            baseline=entries,
            baseline_name=str(baseline) if baseline is not None else None,
        )
    except (TargetExists, OSError) as err:  # the file appeared, or the disk filled up
        fail([str(output_error(output or Path(), err, lang.value))])
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


def main() -> None:
    """Run the app; turn crashes into exit code 2 (``--debug`` shows the traceback)."""
    try:
        app()
    except Exception as err:
        if _debug_requested(sys.argv):
            raise
        sys.stderr.write(
            f"spukdos: interne fout ({type(err).__name__}). Dit is een fout in spukdos; "
            "meld die alstublieft, met de uitvoer van --debug.\n"
            f"spukdos: internal error ({type(err).__name__}). This is a bug in spukdos; "
            "please report it with the output of --debug.\n"
        )
        sys.exit(ExitCode.USAGE)
