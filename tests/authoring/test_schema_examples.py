"""The committed JSON Schema accepts every example, checked by an independent validator.

The schema is what editors use while a file is typed (the first line of each example
names it). Here each example is read the way such an editor reads it, as YAML 1.2 (the
core schema: ``2025-01-01`` is text, ``yes`` is text, ``182.5`` a number), and validated
with the ``jsonschema`` package, which shares no code with the Pydantic model the schema
is generated from. So the schema is known to accept what spukdos accepts, and not only
in theory.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from spukdos_cli.read.loader import load_path
from tests.conftest import EXAMPLES, MINIMAL, ROOT

SCHEMA_FILE = ROOT / "schemas" / "businesscase.schema.json"
MODELINE = "# yaml-language-server: $schema=../schemas/businesscase.schema.json"


class Core12Resolver(yaml.resolver.BaseResolver):
    """YAML 1.2 core schema: only null, true/false, integers and floats are not text."""


Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), list("~nN")
)
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)
Core12Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)


class Core12Constructor(yaml.constructor.SafeConstructor):
    def construct_yaml_int(self, node: yaml.Node) -> int:  # type: ignore[override]
        return int(str(self.construct_scalar(node)))  # type: ignore[arg-type]

    def construct_yaml_float(self, node: yaml.Node) -> Decimal:  # type: ignore[override]
        return Decimal(str(self.construct_scalar(node)))  # type: ignore[arg-type]


Core12Constructor.add_constructor("tag:yaml.org,2002:int", Core12Constructor.construct_yaml_int)
Core12Constructor.add_constructor("tag:yaml.org,2002:float", Core12Constructor.construct_yaml_float)


class EditorLoader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    Core12Constructor,
    Core12Resolver,
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        Core12Constructor.__init__(self)
        Core12Resolver.__init__(self)


def as_an_editor_reads(text: str) -> Any:
    return yaml.load(text, Loader=EditorLoader)  # a safe constructor, YAML 1.2 core


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def deepest(errors: list[jsonschema.ValidationError]) -> list[jsonschema.ValidationError]:
    """The errors themselves and, for anyOf, the errors of each branch, recursively."""
    out = []
    for error in errors:
        out.append(error)
        out += deepest(list(error.context or []))
    return out


EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def test_the_editor_loader_reads_yaml_12() -> None:
    data = as_an_editor_reads("a: 2025-01-01\nb: yes\nc: 182.5\nd: 7\ne: true\nf: ~\n")
    assert data == {
        "a": "2025-01-01",
        "b": "yes",
        "c": Decimal("182.5"),
        "d": 7,
        "e": True,
        "f": None,
    }


def test_there_are_examples() -> None:
    assert len(EXAMPLE_FILES) >= 2


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_names_the_schema_on_its_first_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == MODELINE
    assert (path.parent / "../schemas/businesscase.schema.json").resolve() == SCHEMA_FILE


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_is_accepted_by_spukdos_and_by_the_schema(path: Path) -> None:
    loaded = load_path(path)
    assert loaded.case is not None and not loaded.findings  # spukdos accepts it ...
    errors = sorted(validator().iter_errors(as_an_editor_reads(path.read_text("utf-8"))), key=str)
    assert errors == [], [f"{list(e.absolute_path)}: {e.message}" for e in errors]  # ... and so
    # does the schema


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("variant: cofinanciering", "variant: half"), ["experiment", "variant"]),
        (("  gebied:", "  gebiedje:"), ["beschrijving"]),
        (("startdatum: 2025-01-01", "startdatum: 1 januari"), ["experiment", "startdatum"]),
        (("bedrag: 600.00", "bedrag: -600.00"), ["kosten", "uitvoering", 0, "bedrag"]),
        (("spukdos: 1", "spukdos: 2"), ["spukdos"]),
        (("spukdos: 1", 'spukdos: "2"'), ["spukdos"]),
    ],
)
def test_schema_rejects_what_spukdos_rejects(change: tuple[str, str], where: list[Any]) -> None:
    text = MINIMAL.replace(*change)
    assert text != MINIMAL
    from spukdos_cli.read.loader import load_text

    assert load_text(text).findings  # spukdos rejects it ...
    errors = list(validator().iter_errors(as_an_editor_reads(text)))
    assert errors, "the schema accepted it"  # ... and so does the schema, at that place
    places = [list(e.absolute_path) for e in deepest(errors)]
    assert any(place[: len(where)] == where for place in places), places


@pytest.mark.parametrize(
    "change",
    [
        ("spukdos: 1", 'spukdos: "1"'),
        ("bedrag: 600.00", 'bedrag: "€ 600,00"'),
        ("aantal_inwoners: 100", 'aantal_inwoners: "100"'),
    ],
)
def test_schema_accepts_what_spukdos_accepts(change: tuple[str, str]) -> None:
    text = MINIMAL.replace(*change)
    assert text != MINIMAL
    from spukdos_cli.read.loader import load_text

    assert not load_text(text).findings  # spukdos accepts it ...
    errors = [
        f"{list(e.absolute_path)}: {e.message}"
        for e in validator().iter_errors(as_an_editor_reads(text))
    ]
    assert errors == []  # ... and so does the schema


def test_schema_speaks_dutch_to_the_editor() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    uitstel = schema["$defs"]["Uitstel"]
    assert uitstel["description"].startswith("Besparing door uitstel: A dagen uitstel")
    assert uitstel["properties"]["toelichting_dagen"]["title"] == "Toelichting dagen"
    assert uitstel["properties"]["toelichting_dagen"]["description"].startswith("Toelichting op A")
    assert schema["$defs"]["Financiering"]["properties"]["aantal_clienten"]["title"] == (
        "Aantal cliënten"
    )
    # every key of every section has a title and a description
    for name, section in [("(root)", schema), *schema["$defs"].items()]:
        assert section.get("description"), name
        for key, prop in section.get("properties", {}).items():
            assert prop.get("title") and prop.get("description"), f"{name}.{key}"
