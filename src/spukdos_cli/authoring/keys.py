"""Every key of the file format, read from the model: path, kind, choices, requiredness.

One walk over :class:`~spukdos_cli.form.model.Businesscase` that both the starter file
(:mod:`spukdos_cli.authoring.starter`) and the format reference
(:mod:`spukdos_cli.authoring.format_doc`) are built from, so that neither can drift from
the model. Which questions are required is not written down here either: it is what
:mod:`spukdos_cli.checks.completeness` asks for on an empty case. Pure: no I/O.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from spukdos_cli.checks.completeness import completeness
from spukdos_cli.form import model
from spukdos_cli.form.model import Businesscase, fields_of

_SCALAR_KINDS: tuple[tuple[Any, str], ...] = (
    (model.Bedrag, "amount"),
    (model.Saldo, "signed_amount"),
    (model.Factor, "number"),
    (model.Aantal, "whole"),
    (model.Datum, "date"),
    (model.JaNee, "bool"),
    (str, "text"),
)

VARIANTS: tuple[str, ...] = typing.get_args(model.Variant)
"""The variants of the grant, as the file spells them."""


@dataclass(frozen=True)
class Key:
    """One key of the file format.

    ``path`` is dotted with ``[]`` for the items of a list: ``partijen[].rol``. ``kind``
    is ``section`` (a mapping), ``list`` (of sections), ``mapping`` (free keys, each
    with a number: a scenario's changes), ``choice``, ``version`` or a
    scalar kind: ``text``, ``amount``, ``signed_amount``, ``number``, ``whole``,
    ``date``, ``bool``.
    """

    path: str
    name: str
    kind: str
    description: str | None
    choices: tuple[str, ...] = ()
    children: tuple[Key, ...] = ()
    model_required: bool = False

    @property
    def depth(self) -> int:
        return self.path.count(".")


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _kind(annotation: Any) -> tuple[str, tuple[str, ...]]:
    if typing.get_origin(annotation) is typing.Literal:
        values = typing.get_args(annotation)
        if all(isinstance(v, int) for v in values):
            return "version", tuple(str(v) for v in values)
        return "choice", tuple(str(v) for v in values)
    for alias, kind in _SCALAR_KINDS:
        if annotation == alias:
            return kind, ()
    raise TypeError(f"model_keys does not know the type {annotation!r}")  # a new type: add it


def model_keys(cls: type[BaseModel] = Businesscase, base: str = "") -> tuple[Key, ...]:
    """The keys of ``cls`` in declared order, each with its children."""
    keys: list[Key] = []
    for name, info in fields_of(cls).items():
        path = f"{base}.{name}" if base else name
        annotation = _unwrap_optional(info.annotation)
        description = info.description
        required = info.is_required()
        if _is_model(annotation):
            children = model_keys(annotation, path)
            keys.append(Key(path, name, "section", description, (), children, required))
        elif typing.get_origin(annotation) is tuple:
            item = typing.get_args(annotation)[0]
            children = model_keys(item, f"{path}[]")
            keys.append(Key(path, name, "list", description, (), children, required))
        elif typing.get_origin(annotation) is dict:  # scenarios[].wijzigingen: path -> value
            keys.append(Key(path, name, "mapping", description, (), (), required))
        else:
            kind, choices = _kind(annotation)
            keys.append(Key(path, name, kind, description, choices, (), required))
    return tuple(keys)


def all_keys(keys: tuple[Key, ...] | None = None) -> list[Key]:
    """Every key, depth first, in declared order."""
    out: list[Key] = []
    for key in model_keys() if keys is None else keys:
        out.append(key)
        out.extend(all_keys(key.children))
    return out


def _skeleton(cls: type[BaseModel], depth: int) -> dict[str, Any]:
    """Data for ``cls`` with every section present and every answer left empty; the lists
    of the first ``depth`` levels hold one empty item, deeper lists are left out."""
    data: dict[str, Any] = {}
    for name, info in fields_of(cls).items():
        annotation = _unwrap_optional(info.annotation)
        if _is_model(annotation):
            data[name] = _skeleton(annotation, depth)
        elif typing.get_origin(annotation) is tuple and depth > 0:
            data[name] = [_skeleton(typing.get_args(annotation)[0], depth - 1)]
    return data


def _list_depth(keys: tuple[Key, ...]) -> int:
    return max((int(key.kind == "list") + _list_depth(key.children) for key in keys), default=0)


_INDEX = re.compile(r"\[\d+\]")


@cache
def required_paths(variant: str | None) -> frozenset[str]:
    """The key paths completeness asks for in ``variant`` (``[]`` for list items).

    A list item's keys count as required when completeness asks for them once the item is
    there; a list itself when completeness asks for it while it is absent. Completeness
    is asked once per nesting level of lists: with no list items, with items in the
    outer lists only, and so on.
    """
    paths: set[str] = {key.path for key in all_keys() if key.model_required}
    for depth in range(_list_depth(model_keys()) + 1):
        data = _skeleton(Businesscase, depth)
        data["spukdos"] = 1
        data["experiment"]["variant"] = variant
        case = Businesscase.model_validate(data)
        for status in completeness(case):
            paths.update(_INDEX.sub("[]", missing) for missing in status.missing)
    paths.add("experiment.variant")
    return frozenset(paths)


def needed(key: Key, variant: str | None) -> bool:
    """True when ``key`` or a key below it is required in ``variant``."""
    required = required_paths(variant)
    return key.path in required or any(needed(child, variant) for child in key.children)


def variant_only(key: Key, variant: str) -> bool:
    """True for a key that another variant asks for but ``variant`` does not (such as
    ``financiering.aantal_clienten`` in the variant cofinanciering)."""

    def asked(v: str) -> bool:
        return needed(key, v) if key.kind == "section" else key.path in required_paths(v)

    return not asked(variant) and any(asked(other) for other in VARIANTS)
