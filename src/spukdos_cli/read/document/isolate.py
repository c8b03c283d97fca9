"""A document is read in a child process with limits, so that no document can take a run
down (issue 25).

PDF is read by PDFium, a C library: a PDF whose form object draws itself made it grow to
gigabytes and abort the process, and no Python-level bound can stop it, because the time
goes inside one call. Word and text are read in Python, but a document shaped to be slow
or huge (a body of millions of empty paragraphs) costs seconds and gigabytes too. So every
document is read in a reader process forked for the purpose, with

* its address space limited to :data:`MEMORY_LIMIT` more than the parent had (an
  allocation beyond it fails: a ``MemoryError`` in Python, an abort in C);
* its CPU time limited to :data:`CPU_SECONDS` per document (the kernel stops it);
* a wall-clock deadline of :data:`WALL_SECONDS` per document, after which the parent
  kills it.

The reader is reused for the next document (a fork per document cost as much as reading
a Word form), until it has read :data:`MAX_SERVED` documents or grown, and a new one is
forked when it is gone. Whatever happens in it (a crash, an abort, a limit hit, a hang),
the parent gets an answer within the deadline: the imported data, or a
:class:`DocumentError` that names the limit (``doc_unsafe_memory``, ``doc_unsafe_time``,
``doc_unsafe_crash``), which ``check``, ``import`` and ``batch`` report as one finding or
one row while the run goes on. The parent only ever waits with a timeout (``select`` on
the reader's pipes, ``waitpid`` with ``WNOHANG``); the reader asks the kernel to kill it
when the parent dies, leaves when the parent closes its pipe, ignores the terminal's
signals (the parent handles them) and writes nothing to standard output.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import os
import pickle
import select
import signal
import struct
import sys
import time
import traceback
from collections.abc import Callable
from typing import TypeVar

from spukdos_cli.children import REAP_WAIT, enter_child, libc, on_stop, quiet, reap, reaped
from spukdos_cli.read.document.errors import DocumentError

T = TypeVar("T")

MEMORY_LIMIT = 320 * 1024 * 1024
"""320 MiB of address space beyond what the process had when it forked the child: a
20-page form needs a few tens."""
CPU_SECONDS = 6
"""CPU seconds a child may use (the seed, 20 pages, takes a fraction of one)."""
WALL_SECONDS = 7.0
"""Seconds the parent waits for a child's answer before it kills the child."""

MAX_ANSWER = 256 * 1024 * 1024
"""The most a child may send back: what 4 million characters of text become, many times
over."""

_HEADER = struct.Struct(">Q")
_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


MAX_SERVED = 64
"""Documents one reader reads before it leaves (its heap only grows; a fresh one starts
again from the parent's size)."""


def isolated(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` run in the reader process within the limits above (``function``
    a module-level function, ``args`` what pickle can send): its result, or the
    :class:`DocumentError` it raised, or one naming the limit that ended the reader."""
    if not hasattr(os, "fork"):  # pragma: no cover - not on this platform: read in place
        return function(*args)
    reader = _Reader.mine()
    try:
        body, status = reader.ask(pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL))
    except BaseException:  # an interrupt while waiting: the reader goes with it
        reader.stop()
        raise
    if body is not None:
        ok, value = pickle.loads(body)
        if ok:
            return value  # type: ignore[no-any-return]
        if isinstance(value, DocumentError):
            raise value
        raise ReaderFailed(str(value))
    raise DocumentError(_why(status))


def stop_reader() -> None:
    """End this process's reader, if it has one (see :meth:`_Reader.close`)."""
    reader = _Reader.current
    if reader is not None and reader.owner == os.getpid():
        reader.close()


on_stop(stop_reader)


class _Reader:
    """The reader process of this process (at most one, forked when first needed)."""

    current: _Reader | None = None

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.pid: int | None = None
        self.tasks = self.answers = -1
        self.resident = self.served = 0

    @classmethod
    def mine(cls) -> _Reader:
        """This process's reader; one inherited through a fork belongs to the parent and is
        left to it."""
        if cls.current is None or cls.current.owner != os.getpid():
            cls.current = _Reader()
        return cls.current

    def ask(self, request: bytes) -> tuple[bytes | None, int | None]:
        """The reader's answer to ``request`` (None when it ended without one) and then its
        exit status (None while it lives on). A reader that has read its share
        (:data:`MAX_SERVED`) is stopped first, and the task goes to a new one."""
        if self.pid is not None and self.served >= MAX_SERVED:
            self.close()
        if self.pid is None:
            self.start()
        deadline = time.monotonic() + WALL_SECONDS
        framed = _HEADER.pack(len(request)) + request
        sent = self._send(framed, deadline)
        if not sent and time.monotonic() < deadline:  # it had died before this task: anew
            self.stop()
            self.start()
            sent = self._send(framed, deadline)
        if not sent:
            return None, self._kill(_TIMED_OUT if time.monotonic() >= deadline else None)
        body, status = self._collect(deadline)
        self.served += 1
        return body, status

    def start(self) -> None:
        c_library = libc()
        parent = os.getpid()
        start_size, self.resident = _sizes()
        task_read, task_write = os.pipe()
        answer_read, answer_write = os.pipe()
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        gc.freeze()  # the reader's collections leave the parent's objects (and pages) alone
        try:
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the reader
                os.close(task_write)
                os.close(answer_read)
                _serve(task_read, answer_write, parent, c_library, start_size, mask)
        except OSError:  # no process to be had (a full process table, no memory)
            for fd in (task_read, task_write, answer_read, answer_write):
                os.close(fd)
            raise DocumentError("doc_no_child") from None
        finally:
            if os.getpid() == parent:
                gc.unfreeze()
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(task_read)
        os.close(answer_write)
        os.set_blocking(task_write, False)
        self.pid, self.tasks, self.answers, self.served = pid, task_write, answer_read, 0

    def _send(self, data: bytes, deadline: float) -> bool:
        view = memoryview(data)
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            _, ready, _ = select.select([], [self.tasks], [], min(left, 0.5))
            if not ready:
                continue
            try:
                view = view[os.write(self.tasks, view) :]
            except BlockingIOError:
                continue
            except BrokenPipeError:  # the reader is gone
                return False
        return True

    def _collect(self, deadline: float) -> tuple[bytes | None, int | None]:
        buffer = bytearray()
        while True:
            if len(buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack_from(buffer)
                if size > MAX_ANSWER:  # more than any document gives
                    return None, self._kill(_TOO_MUCH)
                if len(buffer) >= _HEADER.size + size:
                    return bytes(buffer[_HEADER.size : _HEADER.size + size]), None
            left = deadline - time.monotonic()
            if left <= 0:
                return None, self._kill(_TIMED_OUT)
            ready, _, _ = select.select([self.answers], [], [], min(left, 0.5))
            if not ready:
                continue
            chunk = os.read(self.answers, 1 << 20)
            if not chunk:  # the reader ended without an answer
                return None, self._ended()
            buffer += chunk

    def _ended(self) -> int | None:
        status = _reap_measured(self.pid, self.resident) if self.pid else None
        if status is None:
            return self._kill(None)
        self._forget()
        return status

    def _kill(self, marker: int | None) -> int | None:
        """Kill and reap the reader (never one already reaped); ``marker`` is returned."""
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            reap(self.pid, time.monotonic() + REAP_WAIT)
        self._forget()
        return marker

    def stop(self) -> None:
        self._kill(None)

    def close(self) -> None:
        """End the reader the gentle way: its pipe closed, it leaves, and it is reaped
        (killed if it has not left within :data:`REAP_WAIT`)."""
        pid = self.pid
        self._forget()
        if pid is not None and reap(pid) is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            reap(pid)

    def _forget(self) -> None:
        for fd in (self.tasks, self.answers):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.pid, self.tasks, self.answers = None, -1, -1


class ReaderFailed(RuntimeError):
    """A fault in spukdos's own reader, in the child: an internal error (exit 2), its
    traceback (the child's) in the message for ``--debug``."""


def _reap_measured(pid: int, resident: int) -> int | None:
    """As :func:`spukdos_cli.children.reap`, with a child killed by a signal after it grew
    by half the memory limit beyond the ``resident`` bytes it was forked with counted as
    out of memory (an allocation beyond the limit aborts a C library): status
    :data:`_OUT_OF_MEMORY`."""
    found = reaped(pid)
    if found is None:
        return None
    status, usage = found
    grown = usage.ru_maxrss * 1024 - resident >= MEMORY_LIMIT // 2
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) != signal.SIGXCPU and grown:
        return _OUT_OF_MEMORY << 8  # as if it had exited with that code
    return status


_TIMED_OUT = -1
"""Not an exit status: the parent's deadline passed and it killed the child."""
_TOO_MUCH = -2
"""Not an exit status: the child sent more than :data:`MAX_ANSWER` and was killed."""


def _why(status: int | None) -> str:
    """The term that says which limit ended the child, from its exit status (or
    :data:`_TIMED_OUT`, :data:`_TOO_MUCH`)."""
    if status == _TIMED_OUT:
        return "doc_unsafe_time"
    if status == _TOO_MUCH:
        return "doc_unsafe_memory"
    if status is not None and os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        if number in (signal.SIGXCPU, signal.SIGKILL):
            return "doc_unsafe_time"
        return "doc_unsafe_crash"
    if status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == _OUT_OF_MEMORY:
        return "doc_unsafe_memory"
    return "doc_unsafe_crash"


_OUT_OF_MEMORY = 71


def _serve(  # pragma: no cover - runs in the reader
    tasks: int,
    answers: int,
    parent: int,
    c_library: object | None,
    start_size: int,
    mask: set[int | signal.Signals],
) -> None:
    code = 70
    try:
        enter_child(c_library, parent, _SIGNALS, mask)
        if "--debug" not in sys.argv:
            faulthandler.disable()  # an abort at a limit is an answer, not a report
            quiet(stderr=True)
        _limit(start_size)
        for _ in range(MAX_SERVED):
            request = _read_frame(tasks)
            if request is None:
                break  # the parent closed the pipe: done
            function, args = pickle.loads(request)
            _limit_cpu()
            try:
                answer: tuple[bool, object] = (True, function(*args))
            except DocumentError as err:
                answer = (False, err)
            except MemoryError:
                raise
            except Exception:  # a fault of the reader itself, not of the file
                answer = (False, traceback.format_exc())
            body = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(_HEADER.pack(len(body)) + body)
            while view:
                view = view[os.write(answers, view) :]
            del answer, body, view, function, args, request
        code = 0
    except MemoryError:
        code = _OUT_OF_MEMORY
    except BaseException:  # a child must never return into the code of its parent
        code = 70
    finally:
        os._exit(code)


def _read_frame(fd: int) -> bytes | None:  # pragma: no cover - runs in the reader
    """One request; None at the end of the pipe."""
    data = bytearray()
    want = _HEADER.size
    while len(data) < want:
        chunk = os.read(fd, min(1 << 20, want - len(data)))
        if not chunk:
            return None
        data += chunk
        if want == _HEADER.size and len(data) == _HEADER.size:
            (size,) = _HEADER.unpack_from(data)
            want += size
    return bytes(data[_HEADER.size :])


def _limit_cpu() -> None:  # pragma: no cover - runs in the reader
    """CPU_SECONDS from now, for the next document."""
    import resource

    cpu = resource.getrusage(resource.RUSAGE_SELF)
    used = int(cpu.ru_utime + cpu.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = used + CPU_SECONDS
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _limit(start_size: int) -> None:  # pragma: no cover - runs in the child
    import resource  # POSIX only, as fork is

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if start_size > 0:
        limit = start_size + MEMORY_LIMIT
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _sizes() -> tuple[int, int]:
    """This process's address space and resident memory in bytes (0 where they cannot be
    told)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            fields = statm.read().split()
        size, resident = int(fields[0]), int(fields[1])
    except (OSError, ValueError, IndexError):
        return 0, 0
    page = os.sysconf("SC_PAGE_SIZE")
    return size * page, resident * page
