"""Benchmark of ``spukdos batch`` and ``spukdos check`` (a script, not a test).

Generates synthetic applications (seeded; built from the texts of
``examples/amstelveen.yaml``, so about its size, with varied cost posts, benefits,
number spellings, and a share of files with an arithmetic error, a missing section or
broken YAML), then measures in the same run:

(a) the floor: one Python process that parses all files with ``yaml.CSafeLoader``;
(b) ``spukdos batch DIR -o results.csv`` over the same files;
(c) ``spukdos check examples/amstelveen.yaml`` against a bare ``python -c`` that only
    parses that file with ``CSafeLoader``, and against the stack floor
    (:data:`STACK_FLOOR`: the same parse in a Typer command with one Pydantic model and a
    Rich table, the least any check on that stack costs);

and prints the ratios and the peak memory (the largest resident set of any process of
the run, workers included) of a batch of ``--files`` and of ``--memory-files`` files.
Times are the best of ``--repeat`` runs, so that other load on the machine counts less.

    python benchmarks/bench_batch.py                  # 1.000 files, memory at 10.000
    python benchmarks/bench_batch.py --files 200 --memory-files 0   # quick look

Targets (issue 6, a 2-core machine): batch of 1.000 files <= 1.5 x the floor; peak
memory at 10.000 files <= 1.2 x that at 1.000; check <= 4 x the bare parse.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
AMSTELVEEN = ROOT / "examples" / "amstelveen.yaml"
CENT = Decimal("0.01")

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
BARE_PARSE = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
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
"""The least any ``check`` on the mandated stack costs: a Typer command that parses the
file, validates one field with a Pydantic model and prints a one-cell Rich table, ending
without the interpreter's teardown as ``spukdos`` does. Measured in the same run, so
that the 4 x target can be seen against what the stack itself takes."""
TOWNS = [
    "Amstelveen", "Zwolle", "Deventer", "Tilburg", "Delft", "Leeuwarden", "Assen", "Heerlen",
    "Almere", "Gouda", "Ede", "Hoorn", "Venlo", "Emmen", "Sittard-Geleen", "Súdwest-Fryslân",
]  # fmt: skip


# -- synthetic applications ------------------------------------------------------------------
class Plain(str):
    """A scalar written without quotes (a number as people type it)."""


class Dumper(yaml.CSafeDumper):
    pass


def _plain(dumper: yaml.CSafeDumper, value: Plain) -> yaml.ScalarNode:
    tag = dumper.resolve(yaml.ScalarNode, str(value), (True, False))
    return dumper.represent_scalar(tag, str(value), style="")


def _text(dumper: yaml.CSafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None  # long texts as block literals, as people write
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(Plain, _plain)
Dumper.add_representer(str, _text)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def money(rng: random.Random, value: Decimal) -> object:
    """An amount in one of the spellings applicants use."""
    text = format(value, "f")
    whole, _, decimals = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return rng.choice(
        [
            Plain(text),
            Plain(f"{grouped},{decimals}") if len(whole) > 3 else Plain(text),
            f"€ {grouped},{decimals}",
            Plain(whole) if decimals == "00" else Plain(text),
        ]
    )


def factor(rng: random.Random, value: Decimal) -> object:
    text = format(value, "f")
    return Plain(text.replace(".", ",") if "." in text and rng.random() < 0.5 else text)


def vary(rng: random.Random, text: str) -> str:
    """The same words in another order: whole lines rotated, or words of a single line."""
    lines = text.strip("\n").split("\n")
    sep = "\n"
    if len(lines) < 3:
        lines, sep = text.split(" "), " "
    cut = rng.randrange(1, len(lines))
    return sep.join(lines[cut:] + lines[:cut]) + ("\n" if sep == "\n" else "")


def vary_texts(rng: random.Random, node: Any) -> Any:
    if isinstance(node, dict):
        return {k: vary_texts(rng, v) for k, v in node.items()}
    if isinstance(node, list):
        return [vary_texts(rng, v) for v in node]
    if isinstance(node, str) and len(node) > 80:
        return vary(rng, node)
    return node


def delay(rng: random.Random, template: dict[str, Any]) -> tuple[dict[str, Any], Decimal]:
    dagen = Decimal(rng.choice(["30", "60", "90", "120", "182.5", "365"]))
    inwoners = Decimal(rng.randint(10, 150)) / 10
    rate = Decimal(rng.choice(["255.00", "285.00", "290.00", "334.00", "312.50"]))
    amount = cents(dagen * inwoners * rate)
    block = dict(template)
    block.update(
        dagen=factor(rng, dagen),
        inwoners=factor(rng, inwoners),
        kosten_per_dag=money(rng, rate),
        totaal=money(rng, amount),
    )
    if rate == Decimal("290.00"):
        block["tarief"] = "zi-verpleeghuis-dag-2022"
    return block, amount


def application(rng: random.Random, template: dict[str, Any], index: int) -> str:
    data = vary_texts(rng, template)
    town = rng.choice(TOWNS)
    data["experiment"]["gemeente"] = town
    data["experiment"]["naam"] = f"Samenzorg {town} {index}"

    posts_template = template["kosten"]["uitvoering"]
    posts, costs = [], Decimal("0.00")
    for i in range(rng.randint(3, 12)):
        post = dict(posts_template[i % len(posts_template)])
        amount = Decimal(rng.randrange(500_000, 12_000_000)) / 100
        post["bedrag"] = money(rng, amount)
        posts.append(post)
        costs += amount
    data["kosten"] = {"initieel": [], "uitvoering": posts}

    mpt, mpt_amount = delay(rng, template["baten"]["uitstel_mpt_vpt"])
    intra, intra_amount = delay(rng, template["baten"]["uitstel_intramuraal"])
    other = Decimal(rng.randrange(0, 20_000_000)) / 100
    overige = dict(template["baten"]["overige"][0])
    overige["bedrag"] = money(rng, other)
    data["baten"].update(uitstel_mpt_vpt=mpt, uitstel_intramuraal=intra, overige=[overige])

    grant = cents(costs * Decimal("0.8"))
    data["financiering"] = {
        "bijdragen": [
            {"partij": f"Gemeente {town}", "bedrag": money(rng, costs - grant)},
        ],
        "uitkering": money(rng, grant),
        "totaal": money(rng, costs),
    }
    saldo = mpt_amount + intra_amount + other - costs
    if rng.random() < 0.08:  # an arithmetic error in the stated net effect
        saldo += Decimal(rng.randrange(-500_000, 500_000)) / 100
    data["opgave"] = {
        "initiele_kosten": Plain("0.00"),
        "uitvoeringskosten": money(rng, costs),
        "overige_besparingen": money(rng, other),
        "saldo": Plain(format(saldo, "f")),
    }
    if rng.random() < 0.05:  # an incomplete application
        data["beschrijving"].pop("borging", None)
    text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    if rng.random() < 0.01:  # broken YAML
        text = text[: len(text) // 2] + "\n  - [unclosed\n"
    return text


def generate(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` applications to ``folder`` (100 per subfolder); total bytes."""
    template = yaml.load(AMSTELVEEN.read_bytes(), Loader=yaml.CSafeLoader)
    rng = random.Random(seed)
    size = 0
    for index in range(count):
        sub = folder / f"{index // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        raw = application(rng, template, index).encode("utf-8")
        (sub / f"aanvraag-{index:05d}.yaml").write_bytes(raw)
        size += len(raw)
    return size


