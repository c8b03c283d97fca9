"""Report labels in Dutch (default) and English, and safe display of file text."""

from __future__ import annotations

import re

LABELS: dict[str, tuple[str, str]] = {
    "completeness": ("Volledigheid", "Completeness"),
    "section": ("Sectie", "Section"),
    "status": ("Status", "Status"),
    "missing": ("Nog in te vullen", "Still to fill in"),
    "complete": ("compleet", "complete"),
    "incomplete": ("onvolledig", "incomplete"),
    "costs": ("Kosten", "Costs"),
    "post": ("Kostenpost", "Cost item"),
    "executor": ("Uitvoerder", "Carried out by"),
    "amount": ("Bedrag", "Amount"),
    "initial": ("Initiële projectkosten", "Initial project costs"),
    "execution": ("Uitvoeringskosten", "Execution costs"),
    "total_initial": ("Totaal initiële projectkosten", "Total initial project costs"),
    "total_execution": ("Totaal uitvoeringskosten", "Total execution costs"),
    "total_costs": ("Totale kosten", "Total costs"),
    "benefits": ("Financiële baten", "Financial benefits"),
    "benefit": ("Baat", "Benefit"),
    "a_days": ("A dagen", "A days"),
    "b_residents": ("B inwoners", "B residents"),
    "c_per_day": ("C per dag", "C per day"),
    "abc": ("A × B × C", "A × B × C"),
    "mpt_vpt": ("Uitstel Wlz-zorg (MPT/VPT)", "Delayed Wlz care (MPT/VPT)"),
    "intramural": ("Uitstel intramurale opname", "Delayed admission"),
    "other_savings": ("Overige besparingen", "Other savings"),
    "total_benefits": ("Totale baten", "Total benefits"),
    "financing": ("Financiering", "Financing"),
    "party": ("Partij", "Party"),
    "share": ("Aandeel", "Share"),
    "grant": ("Uitkering SPUK DOS", "SPUK DOS grant"),
    "total": ("Totaal", "Total"),
    "totals": ("Totalen: opgegeven en berekend", "Totals: stated and computed"),
    "figure": ("Bedrag", "Figure"),
    "computed": ("Berekend", "Computed"),
    "stated": ("Opgegeven", "Stated"),
    "difference": ("Verschil", "Difference"),
    "not_stated": ("niet opgegeven", "not stated"),
    "verdict": ("Oordeel", "Verdict"),
    "positive": (
        "POSITIEF: de verwachte baten zijn minstens zo groot als de kosten",
        "POSITIVE: the expected benefits are at least as large as the costs",
    ),
    "negative": (
        "NIET POSITIEF: de verwachte baten zijn kleiner dan de kosten",
        "NOT POSITIVE: the expected benefits are smaller than the costs",
    ),
    "not_judged": (
        "NIET BEOORDEELD: kosten en baten zijn nog niet volledig of niet leesbaar",
        "NOT JUDGED: costs and benefits are incomplete or could not be read",
    ),
    "net_effect": ("Saldo (baten − kosten)", "Net effect (benefits − costs)"),
    "margin": ("marge", "margin"),
    "of_costs": ("van de kosten", "of the costs"),
    "rounding": (
        "Afronding: A × B × C op hele centen, half naar boven; alle andere bedragen exact.",
        "Rounding: A × B × C to whole cents, half up; every other amount is exact.",
    ),
    "findings": ("Bevindingen", "Findings"),
    "no_findings": ("Geen bevindingen.", "No findings."),
    "summary": ("Samenvatting", "Summary"),
    "files": ("bestand(en)", "file(s)"),
    "errors": ("fout(en)", "error(s)"),
    "warnings": ("waarschuwing(en)", "warning(s)"),
    "infos": ("melding(en)", "note(s)"),
    "municipality": ("Gemeente", "Municipality"),
    "year": ("regeling", "grant year"),
    "variant": ("variant", "variant"),
    "term": ("looptijd", "term"),
    "until": ("t/m", "to"),
    "unnamed": ("(experiment zonder naam)", "(unnamed experiment)"),
    "error": ("fout", "error"),
    "warning": ("waarschuwing", "warning"),
    "info": ("melding", "note"),
    "not_loaded": (
        "Bestand niet verwerkt; zie de bevindingen.",
        "File not processed; see the findings.",
    ),
    # -- completeness score, init and trace (issue 8) --
    "answered": ("Beantwoord", "Answered"),
    "overall": ("Totaal", "Overall"),
    "init_written": (
        "Startbestand geschreven: {file}. Vul de vragen in en controleer het bestand met: "
        "spukdos check {file}",
        "Starter file written: {file}. Fill in the questions and check the file with: "
        "spukdos check {file}",
    ),
    "init_exists": (
        "{file} bestaat al; spukdos overschrijft het niet (gebruik --force om het te vervangen).",
        "{file} already exists; spukdos does not overwrite it (use --force to replace it).",
    ),
    "init_bad_schema": (
        "--schema moet een adres of pad op één regel zijn, zonder stuurtekens.",
        "--schema must be an address or path on one line, without control characters.",
    ),
    "init_cannot_write": ("kan {file} niet schrijven: {reason}", "cannot write {file}: {reason}"),
    "init_unknown_year": (
        "let op: spukdos kent de regels van {year} niet (wel van: {known}); de regels die ze "
        "nodig hebben worden bij 'spukdos check' niet gecontroleerd.",
        "note: spukdos does not know the rules of {year} (it knows: {known}); 'spukdos check' "
        "reports the rules that need them as not checked.",
    ),
    "trace_inputs": ("Invoer", "Inputs"),
    "trace_path": ("Sleutel", "Key"),
    "trace_item": ("Regel", "Item"),
    "trace_value": ("Waarde", "Value"),
    "trace_position": ("Plaats in het bestand", "Position in the file"),
    "trace_formula": ("Formule", "Formula"),
    "trace_exact": ("Exacte uitkomst", "Exact result"),
    "trace_rounding": ("Afronding", "Rounding"),
    "trace_rounding_cents": (
        "op hele centen, half naar boven",
        "to whole cents, half up",
    ),
    "trace_rounding_none": (
        "geen: optellen en aftrekken gebeurt exact",
        "none: sums and differences are exact",
    ),
    "trace_computed": ("Berekend", "Computed"),
    "trace_stated": ("Opgegeven", "Stated"),
    "trace_equal": ("gelijk aan het berekende bedrag", "equal to the computed amount"),
    "trace_differs": (
        "verschil {difference}; 'spukdos check' meldt dit als A001",
        "difference {difference}; 'spukdos check' reports it as A001",
    ),
    "trace_not_stated": ("niet opgegeven", "not stated"),
    "trace_empty": ("leeg: telt als 0", "empty: counts as 0"),
    "trace_absent": ("ontbreekt: telt als 0", "missing: counts as 0"),
    "trace_factor_missing": ("ontbreekt", "missing"),
    "trace_factor_empty": ("leeg", "empty"),
    "trace_not_computable": (
        "niet te berekenen: A, B en C zijn alle drie nodig",
        "cannot be computed: A, B and C are all needed",
    ),
    "trace_no_items": ("geen regels: de som is 0", "no items: the sum is 0"),
    "trace_derived": (
        "berekend, zie: spukdos trace {file} {path}",
        "computed, see: spukdos trace {file} {path}",
    ),
    "trace_partial": (
        "Let op: het bestand bevat fouten; waarden met een fout zijn weggelaten. "
        "'spukdos check' toont de fouten.",
        "Note: the file has errors; values with an error were left out. "
        "'spukdos check' shows the errors.",
    ),
    "trace_unknown": (
        "'{path}' is geen bedrag dat spukdos kan herleiden. Wel: {paths}",
        "'{path}' is not a figure spukdos can trace. These are: {paths}",
    ),
}


def label(key: str, lang: str) -> str:
    nl, en = LABELS[key]
    return en if lang == "en" else nl


_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


_DOUBLE_COLON = re.compile(r":(?=:)")


def safe_text(text: str, *, single_line: bool = False) -> str:
    """File text made harmless for a terminal: control and bidi characters become
    visible escapes (``\\x1b``), so no escape sequence from a file is ever executed.
    Rich markup is not an issue here because reporters pass file text as plain ``Text``.

    ``::`` gets an invisible zero-width space between its colons: a CI runner (GitHub
    Actions) treats any output line that starts with ``::`` as a workflow command, and a
    wrapped table cell or message could start a line with text from the file.
    """
    if single_line:
        text = " ".join(text.split())
    text = _DOUBLE_COLON.sub(":\u200b", text)  # a zero-width space between two colons
    return _UNSAFE.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )
