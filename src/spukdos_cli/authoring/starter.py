"""The starter file of ``spukdos init``: every section of the form, ready to fill in.

Pure: ``starter_text`` builds the text; the command line writes it. The keys and their
order come from the model (:mod:`spukdos_cli.authoring.keys`), the Dutch question and the
example answer above each key from :mod:`spukdos_cli.form.questions`, and what is optional
from :mod:`spukdos_cli.checks.completeness`. Every answer is left empty (examples are comments,
never values), so ``spukdos check`` on a fresh starter file reports, per section, what is
still to be filled in. Only what the applicant chose is filled in: the format version,
the grant year, the variant, and the roles of the three parties the grant requires
(gemeente, zorgkantoor and one executing party), as the form's own table lists them.

The sections follow the form's numbering: the parties (1.) come before the experiment's
name and term (2.), and the form's section 13 (the financial effect, which spukdos
computes) is explained between 12 and 14; the applicant's own totals for it (``opgave``)
come at the end. With ``lang="en"`` every comment is English (the questions from
:mod:`spukdos_cli.form.questions_en`); keys and example values stay as the file spells them.
"""

from __future__ import annotations

import re
import textwrap

from spukdos_cli.authoring.keys import Key, model_keys, needed, variant_only
from spukdos_cli.authoring.schema import SCHEMA_FILE_NAME
from spukdos_cli.form.questions import QUESTIONS
from spukdos_cli.form.questions_en import HEADINGS_EN, QUESTIONS_EN
from spukdos_cli.grant.rules import YearRules
from spukdos_cli.messages.formatting import format_decimal, format_eur
from spukdos_cli.messages.lang import pick
from spukdos_cli.messages.starter_words import starter_word

WIDTH = 92
"""Comment lines are wrapped to this width (the file's indentation included)."""

STARTER_ROLES = ("gemeente", "zorgkantoor", "zorgaanbieder")
"""The parties a starter file lists: the roles that must at least commit (source 000)."""

VARIANT_NAMES = {"cofinanciering": "cofinanciering", "centraal_persoon": "centraal persoon"}
"""The variants as the form names them (the same words in both languages' starter)."""

TOP_ORDER = ("spukdos", "regeling_jaar", "partijen", "experiment")
"""Top-level keys that come first, in this order (the rest follow the model): the parties
are section 1 of the form, the experiment's term section 2."""

INTERLUDES = {"baten.kwalitatief": ("effect_heading", "effect_note")}
"""A key -> a heading and paragraph shown above its own heading: the form's section 13,
which has no keys at that place (spukdos computes it)."""

_TYPE_HINTS = {"date": "hint_date", "bool": "hint_bool"}
_PLAIN_NAME = re.compile(r"^[\w.\-]{1,80}$")


def _comment(text: str, indent: int) -> list[str]:
    prefix = " " * indent + "# "
    return textwrap.wrap(
        text, WIDTH, initial_indent=prefix, subsequent_indent=prefix, break_on_hyphens=False
    )


def _heading(title: str, indent: int) -> list[str]:
    rule = "=" * max(4, WIDTH - indent - len(title) - 6)
    return ["", " " * indent + f"# == {title} {rule}"]


class _Builder:
    """Renders keys as YAML lines with the form's questions as comments."""

    def __init__(
        self, variant: str, values: dict[str, str], notes: dict[str, list[str]], lang: str
    ):
        self.variant = variant
        self.values = values
        self.notes = notes
        self.lang = lang

    def word(self, key: str) -> str:
        return starter_word(key, self.lang)

    def question(self, path: str) -> str:
        return pick((QUESTIONS[path].vraag, QUESTIONS_EN[path]), self.lang)

    def heading(self, title: str) -> str:
        return pick((title, HEADINGS_EN[title]), self.lang)

    def marker(self, key: Key, parent_optional: bool) -> str:
        question = QUESTIONS[key.path]
        if variant_only(key, self.variant):
            return self.word("other_variant").format(variant=VARIANT_NAMES[self.variant])
        if parent_optional or question.optional is False or needed(key, self.variant):
            return ""
        return self.word("optional")

    def comments(
        self, key: Key, indent: int, parent_optional: bool, values: dict[str, str]
    ) -> list[str]:
        question = QUESTIONS[key.path]
        lines: list[str] = []
        interlude = INTERLUDES.get(key.path)
        if interlude is not None:
            title, note = interlude
            lines += _heading(self.word(title), indent)
            lines += _comment(self.word(note), indent)
        if question.kop:
            lines += _heading(self.heading(question.kop), indent)
        elif indent == 0:
            lines.append("")
        text = self.question(key.path) + self.marker(key, parent_optional)
        if key.kind == "choice":
            text += self.word("choose").format(choices=", ".join(key.choices))
        elif key.kind in _TYPE_HINTS:
            text += self.word(_TYPE_HINTS[key.kind])
        lines += _comment(text, indent)
        for note in self.notes.get(key.path, []):
            lines += _comment(note, indent)
        if key.kind == "list" and variant_only(key, self.variant):
            lines.append(" " * indent + "# " + self.word("example"))
            for i, child in enumerate(key.children):
                dash = "  " if i else "- "
                answer = QUESTIONS[child.path].voorbeeld
                lines.append(" " * indent + f"#   {dash}{child.name}: {answer}")
        example = question.voorbeeld
        if example is not None and key.path not in {**self.values, **values}:
            lines += self.example(example, indent)
        return lines

    def example(self, example: str, indent: int) -> list[str]:
        """``# Voorbeeld: ...`` (wrapped), or for an example of several lines (the lines of
        a mapping under its key) each line as written, so it is valid when uncommented."""
        if "\n" in example:
            lines = [" " * indent + "# " + self.word("example_lines")]
            return lines + [" " * indent + f"#   {line}" for line in example.splitlines()]
        wrapped = _comment(f"{self.word('example')} {example}", indent)
        return wrapped[:1] + [line.replace("# ", "#   ", 1) for line in wrapped[1:]]

    def optional(self, key: Key, parent_optional: bool) -> bool:
        return parent_optional or (
            not needed(key, self.variant) and QUESTIONS[key.path].optional is not False
        )

    def keys(
        self,
        keys: tuple[Key, ...],
        indent: int,
        *,
        with_comments: bool = True,
        parent_optional: bool = False,
        values: dict[str, str] | None = None,
    ) -> list[str]:
        lines: list[str] = []
        for key in keys:
            if with_comments:
                lines += self.comments(key, indent, parent_optional, values or {})
            lines += self.key(key, indent, with_comments, parent_optional, values or {})
        return lines

    def key(
        self,
        key: Key,
        indent: int,
        with_comments: bool,
        parent_optional: bool,
        values: dict[str, str],
    ) -> list[str]:
        pad = " " * indent
        optional = self.optional(key, parent_optional)
        if key.kind == "section":
            return [
                f"{pad}{key.name}:",
                *self.keys(
                    key.children,
                    indent + 2,
                    with_comments=with_comments,
                    parent_optional=optional,
                    values=values,
                ),
            ]
        if key.kind == "list":
            return [f"{pad}{key.name}:", *self.items(key, indent, with_comments, optional)]
        value = values.get(key.path, self.values.get(key.path))
        return [f"{pad}{key.name}:" + (f" {value}" if value else "")]

    def items(self, key: Key, indent: int, with_comments: bool, optional: bool) -> list[str]:
        """One empty item, or one per starter role for the parties; none for a list that
        only another variant asks for (its shape is shown as an example instead)."""
        if variant_only(key, self.variant):
            return []
        if key.path == "partijen":
            blocks = [{f"{key.path}[].rol": role} for role in STARTER_ROLES]
        else:
            blocks = [{}]
        lines: list[str] = []
        for i, values in enumerate(blocks):
            body = self.keys(
                key.children,
                indent + 4,
                with_comments=with_comments and i == 0,
                parent_optional=optional,
                values=values,
            )
            lines += as_list_item(body, indent + 2)
        return lines


def as_list_item(body: list[str], indent: int) -> list[str]:
    """Turn the lines of a mapping at ``indent + 2`` into a list item at ``indent``: the
    first key gets the dash, the comments above it move to the dash's column (the
    starter file and an imported file write their lists alike)."""
    out: list[str] = []
    first = True
    for line in body:
        stripped = line.lstrip()
        if first and stripped.startswith("#"):
            out.append(" " * indent + stripped)
        elif first and stripped:
            out.append(" " * indent + "- " + stripped)
            first = False
        else:
            out.append(line)
    return out


