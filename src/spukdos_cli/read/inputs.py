"""What ``spukdos check`` reads: files, folders walked for YAML, and standard input.

A folder is walked for ``*.yaml`` and ``*.yml`` (sorted; hidden files and folders such as
``.git`` or ``.pre-commit-config.yaml`` are skipped; symbolic links to folders are not
followed; a link to a file outside the folder, and a named pipe, device or socket, is not
read but reported as Y012). A file named on the command line is checked whatever its name
(``spukdos check <(command)`` reads a pipe). Each file counts once. ``-`` is standard
input, read with the same size limit as a file. Every problem (a missing file, a folder
that cannot be listed) becomes a finding, never an exception.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from spukdos_cli.findings import Finding, Severity, Term
from spukdos_cli.messages.labels import display_name
from spukdos_cli.positions import START, SourceMap
from spukdos_cli.read import loader
from spukdos_cli.read.document.kinds import DOCUMENT_SUFFIXES
from spukdos_cli.read.loaded import Loaded
from spukdos_cli.read.loader import MAX_FILE_BYTES

YAML_SUFFIXES = (".yaml", ".yml")
STDIN = "-"
STDIN_NAME = "<stdin>"
"""The name of standard input in findings when ``--stdin-filename`` is not given."""


@dataclass(frozen=True)
class Input:
    """One thing to check: a path, standard input, or a folder that could not be listed."""

    name: str
    """The name findings show: the path as given (or found in a folder), or the stdin name,
    with bytes that are not UTF-8 as escapes (:func:`~spukdos_cli.messages.labels.
    display_name`); ``path`` keeps the real name."""
    path: Path | None
    """The file to read; None for standard input and for an unlistable folder."""
    problem: Finding | None = None
    """Set when the input cannot be read at all (a folder that cannot be listed)."""


def _unlistable(name: str, err: OSError) -> Input:
    reason = Term("no_permission" if isinstance(err, PermissionError) else "os_error")
    problem = Finding("Y001", Severity.ERROR, (), START, {"reason": reason})
    return Input(display_name(name), None, problem)


def skipped_finding(reason: str) -> Finding:
    """Finding Y012: a file found in a folder that is not read (``reason``: a term key)."""
    return Finding("Y012", Severity.ERROR, (), START, {"reason": Term(reason)})


def _not_to_read(path: str, root: str) -> str | None:
    """Why a file found below the folder ``root`` (its real path) is not read, or None:
    a link that leads out of the folder (``link_outside``: it could show any file on the
    machine, such as a credentials file, in a CI log) or something that is not a regular
    file (``not_regular``: a named pipe could block the run, a device never end)."""
    if os.path.islink(path):
        target = os.path.realpath(path)
        if os.path.commonpath([root, target]) != root:
            return "link_outside"
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # loading it says why it cannot be read (Y001)
    return None if stat.S_ISREG(mode) else "not_regular"


def iter_yaml_files(
    folder: Path,
    failed: list[OSError],
    skipped: list[tuple[str, str]] | None = None,
    suffixes: tuple[str, ...] = YAML_SUFFIXES,
) -> Iterator[str]:
    """Every ``*.yaml``/``*.yml`` (or other ``suffixes``) below ``folder``, sorted, hidden
    files and folders skipped, links to folders not followed; folders that cannot be
    listed go to ``failed``. Links that lead out of ``folder`` and files that are not
    regular files (named pipes, devices, sockets) are not yielded: they go to ``skipped``
    with the reason."""
    root = os.path.realpath(folder)
    for here, dirs, files in os.walk(folder, onerror=failed.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(suffixes):
                path = os.path.join(here, name)
                reason = _not_to_read(path, root)
                if reason is None:
                    yield path
                elif skipped is not None:
                    skipped.append((path, reason))


def is_document(name: str) -> bool:
    """True for a .docx, .pdf or .txt: read as a filled-in form, not as YAML."""
    return name.lower().endswith(DOCUMENT_SUFFIXES)


def load_file(path: Path) -> Loaded:
    """Load one file: a YAML file, or a filled-in form (imported in memory)."""
    if is_document(str(path)):
        from spukdos_cli.read.document.load import load_document

        return load_document(path)
    return loader.load_path(path)


def collect(paths: Iterable[str], stdin_name: str | None = None) -> list[Input]:
    """The inputs named by ``paths``, folders expanded, each file once, in order given.

    A path that does not exist is kept: loading it gives finding Y001.
    """
    found: list[Input] = []
    seen: set[str] = set()

    def add(item: Input) -> None:
        # standard input and unlistable folders never coincide with a file of the same name;
        # a folder reached twice (``locked`` and ``./locked``) is one problem
        if item.path is not None:
            key = os.path.normpath(item.path)
        elif item.problem is not None:
            key = "\1" + os.path.normpath(item.name)
        else:
            key = "\0" + item.name
        if key not in seen:
            seen.add(key)
            found.append(item)

    for given in paths:
        if given == STDIN:
            add(Input(display_name(stdin_name or STDIN_NAME), None))
            continue
        path = Path(given)
        if not path.is_dir():
            add(Input(display_name(given), path))
            continue
        failed: list[OSError] = []
        skipped: list[tuple[str, str]] = []
        for file in iter_yaml_files(path, failed, skipped):
            add(Input(display_name(file), Path(file)))
        for file, reason in skipped:
            add(Input(display_name(file), None, skipped_finding(reason)))
        for err in failed:
            add(_unlistable(str(err.filename or given), err))
    return found


def read_stream(stream: BinaryIO) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes of ``stream`` (more is a Y009 finding)."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_FILE_BYTES:
        chunk = stream.read(MAX_FILE_BYTES + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def load_input(item: Input, stdin: Callable[[], bytes]) -> Loaded:
    """Load one input; ``stdin`` reads standard input (called at most once per run)."""
    if item.problem is not None:
        return Loaded(None, SourceMap(), (item.problem,))
    if item.path is None:
        return loader.load_bytes(stdin())
    if is_document(str(item.path)):
        return load_file(item.path)
    return loader.load_path(item.path)  # looked up when called: tests can replace it


def collect_paths(
    paths: Iterable[Path], skipped: dict[str, str] | None = None, *, documents: bool = False
) -> list[str]:
    """The files to check, by the rules of ``spukdos check`` (:func:`spukdos_cli.read.inputs.
    collect`): each file as given, and every ``*.yaml``/``*.yml`` below each folder
    (sorted; hidden files and folders skipped; links to folders not followed). A path that
    does not exist, and a folder that cannot be listed, is kept: it becomes a row with its
    error (Y001). Each file counts once. Names are plain normalised strings, the cheapest
    form to hold for many files. A file found in a folder that is not to be read (a link
    out of the folder, a named pipe) is listed too, with its reason in ``skipped``. With
    ``documents`` a folder also gives its filled-in forms (``*.docx``, ``*.pdf``,
    ``*.txt``), for ``spukdos batch``."""
    found: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        if name not in seen:
            seen.add(name)
            found.append(name)

    for path in paths:
        if not path.is_dir():
            add(os.path.normpath(path))
            continue
        failed: list[OSError] = []
        passed_over: list[tuple[str, str]] = []
        suffixes = YAML_SUFFIXES + DOCUMENT_SUFFIXES if documents else YAML_SUFFIXES
        for file in iter_yaml_files(path, failed, passed_over, suffixes):
            add(os.path.normpath(file))
        for file, reason in passed_over:
            name = os.path.normpath(file)
            add(name)
            if skipped is not None:
                skipped[name] = reason
        for err in failed:  # loading the folder itself reports why it cannot be read
            add(os.path.normpath(err.filename or path))
    return found
