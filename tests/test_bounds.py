"""Time and memory bounds (issue 7): every hostile file is answered in under 2 seconds
and 200 MiB, with a finding, never a crash.

Wall time is not asserted (it depends on the machine's load); instead the command runs in
a child process with hard limits (address space 400 MiB, CPU 30 s, a 120 s timeout
against hangs) and reports, per file, the CPU seconds the check cost and the process's
peak resident memory. The big files are generated here at run time, never committed.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from spukdos_cli.read import yamltree
from spukdos_cli.read.loader import MAX_FILE_BYTES

resource = pytest.importorskip("resource")
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="ru_maxrss and RLIMIT_AS as on Linux"
)

HOSTILE = Path(__file__).resolve().parent / "hostile"
MIB = 1024 * 1024
TIME_LIMIT = 2.0  # CPU seconds per file, the bound
MEMORY_LIMIT = 200 * MIB  # peak resident memory, the bound
ADDRESS_SPACE = 400 * MIB  # hard limit: room for the interpreter's mappings

# The child imports everything a check needs first, so that the CPU time it reports per
# file is the cost of that file; then it runs the real entry point once per file.
DRIVER = r"""
import json, resource, sys, time
import rich.console
import spukdos_cli.cli.app, spukdos_cli.read.loader
import spukdos_cli.report.json_report, spukdos_cli.report.text
import spukdos_cli.checks.pipeline
from spukdos_cli.cli.app import main

report = []
for arguments in json.loads(sys.argv[1]):
    sys.argv = ["spukdos", *arguments]
    start = time.process_time()
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code
    report.append({"args": arguments, "exit": code, "cpu": time.process_time() - start})
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
sys.stderr.write("\nBOUNDS " + json.dumps({"runs": report, "peak": peak}) + "\n")
"""

HEAD = "spukdos: 1\n"


def _laughs(width: int) -> str:
    text = 'a: &a ["lol"' + ', "lol"' * (width - 1) + "]\n"
    previous = "a"
    for name in "bcdefghijklm":
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * width) + "]\n"
        previous = name
    return text


def _nested_parties() -> str:
    person = "    - {naam: 1.5, email: [], telefoon: {}}\n"
    return HEAD + "partijen:\n" + ("  - contactpersonen:\n" + person * 150) * 150


def _full_lists() -> str:
    items = yamltree.MAX_ITEMS
    post = "    - {kostenpost: Post met een naam, uitvoerder: Iemand, bedrag: 1.250}\n"
    return (
        HEAD
        + "kosten:\n  initieel:\n"
        + post * items
        + "  uitvoering:\n"
        + post * items
        + "financiering:\n  bijdragen:\n"
        + "    - {partij: p, bedrag: 1.250}\n" * items
        + "baten:\n  overige:\n"
        + "    - {omschrijving: o, bedrag: 1.250}\n" * items
        + "  kwalitatief:\n"
        + "    - {baat: b}\n" * items
    )


def _long_cells() -> str:
    post = "    - {kostenpost: '" + "woord " * 16_000 + "', bedrag: 5}\n"
    return HEAD + "kosten:\n  uitvoering:\n" + post * 40


# name -> (content, what it attacks). Each stays within the 4 MiB read limit unless it is
# meant to exceed it.
GENERATED: dict[str, Callable[[], bytes | str]] = {
    "comments-4mib.yaml": lambda: b"#" * (MAX_FILE_BYTES - 1) + b"\n",
    "long-line.yaml": lambda: HEAD + "experiment:\n  naam: '" + "x" * (MAX_FILE_BYTES - 64) + "'\n",
    "text-at-limit.yaml": lambda: HEAD + "experiment:\n  naam: " + "x" * yamltree.MAX_TEXT + "\n",
    "long-cells.yaml": _long_cells,
    "huge-integer.yaml": lambda: HEAD + "regeling_jaar: 1" + "0" * 99_999 + "\n",
    "random-bytes.yaml": lambda: random.Random(7).randbytes(MAX_FILE_BYTES - 1),
    "many-unknown-keys.yaml": lambda: HEAD + "".join(f"sleutel{i}: 1\n" for i in range(49_000)),
    "many-digit-keys.yaml": lambda: (
        HEAD
        + "baten: {uitstel_mpt_vpt: {dagen: 1, "
        + ", ".join(f"{i}: " for i in range(49_000))
        + "}}\n"
    ),
    "many-duplicates.yaml": lambda: HEAD + "experiment:\n" + "  naam: x\n" * 49_000,
    "nested-lists.yaml": _nested_parties,
    "full-lists.yaml": _full_lists,
    "laughs-wide.yaml": lambda: _laughs(20),
    "deep-flow.yaml": lambda: "[" * 200_000 + "]" * 200_000,
    "deep-block.yaml": lambda: "".join("  " * i + "k:\n" for i in range(1_500)),
    "many-aliases.yaml": lambda: "a: &a x\nb: [" + ", ".join(["*a"] * 50_000) + "]\n",
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bounds")
    made: dict[str, Path] = {}
    for name, make in GENERATED.items():
        content = make()
        raw = content.encode("utf-8") if isinstance(content, str) else content
        path = folder / name
        path.write_bytes(raw)
        made[name] = path
    # a file of 50 MiB (sparse, so it costs no disk): only 4 MiB + 1 byte is ever read
    sparse = folder / "sparse-50mib.yaml"
    with open(sparse, "wb") as handle:
        handle.truncate(50 * MIB)
    made[sparse.name] = sparse
    return made


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))


def _run(runs: list[list[str]]) -> tuple[list[dict[str, object]], int]:
    completed = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(runs)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limits,
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"},
        check=False,
    )
    lines = [line for line in completed.stderr.splitlines() if line.startswith("BOUNDS ")]
    assert lines, completed.stderr[-2000:]
    assert "Traceback" not in completed.stderr
    report = json.loads(lines[-1].removeprefix("BOUNDS "))
    return report["runs"], report["peak"]


def _assert_within_bounds(runs: list[dict[str, object]], peak: int) -> None:
    assert peak < MEMORY_LIMIT, f"peak memory {peak / MIB:.0f} MiB"
    slow = {str(r["args"]): r["cpu"] for r in runs if float(str(r["cpu"])) >= TIME_LIMIT}
    assert not slow, slow


def test_generated_attacks_are_answered_within_bounds(files: dict[str, Path]) -> None:
    # the text report: the JSON report does the same loading and less rendering
    runs = [["check", str(path)] for path in files.values()]
    results, peak = _run(runs)
    assert len(results) == len(runs)
    assert {r["exit"] for r in results} == {1}  # each one a finding, none a crash
    _assert_within_bounds(results, peak)


def test_the_corpus_is_answered_within_bounds() -> None:
    manifest = tomllib.loads((HOSTILE / "manifest.toml").read_text("utf-8"))["expected"]
    runs = [["check", str(HOSTILE / name)] for name in sorted(manifest)]
    runs += [["check", "-f", "json", "-l", "en", str(HOSTILE / name)] for name in sorted(manifest)]
    results, peak = _run(runs)
    assert {r["exit"] for r in results} == {1}
    _assert_within_bounds(results, peak)


def test_the_limits_of_the_child_are_real() -> None:
    # the guard works: a child that needs more than the address space fails, it is not
    # silently allowed
    completed = subprocess.run(
        [sys.executable, "-c", "b = bytearray(500 * 1024 * 1024)"],
        capture_output=True,
        preexec_fn=_limits,
        timeout=60,
        check=False,
    )
    assert completed.returncode != 0
    assert b"MemoryError" in completed.stderr
