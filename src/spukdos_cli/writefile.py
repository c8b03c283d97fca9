"""Writing an output file safely: never over an existing file unless asked, and atomically.

The text goes to a temporary file in the target's folder first and is then moved into
place in one step (``os.replace``), so a crash or a full disk never leaves half a file.
Without ``force`` the move is a hard link, which fails when the target exists, so not
even a file created in the meantime is overwritten.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path


class TargetExists(Exception):
    """The target file exists and ``force`` was not given."""


class OutputIsInput(Exception):
    """The target is one of the files being read: spukdos never writes over its input."""


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class NotAFile(TargetExists):
    """The target exists and is not a regular file (a device, a named pipe, a socket, or
    a link to one): spukdos never replaces such a thing, not even with ``force``. A kind
    of :class:`TargetExists`, so every caller that handles that handles this."""


def same_file(a: Path, b: Path | int) -> bool:
    """True when ``a`` and ``b`` name one file (links and ``./`` spellings included);
    ``b`` may be an open file descriptor (standard input read from a file)."""
    try:
        if isinstance(b, int):
            return os.path.samestat(os.stat(a), os.fstat(b))
        return os.path.samefile(a, b)
    except OSError:
        return not isinstance(b, int) and os.path.realpath(a) == os.path.realpath(b)


def _not_a_file(path: Path) -> bool:
    """True when ``path`` (followed through links) exists and is neither a regular file
    nor a folder."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # missing, a dangling link, a NUL in the name
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_target(path: Path, *, force: bool, inputs: Iterable[Path | int] = ()) -> None:
    """The one check of an output file, before any work: it is not one of ``inputs``
    (:class:`OutputIsInput`; an ``int`` is an open descriptor, such as standard input),
    is not a device, pipe or socket (:class:`NotAFile`), does not exist unless ``force``
    (:class:`TargetExists`), is not a folder and lies in a folder that exists
    (``OSError``)."""
    if any(same_file(path, item) for item in inputs):
        raise OutputIsInput(str(path))
    if _not_a_file(path):
        raise NotAFile(str(path))
    if not force and (path.exists() or path.is_symlink()):
        raise TargetExists(str(path))
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, os.strerror(2), str(folder))


@contextlib.contextmanager
def atomic_output(path: Path, *, force: bool = False) -> Iterator[Path]:
    """A temporary path next to ``path``, moved onto ``path`` when the block succeeds and
    removed when it fails.

    Without ``force`` an existing target is never replaced, not even one created while
    the block ran (the move is then a hard link, which fails on an existing name). With
    ``force`` an existing file keeps its permissions.
    """
    check_target(path, force=force)
    mode = path.stat().st_mode & 0o7777 if force and path.is_file() else _default_mode()
    folder = path.parent if str(path.parent) else Path(".")
    with _signals_held():  # a signal now could leave the file without anyone to remove it
        import tempfile  # only when writing a file (random and friends cost every run)

        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        temp = Path(temp_name)
        _PENDING.add(temp)
    os.close(handle)
    try:
        yield temp
        os.chmod(temp, mode)
        if force:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)  # fails if the target appeared in the meantime
        except FileExistsError:
            raise TargetExists(str(path)) from None
        except OSError:  # a file system without hard links
            if path.exists():
                raise TargetExists(str(path)) from None
            os.replace(temp, path)
    finally:
        with _signals_held(), contextlib.suppress(FileNotFoundError):
            _PENDING.discard(temp)
            temp.unlink()


_PENDING: set[Path] = set()
"""Temporary files of :func:`atomic_output` not yet moved into place or removed."""

_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block is done (where the platform can)."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # pragma: no cover - not on Linux or macOS
        yield
        return
    before = mask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, before)


def discard_pending() -> None:
    """Remove every temporary output file still there: the run was ended by a signal,
    whatever it was doing at that moment (called by the process boundary)."""
    with _signals_held():
        for temp in list(_PENDING):
            with contextlib.suppress(OSError):
                temp.unlink()
            _PENDING.discard(temp)


def write_text_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically.

    Raises :class:`TargetExists` when ``path`` exists and ``force`` is false, and
    ``OSError`` when the folder cannot be written.
    """
    with (
        atomic_output(path, force=force) as temp,
        open(temp, "w", encoding="utf-8", newline="\n") as out,
    ):
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
