"""Report labels in Dutch (default) and English, and safe display of file text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spukdos_cli.messages.lang import pick
from spukdos_cli.messages.round_words import ROUND_LABELS

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
    "benefits": ("Financiële baten", "Financial benefits"),
    "benefit": ("Baat", "Benefit"),
    "abc": ("A × B × C", "A × B × C"),
    "mpt_vpt": ("Uitstel Wlz-zorg (MPT/VPT)", "Delayed Wlz care (MPT/VPT)"),
    "intramural": ("Uitstel intramurale opname", "Delayed admission"),
    "financing": ("Financiering", "Financing"),
    "party": ("Partij", "Party"),
    "share": ("Aandeel", "Share"),
    "cofinancing": ("Cofinanciering (samen)", "Co-financing (together)"),
    "grant": ("Uitkering SPUK DOS", "SPUK DOS grant"),
    "total": ("Totaal", "Total"),
    "totals": ("Totalen: opgegeven en berekend", "Totals: stated and computed"),
    "figure": ("Bedrag", "Figure"),
    "computed": ("Berekend", "Computed"),
    "stated": ("Opgegeven", "Stated"),
    "difference": ("Verschil", "Difference"),
    "not_stated": ("niet opgegeven", "not stated"),
    "unknown_figures": (
        "? = niet te berekenen: een waarde waar dit van afhangt is onleesbaar (regel {lines}). "
        "Herstel die eerst; dan rekent spukdos alles na.",
        "? = cannot be computed: a value it depends on cannot be read (line {lines}). Fix that "
        "first; then spukdos recomputes everything.",
    ),
    "verdict": ("Oordeel", "Verdict"),
    # the one vocabulary of the verdict (checks/verdict.py), and a batch row's bug status
    "verdict_positive": ("positief", "positive"),
    "verdict_negative": ("niet positief", "not positive"),
    "verdict_not_judged": ("niet beoordeeld", "not judged"),
    "verdict_unreadable": ("onleesbaar", "unreadable"),
    "verdict_internal_error": ("interne fout", "internal error"),
    "verdict_headline_positive": (
        "POSITIEF: de verwachte baten zijn minstens zo groot als de kosten",
        "POSITIVE: the expected benefits are at least as large as the costs",
    ),
    "verdict_headline_negative": (
        "NIET POSITIEF: de verwachte baten zijn kleiner dan de kosten",
        "NOT POSITIVE: the expected benefits are smaller than the costs",
    ),
    "verdict_headline_not_judged": (
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
    "short_unlisted": ("{count} zonder fout of waarschuwing", "{count} without errors or warnings"),
    "short_hint": (
        "Meldingen en bestanden zonder fout of waarschuwing zijn alleen geteld; "
        "--volledig (-v) toont alles.",
        "Notes and files without errors or warnings are only counted; --full (-v) shows all.",
    ),
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
    # -- batch (issue 6) --
    "batch_sheet_rows": ("Aanvragen", "Applications"),
    "file": ("Bestand", "File"),
    "saldo": ("Saldo", "Net effect"),
    "rules_parameters": ("parameters en bronnen", "parameters and sources"),
    "source": ("bron", "source"),
    "source_title": ("Bron", "Source"),
    "batch_col_regeling_jaar": ("Regelingjaar", "Grant year"),
    "batch_col_variant": ("Variant", "Variant"),
    "batch_col_uitstel_mpt_vpt_prijslijst": (
        "Uitstel MPT/VPT (prijslijst)",
        "Delayed MPT/VPT (price list)",
    ),
    "batch_col_uitstel_intramuraal_prijslijst": (
        "Uitstel intramuraal (prijslijst)",
        "Delayed admission (price list)",
    ),
    "batch_col_positief": ("Positief", "Positive"),
    "batch_col_positief_prijslijst": ("Positief (prijslijst)", "Positive (price list)"),
    "batch_col_arithmetic_errors": ("Rekenfouten (A001)", "Arithmetic errors (A001)"),
    "batch_col_saldo_opgegeven": ("Saldo opgegeven", "Net effect stated"),
    "batch_col_saldo_verschil": (
        "Verschil opgegeven − berekend",
        "Difference stated − computed",
    ),
    "batch_col_codes": ("Codes", "Codes"),
    "batch_col_error": ("Fout", "Error"),
    "batch_verdicts": ("Oordelen", "Verdicts"),
    "batch_count": ("Aantal", "Count"),
    "batch_files": ("Bestanden", "Files"),
    "batch_complete": ("Compleet", "Complete"),
    "batch_with_errors": ("Met fouten", "With errors"),
    "batch_with_arithmetic_errors": (
        "Met rekenfouten (A001)",
        "With arithmetic errors (A001)",
    ),
    "batch_figures": ("Bedragen", "Figures"),
    "batch_median": ("Mediaan", "Median"),
    "batch_over_judged": (
        "over de {count} beoordeelde aanvragen (positief of niet positief)",
        "over the {count} judged applications (positive or not positive)",
    ),
    "batch_benefits_prices": ("Totale baten (prijslijst)", "Total benefits (price list)"),
    "batch_net_prices": ("Saldo (prijslijst)", "Net effect (price list)"),
    "batch_largest_differences": (
        "Grootste verschillen tussen opgegeven en berekend saldo",
        "Largest differences between stated and computed net effect",
    ),
    "batch_no_differences": (
        "Geen verschillen tussen opgegeven en berekend saldo.",
        "No differences between stated and computed net effect.",
    ),
    "batch_prices_changed": (
        "Met prijslijst '{list}' verandert het oordeel van {count} aanvraag/aanvragen.",
        "With price list '{list}' the verdict changes for {count} application(s).",
    ),
    "batch_changes": (
        "Veranderd sinds {file}: {count} aanvraag/aanvragen",
        "Changed since {file}: {count} application(s)",
    ),
    "batch_no_changes": (
        "Geen veranderingen in oordeel of saldo sinds {file}.",
        "No changes in verdict or net effect since {file}.",
    ),
    "batch_verdict_before": ("Oordeel toen", "Verdict before"),
    "batch_verdict_now": ("Oordeel nu", "Verdict now"),
    "batch_saldo_before": ("Saldo toen", "Net effect before"),
    "batch_saldo_now": ("Saldo nu", "Net effect now"),
    "batch_new": ("nieuw", "new"),
    "batch_gone": ("niet meer in de batch", "no longer in the batch"),
    "batch_written": ("Geschreven: {file}", "Written: {file}"),
    "batch_progress": ("Controleren", "Checking"),
    "batch_no_files": (
        "geen YAML-bestanden gevonden in {paths}",
        "no YAML files found in {paths}",
    ),
    "batch_unknown_format": (
        "{file}: onbekend uitvoerformaat; gebruik .csv, .json of .xlsx",
        "{file}: unknown output format; use .csv, .json or .xlsx",
    ),
    "batch_baseline_unreadable": (
        "--baseline {file}: niet te lezen ({detail})",
        "--baseline {file}: cannot be read ({detail})",
    ),
    "batch_baseline_not_json": (
        "--baseline {file}: geen JSON",
        "--baseline {file}: not JSON",
    ),
    "batch_baseline_not_batch": (
        "--baseline {file}: geen uitvoer van 'spukdos batch -o UITVOER.json'",
        "--baseline {file}: not the output of 'spukdos batch -o OUTPUT.json'",
    ),
    "batch_baseline_bad_row": (
        "--baseline {file}: rij {detail} is onleesbaar",
        "--baseline {file}: row {detail} cannot be read",
    ),
    # -- CI output formats and check options (issue 5) --
    "ci_result": ("Resultaat", "Result"),
    "ci_errors": ("Fouten", "Errors"),
    "ci_warnings": ("Waarschuwingen", "Warnings"),
    "ci_infos": ("Meldingen", "Notes"),
    "ci_passed": ("geslaagd", "passed"),
    "ci_failed": ("niet geslaagd", "failed"),
    "ci_line_col": ("regel {line}, kolom {col}", "line {line}, column {col}"),
    "ci_more_findings": (
        "en nog {more} bevinding(en); 'spukdos check -f json' toont ze allemaal",
        "and {more} more finding(s); 'spukdos check -f json' shows them all",
    ),
    "ci_strict_note": (
        "--strict: waarschuwingen tellen als fouten",
        "--strict: warnings count as errors",
    ),
    "ci_written": ("Rapport geschreven: {file}", "Report written: {file}"),
    # -- an output file (-o, --export, init): one check, one message each --
    "output_exists": (
        "{file} bestaat al; spukdos overschrijft het niet (gebruik --force om het te vervangen).",
        "{file} already exists; spukdos does not overwrite it (use --force to replace it).",
    ),
    "output_is_input": (
        "{file} is een van de invoerbestanden; spukdos schrijft nooit over invoer heen.",
        "{file} is one of the input files; spukdos never writes over its input.",
    ),
    "output_cannot_write": (
        "kan {file} niet schrijven: {reason}",
        "cannot write {file}: {reason}",
    ),
    "ci_no_files": (
        "geen YAML-bestanden (*.yaml, *.yml) gevonden in: {paths}",
        "no YAML files (*.yaml, *.yml) found in: {paths}",
    ),
    "ci_stdin_twice": (
        "'-' (standaardinvoer) mag maar één keer worden genoemd.",
        "'-' (standard input) may be given only once.",
    ),
    "ci_stdin_filename_without_dash": (
        "--stdin-filename hoort bij '-' (standaardinvoer): spukdos check - --stdin-filename "
        "NAAM.yaml",
        "--stdin-filename goes with '-' (standard input): spukdos check - --stdin-filename "
        "NAME.yaml",
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
    "init_bad_schema": (
        "--schema moet een adres of pad op één regel zijn, zonder spaties of stuurtekens "
        "(een spatie in een pad schrijft u als %20).",
        "--schema must be an address or path on one line, without spaces or control "
        "characters (write a space in a path as %20).",
    ),
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
    "trace_equal": ("gelijk aan het berekende bedrag", "equal to the computed amount"),
    "trace_differs": (
        "verschil {difference}; 'spukdos check' meldt dit als A001",
        "difference {difference}; 'spukdos check' reports it as A001",
    ),
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
    # -- the figures of form part 2 (also message parameters: A001, traces) --
    "fig_initiele_kosten": ("Totaal initiële projectkosten", "Total initial project costs"),
    "fig_uitvoeringskosten": ("Totaal uitvoeringskosten", "Total execution costs"),
    "fig_totaal_kosten": ("Totale kosten", "Total costs"),
    "fig_overige_besparingen": ("Overige besparingen", "Other savings"),
    "fig_totaal_baten": ("Totale baten", "Total benefits"),
    "fig_saldo": (
        "Totaal financieel effect (baten − kosten)",
        "Net financial effect (benefits − costs)",
    ),
    "fig_mpt_vpt": (
        "Besparing uitstel MPT/VPT (A × B × C)",
        "Saving from delayed MPT/VPT (A × B × C)",
    ),
    "fig_intramuraal": (
        "Besparing uitstel intramurale opname (A × B × C)",
        "Saving from delayed admission (A × B × C)",
    ),
    "fig_financiering": ("Totaal financiering", "Total financing"),
    # -- spukdos analyse --
    "title": ("Analyse: hoe robuust is de businesscase?", "Analysis: how robust is the case?"),
    "base": ("Uitgangspunt", "Starting point"),
    "base_line": (
        "Saldo {saldo} ({verdict}); totale kosten {costs}, totale baten {benefits}.",
        "Net effect {saldo} ({verdict}); total costs {costs}, total benefits {benefits}.",
    ),
    "not_analysed": (
        "Geen analyse: het bestand bevat fouten in de structuur of kon niet gelezen worden; "
        "zie de bevindingen.",
        "No analysis: the file has structure errors or could not be read; see the findings.",
    ),
    "incomplete_note": (
        "Let op: kosten en baten zijn nog niet volledig; de analyse rekent met wat er staat.",
        "Note: costs and benefits are not complete yet; the analysis uses what is there.",
    ),
    # break-even
    "break_even": (
        "Break-even (saldo precies 0, de rest gelijk)",
        "Break-even (net effect exactly 0, the rest fixed)",
    ),
    "input": ("Invoer", "Input"),
    "now": ("Nu", "Now"),
    "break_even_value": ("Break-even", "Break-even"),
    "room": ("Ruimte", "Room"),
    "be_days": (
        "A: dagen uitstel, beide Wlz-routes samen",
        "A: days of delay, both Wlz routes together",
    ),
    "be_residents": ("B: inwoners, {route}", "B: residents, {route}"),
    "be_any": ("positief, ook bij 0", "positive even at 0"),
    "be_none": ("niet te bepalen", "cannot be determined"),
    "be_note": (
        "Break-even rekent met de exacte A × B × C (zonder afronding op centen); ≈ is "
        "afgerond. Ruimte: hoeveel de invoer kan veranderen voordat het oordeel omslaat.",
        "Break-even uses the exact A × B × C (not rounded to cents); ≈ is rounded. Room: how "
        "far the input can move before the verdict turns.",
    ),
    "route_uitstel_mpt_vpt": ("MPT/VPT", "MPT/VPT"),
    "route_uitstel_intramuraal": ("intramuraal", "admission"),
    # without estimates
    "without": ("Zonder schattingen", "Without estimates"),
    "without_none": (
        "Alle overige besparingen hebben een schriftelijke onderbouwing.",
        "Every other saving has a written basis.",
    ),
    "without_line": (
        "Zonder de besparingen zonder schriftelijke onderbouwing ({amount}) is het saldo "
        "{saldo}: {verdict}.",
        "Without the savings that have no written basis ({amount}) the net effect is "
        "{saldo}: {verdict}.",
    ),
    "without_flips": ("Het oordeel slaat daarmee om.", "The verdict turns."),
    "without_holds": ("Het oordeel blijft hetzelfde.", "The verdict holds."),
    # sensitivity
    "sensitivity": (
        "Gevoeligheid: het saldo als één invoer {pcts} verandert (grootste invloed bovenaan)",
        "Sensitivity: the net effect when one input changes by {pcts} (largest effect first)",
    ),
    "lower": ("saldo lager", "net effect lower"),
    "higher": ("saldo hoger", "net effect higher"),
    "tornado_note": (
        "█ ± {inner} · ░ tot ± {outer}. Tussen haakjes: de verandering van de invoer.",
        "█ ± {inner} · ░ up to ± {outer}. In brackets: the change of the input.",
    ),
    "flips": ("Het oordeel slaat om bij:", "The verdict turns at:"),
    "flip_item": ("{input} {change} (saldo {saldo})", "{input} {change} (net effect {saldo})"),
    "no_flips": (
        "Geen van deze variaties laat het oordeel omslaan.",
        "None of these variations turns the verdict.",
    ),
    "no_inputs": ("Geen invoer om te variëren.", "No inputs to vary."),
    "factor_dagen": ("A dagen", "A days"),
    "factor_inwoners": ("B inwoners", "B residents"),
    "factor_kosten_per_dag": ("C per dag", "C per day"),
    "group_uitstel_mpt_vpt": ("Uitstel MPT/VPT", "Delayed MPT/VPT"),
    "group_uitstel_intramuraal": ("Uitstel intramuraal", "Delayed admission"),
    "unnamed_post": ("kostenpost {number}", "cost item {number}"),
    "unnamed_saving": ("overige besparing {number}", "other saving {number}"),
    # scenarios
    "scenarios": ("Scenario's", "Scenarios"),
    "no_scenarios": (
        "Geen scenario's in het bestand. Voeg ze toe onder 'scenarios:' (zie docs/analyse.md of "
        "docs/format.md), bijvoorbeeld een pessimistisch en een optimistisch scenario.",
        "No scenarios in the file. Add them under 'scenarios:' (see docs/analyse.md or "
        "docs/format.md), for example a pessimistic and an optimistic one.",
    ),
    "changes": ("Wijzigingen", "Changes"),
    "no_changes": ("geen wijzigingen", "no changes"),
    "ignored": (
        "niet toegepast (zie de bevindingen): {keys}",
        "not applied (see the findings): {keys}",
    ),
    # who pays, who saves
    "domains": ("Wie betaalt, wie bespaart: per domein", "Who pays, who saves: per domain"),
    "domain": ("Domein", "Domain"),
    "savings": ("Besparingen", "Savings"),
    "balance": ("Saldo", "Balance"),
    "domain_wmo": ("Wmo (gemeente)", "Wmo (municipality)"),
    "domain_zvw": ("Zvw (zorgverzekeraar)", "Zvw (health insurer)"),
    "domain_wlz": ("Wlz (zorgkantoor)", "Wlz (care office)"),
    "domain_jeugdwet": ("Jeugdwet (gemeente)", "Youth Act (municipality)"),
    "domain_overig": ("Overig (aanbieders, anderen)", "Other (providers, others)"),
    "domain_none": ("Niet toegewezen", "Unassigned"),
    "domain_note": (
        "Besparingen door uitstel van MPT/VPT en van opname zijn Wlz (zo definieert het format "
        "ze). Een kostenpost of besparing zonder 'domein' staat onder niet toegewezen: "
        "spukdos raadt niet.",
        "Savings from delayed MPT/VPT and admission are Wlz (as the form defines them). A cost "
        "item or saving without 'domein' is shown as unassigned: spukdos does not guess.",
    ),
    "parties": (
        "Wie betaalt, wie bespaart: per financierende partij",
        "Who pays, who saves: per financing party",
    ),
    "pays": ("Betaalt", "Pays"),
    "saves": ("Bespaart", "Saves"),
    "role_gemeente": ("gemeente: Wmo, Jeugdwet", "municipality: Wmo, Youth Act"),
    "role_zorgkantoor": ("zorgkantoor: Wlz", "care office: Wlz"),
    "role_zorgverzekeraar": ("zorgverzekeraar: Zvw", "health insurer: Zvw"),
    "grant_rijk": ("Uitkering SPUK DOS (Rijk)", "SPUK DOS grant (central government)"),
    "unattributed": (
        "Niet aan een partij toe te wijzen (overig, geen domein)",
        "Not attributable to a party (other, no domain)",
    ),
    "no_name": ("(geen organisatie genoemd)", "(no organisation named)"),
    "party_note": (
        "Een bijdrage hoort bij een partij als 'partij' gelijk is aan de 'organisatie' van "
        "precies één gemeente, zorgkantoor of zorgverzekeraar onder 'partijen'. Deze tabel "
        "telt wie de kosten betaalt (de bijdragen en de uitkering); de tabel per domein "
        "telt in welk domein de kosten vallen. Daarom verschillen de bedragen: een partij "
        "kan kosten in een ander domein betalen, en de uitkering betaalt kosten van elk domein.",
        "A contribution belongs to a party when its 'partij' equals the 'organisatie' of "
        "exactly one gemeente, zorgkantoor or zorgverzekeraar under 'partijen'. This table "
        "counts who pays the costs (the contributions and the grant); the table per domain "
        "counts in which domain the costs fall. That is why the amounts differ: a party may "
        "pay costs in another domain, and the grant pays costs of every domain.",
    ),
    "chart": (
        "Waar het geld in gaat en waar het terugkomt",
        "Where the money goes in and comes back",
    ),
    # findings, summary
    "check_line": (
        "spukdos check: {errors} fout(en), {warnings} waarschuwing(en), {infos} melding(en).",
        "spukdos check: {errors} error(s), {warnings} warning(s), {infos} note(s).",
    ),
    "robustness": ("Robuustheid", "Robustness"),
    "summary_break_even": ("Break-even: {items}.", "Break-even: {items}."),
    "summary_days": (
        "A beide routes {value} dagen (nu {now})",
        "A both routes {value} days (now {now})",
    ),
    "summary_residents": ("B {route} {value} (nu {now})", "B {route} {value} (now {now})"),
    "summary_costs_up": (
        "De kosten kunnen {amount} ({pct}) stijgen voordat het saldo negatief wordt.",
        "Costs can rise by {amount} ({pct}) before the net effect turns negative.",
    ),
    "summary_costs_down": (
        "De kosten moeten {amount} ({pct}) dalen voor een positief saldo.",
        "Costs must fall by {amount} ({pct}) for a positive net effect.",
    ),
    "summary_top": (
        "Grootste invloed (± {pct}): {input}, saldo {low} tot {high}.",
        "Largest effect (± {pct}): {input}, net effect {low} to {high}.",
    ),
    "summary_more": ("Meer: spukdos analyse {file}", "More: spukdos analyse {file}"),
    "analyse_bad_variation": (
        "--variatie {text!r}: geen percentage groter dan 0 en hoogstens 100 (bijv. 10 of 10%)",
        "--variatie {text!r}: not a percentage above 0 and at most 100 (e.g. 10 or 10%)",
    ),
    "analyse_bad_suffix": (
        "--export {file}: de naam moet eindigen op .html of .svg",
        "--export {file}: the name must end in .html or .svg",
    ),
    # -- issue 15: break-even per route, rules files --
    "be_days_route": ("A: dagen uitstel, alleen {route}", "A: days of delay, {route} only"),
    "summary_days_route": (
        "A {route} {value} dagen (nu {now})",
        "A {route} {value} days (now {now})",
    ),
    "rules_from_file": ("regels uit {file}", "rules from {file}"),
    "rules_no_year": (
        "geen regels bekend voor {year} (wel voor: {known}); geef een regelsbestand met --regels",
        "no rules known for {year} (only for: {known}); give a rules file with --regels",
    ),
    "rules_year_twice": (
        "--regels: {first} en {second} gelden allebei voor regeling_jaar {year}; geef één "
        "regelsbestand per jaar",
        "--regels: {first} and {second} are both for grant year {year}; give one rules file "
        "per year",
    ),
    "batch_rules": ("Regels {year}: {file}.", "Rules {year}: {file}."),
    "rules_problem_not_mapping": (
        "hier hoort een sectie met regeling_jaar en parameters",
        "expected a mapping with regeling_jaar and parameters",
    ),
    "rules_problem_unknown_key": ("onbekende sleutel {key}", "unknown key {key}"),
    "rules_problem_year": ("hier hoort een jaartal, zoals 2025", "expected a year, such as 2025"),
    "rules_problem_parameters": (
        "hier hoort een sectie met parameters",
        "expected a mapping of parameters",
    ),
    "rules_problem_unknown_parameter": (
        "onbekende parameter {key}; spukdos kent: {known}",
        "unknown parameter {key}; spukdos knows: {known}",
    ),
    "rules_problem_entry": (
        "hier hoort een sectie met {fields}",
        "expected a mapping with {fields}",
    ),
    "rules_problem_text": ("hier hoort een tekst", "expected a text"),
    "rules_problem_amount": (
        "geen bedrag in euro (zoals 2725.00 of 2.725,00)",
        "not an amount in euros (such as 2725.00 or 2.725,00)",
    ),
    "rules_problem_pct": (
        "geen percentage van 0 tot en met 100 (zoals 80)",
        "not a percentage from 0 to 100 (such as 80)",
    ),
    "rules_problem_date": ("geen datum (JJJJ-MM-DD)", "not a date (YYYY-MM-DD)"),
    "rules_problem_period": (
        "het tijdvak eindigt ({end}) vóór het begint ({start})",
        "the period ends ({end}) before it begins ({start})",
    ),
    "rules_problem_range": (
        "de bovengrens ({high}) ligt onder de ondergrens ({low})",
        "the upper bound ({high}) is below the lower bound ({low})",
    ),
    # -- issue 17: real clients (JUnit, workbook, HTML report, starter file) --
    "junit_failure_one": ("1 fout: {codes}", "1 error: {codes}"),
    "junit_failure_many": ("{count} fouten: {codes}", "{count} errors: {codes}"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "xlsx_provenance": ("Herkomst", "Provenance"),
    "xlsx_tool": ("Gemaakt met", "Made with"),
    "xlsx_rules": ("Regels van de regeling", "Grant rules"),
    "xlsx_rules_years": ("ingebouwd, regelingjaren {years}", "built in, grant years {years}"),
    "xlsx_rules_file": ("regelingjaar {year} uit {file}", "grant year {year} from {file}"),
    "xlsx_prices": ("Prijslijst", "Price list"),
    "xlsx_builtin": ("ingebouwd", "built in"),
    "xlsx_prices_file": ("eigen bestand, --prices", "own file, --prices"),
    "xlsx_created": ("Gemaakt op", "Created on"),
    "xlsx_page": ("Pagina &P van &N", "Page &P of &N"),
    "xlsx_inexact": (
        "{count} bedrag(en) met meer dan {digits} cijfers staan als tekst: een spreadsheet "
        "kan ze niet exact als getal bewaren.",
        "{count} amount(s) with more than {digits} digits are text: a spreadsheet cannot "
        "hold them exactly as numbers.",
    ),
    "variant_cofinanciering": ("cofinanciering", "co-financing"),
    "variant_centraal_persoon": ("centraal persoon", "central person"),
    "html_title_check": ("spukdos-rapport", "spukdos report"),
    "html_title_analyse": ("spukdos-analyse", "spukdos analysis"),
    "html_title_many": ("{count} aanvragen", "{count} applications"),
    "html_page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "html_summary": (
        "{files} bestand(en), {errors} fout(en), {warnings} waarschuwing(en), {infos} melding(en).",
        "{files} file(s), {errors} error(s), {warnings} warning(s), {infos} note(s).",
    ),
    "html_overview": ("Overzicht", "Overview"),
    "html_location": ("Plaats", "Location"),
    "html_path": ("Gegevenspad", "Data path"),
    "html_message": ("Bevinding en wat te doen", "Finding and what to do"),
    "html_chart_overview": (
        "Kosten en baten (grafiek)",
        "Costs and benefits (chart)",
    ),
    "html_chart_domains": (
        "Kosten en besparingen per domein (grafiek)",
        "Costs and savings per domain (chart)",
    ),
    "html_chart_parties": (
        "Wat elke partij betaalt en bespaart (grafiek)",
        "What each party pays and saves (chart)",
    ),
    # -- issue 19: hostile conditions, round two --
    "output_not_a_file": (
        "{file} bestaat en is geen gewoon bestand (een apparaat, pipe of socket); spukdos "
        "vervangt dat nooit, ook niet met --force. Kies een andere naam.",
        "{file} exists and is not a regular file (a device, pipe or socket); spukdos never "
        "replaces it, not even with --force. Choose another name.",
    ),
    "stdout_failed": (
        "kan standaarduitvoer niet schrijven: {reason}",
        "cannot write standard output: {reason}",
    ),
    "completion_failed": (
        "kan de aanvulling voor de shell niet installeren in {file}: {reason}",
        "cannot install shell completion in {file}: {reason}",
    ),
    # -- issue 16: a Dutch applicant's first hour --
    "trace_paths": (
        "Deze bedragen kan spukdos herleiden (spukdos trace {file} PAD):",
        "spukdos can trace these figures (spukdos trace {file} PATH):",
    ),
    "watch_one_file": (
        "--watch bewaakt één bestand: geef precies één YAML-bestand (geen map, geen -)",
        "--watch watches one file: give exactly one YAML file (no folder, no -)",
    ),
    "watch_waiting": (
        "spukdos: wacht tot {file} opnieuw wordt opgeslagen (Ctrl-C stopt)",
        "spukdos: waiting for {file} to be saved again (Ctrl-C stops)",
    ),
    "bad_tolerance": (
        "--tolerantie {text}: geen percentage (bijv. 10 of 10%)",
        "--tolerantie {text}: not a percentage (e.g. 10 or 10%)",
    ),
    "rules_unknown_year": (
        "geen regels bekend voor {year} (wel voor: {known})",
        "no rules known for {year} (there are for: {known})",
    ),
    "explain_unknown_code": (
        "onbekende code {code}; 'spukdos explain' toont alle codes",
        "unknown code {code}; 'spukdos explain' lists every code",
    ),
    "col_code": ("Code", "Code"),
    "col_severity": ("Ernst", "Severity"),
    "col_title": ("Titel", "Title"),
    "invalid_answers": (
        "ongeldig (zie de bevindingen): {items}",
        "invalid (see the findings): {items}",
    ),
    # -- issue 14: import and export of the official form --
    "src_line": ("regel {line}", "line {line}"),
    "src_page_line": ("pagina {page}, regel {line}", "page {page}, line {line}"),
    "src_paragraph": ("alinea {line}", "paragraph {line}"),
    "src_cell": ("tabel {table}, rij {row}, kolom {col}", "table {table}, row {row}, column {col}"),
    "src_page_cell": (
        "pagina {page}, tabel {table}, rij {row}, kolom {col}",
        "page {page}, table {table}, row {row}, column {col}",
    ),
    "src_in_document": ("in het document: {where}", "in the document: {where}"),
    "imp_header": (
        "Geïmporteerd uit {file} ({kind}) met 'spukdos import'. Elke waarde staat er zoals de "
        "aanvrager die schreef (niets is verbeterd); bij elke waarde staat waar die in het "
        "document stond.",
        "Imported from {file} ({kind}) by 'spukdos import'. Every value is as the applicant "
        "wrote it (nothing was corrected); each value says where it stood in the document.",
    ),
    "imp_header_empty": (
        "Wat niet gevonden of niet gelezen kon worden, is leeg gelaten, met de reden erbij.",
        "What could not be found or read is left empty, with the reason.",
    ),
    "imp_header_check": (
        "Controleer het bestand met: spukdos check {file}",
        "Check the file with: spukdos check {file}",
    ),
    "imp_header_anonymised": (
        "Contactpersonen zijn vervangen door fictieve namen, e-mailadressen en "
        "telefoonnummers (--anonimiseer); de organisaties staan er zoals in het document.",
        "Contact persons were replaced by fictitious names, e-mail addresses and phone "
        "numbers (--anonimiseer); the organisations are as in the document.",
    ),
    "imp_written": ('{where}: "{text}"', '{where}: "{text}"'),
    "imp_missing": ("niet gevonden: {reason}", "not found: {reason}"),
    "imp_unreadable": ('niet te lezen: "{text}"', 'could not be read: "{text}"'),
    "imp_note_title_year": (
        "het jaar uit de titel van het format",
        "the year from the title of the form",
    ),
    "imp_note_role_row": ("de rij van de tabel", "the row of the table"),
    "imp_note_gemeente": (
        "de organisatie in de rij Gemeente(n) van de contacttabel",
        "the organisation in the row Gemeente(n) of the contact table",
    ),
    "imp_note_month_start": (
        "alleen een maand opgegeven: de eerste dag daarvan",
        "only a month given: its first day",
    ),
    "imp_note_month_end": (
        "alleen een maand opgegeven: de laatste dag daarvan",
        "only a month given: its last day",
    ),
    "imp_note_term_text": (
        "de antwoorden op de vragen over de looptijd, zoals geschreven",
        "the answers to the questions about the term, as written",
    ),
    "imp_note_one_number": (
        "het enige aantal in het antwoord; controleer het",
        "the only number in the answer; check it",
    ),
    "imp_note_theme_name": (
        "de woorden voor de dubbele punt in de eerste kolom",
        "the words before the colon in the first column",
    ),
    "imp_note_cooperation": (
        "beide antwoorden van de paragraaf Samenwerking: de partijen die toezegden, dan de "
        "rolverdeling",
        "both answers of the paragraph Samenwerking: the parties that committed, then the "
        "division of roles",
    ),
    "imp_note_committed": (
        'genoemd onder "partijen die samenwerking hebben toegezegd": {text}',
        'named under "parties that committed": {text}',
    ),
    "imp_note_flat_columns": (
        "tabel uit platte tekst: de kolommen liepen door elkaar; controleer de teksten van "
        "deze rij (de bedragen staan vast)",
        "table from flat text: its columns ran together; check the texts of this row (the "
        "amounts are certain)",
    ),
    "imp_note_zero_total": (
        "bedrag leeg in de tabel; het opgegeven totaal is € 0,00",
        "amount empty in the table; the stated total is € 0,00",
    ),
    "imp_note_other_total": (
        "elders in het document staat een ander bedrag: {text}",
        "elsewhere the document gives another amount: {text}",
    ),
    "imp_note_variant": (
        "afgeleid: de tabel Partners noemt cofinanciering",
        "derived: the table Partners lists co-financing",
    ),
    "imp_note_variant_clients": (
        "afgeleid: de tabel Partners noemt een aantal cliënten (centraal persoon)",
        "derived: the table Partners gives a number of clients (central person)",
    ),
    "imp_note_effect_table": (
        "uit de tabel Verwacht financieel effect",
        "from the table Verwacht financieel effect",
    ),
    "imp_note_row_label": ("de naam van de rij in het format", "the row's name in the form"),
    "imp_note_appendix": (
        "uit de bijlage met aanvullende gegevens (het format heeft er geen plaats voor)",
        "from the appendix of additional values (the form has no place for it)",
    ),
    "imp_note_contributor": (
        "de rij noemt de partij bij haar rol of een deel van haar naam; de partij met die rol "
        "of naam uit de contacttabel",
        "the row names the party by its role or part of its name; the party with that role or "
        "name from the contact table",
    ),
    "imp_why_no_answer": ("geen antwoord bij deze vraag", "no answer to this question"),
    "imp_why_no_question": (
        "de vraag van het format staat niet in het document",
        "the form's question is not in the document",
    ),
    "imp_why_unreadable": ("staat er, maar is niet te lezen", "is there but cannot be read"),
    "imp_why_flat_sum": (
        "de tabel staat hier als platte tekst en de bedragen tellen niet op tot het totaal "
        "ernaast, dus is niet zeker welk bedrag waarbij hoort; neem het over uit het document "
        "(of lees het Word-document of de PDF in)",
        "the table is flat text here and its amounts do not add up to the total beside them, "
        "so which amount belongs where is not certain; copy it from the document (or import "
        "the Word document or the PDF)",
    ),
    "imp_why_flat_pairs": (
        "de tabel staat hier als platte tekst en de bedragen zijn niet zeker aan de regels te "
        "koppelen; neem het over uit het document (of lees het Word-document of de PDF in)",
        "the table is flat text here and its amounts cannot be matched to its rows with "
        "certainty; copy it from the document (or import the Word document or the PDF)",
    ),
    "imp_why_several_amounts": (
        "er staan meerdere bedragen in één vak, dus is niet zeker welk bedoeld is",
        "the cell holds several amounts, so which one is meant is not certain",
    ),
    "imp_why_flat_blocks": (
        "de tabel staat hier als platte tekst waarin elke kolom los staat (pdftotext zonder "
        "-layout), dus is niet zeker welk getal bij welke regel hoort; lees de PDF zelf in, "
        "of tekst van pdftotext -layout",
        "the table is flat text here with each column on its own (pdftotext without "
        "-layout), so which number belongs to which row is not certain; import the PDF "
        "itself, or the text of pdftotext -layout",
    ),
    "imp_why_flat_route": (
        "de tabel staat hier als platte tekst en A × B × C geeft niet het totaal ernaast, dus "
        "is niet zeker welk getal waarbij hoort; neem het over uit het document",
        "the table is flat text here and A × B × C does not give the total beside it, so "
        "which number belongs where is not certain; copy it from the document",
    ),
    "imp_why_flat_unreadable": (
        "de tabel staat hier als platte tekst en een bedrag erin is niet te lezen, dus zijn "
        "de bedragen niet zeker te plaatsen",
        "the table is flat text here and one of its amounts cannot be read, so its amounts "
        "cannot be placed with certainty",
    ),
    "imp_why_no_title": (
        "de titel van het format (met het jaar) staat niet in het document",
        "the form's title (with the year) is not in the document",
    ),
    "imp_why_no_table": ("de tabel staat niet in het document", "the table is not in the document"),
    "imp_why_no_date": ("geen datum in het antwoord", "no date in the answer"),
    "imp_why_no_single_number": (
        "het antwoord noemt niet één aantal; vul het aantal zelf in",
        "the answer does not give one number; fill it in yourself",
    ),
    "imp_why_not_asked": (
        "het format vraagt dit niet; vul het zelf in",
        "the form does not ask this; fill it in yourself",
    ),
    "imp_why_not_listed": (
        "niet gevonden in de lijst van partijen die samenwerking hebben toegezegd",
        "not found in the list of parties that committed",
    ),
    "imp_summary": (
        "Import: gevonden per sectie van het format",
        "Import: found per section of the form",
    ),
    "imp_found": ("gevonden", "found"),
    "imp_not_found_col": ("niet gevonden", "not found"),
    "imp_not_read": ("Niet te lezen", "Could not be read"),
    "imp_yourself": (
        "Niet in het format, vul zelf in",
        "Not in the form, fill in yourself",
    ),
    "imp_form_gaps": (
        "{count} gevraagde waarde(n) niet gevonden: de import is onvolledig (exitcode 1).",
        "{count} value(s) the form asks for not found: the import is incomplete (exit code 1).",
    ),
    "imp_all_found": (
        "Alles wat het format vraagt is gevonden.",
        "Everything the form asks for was found.",
    ),
    "imp_not_a_form": (
        "{file}: dit is geen ingevuld format voor een SPUK DOS-businesscase (de vragen van het "
        "format staan er niet in).",
        "{file}: this is not a filled-in form of a SPUK DOS businesscase (the form's "
        "questions are not in it).",
    ),
    "imp_unreadable_doc": ("{file}: {reason}", "{file}: {reason}"),
    "imp_source_kind": ("bron: {kind}", "source: {kind}"),
    "batch_col_not_found": ("Niet gevonden (import)", "Not found (import)"),
    "imp_read_note": (
        "Let op: het document is gelezen, maar {note}.",
        "Note: the document was read, but {note}.",
    ),
    "imp_unplaced": (
        "Niet overgenomen: tekst naast een tabel van het format, bij geen vraag",
        "Not imported: text beside a table of the form, under no question",
    ),
    "exp_notice": (
        "Let op: dit bestand komt niet door 'spukdos check': {errors} fout(en). Los ze op "
        "voordat u de businesscase indient.",
        "Note: this file does not pass 'spukdos check': {errors} error(s). Fix them before "
        "submitting the businesscase.",
    ),
    "exp_written": ("Businesscase geschreven: {file}", "Businesscase written: {file}"),
    "exp_not_docx": (
        "{file}: spukdos export schrijft een Word-document; geef een naam die eindigt op .docx "
        "(een PDF maakt u daarna met Word of LibreOffice)",
        "{file}: spukdos export writes a Word document; give a name that ends in .docx (make "
        "a PDF of it afterwards with Word or LibreOffice)",
    ),
    "exp_not_loaded": (
        "{file} kan niet worden gelezen; 'spukdos check {file}' zegt waarom.",
        "{file} cannot be read; 'spukdos check {file}' says why.",
    ),
}
LABELS.update(ROUND_LABELS)  # the words of spukdos ronde (messages/round_words.py)


def label(key: str, lang: str) -> str:
    """The label ``key`` in ``lang``."""
    return pick(LABELS[key], lang)


_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
"""Control characters, bidi marks and overrides (U+061C, U+200E/F, U+202A-E, U+2066-9) and
invisible zero-width characters (U+200B-D, U+2060-4, U+FEFF): shown as escapes."""


_DOUBLE_COLON = re.compile(r":(?=:)")
_OLD_COMMAND = re.compile(r"#(?=#\[)")


def rules_in_force(
    years: Iterable[int], files: Iterable[tuple[int, str]], lang: str, empty: str = "—"
) -> str:
    """Where a run's grant rules came from, for a report's provenance: the built-in years
    and each year read from a rules file (``--regels``), which replaces that built-in year."""
    from_file = sorted(set(files))
    replaced = {year for year, _ in from_file}
    built_in = ", ".join(str(year) for year in sorted(set(years) - replaced))
    parts = [label("xlsx_rules_file", lang).format(year=y, file=f) for y, f in from_file]
    if built_in or not parts:
        parts.insert(0, label("xlsx_rules_years", lang).format(years=built_in or empty))
    return "; ".join(parts)


def safe_text(text: str, *, single_line: bool = False) -> str:
    """File text made harmless for a terminal: control and bidi characters become
    visible escapes (``\\x1b``), so no escape sequence from a file is ever executed.
    Rich markup is not an issue here because reporters pass file text as plain ``Text``.

    ``::`` gets an invisible zero-width space between its colons: a CI runner (GitHub
    Actions) treats any output line that starts with ``::`` as a workflow command, and a
    wrapped table cell or message could start a line with text from the file. The
    runner's older form, ``##[command]``, acts anywhere in a line: ``##[`` gets one too.
    (A zero-width space from the file itself is shown as ``\\u200b``; only these are ours.)
    """
    if single_line:
        text = " ".join(text.split())
    text = _UNSAFE.sub(_escape, display_name(text))
    text = _DOUBLE_COLON.sub(":\u200b", text)  # a zero-width space between two colons
    return _OLD_COMMAND.sub("#\u200b", text)  # and between the two # of ##[


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    """``\\x1b`` for a character below 256, ``\\u202e`` above; a surrogate escape of a
    byte that is not UTF-8 (U+DC80..U+DCFF) shows the byte itself, ``\\xff``."""
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


def display_name(name: str) -> str:
    """A file name as every output can show it: a byte that is not UTF-8 (which Python
    keeps in ``str`` as a surrogate escape, and which no UTF-8 output, JSON or XML can
    hold) becomes the visible escape ``\\xff``. Only for showing: the file itself is
    read by its real name."""
    return _SURROGATE.sub(_escape, name)
