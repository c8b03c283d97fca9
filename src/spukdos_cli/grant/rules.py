"""The grant's parameters per year (``regeling_jaar``), as data with their sources.

One file per year in ``data/rules/``. A value that is not known for a year is absent,
and the check that needs it reports "not checked" instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from spukdos_cli.form.model import Aantal
from spukdos_cli.form.numbers import parse_number
from spukdos_cli.read.datafiles import parse_data


class _Parameter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    waarde: str
    eenheid: str
    omschrijving: str
    bron: str


class _RulesFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    regeling_jaar: Aantal
    parameters: dict[str, _Parameter]


@dataclass(frozen=True)
class Parameter:
    key: str
    value: Decimal | date
    unit: str
    description: str
    source: str


@dataclass(frozen=True)
class YearRules:
    """The parameters in force for one grant year."""

    year: int
    parameters: dict[str, Parameter]

    def _decimal(self, key: str) -> Decimal | None:
        parameter = self.parameters.get(key)
        return parameter.value if parameter and isinstance(parameter.value, Decimal) else None

    def _date(self, key: str) -> date | None:
        parameter = self.parameters.get(key)
        return parameter.value if parameter and isinstance(parameter.value, date) else None

    @property
    def amount_per_client(self) -> Decimal | None:
        return self._decimal("bedrag_per_client")

    @property
    def max_grant_pct(self) -> Decimal | None:
        return self._decimal("max_aandeel_uitkering")

    @property
    def min_cofinancing_pct(self) -> Decimal | None:
        return self._decimal("min_aandeel_cofinanciering")

    @property
    def period(self) -> tuple[date, date] | None:
        start, end = self._date("tijdvak_van"), self._date("tijdvak_tot_en_met")
        return (start, end) if start and end else None


def _value(key: str, text: str) -> Decimal | date:
    if key.startswith("tijdvak"):
        return date.fromisoformat(text)
    return parse_number(text, max_decimals=2)


def parse_rules(text: str, source: str) -> YearRules:
    data = parse_data(text, _RulesFile, source)
    return YearRules(
        data.regeling_jaar,
        {
            key: Parameter(
                key, _value(key, p.waarde), p.eenheid, p.omschrijving, " ".join(p.bron.split())
            )
            for key, p in data.parameters.items()
        },
    )


def available_years() -> list[int]:
    folder = resources.files("spukdos_cli.grant") / "data" / "rules"
    return sorted(
        int(entry.name[:-5]) for entry in folder.iterdir() if entry.name.endswith(".yaml")
    )


@cache
def rules_for(year: int) -> YearRules | None:
    """The built-in rules of ``year``, or None when spukdos has none for it."""
    resource = resources.files("spukdos_cli.grant") / "data" / "rules" / f"{year}.yaml"
    if not resource.is_file():
        return None
    return parse_rules(
        resource.read_text(encoding="utf-8"), f"spukdos_cli/grant/data/rules/{year}.yaml"
    )
