"""The pre-commit hook and the CI recipes of the README work as written.

Every ``spukdos check`` line of the GitHub Actions and GitLab CI recipes is run against
examples/ (for the folder ``aanvragen/``), with its output file in a temporary folder.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
README = (ROOT / "README.md").read_text(encoding="utf-8")


def recipe(heading: str) -> Any:
    """The YAML block under a heading of the README, parsed."""
    match = re.search(rf"^### {re.escape(heading)}\n.*?```yaml\n(.*?)```", README, re.S | re.M)
    assert match, f"no YAML block under '### {heading}' in the README"
    return yaml.safe_load(match.group(1))


def commands(value: Any) -> list[str]:
    """Every ``spukdos check`` command line anywhere in a parsed recipe."""
    if isinstance(value, str):
        return [line for line in value.splitlines() if line.startswith("spukdos check")]
    if isinstance(value, dict):
        return [c for v in value.values() for c in commands(v)]
    if isinstance(value, list):
        return [c for v in value for c in commands(v)]
    return []


def run_line(line: str, tmp_path: Path, env: dict[str, str | None]) -> tuple[int, str]:
    words = shlex.split(line.split(">>")[0])[2:]  # without 'spukdos check' and a redirection
    args = [str(EXAMPLES) if w == "aanvragen/" else w for w in words]
    if "-o" in args:
        i = args.index("-o") + 1
        args[i] = str(tmp_path / args[i])
    result = runner.invoke(cli.app, ["check", *args], env=env)
    return result.exit_code, result.stdout


def test_pre_commit_hook_runs_spukdos_check_on_yaml_files() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert (hook["id"], hook["language"], hook["types"]) == ("spukdos-check", "python", ["yaml"])
    # pre-commit runs the entry with the changed files appended
    entry = shlex.split(hook["entry"])
    assert entry[:2] == ["spukdos", "check"]
    files = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    result = runner.invoke(cli.app, [*entry[1:], *files], env={"NO_COLOR": "1"})
    assert result.exit_code == ExitCode.OK, result.output
    pre_commit = recipe("pre-commit")
    assert pre_commit["repos"][0]["hooks"][0]["id"] == hook["id"]


@pytest.mark.parametrize(
    ("heading", "env"),
    [
        ("GitHub Actions", {"GITHUB_ACTIONS": "true", "NO_COLOR": "1"}),
        ("GitLab CI", {"GITHUB_ACTIONS": None, "NO_COLOR": "1"}),
    ],
)
def test_ci_recipe_commands_work(heading: str, env: dict[str, str | None], tmp_path: Path) -> None:
    lines = commands(recipe(heading))
    assert len(lines) >= 2
    for line in lines:
        code, out = run_line(line, tmp_path, env)
        assert code == ExitCode.OK, (line, out)
        if line == "spukdos check aanvragen/" and heading == "GitHub Actions":
            assert out.startswith("::")  # annotations by default in GitHub Actions
    written = {p.name for p in tmp_path.iterdir()}
    outputs = {w for line in lines for w in re.findall(r"-o (\S+)", line)}
    assert written == outputs


def test_gitlab_recipe_publishes_the_reports_it_writes() -> None:
    job = recipe("GitLab CI")["spukdos"]
    reports = job["artifacts"]["reports"]
    script = " ".join(job["script"])
    assert f"-f gitlab -o {reports['codequality']}" in script
    assert f"-f junit -o {reports['junit']}" in script
    assert job["artifacts"]["when"] == "always"
