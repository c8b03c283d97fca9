"""Reading spukdos's own data files (grant rules per year, price lists).

These files are configuration: a price list a user passes with ``--prices`` or a rules
file shipped with spukdos. A problem in one is a configuration error (exit code 2),
reported as :class:`ConfigError` with ``file:line:col`` for each problem. They are read
with the same bounded, exact YAML reader as applications.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from spukdos_cli.findings import Finding
from spukdos_cli.positions import format_path
from spukdos_cli.read import yamltree
from spukdos_cli.read.loader import decode, read_bytes

M = TypeVar("M", bound=BaseModel)


class ConfigError(Exception):
    """A data file spukdos needs is missing or wrong; ``problems`` are ready to print."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: " + "; ".join(problems))
        self.source = source
        self.problems = problems


def parse_data(text: str, model: type[M], source: str) -> M:
    """Validate YAML ``text`` against ``model``; raise ConfigError naming every problem."""
    tree = yamltree.build_tree(text)
    if tree.problems:
        raise ConfigError(
            source,
            [
                f"{source}:{p.position.line}:{p.position.col}: {p.kind} {p.detail}".rstrip()
                for p in tree.problems
            ],
        )
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
