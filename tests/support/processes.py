"""Processes in tests, each with a watchdog (issue 23).

Every test that starts a process does so through this module (``test_watchdogs.py`` holds
the suite to that). A process that is still running when its time is up is not quietly
killed: it first gets SIGABRT, and because Python children run with
``PYTHONFAULTHANDLER=1`` it prints the stack of each of its threads as it ends. The test
then fails with that stack, and the rest of the process's group (a batch's workers) is
killed. The time limits are guards against a hang, far above a normal run on a busy
machine; no test asserts a duration as a goal.

Every process starts in a session of its own, so that its whole group can be signalled
and killed without touching pytest.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from typing import IO, Any

WATCHDOG = 180.0
"""Seconds a process may run in a test before it counts as hung."""

AFTER_ABORT = 10.0
"""Seconds given to a hung process to print its stack after SIGABRT."""


def environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's environment) with Python's fault handler on, so a
    Python child prints its stacks when the watchdog aborts it."""
    return {**(os.environ if env is None else env), "PYTHONFAULTHANDLER": "1"}


def start(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    stdin: int | IO[Any] | None = subprocess.DEVNULL,
    stdout: int | IO[Any] | None = subprocess.PIPE,
    stderr: int | IO[Any] | None = subprocess.PIPE,
    **kwargs: Any,
) -> subprocess.Popen[Any]:
    """Start ``argv`` in a session of its own, with the fault handler on; standard input is
    the null device unless given."""
    return subprocess.Popen(
        list(argv),
        env=environment(env),
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        start_new_session=True,
        **kwargs,
    )


def abort(process: subprocess.Popen[Any]) -> tuple[Any, Any]:
    """End a hung ``process``: SIGABRT (it prints its stacks), then SIGKILL for its whole
    group; returns what it wrote, as far as it can be had within :data:`AFTER_ABORT`."""
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGABRT)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=AFTER_ABORT)
    kill_group(process)
    try:
        return process.communicate(timeout=AFTER_ABORT)
    except subprocess.TimeoutExpired:  # a grandchild in another session holds a pipe
        return None, None


def kill_group(process: subprocess.Popen[Any]) -> None:
    """SIGKILL to every process left in ``process``'s group (it leads its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=AFTER_ABORT)


def _fail(message: str) -> None:
    import pytest

    pytest.fail(message, pytrace=False)


def _tail(data: object) -> str:
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    return str(data or "")[-6000:]


def finish(
    process: subprocess.Popen[Any], *, timeout: float = WATCHDOG, input: Any = None
) -> tuple[Any, Any]:
    """Wait for ``process`` to end and return its output; a hang fails the test with the
    process's stacks."""
    try:
        return process.communicate(input, timeout=timeout)
    except subprocess.TimeoutExpired:
        out, err = abort(process)
        _fail(
            f"{' '.join(map(str, process.args))} did not end within {timeout} s;"  # type: ignore[arg-type]
            f" its stack and output:\n{_tail(err)}\n--- stdout ---\n{_tail(out)}"
        )
        raise  # pragma: no cover - _fail raises


def run(
    argv: Sequence[str],
    *,
    timeout: float = WATCHDOG,
    input: Any = None,
    capture_output: bool = True,
    check: bool = False,
    env: Mapping[str, str] | None = None,
    stdout: int | IO[Any] | None = None,
    stderr: int | IO[Any] | None = None,
    stdin: int | IO[Any] | None = None,
    **kwargs: Any,
) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run`` with the watchdog: output captured unless ``stdout``/``stderr``
    are given (or ``capture_output`` is false)."""
    pipe = subprocess.PIPE if capture_output else None
    if stdin is None:
        stdin = subprocess.PIPE if input is not None else subprocess.DEVNULL
    process = start(
        argv,
        env=env,
        stdin=stdin,
        stdout=stdout if stdout is not None else pipe,
        stderr=stderr if stderr is not None else pipe,
        **kwargs,
    )
    out, err = finish(process, timeout=timeout, input=input)
    if check and process.returncode:
        raise subprocess.CalledProcessError(process.returncode, list(argv), out, err)
    return subprocess.CompletedProcess(list(argv), process.returncode, out, err)


def spukdos(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[Any]:
    """``python -m spukdos_cli ARGS`` as a real process, with the watchdog."""
    return run([sys.executable, "-m", "spukdos_cli", *args], **kwargs)


def read_until(
    process: subprocess.Popen[str], marker: str, times: int = 1, *, timeout: float = 60.0
) -> str:
    """The text ``process`` writes to standard output until ``marker`` was seen ``times``
    times; a process that stops writing before that fails the test with its stacks (the
    wait is a ``select`` with a deadline, never a bare ``readline``)."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    seen = b""
    deadline = time.monotonic() + timeout
    while seen.decode("utf-8", "replace").count(marker) < times:
        left = deadline - time.monotonic()
        ready = select.select([fd], [], [], max(0.0, left))[0] if left > 0 else []
        if not ready:
            _, err = abort(process)
            _fail(f"no {marker!r} within {timeout} s; seen:\n{_tail(seen)}\n{_tail(err)}")
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            _fail(f"the process ended before {marker!r}; seen:\n{_tail(seen)}")
        seen += chunk
    return seen.decode("utf-8", "replace")
