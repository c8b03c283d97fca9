"""Reading a document from disk or standard input: bytes -> lines -> imported data, and
for ``check`` and ``batch`` on to a loaded case whose findings name where each value
stood in the document. Every problem is a :class:`DocumentError` or a finding, never a
traceback.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from pathlib import Path

from pydantic import ValidationError

from spukdos_cli.findings import Finding, Severity, Term
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import START, DataPath, Position, SourceMap
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.read.document.kinds import DOCUMENT_SUFFIXES, OLE_MAGIC
from spukdos_cli.read.document.lines import Document
from spukdos_cli.read.document.parse import read_document
from spukdos_cli.read.document.result import Imported
from spukdos_cli.read.loaded import Loaded

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
"""32 MiB: a filled-in format, even as a PDF with pictures, is a few MiB."""

SECTION_ANCHORS: dict[DataPath, str] = {
    ("experiment",): "start",
    ("partijen",): "contact",
    ("beschrijving",): "doelstelling",
    ("beschrijving", "werkwijze"): "werkwijze",
    ("beschrijving", "samenwerking"): "toegezegd",
    ("beschrijving", "borging"): "borging",
    ("beschrijving", "monitoring"): "monitoring",
    ("kosten",): "initieel",
    ("kosten", "initieel"): "initieel",
    ("kosten", "uitvoering"): "uitvoering",
    ("financiering",): "uitvoering",
    ("baten",): "baten",
    ("baten", "kwalitatief"): "kwalitatief",
    ("opgave",): "effect",
}
"""Where a section of the file begins in the form: findings about a section as a whole
(such as what is missing) point there."""


_OPENDOCUMENT = b"mimetypeapplication/vnd.oasis.opendocument"


def kind_of(name: str, raw: bytes) -> str:
    """``docx``, ``pdf`` or ``txt`` (the kinds spukdos reads), or ``doc`` or ``odt`` (the
    kinds it names, to say how to save them): by the content where it tells (a PDF header
    in the first KiB, as PDF readers accept it; a zip package; an OLE file), else by the
    name."""
    suffix = Path(name).suffix.lower()
    if b"%PDF-" in raw[:1024]:
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return "odt" if raw[30:80].startswith(_OPENDOCUMENT) else "docx"
    if raw.startswith(OLE_MAGIC):  # a .docx saved with a password is an OLE file too
        return "docx" if suffix in (".docx", ".docm") else "doc"
    if suffix in (".docx", ".docm"):
        return "docx"
    if suffix in (".pdf", ".doc", ".odt"):
        return suffix[1:]
    return "txt"


MAX_TEXT_BYTES = 4 * 1024 * 1024
"""Of a text document, at most as much is read as of a YAML file."""


def decode_text(raw: bytes, notes: list[tuple[str, dict[str, str]]] | None = None) -> str:
    """The text of a ``.txt`` document: UTF-8 (a BOM is allowed), UTF-16 with a BOM, else
    Windows-1252 as Windows saves text; at most :data:`MAX_TEXT_BYTES`, a longer text is
    cut at a line end (the rest is not read). Binary data is :class:`DocumentError`."""
    if len(raw) > MAX_TEXT_BYTES:
        raw = raw[:MAX_TEXT_BYTES]
        raw = raw[: raw.rfind(b"\n") + 1] or raw
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise DocumentError("doc_not_text")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError("doc_not_text") from None
    if b"\x00" in raw:
        raise DocumentError("doc_not_text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _line_by_line(raw, notes)


def _line_by_line(raw: bytes, notes: list[tuple[str, dict[str, str]]] | None) -> str:
    """Text that is not all UTF-8: each line read as UTF-8 where it is, else as
    Windows-1252 (as Windows saves text), so one pasted line in another encoding does not
    turn every other line, and each € in them, into garbage. When the two are mixed, a
    note says how many lines were not UTF-8 and where the first was."""
    lines = raw.split(b"\n")
    out: list[str] = []
    other: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                raise DocumentError("doc_not_text") from None
            other.append(number)
    utf8 = [ln for i, ln in enumerate(lines, start=1) if not ln.isascii() and i not in other]
    if other and utf8 and notes is not None:
        notes.append(("doc_note_mixed_encoding", {"count": str(len(other)), "line": str(other[0])}))
    return "\n".join(out)


def read_lines(raw: bytes, kind: str) -> Document:
    """The lines and tables of a document of ``kind``."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError("doc_too_large")
    if kind == "doc":
        raise DocumentError("doc_old_word")
    if kind == "odt":
        raise DocumentError("doc_opendocument")
    if kind == "docx":
        from spukdos_cli.read.document.docx_reader import read_docx

        return read_docx(raw)
    if kind == "pdf":
        from spukdos_cli.read.document.pdf_reader import read_pdf

        return read_pdf(raw)
    from spukdos_cli.read.document.text_reader import read_text

    notes: list[tuple[str, dict[str, str]]] = []
    doc = read_text(decode_text(raw, notes))
    doc.notes += notes
    return doc


def import_bytes(raw: bytes, kind: str) -> Imported:
    """A document's bytes -> the imported data (:class:`DocumentError` when unreadable),
    read in a child process with limits on memory and time (:mod:`.isolate`)."""
    from spukdos_cli.read.document.isolate import isolated

    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError("doc_too_large")
    _reader_loaded(kind)  # once in this process, not again in every child
    return isolated(_imported, raw, kind)


