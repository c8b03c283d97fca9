"""Child processes that never make their parent wait without a bound: what the batch's
workers (``cli/workers.py``) and the isolated document reader (``read/document/isolate.py``)
share."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from typing import Any

REAP_WAIT = 2.0
"""How long a child that was told to stop (or killed) is waited for, in seconds."""


def reaped(pid: int, deadline: float | None = None) -> tuple[int, Any] | None:
    """The exit status and resource use of ``pid`` once it has ended, or None if it has
    not by ``deadline`` (default: :data:`REAP_WAIT` from now). Never waits without that
    bound."""
    end = deadline if deadline is not None else time.monotonic() + REAP_WAIT
    pause = 0.0001  # a child that was told to end is mostly gone in a moment
    while True:
        try:
            done, status, usage = os.wait4(pid, os.WNOHANG)
        except ChildProcessError:
            return None
        if done:
            return status, usage
        if time.monotonic() >= end:
            return None
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def reap(pid: int, deadline: float | None = None) -> int | None:
    """The exit status of ``pid`` once it has ended (see :func:`reaped`)."""
    found = reaped(pid, deadline)
    return found[0] if found is not None else None


_STOPS: list[Callable[[], None]] = []


def on_stop(stop: Callable[[], None]) -> None:
    """Register ``stop`` to end a helper process this process may have started (the
    document reader), when :func:`stop_helpers` is called."""
    if stop not in _STOPS:
        _STOPS.append(stop)


def stop_helpers() -> None:
    """End every helper process this process started, as a run (or a batch worker) ends:
    their time then counts with this process's children, and none outlives it."""
    for stop in _STOPS:
        stop()


def die_with_parent(libc: object | None, parent: int) -> None:  # pragma: no cover - child
    """Ask the kernel to kill this process when its parent ends (Linux); leave at once if
    the parent has already gone."""
    prctl = getattr(libc, "prctl", None)
    if prctl is not None:
        pr_set_pdeathsig = 1
        prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


def enter_child(  # pragma: no cover - runs in the child
    c_library: object | None,
    parent: int,
    signals: tuple[signal.Signals, ...],
    mask: set[int | signal.Signals],
) -> None:
    """A forked child's first steps: ignore ``signals`` (the parent handles them and kills
    the child on its way out), restore the signal ``mask`` the parent had before it
    blocked them for the fork, and die with the parent."""
    for number in signals:
        signal.signal(number, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    die_with_parent(c_library, parent)


def libc() -> object | None:
    """The C library, to ask for ``PR_SET_PDEATHSIG`` in a child (loaded before forking)."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True)
    except (ImportError, OSError):  # pragma: no cover - no ctypes or no C library
        return None


def quiet(*, stderr: bool) -> None:  # pragma: no cover - runs in the child
    """Standard input and output (and standard error when ``stderr``) to the null device."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in (0, 1, 2) if stderr else (0, 1):
            os.dup2(null, fd)
    finally:
        os.close(null)
