"""The report people can attach: one standalone HTML document (``spukdos check --format
html -o rapport.html``, ``spukdos analyse --export rapport.html``).

A real document, not a terminal picture: a heading per file, semantic tables (with
``<caption>``, ``<thead>`` and ``scope``) for completeness, costs, the benefits as
A × B × C, the financing, every stated total beside the computed one and the findings
with their location; the verdict; the robustness figures; and the charts drawn as inline
SVG. With an analysis (``spukdos analyse``) the break-even values, the net effect
without estimates, the sensitivity (a tornado chart), the scenarios and who pays versus
who saves follow.

It needs nothing from outside: the style sheet is inline, there are no scripts, fonts,
images or links to load, and a Content-Security-Policy forbids loading anything. Print
CSS lays it out on A4 pages ("print to PDF"): a caption stays with its header row and
first rows, and each page's margins name the experiment, the date (on a Dutch clock) and
the page number (:func:`page_css`). The title is the experiment's name; what a section
still misses is named in the form's words; every chart has a legend and wraps its labels
beside the bars. The footer says where the figures come from: spukdos's version, the
date, the rules and the price list, and each file's SHA-256. Every text from a file
passes :func:`spukdos_cli.report.markup.xml_text` and :func:`html.escape`, so it is
shown, never obeyed, and the document always parses.

Pure apart from the clock: :func:`created` reads the time of the run (or
``SOURCE_DATE_EPOCH``, for reproducible documents).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from spukdos_cli import __version__
from spukdos_cli.checks.completeness import SectionStatus, overall_score
from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.checks.totals import Unknown, stated_totals, unknowns
from spukdos_cli.compute.analysis import Analysis
from spukdos_cli.compute.calculate import Calculation, DelayBenefit
from spukdos_cli.findings import Places, Severity
from spukdos_cli.form.model import Businesscase, Kostenpost
from spukdos_cli.form.money import share
from spukdos_cli.messages.catalogue import render as render_message
from spukdos_cli.messages.catalogue import term
from spukdos_cli.messages.fields import describe_all
from spukdos_cli.messages.formatting import (
    format_decimal,
    format_dutch_time,
    format_eur,
    format_pct,
    join_listed,
)
from spukdos_cli.messages.labels import label, rules_in_force
from spukdos_cli.messages.lang import LANGUAGES, pick
from spukdos_cli.positions import DataPath
from spukdos_cli.report import analysis as parts
from spukdos_cli.report.markup import xml_text

CSP = "default-src 'none'; style-src 'unsafe-inline'"
"""Nothing may be loaded: no scripts, fonts, images, frames or connections."""

STYLE = """
:root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --good: #1a7f37;
  --bad: #cf222e; --warn: #9a6700; --bar-cost: #cf222e; --bar-gain: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p, ul { margin: .3rem 0 .6rem; }
.meta { color: var(--muted); margin: 0 0 .6rem; }
.kind { color: var(--muted); margin: 0; text-transform: uppercase; letter-spacing: .05em;
  font-size: .8rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top;
  text-align: left; }
thead th { border-bottom: 2px solid var(--ink); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.sub th, tr.sub td { font-weight: 600; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.group th { font-style: italic; font-weight: 400; }
.good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); }
.verdict { border: 2px solid var(--rule); border-radius: 6px; padding: .6rem 1rem;
  margin: 1rem 0; }
.verdict.positive { border-color: var(--good); } .verdict.negative { border-color: var(--bad); }
.verdict .headline { font-weight: 700; font-size: 1.1rem; }
.note { color: var(--muted); font-size: .9em; }
code { font: .9em ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
td.message { overflow-wrap: anywhere; }
.severity-error { color: var(--bad); font-weight: 600; }
.severity-warning { color: var(--warn); font-weight: 600; }
.severity-info { color: var(--muted); }
figure { margin: .5rem 0 1.2rem; }
figcaption { font-style: italic; color: var(--muted); }
svg { max-width: 100%; height: auto; }
svg text { font: 12px system-ui, Arial, sans-serif; fill: var(--ink); }
svg .cost { fill: var(--bar-cost); } svg .gain { fill: var(--bar-gain); }
svg .light { opacity: .45; } svg .axis { stroke: var(--muted); stroke-width: 1; }
footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--rule);
  color: var(--muted); font-size: .85em; }
footer dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem;
  margin: 0; }
