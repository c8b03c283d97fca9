"""A cache of imported documents, so that ``batch`` (and ``check``) over documents read
before costs about what the same applications as YAML cost.

Reading a PDF or Word form is pure: the same bytes, read by the same reader, give the
same data. So an import is kept under the SHA-256 of the document's bytes and its kind,
in a folder named after the reader (a fingerprint of spukdos's own source, the form's
editions and the versions of PDFium, python-docx and rapidfuzz): a changed reader never
sees another reader's entries. Only successful imports are kept; a document that could
not be read (or ran out of time) is read again next time.

The entries are JSON (never pickle: a cache file is data, not code), compressed, written
atomically (a temporary file renamed into place, so two processes writing the same entry
never leave half of one), read with a limit on their size, and checked as they are
decoded: an entry that is damaged, too large or of another shape is a miss, read again
and written anew. A cache that cannot be written (read-only, full disk, no home folder)
is simply not used. Nothing here ever raises to the caller.

Where: ``$SPUKDOS_CACHE_DIR``, else ``$XDG_CACHE_HOME/spukdos``, else ``~/.cache/spukdos``;
``SPUKDOS_NO_CACHE=1`` turns it off. The command line turns it on (:func:`enable`); a
program that calls the reader directly reads every document afresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import tempfile
import zlib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from spukdos_cli.positions import SourceRef
from spukdos_cli.read.document.lines import Line
from spukdos_cli.read.document.result import Imported, NotFound, Origin

MAX_ENTRY_BYTES = 8 * 1024 * 1024
"""An entry larger than this, compressed or not, is not read (an import of the largest
document the reader accepts is a few hundred KiB of JSON)."""
FORMAT = 1
"""The layout of an entry; part of the fingerprint."""

_state: dict[str, Path | None] = {"folder": None}


def enable(env: Mapping[str, str]) -> None:
    """Use the cache in this process (and the workers it forks), where ``env`` says."""
    _state["folder"] = _root(env)


def disable() -> None:
    _state["folder"] = None


def _root(env: Mapping[str, str]) -> Path | None:
    if env.get("SPUKDOS_NO_CACHE", "") not in ("", "0"):
        return None
    if env.get("SPUKDOS_CACHE_DIR"):
        return Path(env["SPUKDOS_CACHE_DIR"])
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]) / "spukdos"
    if env.get("HOME"):
        return Path(env["HOME"]) / ".cache" / "spukdos"
    return None


_fingerprint: list[str] = []


def fingerprint() -> str:
    """What the reader is: a hash of spukdos's source and data files, the entry format,
    and the versions of the libraries that read documents (computed once a process)."""
    if not _fingerprint:
        import spukdos_cli

        digest = hashlib.sha256(f"format {FORMAT}\n".encode())
        package = Path(spukdos_cli.__file__).parent
        for path in sorted(package.rglob("*")):
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(package)).encode() + b"\0")
                digest.update(path.read_bytes())
        for version in _library_versions():
            digest.update(version.encode() + b"\n")
        _fingerprint.append(digest.hexdigest()[:24])
    return _fingerprint[0]


_LIBRARIES = (("pypdfium2", "pypdfium2"), ("docx", "python_docx"), ("rapidfuzz", "rapidfuzz"))
"""The libraries that read documents: (module, distribution as its folder is named)."""


def _library_versions() -> list[str]:
    """The installed versions of :data:`_LIBRARIES`, from the names of their metadata
    folders beside them (``pypdfium2-5.15.2.dist-info``): a fraction of a millisecond,
    where ``importlib.metadata`` takes some 50 ms to search every installed package."""
    from importlib.util import find_spec

    found = []
    for module, dist in _LIBRARIES:
        with contextlib.suppress(ImportError, ValueError):
            spec = find_spec(module)
            if spec is not None and spec.origin:
                site = Path(spec.origin).parent.parent
                found += sorted(p.name for p in site.glob(f"{dist}-*.dist-info"))
                found.append(f"{module} {spec.origin}")
    return found


def _entry(folder: Path, sha256: str, kind: str) -> Path:
    return folder / f"reader-{fingerprint()}" / sha256[:2] / f"{sha256}-{kind}.json.z"


def get(sha256: str, kind: str) -> Imported | None:
    """The import kept for these bytes, or None (no cache, no entry, or a damaged one)."""
    folder = _state["folder"]
    if folder is None:
        return None
    try:
        path = _entry(folder, sha256, kind)
        # never waits: a named pipe or a device put where an entry belongs is no entry
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                return None
            with os.fdopen(handle, "rb", closefd=False) as stream:
                packed = stream.read(MAX_ENTRY_BYTES + 1)
        finally:
            os.close(handle)
        if len(packed) > MAX_ENTRY_BYTES:
            return None
        inflate = zlib.decompressobj()
        text = inflate.decompress(packed, MAX_ENTRY_BYTES)
        if inflate.unconsumed_tail or not inflate.eof:
            return None
        entry = json.loads(text)
        if entry.get("sha256") != sha256 or entry.get("kind") != kind:
            return None
        return decode(entry["import"])
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, zlib.error):
        return None
    except RecursionError:
        return None


def put(sha256: str, kind: str, imported: Imported) -> None:
    """Keep ``imported`` for these bytes; quietly nothing when it cannot be kept."""
    folder = _state["folder"]
    if folder is None:
        return
    try:
        entry = {"sha256": sha256, "kind": kind, "import": encode(imported)}
    except (TypeError, ValueError, RecursionError):  # a value of a type the cache does not keep
        return
    packed = zlib.compress(json.dumps(entry, ensure_ascii=False).encode(), 1)
    if len(packed) > MAX_ENTRY_BYTES:
        return
    try:
        path = _entry(folder, sha256, kind)
        fresh = not path.parent.parent.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            _drop_other_readers(path.parent.parent)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(packed)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return


def _drop_other_readers(mine: Path) -> None:
    """Entries of other versions of the reader can never be read again: remove them
    when this version first writes, so the cache does not grow with every update."""
    for other in mine.parent.glob("reader-*"):
        if other != mine and other.is_dir() and not other.is_symlink():
            shutil.rmtree(other, ignore_errors=True)


# --- the JSON form of an import --------------------------------------------------------


def encode(imported: Imported) -> dict[str, Any]:
    return {
        "kind": imported.kind,
        "data": _value(imported.data),
        "origins": [
            [list(path), _ref(o.ref), o.seq, o.written, o.note, [list(p) for p in o.params]]
            for path, o in imported.origins.items()
        ],
        "not_found": [
            [list(n.path), n.reason, n.seen, None if n.ref is None else _ref(n.ref)]
            for n in imported.not_found
        ],
        "sections": {key: _line(line) for key, line in imported.sections.items()},
        "truncated": imported.truncated,
        "notes": [[key, params] for key, params in imported.notes],
        "unplaced": [_line(line) for line in imported.unplaced],
    }


def decode(raw: dict[str, Any]) -> Imported:
    """The import an entry holds; ValueError (or TypeError, KeyError) when it is not one."""
    imported = Imported(
        kind=_str(raw["kind"]),
        data=_data(raw["data"]),
        origins={
            _path(path): Origin(
                _unref(ref),
                _int(seq),
                _opt_str(written),
                _opt_str(note),
                tuple((_str(k), _str(v)) for k, v in params),
            )
            for path, ref, seq, written, note, params in raw["origins"]
        },
        not_found=[
            NotFound(
                _path(path), _str(reason), _opt_str(seen), None if ref is None else _unref(ref)
            )
            for path, reason, seen, ref in raw["not_found"]
        ],
        sections={_str(key): _unline(line) for key, line in raw["sections"].items()},
        truncated=_bool(raw["truncated"]),
        notes=[
            (_str(key), {_str(k): _str(v) for k, v in params.items()})
            for key, params in raw["notes"]
        ],
        unplaced=[_unline(line) for line in raw["unplaced"]],
    )
    if encode(imported) != raw:  # anything the decoding did not account for
        raise ValueError("not an import")
    return imported


def _value(value: Any) -> Any:
    """A value of the imported data as JSON: JSON's own types as they are, a mapping and
    a decimal or date tagged (every JSON object stands for one of those)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"date": value.isoformat()}
    if isinstance(value, list):
        return [_value(item) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise TypeError("key")
        return {"mapping": {key: _value(item) for key, item in value.items()}}
    raise TypeError(type(value).__name__)


def _data(raw: Any) -> dict[str, Any]:
    value = _unvalue(raw)
    if not isinstance(value, dict):
        raise TypeError("data")
    return value


def _unvalue(raw: Any) -> Any:
    if raw is None or isinstance(raw, bool | str | int):
        return raw
    if isinstance(raw, list):
        return [_unvalue(item) for item in raw]
    if isinstance(raw, dict) and len(raw) == 1:
        ((tag, inner),) = raw.items()
        if tag == "decimal":
            try:
                return Decimal(_str(inner))
            except InvalidOperation:
                raise ValueError("decimal") from None
        if tag == "date":
            return dt.date.fromisoformat(_str(inner))
        if tag == "mapping" and isinstance(inner, dict):
            return {key: _unvalue(item) for key, item in inner.items()}
    raise ValueError("value")


def _ref(ref: SourceRef) -> list[Any]:
    return [ref.page, ref.line, ref.unit, ref.table, ref.row, ref.col]


def _unref(raw: Any) -> SourceRef:
    page, line, unit, table, row, col = raw
    return SourceRef(
        _opt_int(page), _opt_int(line), _str(unit), _opt_int(table), _opt_int(row), _opt_int(col)
    )


def _line(line: Line) -> list[Any]:
    return [line.text, _ref(line.ref), line.seq, line.table]


def _unline(raw: Any) -> Line:
    text, ref, seq, table = raw
    return Line(_str(text), _unref(ref), _int(seq), _opt_int(table))


def _path(raw: Any) -> tuple[str | int, ...]:
    if not isinstance(raw, list):
        raise TypeError("path")
    return tuple(part if isinstance(part, str) else _int(part) for part in raw)


def _str(raw: Any) -> str:
    if not isinstance(raw, str):
        raise TypeError("str")
    return raw


def _opt_str(raw: Any) -> str | None:
    return None if raw is None else _str(raw)


def _int(raw: Any) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool):
        raise TypeError("int")
    return raw


def _opt_int(raw: Any) -> int | None:
    return None if raw is None else _int(raw)


def _bool(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise TypeError("bool")
    return raw
