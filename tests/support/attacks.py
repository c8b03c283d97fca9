"""Generated hostile files: each one at, or just under, one of the loader's limits, so that
it costs as much as a file can (issue 7). Made at run time, never committed.

``tests/e2e/test_bounds.py`` runs them under hard limits; ``benchmarks/bench.py`` measures
what they cost against an ordinary check in the same run.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from spukdos_cli.read import yamltree
from spukdos_cli.read.loader import MAX_FILE_BYTES

HEAD = "spukdos: 1\n"

KEYS = yamltree.MAX_NODES // 2 - 10
"""Keys with a value each, just under the value limit (a key and its value are two)."""


def _laughs(width: int) -> str:
    text = 'a: &a ["lol"' + ', "lol"' * (width - 1) + "]\n"
    previous = "a"
    for name in "bcdefghijklm":
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * width) + "]\n"
        previous = name
    return text


def _nested_parties() -> str:
    """Lists in lists of wrongly typed values, until the value limit stops them."""
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


def _wide_items() -> str:
    """Unknown keys spread over the most items a list may have, under the value limit."""
    per_item = (KEYS - yamltree.MAX_ITEMS) // yamltree.MAX_ITEMS
    item = "  - {" + ", ".join(f"sleutel{j}: 1" for j in range(per_item)) + "}\n"
    return HEAD + "partijen:\n" + item * yamltree.MAX_ITEMS


def _operations_word() -> str:
    """One word of 99.990 characters, ``bedrijfsvoering`` over and over: each is a hit of
    the Q007 search that is not a word of its own (no search may go back over the word
    for every hit)."""
    word = "bedrijfsvoering" * (yamltree.MAX_TEXT // 15)
    return HEAD + "kosten:\n  uitvoering:\n" + f"    - {{kostenpost: {word}, bedrag: 5}}\n" * 40


def _long_cells() -> str:
    """Cost items whose text fills the read limit: every text check reads all of it."""
    post = "    - {kostenpost: '" + "woord " * 16_000 + "', bedrag: 5}\n"
    return HEAD + "kosten:\n  uitvoering:\n" + post * 40


GENERATED: dict[str, Callable[[], bytes | str]] = {
    "comments-4mib.yaml": lambda: b"#" * (MAX_FILE_BYTES - 1) + b"\n",
    "long-line.yaml": lambda: HEAD + "experiment:\n  naam: '" + "x" * (MAX_FILE_BYTES - 64) + "'\n",
    "text-at-limit.yaml": lambda: HEAD + "experiment:\n  naam: " + "x" * yamltree.MAX_TEXT + "\n",
    "long-cells.yaml": _long_cells,
    "operations-word.yaml": _operations_word,
    "huge-integer.yaml": lambda: HEAD + "regeling_jaar: 1" + "0" * 99_999 + "\n",
    "random-bytes.yaml": lambda: random.Random(7).randbytes(MAX_FILE_BYTES - 1),
    "many-unknown-keys.yaml": lambda: HEAD + "".join(f"sleutel{i}: 1\n" for i in range(KEYS)),
    "many-digit-keys.yaml": lambda: (
        HEAD
        + "baten: {uitstel_mpt_vpt: {dagen: 1, "
        + ", ".join(f"{i}: " for i in range(KEYS))
        + "}}\n"
    ),
    "many-duplicates.yaml": lambda: HEAD + "experiment:\n" + "  naam: x\n" * KEYS,
    "wide-items.yaml": _wide_items,
    "nested-lists.yaml": _nested_parties,
    "full-lists.yaml": _full_lists,
    "laughs-wide.yaml": lambda: _laughs(20),
    "deep-flow.yaml": lambda: "[" * 200_000 + "]" * 200_000,
    "deep-block.yaml": lambda: "".join("  " * i + "k:\n" for i in range(1_500)),
    "many-aliases.yaml": lambda: "a: &a x\nb: [" + ", ".join(["*a"] * 50_000) + "]\n",
}
"""File name -> its content. Each stays within the 4 MiB read limit."""

SPARSE = "sparse-50mib.yaml"
"""A file of 50 MiB that costs no disk: only 4 MiB and one byte of it is ever read."""


def write_attacks(folder: Path) -> dict[str, Path]:
    """Every generated file in ``folder``, by name."""
    made: dict[str, Path] = {}
    for name, make in GENERATED.items():
        content = make()
        raw = content.encode("utf-8") if isinstance(content, str) else content
        path = folder / name
        path.write_bytes(raw)
        made[name] = path
    sparse = folder / SPARSE
    with open(sparse, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    made[SPARSE] = sparse
    return made
