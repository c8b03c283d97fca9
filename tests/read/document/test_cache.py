"""The cache of imported documents (``read/document/cache.py``): what it gives back is what
the reader gives, a damaged or foreign entry is read again, and a cache that cannot be
written changes nothing but the speed."""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.read.document import cache, load
from spukdos_cli.read.document.load import _imported, kind_of, load_document_bytes
from spukdos_cli.read.document.result import Imported
from tests.support.corpus.archive import renderings
from tests.support.formdocs import build_docx

SOME_FORMS = ("app1-base", "app4-cells-merged", "app9-labels-people-b")


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "cache"
    cache.enable({"SPUKDOS_CACHE_DIR": str(where)})
    yield where
    cache.disable()


_WORD: list[bytes] = []


def make_docx() -> bytes:
    """The hand-made filled-in form as a Word document (built once)."""
    if not _WORD:
        import tempfile

        with tempfile.TemporaryDirectory() as name:
            _WORD.append(build_docx(Path(name) / "form.docx").read_bytes())
    return _WORD[0]


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json.z"))


@pytest.fixture(scope="module")
def imports() -> list[Imported]:
    """Real imports of corpus forms, as Word, PDF and both kinds of text."""
    found = []
    for rendering in renderings(("docx", "pdf-a4", "pdftotext-layout-a4", "libreoffice-txt")):
        if rendering.form_id in SOME_FORMS:
            raw = rendering.path.read_bytes()
            found.append(_imported(raw, kind_of(str(rendering.path), raw)))
    return found


def test_an_entry_gives_back_exactly_the_import(imports: list[Imported]) -> None:
    assert len(imports) == 12
    for imported in imports:
        assert imported.origins and imported.data["kosten"]
        stored = json.loads(json.dumps(cache.encode(imported)))
        assert cache.decode(stored) == imported


def test_values_of_every_kind_the_data_can_hold_survive() -> None:
    imported = Imported("txt")
    imported.data = {
        "a": Decimal("78525.00"),
        "b": [True, None, 3, "€ 1.250,-"],
        "c": {"decimal": "not a tag: a key of a mapping"},
    }
    back = cache.decode(json.loads(json.dumps(cache.encode(imported))))
    assert back.data == imported.data
    assert isinstance(back.data["a"], Decimal) and back.data["a"] == Decimal("78525.00")


def test_a_second_read_comes_from_the_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = make_docx()
    first = load_document_bytes(raw, "aanvraag.docx")
    assert len(_entries(folder)) == 1

    def no_reading(raw: bytes, kind: str) -> Imported:
        raise AssertionError("read again")

    monkeypatch.setattr(load, "import_bytes", no_reading)
    second = load_document_bytes(raw, "aanvraag.docx")
    assert second.case == first.case and second.case is not None
    assert second.findings == first.findings
    assert second.source_map.values == first.source_map.values


@pytest.mark.parametrize(
    "damage",
    [
        lambda packed: packed[: len(packed) // 2],  # cut off
        lambda packed: b"not zlib at all",
        lambda packed: zlib.compress(b'{"sha256": "x"}'),  # of other bytes
        lambda packed: zlib.compress(b"[1, 2, 3]"),  # not an entry
        lambda packed: zlib.compress(
            json.dumps({**json.loads(zlib.decompress(packed)), "import": {"kind": 1}}).encode()
        ),  # of another shape
        lambda packed: zlib.compress(b" " * (cache.MAX_ENTRY_BYTES + 10)),  # a bomb
    ],
)
def test_a_damaged_entry_is_read_again_and_replaced(folder: Path, damage: object) -> None:
    raw = make_docx()
    first = load_document_bytes(raw, "aanvraag.docx")
    (entry,) = _entries(folder)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))  # type: ignore[operator]
    again = load_document_bytes(raw, "aanvraag.docx")
    assert again.case == first.case and again.findings == first.findings
    assert zlib.decompress(entry.read_bytes()) == zlib.decompress(good)


