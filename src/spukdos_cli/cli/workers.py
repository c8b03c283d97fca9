"""Worker processes that cannot hang a run: an ordered parallel map for ``spukdos batch``.

Why it cannot hang, by construction:

* **Nothing is shared between processes that a dead one could hold.** Each worker is forked
  from this process and talks to it over two pipes of its own, tasks in and results out. There
  is no lock, queue, semaphore or helper thread (``multiprocessing.Pool`` has all four: a
  worker killed while holding its queue's lock left the main process waiting forever).
* **This process only ever waits with a timeout.** It waits in ``select`` (at most
  :data:`TICK` seconds at a time) on its own ends of the result pipes, reads what is there
  without blocking, and writes a task only to a worker that is idle (the pipe is then
  empty, and the write end is non-blocking anyway). Reaping a worker is ``waitpid`` with
  ``WNOHANG`` against a deadline. A signal handler therefore always runs within a tick.
* **A dead worker is noticed**, as the end of its result pipe (only the worker holds the
  write end). Its task is given once more to a fresh worker, since the cause may have been
  outside the file (a process killed by hand); if the file's worker dies again, the file gets
  the caller's ``lost`` result and the run goes on. A task that takes longer than ``timeout``
  seconds has its worker killed and gets ``lost`` at once (a second try would be as slow).
* **Signals are the main process's business.** Workers ignore SIGINT, SIGTERM and SIGHUP, so
  a signal to the whole process group (Ctrl-C, a CI runner cancelling a job, a closed SSH
  session) reaches only the main process's handlers, which unwind through :func:`ordered_map`;
  its ``finally`` kills every worker with SIGKILL, which no process can ignore. Signals are
  blocked while a worker is forked, so none can arrive between the fork and the worker being
  known.
* **No worker outlives this process**, however it ends (even by SIGKILL or the OOM killer):
  each asks the kernel for SIGKILL when its parent dies (``PR_SET_PDEATHSIG`` on Linux) and
  also leaves when its parent is gone or its task pipe is closed. Workers write nothing to
  standard output (it is ``/dev/null`` in them), nor to standard error unless ``--debug``, so a
  reader of the run's output (``| tee``, a CI log) never waits for a worker.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from spukdos_cli.children import REAP_WAIT, enter_child, libc, quiet, reap, stop_helpers

Item = TypeVar("Item")
Result = TypeVar("Result")

TICK = 0.5
"""The longest single wait of the main process, in seconds."""

WINDOW_PER_WORKER = 32
"""Tasks handed out ahead of the first unfinished one, per worker: the rows held while one
slow file is being checked stay bounded, however many files there are."""

_HEADER = struct.Struct(">Q")
_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class WorkerFailed(Exception):
    """A worker's function raised (only with ``--debug``; otherwise the function returns a
    result for every file). Carries the worker's traceback as text."""


@dataclass(frozen=True)
class Lost:
    """Why a task got no result from its worker."""

    signal: int | None
    """The signal that ended the worker (SIGKILL for the timeout), or None."""
    exit_status: int | None
    """The worker's exit status when it ended by itself."""
    timed_out: bool = False


@dataclass
class _Worker:
    pid: int
    tasks: int  # our write end of its task pipe
    results: int  # our read end of its result pipe
    buffer: bytearray = field(default_factory=bytearray)
    task: int | None = None  # the index of the task it is working on
    started: float = 0.0


