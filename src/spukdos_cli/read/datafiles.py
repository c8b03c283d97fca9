"""Reading spukdos's own data files (grant rules per year, price lists).

These files are configuration: a price list a user passes with ``--prices``, or the rules
of a grant year a user passes with ``--regels`` (their problems in the chosen language).
spukdos's own copies are JSON in :mod:`spukdos_cli.grant`; a user writes them in YAML, in
the same shape. A problem in one is a configuration error (exit code 2), reported as
:class:`ConfigError` with ``file:line:col`` for each problem. They are read with the same
bounded, exact YAML reader as applications.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from spukdos_cli.findings import Finding
from spukdos_cli.grant.prices import PriceList, builtin_prices
from spukdos_cli.grant.rules import RulesDataError, YearRules, rules_from_data
from spukdos_cli.messages.catalogue import render
from spukdos_cli.messages.labels import label
from spukdos_cli.positions import format_path
from spukdos_cli.read import yamltree
from spukdos_cli.read.loader import _tree_finding as tree_finding
from spukdos_cli.read.loader import decode, read_bytes

M = TypeVar("M", bound=BaseModel)


class ConfigError(Exception):
    """A data file spukdos needs is missing or wrong; ``problems`` are ready to print."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: " + "; ".join(problems))
        self.source = source
        self.problems = problems


def _tree_problem(source: str, problem: yamltree.TreeProblem) -> str:
    position = problem.position
    return f"{source}:{position.line}:{position.col}: {problem.kind} {problem.detail}".rstrip()


def parse_data(text: str, model: type[M], source: str) -> M:
    """Validate YAML ``text`` against ``model``; raise ConfigError naming every problem."""
    tree = yamltree.build_tree(text)
    if tree.problems:
        raise ConfigError(source, [_tree_problem(source, p) for p in tree.problems])
    try:
        return model.model_validate(tree.data)
    except ValidationError as err:
        problems = []
        for error in err.errors(include_url=False)[:20]:
            loc = tuple(error["loc"])
            position = tree.source_map.locate(loc)
            problems.append(
                f"{source}:{position.line}:{position.col}: {format_path(loc)}: {error['msg']}"
            )
        raise ConfigError(source, problems) from None


def load_data_file(path: Path, model: type[M]) -> M:
    """Read and validate a data file; raise ConfigError when it cannot be used."""
    raw = read_bytes(path)
    if isinstance(raw, Finding):
        raise ConfigError(str(path), [f"{path}: cannot be read ({raw.params.get('reason')})"])
    text = decode(raw)
    if isinstance(text, Finding):
        raise ConfigError(str(path), [f"{path}: not UTF-8 text"])
    return parse_data(text, model, str(path))


def load_prices(path: Path | None) -> PriceList:
    """The price list from ``path``, or the built-in one; ConfigError when unusable."""
    if path is None:
        return builtin_prices()
    return load_data_file(path, PriceList)


def _located(source: str, finding: Finding, lang: str) -> str:
    position = finding.position
    return f"{source}:{position.line}:{position.col}: {render(finding, lang)}"


def parse_rules(text: str, source: str, lang: str = "nl") -> YearRules:
    """Rules of a grant year from YAML ``text`` (a user's rules file, ``--regels``);
    ConfigError names every problem with ``file:line:col``, in ``lang``."""
    tree = yamltree.build_tree(text)
    if tree.problems:
        raise ConfigError(source, [_located(source, tree_finding(p), lang) for p in tree.problems])
    try:
        return rules_from_data(tree.data, origin=source)
    except RulesDataError as err:
        problems = []
        for path, key, params in err.problems:
            at_key = key in ("rules_problem_unknown_key", "rules_problem_unknown_parameter")
            position = tree.source_map.locate(path, prefer_key=at_key)
            where = f"{format_path(path)}: " if path else ""
            detail = label(key, lang).format(**params)
            problems.append(f"{source}:{position.line}:{position.col}: {where}{detail}")
        raise ConfigError(source, problems) from None


def load_rules(path: Path, lang: str = "nl") -> YearRules:
    """A user's rules file (``--regels FILE``); ConfigError, in ``lang``, when it cannot be
    read or used."""
    raw = read_bytes(path)
    text = decode(raw) if not isinstance(raw, Finding) else raw
    if isinstance(text, Finding):
        raise ConfigError(str(path), [_located(str(path), text, lang)])
    return parse_rules(text, str(path), lang)
