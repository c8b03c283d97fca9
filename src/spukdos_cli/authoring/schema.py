"""The JSON Schema of the file format, generated from the model.

``schemas/businesscase.schema.json`` is this output, committed, and so is the copy that is
installed with spukdos (:data:`SCHEMA_FILE_NAME` in this package, see
:func:`installed_schema`); a test fails when either drifts from the model. Editors use
it through a modeline on the first line of a file: the examples name
``../schemas/businesscase.schema.json``, a starter file of ``spukdos init`` the installed
copy by its absolute address.

``$id`` is an identifier, not an address: the schema is not published anywhere, and
``.example`` is a domain that never resolves (RFC 2606), so nobody mistakes it for one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spukdos_cli.authoring.schema_docs import add_dutch_docs
from spukdos_cli.form.model import Businesscase

SCHEMA_ID = "https://spukdos.example/schemas/businesscase.schema.json"
SCHEMA_FILE_NAME = "businesscase.schema.json"
"""The schema's file name, here (package data) and in ``schemas/``."""


def installed_schema() -> Path | None:
    """The copy of the schema installed with spukdos, when it is a file on disk (it is
    not when spukdos runs from a zip archive)."""
    from importlib.resources import files

    path = Path(str(files(__package__ or "spukdos_cli.authoring") / SCHEMA_FILE_NAME))
    return path if path.is_file() else None


_TYPE_OF_KEYWORD = {
    **dict.fromkeys(("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"), "number"),
    **dict.fromkeys(
        ("pattern", "patternErrorMessage", "maxLength", "minLength", "format"), "string"
    ),
    **dict.fromkeys(("items", "minItems", "maxItems", "prefixItems"), "array"),
    **dict.fromkeys(("properties", "additionalProperties", "propertyNames"), "object"),
}
"""The type each type-specific keyword applies to (``number`` includes ``integer``)."""


def _types(branch: dict[str, Any]) -> list[str] | None:
    kind = branch.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list) and all(isinstance(k, str) for k in kind):
        return kind
    return None


def _merged(branches: list[Any]) -> dict[str, Any] | None:
    """One schema that means the same as ``anyOf: branches``, or None when there is none.

    Branches merge when each has a ``type`` that no other branch has, no ``$ref``, and
    every other keyword applies to one type of its own branch only (``minimum`` to a
    number, ``pattern`` to text): then a value of one type meets exactly the constraints
    of its branch. An ``enum`` merges with
    a bare ``{"type": "null"}`` by adding ``null`` to it.
    """
    if not all(isinstance(b, dict) for b in branches):
        return None
    merged: dict[str, Any] = {"type": []}
    for branch in branches:
        types = _types(branch)
        if types is None or "$ref" in branch:
            return None
        for key, value in branch.items():
            if key == "type":
                continue
            if key == "enum":
                if len(branches) != 2 or not any(b == {"type": "null"} for b in branches):
                    return None
                merged["enum"] = [*value, None]
                continue
            applies = _TYPE_OF_KEYWORD.get(key)
            if applies is None or key in merged:
                return None
            if not any(t == applies or (applies == "number" and t == "integer") for t in types):
                return None
            merged[key] = value
        numeric = {"number", "integer"}
        taken = set(merged["type"]) | (numeric if numeric & set(merged["type"]) else set())
        if taken & set(types):  # a value of a shared type would have to meet both branches
            return None
        merged["type"] += types
    if len(merged["type"]) == 1:
        merged["type"] = merged["type"][0]
    return merged


def editor_friendly(node: Any) -> Any:
    """The schema as editors handle it best, meaning the same to a validator:

    - ``"default": null`` is left out (Pydantic writes it for every optional key, and
      yaml-language-server then completes a key as ``key: null``);
    - an ``anyOf`` of simple branches (``text or null``, ``number or text or null``)
      becomes one schema with a list of types, so that hovering a key shows its title
      once instead of once per branch (``Kosten per dag || Kosten per dag``).
    """
    if isinstance(node, list):
        return [editor_friendly(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: editor_friendly(v) for k, v in node.items() if not (k == "default" and v is None)}
    branches = out.get("anyOf")
    if isinstance(branches, list):
        merged = _merged(branches)
        if merged is not None:
            rest = {k: v for k, v in out.items() if k != "anyOf"}
            if not set(rest) & set(merged):
                out = {**merged, **rest}
    return out


def businesscase_schema() -> dict[str, Any]:
    schema = Businesscase.model_json_schema(mode="validation")
    add_dutch_docs(schema)  # titles and descriptions in the words of the form
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **editor_friendly(schema),
    }


def schema_text() -> str:
    return json.dumps(businesscase_schema(), ensure_ascii=False, indent=2) + "\n"
