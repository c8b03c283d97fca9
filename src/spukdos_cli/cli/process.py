"""The edges of the process: standard streams that never crash a run, and the signals that
end one cleanly.

:func:`prepare` is called once by :func:`spukdos_cli.cli.entry.entry`, before anything is
written:

* a standard stream that is closed (``>&-``, ``2>&-``) becomes one that discards what is
  written, so a run still exits as its findings say;
* a stream whose encoding cannot hold a character (``PYTHONIOENCODING=ascii``, latin-1, a
  C locale) writes it as an escape, ``\\u20ac``, which is also valid inside JSON strings;
* a closed pipe (``spukdos check | head -1``) is not an error: what follows is discarded
  and the run keeps its real exit code; any other failure to write standard output (a
  full disk, ``> /dev/full``) raises :class:`OutputFailed`, which the command line reports
  as "cannot write standard output" (exit 2);
* SIGTERM and SIGHUP raise :class:`Terminated`, which unwinds like Ctrl-C (every
  half-written output file is removed on the way) and ends with 128 + the signal's number
  (143, 129), the shell's convention.

:func:`settle` is called once the command has finished: from then on Ctrl-C, SIGTERM and
SIGHUP end the process at once with the command's own exit code, since its work is done
(its files are complete) and only the last of the output may still be on its way.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import signal
import sys
from typing import Any, TextIO

ESCAPE_ERRORS = "spukdos-escape"
"""The codec error handler of the standard streams: ``\\uXXXX`` for what cannot be encoded
(a surrogate pair above U+FFFF), the escape JSON itself uses."""


def _escape_unencodable(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), error.end


codecs.register_error(ESCAPE_ERRORS, _escape_unencodable)


class OutputFailed(Exception):
    """Standard output cannot be written (not a closed pipe): the reason, ready to show."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived; unwinds like KeyboardInterrupt (not an ``Exception``, so
    no ``except Exception`` swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class GuardedStream:
    """A text stream that survives its reader going away.

    A closed pipe (EPIPE) points the descriptor at the null device, so that whatever is
    still buffered or written later goes nowhere and the run ends with its real exit
    code. Any other error raises :class:`OutputFailed` for standard output (``fatal``) and
    is dropped for standard error, where it could not be reported anyway.
    """

    def __init__(self, stream: TextIO, *, fatal: bool) -> None:
        self._stream = stream
        self._fatal = fatal
        self.broken = False

    def _discard(self) -> None:
        self.broken = True
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, self._stream.fileno())
            finally:
                os.close(null)
        except (OSError, ValueError, AttributeError):
            pass

    def _failed(self, err: OSError) -> None:
        if isinstance(err, BrokenPipeError) or not self._fatal:
            self._discard()
            return
        self._discard()
        raise OutputFailed(err.strerror or type(err).__name__) from None

    def write(self, text: str) -> int:
        if self.broken:
            return len(text)
        try:
            return self._stream.write(text)
        except OSError as err:
            self._failed(err)
            return len(text)

    def flush(self) -> None:
        if self.broken:
            return
        try:
            self._stream.flush()
        except OSError as err:
            self._failed(err)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _usable(stream: TextIO | None) -> TextIO:
    """``stream``, or a stream to the null device when it is closed (``>&-``)."""
    if stream is None:
        return open(os.devnull, "w", encoding="utf-8")
    try:
        stream.fileno()
    except (OSError, ValueError):
        return open(os.devnull, "w", encoding="utf-8")
    except AttributeError:  # not a real stream (a test's): leave it alone
        return stream
    return stream


def _escaping(stream: TextIO) -> TextIO:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(OSError, ValueError):
            reconfigure(errors=ESCAPE_ERRORS)
    return stream


def _stop_signals_ignored() -> None:
    """A second signal must not cut the cleanup short (the cleanup is bounded)."""
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(number) in (_terminate, _interrupt, signal.default_int_handler):
            signal.signal(number, signal.SIG_IGN)


def _terminate(signum: int, frame: object) -> None:
    _stop_signals_ignored()
    raise Terminated(signum)


def _interrupt(signum: int, frame: object) -> None:
    _stop_signals_ignored()
    raise KeyboardInterrupt


AGAIN_AFTER = 0.005
"""Seconds after which a stop that Python swallowed is raised again (:func:`_swallowed`)."""
_pending: list[BaseException] = []


def _swallowed(unraisable: Any) -> None:
    """``sys.unraisablehook``: a stop signal's exception raised where Python ignores
    exceptions (a weakref callback, a ``__del__``, a garbage-collector callback: a SIGTERM
    at start-up landed in an import lock's callback) would be printed as "Exception ignored"
    and lost, and the run would go on and exit 0, since the signals after the first are
    ignored. It is raised again a moment later instead, from a timer's signal, by which time
    that code has returned (if it lands in such code again, it comes back here)."""
    stop = unraisable.exc_value
    if not isinstance(stop, Terminated | KeyboardInterrupt):
        _previous_hook(unraisable)
        return
    _pending[:] = [stop]
    try:
        signal.signal(signal.SIGALRM, _again)
    except ValueError:  # not the main thread: a stop signal's exception is never raised there
        _previous_hook(unraisable)
        return
    signal.setitimer(signal.ITIMER_REAL, AGAIN_AFTER)


def _again(signum: int, frame: object) -> None:
    if _pending:
        stop = _pending.pop()
        raise Terminated(stop.signum) if isinstance(stop, Terminated) else KeyboardInterrupt


_previous_hook = sys.unraisablehook


def prepare() -> None:
    """Make the standard streams safe and let SIGTERM, SIGHUP and Ctrl-C end the run
    cleanly: the first of them unwinds, the ones after it are ignored until the end (a
    stop swallowed by code whose exceptions Python ignores is raised again)."""
    sys.unraisablehook = _swallowed
    sys.stdout = GuardedStream(_escaping(_usable(sys.stdout)), fatal=True)
    sys.stderr = GuardedStream(_escaping(_usable(sys.stderr)), fatal=False)
    for number in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(number) == signal.SIG_DFL:  # an inherited "ignore" stays
            signal.signal(number, _terminate)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _interrupt)


def settle(code: int) -> None:
    """The command has finished with ``code``: a signal from now on ends the process with
    that code at once, instead of a traceback or a death by the signal during the exit."""

    def done(signum: int, frame: object) -> None:
        os._exit(code)

    signal.setitimer(signal.ITIMER_REAL, 0)  # a swallowed stop not yet raised again:
    _pending.clear()  # it came as late as a signal now would, and keeps the code too

    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(number) != signal.SIG_IGN:  # an inherited "ignore" stays
            signal.signal(number, done)
