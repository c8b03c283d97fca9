"""The options of ``spukdos check`` for CI: exit codes for every combination, -o, -q,
--color, standard input and folders."""

from __future__ import annotations

import io
import itertools
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from spukdos_cli.cli import app as cli
from spukdos_cli.cli.check import CheckRequest, choose_format, use_color
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.report.registry import REPORTERS
from tests.conftest import AMSTELVEEN, EXAMPLES, MINIMAL

runner = CliRunner()
# A fixed, colourless environment; GITHUB_ACTIONS is removed so that the tests behave the
# same when the suite itself runs in GitHub Actions.
ENV: dict[str, str | None] = {
    "COLUMNS": "100",
    "NO_COLOR": "1",
    "SPUKDOS_LANG": "nl",
    "GITHUB_ACTIONS": None,
}

OVERIGE = '    - {omschrijving: "Wmo", domein: wmo, bedrag: 100.00, toelichting: "schatting"}\n'
WARNING_ONLY = MINIMAL.replace("  kwalitatief:", "  overige:\n" + OVERIGE + "  kwalitatief:")
ERRORS = MINIMAL.replace("bedrag: 400.00", "bedrag: 1.250")  # S004: thousands or decimals?


def invoke(
    *args: str, env: dict[str, str | None] | None = None, stdin: bytes | None = None
) -> Result:
    return runner.invoke(cli.app, list(args), env={**ENV, **(env or {})}, input=stdin)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def cases(tmp_path: Path) -> dict[str, Path]:
    """One file of each kind: clean, with a warning only, with errors, and unreadable."""
    return {
        "clean": write(tmp_path, "clean.yaml", MINIMAL),
        "warning": write(tmp_path, "warning.yaml", WARNING_ONLY),
        "error": write(tmp_path, "error.yaml", ERRORS),
        "unreadable": tmp_path / "does-not-exist.yaml",
    }


def test_the_cases_are_what_their_names_say(cases: dict[str, Path]) -> None:
    counts = {}
    for kind, path in cases.items():
        document = json.loads(invoke("check", "-f", "json", str(path)).stdout)
        (entry,) = document["files"]
        counts[kind] = (entry["errors"], entry["warnings"])
    assert counts["clean"] == (0, 0)
    assert counts["warning"] == (0, 1)
    assert counts["error"][0] >= 1
    assert counts["unreadable"] == (1, 0)


FAILS = {  # (kind, strict) -> does the run fail?
    ("clean", False): False,
    ("clean", True): False,
    ("warning", False): False,
    ("warning", True): True,
    ("error", False): True,
    ("error", True): True,
    ("unreadable", False): True,
    ("unreadable", True): True,
}


@pytest.mark.parametrize(
    ("kind", "strict", "exit_zero", "quiet"),
    [
        (kind, strict, exit_zero, quiet)
        for kind in ("clean", "warning", "error", "unreadable")
        for strict, exit_zero, quiet in itertools.product([False, True], repeat=3)
    ],
)
def test_exit_code_and_quiet_for_every_combination(
    cases: dict[str, Path], kind: str, strict: bool, exit_zero: bool, quiet: bool
) -> None:
    args = ["check", str(cases[kind])]
    args += ["--strict"] * strict + ["--exit-zero"] * exit_zero + ["-q"] * quiet
    result = invoke(*args)
    fails = FAILS[(kind, strict)]
    expected = ExitCode.FINDINGS if fails and not exit_zero else ExitCode.OK
    assert result.exit_code == expected, result.output
    if quiet and not fails:
        assert result.stdout == ""
    else:
        assert "Samenvatting: 1 bestand(en)" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_every_format_gives_the_same_exit_codes(cases: dict[str, Path], fmt: str) -> None:
    assert invoke("check", "-f", fmt, str(cases["clean"])).exit_code == ExitCode.OK
    assert invoke("check", "-f", fmt, str(cases["error"])).exit_code == ExitCode.FINDINGS
    assert invoke("check", "-f", fmt, "--exit-zero", str(cases["error"])).exit_code == 0
    warning = str(cases["warning"])
    assert invoke("check", "-f", fmt, warning).exit_code == ExitCode.OK
    assert invoke("check", "-f", fmt, "--strict", warning).exit_code == ExitCode.FINDINGS


def test_one_failing_file_among_many_fails_the_run(cases: dict[str, Path]) -> None:
    result = invoke("check", str(cases["clean"]), str(cases["warning"]), str(cases["error"]))
    assert result.exit_code == ExitCode.FINDINGS
    assert "Samenvatting: 3 bestand(en)" in result.stdout


