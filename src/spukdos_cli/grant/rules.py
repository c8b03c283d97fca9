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

from spukdos_cli.form.numbers import (
    NumberTextError,
    parse_number,
    parse_percentage,
    parse_whole_number,
)
from spukdos_cli.messages.labels import label
from spukdos_cli.positions import DataPath

_FIELDS = ("waarde", "eenheid", "omschrijving", "bron")
"""The keys of one parameter, each a non-empty text."""

PARAMETERS: dict[str, str] = {
    "bedrag_per_client": "amount",
    "max_aandeel_uitkering": "pct",
    "min_aandeel_cofinanciering": "pct",
    "tijdvak_van": "date",
    "tijdvak_tot_en_met": "date",
    "kosten_per_dag_min": "amount",
    "kosten_per_dag_max": "amount",
}
"""Every parameter a check uses, with the kind of its value. A rules file may leave any
out (the rule that needs it says "not checked"); a name not listed here is refused, so
that a misspelt parameter is never silently ignored."""


@dataclass(frozen=True)
class Parameter:
    key: str
    value: Decimal | date
    unit: str
    description: str
    source: str


@dataclass(frozen=True)
class YearRules:
    """The parameters in force for one grant year; ``origin`` is the rules file they were
    read from (None: spukdos's own)."""

    year: int
    parameters: dict[str, Parameter]
    origin: str | None = None

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
    def day_rate_range(self) -> tuple[Decimal, Decimal] | None:
        """The plausible range of C (average cost per resident per day), lowest first;
        None unless both bounds are known."""
        low, high = self._decimal("kosten_per_dag_min"), self._decimal("kosten_per_dag_max")
        return (low, high) if low is not None and high is not None else None

    @property
    def period(self) -> tuple[date, date] | None:
        start, end = self._date("tijdvak_van"), self._date("tijdvak_tot_en_met")
        return (start, end) if start and end else None


Problem = tuple[DataPath, str, dict[str, str]]
"""One problem in rules data: where (data path), what (a key of
:data:`spukdos_cli.messages.labels.LABELS`, ``rules_problem_*``) and its parameters."""


class RulesDataError(Exception):
    """Rules data that cannot be used: ``problems`` name each by its data path."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            "; ".join(
                f"{'.'.join(map(str, path))}: {label(key, 'en').format(**params)}"
                for path, key, params in problems
            )
        )
        self.problems = problems


def _value(kind: str, text: str) -> Decimal | date:
    """The value of a parameter of ``kind``; ValueError when it is not one."""
    if kind == "date":
        return date.fromisoformat(text.strip())
    if kind == "pct":
        value = parse_percentage(text)
    else:
        value = parse_number(text, max_decimals=2, allow_currency=True)
    if value < 0 or (kind == "pct" and value > 100):
        raise ValueError(text)
    return value


def _year(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return parse_whole_number(value) if isinstance(value, str) else None
    except NumberTextError:
        return None


def _parameter(key: str, entry: object, problems: list[Problem]) -> Parameter | None:
    path: DataPath = ("parameters", key)
    if key not in PARAMETERS:
        known = ", ".join(PARAMETERS)
        problems.append((path, "rules_problem_unknown_parameter", {"key": key, "known": known}))
        return None
    if not isinstance(entry, dict):
        problems.append((path, "rules_problem_entry", {"fields": ", ".join(_FIELDS)}))
        return None
    unknown = [str(name) for name in entry if name not in _FIELDS]
    problems += [((*path, name), "rules_problem_unknown_key", {"key": name}) for name in unknown]
    texts = {name: entry.get(name) for name in _FIELDS}
    missing = [n for n, v in texts.items() if not isinstance(v, str) or not v.strip()]
    problems += [((*path, name), "rules_problem_text", {}) for name in missing]
    if missing or unknown:
        return None
    kind = PARAMETERS[key]
    try:
        value = _value(kind, str(texts["waarde"]))
    except (NumberTextError, ValueError):
        problems.append(((*path, "waarde"), f"rules_problem_{kind}", {}))
        return None
    return Parameter(
        key,
        value,
        str(texts["eenheid"]),
        str(texts["omschrijving"]),
        " ".join(str(texts["bron"]).split()),
    )


def rules_from_data(data: object, origin: str | None = None) -> YearRules:
    """The rules of one year from plain data (a mapping as the rules files hold it), read
    from ``origin`` (None: spukdos's own); :class:`RulesDataError` names every problem
    by its data path."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise RulesDataError([((), "rules_problem_not_mapping", {})])
    for key in data:
        if key not in ("regeling_jaar", "parameters"):
            problems.append(((str(key),), "rules_problem_unknown_key", {"key": str(key)}))
    year = _year(data.get("regeling_jaar"))
    if year is None:
        problems.append((("regeling_jaar",), "rules_problem_year", {}))
    raw = data.get("parameters")
    parameters: dict[str, Parameter] = {}
    if not isinstance(raw, dict):
        problems.append((("parameters",), "rules_problem_parameters", {}))
        raw = {}
    for key, entry in raw.items():
        parameter = _parameter(str(key), entry, problems)
        if parameter is not None:
            parameters[parameter.key] = parameter
    rules = YearRules(year or 0, parameters, origin)
    period = rules.period
    if period is not None and period[1] < period[0]:
        params = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        problems.append((("parameters", "tijdvak_tot_en_met"), "rules_problem_period", params))
    day_rates = rules.day_rate_range
    if day_rates is not None and day_rates[1] < day_rates[0]:
        params = {"low": str(day_rates[0]), "high": str(day_rates[1])}
        problems.append((("parameters", "kosten_per_dag_max"), "rules_problem_range", params))
    if problems or year is None:
        raise RulesDataError(problems)
    return rules


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
