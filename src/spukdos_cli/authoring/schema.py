"""The JSON Schema of the file format, generated from the model.

``schemas/businesscase.schema.json`` is this output, committed; a test fails when the
committed file drifts from the model. Editors use it through the modeline
``# yaml-language-server: $schema=../schemas/businesscase.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from spukdos_cli.authoring.schema_docs import add_dutch_docs
from spukdos_cli.form.model import Businesscase

SCHEMA_ID = "https://spukdos.example/schemas/businesscase.schema.json"


def businesscase_schema() -> dict[str, Any]:
    schema = Businesscase.model_json_schema(mode="validation")
    add_dutch_docs(schema)  # titles and descriptions in the words of the form
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    return json.dumps(businesscase_schema(), ensure_ascii=False, indent=2) + "\n"
