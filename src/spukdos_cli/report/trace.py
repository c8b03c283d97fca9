"""The derivation of one figure (``spukdos trace``), drawn with Rich.

Renders a :class:`~spukdos_cli.compute.trace.Trace`; it decides nothing. Text from the file
(a cost post's name, the file name) is passed as plain :class:`rich.text.Text` after
:func:`~spukdos_cli.messages.labels.safe_text`, never as markup.
"""

from __future__ import annotations

from decimal import Decimal

from rich.console import Group, RenderableType

from spukdos_cli.compute.trace import FIGURE_TERMS, Trace, TraceInput
from spukdos_cli.messages.catalogue import term
from spukdos_cli.messages.formatting import MAX_LISTED, clip_text, format_decimal, format_eur
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.positions import Position, format_path
from spukdos_cli.report.unbroken import UnbrokenText as Text  # figures never broken over lines

_OPERATORS = {"sum": " + ", "product": " × ", "difference": " − "}


def _plain(text: str) -> str:
    return safe_text(clip_text(text), single_line=True)


def _where(file: str, position: Position | None) -> str:
    if position is None:
        return "—"
    return f"{_plain(file)}:{position.line}:{position.col}"


def _exact_eur(value: Decimal, lang: str) -> str:
    """An amount with all its decimals (at least two), never rounded for display."""
    return format_eur(value, lang, places=None)


def _value(item: TraceInput, lang: str) -> str:
    if item.value is None:
        return "—"
    if item.kind == "number":
        return format_decimal(item.value, lang)
    return format_eur(item.value, lang)


def _note(item: TraceInput, trace: Trace, file: str, lang: str) -> str:
    if item.kind == "figure":
        return label("trace_derived", lang).format(file=_plain(file), path=item.figure)
    if item.value is not None:
        return ""
    if trace.operation == "product":
        return label("trace_factor_empty" if item.position else "trace_factor_missing", lang)
    return label("trace_empty" if item.position is not None else "trace_absent", lang)


def _inputs_block(trace: Trace, file: str, lang: str) -> RenderableType:
    """One line per input: position (clickable), key, value and the file's own name of
    the row; a computed input says how to trace it further."""
    lines: list[RenderableType] = [Text(label("trace_inputs", lang), style="bold")]
    if not trace.inputs:
        lines.append(Text(f"  {label('trace_no_items', lang)}", style="dim"))
    for item in trace.inputs:
        line = Text("  ")
        if item.symbol:
            line.append(f"{item.symbol}  ", style="bold")
        if item.kind == "figure":
            line.append(term(FIGURE_TERMS[item.figure or ""], lang))
            line.append(f" = {_value(item, lang)}", style="bold")
            line.append(f"  ({_note(item, trace, file, lang)})", style="dim")
        else:
            line.append(_where(file, item.position))
            line.append(f"  {format_path(item.path or ())}", style="dim")
            line.append(f" = {_value(item, lang)}", style="bold")
            if item.name:
                line.append(f"  ({_plain(item.name)})")
            note = _note(item, trace, file, lang)
            if note:
                line.append(f"  {note}", style="yellow")
        lines.append(line)
    return Group(*lines)


def _substitution(trace: Trace, lang: str) -> str:
    """The formula with the numbers filled in: ``182,5 × 6,1 × € 285,00``."""
    values = [
        _value(item, lang)
        if item.value is not None
        else ("?" if trace.operation == "product" else "0")
        for item in trace.inputs
    ]
    if not values:
        return label("trace_no_items", lang)
    shown = values[:MAX_LISTED]
    text = _OPERATORS[trace.operation].join(shown)
    if len(values) > MAX_LISTED:
        text += f"{_OPERATORS[trace.operation]}… (+{len(values) - MAX_LISTED})"
    return text


def _line(name: str, lang: str, value: str, style: str = "") -> Text:
    text = Text(f"{label(name, lang)}: ", style="bold")
    text.append(value, style=style)
    return text


def trace_report(trace: Trace, file: str, lang: str, *, partial: bool = False) -> RenderableType:
    """The derivation of ``trace`` in ``file``, top to bottom."""
    parts: list[RenderableType] = []
    heading = Text(term(trace.figure, lang), style="bold")
    heading.append(f"  {trace.path}", style="dim")
    parts += [heading, Text(_plain(file), style="dim"), Text("")]
    if partial:
        parts += [Text(label("trace_partial", lang), style="bold yellow"), Text("")]
    parts += [_inputs_block(trace, file, lang), Text("")]
    parts.append(_line("trace_formula", lang, trace.formula))
    if trace.exact is None:
        parts.append(Text(f"  {label('trace_not_computable', lang)}", style="yellow"))
    else:
        substitution = _substitution(trace, lang)
        parts.append(Text(f"  = {substitution}"))
        parts.append(_line("trace_exact", lang, _exact_eur(trace.exact, lang)))
    rounding = "trace_rounding_cents" if trace.rounded else "trace_rounding_none"
    rounding_text = label(rounding, lang)
    if trace.rounded and trace.exact is not None and trace.computed is not None:
        rounding_text += f": {_exact_eur(trace.exact, lang)} → {format_eur(trace.computed, lang)}"
    parts.append(_line("trace_rounding", lang, rounding_text))
    signed = trace.path == "opgave.saldo"
    computed = "—" if trace.computed is None else format_eur(trace.computed, lang, signed=signed)
    parts.append(_line("computed", lang, computed, "bold"))
    stated = trace.stated
    if stated.value is None:
        parts.append(_line("stated", lang, label("not_stated", lang), "dim"))
    else:
        text = _line(
            "stated",
            lang,
            f"{format_eur(stated.value, lang, signed=signed)} ({_where(file, stated.position)})",
        )
        difference = trace.difference
        if difference == 0:
            text.append(f"  ✓ {label('trace_equal', lang)}", style="green")
        elif difference is not None:
            message = label("trace_differs", lang).format(
                difference=format_eur(difference, lang, signed=True)
            )
            text.append(f"  ✗ {message}", style="bold red")
        parts.append(text)
    return Group(*parts)