def _imported(raw: bytes, kind: str) -> Imported:
    """What the reader process does with a document (:mod:`.isolate`)."""
    return read_document(read_lines(raw, kind))


def _reader_loaded(kind: str) -> None:
    """Load the reader of ``kind`` in this process, so that a reader process forked later
    (every 64 documents in a batch) has it already. The form's own reading (the edition,
    the tolerant matcher) warms up in the reader on its first document and stays warm
    for the next ones."""
    if kind == "pdf":
        from spukdos_cli.read.document.pdf_reader import preload

        preload()
    elif kind == "docx":
        from spukdos_cli.read.document import docx_reader  # noqa: F401


def source_map(imp: Imported) -> SourceMap:
    """Positions for every imported value: the line of the extracted text, with the
    place in the document itself as the position's ``source``."""
    result = SourceMap()
    for path, origin in sorted(imp.origins.items(), key=lambda item: item[1].seq):
        position = Position(origin.seq, 1, origin.ref)
        result.values[path] = position
        for depth in range(1, len(path)):
            result.keys.setdefault(path[:depth], position)
    for path, key in SECTION_ANCHORS.items():
        line = imp.sections.get(key)
        if line is not None:
            result.keys[path] = Position(line.seq, 1, line.ref)
    return result


def _unreadable(err: DocumentError) -> Finding:
    params: dict[str, str | Term] = {"reason": Term(err.reason)}
    return Finding("D001", Severity.ERROR, (), START, dict(params))


def loaded_from_import(imp: Imported, sha256: str | None) -> Loaded:
    """The imported data as a loaded case: the model, findings for values that do not
    fit it, D002 when the document is not a filled-in format, D003 for each value that
    was there but could not be read."""
    if not imp.recognised:
        finding = Finding("D002", Severity.ERROR, (), START, {})
        return Loaded(None, SourceMap(), (finding,), sha256, source_kind=imp.kind)
    from spukdos_cli.read import loader

    smap = source_map(imp)
    loaded = loader.load_data(imp.data, smap)
    notes = [
        Finding(
            "D003",
            Severity.WARNING,
            item.path,
            Position(smap.locate(item.path).line, 1, item.ref)
            if item.ref
            else smap.locate(item.path),
            {"seen": item.seen or ""},
        )
        for item in imp.not_found
        if item.seen is not None and item.reason == "imp_why_unreadable"
    ]
    notes += [
        Finding(
            "D004",
            Severity.INFO,
            (),
            Position(line.seq, 1, line.ref),
            {"text": " ".join(line.text.split())[:120]},
        )
        for line in imp.unplaced
    ]
    notes += [
        Finding("D005", Severity.WARNING, (), START, {"notice": Term(key, dict(params))})
        for key, params in imp.notes
    ]
    return Loaded(
        loaded.case,
        smap,
        (*loaded.findings, *notes),
        sha256,
        partial=loaded.partial,
        source_kind=imp.kind,
    )


def case_of(imp: Imported) -> tuple[Businesscase | None, bool]:
    """The case of an imported document and whether any value did not fit the model (the
    quick way for ``spukdos import``: the findings of :func:`loaded_from_import` only when
    something does not fit)."""
    try:
        return Businesscase.model_validate(imp.data), False
    except ValidationError:
        loaded = loaded_from_import(imp, None)
        return loaded.case, any(f.severity is Severity.ERROR for f in loaded.findings)


def load_document_bytes(raw: bytes, name: str) -> Loaded:
    """Load a document for ``check`` and ``batch``: never raises for its content."""
    from spukdos_cli.read.document import cache

    digest = hashlib.sha256(raw).hexdigest()
    kind = kind_of(name, raw)
    imp = cache.get(digest, kind)
    if imp is None:
        try:
            imp = import_bytes(raw, kind)
        except DocumentError as err:
            return Loaded(None, SourceMap(), (_unreadable(err),), digest, source_kind=kind)
        cache.put(digest, kind, imp)
    return loaded_from_import(imp, digest)


def load_document(path: Path) -> Loaded:
    raw = read_limited(path)
    if isinstance(raw, Finding):
        return Loaded(None, SourceMap(), (raw,), source_kind=kind_of(str(path), b""))
    return load_document_bytes(raw, str(path))


def read_limited(path: Path) -> bytes | Finding:
    """At most MAX_DOCUMENT_BYTES + 1 bytes of ``path`` (Y001 when it cannot be read). Only
    a regular file is a document: it is opened without blocking and looked at first, so that
    a named pipe or a device called ``x.pdf`` is refused at once instead of waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return Finding("Y001", Severity.ERROR, (), START, {"reason": Term("not_regular")})
            os.set_blocking(fd, True)
            return handle.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        return Finding("Y001", Severity.ERROR, (), START, {"reason": Term("missing_file")})
    except IsADirectoryError:
        return Finding("Y001", Severity.ERROR, (), START, {"reason": Term("is_directory")})
    except PermissionError:
        return Finding("Y001", Severity.ERROR, (), START, {"reason": Term("no_permission")})
    except OSError as err:
        return Finding(
            "Y001",
            Severity.ERROR,
            (),
            START,
            {"reason": Term("os_error"), "detail": str(err.strerror)},
        )


def is_document(name: str) -> bool:
    return Path(name).suffix.lower() in DOCUMENT_SUFFIXES
