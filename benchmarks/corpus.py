"""Synthetic applications for the benchmarks (seeded, so every run measures the same files).

Each is built from the texts of ``examples/amstelveen.yaml``, so about its size, with
varied cost posts, benefits and number spellings; 8 % state a wrong net effect, 5 % lack a
section and 1 % are broken YAML, as a folder of real submissions would.

    python benchmarks/corpus.py DIR 342      # write 342 applications to DIR
"""

from __future__ import annotations

import argparse
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
AMSTELVEEN = ROOT / "examples" / "amstelveen.yaml"
CENT = Decimal("0.01")

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


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("number", type=int)
    args = parser.parse_args()
    target, number = args.folder, args.number
    print(f"{generate(target, number, seed=6)} bytes in {number} files under {target}")
