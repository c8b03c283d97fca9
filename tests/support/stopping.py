"""Stopping a parallel batch, on real processes (issue 23): the cases, one run of a case, and
what counts as a clean end. Used by ``test_stopping.py`` (each case once or twice) and by
``scripts/stress.py`` (each case a hundred times under CPU load).

A run is clean when the main process ends within :data:`LIMIT` seconds of the signal with
the documented exit code, prints no traceback, leaves no temporary file, leaves no process
of its group behind, and nothing holds its standard output or error open once it has ended.
A run the signal reached only after the table was complete may instead end with 0 and the
whole table (counted apart), or with the signal's code and the whole table (the signal came
while the summary was printed); a partial table is never left. When one worker is killed,
the run must go on and write the whole table.
"""

from __future__ import annotations

import contextlib
import csv
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support import processes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "amstelveen.yaml"

LIMIT = 5.0
"""Seconds within which the main process must end after the signal (the stress command's
measure; the suite, which runs on a busy machine, only guards against a hang)."""

HANG = 60.0
"""Seconds after which a run counts as hung (it is then aborted for its stack)."""


@dataclass(frozen=True)
class Case:
    name: str
    signum: int
    target: str  # "group", "main" or "worker"
    code: int  # the exit code it must end with

    @property
    def label(self) -> str:
        return f"{signal.Signals(self.signum).name} to the {self.target}"


CASES = (
    Case("term-group", signal.SIGTERM, "group", 143),
    Case("hup-group", signal.SIGHUP, "group", 129),
    Case("int-group", signal.SIGINT, "group", 130),
    Case("term-main", signal.SIGTERM, "main", 143),
    Case("hup-main", signal.SIGHUP, "main", 129),
    Case("int-main", signal.SIGINT, "main", 130),
    Case("kill-worker", signal.SIGKILL, "worker", 0),
)


@dataclass
class Outcome:
    case: Case
    delay: float
    code: int | None = None
    ended_after: float | None = None  # seconds from the signal to the main process's end
    late: bool = False  # the run was complete before the signal reached it
    early: bool = False  # the signal came before Python could install a handler
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


def make_folder(folder: Path, count: int) -> Path:
    """``count`` copies of the example in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    data = EXAMPLE.read_bytes()
    for number in range(count):
        (folder / f"c{number:04}.yaml").write_bytes(data)
    return folder


def _live(field: int, value: int) -> list[int]:
    """The live (not zombie) processes whose ``/proc`` stat field ``field`` (1: parent,
    2: process group) is ``value``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None and stat[field] == value and stat[0] != "Z":
                found.append(int(entry))
    return found


def children(pid: int) -> list[int]:
    """The live child processes of ``pid`` (Linux: ``/proc``)."""
    return _live(1, pid)


def group(pgid: int) -> list[int]:
    """The live (not zombie) processes of process group ``pgid``."""
    return _live(2, pgid)


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent, process group) of ``pid``, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[2])


def _rows(path: Path) -> int | None:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return sum(1 for _ in csv.reader(handle)) - 1
    except OSError:
        return None


def _drain(process: subprocess.Popen[bytes], deadline: float) -> tuple[bytes, bool]:
    """What is left on the process's standard output and error, and whether both reached
    their end before ``deadline`` (nothing else holds them open)."""
    streams = {s.fileno(): s for s in (process.stdout, process.stderr) if s is not None}
    err = b""
    while streams:
        left = deadline - time.monotonic()
        if left <= 0:
            return err, False
        ready, _, _ = select.select(list(streams), [], [], left)
        for fd in ready:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                del streams[fd]
            elif process.stderr is not None and fd == process.stderr.fileno():
                err += chunk
    return err, True


