"""The incompleteness letters of a round (``spukdos ronde --brieven``): one letter in Dutch
for each incomplete application, as Markdown and as a Word document.

The wording is one Jinja2 template, package data (``templates/brief_onvolledig.md.j2``)
or the office's own copy (``--brief-sjabloon``): Python prepares the data, the template
lays it out. It is rendered in Jinja2's sandbox with every undefined name an error. The
template writes Markdown; every value from a submitted file passes :func:`markdown_text`
(Jinja2's ``finalize``, so no value can be left unescaped): control characters made
visible, one line, and Markdown's marks escaped with a backslash, so a name such as
``# Gemeente <script>`` stays text. The Word document is made from that same Markdown
(titles, headings, bullets, paragraphs, line breaks), on the export's page
(:mod:`spukdos_cli.report.docx_layout`: A4, nl-NL, metadata).

Jinja2 is imported here and nowhere else, and this module only when letters are asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
import markupsafe

from spukdos_cli.checks.round import ADVICE_PART, MissingPart, RoundRow
from spukdos_cli.messages.formatting import format_eur
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.sections import section_title
from spukdos_cli.writefile import atomic_output

TEMPLATE = "brief_onvolledig.md.j2"
DEADLINE = "[datum]"
"""The placeholder for the date by which the application must be complete."""
SENT = "[datum van verzending]"
ADVICE_TITLE = "Advies van het regionale zorgkantoor (onderdeel van het aanvraagformulier)"


LetterTemplate = jinja2.Template
"""A loaded letter template (:func:`load_template`)."""


class TemplateError(Exception):
    """The letter's template cannot be read or rendered; the message says why."""


_MARKS = re.compile(r"([\\`*_{}\[\]<>&!|~#])")
"""Marks that mean something anywhere in a line of Markdown (``#`` too, for safety)."""
_LEADING = re.compile(r"^([0-9]*)([-+=.)])")
"""What makes a line a list, a heading's underline or a quote when it starts it."""


def markdown_text(value: Any) -> str:
    """A value for the Markdown letter: file text on one line, with its control
    characters visible and every Markdown mark escaped with a backslash."""
    if value is None:
        return ""
    if isinstance(value, markupsafe.Markup):  # spukdos's own words (a section's title)
        return str(value)
    text = _MARKS.sub(r"\\\1", safe_text(str(value), single_line=True))
    leading = _LEADING.match(text)
    if leading is None or (leading[2] in ".)" and not leading[1]):
        return text
    return f"{leading[1]}\\{leading[2]}{text[leading.end() :]}"


def _environment(folder: Path | None) -> jinja2.Environment:
    loader: jinja2.BaseLoader
    if folder is None:
        loader = jinja2.FunctionLoader(_packaged)
    else:
        loader = jinja2.FileSystemLoader(str(folder))
    return jinja2.sandbox.SandboxedEnvironment(
        loader=loader,
        autoescape=jinja2.select_autoescape(("html", "htm", "xml")),
        undefined=jinja2.StrictUndefined,
        finalize=markdown_text,
        keep_trailing_newline=True,
        trim_blocks=True,  # a line with only a {% ... %} tag leaves no line behind
        lstrip_blocks=True,
    )


def _packaged(name: str) -> str | None:
    if name != TEMPLATE:
        return None
    return resources.files("spukdos_cli.report").joinpath("templates", name).read_text("utf-8")


SAMPLE = RoundRow(
    file="voorbeeld.yaml",
    verdict="not_judged",
    gemeente="Voorbeeld",
    experiment="Voorbeeld",
    status="onvolledig",
    ontbreekt=(MissingPart("looptijd", "regel 1", ("einddatum",)),),
)
"""An application the template is tried on when it is loaded, so that a mistake in it
ends the run before the files are read, not after."""


