"""Rich building blocks shared by the human reports: tables, a file's header, its findings.

The check report (:mod:`spukdos_cli.report.text`) and the analysis report
(:mod:`spukdos_cli.report.analysis`) both import these; this module imports neither.
"""

from __future__ import annotations

from typing import Literal

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Severity
from spukdos_cli.messages.catalogue import render
from spukdos_cli.messages.formatting import clip_text
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.sources import describe_source

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


_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def cell(text: str | None, style: str = "") -> Text:
    """File text for a table cell: clipped, escaped, on one line."""
    return Text(safe_text(clip_text(text or ""), single_line=True), style=style)


def header(result: FileResult, lang: str) -> RenderableType:
    case = result.case
    experiment = case.experiment if case else None
    name = experiment.naam if experiment and experiment.naam else label("unnamed", lang)
    parts = []
    if experiment and experiment.gemeente:
        parts.append(
            f"{label('municipality', lang)} "
            f"{safe_text(clip_text(experiment.gemeente), single_line=True)}"
        )
    if case and case.regeling_jaar is not None:
        parts.append(f"{label('year', lang)} {case.regeling_jaar}")
    if experiment and experiment.variant:
        parts.append(f"{label('variant', lang)} {experiment.variant}")
    if experiment and experiment.startdatum and experiment.einddatum:
        parts.append(
            f"{label('term', lang)} {experiment.startdatum.isoformat()} {label('until', lang)} "
            f"{experiment.einddatum.isoformat()}"
        )
    title = Text(safe_text(result.file, single_line=True), style="bold")
    body = Group(cell(name, "bold"), Text(" · ".join(parts)))
    return Panel(body, title=title, title_align="left", box=box.ROUNDED)


def findings_block(result: FileResult, lang: str) -> RenderableType:
    if not result.findings:
        return Text(label("no_findings", lang), style="green")
    rows: list[RenderableType] = []
    for finding in result.findings:
        position = finding.position
        where = f"{safe_text(result.file, single_line=True)}:{position.line}:{position.col}"
        line = Text()
        line.append(where, style="bold")
        line.append("  ")
        line.append(finding.code, style=_SEVERITY_STYLE[finding.severity])
        line.append(
            f" {label(finding.severity.value, lang)}", style=_SEVERITY_STYLE[finding.severity]
        )
        if finding.path:
            # the path holds keys from the file (S001): file text, so made safe too
            line.append(f"  {safe_text(finding.dotted_path, single_line=True)}", style="dim")
        if position.source is not None:  # an imported document: where it stood in it
            where = describe_source(position.source, lang)
            line.append("  (" + label("src_in_document", lang).format(where=where) + ")")
        rows.append(line)
        message = safe_text(render(finding, lang), single_line=True)
        rows.append(Padding(Text(message), (0, 0, 0, 4)))
    title = Text(f"{label('findings', lang)} ({len(result.findings)})", style="bold")
    return Group(title, *rows)
