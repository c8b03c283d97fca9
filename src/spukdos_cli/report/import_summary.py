"""The summary ``spukdos import`` prints when it is done: per section of the form what
was found and what was not, the values that were there but could not be read, the text
beside the form's tables that was not imported, and what the form does not ask (for the
applicant to fill in).

Plain text, aligned in columns: the import needs no Rich, which keeps it quick (its
benchmark compares it with one ``spukdos check``). File text is made harmless as in
every report (:func:`spukdos_cli.messages.labels.safe_text`).
"""

from __future__ import annotations

import textwrap

from spukdos_cli.checks.completeness import SectionStatus
from spukdos_cli.checks.imported import asked_by_form
from spukdos_cli.messages.catalogue import term
from spukdos_cli.messages.formatting import clip_text
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.places import describe_source
from spukdos_cli.positions import format_path
from spukdos_cli.read.document.result import Imported

WIDTH = 100


def _shown(text: str) -> str:
    return safe_text(clip_text(" ".join(text.split())), single_line=True)


def import_summary(
    imp: Imported, statuses: tuple[SectionStatus, ...], lang: str, written: str | None
) -> str:
    rows: list[tuple[str, str, str]] = []
    gaps: list[str] = []
    yourself: list[str] = []
    for status in statuses:
        asked = [m for m in status.missing if asked_by_form(m)]
        gaps += asked
        yourself += [m for m in status.missing if not asked_by_form(m)]
        rows.append(
            (status.section.title(lang), f"{status.answered}/{status.required}", ", ".join(asked))
        )
    head = (label("section", lang), label("imp_found", lang), label("imp_not_found_col", lang))
    first = max(len(r[0]) for r in [*rows, head])
    second = max(len(r[1]) for r in [*rows, head])
    indent = first + second + 4
    out = [label("imp_summary", lang), ""]
    out.append(f"{head[0]:<{first}}  {head[1]:>{second}}  {head[2]}".rstrip())
    out.append("-" * min(WIDTH, indent + 30))
    for section, score, missing in rows:
        start = f"{section:<{first}}  {score:>{second}}  "
        wrapped = textwrap.wrap(_shown(missing), WIDTH - indent) if missing else [""]
        out.append((start + wrapped[0]).rstrip())
        out += [" " * indent + more for more in wrapped[1:]]
    out.append("")
    unread = [item for item in imp.not_found if item.seen]
    if unread:
        out.append(label("imp_not_read", lang))
        for item in unread:
            where = f" ({describe_source(item.ref, lang)})" if item.ref else ""
            out.append(f'  {format_path(item.path)}: "{_shown(item.seen or "")}"{where}')
    if imp.unplaced:
        out.append(label("imp_unplaced", lang))
        for line in imp.unplaced:
            out.append(f'  {describe_source(line.ref, lang)}: "{_shown(line.text)}"')
    for key, params in imp.notes:  # how the document was read (finding D005 in check)
        note = term(key, lang, **params)
        out.append(label("imp_read_note", lang).format(note=note))
    if yourself:
        out.append(f"{label('imp_yourself', lang)}: {', '.join(yourself)}")
    if gaps:
        out.append(label("imp_form_gaps", lang).format(count=len(gaps)))
    else:
        out.append(label("imp_all_found", lang))
    if written:
        out.append(label("batch_written", lang).format(file=safe_text(written, single_line=True)))
    return "\n".join(out) + "\n"
