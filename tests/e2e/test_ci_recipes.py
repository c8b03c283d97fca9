"""The pre-commit hook and the CI recipes of the handbook (docs/ci.md) work as written.

Every ``spukdos check`` line of the GitHub Actions and GitLab CI recipes is run against
examples/ (for the folder ``aanvragen/``), with its output file in a temporary folder.
The page's pre-commit recipe is run by pre-commit itself, in a temporary git
repository of applications and other YAML, and so is the hook of .pre-commit-hooks.yaml
(as a local hook: pre-commit would otherwise clone spukdos from the network).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from tests.conftest import EXAMPLES, ROOT
from tests.support import processes

runner = CliRunner()
PAGE = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def recipe(heading: str) -> Any:
    """The YAML block under a heading of the CI page, parsed."""
    match = re.search(rf"^## {re.escape(heading)}\n.*?```yaml\n(.*?)```", PAGE, re.S | re.M)
    assert match, f"no YAML block under '## {heading}' in docs/ci.md"
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


# -- pre-commit, for real ---------------------------------------------------------------
NOT_APPLICATIONS = {
    ".pre-commit-config.yaml": None,
    ".github/workflows/ci.yml": "on: push\njobs: {}\n",
    ".gitlab-ci.yml": "test:\n  script: [echo]\n",
    "docker-compose.yml": "services: {}\n",
    "mkdocs.yml": "site_name: x\n",
    "aanvragen/prijslijst-2025.yaml": "naam: eigen lijst\n",
}
APPLICATIONS = ("aanvragen/amstelveen.yaml", "aanvragen/centraal-persoon.yaml")


def git_repository(folder: Path, config: str) -> Path:
    """A git repository of applications (copies of examples/) and other YAML, all staged."""
    folder.mkdir()
    processes.run(["git", "init", "-q", str(folder)], check=True)
    files = {**NOT_APPLICATIONS, ".pre-commit-config.yaml": config}
    for name in APPLICATIONS:
        files[name] = (EXAMPLES / Path(name).name).read_text(encoding="utf-8")
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text or "", encoding="utf-8")
    processes.run(["git", "-C", str(folder), "add", "-A"], check=True)
    return folder


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "PRE_COMMIT_COLOR": "never",
        "NO_COLOR": "1",
        "SPUKDOS_LANG": "nl",
    }
    env.pop("GITHUB_ACTIONS", None)
    return processes.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_the_handbook_recipe_is_the_hook_of_this_repository() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (local,) = recipe("pre-commit")["repos"][0]["hooks"]
    same = ("id", "entry", "types", "exclude")
    assert {k: local[k] for k in same} == {k: hook[k] for k in same}


@needs_git
def test_the_handbook_pre_commit_recipe_runs_as_written(tmp_path: Path) -> None:
    block = re.search(r"^## pre-commit\n.*?```yaml\n(.*?)```", PAGE, re.S | re.M)
    assert block is not None
    repo = git_repository(tmp_path / "aanvragen-repo", block.group(1))
    run = pre_commit(repo)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^spukdos check\.+Passed$", run.stdout, re.M), run.stdout
    assert len(run.stdout.strip().splitlines()) == 1  # --quiet: nothing else on success
    # a broken application fails the hook, and the report names it
    (repo / "aanvragen" / "kapot.yaml").write_text("spukdos: [1\n", encoding="utf-8")
    processes.run(["git", "-C", str(repo), "add", "-A"], check=True)
    run = pre_commit(repo)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Failed" in run.stdout and "kapot.yaml" in run.stdout and "Y002" in run.stdout
    assert ".gitlab-ci.yml" not in run.stdout and "mkdocs.yml" not in run.stdout
    # issue 28: three applications, one with an error: the error and a summary, in at most
    # 15 lines (pre-commit's own four included)
    assert len(run.stdout.strip().splitlines()) <= 15, run.stdout
    assert re.search(r"^Samenvatting: 3 bestand\(en\)", run.stdout, re.M), run.stdout
    shown = re.search(r"^## pre-commit\n.*?```text\n(.*?)```", PAGE, re.S | re.M)
    assert shown is not None and shown.group(1).strip() == run.stdout.strip()  # the page's


def local_hook(entry: str | None = None) -> str:
    """The hook of .pre-commit-hooks.yaml as a local hook (language system: pre-commit uses
    the spukdos on PATH instead of installing one), without any ``files:`` of a user."""
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    local = {**hook, "language": "system"}
    if entry is not None:
        local["entry"] = entry
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}, sort_keys=False)


@needs_git
def test_the_hook_leaves_out_yaml_that_is_never_an_application(tmp_path: Path) -> None:
    lister = f"{shlex.quote(sys.executable)} -c 'import sys; print(*sys.argv[1:], sep=chr(10))'"
    repo = git_repository(tmp_path / "selection", local_hook(lister))
    run = pre_commit(repo, "--verbose")
    assert run.returncode == 0, run.stdout + run.stderr
    listed = {line.strip() for line in run.stdout.splitlines() if line.strip().endswith(".yaml")}
    listed |= {line.strip() for line in run.stdout.splitlines() if line.strip().endswith(".yml")}
    assert listed == set(APPLICATIONS)


@needs_git
def test_the_hook_as_defined_passes_valid_applications_quietly(tmp_path: Path) -> None:
    repo = git_repository(tmp_path / "valid", local_hook())
    run = pre_commit(repo)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().endswith("Passed") and len(run.stdout.strip().splitlines()) == 1
