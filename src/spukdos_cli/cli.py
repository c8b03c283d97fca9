"""The command line: parse options -> load -> calculate -> check -> report -> exit code.

Thin on purpose: the work happens in the loader, the core and the reporters. Exit codes
are defined in :mod:`spukdos_cli.exitcodes`. No traceback reaches a user unless
``--debug`` is given (or ``SPUKDOS_DEBUG=1`` is set).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from enum import Enum
from typing import Optional

import typer

from spukdos_cli import __version__
from spukdos_cli.exitcodes import ExitCode

app = typer.Typer(
    name="spukdos",
    help="Controleer en herbereken SPUK DOS-businesscases (Wmo, Zvw, Wlz).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)



class Lang(str, Enum):
    nl = "nl"
    en = "en"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


LANG_OPTION = typer.Option(
    Lang.nl, "--lang", "-l", envvar="SPUKDOS_LANG",
    help="Taal van het rapport: nl (standaard) of en.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spukdos {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def root(
    version: Optional[bool] = typer.Option(  # noqa: UP007 - typer needs Optional here
        None, "--version", callback=_version, is_eager=True, help="Toon de versie en stop."
    ),
    debug: bool = typer.Option(False, "--debug", help="Toon een traceback bij interne fouten."),
) -> None:
    """spukdos: SPUK DOS-businesscases controleren en herberekenen."""


@app.command()
def check(
    files: list[Path] = typer.Argument(..., help="Een of meer YAML-bestanden.", show_default=False),
    lang: Lang = LANG_OPTION,
    output_format: OutputFormat = typer.Option(
        OutputFormat.text, "--format", "-f", help="Uitvoerformaat."
    ),
    strict: bool = typer.Option(False, "--strict", help="Waarschuwingen tellen als fouten."),
    debug: bool = typer.Option(False, "--debug", help="Toon een traceback bij interne fouten."),
) -> None:
    """Controleer businesscases: volledigheid, herberekening en oordeel.

    Voorbeeld: spukdos check examples/amstelveen.yaml
    """
    from spukdos_cli.loader import load_path
    from spukdos_cli.result import check_loaded

    results = [check_loaded(load_path(path), str(path)) for path in files]
    if output_format is OutputFormat.json:
        from spukdos_cli.report_json import dumps

        sys.stdout.write(dumps(results, lang.value))
    else:
        from rich.console import Console

        from spukdos_cli.report_text import print_report

        print_report(Console(highlight=False), results, lang.value)
    failed = any(r.errors or (strict and r.warnings) for r in results)
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


def _debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("SPUKDOS_DEBUG", "") not in ("", "0")


def main() -> None:
    """Console-script entry point: run the app, turn crashes into exit code 2."""
    try:
        app()
    except Exception as err:  # noqa: BLE001 - the last line of defence
        if _debug_requested(sys.argv):
            raise
        sys.stderr.write(
            f"spukdos: interne fout ({type(err).__name__}). Dit is een fout in spukdos; "
            "meld die alstublieft, met de uitvoer van --debug.\n"
            f"spukdos: internal error ({type(err).__name__}). This is a bug in spukdos; "
            "please report it with the output of --debug.\n"
        )
        sys.exit(ExitCode.USAGE)
