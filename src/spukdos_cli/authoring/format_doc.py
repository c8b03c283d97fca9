"""``docs/format.md``: every key of the file format, generated from the model.

``spukdos schema --markdown`` prints it; a test fails when the committed file drifts
from the model. Keys, kinds, allowed values and descriptions come from
:mod:`spukdos_cli.form.model` (through :mod:`spukdos_cli.authoring.keys`), requiredness from
:mod:`spukdos_cli.checks.completeness`, the form's questions and examples from
:mod:`spukdos_cli.form.questions`. Pure.
"""

from __future__ import annotations

from spukdos_cli.authoring.keys import VARIANTS, Key, all_keys, model_keys, needed, required_paths
from spukdos_cli.form.questions import QUESTIONS

KINDS: dict[str, tuple[str, str]] = {
    "section": ("section", "a mapping holding the keys below it"),
    "list": ("list", "a list of items (lines starting with `- `), each holding the keys below it"),
    "text": (
        "text",
        "any text; put it in quotes when it contains `: ` or ` #`; for several lines write `|` "
        "and the text on the lines below, indented",
    ),
    "amount": (
        "amount",
        "euros, at least 0, at most two decimals: `780000`, `780000.00`, `780.000,00`, "
        '`"€ 780.000,00"`',
    ),
    "signed_amount": (
        "signed amount",
        'euros that may be negative: `78525.00`, `"+/+ € 78.525,00"`, `"-/- € 1.000,00"`',
    ),
    "number": ("number", "at least 0, at most four decimals: `182,5`, `182.5`, `6,1`"),
    "whole": ("whole number", "a whole number, at least 0: `7200`"),
    "date": ("date", "`YYYY-MM-DD`: `2025-01-31`"),
    "bool": ("yes/no", "`ja` or `nee` (any case), or `true` or `false` (not yes/no)"),
    "choice": ("choice", "one of the values listed with the key"),
    "version": ("version", "the format version: `1`"),
    "mapping": (
        "changes",
        "one line per input, the input's path as key and its new value (a number or "
        "amount): `baten.uitstel_mpt_vpt.dagen: 90`",
    ),
}
"""Each kind of value: its name in the tables and how it is written."""


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _type(key: Key) -> str:
    name = KINDS[key.kind][0]
    if key.kind in ("choice", "version"):
        return f"{name}: " + ", ".join(f"`{c}`" for c in key.choices)
    return name


def _required(key: Key) -> str:
    def asked(variant: str) -> bool:
        if key.kind == "section":
            return needed(key, variant)
        return key.path in required_paths(variant)

    variants = [v for v in VARIANTS if asked(v)]
    if len(variants) == len(VARIANTS):
        return "yes"
    return ", ".join(f"only `{v}`" for v in variants)


def _description(key: Key) -> str:
    question = QUESTIONS[key.path]
    text = key.description or question.vraag
    if key.description and question.vraag.rstrip(".?") != key.description.rstrip(".?"):
        stop = "" if key.description.endswith((".", "?")) else "."
        text = f"{key.description}{stop} Form: {question.vraag}"
    return _cell(text)


def _example(key: Key) -> str:
    """The example in code style; an example of several lines (a mapping's lines under
    its key) line by line."""
    example = QUESTIONS[key.path].voorbeeld
    if not example:
        return ""
    return "<br>".join(f"`{_cell(line)}`" for line in example.splitlines())


def _table(keys: list[Key]) -> list[str]:
    lines = [
        "| key | type | required | description (and the form's question) | example |",
        "|---|---|---|---|---|",
    ]
    for key in keys:
        lines.append(
            f"| `{key.path}` | {_type(key)} | {_required(key)} | {_description(key)} | "
            f"{_example(key)} |"
        )
    return lines


def format_markdown() -> str:
    """The whole of ``docs/format.md``."""
    lines = [
        "# The file format",
        "",
        "Generated from the model (`src/spukdos_cli/form/model.py`) by",
        "`spukdos schema --markdown`; a test keeps this file in step with the code. Editors use",
        "the JSON Schema `schemas/businesscase.schema.json` (`spukdos schema`); `spukdos init",
        "FILE` writes a starter file with every key below and the form's question above it.",
        "",
        "One YAML file is one application. Keys are the form's Dutch terms; `[]` in a key",
        "stands for every item of a list (`partijen[].rol` is the `rol` of each party).",
        "Unknown keys are an error (S001). Every question is optional in the format, so a",
        "draft loads; **required** says what `spukdos check` asks for before a section of",
        "the form counts as complete (finding C001): `yes` in both variants, or the one",
        "variant that asks for it. A list item's keys are required once the item is there.",
        "",
        "## Kinds of value",
        "",
        "| type | written as |",
        "|---|---|",
    ]
    lines += [f"| {name} | {how} |" for name, how in KINDS.values()]
    for top in model_keys():
        lines += ["", f"## `{top.path}`", ""]
        lines += _table([top, *all_keys(top.children)])
    return "\n".join(lines) + "\n"