def test_format_names_match_the_reporters() -> None:
    assert {f.value for f in cli.OutputFormat} == set(REPORTERS)


# -- usage errors: exit 2, even with --exit-zero --------------------------------------------
@pytest.mark.parametrize("exit_zero", [False, True])
def test_usage_errors_exit_two(tmp_path: Path, cases: dict[str, Path], exit_zero: bool) -> None:
    extra = ["--exit-zero"] if exit_zero else []
    clean = str(cases["clean"])
    existing = write(tmp_path, "rapport.json", "oud")
    empty = tmp_path / "leeg"
    empty.mkdir()
    usage = [
        ["check", *extra],
        ["check", *extra, "--format", "xml", clean],
        ["check", *extra, "--color", "sometimes", clean],
        ["check", *extra, "-o", str(existing), clean],
        ["check", *extra, "-o", clean, "--force", clean],
        ["check", *extra, "-", "-"],
        ["check", *extra, "--stdin-filename", "x.yaml", clean],
        ["check", *extra, str(empty)],
        ["check", *extra, "-o", str(tmp_path / "geen-map" / "r.json"), clean],
        ["check", *extra, "--tolerantie", "veel", clean],
    ]
    for args in usage:
        result = invoke(*args)
        assert result.exit_code == ExitCode.USAGE, (args, result.output)
        assert "Traceback" not in result.output
    assert existing.read_text(encoding="utf-8") == "oud"
    assert cases["clean"].read_text(encoding="utf-8") == MINIMAL


def test_usage_errors_say_what_to_do(tmp_path: Path, cases: dict[str, Path]) -> None:
    existing = write(tmp_path, "rapport.json", "oud")
    result = invoke("check", "-o", str(existing), str(cases["clean"]))
    assert "--force" in result.stderr
    result = invoke("check", "--stdin-filename", "x.yaml", str(cases["clean"]))
    assert "spukdos check - --stdin-filename" in result.stderr


# -- -o FILE --------------------------------------------------------------------------------
def test_output_file_holds_the_report_and_stdout_stays_empty(
    tmp_path: Path, cases: dict[str, Path]
) -> None:
    target = tmp_path / "out" / "rapport.sarif"
    target.parent.mkdir()
    result = invoke("check", "-f", "sarif", "-o", str(target), str(cases["error"]))
    assert result.exit_code == ExitCode.FINDINGS
    assert result.stdout == ""
    assert f"Rapport geschreven: {target}" in result.stderr
    same = invoke("check", "-f", "sarif", str(cases["error"])).stdout
    assert target.read_text(encoding="utf-8") == same
    assert os.listdir(target.parent) == ["rapport.sarif"]  # no temporary file left behind


def test_output_file_is_replaced_only_with_force(tmp_path: Path, cases: dict[str, Path]) -> None:
    target = write(tmp_path, "r.json", "oud")
    assert invoke("check", "-f", "json", "-o", str(target), str(cases["clean"])).exit_code == 2
    assert target.read_text(encoding="utf-8") == "oud"
    forced = invoke("check", "-f", "json", "-o", str(target), "--force", str(cases["clean"]))
    assert forced.exit_code == ExitCode.OK
    assert json.loads(target.read_text(encoding="utf-8"))["files"][0]["errors"] == 0


def test_quiet_with_output_file_writes_the_file_silently(
    tmp_path: Path, cases: dict[str, Path]
) -> None:
    target = tmp_path / "r.xml"
    result = invoke("check", "-q", "-f", "junit", "-o", str(target), str(cases["clean"]))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("<?xml")


def test_dash_as_output_is_standard_output(cases: dict[str, Path]) -> None:
    result = invoke("check", "-f", "jsonl", "-o", "-", str(cases["clean"]))
    assert json.loads(result.stdout)["file"] == str(cases["clean"])


# -- standard input -------------------------------------------------------------------------
def test_standard_input_is_checked_under_its_given_name() -> None:
    data = AMSTELVEEN.read_bytes()
    result = invoke("check", "-", "--stdin-filename", "aanvragen/a.yaml", "-f", "json", stdin=data)
    assert result.exit_code == ExitCode.OK
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["file"] == "aanvragen/a.yaml"
    assert entry["figures"]["saldo"] == "78525.00"
    import hashlib

    assert entry["sha256"] == hashlib.sha256(data).hexdigest()


