"""Usage and configuration errors: one exception, one way to report it, exit code 2.

A command (or the module that carries it out) raises :class:`UsageError` with a message
ready to show; :func:`fail` prints ``spukdos: message`` on standard error, with file text
made harmless, and exits 2. Problems with an output file (``-o``, ``--export``, ``init``)
all get their message from :func:`output_error`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer

from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.writefile import NotAFile, OutputIsInput, TargetExists


class UsageError(Exception):
    """The options cannot be carried out (exit 2); the message is ready to show."""


def fail(problems: list[str]) -> NoReturn:
    """Report usage or configuration problems on standard error and exit 2."""
    for problem in problems:  # problems may quote file text: no escapes reach the terminal
        sys.stderr.write(f"spukdos: {safe_text(problem, single_line=True)}\n")
    raise typer.Exit(ExitCode.USAGE)


def output_error(path: Path | str, err: Exception, lang: str) -> UsageError:
    """The usage error for an output file that cannot be written, whatever the command."""
    shown = safe_text(str(path), single_line=True)
    if isinstance(err, NotAFile):
        return UsageError(label("output_not_a_file", lang).format(file=shown))
    if isinstance(err, TargetExists):
        return UsageError(label("output_exists", lang).format(file=shown))
    if isinstance(err, OutputIsInput):
        return UsageError(label("output_is_input", lang).format(file=shown))
    reason = err.strerror if isinstance(err, OSError) and err.strerror else type(err).__name__
    return UsageError(label("output_cannot_write", lang).format(file=shown, reason=reason))
