"""The committed corpus: ``tests/data/corpus.tar.xz``, read back for tests.

``scripts/make_corpus.py`` writes it (see there how to regenerate it). Inside, under
``corpus/``:

- ``manifest.json``: per form its application, variation, files (name and sha256) and
  truth file; the tool versions the renderings were made with;
- ``<form id>/truth.json``: the ground truth (Decimals as strings, dates ISO);
- ``<form id>/<file>`` for each rendering of :data:`RENDERINGS`.

:func:`renderings` extracts the archive into a temporary folder and yields every
rendering with its form id and truth; the folder is removed when the iteration ends.
"""

from __future__ import annotations

import json
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[3]
ARCHIVE = ROOT / "tests" / "data" / "corpus.tar.xz"
TOP = "corpus"
MANIFEST = f"{TOP}/manifest.json"

RENDERINGS: dict[str, str] = {
    "docx": "form.docx",
    "pdf-a4": "form-a4.pdf",
    "pdf-letter": "form-letter.pdf",
    "pdftotext-a4": "pdftotext-a4.txt",
    "pdftotext-layout-a4": "pdftotext-layout-a4.txt",
    "libreoffice-txt": "libreoffice.txt",
}
"""Rendering name -> its file in the form's folder:

- ``docx``: the Word document (A4) as python-docx wrote it;
- ``pdf-a4``, ``pdf-letter``: printed to PDF by LibreOffice (``soffice --convert-to pdf``),
  from the same form on A4 and on Letter paper;
- ``pdftotext-a4``, ``pdftotext-layout-a4``: poppler's ``pdftotext`` of the A4 PDF, plain
  and with ``-layout``;
- ``libreoffice-txt``: LibreOffice's text export of the DOCX
  (``--convert-to "txt:Text (encoded):UTF8"``).
"""

DECIMAL_KEYS = frozenset(
    {
        "bedrag",
        "dagen",
        "inwoners",
        "kosten_per_dag",
        "totaal",
        "uitkering",
        "aantal",
        "initiele_kosten",
        "uitvoeringskosten",
        "totaal_kosten",
        "overige_besparingen",
        "totaal_baten",
        "saldo",
    }
)
"""Keys whose values are Decimals in a truth (written as strings in JSON)."""
DATE_KEYS = frozenset({"startdatum", "einddatum", "datum"})


class Rendering(NamedTuple):
    form_id: str
    name: str
    """One of :data:`RENDERINGS`."""
    path: Path
    truth: dict[str, Any]


def truth_to_json(value: Any) -> Any:
    """A truth as JSON data: Decimals as strings (``"12500.00"``), dates ISO."""
    if isinstance(value, dict):
        return {key: truth_to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [truth_to_json(item) for item in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def truth_from_json(value: Any, key: str = "") -> Any:
    """The inverse of :func:`truth_to_json`, by the keys of the file format."""
    if isinstance(value, dict):
        return {k: truth_from_json(item, k) for k, item in value.items()}
    if isinstance(value, list):
        return [truth_from_json(item, key) for item in value]
    if isinstance(value, str) and key in DECIMAL_KEYS:
        return Decimal(value)
    if isinstance(value, str) and key in DATE_KEYS:
        return date.fromisoformat(value)
    return value


def read_members(
    path: Path = ARCHIVE, wanted: Callable[[str], bool] | None = None
) -> dict[str, bytes]:
    """The archive's files (or those ``wanted`` by name) by name, read in one pass (an xz
    stream cannot seek back without decompressing it again from the start)."""
    found: dict[str, bytes] = {}
    with tarfile.open(path, "r:xz") as archive:
        for member in archive:
            if member.isfile() and (wanted is None or wanted(member.name)):
                handle = archive.extractfile(member)
                if handle is not None:
                    found[member.name] = handle.read()
    return found


def read_manifest(path: Path = ARCHIVE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_members(path, MANIFEST.__eq__)[MANIFEST])
    return data


def read_truths(path: Path = ARCHIVE) -> dict[str, dict[str, Any]]:
    """Every form's truth, by form id, without extracting the renderings."""
    files = read_members(path, lambda name: name == MANIFEST or name.endswith("/truth.json"))
    manifest = json.loads(files[MANIFEST])
    return {
        form_id: truth_from_json(json.loads(files[f"{TOP}/{entry['truth']}"]))
        for form_id, entry in manifest["forms"].items()
    }


def extract(destination: Path, path: Path = ARCHIVE) -> dict[str, Any]:
    """Extract the archive into ``destination`` (regular files only, each inside it);
    returns the manifest."""
    with tarfile.open(path, "r:xz") as archive:
        members = archive.getmembers()
        for member in members:
            name = PurePosixPath(member.name)
            if name.is_absolute() or ".." in name.parts or not (member.isfile() or member.isdir()):
                raise ValueError(f"unexpected member in {path.name}: {member.name}")
        safe: dict[str, Any] = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        archive.extractall(destination, members=members, **safe)
    manifest: dict[str, Any] = json.loads((destination / MANIFEST).read_text(encoding="utf-8"))
    return manifest


def renderings(names: Iterable[str] | None = None, path: Path = ARCHIVE) -> Iterator[Rendering]:
    """Every rendering in the archive (or those named), in the manifest's order, each with
    its form id and truth. The files exist while the iteration runs."""
    wanted = set(RENDERINGS if names is None else names)
    unknown = wanted - set(RENDERINGS)
    if unknown:
        raise KeyError(f"no rendering {sorted(unknown)}; known: {sorted(RENDERINGS)}")
    with tempfile.TemporaryDirectory(prefix="spukdos-corpus-") as folder:
        manifest = extract(Path(folder), path)
        base = Path(folder) / TOP
        for form_id, entry in manifest["forms"].items():
            truth = truth_from_json(json.loads((base / entry["truth"]).read_text(encoding="utf-8")))
            for name, file in entry["files"].items():
                if name in wanted:
                    yield Rendering(form_id, name, base / file["path"], truth)