def run_case(
    case: Case,
    folder: Path,
    work: Path,
    delay: float,
    jobs: int = 2,
    *,
    after_start: bool = True,
    limit: float = LIMIT,
) -> Outcome:
    """One batch over ``folder`` with ``jobs`` workers, the case's signal ``delay`` seconds
    after the table's temporary file appeared (the run has started its workers then), or
    after the process was started when not ``after_start``; the outcome, judged."""
    outcome = Outcome(case, delay)
    work.mkdir(parents=True, exist_ok=True)
    out = work / "out.csv"
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
    env.pop("SPUKDOS_DEBUG", None)
    process = processes.start(
        [
            sys.executable,
            "-m",
            "spukdos_cli",
            "batch",
            str(folder),
            "-o",
            str(out),
            "-j",
            str(jobs),
        ],
        env=env,
        preexec_fn=_default_signals,
    )
    try:
        if after_start:
            _wait_for_start(process, work)
        _signal(process, case, outcome, delay)
        sent = time.monotonic()
        try:
            process.wait(timeout=HANG)
        except subprocess.TimeoutExpired:
            _, err = processes.abort(process)
            outcome.problems.append(f"hung; its stack:\n{(err or b'').decode(errors='replace')}")
            return outcome
        outcome.ended_after = time.monotonic() - sent
        outcome.code = process.returncode
        err, closed = _drain(process, time.monotonic() + 2.0)
        _judge(case, outcome, out, work, folder, err, closed, process.pid, limit)
    finally:
        processes.kill_group(process)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    return outcome


def _default_signals() -> None:  # pragma: no cover - runs in the child before exec
    """The signals under test at their defaults in the batch: a run started under ``nohup``
    or in the background of a script inherits SIGHUP or SIGINT ignored, and spukdos rightly
    keeps an ignored signal ignored, so the case would test nothing."""
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


def _wait_for_start(process: subprocess.Popen[bytes], work: Path) -> None:
    """Until the batch has opened its table (a temporary file in ``work``), at most
    :data:`HANG` seconds."""
    deadline = time.monotonic() + HANG
    while not any(work.glob(".out.csv.*.tmp")) and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.002)


def _signal(process: subprocess.Popen[bytes], case: Case, outcome: Outcome, delay: float) -> None:
    time.sleep(delay)
    if case.target == "group":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, case.signum)
    elif case.target == "main":
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(case.signum)
    else:  # one worker: wait (briefly) until there is one
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and process.poll() is None:
            workers = children(process.pid)
            if workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(workers[0], case.signum)
                return
            time.sleep(0.005)
        outcome.late = True  # no worker to kill: the run had ended


def _judge(
    case: Case,
    outcome: Outcome,
    out: Path,
    work: Path,
    folder: Path,
    err: bytes,
    closed: bool,
    pgid: int,
    limit: float = LIMIT,
) -> None:
    problems = outcome.problems
    expected = len(list(folder.iterdir()))
    rows = _rows(out)
    if outcome.code == -case.signum and not out.exists() and case.target != "worker":
        outcome.early = True  # before spukdos had started: the shell shows 128 + N too
    elif outcome.code == case.code and case.target != "worker":
        if out.exists() and rows != expected:  # written whole before the signal, or not at all
            problems.append(f"the interrupted run left a table of {rows} rows of {expected}")
    elif outcome.code == 0 and rows == expected:
        outcome.late = outcome.late or case.target != "worker"
    else:
        problems.append(f"exit {outcome.code} (expected {case.code}), {rows} rows of {expected}")
    if outcome.ended_after is not None and outcome.ended_after > limit and case.target != "worker":
        problems.append(f"ended {outcome.ended_after:.1f} s after the signal")
    if b"Traceback" in err:
        problems.append("a traceback:\n" + err.decode(errors="replace")[-3000:])
    leftovers = sorted(p.name for p in work.iterdir() if p.name != "out.csv")
    if leftovers:
        problems.append(f"left behind: {leftovers}")
    survivors = group(pgid)
    deadline = time.monotonic() + 1.0
    while survivors and time.monotonic() < deadline:
        time.sleep(0.02)
        survivors = group(pgid)
    if survivors:
        problems.append(f"processes outlived it: {survivors}")
    if not closed:
        problems.append("its standard output or error was still held open")