def _notes(variant: str, year: int, rules: YearRules | None, lang: str) -> dict[str, list[str]]:
    """Facts of the year's rules shown beside the keys they concern."""
    notes: dict[str, list[str]] = {"partijen": [starter_word("note_parties", lang)]}
    period = rules.period if rules else None
    if period is not None:
        first, last = period
        notes["experiment.startdatum"] = [
            starter_word("note_period", lang).format(
                year=year, first=first.isoformat(), last=last.isoformat()
            )
        ]
    if variant == "centraal_persoon":
        per_client = rules.amount_per_client if rules else None
        if per_client is not None:
            amount = format_eur(per_client, lang)
            text = starter_word("note_per_client", lang).format(amount=amount, year=year)
        else:
            text = starter_word("note_per_client_unknown", lang).format(year=year)
    else:
        maximum = rules.max_grant_pct if rules else None
        minimum = rules.min_cofinancing_pct if rules else None
        if maximum is not None and minimum is not None:
            text = starter_word("note_shares", lang).format(
                minimum=format_decimal(minimum, lang),
                maximum=format_decimal(maximum, lang),
                year=year,
            )
        else:
            text = starter_word("note_shares_unknown", lang).format(year=year)
    notes["financiering"] = [text]
    return notes


INSTALLED = "installed"
"""``schema``: the copy of the schema installed with spukdos (an absolute address)."""


def _schema_lines(
    schema: str | None, schema_url: str | None, lang: str
) -> tuple[list[str], list[str]]:
    """The modeline (none when there is no schema to name) and what it means."""
    if schema_url is None:
        return [], [starter_word("schema_none", lang).format(file=SCHEMA_FILE_NAME)]
    modeline = [f"# yaml-language-server: $schema={schema_url}"]
    if schema == INSTALLED:
        return modeline, [starter_word("schema_installed", lang).format(file=SCHEMA_FILE_NAME)]
    return modeline, [starter_word("schema_address", lang)]


def _header(
    variant: str,
    year: int,
    schema_url: str | None,
    file_name: str | None,
    schema: str | None,
    lang: str,
) -> list[str]:
    name = (
        file_name if file_name and _PLAIN_NAME.match(file_name) else starter_word("this_file", lang)
    )
    variant_name = starter_word(f"variant_{variant}", lang)
    modeline, schema_note = _schema_lines(schema, schema_url, lang)
    intro = [
        starter_word("title", lang).format(year=year, variant=variant_name),
        "",
        starter_word("how", lang),
        *(
            starter_word(key, lang)
            for key in (
                "how_answer",
                "how_quotes",
                "how_long",
                "how_amounts",
                "how_blocks",
                "how_optional",
            )
        ),
        "",
        starter_word("how_check", lang).format(name=name),
        starter_word("how_report", lang),
        "",
        *schema_note,
    ]
    lines = list(modeline)
    for paragraph in intro:
        wrapped = _comment(paragraph, 0) if paragraph else ["#"]
        if paragraph.startswith("- "):
            wrapped = [wrapped[0]] + ["#   " + line[2:] for line in wrapped[1:]]
        lines += wrapped
    return lines


def _in_form_order(keys: tuple[Key, ...]) -> tuple[Key, ...]:
    first = [k for name in TOP_ORDER for k in keys if k.name == name]
    return (*first, *(k for k in keys if k.name not in TOP_ORDER))


def starter_text(
    variant: str,
    year: int,
    rules: YearRules | None,
    *,
    schema_url: str | None = None,
    file_name: str | None = None,
    schema: str | None = None,
    lang: str = "nl",
) -> str:
    """The starter file for ``variant`` (``cofinanciering`` or ``centraal_persoon``) and
    grant ``year``; ``rules`` are that year's parameters (None when unknown); its comments
    in ``lang``.

    ``schema_url`` is the schema named on the first line (none without it); ``schema``
    says what it is: :data:`INSTALLED` for the copy installed with spukdos (the comment
    below says so and how to share the file), None for an address the user gave."""
    if variant not in VARIANT_NAMES:
        raise ValueError(f"unknown variant {variant!r}")
    values = {"spukdos": "1", "regeling_jaar": str(year), "experiment.variant": variant}
    builder = _Builder(variant, values, _notes(variant, year, rules, lang), lang)
    lines = _header(variant, year, schema_url, file_name, schema, lang)
    lines += builder.keys(_in_form_order(model_keys()), 0)
    text = "\n".join(line.rstrip() for line in lines) + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)
