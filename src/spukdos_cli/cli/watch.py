"""``spukdos check --watch FILE``: check again every time the file is saved, until Ctrl-C.

The file is polled (its modification time, size, inode and device, a few times a second):
no extra dependency, and it works on every system and every editor. An editor that saves
by writing a new file and renaming it over the old one (an atomic save) replaces the
inode: that is a change like any other, and a moment in which the file is missing is
waited out. Between runs the screen is cleared (on a terminal; elsewhere a rule separates
the runs). Ctrl-C ends the watch quietly with exit code 130.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from spukdos_cli.cli.check import CheckRequest, run
from spukdos_cli.cli.usage import UsageError
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.read.inputs import STDIN

POLL_SECONDS = 0.25
"""How often the file is looked at."""

SETTLE_SECONDS = 0.1
"""A change is checked once the file has stayed the same this long (an editor may write
it in several steps)."""

CLEAR = "\x1b[2J\x1b[3J\x1b[H"
"""Clear the screen and its scrollback, cursor to the top left."""

Signature = tuple[int, int, int, int] | None


def signature(path: Path) -> Signature:
    """What changes when the file is saved; None while it does not exist."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino, info.st_dev)


def _watched(request: CheckRequest) -> Path:
    lang = request.lang
    if len(request.paths) != 1 or request.paths[0] == STDIN:
        raise UsageError(label("watch_one_file", lang))
    path = Path(request.paths[0])
    if path.is_dir():
        raise UsageError(label("watch_one_file", lang))
    return path


def watch_file(
    request: CheckRequest,
    *,
    stdout: TextIO,
    env: Mapping[str, str],
    sleep: Callable[[float], None] = time.sleep,
    runs: int | None = None,
) -> ExitCode:
    """Check the one file of ``request`` now and after every change, until Ctrl-C (or,
    for tests, ``runs`` checks). Returns the exit code of Ctrl-C: 130."""
    path = _watched(request)
    request = replace(request, quiet=False)
    shown = safe_text(str(path), single_line=True)
    terminal = bool(getattr(stdout, "isatty", lambda: False)())
    done = 0
    try:
        while runs is None or done < runs:
            current = signature(path)
            stdout.write(CLEAR if terminal else "\n" + "─" * 40 + "\n")
            run(request, stdout=stdout, stderr=stdout, stdin=None, env=env)
            stdout.write(label("watch_waiting", request.lang).format(file=shown) + "\n")
            stdout.flush()
            done += 1
            if runs is not None and done >= runs:
                break
            _wait_for_change(path, current, sleep)
    except KeyboardInterrupt:
        stdout.write("\n")
    return ExitCode.INTERRUPTED


def _wait_for_change(path: Path, seen: Signature, sleep: Callable[[float], None]) -> None:
    """Return once the file differs from ``seen`` and has settled (a missing file is
    waited out: an editor's atomic save removes it for a moment)."""
    while True:
        sleep(POLL_SECONDS)
        now = signature(path)
        if now == seen:
            continue
        sleep(SETTLE_SECONDS)
        settled = signature(path)
        if settled != now:
            continue  # still being written
        if settled is None and seen is not None:
            sleep(POLL_SECONDS)  # replaced: give the new file a moment to appear
            if signature(path) is not None:
                continue
        return
