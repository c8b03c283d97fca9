"""The starter file of ``spukdos init``: every section of the form, ready to fill in.

Pure: ``starter_text`` builds the text; the command line writes it. The keys and their
order come from the model (:mod:`spukdos_cli.authoring.keys`), the Dutch question and the
example answer above each key from :mod:`spukdos_cli.form.questions`, and what is optional
from :mod:`spukdos_cli.checks.completeness`. Every answer is left empty (examples are comments,
never values), so ``spukdos check`` on a fresh starter file reports, per section, what is
still to be filled in. Only what the applicant chose is filled in: the format version,
the grant year, the variant, and the roles of the three parties the grant requires
(gemeente, zorgkantoor and one executing party), as the form's own table lists them.
"""

from __future__ import annotations

import re
import textwrap

from spukdos_cli.authoring.keys import Key, model_keys, needed, variant_only
from spukdos_cli.authoring.schema import SCHEMA_ID
from spukdos_cli.form.questions import QUESTIONS
from spukdos_cli.grant.rules import YearRules
from spukdos_cli.messages.formatting import format_decimal, format_eur

WIDTH = 92
"""Comment lines are wrapped to this width (the file's indentation included)."""

STARTER_ROLES = ("gemeente", "zorgkantoor", "zorgaanbieder")
"""The parties a starter file lists: the roles that must at least commit (source 000)."""

VARIANT_NAMES = {"cofinanciering": "cofinanciering", "centraal_persoon": "centraal persoon"}

_TYPE_HINTS = {
    "date": "Schrijf de datum als JJJJ-MM-DD.",
    "bool": "Schrijf ja of nee.",
}
_PLAIN_NAME = re.compile(r"^[\w.\-]{1,80}$")


def _comment(text: str, indent: int) -> list[str]:
    prefix = " " * indent + "# "
    return textwrap.wrap(
        text, WIDTH, initial_indent=prefix, subsequent_indent=prefix, break_on_hyphens=False
    )


class _Builder:
    """Renders keys as YAML lines with the form's questions as comments."""

    def __init__(self, variant: str, values: dict[str, str], notes: dict[str, list[str]]):
        self.variant = variant
        self.values = values
        self.notes = notes

    def marker(self, key: Key, parent_optional: bool) -> str:
        question = QUESTIONS[key.path]
        if variant_only(key, self.variant):
            return f" (niet nodig bij variant {VARIANT_NAMES[self.variant]})"
        if parent_optional or question.optional is False or needed(key, self.variant):
            return ""
        return " (optioneel)"

    def comments(
        self, key: Key, indent: int, parent_optional: bool, values: dict[str, str]
    ) -> list[str]:
        question = QUESTIONS[key.path]
        lines: list[str] = []
        if question.kop:
            rule = "=" * max(4, WIDTH - indent - len(question.kop) - 6)
            lines += ["", " " * indent + f"# == {question.kop} {rule}"]
        elif indent == 0:
            lines.append("")
        text = question.vraag + self.marker(key, parent_optional)
        if key.kind == "choice":
            text += f" Kies uit: {', '.join(key.choices)}."
        elif key.kind in _TYPE_HINTS:
            text += " " + _TYPE_HINTS[key.kind]
        lines += _comment(text, indent)
        for note in self.notes.get(key.path, []):
            lines += _comment(note, indent)
        if key.kind == "list" and variant_only(key, self.variant):
            lines.append(" " * indent + "# Voorbeeld:")
            for i, child in enumerate(key.children):
                dash = "  " if i else "- "
                answer = QUESTIONS[child.path].voorbeeld
                lines.append(" " * indent + f"#   {dash}{child.name}: {answer}")
        if question.voorbeeld is not None and key.path not in {**self.values, **values}:
            example = _comment(f"Voorbeeld: {question.voorbeeld}", indent)
            lines += example[:1] + [line.replace("# ", "#   ", 1) for line in example[1:]]
        return lines

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
            lines += _as_item(body, indent + 2)
        return lines


def _as_item(body: list[str], indent: int) -> list[str]:
    """Turn the lines of a mapping at ``indent + 2`` into a list item at ``indent``: the
    first key gets the dash, the comments above it move to the dash's column."""
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


