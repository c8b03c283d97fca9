"""Exit codes of every spukdos command: the one place they are defined.

====  ==========================================================================
code  meaning
====  ==========================================================================
0     no error findings (warnings and notes allowed, unless ``--strict``)
1     error findings in at least one file, including a file that cannot be read
      or parsed
2     usage, configuration or internal error (a bug: please report it)
130   interrupted (Ctrl-C); ``-o`` leaves no half-written file (the shell's
      convention for SIGINT, which Typer and most command-line tools follow)
143   ended by SIGTERM, 129 by SIGHUP (128 + the signal's number, the shell's
129   convention): like Ctrl-C, no half-written file and no traceback
      (:mod:`spukdos_cli.cli.process`)
====  ==========================================================================
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2
    INTERRUPTED = 130


def exit_code(*, failed: bool, internal_error: bool = False, exit_zero: bool = False) -> ExitCode:
    """The one exit rule of every command that reads files: 2 when checking a file hit a
    bug (``internal_error``), else 0 with ``--exit-zero``, 1 when something ``failed`` (an
    error finding, or a warning under ``--strict``), and 0 otherwise."""
    if internal_error:
        return ExitCode.USAGE
    if exit_zero or not failed:
        return ExitCode.OK
    return ExitCode.FINDINGS
