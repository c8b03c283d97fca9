"""Stress: does a parallel batch always end? (issue 23)

    python scripts/stress.py [--runs 100] [--jobs 2] [--files 400] [--max-delay 2.0]
                             [--load N] [--seed S] [--case NAME ...]

Runs every case of ``tests/support/stopping.py`` (SIGTERM, SIGHUP and SIGINT to the whole process
group and to the main process alone, and SIGKILL of one worker in the middle of a run)
``--runs`` times, each with a random delay between the moment the batch opens its table and
the signal, while ``--load`` busy processes (default: one per core) keep the machine's cores
busy. Each run is judged as the suite judges it: the main process ends within 5 seconds with
the documented exit code (or, when the signal came after the table was complete, 0 with the
whole table), no traceback, no temporary file, no process of its group left, its output
streams closed; a killed worker costs nothing but a second try of its file.

Prints per case how many runs ended cleanly, how many the signal reached only after the
run was complete, and the slowest end after the signal; exits 1 if any run was not clean.
Not part of ``.ci/run`` (it takes some minutes); run it after touching the batch's workers
or the signal handling.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import stopping  # noqa: E402 - the judged runs are the suite's own


def _spin() -> None:  # pragma: no cover - a load generator
    while True:
        pass


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--max-delay", type=float, default=2.0)
    parser.add_argument("--load", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--case", action="append", choices=[c.name for c in stopping.CASES])
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 32)
    rng = random.Random(seed)
    cases = [c for c in stopping.CASES if not args.case or c.name in args.case]
    print(
        f"seed {seed}; {args.runs} runs per case; {args.files} files; -j {args.jobs}; "
        f"{args.load} busy processes; delays 0-{args.max_delay} s",
        flush=True,
    )
    load = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(args.load)]
    for process in load:
        process.start()
    failures: list[str] = []
    rows = []
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="spukdos-stress-") as temp:
            folder = stopping.make_folder(Path(temp) / "in", args.files)
            for case in cases:
                clean = late = early = 0
                slowest = 0.0
                for number in range(args.runs):
                    work = Path(temp) / "work"
                    delay = rng.uniform(0, args.max_delay)
                    outcome = stopping.run_case(case, folder, work, delay, args.jobs)
                    shutil.rmtree(work, ignore_errors=True)
                    if outcome.clean:
                        clean += 1
                    else:
                        failures.append(
                            f"{case.name} run {number + 1} (delay {delay:.3f} s): "
                            + "; ".join(outcome.problems)
                        )
                    late += outcome.late
                    early += outcome.early
                    if outcome.ended_after is not None:
                        slowest = max(slowest, outcome.ended_after)
                rows.append((case.label, args.runs, clean, late, early, slowest))
                print(
                    f"{case.label:<22} {clean:>4}/{args.runs} clean, {late:>3} complete "
                    f"before the signal, slowest end {slowest:.2f} s after it",
                    flush=True,
                )
    finally:
        for process in load:
            process.kill()
    print(f"\n{time.monotonic() - started:.0f} s in all")
    for failure in failures:
        print("NOT CLEAN:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
