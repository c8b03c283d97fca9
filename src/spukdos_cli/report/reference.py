"""Reference output: the rules in force, the price list, and the finding codes.

Renderers only (Rich tables and Markdown text); the commands in ``cli.py`` print them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from spukdos_cli.grant.rules import PARAMETERS, YearRules

if TYPE_CHECKING:  # the price list is a Pydantic model: 'explain' and 'rules' need none
    from spukdos_cli.grant.prices import PriceList
from spukdos_cli.messages.catalogue import CODES, MANDATORY, CodeInfo, source_text
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.messages.formatting import format_decimal, format_eur
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.lang import pick
from spukdos_cli.messages.sources import DOCUMENTS, documents_cited
from spukdos_cli.report.finding_docs import heading


def _value(key: str, value: Decimal | date, lang: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if PARAMETERS.get(key) == "amount":
        return format_eur(value, lang)
    return format_decimal(value, lang)


def rules_table(rules: YearRules, lang: str) -> RenderableType:
    title = f"SPUK DOS {rules.year}: {label('rules_parameters', lang)}"
    if rules.origin is not None:  # a user's rules file: its name is text from outside
        origin = safe_text(rules.origin, single_line=True)
        title += f" ({label('rules_from_file', lang).format(file=origin)})"
    parts: list[RenderableType] = [Text(title, style="bold")]
    for p in rules.parameters.values():
        line = Text()
        line.append(p.key, style="bold")
        line.append(f" = {_value(p.key, p.value, lang)} ({safe_text(p.unit, single_line=True)})")
        parts += [
            line,
            Text(f"  {safe_text(p.description, single_line=True)}"),
            Text(f"  {label('source', lang)}: {safe_text(p.source)}", style="dim"),
        ]
    return Group(*parts)


def prices_table(prices: PriceList, lang: str) -> RenderableType:
    table = Table(
        title=Text(safe_text(prices.naam, single_line=True), style="bold"),  # never markup
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
    )
    for name in ("sleutel", "bedrag", "eenheid", "jaar", "domein"):
        table.add_column(name, justify="right" if name == "bedrag" else "left", no_wrap=True)
    sources: list[RenderableType] = []
    for e in prices.tarieven:
        table.add_row(
            Text(safe_text(e.sleutel)),
            format_eur(e.bedrag, lang),
            e.eenheid,
            str(e.prijsjaar),
            e.domein,
        )
        sources.append(Text(safe_text(f"{e.sleutel}: {e.omschrijving}", single_line=True)))
        sources.append(Text("  " + safe_text(e.bron, single_line=True), style="dim"))
    return Group(table, *sources)


def explain(info: CodeInfo, lang: str) -> RenderableType:
    severity = label(info.severity.value, lang)
    return Group(
        Text(f"{info.code} ({severity}): {info.title(lang)}", style="bold"),
        Text(pick(EXPLANATIONS[info.code], lang)),
        Text(f"{label('source_title', lang)}: {source_text(info.source, lang)}", style="dim"),
        *(
            Text(f"  {document.key}: {document.citation()}", style="dim")
            for document in documents_cited(info.source)
        ),
    )


def codes_table(lang: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    for key in ("col_code", "col_severity", "col_title"):
        table.add_column(label(key, lang))
    for info in CODES.values():
        table.add_row(info.code, label(info.severity.value, lang), info.title(lang))
    return table


def findings_markdown() -> str:
    """docs/findings.md: every code with title, severity, source and explanation."""
    lines = [
        "# Finding codes",
        "",
        "Generated from `src/spukdos_cli/messages/catalogue.py` and `explanations.py` by",
        "`spukdos explain --markdown`; a test keeps this file in step with the code.",
        "Codes are stable: a code keeps its meaning once released.",
        "",
        "Bronnen / sources: 'format' and 'DUS-I' in a source below are these public documents:",
        "",
        *(f"- {document.key}: {document.citation()}" for document in DOCUMENTS),
        "",
        "## Verplicht / mandatory",
        "",
        "Wat het format en de DUS-I-pagina verplicht noemen, en de bevinding die ernaar vraagt "
        "/ what the form and the DUS-I page call mandatory, and the finding that asks for it:",
        "",
        "| code | nl | en |",
        "|---|---|---|",
        *(f"| {code} | {nl} | {en} |" for code, nl, en in MANDATORY),
        "",
        "## Alle codes / all codes",
        "",
        "| code | severity | titel | title | bron / source |",
        "|---|---|---|---|---|",
    ]
    for info in CODES.values():
        lines.append(
            f"| {info.code} | {info.severity.value} | {info.title_nl} | {info.title_en} | "
            f"{info.source} |"
        )
    for info in CODES.values():
        nl, en = EXPLANATIONS[info.code]
        lines += [
            "",
            f"## {heading(info.code)}",
            "",
            f"*{info.severity.value}*, {info.title_nl}. Bron / source: {info.source}"
            + "".join(f"; {d.citation()}" for d in documents_cited(info.source))
            + ".",
            "",
            nl,
            "",
            en,
        ]
    return "\n".join(lines) + "\n"
