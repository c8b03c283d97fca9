"""The speed and memory of spukdos, as ratios to baselines measured in the same run.

A script, not a test: these machines are noisy, so every goal is a ratio between two
things measured side by side (interleaved where they are short), and times are the best
of several runs. The rows (goals of issue 18, a 2-core machine):

 1. one ``spukdos check`` of the example / the stack floor (:data:`STACK_FLOOR`)  <= 1.2
 2. ``check -f json`` of 342 files / the CSafeLoader parse floor of the same files <= 2
 3. ``check`` (text) of the 342 files / ``check -f json`` of them                  <= 1.5
 4. ``check -f json`` of the 342 files / check-jsonschema with our schema          <= 0.1
 5. ``check -f json`` of the 342 files / yamllint (relaxed)                        <= 0.05
 6. ``batch -j 2`` / ``batch -j 1``, 1,000 files                                   <= 0.6
 7. ``batch`` of 1,000 files / the parse floor of them                             <= 1.5
 8. peak memory of ``batch``, 10,000 files / 1,000 files                           <= 1.2
 9. ``check`` of the costliest hostile file / ``check`` of the example              <= 5
10. peak memory of ``check``, the hungriest hostile file / the example             <= 2

Rows 9 and 10 hold issue 7's bounds (every hostile file answered in under 2 seconds and
200 MiB): on this machine one check of the example takes 0.35 to 0.7 s and 52 MiB. The
hostile files are the generated attacks of ``tests/support/attacks.py``, each at or just under
one of the loader's limits.

The two peers (rows 4 and 5) are other programs: they live in an environment of their own
(``--peers DIR``, made with ``--install-peers``), never in spukdos's; without them their
rows say "not installed".

    python benchmarks/bench.py --install-peers      # once: check-jsonschema and yamllint
    python benchmarks/bench.py                      # every row
    python benchmarks/bench.py --quick              # fewer files and runs, to try a change
    python benchmarks/bench.py --hostile            # rows 9 and 10 only
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import venv
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import AMSTELVEEN, ROOT, generate

sys.path.insert(0, str(ROOT))

from tests.support.attacks import write_attacks

SCHEMA = ROOT / "schemas" / "businesscase.schema.json"
PEERS = {"check-jsonschema": "0.39.0", "yamllint": "1.38.0"}
DEFAULT_PEERS = Path.home() / ".cache" / "spukdos-bench-peers"

FLOOR = """\
import os, sys, yaml
for folder, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(folder, name), "rb") as handle:
            try:
                yaml.load(handle, Loader=yaml.CSafeLoader)
            except yaml.YAMLError:
                pass
"""
"""The parse floor: one process that only parses every file with PyYAML's C loader."""

STACK_FLOOR = """\
import os, sys, yaml, typer
from pydantic import BaseModel
class Case(BaseModel):
    x: int
app = typer.Typer()
@app.command()
def check(file: str) -> None:
    yaml.load(open(file, "rb"), Loader=yaml.CSafeLoader)
    from rich.console import Console
    from rich.table import Table
    table = Table("x")
    table.add_row(str(Case(x=1).x))
    Console().print(table)
    sys.stdout.flush()
    os._exit(0)
app()
"""
"""The least any ``check`` on spukdos's stack costs: a Typer command that parses the file,
validates one field with a Pydantic model and prints a one-cell Rich table, ending without
the interpreter's teardown as ``spukdos`` does."""


WATCHDOG = 600.0
"""Seconds one measured run may take; a run still going then has hung and is killed."""


# -- measuring --------------------------------------------------------------------------------
def run(command: list[str]) -> tuple[float, int, int]:
    """Wall time, peak resident set (bytes, largest process of the tree), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(WATCHDOG, proc.kill)  # a hung run ends as a failed one
    watchdog.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        watchdog.cancel()
    return time.perf_counter() - start, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def interleaved(commands: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, int]]:
    """Each command ``repeat`` times, in turns, so all see the same load: best time and
    the largest peak memory of each."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(repeat):
        for name, command in commands.items():
            wall, peak, code = run(command)
            if code not in (0, 1):
                raise SystemExit(f"{name}: exit code {code}: {' '.join(command)}")
            times[name].append(wall)
            memory[name] = max(memory[name], peak)
    return {name: (min(times[name]), memory[name]) for name in commands}