@dataclass
class _Pool(Generic[Item, Result]):
    function: Callable[[Item], Result]
    setup: Callable[[], None]
    quiet_stderr: bool
    libc: object | None
    workers: list[_Worker] = field(default_factory=list)

    # -- the main process's side -------------------------------------------------------
    def fork(self) -> _Worker:
        """Start one worker (signals blocked meanwhile, so it is known before any arrives)."""
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        parent = os.getpid()
        before = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the child (the tests see its effects)
                theirs = [fd for w in self.workers for fd in (w.tasks, w.results)]
                self._child(
                    parent, before, task_read, result_write, [task_write, result_read, *theirs]
                )
            os.close(task_read)
            os.close(result_write)
            os.set_blocking(task_write, False)
            os.set_blocking(result_read, False)
            worker = _Worker(pid, task_write, result_read)
            self.workers.append(worker)
            return worker
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)

    def send(self, worker: _Worker, index: int, item: Item) -> bool:
        """Give ``worker`` task ``index``; False when it cannot take it (it died)."""
        frame = _frame((index, item))
        try:
            written = os.write(worker.tasks, frame)
        except OSError:  # a closed pipe (the worker died) or, impossibly, a full one
            return False
        if written != len(frame):  # pragma: no cover - an idle worker's pipe is empty
            return False
        worker.task = index
        worker.started = time.monotonic()
        return True

    def receive(self, worker: _Worker) -> tuple[list[tuple[int, bool, object]], bool]:
        """The complete messages ``worker`` has sent, and whether its pipe has ended (the
        worker is gone)."""
        ended = False
        while True:
            try:
                chunk = os.read(worker.results, 1 << 16)
            except BlockingIOError:
                break
            except OSError:
                ended = True
                break
            if not chunk:
                ended = True
                break
            worker.buffer += chunk
        messages: list[tuple[int, bool, object]] = []
        while len(worker.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(worker.buffer)
            if len(worker.buffer) < _HEADER.size + size:
                break
            body = bytes(worker.buffer[_HEADER.size : _HEADER.size + size])
            del worker.buffer[: _HEADER.size + size]
            messages.append(pickle.loads(body))
        return messages, ended

    def bury(self, worker: _Worker, *, kill: bool) -> Lost:
        """Remove ``worker`` (killing it first when ``kill``); how it ended."""
        self.workers.remove(worker)
        for fd in (worker.tasks, worker.results):
            with contextlib.suppress(OSError):
                os.close(fd)
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.pid, signal.SIGKILL)
        status = reap(worker.pid)
        if status is None:
            return Lost(None, None)
        if os.WIFSIGNALED(status):
            return Lost(os.WTERMSIG(status), None)
        return Lost(None, os.WEXITSTATUS(status) if os.WIFEXITED(status) else None)

    def stop(self) -> None:
        """End every worker: told to stop (its task pipe closed), then killed if it has not
        within :data:`REAP_WAIT`; called on every way out of :func:`ordered_map`."""
        for worker in self.workers:
            with contextlib.suppress(OSError):
                os.close(worker.tasks)
        for worker in list(self.workers):
            if worker.task is not None:  # busy: it would finish its task first
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.pid, signal.SIGKILL)
        deadline = time.monotonic() + REAP_WAIT
        for worker in list(self.workers):
            self.workers.remove(worker)
            with contextlib.suppress(OSError):
                os.close(worker.results)
            if reap(worker.pid, deadline) is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.pid, signal.SIGKILL)
                reap(worker.pid, time.monotonic() + REAP_WAIT)

    # -- the worker's side -------------------------------------------------------------
    def _child(  # pragma: no cover - runs in the child
        self,
        parent: int,
        mask: set[int | signal.Signals],
        tasks: int,
        results: int,
        inherited: Sequence[int],
    ) -> None:
        code = 0
        try:
            enter_child(self.libc, parent, _SIGNALS, mask)
            for fd in inherited:  # the other workers' pipes: only their owners hold them
                with contextlib.suppress(OSError):
                    os.close(fd)
            quiet(stderr=self.quiet_stderr)
            self.setup()
            self._serve(parent, tasks, results)
            stop_helpers()  # the worker's document reader ends with it
        except BaseException:  # a child must never return into the code of its parent
            code = 70
        finally:
            os._exit(code)

    def _serve(self, parent: int, tasks: int, results: int) -> None:  # pragma: no cover
        buffer = bytearray()
        while True:
            ready, _, _ = select.select([tasks], [], [], 1.0)
            if os.getppid() != parent:
                return
            if not ready:
                continue
            chunk = os.read(tasks, 1 << 16)
            if not chunk:
                return  # the main process closed the pipe: done
            buffer += chunk
            while len(buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack_from(buffer)
                if len(buffer) < _HEADER.size + size:
                    break
                index, item = pickle.loads(bytes(buffer[_HEADER.size : _HEADER.size + size]))
                del buffer[: _HEADER.size + size]
                try:
                    message: tuple[int, bool, object] = (index, True, self.function(item))
                except Exception:
                    message = (index, False, traceback.format_exc())
                _write_all(results, _frame(message))


def _frame(value: object) -> bytes:
    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(body)) + body


