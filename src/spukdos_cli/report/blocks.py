"""Rich building blocks shared by the human reports: tables, a file's header, its findings.

The check report (:mod:`spukdos_cli.report.text`) and the analysis report
(:mod:`spukdos_cli.report.analysis`) both import these; this module imports neither.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Place, Severity
from spukdos_cli.form.items import item_names
from spukdos_cli.messages.catalogue import render
from spukdos_cli.messages.fields import describe
from spukdos_cli.messages.formatting import clip_text
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.places import describe_source
from spukdos_cli.report.unbroken import UnbrokenText

Justify = Literal["default", "left", "center", "right", "full"]


class FitTable(Table):
    """A table that never cuts or hides a figure, at any width (issue 16).

    Its figure columns (amounts, percentages, counts: the right-aligned ones, unless
    told otherwise) are kept whole on one line; labels may wrap. It is drawn as a table
    when every figure fits whole; otherwise, on a narrow terminal, each row is stacked:
    its label, then one line per figure (``Bedrag: € 100.000,00``). Decorations that only
    repeat a figure (the bars of a chart) are left out of the stacked form. The title
    wraps at the width of the terminal, not of the table.
    """

    def __init__(
        self,
        *args: Any,
        figures: set[int] | None = None,
        optional: set[int] | None = None,
        **kwargs: Any,
    ) -> None:
        self.heading = kwargs.pop("title", None)
        self.heading_style = kwargs.pop("title_style", "bold")
        kwargs.pop("title_justify", None)
        super().__init__(*args, **kwargs)
        self.figures = figures
        self.optional = optional or set()
        self.cells: list[tuple[RenderableType, ...]] = []

    def add_row(self, *renderables: RenderableType | None, **kwargs: Any) -> None:
        super().add_row(*renderables, **kwargs)
        self.cells.append(tuple(r if r is not None else "" for r in renderables))

    def _figure_columns(self) -> set[int]:
        if self.figures is not None:
            return self.figures
        return {i for i, column in enumerate(self.columns) if column.justify == "right"}

    def _figures(self) -> list[str]:
        columns = self._figure_columns()
        texts = []
        for row in self.cells:
            for i, renderable in enumerate(row):
                text = renderable.plain if isinstance(renderable, Text) else str(renderable)
                if i in columns:
                    texts += [line for line in text.splitlines() if line.strip()]
        return texts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.heading:
            yield Text(str(self.heading), style=self.heading_style)
        for column in self.columns:  # figures are measured whole: never folded
            if column._index in self._figure_columns():
                column.no_wrap = True
        lines = console.render_lines(_AsTable(self), options, pad=False)
        drawn = "\n".join("".join(segment.text for segment in line) for line in lines)
        whole = set(drawn.split())
        if all(
            drawn.count(text) >= need for text, need in Counter(self._figures()).items()
        ) and all(word in whole for word in self._label_words()):
            for line in lines:
                yield from line
                yield Segment.line()
            return
        yield from self._stacked()

    def _label_words(self) -> set[str]:
        """The words of the labels (the columns that are no figures): a table that would
        cut one (``Tot…`` for "Totaal" and "Totale" alike) is stacked instead, so that
        every label stays readable (issue 27)."""
        columns = self._figure_columns()
        words: set[str] = set()
        for row in self.cells:
            for i, renderable in enumerate(row):
                if i not in columns:
                    text = renderable.plain if isinstance(renderable, Text) else str(renderable)
                    words.update(text.split())
        return words

    def _stacked(self) -> RenderResult:
        """Each row as its label and one line per figure, for a terminal too narrow."""
        headers = [column.header for column in self.columns]
        for row in self.cells:
            label, *rest = row
            plain = label.plain if isinstance(label, Text) else str(label)
            if plain.strip():
                yield label if isinstance(label, Text) else Text(plain)
            parts = [
                (str(headers[i]), cell)
                for i, cell in enumerate(rest, start=1)
                if i not in self.optional
                and (cell.plain if isinstance(cell, Text) else str(cell)).strip()
            ]
            if self.show_header:
                for name, cell in parts:
                    line = Text(f"  {name}: " if name else "  ", style="dim")
                    line.append_text(_one_line(cell))
                    yield line
            elif parts:
                line = Text("  ")
                for k, (_, cell) in enumerate(parts):
                    line.append_text(Text("  ") if k else Text())
                    line.append_text(_one_line(cell))
                yield line


def _one_line(cell: RenderableType) -> Text:
    if isinstance(cell, Text):
        text = cell.copy()
        text.plain = text.plain.replace("\n", " ")
        text.justify = "left"
        return text
    return Text(str(cell).replace("\n", " "))


class _AsTable:
    """A FitTable drawn as a plain Rich table (without the check of FitTable)."""

    def __init__(self, table: FitTable) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        return Table.__rich_console__(self.table, console, options)


def simple_table(
    title: str, *columns: tuple[str, Justify], figures: set[int] | None = None
) -> FitTable:
    """A report table: bold left title, a rule under the header, no outer border; its
    figures (the right-aligned columns, or ``figures``) are never cut (:class:`FitTable`)."""
    table = FitTable(
        title=title,
        title_style="bold",
        box=box.SIMPLE_HEAD,
        expand=False,
        pad_edge=False,
        figures=figures,
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
    if result.rules is not None and result.rules.origin is not None:
        origin = safe_text(clip_text(result.rules.origin), single_line=True)
        parts.append(label("rules_from_file", lang).format(file=origin))
    if experiment and experiment.variant:
        parts.append(f"{label('variant', lang)} {label('variant_' + experiment.variant, lang)}")
    if experiment and experiment.startdatum and experiment.einddatum:
        parts.append(
            f"{label('term', lang)} {experiment.startdatum.isoformat()} {label('until', lang)} "
            f"{experiment.einddatum.isoformat()}"
        )
    title = Text(safe_text(result.file, single_line=True), style="bold")
    body = Group(cell(name, "bold"), Text(" · ".join(parts)))
    return Panel(body, title=title, title_align="left", box=box.ROUNDED)


def _place(finding: Finding, result: FileResult, lang: str = "nl") -> str:
    path = finding.path
    if not any(isinstance(part, int) for part in path):
        return finding.dotted_path
    return describe(Place(path, item_names(result.case, path)), lang)


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
            # an item of a list is named as the form numbers it ("kostenpost 5
            # (Communicatie): bedrag"), as in the completeness table, not by its index
            # from 0 (issue 27); other paths as they are. The path holds keys and names
            # from the file (S001): file text, so made safe too
            where = _place(finding, result, lang)
            line.append(f"  {safe_text(where, single_line=True)}", style="dim")
        if position.source is not None:  # an imported document: where it stood in it
            where = describe_source(position.source, lang)
            line.append("  (" + label("src_in_document", lang).format(where=where) + ")")
        rows.append(line)
        message = safe_text(render(finding, lang), single_line=True)
        rows.append(Padding(UnbrokenText(message), (0, 0, 0, 4)))
    title = Text(f"{label('findings', lang)} ({len(result.findings)})", style="bold")
    return Group(title, *rows)
