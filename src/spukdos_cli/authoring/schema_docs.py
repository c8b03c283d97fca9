"""Dutch titles and descriptions for the JSON Schema, so that an editor explains each key
in the words of the form as you type.

Pydantic writes a title from the field name ("Toelichting Dagen") and a description from
``Field(description=...)`` or, for a section, from the class docstring, which is English
because it documents code. This module rewrites them for the people filling in a file:

- a key's title is its name in Dutch sentence case (``toelichting_dagen`` ->
  "Toelichting dagen", ``aantal_clienten`` -> "Aantal cliënten");
- a key without a description of its own gets the form's question for it from
  :data:`spukdos_cli.form.questions.QUESTIONS`, when every place the key occurs asks the same
  question (``Uitstel.dagen`` is asked differently for MPT/VPT and for intramural
  admission, so it keeps the model's general description);
- a section gets a Dutch description (:data:`SECTION_TEXT`, or the form's question when
  the section is used in one place), never the English docstring.

Pure: it edits the schema dictionary it is given.
"""

from __future__ import annotations

import re
import types
import typing
from collections import defaultdict
from typing import Any

from pydantic import BaseModel

from spukdos_cli.form.model import Businesscase, fields_of
from spukdos_cli.form.questions import QUESTIONS

ROOT_TEXT = (
    "Eén aanvraag voor de specifieke uitkering domeinoverstijgend samenwerken (SPUK DOS): de "
    "businesscase volgens het format, sectie voor sectie (bestandsformaat versie 1)."
)

SECTION_TEXT: dict[str, str] = {
    "Experiment": "Het experiment: naam, aanvragende gemeente, vorm (variant) en looptijd.",
    "Partij": "Een samenwerkende partij: rol, organisatie, toezegging, taak en contactpersonen.",
    "Contactpersoon": "Een contactpersoon: naam, e-mailadres en telefoonnummer.",
    "Beschrijving": "Beschrijving van het experiment (deel 1 van het format): doelstelling, "
    "doelgroep en context, werkwijze, monitoring, samenwerking en borging.",
    "Werkwijze": "Werkwijze: de aanpak en activiteiten, per thema de huidige aanpak naast die "
    "in het experiment.",
    "Thema": "Een thema: de huidige werkwijze naast de aanpak in het experiment.",
    "Monitoring": "Monitoring: deelname aan de verplichte monitor (Vrije Universiteit).",
    "Kosten": "Kosten (deel 2 van het format): initiële projectkosten en uitvoeringskosten, "
    "zonder overlap.",
    "Kostenpost": "Eén kostenpost: omschrijving, uitvoerder en bedrag.",
    "Financiering": "Financiering: de bijdrage van elke partner en de aangevraagde uitkering.",
    "Bijdrage": "De bijdrage van één partij aan de financiering.",
    "Baten": "Financiële baten (uitstel van Wlz-zorg, overige besparingen) en kwalitatieve baten.",
    "Uitstel": "Besparing door uitstel: A dagen uitstel × B inwoners × C gemiddelde kosten per "
    "inwoner per dag.",
    "OverigeBesparing": "Een overige besparing, bijvoorbeeld in de Wmo of de Zvw, met toelichting.",
    "KwalitatieveBaat": "Een kwalitatieve baat, met onderbouwing.",
    "Opgave": "De totalen zoals u ze in het format opgeeft; spukdos vergelijkt elk totaal tot op "
    "de cent met de berekening.",
}
"""A Dutch description per section (model class); the class docstrings are English."""

_WORDS = {
    "clienten": "cliënten",
    "initiele": "initiële",
    "themas": "thema's",
    "scenarios": "scenario's",
    "email": "e-mailadres",
    "mpt": "MPT",
    "vpt": "VPT",
    "spukdos": "SPUK DOS",
}
_TITLES = {
    "spukdos": "Versie van het bestandsformaat",
    "uitstel_mpt_vpt": "Uitstel MPT/VPT",
    "regeling_jaar": "Regelingjaar",
}


def key_title(name: str) -> str:
    """A key's name as a Dutch title: ``aantal_clienten`` -> ``Aantal cliënten``."""
    if name in _TITLES:
        return _TITLES[name]
    words = [_WORDS.get(word, word) for word in name.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def section_title(class_name: str) -> str:
    """``KwalitatieveBaat`` -> ``Kwalitatieve baat``."""
    words = re.findall(r"[A-Z][a-z0-9]*", class_name) or [class_name]
    return " ".join([words[0], *(w.lower() for w in words[1:])])


def _models_in(annotation: Any, suffix: str = "") -> list[tuple[type[BaseModel], str]]:
    """The model classes inside an annotation, each with ``[]`` per list level around it."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [(annotation, suffix)]
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _models_in(args[0], suffix)
    if origin in (tuple, list):
        return [m for arg in args if arg is not Ellipsis for m in _models_in(arg, suffix + "[]")]
    if origin in (typing.Union, types.UnionType):
        return [m for arg in args for m in _models_in(arg, suffix)]
    return []  # dicts and scalars: no sections of the form below them


def _usages() -> tuple[
    dict[type[BaseModel], list[str]], dict[tuple[type[BaseModel], str], list[str]]
]:
    """Where each section occurs (``kosten.initieel[]``) and each key (its full paths)."""
    sections: dict[type[BaseModel], list[str]] = defaultdict(list)
    keys: dict[tuple[type[BaseModel], str], list[str]] = defaultdict(list)

    def walk(cls: type[BaseModel], path: str) -> None:
        for name, info in fields_of(cls).items():
            key_path = f"{path}.{name}" if path else name
            keys[(cls, name)].append(key_path)
            for model, suffix in _models_in(info.annotation):
                sections[model].append(key_path + suffix)
                walk(model, key_path + suffix)

    walk(Businesscase, "")
    return sections, keys


def _question(paths: list[str]) -> str | None:
    """The form's question when every path has the same one."""
    asked = {QUESTIONS[p].vraag if p in QUESTIONS else None for p in paths}
    if len(asked) == 1:
        return asked.pop()
    return None


def add_dutch_docs(schema: dict[str, Any]) -> None:
    """Give every key a Dutch title and, where the model has none, the form's question as
    its description; give every section a Dutch description."""
    sections, keys = _usages()
    defs = schema.get("$defs", {})
    schema["description"] = ROOT_TEXT
    models: list[type[BaseModel]] = [Businesscase, *sections]
    for model in models:
        target = schema if model is Businesscase else defs.get(model.__name__)
        if target is None:
            continue
        if model is not Businesscase:
            target["title"] = section_title(model.__name__)
            text = SECTION_TEXT.get(model.__name__) or _question(
                [p.removesuffix("[]") for p in sections[model]]
            )
            if text:
                target["description"] = text
            else:
                target.pop("description", None)  # the English docstring
        for name, prop in target.get("properties", {}).items():
            prop["title"] = key_title(name)
            if fields_of(model)[name].description is None:
                question = _question(keys[(model, name)])
                if question:
                    prop["description"] = question
