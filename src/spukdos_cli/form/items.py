"""The items of the form's lists, and the name each one goes by.

A party is known by its organisation (or, until that is filled in, its role), a cost post
by its ``kostenpost``, a theme by its ``thema``: the reports name an item that way
("partij 2 (Zorg & Zekerheid)") rather than by its index in the file. Pure: reads the model.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from spukdos_cli.positions import DataPath

ITEM_NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "partijen": ("organisatie", "rol"),
    "contactpersonen": ("naam",),
    "themas": ("thema",),
    "initieel": ("kostenpost",),
    "uitvoering": ("kostenpost",),
    "bijdragen": ("partij",),
    "overige": ("omschrijving",),
    "kwalitatief": ("baat",),
    "scenarios": ("naam",),
}
"""List key -> the fields whose first non-blank value names an item of that list."""


def _name(item: Any, fields: tuple[str, ...]) -> str:
    for name in fields:
        value = getattr(item, name, None) if isinstance(item, BaseModel) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def item_names(case: BaseModel | None, path: DataPath) -> tuple[str, ...]:
    """The name of every list item on ``path`` ("" where it has none or is not there)."""
    names: list[str] = []
    node: Any = case
    previous: str | int | None = None
    for part in path:
        if isinstance(part, int):
            item = node[part] if isinstance(node, tuple) and 0 <= part < len(node) else None
            fields = ITEM_NAME_FIELDS.get(previous, ()) if isinstance(previous, str) else ()
            names.append(_name(item, fields))
            node = item
        else:
            node = getattr(node, part, None) if isinstance(node, BaseModel) else None
        previous = part
    return tuple(names)
