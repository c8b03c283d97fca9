"""The grant's parameters per year (``regeling_jaar``), as data with their sources.

One file per year in ``data/rules/`` (JSON, read with the standard library, so that
``spukdos rules`` needs neither the YAML reader nor Pydantic). A value that is not known
for a year is absent, and the check that needs it reports "not checked" instead of
guessing. :func:`rules_from_data` builds the rules from plain data, the same for the
built-in files and for a file of the user's own (read by :mod:`spukdos_cli.read`), and
names every problem by its data path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources

from spukdos_cli.form.numbers import NumberTextError, parse_number, parse_whole_number
from spukdos_cli.positions import DataPath

_FIELDS = ("waarde", "eenheid", "omschrijving", "bron")
"""The keys of one parameter, each a non-empty text."""


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


class RulesDataError(Exception):
    """Rules data that cannot be used: ``problems`` are (data path, what is wrong)."""

    def __init__(self, problems: list[tuple[DataPath, str]]) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, p))}: {d}" for p, d in problems))
        self.problems = problems


def _value(key: str, text: str) -> Decimal | date:
    if key.startswith("tijdvak"):
        return date.fromisoformat(text)
    return parse_number(text, max_decimals=2)


def _year(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return parse_whole_number(value) if isinstance(value, str) else None
    except NumberTextError:
        return None


def rules_from_data(data: object) -> YearRules:
    """The rules of one year from plain data (a mapping as the rules files hold it);
    :class:`RulesDataError` names every problem by its data path."""
    problems: list[tuple[DataPath, str]] = []
    if not isinstance(data, dict):
        raise RulesDataError([((), "expected a mapping with regeling_jaar and parameters")])
    for key in data:
        if key not in ("regeling_jaar", "parameters"):
            problems.append(((str(key),), "unknown key"))
    year = _year(data.get("regeling_jaar"))
    if year is None:
        problems.append((("regeling_jaar",), "expected a year, such as 2025"))
    raw = data.get("parameters")
    parameters: dict[str, Parameter] = {}
    if not isinstance(raw, dict):
        problems.append((("parameters",), "expected a mapping of parameters"))
        raw = {}
    for key, entry in raw.items():
        path: DataPath = ("parameters", str(key))
        if not isinstance(entry, dict):
            problems.append((path, "expected a mapping with " + ", ".join(_FIELDS)))
            continue
        texts = {name: entry.get(name) for name in _FIELDS}
        unknown = [name for name in entry if name not in _FIELDS]
        problems += [((*path, str(name)), "unknown key") for name in unknown]
        missing = [n for n, v in texts.items() if not isinstance(v, str) or not v.strip()]
        problems += [((*path, name), "expected a text") for name in missing]
        if missing or unknown:
            continue
        try:
            value = _value(str(key), str(texts["waarde"]))
        except (NumberTextError, ValueError):
            problems.append(((*path, "waarde"), "not a number or date (YYYY-MM-DD)"))
            continue
        parameters[str(key)] = Parameter(
            str(key),
            value,
            str(texts["eenheid"]),
            str(texts["omschrijving"]),
            " ".join(str(texts["bron"]).split()),
        )
    if problems or year is None:
        raise RulesDataError(problems)
    return YearRules(year, parameters)


def _folder() -> resources.abc.Traversable:
    return resources.files("spukdos_cli.grant") / "data" / "rules"


def available_years() -> list[int]:
    """The grant years spukdos has built-in rules for."""
    return sorted(int(e.name[:-5]) for e in _folder().iterdir() if e.name.endswith(".json"))


@cache
def rules_for(year: int) -> YearRules | None:
    """The built-in rules of ``year``, or None when spukdos has none for it."""
    resource = _folder() / f"{year}.json"
    if not resource.is_file():
        return None
    return rules_from_data(json.loads(resource.read_text(encoding="utf-8")))
