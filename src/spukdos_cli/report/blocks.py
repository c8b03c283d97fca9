"""Rich building blocks shared by the human reports."""

from __future__ import annotations

from typing import Literal

from rich import box
from rich.table import Table

Justify = Literal["default", "left", "center", "right", "full"]


def simple_table(title: str, *columns: tuple[str, Justify]) -> Table:
    """A report table: bold left title, a rule under the header, no outer border."""
    table = Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        expand=False,
        pad_edge=False,
    )
    for name, justify in columns:
        table.add_column(name, justify=justify)
    return table
