"""The words of ``spukdos ronde``: statuses, columns, the budget and the draw, in Dutch and
English side by side (merged into :data:`spukdos_cli.messages.labels.LABELS`).

The draw's description (``ronde_draw_how``) is the procedure written out so that anyone can
redo it with the same seed; it says plainly that it is spukdos's procedure, not the grant
office's.
"""

from __future__ import annotations

ROUND_LABELS: dict[str, tuple[str, str]] = {
    # statuses
    "ronde_status_toekennen": ("toekennen", "grant"),
    "ronde_status_uitgeloot": ("uitgeloot (budget op)", "not drawn (budget used up)"),
    "ronde_status_loting": ("loting nodig", "draw needed"),
    "ronde_status_afwijzen": ("afwijzen", "reject"),
    "ronde_status_onvolledig": ("onvolledig (brief)", "incomplete (letter)"),
    "ronde_status_beoordelen": ("zelf beoordelen", "assess by hand"),
    "ronde_status_onleesbaar": ("niet gelezen", "not read"),
    "ronde_status_dubbel": ("dubbel (telt niet)", "duplicate (does not count)"),
    # columns
    "ronde_col_experiment": ("Experiment", "Experiment"),
    "ronde_col_uitkering": ("Uitkering aangevraagd", "Grant requested"),
    "ronde_col_redenen": ("Waarom (codes)", "Why (codes)"),
    "ronde_col_lot": ("Lot (volgorde)", "Lot (order)"),
    "ronde_col_lot_code": ("Lot (SHA-256)", "Lot (SHA-256)"),
    "ronde_col_sleutel": ("Sleutel (gemeente|experiment)", "Key (municipality|experiment)"),
    "ronde_col_vervangen_door": ("Telt niet; telt wel", "Does not count; counts"),
    "ronde_col_gewijzigd": ("Gewijzigd", "Changed"),
    "ronde_col_contact": ("Contactpersoon", "Contact"),
    # the report
    "ronde_title": ("Ronde", "Round"),
    "ronde_progress": ("Aanvragen lezen", "Reading applications"),
    "ronde_statuses": ("Statussen", "Statuses"),
    "ronde_many": (
        "{count} aanvragen: de tabel per aanvraag staat in het overzicht (-o), hier alleen "
        "bij hoogstens {shown}.",
        "{count} applications: the table per application is in the overview (-o); it is "
        "shown here only for at most {shown}.",
    ),
    "ronde_grants": ("Uitkering", "Grant"),
    "ronde_budget": ("Budget", "Budget"),
    "ronde_requested": (
        "Aangevraagd door de aanvragen die toegekend mogen worden",
        "Requested by the applications that may be granted",
    ),
    "ronde_granted": ("Toegekend", "Granted"),
    "ronde_left": ("Over", "Left"),
    "ronde_fits": (
        "Het aangevraagde past in het budget: elke aanvraag die toegekend mag worden, wordt "
        "toegekend. Er is niet geloot.",
        "The requests fit the budget: every application that may be granted is granted. "
        "There was no draw.",
    ),
    "ronde_no_seed": (
        "Er is meer aangevraagd dan het budget: er moet geloot worden. Geef het vooraf "
        "bekendgemaakte lotingszaad met --loting-zaad.",
        "More is requested than the budget: a draw is needed. Give the seed announced in "
        "advance with --loting-zaad.",
    ),
    "ronde_draw_title": ("Loting", "Draw"),
    "ronde_draw_how": (
        "Er is meer aangevraagd dan het budget, dus is er geloot met het zaad '{seed}'. Zo "
        "gaat de loting, en zo kan iedereen haar overdoen: (1) elke aanvraag die toegekend "
        "mag worden, heeft een sleutel: de naam van de coördinerende gemeente en de naam van "
        "het experiment, elk in kleine letters, zonder accenten, leestekens en een voorafgaand "
        "'gemeente', met één spatie tussen de woorden, verbonden door '|' (kolom Sleutel); "
        "(2) het lot van een aanvraag is de SHA-256 (hexadecimaal, kleine letters) van de "
        "UTF-8-tekst zaad + '|' + sleutel (kolom Lot (SHA-256)); (3) de aanvragen worden "
        "gesorteerd op hun lot, van klein naar groot (kolom Lot (volgorde)); (4) in die "
        "volgorde wordt een aanvraag toegekend als haar hele uitkering nog in het budget "
        "past; past zij niet, dan is zij uitgeloot en komt de volgende aan de beurt (een "
        "uitkering wordt nooit verlaagd). De volgorde van de bestanden en het aantal "
        "werkprocessen doen niet ter zake. Dit is de procedure van spukdos; hoe de "
        "uitvoeringsorganisatie loot, bepalen haar eigen regels.",
        "More is requested than the budget, so there was a draw with the seed '{seed}'. "
        "This is how it works, and how anyone can redo it: (1) each application that may be "
        "granted has a key: the name of the coordinating municipality and the name of the "
        "experiment, each in lower case, without accents, punctuation and a leading "
        "'gemeente', with one space between words, joined by '|' (column Key); (2) an "
        "application's lot is the SHA-256 (hexadecimal, lower case) of the UTF-8 text seed + "
        "'|' + key (column Lot (SHA-256)); (3) the applications are sorted by their lot, "
        "smallest first (column Lot (order)); (4) in that order an application is granted "
        "when its whole grant still fits the budget; when it does not, it is not drawn and "
        "the next one is tried (a grant is never cut down). The order of the files and the "
        "number of worker processes do not matter. This is spukdos's procedure; how the "
        "grant office draws is decided by its own rules.",
    ),
    "ronde_duplicates": ("Dezelfde aanvraag meer dan eens", "The same application more than once"),
    "ronde_no_duplicates": (
        "Geen aanvraag is meer dan eens ingediend.",
        "No application was submitted more than once.",
    ),
    "ronde_counts": ("Telt", "Counts"),
    "ronde_not_counted": ("Telt niet", "Does not count"),
    "ronde_counts_named": ("genoemd met --geldt", "named with --geldt"),
    "ronde_counts_latest": ("het laatst gewijzigd", "changed last"),
    "ronde_advice_note": (
        "Het advies van het zorgkantoor hoort bij het aanvraagformulier; staat het niet in "
        "het bestand (R050), dan telt dat hier niet als onvolledig (met --advies-vereist "
        "wel). Controleer het advies dan zelf.",
        "The care office's advice belongs to the application form; when it is not in the "
        "file (R050) that does not count as incomplete here (it does with "
        "--advies-vereist). Check the advice yourself.",
    ),
    "ronde_letters_written": (
        "{count} brieven geschreven in {folder}",
        "{count} letters written in {folder}",
    ),
    "ronde_rule": (
        "Regel van de status: docs/ronde.md (of spukdos ronde --help).",
        "Rule of the status: docs/ronde.md (or spukdos ronde --help).",
    ),
    # usage errors
    "ronde_bad_budget": (
        "--budget {text} is geen bedrag dat eenduidig te lezen is; schrijf bijvoorbeeld "
        "2.500.000, € 900.000,00 of 900000.",
        "--budget {text} is not an amount that reads one way only; write for example "
        "2.500.000, € 900.000,00 or 900000.",
    ),
    "ronde_no_such_path": (
        "{path} bestaat niet.",
        "{path} does not exist.",
    ),
    "ronde_empty_seed": (
        "--loting-zaad mag niet leeg zijn.",
        "--loting-zaad must not be empty.",
    ),
    "ronde_named_unknown": (
        "--geldt {file}: dat bestand is niet een van de aanvragen van de ronde.",
        "--geldt {file}: that file is not one of the round's applications.",
    ),
    "ronde_letters_not_a_folder": (
        "--brieven {folder}: geen map.",
        "--brieven {folder}: not a folder.",
    ),
    "ronde_template_unusable": (
        "Het sjabloon van de brief {file} is niet te gebruiken: {reason}",
        "The letter's template {file} cannot be used: {reason}",
    ),
    "ronde_template_line": (
        "op regel {line}: '{detail}' (Jinja2)",
        "on line {line}: '{detail}' (Jinja2)",
    ),
    "ronde_template_missing": ("het bestand is er niet", "the file is not there"),
    "ronde_template_fails": (
        "het invullen mislukt: '{detail}' (Jinja2)",
        "filling it in fails: '{detail}' (Jinja2)",
    ),
    "ronde_unknown_format": (
        "Onbekend formaat voor het overzicht {file}: gebruik .xlsx, .csv, .html of .json.",
        "Unknown format for the overview {file}: use .xlsx, .csv, .html or .json.",
    ),
}
"""Label key -> (Dutch, English)."""
