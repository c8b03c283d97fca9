"""Guidance for a new user: completeness scores, examples in every --help, shell
completion, and no double report of an unanswered commitment."""

from __future__ import annotations

import json
import os
import shlex
import string
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from spukdos_cli.checks.completeness import overall_score
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.messages.labels import LABELS
from tests.conftest import AMSTELVEEN, MINIMAL, check_text, codes
from tests.support import processes

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}


def scores(text: str) -> dict[str, tuple[int, int]]:
    result = check_text(text)
    return {s.section.key: (s.answered, s.required) for s in result.sections}


# -- completeness score ------------------------------------------------------------------
def test_a_complete_case_answers_every_required_question() -> None:
    result = check_text(MINIMAL)
    assert result.complete
    assert all(s.answered == s.required for s in result.sections)
    # counted by hand from MINIMAL: general 4; parties 3 × (3 + 3 contact details) = 18;
    # term 3; objective 1; target group 3; approach 2 + 1 theme × 2 + 2 = 6; cooperation
    # 1 + 3 commitments = 4; securing 2; initial 0 (no posts); execution 2 posts × 4 = 8;
    # financing uitkering + bijdragen + 1 contribution × 2 = 4; benefits 2 × 3 factors = 6;
    # qualitative 1 × 2 = 2. Together 61.
    assert overall_score(result.sections) == (61, 61)


def test_scores_count_answered_of_required_per_section() -> None:
    text = MINIMAL.replace('  doelgroep: "Ouderen"\n', "").replace(
        '      - {thema: "Thema", huidig: "Nu", experiment: "Straks"}\n',
        '      - {thema: "Thema", huidig: "Nu"}\n',
    )
    by_section = scores(text)
    assert by_section["doelgroep"] == (2, 3)  # doelgroep missing of doelgroep/gebied/aantal
    assert by_section["werkwijze"] == (5, 6)  # themas[0].experiment missing
    assert by_section["doelstelling"] == (1, 1)


def test_an_empty_list_counts_as_one_unanswered_question() -> None:
    by_section = scores(
        MINIMAL.replace('  kwalitatief:\n    - {baat: "Langer thuis", onderbouwing: "Omdat"}\n', "")
    )
    assert by_section["kwalitatieve_baten"] == (0, 1)


def test_a_value_with_a_structure_error_stays_unanswered_in_the_score() -> None:
    result = check_text(MINIMAL.replace('doelstelling: "Doel"', "doelstelling: [1, 2]"))
    (status,) = [s for s in result.sections if s.section.key == "doelstelling"]
    assert status.missing == ()  # reported once, by its own S002 finding
    assert (status.answered, status.required) == (0, 1)
    assert "S002" in codes(result)


def test_text_report_shows_the_score_per_section_and_overall() -> None:
    result = runner.invoke(cli.app, ["check", str(AMSTELVEEN)], env=ENV)
    assert "Beantwoord" in result.output
    # Amstelveen: 12 parties with 13 contact persons = 12 × 3 + 13 × 3
    assert "75/75" in result.output
    assert "Totaal                      compleet      165/165" in result.output


def test_json_report_has_the_score() -> None:
    result = runner.invoke(cli.app, ["check", "-f", "json", str(AMSTELVEEN)], env=ENV)
    (entry,) = json.loads(result.output)["files"]
    assert entry["completeness"] == {"answered": 165, "required": 165}
    parties = next(s for s in entry["sections"] if s["key"] == "partijen")
    assert (parties["answered"], parties["required"]) == (75, 75)


# -- an unanswered commitment is asked once, by completeness ------------------------------
def test_unanswered_commitment_is_not_also_a_missing_role() -> None:
    text = MINIMAL.replace(
        'organisatie: "Zorgkantoor Voorbeeld"\n    toegezegd: true',
        'organisatie: "Zorgkantoor Voorbeeld"',
    )
    result = check_text(text)
    assert "R010" not in codes(result)
    assert "partijen[1].toegezegd" in {m for s in result.sections for m in s.missing}
    refused = text.replace(
        'organisatie: "Zorgkantoor Voorbeeld"',
        'organisatie: "Zorgkantoor Voorbeeld"\n    toegezegd: false',
    )
    assert "R010" in codes(check_text(refused))


# -- help and completion -----------------------------------------------------------------
def _commands() -> list[str]:
    group = typer.main.get_command(cli.app)
    assert isinstance(group, typer.core.TyperGroup)
    return sorted(group.commands)


