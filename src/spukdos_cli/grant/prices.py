"""The price list (maatschappelijke prijslijst) as data: entries with unit, year and source.

The built-in list (``data/prijslijst.json``) holds only entries with a real, cited
source; ``--prices FILE`` replaces it with a list of the user's own in the same shape,
written in YAML (see ``docs/prijslijst-voorbeeld.yaml``; :mod:`spukdos_cli.read.datafiles`
reads it).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spukdos_cli.form.model import Aantal, Bedrag, Domein

Unit = Literal["per_dag", "per_uur", "per_dagdeel", "per_maand", "per_jaar", "per_stuk"]


class PriceEntry(BaseModel):
    """One rate: what it is for, per what unit, how much, in which year's prices, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    sleutel: str = Field(min_length=1, pattern=r"^\S+$")
    omschrijving: str = Field(min_length=1)
    eenheid: Unit
    bedrag: Bedrag
    prijsjaar: Aantal
    domein: Domein
    bron: str = Field(min_length=3)


class PriceList(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    naam: str
    tarieven: tuple[PriceEntry, ...]

    @field_validator("tarieven")
    @classmethod
    def _unique_keys(cls, entries: tuple[PriceEntry, ...]) -> tuple[PriceEntry, ...]:
        seen: set[str] = set()
        for entry in entries:
            if entry.sleutel in seen:
                raise ValueError(f"sleutel '{entry.sleutel}' staat er twee keer in")
            seen.add(entry.sleutel)
        return entries

    def get(self, key: str) -> PriceEntry | None:
        for entry in self.tarieven:
            if entry.sleutel == key:
                return entry
        return None

    @property
    def keys(self) -> list[str]:
        return [entry.sleutel for entry in self.tarieven]


@cache
def builtin_prices() -> PriceList:
    """The built-in price list (only entries with a cited source)."""
    resource = resources.files("spukdos_cli.grant") / "data" / "prijslijst.json"
    return PriceList.model_validate(json.loads(resource.read_text(encoding="utf-8")))