def _notes(variant: str, year: int, rules: YearRules | None) -> dict[str, list[str]]:
    """Facts of the year's rules shown beside the keys they concern."""
    notes: dict[str, list[str]] = {
        "partijen": [
            "Hieronder staan de partijen die in ieder geval samenwerking moeten toezeggen: de "
            "gemeente, het zorgkantoor en een uitvoerende partij (hier een zorgaanbieder; is "
            "dat bij u een welzijnsorganisatie of vrijwilligersinitiatief, pas dan de rol "
            "aan). Voeg een blok toe voor elke andere partij, zoals de zorgverzekeraar."
        ]
    }
    period = rules.period if rules else None
    if period is not None:
        first, last = period
        notes["experiment.startdatum"] = [
            f"Het tijdvak van de uitkering {year} loopt van {first.isoformat()} tot en met "
            f"{last.isoformat()}."
        ]
    if variant == "centraal_persoon":
        per_client = rules.amount_per_client if rules else None
        if per_client is not None:
            text = (
                f"Variant centraal persoon: per cliënt die wordt geïncludeerd geldt een vaste "
                f"uitkering van {format_eur(per_client)} (regeling {year}); uitkering = "
                f"aantal_clienten × {format_eur(per_client)}."
            )
        else:
            text = f"Het bedrag per cliënt van de regeling {year} is spukdos niet bekend."
    else:
        maximum = rules.max_grant_pct if rules else None
        minimum = rules.min_cofinancing_pct if rules else None
        if maximum is not None and minimum is not None:
            text = (
                f"Variant cofinanciering: minimaal {format_decimal(minimum)}% van de kosten "
                f"uit cofinanciering (bijdragen) en maximaal {format_decimal(maximum)}% uit "
                f"de uitkering (regeling {year}); bijdragen plus uitkering zijn samen de "
                "totale kosten."
            )
        else:
            text = f"De verdeling van de regeling {year} is spukdos niet bekend."
    notes["financiering"] = [text]
    return notes


def _header(variant: str, year: int, schema_url: str, file_name: str | None) -> list[str]:
    name = file_name if file_name and _PLAIN_NAME.match(file_name) else "<dit bestand>"
    intro = [
        f"Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) {year}, "
        f"variant {VARIANT_NAMES[variant]}. Startbestand van 'spukdos init'.",
        "",
        "Zo vult u dit bestand in:",
        "- Boven elke vraag staat de vraag uit het format, met een voorbeeld. Schrijf uw "
        'antwoord achter de dubbele punt, op dezelfde regel: naam: "Samen in de wijk"',
        "- Zet tekst tussen aanhalingstekens als er een dubbele punt (:) of # in staat.",
        "- Een lange tekst over meer regels: zet | achter de dubbele punt en schrijf de tekst "
        "op de regels eronder, twee spaties verder ingesprongen dan de sleutel.",
        '- Bedragen schrijft u zoals het format ze toont: 100.000,00 of "€ 100.000,00"; '
        "getallen met een komma: 182,5.",
        "- Meer partijen, contactpersonen, thema's of kostenposten: kopieer een blok vanaf "
        "het streepje (-) en plak het eronder, even ver ingesprongen.",
        "- (optioneel) betekent: mag leeg blijven. Al het andere vraagt het format.",
        "",
        f"Controleer het bestand zo vaak u wilt met: spukdos check {name}",
        "Het rapport laat per sectie zien wat nog ontbreekt.",
    ]
    lines = [f"# yaml-language-server: $schema={schema_url}"]
    for paragraph in intro:
        wrapped = _comment(paragraph, 0) if paragraph else ["#"]
        if paragraph.startswith("- "):
            wrapped = [wrapped[0]] + ["#   " + line[2:] for line in wrapped[1:]]
        lines += wrapped
    return lines


def starter_text(
    variant: str,
    year: int,
    rules: YearRules | None,
    *,
    schema_url: str = SCHEMA_ID,
    file_name: str | None = None,
) -> str:
    """The starter file for ``variant`` (``cofinanciering`` or ``centraal_persoon``) and
    grant ``year``; ``rules`` are that year's parameters (None when unknown)."""
    if variant not in VARIANT_NAMES:
        raise ValueError(f"unknown variant {variant!r}")
    values = {"spukdos": "1", "regeling_jaar": str(year), "experiment.variant": variant}
    builder = _Builder(variant, values, _notes(variant, year, rules))
    lines = _header(variant, year, schema_url, file_name)
    lines += builder.keys(model_keys(), 0)
    text = "\n".join(line.rstrip() for line in lines) + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)