def test_the_commands_of_issue_8_exist() -> None:
    assert {"init", "trace", "check", "schema"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_every_command_help_shows_an_example(command: str) -> None:
    result = runner.invoke(cli.app, [command, "--help"], env=ENV)
    assert result.exit_code == ExitCode.OK
    assert f"Voorbeeld: spukdos {command}" in result.output


def test_root_help_shows_an_example_and_completion() -> None:
    result = runner.invoke(cli.app, ["--help"], env=ENV)
    assert "Voorbeeld: spukdos init" in result.output
    assert "--install-completion" in result.output


def test_shell_completion_completes_commands_and_choices() -> None:
    def complete(words: str, cword: int) -> str:
        env = {"_SPUKDOS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
        return runner.invoke(cli.app, [], env=env, prog_name="spukdos").output

    assert complete("spukdos tr", 1).split() == ["trace"]
    assert complete("spukdos init x.yaml --variant ", 4).split() == [
        "cofinanciering",
        "centraal-persoon",
    ]
    # typer finds the shell among the process's parents: started from bash here, so that
    # the test does not depend on how pytest itself was started
    script = processes.run(
        [
            "bash",
            "-c",
            f"{shlex.quote(str(Path(sys.executable).parent / 'spukdos'))} --show-completion; :",
        ]
    )
    assert "_SPUKDOS_COMPLETE=complete_bash" in script.stdout.decode(), script.stderr


# -- labels ------------------------------------------------------------------------------
def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(LABELS))
def test_labels_take_the_same_placeholders_in_both_languages(key: str) -> None:
    nl, en = LABELS[key]
    assert _placeholders(nl) == _placeholders(en)


# -- --install-completion SHELL (issue 28) ---------------------------------------------------------
def test_install_completion_installs_for_the_shell_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``spukdos --install-completion zsh``, typed in bash, installs zsh completion (Typer's
    own flag would ignore the name and install for bash)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    result = runner.invoke(cli.app, ["--install-completion", "zsh"], env=ENV)
    assert result.exit_code == 0, result.output
    assert (tmp_path / ".zfunc" / "_spukdos").is_file()
    assert "_SPUKDOS_COMPLETE" in (tmp_path / ".zfunc" / "_spukdos").read_text(encoding="utf-8")
    assert "compinit" in (tmp_path / ".zshrc").read_text(encoding="utf-8")
    assert not (tmp_path / ".bashrc").exists()
    assert "Aanvullen met Tab voor zsh staat in" in result.output
    result = runner.invoke(cli.app, ["--install-completion=fish"], env=ENV)
    assert result.exit_code == 0, result.output
    assert (tmp_path / ".config" / "fish" / "completions" / "spukdos.fish").is_file()


def test_a_name_that_is_not_a_shell_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    result = runner.invoke(cli.app, ["--install-completion", "ksh"], env=ENV)
    assert result.exit_code == ExitCode.USAGE
    assert "--install-completion kent de shell 'ksh' niet" in result.stderr
    assert "bash, zsh, fish, powershell, pwsh" in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written
    english = runner.invoke(
        cli.app, ["--show-completion", "ksh"], env={**ENV, "SPUKDOS_LANG": "en"}
    )
    assert english.exit_code == ExitCode.USAGE
    assert "--show-completion does not know the shell 'ksh'" in english.stderr


def test_show_completion_shows_the_script_of_the_shell_named() -> None:
    result = runner.invoke(cli.app, ["--show-completion", "fish"], env=ENV)
    assert result.exit_code == 0
    assert result.output.startswith("complete --command spukdos")
    help_page = runner.invoke(cli.app, ["--help"], env={**ENV, "SPUKDOS_LANG": "en"}).output
    assert "or for the shell named after it" in " ".join(help_page.split())


def test_install_completion_from_bash_for_zsh_in_a_real_shell(tmp_path: Path) -> None:
    """The program as installed, started from bash with a home of its own: zsh is named,
    zsh completion is installed, and bash's files are left alone."""
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash", "SPUKDOS_LANG": "nl"}
    program = shlex.quote(str(Path(sys.executable).parent / "spukdos"))
    done = processes.run(["bash", "-c", f"{program} --install-completion zsh; exit $?"], env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / ".zfunc" / "_spukdos").is_file() and not (tmp_path / ".bashrc").exists()
    done = processes.run(["bash", "-c", f"{program} --install-completion; exit $?"], env=env)
    assert done.returncode == 0, done.stderr
    assert "spukdos" in (tmp_path / ".bashrc").read_text(encoding="utf-8")  # none named: bash
