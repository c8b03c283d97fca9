"""Hostile documents (issue 25), as ratios to one ``spukdos check`` of the example, measured
in the same run (a script, not a test).

Each document of ``tests/support/hostile_documents.py`` is given to ``spukdos import`` in a fresh
process, in turns with ``spukdos check examples/amstelveen.yaml``; the time of each is the
best of ``--repeat`` runs, as wall time (which the reader's wall-clock limit bounds) and
as CPU time of the process and its children (the isolated reader included). The peak
memory is that of the process tree (``wait4``).

    python benchmarks/bench_hostile_documents.py              # best of 3
    python benchmarks/bench_hostile_documents.py --repeat 1   # a quick look

Targets (issue 25): every document answered within 10 s and 500 MB; as ratios on the
2-core development machine (one check of the example: about 0.4 s and 55 MB), the
costliest at most 25 x the example's wall time and the hungriest at most 10 x its memory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import hostile_documents  # noqa: E402 - the suite's own generators

WALL_TARGET = 25.0
MEMORY_TARGET = 10.0


def _run(argv: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the tree, peak KiB of the tree) of one run of ``argv``,
    its output to the null device."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.execv(sys.executable, [sys.executable, *argv])
    _, _, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    example = ["-m", "spukdos_cli", "check", str(ROOT / "examples" / "amstelveen.yaml")]
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        base = [_run(example) for _ in range(args.repeat)]
        for key, generator in hostile_documents.SLOW_OR_HUGE.items():
            name, data = generator()
            path = Path(folder) / name
            path.write_bytes(data)
            target = str(Path(folder) / "uit.yaml")
            runs = []
            for _ in range(args.repeat):
                runs.append(_run(["-m", "spukdos_cli", "import", str(path), "-o", target]))
                base.append(_run(example))
            rows.append(
                (key, min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs))
            )
    wall0, cpu0, peak0 = min(b[0] for b in base), min(b[1] for b in base), max(b[2] for b in base)
    print(f"one check of the example: {wall0:.2f} s wall, {cpu0:.2f} s CPU, {peak0 / 1024:.0f} MiB")
    print(f"{'document':<24} {'wall':>7} {'x':>6} {'CPU':>7} {'x':>6} {'peak':>8} {'x':>6}")
    worst_wall = worst_peak = 0.0
    for key, wall, cpu, peak in rows:
        worst_wall, worst_peak = max(worst_wall, wall / wall0), max(worst_peak, peak / peak0)
        print(f"{key:<24} {wall:6.2f}s {wall / wall0:6.1f} {cpu:6.2f}s {cpu / cpu0:6.1f} "
              f"{peak / 1024:6.0f}Mi {peak / peak0:6.1f}")  # fmt: skip
    print(f"costliest: {worst_wall:.1f} x the example's wall time (target <= {WALL_TARGET:g} x); "
          f"hungriest: {worst_peak:.1f} x its memory (target <= {MEMORY_TARGET:g} x)")  # fmt: skip
    within = all(wall < 10 and peak < 500 * 1024 for _, wall, _, peak in rows)
    print("every document within 10 s and 500 MB:", "yes" if within else "NO")
    return 0 if within and worst_wall <= WALL_TARGET and worst_peak <= MEMORY_TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