def _write_all(fd: int, data: bytes) -> None:  # pragma: no cover - runs in the child
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    jobs: int,
    lost: Callable[[Item, Lost], Result],
    setup: Callable[[], None] = lambda: None,
    timeout: float | None = None,
    quiet_stderr: bool = True,
) -> Iterator[Result]:
    """``function`` over ``items`` in ``jobs`` forked worker processes; the results in the
    order of ``items``, each as soon as it and those before it are ready.

    ``setup`` runs once in each worker. A task whose worker died twice, or that ran longer
    than ``timeout`` seconds, gets ``lost(item, why)``. If ``function`` raises, the run stops
    with :class:`WorkerFailed`. However the caller stops (an exception, a signal, closing
    the generator), every worker is killed and reaped before this returns.
    """
    pool: _Pool[Item, Result] = _Pool(function, setup, quiet_stderr, libc())
    done: dict[int, Result] = {}
    tries: dict[int, int] = {}
    pending = list(range(len(items) - 1, -1, -1))  # a stack: the next task at the end
    window = max(1, jobs) * WINDOW_PER_WORKER
    next_out = 0

    def give_up(worker: _Worker, *, timed_out: bool) -> None:
        index = worker.task
        if index is None:  # pragma: no cover - only busy workers are given up
            return
        why = pool.bury(worker, kill=True)
        if timed_out:
            why = Lost(signal.SIGKILL, None, timed_out=True)
        tries[index] = tries.get(index, 0) + 1
        if timed_out or tries[index] >= 2:
            done[index] = lost(items[index], why)
        else:
            pending.append(index)  # once more, in a fresh worker

    try:
        while next_out < len(items):
            _hand_out(pool, items, pending, next_out + window, jobs)
            busy = [w for w in pool.workers if w.task is not None]
            ready = _wait(busy, timeout)
            now = time.monotonic()
            for worker in busy:
                if worker in ready:
                    messages, ended = pool.receive(worker)
                    for index, ok, value in messages:
                        if not ok:
                            raise WorkerFailed(str(value))
                        done[index] = value  # type: ignore[assignment]
                        worker.task = None
                    if ended:
                        if worker.task is None:
                            pool.bury(worker, kill=True)
                        else:
                            give_up(worker, timed_out=False)
                elif timeout is not None and now - worker.started > timeout:
                    give_up(worker, timed_out=True)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            pool.stop()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _hand_out(
    pool: _Pool[Item, Result], items: Sequence[Item], pending: list[int], limit: int, jobs: int
) -> None:
    """Give each idle worker the next pending task below ``limit``, starting workers (also
    in place of dead ones) while there are more such tasks than idle workers."""
    while pending and pending[-1] < limit:
        idle = [w for w in pool.workers if w.task is None]
        if not idle:
            if len(pool.workers) >= jobs:
                return
            idle = [pool.fork()]
        index = pending.pop()
        if not pool.send(idle[0], index, items[index]):  # it died while idle
            pool.bury(idle[0], kill=True)
            pending.append(index)


def _wait(busy: list[_Worker], timeout: float | None) -> list[_Worker]:
    """The busy workers with something to read, after at most :data:`TICK` seconds (less
    when a task's deadline comes first)."""
    if not busy:
        return []
    wait = TICK
    if timeout is not None:
        now = time.monotonic()
        wait = max(0.0, min(wait, *(w.started + timeout - now for w in busy)))
    by_fd = {w.results: w for w in busy}
    ready, _, _ = select.select(list(by_fd), [], [], wait)
    return [by_fd[fd] for fd in ready]
