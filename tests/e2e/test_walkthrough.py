"""docs/eerste-aanvraag.md, the Dutch walk-through from `spukdos init` to a clean file, is
carried out step by step: its edits are made, its commands run in a fresh folder, and their
output compared with what the page shows, so that the page cannot drift (issue 16). The
README's first run is held to a real run the same way (issue 30).

The page's own notation (HTML comments, invisible when rendered):

* a ```console block: lines ``$ spukdos ...`` and the output that follows each; a line
  ``...`` stands for any number of lines;
* ``<!-- exitcode: N -->`` before a console block: the exit code of its commands;
* ``<!-- vervang: KEY -->`` before a ```yaml block: the top-level block ``KEY:`` of
  ``aanvraag.yaml`` is replaced by the block;
* ``<!-- wijzig: "old line" -> "new line" -->``: one line of ``aanvraag.yaml`` replaced.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support import processes

PAGE = ROOT / "docs" / "eerste-aanvraag.md"
README = ROOT / "README.md"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl", "PATH": os.environ["PATH"]}
FILE = "aanvraag.yaml"


@dataclass
class Step:
    kind: str  # console | replace | edit
    text: str = ""
    key: str = ""
    old: str = ""
    new: str = ""
    exit_code: int | None = None
    commands: list[tuple[str, list[str]]] = field(default_factory=list)


def steps(page: str) -> list[Step]:
    """The page's steps, in order."""
    found: list[Step] = []
    exit_code: int | None = None
    replace_key: str | None = None
    lines = page.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if match := re.fullmatch(r"<!-- exitcode: (\d+) -->", line):
            exit_code = int(match.group(1))
        elif match := re.fullmatch(r"<!-- vervang: (\w+) -->", line):
            replace_key = match.group(1)
        elif match := re.fullmatch(r'<!-- wijzig: (".*") -> (".*") -->', line):
            found.append(Step("edit", old=json.loads(match[1]), new=json.loads(match[2])))
        elif line.startswith("```"):
            end = lines.index("```", i + 1)
            body = lines[i + 1 : end]
            if line == "```console":
                found.append(Step("console", exit_code=exit_code, commands=_commands(body)))
                exit_code = None
            elif line == "```yaml" and replace_key is not None:
                found.append(Step("replace", key=replace_key, text="\n".join(body) + "\n"))
                replace_key = None
            i = end
        i += 1
    return found


def _commands(body: list[str]) -> list[tuple[str, list[str]]]:
    commands: list[tuple[str, list[str]]] = []
    for line in body:
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
    return commands


def replace_block(text: str, key: str, block: str) -> str:
    """``text`` with its top-level block ``key:`` (up to the next line at the left margin)
    replaced by ``block``."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.rstrip() == f"{key}:")
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] == " "):
        end += 1
    return "".join(lines[:start]) + block + "".join(lines[end:])


def matches(expected: list[str], actual: list[str]) -> bool:
    """``actual`` fits ``expected``, where a line ``...`` stands for any lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0] == expected[0] and matches(expected[1:], actual[1:])


def run(command: str, cwd: Path) -> tuple[int, list[str]]:
    args = shlex.split(command)
    assert args[0] == "spukdos"
    done = processes.run(
        [sys.executable, "-m", "spukdos_cli", *args[1:]],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=ENV,
        check=False,
    )
    output = (done.stdout + done.stderr).splitlines()
    return done.returncode, [line.rstrip() for line in output]


def test_the_walkthrough_page_has_steps() -> None:
    found = steps(PAGE.read_text(encoding="utf-8"))
    kinds = [s.kind for s in found]
    assert kinds.count("console") >= 5 and kinds.count("replace") >= 5 and "edit" in kinds
    assert found[0].commands[0][0].startswith("spukdos init")
    consoles = [s for s in found if s.kind == "console"]
    assert consoles[-1].exit_code == 0  # it ends with a clean file
    # section 6 (issue 27): several mistakes typed at once, found in one run
    many = consoles[-2]
    assert many.exit_code == 1 and any("4 fout(en)" in line for line in many.commands[0][1])


def test_the_walkthrough_runs_as_written(tmp_path: Path) -> None:
    """Every command of the page gives the output and exit code the page shows."""
    for step in steps(PAGE.read_text(encoding="utf-8")):
        path = tmp_path / FILE
        if step.kind == "replace":
            path.write_text(
                replace_block(path.read_text(encoding="utf-8"), step.key, step.text),
                encoding="utf-8",
            )
        elif step.kind == "edit":
            text = path.read_text(encoding="utf-8")
            assert text.count(step.old + "\n") == 1, step.old
            path.write_text(text.replace(step.old + "\n", step.new + "\n"), encoding="utf-8")
        else:
            for command, expected in step.commands:
                code, actual = run(command, tmp_path)
                shown = "\n".join(actual)
                assert matches(expected, actual), f"$ {command}\n{shown}"
                if step.exit_code is not None:
                    assert code == step.exit_code, f"$ {command}: exit {code}\n{shown}"


def test_the_readme_first_run_is_a_real_run() -> None:
    """The README's console block: its command, run in the repository, gives the lines it
    shows (cut down with ``...``) and its exit code."""
    (step,) = [s for s in steps(README.read_text(encoding="utf-8")) if s.kind == "console"]
    ((command, expected),) = step.commands
    assert command == "spukdos check examples/amstelveen.yaml" and step.exit_code == 0
    assert len([line for line in expected if line != "..."]) >= 10
    code, actual = run(command, ROOT)
    assert matches(expected, actual), "\n".join(actual)
    assert code == step.exit_code


@pytest.mark.parametrize(
    ("expected", "actual", "fits"),
    [
        (["a", "...", "d"], ["a", "b", "c", "d"], True),
        (["a", "..."], ["a"], True),
        (["...", "x"], ["a", "b"], False),
        (["a"], ["a", "b"], False),
    ],
)
def test_three_dots_stand_for_any_lines(expected: list[str], actual: list[str], fits: bool) -> None:
    assert matches(expected, actual) is fits
