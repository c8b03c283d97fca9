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
}


def label(key: str, lang: str) -> str:
    nl, en = LABELS[key]
    return en if lang == "en" else nl


_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str, *, single_line: bool = False) -> str:
    """File text made harmless for a terminal: control and bidi characters become
    visible escapes (``\\x1b``), so no escape sequence from a file is ever executed.
    Rich markup is not an issue here because reporters pass file text as plain ``Text``.
    """
    if single_line:
        text = " ".join(text.split())
    return _UNSAFE.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )
