"""A document is read in a child process with limits, so that no document can take a run
down (issue 25).

PDF is read by PDFium, a C library: a PDF whose form object draws itself made it grow to
gigabytes and abort the process, and no Python-level bound can stop it, because the time
goes inside one call. Word and text are read in Python, but a document shaped to be slow
or huge (a body of millions of empty paragraphs) costs seconds and gigabytes too. So every
document is read in a child forked for it, with

* its address space limited to :data:`MEMORY_LIMIT` more than the parent had (an
  allocation beyond it fails: a ``MemoryError`` in Python, an abort in C);
* its CPU time limited to :data:`CPU_SECONDS` (the kernel stops it);
* a wall-clock deadline of :data:`WALL_SECONDS`, after which the parent kills it.

Whatever happens in the child (a crash, an abort, a limit hit, a hang), the parent gets an
answer within the deadline: the imported data, or a :class:`DocumentError` that names the
limit (``doc_unsafe_memory``, ``doc_unsafe_time``, ``doc_unsafe_crash``), which ``check``,
``import`` and ``batch`` report as one finding or one row while the run goes on. The
parent only ever waits with a timeout (``select`` on the child's pipe, ``waitpid`` with
``WNOHANG``); the child asks the kernel to kill it when the parent dies, ignores the
terminal's signals (the parent handles them and kills it on its way out) and writes
nothing to standard output.
"""

from __future__ import annotations

import contextlib
import faulthandler
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

from spukdos_cli.children import REAP_WAIT, enter_child, libc, quiet, reap
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


def isolated(work: Callable[[], T]) -> T:
    """``work()`` run in a child process within the limits above: its result, or the
    :class:`DocumentError` it raised, or one naming the limit that ended it."""
    if not hasattr(os, "fork"):  # pragma: no cover - not on this platform: read in place
        return work()
    c_library = libc()
    parent = os.getpid()
    start_size, start_resident = _sizes()
    read_end, write_end = os.pipe()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            os.close(read_end)
            _child(work, write_end, parent, c_library, start_size, mask)
    except OSError:  # no process to be had (a full process table, no memory)
        os.close(read_end)
        os.close(write_end)
        raise DocumentError("doc_no_child") from None
    finally:
        if os.getpid() == parent:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    os.close(write_end)
    status: int | None = None
    try:
        body, status = _collect(read_end, pid, start_resident)
    finally:
        os.close(read_end)
        if status is None or status in (_TIMED_OUT, _TOO_MUCH):  # not reaped yet
            _end(pid)
    if body is not None:
        ok, value = pickle.loads(body)
        if ok:
            return value  # type: ignore[no-any-return]
        if isinstance(value, DocumentError):
            raise value
        raise ReaderFailed(str(value))
    raise DocumentError(_why(status))


class ReaderFailed(RuntimeError):
    """A fault in spukdos's own reader, in the child: an internal error (exit 2), its
    traceback (the child's) in the message for ``--debug``."""


def _collect(fd: int, pid: int, resident: int) -> tuple[bytes | None, int | None]:
    """The child's whole answer (None if it ended without one) and, once it ended, its
    exit status; at most :data:`WALL_SECONDS`."""
    deadline = time.monotonic() + WALL_SECONDS
    buffer = bytearray()
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            return None, _TIMED_OUT
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if chunk and len(buffer) + len(chunk) > MAX_ANSWER:  # more than any document gives
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            return None, _TOO_MUCH
        if chunk:
            buffer += chunk
            continue
        status = _reap_measured(pid, resident)  # the pipe's end: the child ended
        if len(buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(buffer)
            if len(buffer) == _HEADER.size + size:
                return bytes(buffer[_HEADER.size :]), status
        return None, status


def _reap_measured(pid: int, resident: int) -> int | None:
    """As :func:`spukdos_cli.children.reap`, with a child killed by a signal after it grew
    by half the memory limit beyond the ``resident`` bytes it was forked with counted as
    out of memory (an allocation beyond the limit aborts a C library): status
    :data:`_OUT_OF_MEMORY`."""
    deadline = time.monotonic() + REAP_WAIT
    pause = 0.0001  # the child closed its pipe as it ended: it is gone in a moment
    while True:
        try:
            done, status, usage = os.wait4(pid, os.WNOHANG)
        except ChildProcessError:
            return None
        if done:
            grown = usage.ru_maxrss * 1024 - resident >= MEMORY_LIMIT // 2
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) != signal.SIGXCPU and grown:
                return _OUT_OF_MEMORY << 8  # as if it had exited with that code
            return status
        if time.monotonic() >= deadline:
            return None
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _end(pid: int) -> None:
    """The child is gone when this returns (killed if it was still there)."""
    if reap(pid, time.monotonic()) is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        reap(pid, time.monotonic() + REAP_WAIT)


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


def _child(  # pragma: no cover - runs in the child
    work: Callable[[], object],
    fd: int,
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
        try:
            answer: tuple[bool, object] = (True, work())
        except DocumentError as err:
            answer = (False, err)
        except MemoryError:
            raise
        except Exception:  # a fault of the reader itself: reported as such, not as the file's
            answer = (False, traceback.format_exc())
        body = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(_HEADER.pack(len(body)) + body)
        while view:
            view = view[os.write(fd, view) :]
        code = 0
    except MemoryError:
        code = _OUT_OF_MEMORY
    except BaseException:  # a child must never return into the code of its parent
        code = 70
    finally:
        os._exit(code)


def _limit(start_size: int) -> None:  # pragma: no cover - runs in the child
    import resource  # POSIX only, as fork is

    cpu = resource.getrusage(resource.RUSAGE_SELF)
    used = int(cpu.ru_utime + cpu.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (used + CPU_SECONDS, used + CPU_SECONDS + 2))
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
