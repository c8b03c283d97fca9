"""The committed JSON Schema is what the model generates (regenerate: spukdos schema)."""

from __future__ import annotations

from spukdos_cli.authoring.schema import installed_schema, schema_text
from tests.conftest import ROOT


def test_committed_schema_is_up_to_date() -> None:
    committed = (ROOT / "schemas" / "businesscase.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "schemas/businesscase.schema.json is out of date: run "
        "`spukdos schema > schemas/businesscase.schema.json` and review the diff"
    )


def test_installed_copy_is_up_to_date() -> None:
    """The copy a starter file names (package data) is the same schema."""
    installed = installed_schema()
    assert installed is not None and installed.name == "businesscase.schema.json"
    assert installed.read_text(encoding="utf-8") == schema_text(), (
        f"{installed.relative_to(ROOT)} is out of date: run "
        f"`spukdos schema > {installed.relative_to(ROOT)}`"
    )


def test_schema_describes_money_as_number_or_text() -> None:
    import json

    schema = json.loads(schema_text())
    bedrag = schema["$defs"]["Kostenpost"]["properties"]["bedrag"]
    assert bedrag["type"] == ["number", "string", "null"]
    assert (bedrag["minimum"], bedrag["maxLength"]) == (0, 64) and bedrag["pattern"]
    assert schema["additionalProperties"] is False
