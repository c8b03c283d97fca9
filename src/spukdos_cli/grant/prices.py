"""The price list (maatschappelijke prijslijst) as data: entries with unit, year and source.

The built-in list (``data/prijslijst.yaml``) holds only entries with a real, cited
source; ``--prices FILE`` replaces it with a list of the user's own in the same format
(see ``examples/prijslijst.yaml``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spukdos_cli.form.model import Aantal, Bedrag, Domein
from spukdos_cli.read.datafiles import ConfigError, load_data_file, parse_data

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
    resource = resources.files("spukdos_cli.grant") / "data" / "prijslijst.yaml"
    return parse_data(
        resource.read_text(encoding="utf-8"), PriceList, "spukdos_cli/grant/data/prijslijst.yaml"
    )


def load_prices(path: Path | None) -> PriceList:
    """The price list from ``path``, or the built-in one; ConfigError when unusable."""
    if path is None:
        return builtin_prices()
    return load_data_file(path, PriceList)


__all__ = ["ConfigError", "PriceEntry", "PriceList", "builtin_prices", "load_prices"]
