"""The summary ``spukdos import`` prints when it is done: per section of the form what
was found and what was not, the values that were there but could not be read, and what
the form does not ask (for the applicant to fill in)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from spukdos_cli.checks.completeness import SectionStatus
from spukdos_cli.checks.imported import asked_by_form
from spukdos_cli.messages.formatting import clip_text
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.sources import describe_source
from spukdos_cli.positions import format_path
from spukdos_cli.read.document.result import Imported
from spukdos_cli.report.blocks import cell, simple_table


def import_summary(
    imp: Imported, statuses: tuple[SectionStatus, ...], lang: str, written: str | None
) -> RenderableType:
    table = simple_table(
        label("imp_summary", lang),
        (label("section", lang), "left"),
        (label("imp_found", lang), "right"),
        (label("imp_not_found_col", lang), "left"),
    )
    gaps: list[str] = []
    yourself: list[str] = []
    for status in statuses:
        asked = [m for m in status.missing if asked_by_form(m)]
        gaps += asked
        yourself += [m for m in status.missing if not asked_by_form(m)]
        table.add_row(
            status.section.title(lang),
            f"{status.answered}/{status.required}",
            cell(", ".join(asked), "red" if asked else ""),
        )
    parts: list[RenderableType] = [table]
    unread = [item for item in imp.not_found if item.seen]
    if unread:
        parts.append(Text(label("imp_not_read", lang), style="bold"))
        for item in unread:
            where = describe_source(item.ref, lang) if item.ref else ""
            text = clip_text(" ".join((item.seen or "").split()))
            line = f'  {format_path(item.path)}: "{text}" ({where})'
            parts.append(Text(safe_text(line, single_line=True)))
    if imp.unplaced:
        parts.append(Text(label("imp_unplaced", lang), style="bold"))
        for unplaced in imp.unplaced:
            text = clip_text(" ".join(unplaced.text.split()))
            shown = f'  {describe_source(unplaced.ref, lang)}: "{text}"'
            parts.append(Text(safe_text(shown, single_line=True)))
    if yourself:
        parts.append(Text(f"{label('imp_yourself', lang)}: {', '.join(yourself)}", style="yellow"))
    if gaps:
        parts.append(Text(label("imp_form_gaps", lang).format(count=len(gaps)), style="bold red"))
    else:
        parts.append(Text(label("imp_all_found", lang), style="green"))
    if written:
        parts.append(
            Text(label("batch_written", lang).format(file=safe_text(written, single_line=True)))
        )
    return Group(*parts)
