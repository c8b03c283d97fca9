"""Shell completion of values: finding codes for ``explain``, figures for ``trace``; and
``--install-completion SHELL`` / ``--show-completion SHELL`` for a shell named.

Typer calls the first two while the shell completes a word (``spukdos explain Q0<Tab>``);
each imports what it needs when called, so that an ordinary run does not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO


def finding_codes(incomplete: str) -> list[str]:
    """The finding codes that start with what was typed (in any case)."""
    from spukdos_cli.messages.catalogue import CODES

    start = incomplete.strip().upper()
    return sorted(code for code in CODES if code.startswith(start))


def traceable(incomplete: str) -> list[str]:
    """The figures ``spukdos trace`` can derive that start with what was typed."""
    from spukdos_cli.compute.trace import traceable_paths

    return [path for path in traceable_paths() if path.startswith(incomplete.strip())]


# -- --install-completion SHELL and --show-completion SHELL (issue 28) ---------------------------
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
"""The shells Typer writes completion for."""

OPTIONS = ("--install-completion", "--show-completion")
PROGRAM = "spukdos"
COMPLETE_VAR = "_SPUKDOS_COMPLETE"


def named_shell(argv: Sequence[str]) -> tuple[str, str] | None:
    """``(option, shell)`` when the command line names a shell after one of
    :data:`OPTIONS` (``--install-completion zsh`` or ``--install-completion=zsh``), else
    None. Typer's options are flags that find the shell among the process's parents: a
    shell named after one would be ignored, and completion for the wrong shell installed."""
    for index, arg in enumerate(argv):
        if not arg.startswith("-"):
            return None  # a command: the program's own options come before it
        for option in OPTIONS:
            if arg.startswith(option + "="):
                return option, arg.partition("=")[2]
            if arg == option and index + 1 < len(argv) and not argv[index + 1].startswith("-"):
                return option, argv[index + 1]
    return None


def for_named_shell(option: str, shell: str, lang: str, out: TextIO, err: TextIO) -> int:
    """Carry out ``option`` for ``shell``: install its completion (the same files Typer
    writes, in the home folder, through the function its own option calls) or print its
    script. A name that is not a shell Typer
    knows is a usage error (exit 2); a home folder that cannot be written is reported by
    the entry point."""
    from typer._completion_shared import get_completion_script, install

    from spukdos_cli.messages.cli_words import cli_word
    from spukdos_cli.messages.labels import safe_text

    if shell not in SHELLS:
        shown = safe_text(shell, single_line=True)
        message = cli_word("completion_unknown_shell", lang)
        err.write(
            f"spukdos: {message.format(option=option, shell=shown, shells=', '.join(SHELLS))}\n"
        )
        return 2
    if option == "--show-completion":
        out.write(
            get_completion_script(prog_name=PROGRAM, complete_var=COMPLETE_VAR, shell=shell) + "\n"
        )
        return 0
    installed, path = install(shell=shell, prog_name=PROGRAM, complete_var=COMPLETE_VAR)
    out.write(cli_word("completion_installed", lang).format(shell=installed, path=path) + "\n")
    out.write(cli_word("completion_restart", lang) + "\n")
    return 0
