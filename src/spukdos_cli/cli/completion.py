"""Shell completion of values: finding codes for ``explain``, figures for ``trace``.

Typer calls these while the shell completes a word (``spukdos explain Q0<Tab>``); each
imports what it needs when called, so that an ordinary run does not pay for it.
"""

from __future__ import annotations


def finding_codes(incomplete: str) -> list[str]:
    """The finding codes that start with what was typed (in any case)."""
    from spukdos_cli.messages.catalogue import CODES

    start = incomplete.strip().upper()
    return sorted(code for code in CODES if code.startswith(start))


def traceable(incomplete: str) -> list[str]:
    """The figures ``spukdos trace`` can derive that start with what was typed."""
    from spukdos_cli.compute.trace import traceable_paths

    return [path for path in traceable_paths() if path.startswith(incomplete.strip())]
