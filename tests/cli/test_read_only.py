"""Read-only (issue 7): no command ever changes, adds or removes a file it reads.

Every input (the examples, the findings example, the hostile corpus, a price list) is
copied to a temporary folder; each command runs on the copies; the checksum, size,
modification time and mode of every file, and the list of files in each folder, must be
the same afterwards. To cover a new command or option, add its argument vector to
COMMANDS (``{case}`` etc. are replaced by the paths of the copies); a command that writes
files goes in REFUSED too, pointed at an input it must not overwrite. Every output format
the ``check`` command offers is covered automatically.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from tests.conftest import EXAMPLES, ROOT

HOSTILE = ROOT / "tests" / "hostile"
PRICE_LIST = ROOT / "docs" / "prijslijst-voorbeeld.yaml"

# {case}: the reference application; {draft}: a file with findings; {corpus}: every file
# of the hostile corpus; {prices}: a price list; {dir}: the folder of the examples.
COMMANDS: list[list[str]] = [
    ["check", "{case}"],
    ["check", "--lang", "en", "{case}", "{draft}"],
    ["check", "--strict", "{case}"],
    ["check", "{corpus}"],
    ["check", "--format", "json", "--lang", "en", "{corpus}"],
    ["check", "--prices", "{prices}", "--tolerantie", "5", "{case}"],
    ["prices", "--file", "{prices}"],
    ["schema"],
    ["explain", "Y011"],
    ["rules", "--jaar", "2025"],
    ["trace", "{case}", "baten.uitstel_mpt_vpt.totaal"],
    ["trace", "{draft}", "opgave.saldo"],
    ["init", "-"],
    ["batch", "-j", "1", "--prices", "{prices}", "{dir}", "{corpus}", "{draft}"],
    ["batch", "-j", "2", "--lang", "en", "{corpus}"],
    ["import", "{case}"],
]

# Commands that write a file, pointed at an input: they must refuse (exit 2) and leave it.
REFUSED: list[list[str]] = [
    ["init", "{case}"],
    ["init", "--variant", "centraal-persoon", "{draft}"],
    ["import", "{case}", "-o", "{draft}"],
    ["export", "{case}", "-o", "{document}"],
    ["export", "{case}", "-o", "{draft}"],  # refused for its name first (not .docx)
]


def _formats() -> list[str]:
    return [fmt.value for fmt in cli.OutputFormat]


def _vectors() -> list[list[str]]:
    vectors = list(COMMANDS)
    vectors += [["check", "--format", fmt, "{case}", "{draft}"] for fmt in _formats()]
    return vectors


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, list[Path]]:
    examples = tmp_path / "examples"
    shutil.copytree(EXAMPLES, examples)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(ROOT / "tests" / "data" / "findings.yaml", data / "findings.yaml")
    corpus = tmp_path / "hostile"
    shutil.copytree(HOSTILE, corpus)
    prices = tmp_path / "prijslijst.yaml"
    shutil.copy2(PRICE_LIST, prices)
    document = data / "aanvraag.docx"
    document.write_bytes(b"PK\x03\x04 a Word document someone keeps")
    return {
        "case": [examples / "amstelveen.yaml"],
        "draft": [data / "findings.yaml"],
        "document": [document],
        "corpus": sorted(corpus.glob("*.yaml")),
        "prices": [prices],
        "dir": [examples],
    }


def _snapshot(root: Path) -> dict[str, tuple[str, int, int, int]]:
    state: dict[str, tuple[str, int, int, int]] = {}
    for path in sorted(root.rglob("*")):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        state[str(path.relative_to(root))] = (digest, info.st_size, info.st_mtime_ns, info.st_mode)
    return state


def _expand(vector: list[str], inputs: dict[str, list[Path]]) -> list[str]:
    argv: list[str] = []
    for part in vector:
        name = part.strip("{}")
        if part.startswith("{") and name in inputs:
            argv += [str(path) for path in inputs[name]]
        else:
            argv.append(part)
    return argv


@pytest.mark.parametrize("vector", _vectors(), ids=" ".join)
def test_a_command_never_changes_its_inputs(
    vector: list[str], inputs: dict[str, list[Path]], tmp_path: Path
) -> None:
    before = _snapshot(tmp_path)
    assert len(before) > len(inputs["corpus"])
    cwd = Path.cwd()
    os.chdir(tmp_path)  # a command that wrote next to its working folder would show too
    try:
        result = CliRunner().invoke(
            cli.app, _expand(vector, inputs), env={"COLUMNS": "100", "NO_COLOR": "1"}
        )
    finally:
        os.chdir(cwd)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (ExitCode.OK, ExitCode.FINDINGS), result.output
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("vector", REFUSED, ids=" ".join)
def test_a_writing_command_never_overwrites_an_input_without_force(
    vector: list[str], inputs: dict[str, list[Path]], tmp_path: Path
) -> None:
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(
        cli.app, _expand(vector, inputs), env={"COLUMNS": "100", "NO_COLOR": "1"}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == ExitCode.USAGE
    named = vector[0] == "export" and not vector[-1].startswith("{document")
    assert ".docx" in result.output if named else "--force" in result.output
    assert _snapshot(tmp_path) == before


def test_the_snapshot_sees_a_change(tmp_path: Path) -> None:
    # the guard itself: a rewrite with the same bytes still changes the mtime
    path = tmp_path / "a.yaml"
    path.write_bytes(b"spukdos: 1\n")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = _snapshot(tmp_path)
    path.write_bytes(b"spukdos: 1\n")
    assert _snapshot(tmp_path) != before
    (tmp_path / "a.yaml.tmp").write_bytes(b"")
    assert set(_snapshot(tmp_path)) != set(before)