# -- measuring --------------------------------------------------------------------------------
def run(command: list[str]) -> tuple[float, int, int]:
    """Wall time, peak resident set (bytes, largest process of the tree), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss * 1024, proc.returncode


def best(command: list[str], repeat: int) -> tuple[float, int, int]:
    runs = [run(command) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


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


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--memory-files", type=int, default=10000, help="0: skip")
    parser.add_argument("--jobs", type=int, default=None, help="default: spukdos's own")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check-repeat", type=int, default=15)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="spukdos-bench-"))
    try:
        jobs = ["-j", str(args.jobs)] if args.jobs else []
        compile_package()
        cores = len(os.sched_getaffinity(0))
        print(f"machine: {cores} cores, Python {sys.version.split()[0]}")

        small = work / "small"
        size = generate(small, args.files, args.seed)
        print(
            f"generated {args.files} applications, {size / args.files / 1024:.1f} KB each "
            f"(examples/amstelveen.yaml: {AMSTELVEEN.stat().st_size / 1024:.1f} KB)"
        )
        floor, floor_mem, code = best([sys.executable, "-c", FLOOR, str(small)], args.repeat)
        if code != 0:
            raise SystemExit(f"the floor script failed with exit code {code}")
        out = work / "results.csv"
        batch_cmd = [*spukdos(), "batch", str(small), "-o", str(out), "--force", *jobs]
        batch, batch_mem, code = best(batch_cmd, args.repeat)
        if code not in (0, 1):
            raise SystemExit(f"spukdos batch failed with exit code {code}")
        ratio = batch / floor
        print(f"(a) floor, CSafeLoader in one process: {floor:.2f} s ({mib(floor_mem)})")
        print(
            f"(b) spukdos batch -o results.csv:       {batch:.2f} s ({mib(batch_mem)} peak)"
            f"  ratio {ratio:.2f} (target <= 1.5: {verdict(ratio <= 1.5)})"
        )

        if args.memory_files:
            large = work / "large"
            generate(large, args.memory_files, args.seed + 1)
            large_cmd = [*spukdos(), "batch", str(large), "-o", str(out), "--force", *jobs]
            large_time, large_mem, _ = run(large_cmd)
            growth = large_mem / batch_mem
            print(
                f"    peak memory {args.files} files: {mib(batch_mem)}; "
                f"{args.memory_files} files: {mib(large_mem)} in {large_time:.1f} s"
                f"  ratio {growth:.2f} (target <= 1.2: {verdict(growth <= 1.2)})"
            )
            shutil.rmtree(large)

        check_cmd = [*spukdos(), "check", str(AMSTELVEEN)]
        bare_cmd = [sys.executable, "-c", BARE_PARSE, str(AMSTELVEEN)]
        stack_cmd = [sys.executable, "-c", STACK_FLOOR, str(AMSTELVEEN)]
        checks, bares, stacks = [], [], []
        for _ in range(args.check_repeat):  # interleaved, so all see the same load
            checks.append(run(check_cmd)[0])
            bares.append(run(bare_cmd)[0])
            stacks.append(run(stack_cmd)[0])
        check, bare, stack = min(checks), min(bares), min(stacks)
        ratio = check / bare
        print(
            f"(c) spukdos check examples/amstelveen.yaml: {check * 1000:.0f} ms; bare parse "
            f"{bare * 1000:.0f} ms; ratio {ratio:.2f} (target <= 4: {verdict(ratio <= 4)})"
        )
        print(
            f"    stack floor (a Typer command: parse, one Pydantic model, a Rich table): "
            f"{stack * 1000:.0f} ms = {stack / bare:.2f} x the bare parse; "
            f"check = {check / stack:.2f} x the stack floor, {(check - stack) * 1000:.0f} ms more"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
