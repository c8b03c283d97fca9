"""Build a release of spukdos and try it as a user gets it (issue 30).

    python scripts/release.py [--outdir dist] [--force]

1. copies the checkout's files (what git tracks, and new files it does not ignore) to a
   temporary folder and runs ``python -m build --no-isolation`` there, so the checkout
   gets no ``build/`` or ``*.egg-info``;
2. checks the sdist and the wheel: both named with the version, both with every module and
   every package-data file of ``pyproject.toml``, the metadata's version, the console
   script;
3. installs the wheel in a fresh virtual environment (no network) and runs its
   ``spukdos --version``, ``spukdos check examples/amstelveen.yaml`` and ``check -f json``;
4. checks that CHANGELOG.md's newest release is this version, with its changes;
5. copies the two files to ``--outdir`` (default ``dist/``, which git ignores) and, when
   the work tree is clean and the tag is new, prints the commands that tag the release.

It never tags or uploads by itself. The checks are those of ``tests/project/test_release.py``
(both use ``tests/support/release.py``). Needs the ``build`` package (in the test tools of
``requirements.lock``). Exits 0 when the release is good, 1 when it is not.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import processes, release  # noqa: E402 - the checks are the suite's own


def _git(*args: str) -> str:
    done = processes.run(["git", *args], cwd=ROOT, text=True)
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return str(done.stdout)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist")
    parser.add_argument("--force", action="store_true", help="replace files in --outdir")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("build") is None:
        print("the 'build' package is not installed: python -m pip install build")
        return 1
    version = release.version()
    tag = f"v{version}"
    problems = release.changelog_problems(release.changelog_text(), version)
    with tempfile.TemporaryDirectory(prefix="spukdos-release-") as work:
        print(f"building spukdos {version} from a copy of {ROOT} ...", flush=True)
        try:
            artifacts, found = release.try_release(Path(work))
        except AssertionError as failed:  # a step that could not go on: build, venv, pip
            problems.append(str(failed))
        else:
            problems += found
        if not problems:
            args.outdir.mkdir(parents=True, exist_ok=True)
            for built in (artifacts.sdist, artifacts.wheel):
                target = args.outdir / built.name
                if target.exists() and not args.force:
                    problems.append(f"{target} exists (--force replaces it)")
                else:
                    shutil.copy2(built, target)
                    print(f"  {target}")
    if problems:
        print(f"spukdos {version} is not ready:")
        print("\n".join(f"- {problem}" for problem in problems))
        return 1
    print(f"spukdos {version}: sdist and wheel built, installed in a fresh venv, checked.")
    dirty = _git("status", "--porcelain")
    if dirty:
        print(f"The work tree has changes; commit them, then run this again:\n{dirty}")
        return 1
    if _git("tag", "--list", tag).strip():
        print(f"The tag {tag} exists already; raise the version for a new release.")
        return 1
    print("To tag the release (this script does not):")
    print(f'  git tag -a {tag} -m "spukdos {version}"')
    print(f"  git push origin {tag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
