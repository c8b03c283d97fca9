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
from spukdos_cli.exitcodes import ExitCode

if TYPE_CHECKING:
    from spukdos_cli.result import CheckOptions, FileResult

app = typer.Typer(
    name="spukdos",
    help="Controleer en herbereken SPUK DOS-businesscases (Wmo, Zvw, Wlz).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Lang(StrEnum):
    nl = "nl"
    en = "en"


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


LangOption = Annotated[
    Lang,
    typer.Option("--lang", "-l", envvar="SPUKDOS_LANG", help="Taal: nl (standaard) of en."),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Toon een traceback bij interne fouten.")
]


def _options() -> CheckOptions:
    """The CheckOptions for this run (features add their options here)."""
    from spukdos_cli.result import CheckOptions

    return CheckOptions()


def check_paths(paths: list[Path], options: CheckOptions) -> list[FileResult]:
    """Load and check each file; every problem becomes a finding, never an exception."""
    from spukdos_cli.loader import load_path
    from spukdos_cli.result import check_loaded

    return [check_loaded(load_path(path), str(path), options) for path in paths]


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
        list[Path], typer.Argument(help="Een of meer YAML-bestanden.", show_default=False)
    ],
    lang: LangOption = Lang.nl,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Uitvoerformaat.")
    ] = OutputFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Waarschuwingen tellen als fouten.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Controleer businesscases: volledigheid, herberekening en oordeel.

    Voorbeeld: spukdos check examples/amstelveen.yaml
    """
    results = check_paths(files, _options())
    if output_format is OutputFormat.json:
        from spukdos_cli.report_json import dumps

        sys.stdout.write(dumps(results, lang.value))
    else:
        from rich.console import Console

        from spukdos_cli.report_text import print_report

        print_report(Console(highlight=False), results, lang.value)
    failed = any(r.errors or (strict and r.warnings) for r in results)
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the file format (for editors and CI).

    Voorbeeld: spukdos schema > schemas/businesscase.schema.json
    """
    from spukdos_cli.schema import schema_text

    sys.stdout.write(schema_text())


def _debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("SPUKDOS_DEBUG", "") not in ("", "0")


def main() -> None:
    """Console-script entry point: run the app, turn crashes into exit code 2."""
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