footer dt { font-weight: 600; } footer dd { margin: 0; overflow-wrap: anywhere; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1, h2, h3, caption, thead, .kind { break-after: avoid; page-break-after: avoid; }
  tr, figure, .verdict, footer dl { break-inside: avoid; page-break-inside: avoid; }
  tbody.lead { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section.file + section.file { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
"""


def created() -> datetime:
    """The time of the run, or ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) when set,
    so that the same input can give the same document."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now().astimezone()


def text(value: str | None) -> str:
    """Text from a file (or a message quoting it), ready for HTML."""
    return escape(xml_text(value or "", single_line=True))


@dataclass
class Document:
    """The HTML being written, and what the footer needs to know."""

    lang: str
    parts: list[str] = field(default_factory=list)

    def add(self, *html: str) -> None:
        self.parts.extend(html)

    def label(self, key: str) -> str:
        return escape(label(key, self.lang))


@dataclass(frozen=True)
class Provenance:
    """Where the figures come from, for the footer."""

    prices: str | None = None
    """The name of the price list in force (None: not known to the report)."""
    rules_years: tuple[int, ...] = ()
    when: datetime | None = None


# -- small pieces -------------------------------------------------------------------------------
def _eur(value: Decimal | None, lang: str, *, signed: bool = False) -> str:
    return "—" if value is None else escape(format_eur(value, lang, signed=signed))


def _num(value: str, css: str = "") -> str:
    return f'<td class="num{" " + css if css else ""}">{value}</td>'


LEAD_ROWS = 3
"""The rows of a table printed on the same page as its caption and header row."""


def _table(
    doc: Document, caption: str, headers: Sequence[tuple[str, bool]], rows: Iterable[str]
) -> None:
    """A table with a caption, a header row (``(text, numeric)``) and body rows (HTML)."""
    head = "".join(
        f'<th scope="col"{" class=num" if numeric else ""}>{escape(name)}</th>'
        for name, numeric in headers
    )
    rows = list(rows)
    doc.add(f"<table>\n<caption>{escape(caption)}</caption>\n<thead><tr>{head}</tr></thead>")
    # the first rows are one block with the caption and the header row on paper: a
    # table never starts with its caption alone at the foot of a page
    doc.add('<tbody class="lead">', *rows[:LEAD_ROWS], "</tbody>")
    if rows[LEAD_ROWS:]:
        doc.add("<tbody>", *rows[LEAD_ROWS:], "</tbody>")
    doc.add("</table>")


def _row(head: str, *cells: str, css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return f'<tr{attribute}><th scope="row">{head}</th>{"".join(cells)}</tr>'


# -- charts -------------------------------------------------------------------------------------
WIDTH = 640
LABEL_WIDTH = 220
VALUE_WIDTH = 120
ROW = 22
LINE = 14
"""Pixels from one line of a label to the next."""
LABEL_CHARS = 26
"""Characters on one line of a label: 26 of the widest usual letters at 12 px (about
8 px each) end before the bars begin at :data:`LABEL_WIDTH`, so no bar covers a label."""
LABEL_LINES = 3
"""A longer label is wrapped over at most this many lines, then shortened with "…"."""
GLYPH = 8
"""A generous width in pixels of one character of 12-pixel text, to place the legend."""


def _length(value: Decimal, scale: Decimal, room: int) -> int:
    if scale <= 0 or value <= 0:
        return 0
    return max(1, int((value / scale * room).to_integral_value(rounding=ROUND_HALF_UP)))


def label_lines(name: str, width: int = LABEL_CHARS, most: int = LABEL_LINES) -> list[str]:
    """``name`` wrapped at spaces into lines of at most ``width`` characters (a longer
    word is cut), at most ``most`` lines, the last ending in "…" when text was left."""
    words = xml_text(name, single_line=True).split()
    lines: list[str] = []
    current = ""
    for word in words:
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current or not lines:
        lines.append(current)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][: width - 1] + "…"
    return lines


def _label_svg(name: str, y: int) -> tuple[str, int]:
    """A chart's row label at ``y`` (its first baseline), wrapped; and its height."""
    lines = label_lines(name)
    spans = "".join(
        f'<tspan x="0" dy="{0 if i == 0 else LINE}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text class="label" x="0" y="{y}">{spans}</text>', LINE * (len(lines) - 1) + ROW


def legend_svg(entries: Sequence[tuple[str, str]], y: int) -> tuple[str, int]:
    """A legend at ``y``: a swatch of each css class and what it stands for, in a row (a
    new row when the width is used up); and its height."""
    out = ['<g class="legend">']
    x, top = 0, y
    for css, what in entries:
        width = 18 + GLYPH * len(what) + 16
        if x and x + width > WIDTH:
            x, top = 0, top + ROW
        out.append(f'<rect class="{css}" x="{x}" y="{top + 4}" width="12" height="12"/>')
        out.append(f'<text x="{x + 18}" y="{top + 15}">{text(what)}</text>')
        x += width
    out.append("</g>")
    return "".join(out), top - y + ROW


def bar_chart_svg(
    title: str, rows: Sequence[tuple[str, Sequence[tuple[str, Decimal | None, str]]]], lang: str
) -> str:
    """Horizontal bars to one scale: per row a name (wrapped, never under a bar) and one or
    more bars ``(what, amount, css class)``; an amount that is None is not drawn. A legend
    under the bars says what each colour stands for."""
    bars = [(name, [b for b in items if b[1] is not None]) for name, items in rows]
    bars = [(name, items) for name, items in bars if items]
    amounts = [abs(a) for _, items in bars for _, a, _ in items if a is not None]
    scale = max(amounts, default=Decimal(0))
    room = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 10
    body: list[str] = []
    kinds: dict[str, str] = {}
    y = 5
    for name, items in bars:
        label_svg, label_height = _label_svg(name, y + 15)
        body.append(label_svg)
        top = y
        for what, amount, css in items:
            assert amount is not None
            kinds.setdefault(css, what)
            length = _length(abs(amount), scale, room)
            body.append(
                f'<rect class="{css}" x="{LABEL_WIDTH}" y="{y + 3}" width="{length}" '
                f'height="{ROW - 6}"><title>{text(what)}: {_eur(amount, lang)}</title></rect>'
            )
            body.append(
                f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 15}">{_eur(amount, lang)}</text>'
            )
            y += ROW
        y = max(y, top + label_height) + 10
    legend, legend_height = legend_svg(list(kinds.items()), y)
    height = y + legend_height + 5
    return (
        f'<svg viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img"><title>{escape(title)}</title>'
        + "".join(body)
        + legend
        + "</svg>"
    )


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>"


# -- one file -----------------------------------------------------------------------------------
def _header(doc: Document, result: FileResult) -> None:
    lang = doc.lang
    case = result.case
    experiment = case.experiment if case else None
    name = experiment.naam if experiment and experiment.naam else label("unnamed", lang)
    doc.add(f"<h2>{text(name)}</h2>")
    facts = [f"{doc.label('file')}: <code>{text(result.file)}</code>"]
    if experiment and experiment.gemeente:
        facts.append(f"{doc.label('municipality')}: {text(experiment.gemeente)}")
    if case and case.regeling_jaar is not None:
        facts.append(f"{doc.label('year')} {case.regeling_jaar}")
    if result.rules is not None and result.rules.origin is not None:
        facts.append(text(label("rules_from_file", lang).format(file=result.rules.origin)))
    if experiment and experiment.variant:
        facts.append(f"{doc.label('variant')}: {doc.label('variant_' + experiment.variant)}")
    if experiment and experiment.startdatum and experiment.einddatum:
        facts.append(
            f"{doc.label('term')} {experiment.startdatum.isoformat()} {doc.label('until')} "
            f"{experiment.einddatum.isoformat()}"
        )
    doc.add(f'<p class="meta">{" · ".join(facts)}</p>')


def _verdict(doc: Document, result: FileResult) -> None:
    lang = doc.lang
    calc = result.calculation
    verdict = result.verdict
    css = verdict if verdict in ("positive", "negative") else "not-judged"
    doc.add(f'<section class="verdict {css}" aria-label="{doc.label("verdict")}">')
    doc.add(f"<h3>{doc.label('verdict')}</h3>")
    if calc is None or not result.verdict_ready:
        doc.add(f'<p class="headline warn">{doc.label("verdict_headline_not_judged")}</p>')
    else:
        tone = "good" if calc.positief else "bad"
        doc.add(f'<p class="headline {tone}">{doc.label(f"verdict_headline_{verdict}")}</p>')
        doc.add(
            f"<p>{doc.label('fig_totaal_baten')} {_eur(calc.totaal_baten, lang)} · "
            f"{doc.label('fig_totaal_kosten')} {_eur(calc.totaal_kosten, lang)}</p>"
        )
        margin = escape(format_pct(calc.marge_pct, lang))
        doc.add(
            f"<p><strong>{doc.label('net_effect')} {_eur(calc.saldo, lang, signed=True)}"
            f"</strong> ({doc.label('margin')} {margin} {doc.label('of_costs')})</p>"
        )
        doc.add(f'<p class="note">{doc.label("rounding")}</p>')
    doc.add("</section>")


def missing_in_words(status: SectionStatus, lang: str) -> str:
    """What a section still needs, as the form asks it ("partij 1 (gemeente),
    contactpersoon 1: naam (regel 63)"), the way the text report says it; then the
    answers that could not be read. HTML, escaped."""
    shown = text(describe_all(Places(status.unanswered), lang)) if status.unanswered else ""
    if status.invalid:
        items = describe_all(Places(status.invalid), lang)
        invalid = text(label("invalid_answers", lang).format(items=items))
        shown += ("<br>" if shown else "") + f'<span class="warn">{invalid}</span>'
    return shown


def _completeness(doc: Document, result: FileResult) -> None:
    rows = []
    for status in result.sections:
        ok = status.complete
        word = doc.label("complete" if ok else "incomplete")
        state = f'<td class="{"good" if ok else "bad"}">{word}</td>'
        missing = missing_in_words(status, doc.lang)
        rows.append(
            _row(
                escape(status.section.title(doc.lang)),
                state,
                _num(f"{status.answered}/{status.required}"),
                f"<td>{missing}</td>",
            )
        )
    answered, required = overall_score(result.sections)
    state = "complete" if result.complete else "incomplete"
    rows.append(
        _row(
            doc.label("overall"),
            f'<td class="{"good" if result.complete else "bad"}">{doc.label(state)}</td>',
            _num(f"{answered}/{required}"),
            "<td></td>",
            css="total",
        )
    )
    _table(
        doc,
        label("completeness", doc.lang),
        [
            (label("section", doc.lang), False),
            (label("status", doc.lang), False),
            (label("answered", doc.lang), True),
            (label("missing", doc.lang), False),
        ],
        rows,
    )


UNKNOWN_CELL = '<td class="num warn">?</td>'
"""A figure that cannot be known: computed from a value that could not be read (issue 27)."""


def _money(value: Decimal | None, lang: str, unknown: bool, *, signed: bool = False) -> str:
    return UNKNOWN_CELL if unknown else _num(_eur(value, lang, signed=signed))


def _share(value: Decimal | None, lang: str, unknown: bool) -> str:
    return UNKNOWN_CELL if unknown else _num(escape(format_pct(value, lang)))


def _posts(doc: Document, posts: Iterable[Kostenpost], at: DataPath, unknown: Unknown) -> list[str]:
    return [
        _row(
            text(post.kostenpost or post.beschrijving or "—"),
            f"<td>{text(post.uitvoerder)}</td>",
            _money(post.bedrag, doc.lang, (*at, i, "bedrag") in unknown.paths),
        )
        for i, post in enumerate(posts)
    ]


def _costs(doc: Document, case: Businesscase, calc: Calculation, unknown: Unknown) -> None:
    lang = doc.lang
    kosten = case.kosten
    figures = unknown.figures
    rows = [_row(doc.label("initial"), "<td></td><td></td>", css="group")]
    rows += _posts(
        doc, (kosten.initieel if kosten else None) or (), ("kosten", "initieel"), unknown
    )
    rows.append(
        _row(
            doc.label("fig_initiele_kosten"),
            "<td></td>",
            _money(calc.initiele_kosten, lang, "fig_initiele_kosten" in figures),
            css="sub",
        )
    )
    rows.append(_row(doc.label("execution"), "<td></td><td></td>", css="group"))
    rows += _posts(
        doc, (kosten.uitvoering if kosten else None) or (), ("kosten", "uitvoering"), unknown
    )
    rows.append(
        _row(
            doc.label("fig_uitvoeringskosten"),
            "<td></td>",
            _money(calc.uitvoeringskosten, lang, "fig_uitvoeringskosten" in figures),
            css="sub",
        )
    )
    rows.append(
        _row(
            doc.label("fig_totaal_kosten"),
            "<td></td>",
            _money(calc.totaal_kosten, lang, "fig_totaal_kosten" in figures),
            css="total",
        )
    )
    _table(
        doc,
        label("costs", lang),
        [
            (label("post", lang), False),
            (label("executor", lang), False),
            (label("amount", lang), True),
        ],
        rows,
    )


def _factor(value: Decimal | None, lang: str) -> str:
    return "—" if value is None else escape(format_decimal(value, lang))


def _benefits(doc: Document, case: Businesscase, calc: Calculation, unknown: Unknown) -> None:
    lang = doc.lang

    def delay(key: str, benefit: DelayBenefit, route: str, figure: str) -> str:
        def unread(factor: str) -> bool:
            return ("baten", route, factor) in unknown.paths

        return _row(
            doc.label(key),
            UNKNOWN_CELL if unread("dagen") else _num(_factor(benefit.dagen, lang)),
            UNKNOWN_CELL if unread("inwoners") else _num(_factor(benefit.inwoners, lang)),
            _money(benefit.kosten_per_dag, lang, unread("kosten_per_dag")),
            _money(benefit.totaal, lang, figure in unknown.figures),
        )

    rows = [
        delay("mpt_vpt", calc.uitstel_mpt_vpt, "uitstel_mpt_vpt", "fig_mpt_vpt"),
        delay("intramural", calc.uitstel_intramuraal, "uitstel_intramuraal", "fig_intramuraal"),
    ]
    for i, item in enumerate((case.baten.overige if case.baten else None) or ()):
        name = item.omschrijving or label("fig_overige_besparingen", lang)
        unread = ("baten", "overige", i, "bedrag") in unknown.paths
        rows.append(_row(text(name), "<td></td>" * 3, _money(item.bedrag, lang, unread)))
    rows.append(
        _row(
            doc.label("fig_totaal_baten"),
            "<td></td>" * 3,
            _money(calc.totaal_baten, lang, "fig_totaal_baten" in unknown.figures),
            css="total",
        )
    )
    _table(
        doc,
        label("benefits", lang),
        [
            (label("benefit", lang), False),
            (label("factor_dagen", lang), True),
            (label("factor_inwoners", lang), True),
            (label("factor_kosten_per_dag", lang), True),
            (label("abc", lang), True),
        ],
        rows,
    )


def _financing(doc: Document, case: Businesscase, calc: Calculation, unknown: Unknown) -> None:
    lang = doc.lang
    financing = case.financiering
    figures = unknown.figures
    shares = "shares" in figures
    rows = []
    for i, contribution in enumerate((financing.bijdragen if financing else None) or ()):
        amount = contribution.bedrag
        unread = ("financiering", "bijdragen", i, "bedrag") in unknown.paths
        pct = share(amount, calc.totaal_kosten) if amount is not None else None
        rows.append(
            _row(
                text(contribution.partij or "—"),
                _money(amount, lang, unread),
                _share(pct, lang, unread or shares),
            )
        )
    if financing is not None and financing.bijdragen:
        rows.append(
            _row(
                doc.label("cofinancing"),
                _money(calc.bijdragen, lang, "cofinancing" in figures),
                _share(calc.aandeel_cofinanciering_pct, lang, shares),
                css="sub",
            )
        )
    rows.append(
        _row(
            doc.label("grant"),
            _money(calc.uitkering, lang, "grant" in figures),
            _share(calc.aandeel_uitkering_pct, lang, shares),
        )
    )
    total_pct = share(calc.financiering_totaal, calc.totaal_kosten)
    rows.append(
        _row(
            doc.label("total"),
            _money(calc.financiering_totaal, lang, "fig_financiering" in figures),
            _share(total_pct, lang, shares),
            css="total",
        )
    )
    _table(
        doc,
        label("financing", lang),
        [
            (label("party", lang), False),
            (label("amount", lang), True),
            (label("share", lang), True),
        ],
        rows,
    )


def _totals(doc: Document, case: Businesscase, calc: Calculation, unknown: Unknown) -> None:
    lang = doc.lang
    rows = []
    for key, path, stated, computed in stated_totals(case, calc):
        signed = key == "fig_saldo"
        name = escape(term(key, lang))
        computed_unknown, stated_unknown = key in unknown.figures, path in unknown.paths
        if computed_unknown or stated_unknown:
            said = stated is not None or stated_unknown
            rows.append(
                _row(
                    name,
                    _money(computed, lang, computed_unknown, signed=signed),
                    _money(stated, lang, stated_unknown, signed=signed)
                    if said
                    else f'<td class="num note">{doc.label("not_stated")}</td>',
                    UNKNOWN_CELL if said else "<td></td>",
                )
            )
            continue
        if stated is None or computed is None:
            rows.append(
                _row(
                    name,
                    _num(_eur(computed, lang, signed=signed)),
                    f'<td class="num note">{doc.label("not_stated")}</td>',
                    "<td></td>",
                )
            )
            continue
        difference = stated - computed
        mark = (
            _num("✓", "good")
            if difference == 0
            else _num(_eur(difference, lang, signed=True), "bad")
        )
        rows.append(
            _row(
                name,
                _num(_eur(computed, lang, signed=signed)),
                _num(_eur(stated, lang, signed=signed)),
                mark,
            )
        )
    _table(
        doc,
        label("totals", lang),
        [
            (label("figure", lang), False),
            (label("computed", lang), True),
            (label("stated", lang), True),
            (label("difference", lang), True),
        ],
        rows,
    )


def _overview_chart(doc: Document, calc: Calculation) -> None:
    lang = doc.lang
    cost, gain = label("costs", lang), label("benefits", lang)
    rows: list[tuple[str, list[tuple[str, Decimal | None, str]]]] = [
        (label("initial", lang), [(cost, calc.initiele_kosten, "cost")]),
        (label("execution", lang), [(cost, calc.uitvoeringskosten, "cost")]),
        (label("mpt_vpt", lang), [(gain, calc.uitstel_mpt_vpt.totaal, "gain")]),
        (label("intramural", lang), [(gain, calc.uitstel_intramuraal.totaal, "gain")]),
        (label("fig_overige_besparingen", lang), [(gain, calc.overige_besparingen, "gain")]),
        (label("fig_totaal_kosten", lang), [(cost, calc.totaal_kosten, "cost")]),
        (label("fig_totaal_baten", lang), [(gain, calc.totaal_baten, "gain")]),
    ]
    title = label("html_chart_overview", lang)
    doc.add(_figure(bar_chart_svg(title, rows, lang), title))


def _robustness(doc: Document, result: FileResult) -> None:
    if result.robustness is None or result.case is None:
        return
    doc.add(f"<h3>{doc.label('robustness')}</h3><ul>")
    for line, tail in parts.summary_lines(result.case, result.robustness, doc.lang):
        extra = f' <strong class="bad">{escape(tail)}</strong>' if tail else ""
        doc.add(f"<li>{text(line)}{extra}</li>")
    doc.add("</ul>")


def findings_table(doc: Document, result: FileResult) -> None:
    lang = doc.lang
    if not result.findings:
        doc.add(f'<p class="good">{doc.label("no_findings")}</p>')
        return
    rows = []
    for finding in result.findings:
        where = f"{result.file}:{finding.position.line}:{finding.position.col}"
        severity = finding.severity.value
        rows.append(
            "<tr>"
            f'<th scope="row"><code>{text(finding.code)}</code></th>'
            f'<td class="severity-{severity}">{doc.label(severity)}</td>'
            f"<td><code>{text(where)}</code></td>"
            f"<td><code>{text(finding.dotted_path) if finding.path else ''}</code></td>"
            f'<td class="message">{text(render_message(finding, lang))}</td>'
            "</tr>"
        )
    _table(
        doc,
        f"{label('findings', lang)} ({len(result.findings)})",
        [
            (label("col_code", lang), False),
            (label("col_severity", lang), False),
            (label("html_location", lang), False),
            (label("html_path", lang), False),
            (label("html_message", lang), False),
        ],
        rows,
    )


def file_section(doc: Document, result: FileResult, analysis: Analysis | None = None) -> None:
    doc.add('<section class="file">')
    _header(doc, result)
    case, calc = result.case, result.calculation
    if case is None or calc is None:
        doc.add(f'<p class="bad"><strong>{doc.label("not_loaded")}</strong></p>')
    else:
        unknown = unknowns(result.findings, result.judged)
        _verdict(doc, result)
        _completeness(doc, result)
        _costs(doc, case, calc, unknown)
        _benefits(doc, case, calc, unknown)
        _financing(doc, case, calc, unknown)
        _totals(doc, case, calc, unknown)
        if unknown:  # no chart of figures that cannot be known
            text = doc.label("unknown_figures").format(lines=unknown.lines)
            doc.add(f'<p class="note warn">{text}</p>')
        else:
            _overview_chart(doc, calc)
        _robustness(doc, result)
        if analysis is not None:
            analysis_sections(doc, case, analysis)
    findings_table(doc, result)
    doc.add("</section>")


# -- the analysis -------------------------------------------------------------------------------
def analysis_sections(doc: Document, case: Businesscase, analysis: Analysis) -> None:
    lang = doc.lang
    doc.add(f"<h3>{doc.label('title')}</h3>")
    doc.add(f"<p><strong>{text(parts.base_line(analysis.calculation, lang).plain)}</strong></p>")
    _break_even(doc, case, analysis)
    _without_estimates(doc, analysis)
    _sensitivity(doc, analysis)
    _scenarios(doc, analysis)
    _domains(doc, analysis)
    _parties(doc, analysis)


def _break_even(doc: Document, case: Businesscase, analysis: Analysis) -> None:
    lang = doc.lang
    be = analysis.break_even
    calc = analysis.calculation
    rows = []
    days_now = parts._days_now(case)
    common = next(iter(days_now.values())) if len(set(days_now.values())) == 1 else None
    now_text = parts._days_now_text(days_now, lang) or "—"

    def cells(now: str, value: object, room: object) -> list[str]:
        return [
            _num(escape(now)),
            _num(text(getattr(value, "plain", ""))),
            _num(text(getattr(room, "plain", ""))),
        ]

    rows.append(
        _row(
            doc.label("be_days"),
            *cells(
                now_text,
                parts._break_even_cell(be.days, lang),
                parts._room(common, be.days, lang),
            ),
        )
    )
    for route, value in be.days_per_route.items():
        day = days_now.get(route)
        rows.append(
            _row(
                escape(label("be_days_route", lang).format(route=label("route_" + route, lang))),
                *cells(
                    "—" if day is None else parts._plain(day, lang),
                    parts._break_even_cell(value, lang),
                    parts._room(day, value, lang),
                ),
            )
        )
    baten = case.baten
    for route, value in be.residents.items():
        block = getattr(baten, route) if baten else None
        now = block.inwoners if block is not None else None
        rows.append(
            _row(
                escape(label("be_residents", lang).format(route=label("route_" + route, lang))),
                *cells(
                    "—" if now is None else parts._plain(now, lang),
                    parts._break_even_cell(value, lang),
                    parts._room(now, value, lang),
                ),
            )
        )
    headroom = (
        ""
        if be.cost_headroom_pct is None
        else parts.pct_text(be.cost_headroom_pct.rounded(2), lang, signed=True)
    )
    rows.append(
        _row(
            doc.label("fig_totaal_kosten"),
            _num(escape(parts.eur(calc.totaal_kosten, lang))),
            _num(escape(parts.eur(calc.totaal_kosten + be.cost_headroom, lang))),
            _num(escape(headroom)),
        )
    )
    _table(
        doc,
        label("break_even", lang),
        [
            (label("input", lang), False),
            (label("now", lang), True),
            (label("break_even_value", lang), True),
            (label("room", lang), True),
        ],
        rows,
    )
    doc.add(f'<p class="note">{doc.label("be_note")}</p>')


def _without_estimates(doc: Document, analysis: Analysis) -> None:
    lang = doc.lang
    without = analysis.without_estimates
    doc.add(f"<h3>{doc.label('without')}</h3>")
    if not without.items:
        doc.add(f'<p class="good">{doc.label("without_none")}</p>')
        return
    doc.add("<ul>")
    for item in without.items:
        amount = parts.eur(item.value or Decimal(0), lang)
        doc.add(f"<li>{text(parts.input_label(item, lang))}: {escape(amount)}</li>")
    doc.add("</ul>")
    summary = label("without_line", lang).format(
        amount=parts.eur(without.amount, lang),
        saldo=parts.eur(without.saldo, lang, signed=True),
        verdict=label("verdict_positive" if without.positive else "verdict_negative", lang),
    )
    doc.add(f"<p>{escape(summary)}</p>")
    outcome = "without_flips" if without.flips else "without_holds"
    doc.add(
        f'<p class="{"bad" if without.flips else "good"}"><strong>{doc.label(outcome)}</strong></p>'
    )


def tornado_svg(analysis: Analysis, lang: str, title: str) -> str:
    """Left what lowers the net effect (red), right what raises it (green); the solid
    part is the smallest variation, the light part the widest. A legend under the bars
    says so."""
    entries = analysis.sensitivity
    scale = max((max(abs(s.widest.down), abs(s.widest.up)) for s in entries), default=Decimal(0))
    half = (WIDTH - LABEL_WIDTH) // 2 - 10
    axis = LABEL_WIDTH + half + 5
    body: list[str] = []
    y = 5
    for entry in entries:
        label_svg, label_height = _label_svg(parts.input_label(entry.input, lang), y + 15)
        body.append(label_svg)
        for lower in (True, False):
            inner, outer, _down = parts._side(entry, lower=lower)
            css = "cost" if lower else "gain"
            for amount, extra in ((outer, " light"), (inner, "")):
                length = min(_length(abs(amount), scale, half), half)
                if not length:
                    continue
                x = axis - length if lower else axis
                body.append(
                    f'<rect class="{css}{extra}" x="{x}" y="{y + 3}" width="{length}" '
                    f'height="{ROW - 6}"><title>{escape(parts.eur(amount, lang, signed=True))}'
                    "</title></rect>"
                )
        y += max(ROW, label_height)
    bars_end = y
    pcts = analysis.variations_pct
    inner_pct = f"± {parts.variation_text(pcts[0], lang)}" if pcts else ""
    outer_pct = f"± {parts.variation_text(pcts[-1], lang)}" if pcts else ""
    down, up = label("lower", lang), label("higher", lang)
    legend, legend_height = legend_svg(
        [
            ("cost", f"{down} ({inner_pct})"),
            ("cost light", f"{down} ({outer_pct})"),
            ("gain", f"{up} ({inner_pct})"),
            ("gain light", f"{up} ({outer_pct})"),
        ],
        y + 5,
    )
    height = y + 5 + legend_height + 5
    return (
        f'<svg viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img"><title>{escape(title)}</title>'
        + "".join(body)
        + f'<line class="axis" x1="{axis}" y1="0" x2="{axis}" y2="{bars_end}"/>'
        + legend
        + "</svg>"
    )


def _sensitivity(doc: Document, analysis: Analysis) -> None:
    lang = doc.lang
    pcts = analysis.variations_pct
    pct_list = " / ".join(f"± {parts.variation_text(p, lang)}" for p in pcts)
    title = label("sensitivity", lang).format(pcts=pct_list)
    doc.add(f"<h3>{escape(title)}</h3>")
    entries = analysis.sensitivity
    if not entries:
        doc.add(f'<p class="note">{doc.label("no_inputs")}</p>')
        return
    note = label("tornado_note", lang).format(
        inner=parts.variation_text(pcts[0], lang), outer=parts.variation_text(pcts[-1], lang)
    )
    doc.add(_figure(tornado_svg(analysis, lang, title), note))
    rows = []
    for entry in entries:
        cells = []
        for lower in (True, False):
            _inner, outer, down = parts._side(entry, lower=lower)
            side = parts._side_text(outer, entry.widest.pct, down, "", lang, right=lower)
            shown = " ".join(side.plain.split("\n"))
            cells.append(_num(escape(shown), "bad" if lower else "good"))
        rows.append(_row(text(parts.input_label(entry.input, lang)), *cells))
    _table(
        doc,
        title,
        [
            (label("input", lang), False),
            (label("lower", lang), True),
            (label("higher", lang), True),
        ],
        rows,
    )
    flips = list(analysis.flips())
    if not flips:
        doc.add(f'<p class="good">{doc.label("no_flips")}</p>')
        return
    doc.add(f"<p><strong>{doc.label('flips')}</strong></p>", "<ul>")
    for entry, swing, direction in flips:
        saldo = swing.saldo_down if direction == "down" else swing.saldo_up
        item = label("flip_item", lang).format(
            input=parts.input_label(entry.input, lang),
            change=parts._change_text(swing.pct, direction == "down", lang),
            saldo=parts.eur(saldo, lang, signed=True),
        )
        doc.add(f"<li>{text(item)}</li>")
    doc.add("</ul>")


def _scenarios(doc: Document, analysis: Analysis) -> None:
    lang = doc.lang
    results = analysis.scenarios
    doc.add(f"<h3>{doc.label('scenarios')}</h3>")
    if not results:
        doc.add(f'<p class="note">{doc.label("no_scenarios")}</p>')
        return
    calcs = [analysis.calculation, *(r.calculation for r in results)]
    names = [label("file", lang), *(parts._scenario_title(r, lang) for r in results)]

    def money(values: Iterable[Decimal], signed: bool = False) -> list[str]:
        return [_num(escape(parts.eur(v, lang, signed=signed))) for v in values]

    verdicts = [
        f'<td class="num {"good" if c.positief else "bad"}">'
        f"{doc.label('verdict_positive' if c.positief else 'verdict_negative')}</td>"
        for c in calcs
    ]
    rows = [
        _row(doc.label("fig_totaal_kosten"), *money(c.totaal_kosten for c in calcs)),
        _row(doc.label("fig_totaal_baten"), *money(c.totaal_baten for c in calcs)),
        _row(doc.label("saldo"), *money((c.saldo for c in calcs), signed=True), css="sub"),
        _row(doc.label("verdict"), *verdicts),
    ]
    _table(
        doc,
        label("scenarios", lang),
        [(label("figure", lang), False), *((n, True) for n in names)],
        rows,
    )
    doc.add("<ul>")
    for result in results:
        changes = [
            f"{text(parts.input_label(item, lang))} (<code>{text(item.key)}</code>): "
            f"{escape(parts._input_value(item, item.value, lang))} → "
            f"{escape(parts._input_value(item, value, lang))}"
            for item, value in result.changes
        ] or [doc.label("no_changes")]
        if result.ignored:
            keys = join_listed([xml_text(k, single_line=True) for k in result.ignored])
            changes.append(escape(label("ignored", lang).format(keys=keys)))
        reason = f" <em>{text(result.toelichting)}</em>" if result.toelichting else ""
        items = "".join(f"<li>{c}</li>" for c in changes)
        doc.add(
            f"<li><strong>{text(parts._scenario_title(result, lang))}</strong>:{reason}"
            f"<ul>{items}</ul></li>"
        )
    doc.add("</ul>")


def _balance_rows(
    doc: Document, rows: Sequence[tuple[str, Decimal, Decimal | None, Decimal | None]]
) -> list[str]:
    lang = doc.lang
    out = []
    for name, pays, saves, balance in rows:
        out.append(
            _row(
                name,
                _num(escape(parts.eur(pays, lang))),
                _num("—" if saves is None else escape(parts.eur(saves, lang))),
                _num("" if balance is None else escape(parts.eur(balance, lang, signed=True))),
            )
        )
    return out


def _domains(doc: Document, analysis: Analysis) -> None:
    lang = doc.lang
    shown = parts.shown_domains(analysis.domains)
    rows = [(escape(parts._domain_name(r, lang)), r.costs, r.savings, r.balance) for r in shown]
    costs = sum((r.costs for r in analysis.domains), Decimal(0))
    savings = sum((r.savings for r in analysis.domains), Decimal(0))
    body = _balance_rows(doc, rows)
    body += [
        _row(
            doc.label("total"),
            _num(escape(parts.eur(costs, lang))),
            _num(escape(parts.eur(savings, lang))),
            _num(escape(parts.eur(savings - costs, lang, signed=True))),
            css="total",
        )
    ]
    _table(
        doc,
        label("domains", lang),
        [
            (label("domain", lang), False),
            (label("costs", lang), True),
            (label("savings", lang), True),
            (label("balance", lang), True),
        ],
        body,
    )
    doc.add(f'<p class="note">{doc.label("domain_note")}</p>')
    cost, gain = label("costs", lang), label("savings", lang)
    chart = [
        (parts._domain_name(r, lang), [(cost, r.costs, "cost"), (gain, r.savings, "gain")])
        for r in shown
        if r.costs or r.savings
    ]
    title = label("html_chart_domains", lang)
    doc.add(_figure(bar_chart_svg(title, chart, lang), title))


def _parties(doc: Document, analysis: Analysis) -> None:
    lang = doc.lang
    names = [parts._party_name(r, lang).plain for r in analysis.parties]
    rows = [
        (text(name), r.pays, r.saves, r.balance)
        for name, r in zip(names, analysis.parties, strict=True)
    ]
    pays = sum((r.pays for r in analysis.parties), Decimal(0))
    saves = sum((r.saves or Decimal(0) for r in analysis.parties), Decimal(0))
    body = _balance_rows(doc, rows)
    body += [
        _row(
            doc.label("total"),
            _num(escape(parts.eur(pays, lang))),
            _num(escape(parts.eur(saves, lang))),
            _num(escape(parts.eur(saves - pays, lang, signed=True))),
            css="total",
        )
    ]
    _table(
        doc,
        label("parties", lang),
        [
            (label("party", lang), False),
            (label("pays", lang), True),
            (label("saves", lang), True),
            (label("balance", lang), True),
        ],
        body,
    )
    doc.add(f'<p class="note">{doc.label("party_note")}</p>')
    out, back = label("pays", lang), label("saves", lang)
    chart = [
        (name, [(out, r.pays, "cost"), (back, r.saves, "gain")])
        for name, r in zip(names, analysis.parties, strict=True)
        if r.pays or r.saves
    ]
    title = label("html_chart_parties", lang)
    doc.add(_figure(bar_chart_svg(title, chart, lang), title))


# -- the whole document -------------------------------------------------------------------------
def _overview(doc: Document, results: Sequence[FileResult]) -> None:
    lang = doc.lang
    rows = []
    for r in results:
        judged = r.calculation is not None and r.verdict_ready
        saldo = _eur(r.calculation.saldo, lang, signed=True) if r.calculation and judged else "—"
        rows.append(
            "<tr>"
            f'<th scope="row"><code>{text(r.file)}</code></th>'
            f"<td>{doc.label('verdict_' + r.verdict)}</td>"
            f"{_num(saldo)}"
            f"{_num(str(r.errors), 'bad' if r.errors else '')}"
            f"{_num(str(r.warnings))}"
            f"{_num(str(r.count(Severity.INFO)))}"
            "</tr>"
        )
    _table(
        doc,
        label("html_overview", lang),
        [
            (label("file", lang), False),
            (label("verdict", lang), False),
            (label("saldo", lang), True),
            (label("ci_errors", lang), True),
            (label("ci_warnings", lang), True),
            (label("ci_infos", lang), True),
        ],
        rows,
    )


def _footer(doc: Document, results: Sequence[FileResult], provenance: Provenance) -> None:
    lang = doc.lang
    when = provenance.when or created()
    files = [(r.rules.year, r.rules.origin) for r in results if r.rules and r.rules.origin]
    facts = [
        ("xlsx_tool", f"spukdos {__version__}"),
        ("xlsx_created", when.isoformat(timespec="seconds")),
        ("xlsx_rules", rules_in_force(provenance.rules_years, files, lang)),
    ]
    if provenance.prices:
        facts.append(("xlsx_prices", provenance.prices))
    doc.add("<footer>", f"<h2>{doc.label('xlsx_provenance')}</h2>", "<dl>")
    for key, value in facts:
        doc.add(f"<dt>{doc.label(key)}</dt><dd>{text(value)}</dd>")
    for result in results:
        digest = result.sha256 or "—"
        doc.add(
            f"<dt>SHA-256</dt><dd><code>{text(digest)}</code> <code>{text(result.file)}</code></dd>"
        )
    doc.add("</dl>", f"<p>{doc.label('rounding')}</p>", "</footer>")


def document_title(results: Sequence[FileResult], lang: str) -> str:
    """The document's title (plain text): the experiment's name for one file (its file
    name when it has none or could not be read), the number of applications for more."""
    if len(results) != 1:
        return label("html_title_many", lang).format(count=len(results))
    (result,) = results
    experiment = result.case.experiment if result.case else None
    if experiment is not None and experiment.naam:
        return experiment.naam
    return result.file


def css_string(value: str) -> str:
    """``value`` (made safe by the caller) as a CSS string: every character but an ASCII
    letter or digit written as a six-digit escape, so nothing in it can end the string,
    the rule or the style element."""
    return (
        '"' + "".join(c if c.isascii() and c.isalnum() else f"\\{ord(c):06x}" for c in value) + '"'
    )


PAGE_TITLE_CHARS = 90
"""The experiment's name at the top of a printed page is shortened past this length."""


def page_css(title: str, kind: str, when: datetime, lang: str) -> str:
    """The printed page's margins: the experiment's name at the top left, the kind of
    report and the date at the top right, "Pagina 2 van 7" at the foot. Chromium draws
    these margin boxes since version 131; a browser that does not simply leaves them
    out (its own print header and footer, if switched on, show the title and page)."""
    counters = re.split(r"\{(pages?)\}", label("html_page", lang))
    page = " ".join(
        f"counter({part})" if i % 2 else css_string(part) for i, part in enumerate(counters) if part
    )
    name = xml_text(_clip(title, PAGE_TITLE_CHARS), single_line=True)
    right = f"{label(kind, lang)} · {format_dutch_time(when, lang)}"
    box = "font: 8pt system-ui, Arial, sans-serif; color: #57606a;"
    return (
        "@page { "
        f"@top-left {{ content: {css_string(name)}; {box} }} "
        f"@top-right {{ content: {css_string(right)}; {box} white-space: nowrap; }} "
        f"@bottom-center {{ content: {page}; {box} }} "
        "}"
    )


def render_document(
    results: Sequence[FileResult],
    lang: str,
    *,
    provenance: Provenance,
    analyses: Sequence[Analysis | None] = (),
    kind: str = "html_title_check",
) -> str:
    """The whole standalone document. ``kind`` is the label of what it is
    (``html_title_check``, ``html_title_analyse``); the title is the experiment's."""
    doc = Document(lang)
    title = document_title(results, lang)
    when = provenance.when or created()
    doc.add(
        "<!DOCTYPE html>",
        f'<html lang="{pick(LANGUAGES, lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="spukdos {escape(__version__)}">',
        f"<title>{text(title)}</title>",
        f"<style>{STYLE}{page_css(title, kind, when, lang)}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="kind">{doc.label(kind)}</p>',
        f"<h1>{text(title)}</h1>",
    )
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    infos = sum(r.count(Severity.INFO) for r in results)
    summary = label("html_summary", lang).format(
        files=len(results), errors=errors, warnings=warnings, infos=infos
    )
    stamp = (
        f'{doc.label("xlsx_created")} <time datetime="{when.isoformat(timespec="seconds")}">'
        f"{escape(format_dutch_time(when, lang))}</time>"
    )
    doc.add(f'<p class="meta">{stamp} · {escape(summary)}</p>', "</header>", "<main>")
    if len(results) > 1:
        _overview(doc, results)
    padded = list(analyses) + [None] * (len(results) - len(analyses))
    for result, analysis in zip(results, padded, strict=True):
        file_section(doc, result, analysis)
    doc.add("</main>")
    _footer(doc, results, replace(provenance, when=when))
    doc.add("</body>", "</html>")
    return "\n".join(doc.parts) + "\n"