def load_template(path: Path | None = None, lang: str = "nl") -> jinja2.Template:
    """The letter's template: the packaged one, or the file ``path``; tried once on
    :data:`SAMPLE`. A template that cannot be read, parsed or filled in raises
    :class:`TemplateError` with the reason in ``lang`` (Jinja2's own words quoted)."""
    try:
        if path is None:
            template = _environment(None).get_template(TEMPLATE)
        else:
            template = _environment(path.parent).get_template(path.name)
    except jinja2.TemplateSyntaxError as err:
        reason = label("ronde_template_line", lang).format(line=err.lineno, detail=err.message)
        raise TemplateError(reason) from None
    except jinja2.TemplateNotFound:
        raise TemplateError(label("ronde_template_missing", lang)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise TemplateError(getattr(err, "strerror", None) or type(err).__name__) from None
    render_letter(template, SAMPLE, lang)
    return template


@dataclass(frozen=True)
class Part:
    """One part of the letter's list: the section's title and the place where it begins
    in the submitted file (spukdos's words, written as they are), and the items (which
    hold names from the file, so they are escaped)."""

    titel: str
    plaats: str
    items: tuple[str, ...]


def letter_data(row: RoundRow) -> dict[str, Any]:
    """What the template is given for one incomplete application."""
    parts = [
        Part(
            markupsafe.Markup(
                ADVICE_TITLE if part.part == ADVICE_PART else section_title(part.part, "nl")
            ),
            markupsafe.Markup(part.where),
            part.items,
        )
        for part in row.ontbreekt
    ]
    return {
        "gemeente": row.gemeente,
        "experiment": row.experiment,
        "organisatie": row.contact_organisatie,
        "contactpersoon": row.contact_naam,
        "email": row.contact_email,
        "bestand": Path(row.file).name,
        "uitkering": format_eur(row.uitkering, "nl") if row.uitkering is not None else None,
        "onderdelen": parts,
        "uiterlijk": markupsafe.Markup(DEADLINE),
        "verzonden": markupsafe.Markup(SENT),
    }


def render_letter(template: jinja2.Template, row: RoundRow, lang: str = "nl") -> str:
    """The letter of ``row`` in Markdown; a template that fails on it raises
    :class:`TemplateError` (the reason in ``lang``, Jinja2's own words quoted)."""
    try:
        return template.render(letter_data(row))
    except jinja2.TemplateError as err:
        reason = label("ronde_template_fails", lang).format(detail=str(err))
        raise TemplateError(reason) from None
    except Exception as err:  # the sandbox refused something, or the template divided by 0
        reason = label("ronde_template_fails", lang).format(detail=type(err).__name__)
        raise TemplateError(reason) from None


# -- Markdown to Word -----------------------------------------------------------------------
_UNESCAPE = re.compile(r"\\(.)|\\$")


def _plain(line: str) -> str:
    """A line of the letter's Markdown as text: escapes undone, a closing ``\\`` (a line
    break) left out."""
    return _UNESCAPE.sub(lambda m: m.group(1) or "", line)


def _paragraphs(markdown: str) -> list[tuple[str, str]]:
    """(kind, text) of each block: ``title``, ``h1``, ``h2``, ``bullet`` or ``text`` (whose
    lines are joined by line breaks)."""
    blocks: list[tuple[str, str]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(("text", "\n".join(_plain(line) for line in lines)))
            lines.clear()

    for line in markdown.splitlines():
        stripped = line.rstrip()
        kinds = (("### ", "h2"), ("## ", "h1"), ("# ", "title"), ("- ", "bullet"))
        kind = next(((k, p) for p, k in kinds if stripped.startswith(p)), None)
        if kind is not None:
            flush()
            blocks.append((kind[0], _plain(stripped[len(kind[1]) :])))
        elif not stripped:
            flush()
        else:
            lines.append(stripped)
    flush()
    return blocks


def write_docx(markdown: str, row: RoundRow, path: Path, *, force: bool) -> None:
    """The letter as a Word document on the export's page."""
    from spukdos_cli.report.docx_layout import TOOL, FormDocument, Metadata

    document = FormDocument()
    title = f"Aanvraag SPUK DOS niet compleet: {row.experiment or row.file}"
    document.metadata(
        Metadata(title=title, subject="SPUK DOS", keywords="SPUK DOS, incompleetbrief", author=TOOL)
    )
    document.doc.core_properties.comments = f"Geschreven door {TOOL} (spukdos ronde --brieven)."
    for kind, text in _paragraphs(markdown):
        if kind == "title":
            document.title(text)
        elif kind in ("h1", "h2"):
            document.heading(text, 1 if kind == "h1" else 2)
        elif kind == "bullet":
            document.bullets([text])
        else:
            document.lines(text)
    with atomic_output(path, force=force) as temp:
        document.save(temp)


def _stem(name: str, taken: set[str]) -> str:
    """``brief-<file name without its folder, in letters and digits>``, unique among
    ``taken`` (``-2``, ``-3``, ... for a second file of that name in another folder)."""
    base = re.sub(r"[^0-9A-Za-z]+", "-", Path(name).stem).strip("-")
    stem = f"brief-{base[:80] or 'aanvraag'}"
    candidate, number = stem, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}", number + 1
    taken.add(candidate)
    return candidate


def write_letters(
    template: jinja2.Template, rows: list[RoundRow], folder: Path, *, force: bool, lang: str = "nl"
) -> list[Path]:
    """A letter (``.md`` and ``.docx``) in ``folder`` for each ``onvolledig`` row; the
    paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for row in rows:
        if row.status != "onvolledig":
            continue
        markdown = render_letter(template, row, lang)
        stem = _stem(row.file, taken)
        md = folder / f"{stem}.md"
        with atomic_output(md, force=force) as temp:
            temp.write_text(markdown, encoding="utf-8")
        write_docx(markdown, row, folder / f"{stem}.docx", force=force)
        written += [md, folder / f"{stem}.docx"]
    return written
