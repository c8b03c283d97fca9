"""Hostile and broken input (issue 7): the corpus in tests/hostile/ and the traps around it.

Every file in the corpus is answered with the findings its manifest lists (code and
position, checked by hand), through the loader and through the command line, in both
languages and both formats, never with a traceback. Text that tries to escape its place
(Rich markup, ANSI escapes, bidi overrides, workflow commands) is shown, never applied.
Huge files and the time and memory bounds are in test_bounds.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import threading
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from spukdos_cli.checks.pipeline import check_loaded
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.findings import Finding, Quantity, Term
from spukdos_cli.messages import catalogue as codes
from spukdos_cli.messages.formatting import MAX_LISTED, MAX_SHOWN_CHARS, clip_text, join_listed
from spukdos_cli.messages.labels import safe_text
from spukdos_cli.positions import Position
from spukdos_cli.read import loader, yamltree
from spukdos_cli.read.loader import MAX_FINDINGS, load_bytes, load_path, load_text, read_bytes
from spukdos_cli.report.json_report import dumps
from spukdos_cli.report.text import print_report

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
MANIFEST: dict[str, list[str]] = tomllib.loads((HOSTILE / "manifest.toml").read_text("utf-8"))[
    "expected"
]
CORPUS = sorted(MANIFEST)
HEAD = "spukdos: 1\n"
ESC = "\x1b"

runner = CliRunner()
ENV = {"COLUMNS": "250", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}  # wide: long paths


def _as_text(finding: Finding) -> str:
    return f"{finding.code}@{finding.position.line}:{finding.position.col}"


def _case_value(name: str, *path: str | int) -> Any:
    loaded = load_path(HOSTILE / name)
    assert loaded.findings == (), loaded.findings
    node: Any = loaded.case
    for part in path:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def _report(name: str, lang: str = "nl", **console: Any) -> str:
    result = check_loaded(load_path(HOSTILE / name), name)
    out = io.StringIO()
    print_report(Console(file=out, width=100, **console), [result], lang)
    return out.getvalue()


# =============================================================================================
# the corpus
# =============================================================================================
def test_manifest_and_corpus_agree() -> None:
    on_disk = {p.name for p in HOSTILE.iterdir() if p.suffix == ".yaml"}
    assert on_disk == set(MANIFEST)
    assert len(CORPUS) >= 40


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_file_gives_its_findings(name: str) -> None:
    loaded = load_path(HOSTILE / name)
    assert [_as_text(f) for f in loaded.findings] == MANIFEST[name]
    assert loaded.sha256 is not None  # every file was read
    for finding in loaded.findings:
        assert finding.code in codes.CODES
        for lang in ("nl", "en"):
            assert codes.render(finding, lang).strip()


def test_corpus_through_the_command_line_in_every_language_and_format() -> None:
    paths = [str(HOSTILE / name) for name in CORPUS]
    for lang in ("nl", "en"):
        text = runner.invoke(cli.app, ["check", "--lang", lang, *paths], env=ENV)
        assert text.exit_code == ExitCode.FINDINGS, text.output
        assert text.exception is None or isinstance(text.exception, SystemExit)
        assert "Traceback" not in text.output
        assert ESC not in text.output
        for name, expected in MANIFEST.items():
            for entry in expected:
                code, position = entry.split("@")
                assert f"{name}:{position}  {code}" in text.output, (name, entry)
        as_json = runner.invoke(cli.app, ["check", "-f", "json", "-l", lang, *paths], env=ENV)
        assert as_json.exit_code == ExitCode.FINDINGS
        document = json.loads(as_json.output)
        by_file = {Path(f["file"]).name: f for f in document["files"]}
        assert set(by_file) == set(MANIFEST)
        for name, expected in MANIFEST.items():
            found = [f"{f['code']}@{f['line']}:{f['col']}" for f in by_file[name]["findings"]]
            assert [f for f in found if f in expected] == expected, name


@pytest.mark.parametrize("name", CORPUS)
def test_each_corpus_file_alone_exits_one(name: str) -> None:
    # even the files that load cleanly are drafts: their sections are incomplete (C001)
    result = runner.invoke(cli.app, ["check", str(HOSTILE / name)], env=ENV)
    assert result.exit_code == ExitCode.FINDINGS
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", CORPUS)
def test_other_commands_that_read_a_file_survive_the_corpus(name: str) -> None:
    path = str(HOSTILE / name)
    expected = {
        # a figure traced from a hostile file: findings or the derivation
        ("trace", path, "opgave.saldo"): (ExitCode.OK, ExitCode.FINDINGS),
        # none of these is a price list: a configuration error, never a crash
        ("prices", "--file", path): (ExitCode.USAGE,),
        ("check", "--prices", path, path): (ExitCode.USAGE,),
    }
    for argv, codes_allowed in expected.items():
        result = runner.invoke(cli.app, list(argv), env=ENV)
        assert result.exception is None or isinstance(result.exception, SystemExit), argv
        assert result.exit_code in codes_allowed, (argv, result.output)
        assert "Traceback" not in result.output
        assert ESC not in result.output and "\u202e" not in result.output


def test_a_price_list_cannot_put_escapes_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "prijslijst.yaml"
    path.write_text('naam: x\n"\\e[31mROOD\\e[2J": 1\ntarieven: []\n', encoding="utf-8")
    result = runner.invoke(cli.app, ["prices", "--file", str(path)], env=ENV)
    assert result.exit_code == ExitCode.USAGE
    assert "\\x1b[31mROOD\\x1b[2J" in result.output
    assert ESC not in result.output


def test_a_price_list_name_is_not_markup(tmp_path: Path) -> None:
    path = tmp_path / "prijslijst.yaml"
    path.write_text(
        'naam: "[bold red]Rood[/] [link=https://kwaad.example]klik[/link]"\n'
        "tarieven:\n  - {sleutel: a, omschrijving: o, eenheid: per_dag, bedrag: 5,\n"
        "     prijsjaar: 2022, domein: wlz, bron: een bron}\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        cli.app,
        ["prices", "--file", str(path)],
        env={**ENV, "NO_COLOR": "", "FORCE_COLOR": "1", "TERM": "xterm-256color"},
        color=True,
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert "[bold red]Rood[/]" in result.output
    assert "[link=https://kwaad.example]klik[/link]" in result.output
    assert "\x1b]8;" not in result.output  # no hyperlink
    assert "\x1b[1;31m" not in result.output  # not red


# =============================================================================================
# what the clean files in the corpus were read as
# =============================================================================================
def test_yaml_1_1_words_stay_text() -> None:
    loaded = load_path(HOSTILE / "yaml11-words.yaml")
    assert loaded.findings == ()
    case = loaded.case
    assert case is not None and case.experiment is not None and case.beschrijving is not None
    assert (case.experiment.naam, case.experiment.gemeente) == ("NO", "yes")
    assert case.experiment.voorbereiding == "on"
    description = case.beschrijving
    assert (description.doelgroep, description.gebied) == ("off", "1:30")
    assert (description.ontwikkeling, description.hypothesen) == ("012", "1.250")
    assert description.borging == ".nan"


@pytest.mark.parametrize("name", ["utf16-le-bom.yaml", "utf16-be-bom.yaml", "utf8-bom-crlf.yaml"])
def test_accepted_encodings_read_the_same_text(name: str) -> None:
    assert _case_value(name, "experiment", "naam") == "café"


def test_utf32_is_refused_by_name() -> None:
    (finding,) = load_path(HOSTILE / "utf32-bom.yaml").findings
    assert finding.params == {"detail": "UTF-32"}
    import codecs

    for raw in (
        codecs.BOM_UTF32_BE + HEAD.encode("utf-32-be"),
        HEAD.encode("utf-32"),  # the platform's own byte order, with its BOM
    ):
        assert [(f.code, f.params) for f in load_bytes(raw).findings] == [
            ("Y008", {"detail": "UTF-32"})
        ]


def test_python_tag_is_never_constructed(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a tag from the file ran code")

    monkeypatch.setattr(os, "system", forbidden)
    monkeypatch.setattr("subprocess.Popen", forbidden)
    (finding,) = load_path(HOSTILE / "python-tag.yaml").findings
    assert finding.params["tag"] == "tag:yaml.org,2002:python/object/apply:os.system"


# =============================================================================================
# the traps the lead listed, one by one
# =============================================================================================
@pytest.mark.parametrize(
    "text", ["---\n", "--- ~\n", "~\n", "null\n", "---\n...\n", "# kop\n---\n# voet\n"]
)
def test_a_document_without_data_is_empty(text: str) -> None:
    loaded = load_text(text)
    assert [(f.code, f.position) for f in loaded.findings] == [("Y005", Position(1, 1))]


def test_a_tagged_null_root_is_a_tag_finding_not_also_empty() -> None:
    assert [f.code for f in load_text("!!null ~\n").findings] == ["Y004"]


@pytest.mark.parametrize(
    "text",
    [
        "spukdos: true\n",
        "spukdos: false\n",
        "spukdos: [1]\n",
        "spukdos: {v: 1}\n",
        "spukdos: yes\n",
    ],
)
def test_format_version_of_the_wrong_kind_is_s005(text: str) -> None:
    loaded = load_text(text)
    assert [(f.code, f.path, f.position) for f in loaded.findings] == [
        ("S005", ("spukdos",), Position(1, 1))
    ]
    assert loaded.case is not None  # the rest is read as format version 1


@pytest.mark.parametrize("word", ["'true'", '"false"', "'TRUE'", "!!str true"])
def test_a_quoted_boolean_says_to_remove_the_quotes(word: str) -> None:
    text = HEAD + f"beschrijving:\n  monitoring:\n    deelname: {word}\n"
    (finding,) = load_text(text).findings
    assert (finding.code, finding.path) == ("S002", ("beschrijving", "monitoring", "deelname"))
    assert finding.params["hint"] == Term("hint_unquote_bool")
    assert "zonder aanhalingstekens" in codes.render(finding, "nl")
    assert "without quotes" in codes.render(finding, "en")


@pytest.mark.parametrize("word", ["yes", "no", "Y", "1", "0", "jawel", "'ja nee'"])
def test_other_yes_words_say_ja_nee_or_true_false(word: str) -> None:
    (finding,) = load_text(HEAD + f"partijen: [{{toegezegd: {word}}}]\n").findings
    assert finding.params["hint"] == Term("hint_true_false")
    assert "ja of nee" in codes.render(finding, "nl")
    assert "true or false" in codes.render(finding, "en")


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("ja", True),
        ("Ja", True),
        ("JA", True),
        ("nee", False),
        ("Nee", False),
        ("NEE", False),
        ("'ja'", True),
        ('"nee"', False),
        ("true", True),
        ("false", False),
    ],
)
def test_ja_and_nee_are_yes_and_no_in_a_yes_no_field(word: str, value: bool) -> None:
    """Issue 16: the starter says "ja" or "nee"; in a field that can only be yes or no
    nothing is ambiguous, so both spellings are accepted."""
    loaded = load_text(HEAD + f"partijen: [{{toegezegd: {word}}}]\n")
    assert loaded.findings == ()
    assert loaded.case is not None and loaded.case.partijen is not None
    assert loaded.case.partijen[0].toegezegd is value


@pytest.mark.parametrize("field", ["experiment:\n  naam", "beschrijving:\n  borging"])
def test_ja_in_a_text_field_stays_text(field: str) -> None:
    loaded = load_text(HEAD + f"{field}: ja\n")
    assert loaded.findings == ()
    assert loaded.case is not None
    assert "ja" in loaded.case.model_dump_json()


FLOW = HEAD + "baten:\n  uitstel_intramuraal: {dagen: 182,5, inwoners: 6,9, kosten_per_dag: 334}\n"


def test_flow_style_decimal_comma_gets_a_hint_per_number() -> None:
    loaded = load_text(FLOW)
    assert [(f.code, f.path, f.position) for f in loaded.findings] == [
        ("S001", ("baten", "uitstel_intramuraal", "5"), Position(3, 36)),
        ("S001", ("baten", "uitstel_intramuraal", "9"), Position(3, 51)),
    ]
    first, second = loaded.findings
    assert first.params["hint"] == Term(
        "hint_flow_comma", {"field": "dagen", "written": "182,5", "suggestion": "182.5"}
    )
    assert first.params["hint"].params == {
        "field": "dagen",
        "written": "182,5",
        "suggestion": "182.5",
    }
    assert second.params["hint"].params["suggestion"] == "6.9"
    nl = codes.render(first, "nl")
    assert "Schrijf 182.5" in nl and '("182,5")' in nl and "{ }" in nl
    assert "Write 182.5" in codes.render(first, "en")


def test_flow_style_dutch_thousands_and_cents() -> None:
    loaded = load_text(HEAD + "kosten: {uitvoering: [{bedrag: 1.250,00}]}\n")
    assert [f.code for f in loaded.findings] == ["S004", "S001"]  # 1.250 is ambiguous too
    hint = loaded.findings[1].params["hint"]
    assert isinstance(hint, Term)
    assert hint.params == {"field": "bedrag", "written": "1.250,00", "suggestion": "1250.00"}


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "experiment: {12: x}\n",  # a digit key with a value is something else
        HEAD + "baten: {uitstel_intramuraal: {5: , dagen: 1}}\n",  # nothing before it
        HEAD + "baten: {uitstel_intramuraal: {toelichting_dagen: abc, 5: }}\n",  # not a number
        HEAD + "baten: {uitstel_intramuraal: {dagen: 1.5, 5: }}\n",  # already has decimals
    ],
)
def test_no_flow_comma_hint_where_it_does_not_fit(text: str) -> None:
    findings = [f for f in load_text(text).findings if f.code == "S001"]
    assert len(findings) == 1
    hint = findings[0].params["hint"]
    assert isinstance(hint, Term)
    assert hint.key != "hint_flow_comma"


# =============================================================================================
# reading: directories, pipes, permissions
# =============================================================================================
def test_a_directory_named_like_a_file_is_y001(tmp_path: Path) -> None:
    path = tmp_path / "aanvraag.yaml"
    path.mkdir()
    (finding,) = load_path(path).findings
    assert (finding.code, finding.params["reason"]) == ("Y001", Term("is_directory"))


def test_permission_denied_is_y001(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # root may read any file, so the refusal is simulated at the system call
    path = tmp_path / "geheim.yaml"
    path.write_text(HEAD, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader.os, "open", refuse)
    (finding,) = load_path(path).findings
    assert (finding.code, finding.params["reason"]) == ("Y001", Term("no_permission"))


def test_a_name_with_a_nul_character_is_y001() -> None:
    (finding,) = load_path(Path("aanvraag\x00.yaml")).findings
    assert (finding.code, finding.params["reason"]) == ("Y001", Term("missing_file"))


def test_a_hostile_file_name_is_escaped_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "[bold]x\x1b[2J\n::error::y.yaml"
    path.write_bytes((HOSTILE / "only-tilde.yaml").read_bytes())
    result = runner.invoke(cli.app, ["check", str(path)], env=ENV)
    assert result.exit_code == ExitCode.FINDINGS
    assert "[bold]x\\x1b[2J ::" not in result.output  # the colons are split
    assert "[bold]x\\x1b[2J :\u200b:error:\u200b:y.yaml" in result.output
    assert ESC not in result.output
    lines = result.output.splitlines()
    assert not [line for line in lines if line.strip().startswith("::")]


def _in_thread(function: Any, timeout: float = 10.0) -> Any:
    box: list[Any] = []
    worker = threading.Thread(target=lambda: box.append(function()), daemon=True)
    worker.start()
    worker.join(timeout)
    assert not worker.is_alive(), "reading hung"
    return box[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)
    loaded = _in_thread(lambda: load_path(fifo))
    assert [f.code for f in loaded.findings] == ["Y005"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_with_data_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)
    raw = HEAD.encode() + b"regeling_jaar: 2025\n"
    keep = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # holds the pipe's buffer open
    try:
        writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.write(writer, raw)
        os.close(writer)
        assert _in_thread(lambda: read_bytes(fifo)) == raw
    finally:
        os.close(keep)


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_process_substitution_is_read() -> None:
    # `spukdos check <(command)` hands over /dev/fd/N, the read end of a pipe
    raw = HEAD.encode() + b"regeling_jaar: 2025\n"
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, raw)
        os.close(write_end)
        loaded = _in_thread(lambda: load_path(Path(f"/dev/fd/{read_end}")))
    finally:
        os.close(read_end)
    assert loaded.findings == ()
    assert loaded.case is not None and loaded.case.regeling_jaar == 2025


# =============================================================================================
# the new limits: list items, text length, findings per file
# =============================================================================================
def test_list_item_limit() -> None:
    limit = yamltree.MAX_ITEMS
    ok = load_text(HEAD + "baten:\n  kwalitatief:\n" + "    - {baat: b}\n" * limit)
    assert ok.findings == ()
    too_many = load_text(HEAD + "baten:\n  kwalitatief:\n" + "    - {baat: b}\n" * (limit + 1))
    (finding,) = too_many.findings
    assert (finding.code, finding.position) == ("Y009", Position(4 + limit, 7))
    assert finding.path == ("baten", "kwalitatief")
    assert finding.params["limit"] == Term("limit_items", {"max": Quantity(Decimal(200))})
    assert "more than 200 items" in codes.render(finding, "en")


def test_text_length_limit() -> None:
    limit = yamltree.MAX_TEXT
    assert load_text(HEAD + "experiment: {naam: " + "x" * limit + "}\n").findings == ()
    (finding,) = load_text(HEAD + "experiment:\n  naam: " + "x" * (limit + 1) + "\n").findings
    assert (finding.code, finding.position) == ("Y009", Position(3, 9))
    assert finding.path == ("experiment", "naam")
    assert finding.params["limit"] == Term("limit_text", {"max": Quantity(Decimal(100_000))})


def test_a_long_key_is_limited_too() -> None:
    text = HEAD + "? " + "k" * (yamltree.MAX_TEXT + 1) + "\n: 1\n"
    (finding,) = load_text(text).findings
    assert finding.code == "Y009"


def test_findings_beyond_the_limit_are_counted_in_y011() -> None:
    count = MAX_FINDINGS + 37
    text = HEAD + "".join(f"onbekend{i}: 1\n" for i in range(count))
    loaded = load_text(text)
    assert len(loaded.findings) == MAX_FINDINGS + 1
    *shown, last = loaded.findings
    assert {f.code for f in shown} == {"S001"}
    assert [f.position.line for f in shown] == list(range(2, MAX_FINDINGS + 2))  # the first
    assert (last.code, last.params) == ("Y011", {"more": 37, "max": MAX_FINDINGS})
    assert last.position == shown[-1].position
    assert "37" in codes.render(last, "nl") and "500" in codes.render(last, "en")


def test_the_limit_finding_survives_the_cap() -> None:
    # many duplicate keys, then a list that is too long: the Y009 must not be cut off
    text = HEAD + "experiment:\n" + "  naam: x\n" * (MAX_FINDINGS + 10)
    text += "partijen: [" + ", ".join(["{}"] * (yamltree.MAX_ITEMS + 1)) + "]\n"
    findings = load_text(text).findings
    assert [f.code for f in findings].count("Y009") == 1
    assert findings[-1].code == "Y011"
    assert len(findings) == MAX_FINDINGS + 1


def test_exactly_the_limit_has_no_y011() -> None:
    text = HEAD + "".join(f"onbekend{i}: 1\n" for i in range(MAX_FINDINGS))
    assert [f.code for f in load_text(text).findings] == ["S001"] * MAX_FINDINGS


# =============================================================================================
# text that tries to escape its place
# =============================================================================================
def test_rich_markup_is_shown_not_applied() -> None:
    out = _report("rich-markup.yaml", force_terminal=True, color_system="truecolor")
    assert "[bold red]Proef[/] [link=https://kwaad.example]klik[/link]" in out
    assert "\x1b]8;" not in out  # no hyperlink was made
    # with colours on, the name is bold as the report makes it, never red from the file
    assert out.count("Proef") == 1
    before = out[: out.index("[bold red]Proef")]
    assert before.endswith("\x1b[1m")  # the report's own bold, nothing else


def test_ansi_escapes_are_shown_not_executed() -> None:
    for console in ({}, {"force_terminal": True, "color_system": "truecolor"}):
        out = _report("ansi-escape.yaml", **console)
        assert "\\x1b[31mrood\\x1b[0m" in out
        assert "\x1b[31mrood" not in out
        assert "\x1b]8;;https://kwaad.example" not in out
        assert "\x1b[2J" not in out
    assert ESC not in _report("ansi-escape.yaml")


def test_bidi_override_is_shown_as_an_escape() -> None:
    out = _report("bidi-override.yaml")
    assert "factuur\\u202egpj.exe" in out
    assert "\u202e" not in out


def test_no_report_line_starts_a_workflow_command() -> None:
    for lang in ("nl", "en"):
        for width in (40, 60, 100, 200):
            result = check_loaded(load_path(HOSTILE / "workflow-command.yaml"), "w.yaml")
            out = io.StringIO()
            print_report(Console(file=out, width=width), [result], lang)
            lines = out.getvalue().splitlines()
            assert not [line for line in lines if line.strip().startswith("::")], width
            assert ":\u200b:error" in out.getvalue()  # the colons from the file are split
            if width == 200:
                assert any("'x :\u200b:error file=x.yaml" in line for line in lines)


def test_json_report_escapes_control_characters() -> None:
    results = [
        check_loaded(load_path(HOSTILE / name), name)
        for name in ("ansi-escape.yaml", "workflow-command.yaml", "bidi-override.yaml")
    ]
    for lang in ("nl", "en"):
        text = dumps(results, lang)
        assert ESC not in text and "\r" not in text
        assert "\n::" not in text  # newlines inside values are \n escapes in JSON
        document = json.loads(text)
        (s006,) = [f for f in document["files"][1]["findings"] if f["code"] == "S006"]
        assert "x\n::error file=x.yaml,line=1::nep" in s006["message"]  # the exact value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gewoon", "gewoon"),
        ("a::b", "a:\u200b:b"),
        ("::::", ":\u200b:\u200b:\u200b:"),
        ("https://x.example", "https://x.example"),
        ("a\x1bb", "a\\x1bb"),
        ("a\x9bb", "a\\x9bb"),  # the one-byte CSI
        ("a\u2066b", "a\\u2066b"),
    ],
)
def test_safe_text(text: str, expected: str) -> None:
    assert safe_text(text) == expected


def test_long_values_are_clipped_in_tables_and_lists() -> None:
    assert clip_text("x" * MAX_SHOWN_CHARS) == "x" * MAX_SHOWN_CHARS
    assert clip_text("x" * (MAX_SHOWN_CHARS + 1)) == "x" * (MAX_SHOWN_CHARS - 1) + "…"
    items = [f"p{i}" for i in range(MAX_LISTED + 5)]
    assert join_listed(items[:MAX_LISTED]) == ", ".join(items[:MAX_LISTED])
    assert join_listed(items) == ", ".join(items[:MAX_LISTED]) + ", … (+5)"
    post = "K " * 5000  # words, so that the table wraps them instead of cutting them off
    result = check_loaded(
        load_text(HEAD + f"kosten:\n  uitvoering:\n    - {{kostenpost: {post}, bedrag: 5}}\n"),
        "lang.yaml",
    )
    out = io.StringIO()
    print_report(Console(file=out, width=100), [result], "nl")
    costs = out.getvalue().split("\nKosten")[1].split("Totaal uitvoeringskosten")[0]
    assert len(re.findall(r"\bK\b", costs)) == MAX_SHOWN_CHARS // 2
    # where the post is named in the list of its unanswered questions (four of them:
    # description, executor, ...), at most 40 characters of its name are shown
    completeness = out.getvalue().split("\nKosten")[0]
    assert 0 < len(re.findall(r"\bK\b", completeness)) <= 4 * 20


def test_incomplete_lists_are_listed_up_to_the_limit() -> None:
    text = HEAD + "partijen:\n" + "  - {rol: gemeente}\n" * 30
    result = check_loaded(load_text(text), "p.yaml")
    (c001,) = [f for f in result.findings if f.code == "C001" and f.path == ("partijen",)]
    missing = codes.render(c001, "nl")
    assert missing.endswith(f"; … (+{60 - MAX_LISTED}).")  # 30 × organisatie, contactpersonen
    assert missing.count("partij ") == MAX_LISTED
    assert missing.count("(gemeente)") == MAX_LISTED  # a party without a name: its role


def test_stdout_of_the_cli_has_no_control_bytes_from_files(
    capfd: pytest.CaptureFixture[str],
) -> None:
    paths = [str(HOSTILE / n) for n in ("ansi-escape.yaml", "bidi-override.yaml")]
    argv = sys.argv
    sys.argv = ["spukdos", "check", "--volledig", *paths]  # the whole report shows the names
    try:
        with pytest.raises(SystemExit) as stop:
            cli.main()
    finally:
        sys.argv = argv
    assert stop.value.code == ExitCode.FINDINGS
    out = capfd.readouterr().out
    assert "\\x1b[2J" in out
    assert "\x1b[2J" not in out and "\u202e" not in out