def test_a_named_pipe_where_an_entry_belongs_is_no_entry(folder: Path) -> None:
    raw = make_docx()
    first = load_document_bytes(raw, "aanvraag.docx")
    (entry,) = _entries(folder)
    entry.unlink()
    os.mkfifo(entry)  # nobody writes to it: reading it would wait for ever
    again = load_document_bytes(raw, "aanvraag.docx")  # the watchdog: pytest's timeout
    assert again.case == first.case
    assert entry.is_file() and not entry.is_fifo()  # the entry written anew in its place


def test_another_reader_never_reads_this_readers_entries(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = make_docx()
    load_document_bytes(raw, "aanvraag.docx")
    (old,) = _entries(folder)
    monkeypatch.setattr(cache, "_fingerprint", ["another-reader"])
    assert cache.get(old.name.split("-")[0], "docx") is None
    load_document_bytes(raw, "aanvraag.docx")
    (new,) = _entries(folder)
    assert "reader-another-reader" in str(new)  # and the old reader's entries are gone


def test_the_same_bytes_as_another_kind_are_another_entry(folder: Path) -> None:
    text = b"Dit is geen ingevuld format.\n"
    load_document_bytes(text, "a.txt")
    assert cache.get("0" * 64, "txt") is None
    assert len(_entries(folder)) == 1  # D002: read, recognised as no form, kept
    digest = _entries(folder)[0].name.split("-")[0]
    assert cache.get(digest, "txt") is not None
    assert cache.get(digest, "pdf") is None


def test_an_unreadable_document_is_not_kept(folder: Path) -> None:
    loaded = load_document_bytes(b"%PDF-1.7 broken", "kapot.pdf")
    assert [f.code for f in loaded.findings] == ["D001"]
    assert _entries(folder) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    cache.enable({"SPUKDOS_CACHE_DIR": str(locked / "cache")})
    try:
        loaded = load_document_bytes(make_docx(), "aanvraag.docx")
    finally:
        cache.disable()
        locked.chmod(0o700)
    assert loaded.case is not None
    assert list(locked.iterdir()) == []


def test_a_cache_folder_that_is_a_file_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    cache.enable({"SPUKDOS_CACHE_DIR": str(blocker)})
    try:
        loaded = load_document_bytes(make_docx(), "aanvraag.docx")
    finally:
        cache.disable()
    assert loaded.case is not None
    assert blocker.read_text() == "not a folder"


def test_where_the_cache_lives() -> None:
    assert cache._root({"SPUKDOS_CACHE_DIR": "/c", "HOME": "/h"}) == Path("/c")
    assert cache._root({"XDG_CACHE_HOME": "/x", "HOME": "/h"}) == Path("/x/spukdos")
    assert cache._root({"HOME": "/h"}) == Path("/h/.cache/spukdos")
    assert cache._root({"HOME": "/h", "SPUKDOS_NO_CACHE": "1"}) is None
    assert cache._root({"HOME": "/h", "SPUKDOS_NO_CACHE": "0"}) == Path("/h/.cache/spukdos")
    assert cache._root({}) is None


def test_batch_over_documents_fills_the_cache_and_reads_from_it(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.docx").write_bytes(make_docx())
    (docs / "b.txt").write_bytes(b"Geen format.\n")
    where = tmp_path / "cache"
    runner = CliRunner()
    env = {"SPUKDOS_NO_CACHE": None, "SPUKDOS_CACHE_DIR": str(where), "NO_COLOR": "1"}
    table = [tmp_path / "eerste.csv", tmp_path / "tweede.csv"]
    try:
        first = runner.invoke(
            cli.app, ["batch", "-j", "1", str(docs), "-o", str(table[0])], env=env
        )
        assert len(_entries(where)) == 2
        stamps = [p.stat().st_mtime_ns for p in _entries(where)]
        second = runner.invoke(
            cli.app, ["batch", "-j", "2", str(docs), "-o", str(table[1])], env=env
        )
    finally:
        cache.disable()
    assert (first.exit_code, second.exit_code) == (1, 1)  # b.txt is no form: D002
    assert table[0].read_text() == table[1].read_text()
    assert [p.stat().st_mtime_ns for p in _entries(where)] == stamps  # read, not written