def compile_package() -> None:
    """Write spukdos's bytecode first, as a regular ``pip install`` does: in an editable
    install with PYTHONDONTWRITEBYTECODE set (as on the CI machine) every run would
    otherwise compile every module again, which is not what users run."""
    import compileall

    import spukdos_cli

    compileall.compile_dir(Path(spukdos_cli.__file__).parent, quiet=1)


def spukdos() -> list[str]:
    script = Path(sys.executable).with_name("spukdos")
    return [str(script)] if script.exists() else [sys.executable, "-m", "spukdos_cli"]


def peer(folder: Path, name: str) -> list[str] | None:
    program = folder / "bin" / name
    return [str(program)] if program.exists() else None


def install_peers(folder: Path) -> None:
    """An environment of their own for the peers (never spukdos's)."""
    venv.create(folder, with_pip=True, clear=True)
    pins = [f"{name}=={version}" for name, version in PEERS.items()]
    subprocess.run(
        [str(folder / "bin" / "python"), "-m", "pip", "install", "-q", *pins],
        check=True,
        timeout=1800,
    )


# -- the table --------------------------------------------------------------------------------
@dataclass
class Row:
    what: str
    goal: float
    ratio: float | None = None
    detail: str = ""

    def line(self) -> str:
        if self.ratio is None:
            measured, verdict = "—", "not installed"
        else:
            measured = f"{self.ratio:.2f}x"
            verdict = "ok" if self.ratio <= self.goal else "MISSED"
        return f"| {self.what} | {measured} | <= {self.goal:g}x | {verdict} | {self.detail} |"


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer files and runs")
    parser.add_argument("--peers", type=Path, default=DEFAULT_PEERS)
    parser.add_argument("--install-peers", action="store_true")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--hostile", action="store_true", help="rows 9 and 10 only")
    args = parser.parse_args()
    if args.install_peers:
        install_peers(args.peers)
    work = Path(tempfile.mkdtemp(prefix="spukdos-bench-"))
    rows: list[Row] = []
    try:
        compile_package()
        print(
            f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, "
            f"{len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}"
        )
        sp = spukdos()
        if not args.hostile:
            rows += everyday(sp, work, args)
        rows += hostile(sp, work, 2 if args.quick else 3)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("| what | measured | goal | | times |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(row.line())


def everyday(sp: list[str], work: Path, args: argparse.Namespace) -> list[Row]:
    """Rows 1 to 8: one check, one file per municipality, batch."""
    municipalities, batch_files, memory_files, repeat, single_repeat = (
        (60, 200, 1000, 2, 5) if args.quick else (342, 1000, 10000, 3, 15)
    )
    rows: list[Row] = []
    # 1. one check against the stack floor
    single = interleaved(
        {
            "check": [*sp, "check", str(AMSTELVEEN)],
            "floor": [sys.executable, "-c", STACK_FLOOR, str(AMSTELVEEN)],
        },
        single_repeat,
    )
    (check, _), (floor, _) = single["check"], single["floor"]
    rows.append(
        Row(
            "one `check` of the example / the stack floor",
            1.2,
            check / floor,
            f"{seconds(check)} / {seconds(floor)}",
        )
    )

    # 2-5. one file per municipality
    towns = work / "towns"
    generate(towns, municipalities, args.seed)
    files = sorted(str(p) for p in towns.rglob("*.yaml"))
    commands: dict[str, list[str]] = {
        "parse": [sys.executable, "-c", FLOOR, str(towns)],
        "json": [*sp, "check", "-f", "json", str(towns)],
        "text": [*sp, "check", str(towns)],
    }
    jsonschema = peer(args.peers, "check-jsonschema")
    yamllint = peer(args.peers, "yamllint")
    if jsonschema:
        commands["check-jsonschema"] = [*jsonschema, "--schemafile", str(SCHEMA), *files]
    if yamllint:
        commands["yamllint"] = [*yamllint, "-d", "relaxed", *files]
    town = interleaved(commands, repeat)
    json_time = town["json"][0]
    n = f"{municipalities} files"
    rows.append(
        Row(
            f"`check -f json`, {n} / the parse floor",
            2,
            json_time / town["parse"][0],
            f"{seconds(json_time)} / {seconds(town['parse'][0])}",
        )
    )
    rows.append(
        Row(
            f"`check` (text), {n} / `check -f json`",
            1.5,
            town["text"][0] / json_time,
            f"{seconds(town['text'][0])} / {seconds(json_time)}",
        )
    )
    for name, goal in (("check-jsonschema", 0.1), ("yamllint", 0.05)):
        other = town.get(name)
        rows.append(
            Row(
                f"`check -f json`, {n} / {name}",
                goal,
                json_time / other[0] if other else None,
                f"{seconds(json_time)} / {seconds(other[0])}" if other else "",
            )
        )

    # 6-8. batch
    batch_dir = work / "batch"
    generate(batch_dir, batch_files, args.seed + 1)
    out = work / "rows.csv"

    def batch(folder: Path, *extra: str) -> list[str]:
        return [*sp, "batch", str(folder), "-o", str(out), "--force", *extra]

    timed = interleaved(
        {
            "parse": [sys.executable, "-c", FLOOR, str(batch_dir)],
            "j1": batch(batch_dir, "-j", "1"),
            "j2": batch(batch_dir, "-j", "2"),
            "default": batch(batch_dir),
        },
        repeat,
    )
    rows.append(
        Row(
            f"`batch -j 2` / `batch -j 1`, {batch_files} files",
            0.6,
            timed["j2"][0] / timed["j1"][0],
            f"{seconds(timed['j2'][0])} / {seconds(timed['j1'][0])}",
        )
    )
    rows.append(
        Row(
            f"`batch`, {batch_files} files / the parse floor",
            1.5,
            timed["default"][0] / timed["parse"][0],
            f"{seconds(timed['default'][0])} / {seconds(timed['parse'][0])}",
        )
    )
    large = work / "large"
    generate(large, memory_files, args.seed + 2)
    _, large_peak, _ = run(batch(large))
    small_peak = timed["default"][1]
    rows.append(
        Row(
            f"peak memory of `batch`, {memory_files} / {batch_files} files",
            1.2,
            large_peak / small_peak,
            f"{mib(large_peak)} / {mib(small_peak)}",
        )
    )
    return rows


def hostile(sp: list[str], work: Path, repeat: int) -> list[Row]:
    """Rows 9 and 10: every generated attack, interleaved with one check of the example."""
    folder = work / "attacks"
    folder.mkdir()
    commands = {"example": [*sp, "check", str(AMSTELVEEN)]}
    for name, path in write_attacks(folder).items():
        commands[name] = [*sp, "check", str(path)]
    measured = interleaved(commands, repeat)
    example_time, example_peak = measured.pop("example")
    slowest = max(measured, key=lambda name: measured[name][0])
    hungriest = max(measured, key=lambda name: measured[name][1])
    return [
        Row(
            "`check` of the costliest hostile file / of the example",
            5,
            measured[slowest][0] / example_time,
            f"{slowest}: {seconds(measured[slowest][0])} / {seconds(example_time)}",
        ),
        Row(
            "peak memory of `check`, the hungriest hostile file / the example",
            2,
            measured[hungriest][1] / example_peak,
            f"{hungriest}: {mib(measured[hungriest][1])} / {mib(example_peak)}",
        ),
    ]


if __name__ == "__main__":
    main()