def test_standard_input_without_a_name_and_with_errors() -> None:
    result = invoke("check", "-", stdin=ERRORS.encode("utf-8"))
    assert result.exit_code == ExitCode.FINDINGS
    assert "<stdin>:" in result.stdout and "S004" in result.stdout
    empty = invoke("check", "-", stdin=b"")
    assert empty.exit_code == ExitCode.FINDINGS and "Y005" in empty.stdout


def test_standard_input_beside_files(cases: dict[str, Path]) -> None:
    result = invoke("check", "-f", "jsonl", str(cases["clean"]), "-", stdin=MINIMAL.encode())
    names = [json.loads(line)["file"] for line in result.stdout.splitlines()]
    assert names == [str(cases["clean"]), "<stdin>"]


# -- folders ----------------------------------------------------------------------------------
def test_folders_are_walked_for_yaml_files(tmp_path: Path) -> None:
    write(tmp_path, "b.yaml", MINIMAL)
    write(tmp_path, "a/z.yml", MINIMAL)
    write(tmp_path, "a/notes.txt", "geen yaml")
    write(tmp_path, ".git/config.yaml", "niet: controleren")
    write(tmp_path, ".pre-commit-config.yaml", "repos: []")
    write(tmp_path, "c.YAML", ERRORS)
    result = invoke("check", "-f", "jsonl", str(tmp_path), str(tmp_path / "b.yaml"))
    names = [
        Path(json.loads(line)["file"]).relative_to(tmp_path) for line in result.stdout.splitlines()
    ]
    assert names == [Path("b.yaml"), Path("c.YAML"), Path("a/z.yml")]  # sorted per folder
    assert result.exit_code == ExitCode.FINDINGS  # c.YAML has an error


def test_examples_folder_passes() -> None:
    result = invoke("check", "-q", str(EXAMPLES))
    assert (result.exit_code, result.stdout) == (ExitCode.OK, "")


def test_a_folder_that_cannot_be_listed_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spukdos_cli.read import inputs

    def walk(path, onerror):  # type: ignore[no-untyped-def]
        onerror(PermissionError(13, "Permission denied", str(path)))
        return iter(())

    monkeypatch.setattr(inputs.os, "walk", walk)
    result = invoke("check", "-f", "json", str(tmp_path))
    assert result.exit_code == ExitCode.FINDINGS
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["file"] == str(tmp_path)
    assert [f["code"] for f in entry["findings"]] == ["Y001"]
    assert "geen leesrechten" in entry["findings"][0]["message"]


# -- GitHub Actions and colour ----------------------------------------------------------------
def test_github_actions_gets_annotations_and_a_plain_summary(cases: dict[str, Path]) -> None:
    result = invoke("check", str(cases["error"]), env={"GITHUB_ACTIONS": "true"})
    lines = result.stdout.splitlines()
    assert result.exit_code == ExitCode.FINDINGS
    assert lines[0].startswith(f"::error file={cases['error']},line=")
    assert lines[-1].startswith("Samenvatting: 1 bestand(en)")
    assert invoke(
        "check", "-f", "text", str(cases["error"]), env={"GITHUB_ACTIONS": "true"}
    ).stdout.startswith("╭")


def test_format_choice() -> None:
    gha = {"GITHUB_ACTIONS": "true"}
    assert choose_format(CheckRequest(["x"]), gha) == "github"
    assert choose_format(CheckRequest(["x"]), {}) == "text"
    assert choose_format(CheckRequest(["x"], output_format="sarif"), gha) == "sarif"
    assert choose_format(CheckRequest(["x"], output="r.txt"), gha) == "text"


def test_color_always_never_and_no_color(cases: dict[str, Path]) -> None:
    clean = str(cases["clean"])
    assert "\x1b[" in invoke("check", "--color", "always", clean).stdout
    assert "\x1b[" not in invoke("check", "--color", "never", clean).stdout
    assert "\x1b[" not in invoke("check", clean, env={"NO_COLOR": None}).stdout  # not a tty
    assert "\x1b[" not in invoke("check", "-f", "github", "--color", "always", clean).stdout


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_colour_follows_the_terminal_and_no_color() -> None:
    request = CheckRequest(["x"])
    assert use_color(request, FakeTerminal(), {}) is True
    assert use_color(request, FakeTerminal(), {"NO_COLOR": "1"}) is False
    assert use_color(request, FakeTerminal(), {"TERM": "dumb"}) is False
    assert use_color(request, io.StringIO(), {}) is False
    always = CheckRequest(["x"], color="always")
    assert use_color(always, io.StringIO(), {"NO_COLOR": "1"}) is True
    assert use_color(CheckRequest(["x"], output="r.txt"), FakeTerminal(), {}) is False
