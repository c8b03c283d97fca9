"""Completeness, stated-versus-computed totals and the verdict, on inline snippets."""

from __future__ import annotations

from decimal import Decimal

from spukdos_cli.checks.pipeline import FileResult
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.messages.catalogue import render
from tests.conftest import MINIMAL, check_text, problems


def first_problem(result: FileResult) -> Finding:
    return next(f for f in result.findings if f.severity is not Severity.INFO)


def test_minimal_case_is_complete_and_positive() -> None:
    result = check_text(MINIMAL)
    assert problems(result) == []
    assert result.complete
    assert result.calculation is not None
    assert result.calculation.totaal_kosten == Decimal("1000.00")
    assert result.calculation.totaal_baten == Decimal("1700.00")


def test_a_missing_question_makes_its_section_incomplete() -> None:
    result = check_text(MINIMAL.replace("  einddatum: 2025-12-31\n", ""))
    assert problems(result) == ["C001"]
    finding = first_problem(result)
    assert finding.path == ("experiment",)
    assert finding.position.line == 3  # the 'experiment:' key
    status = {s.section.key: s for s in result.sections}
    assert status["looptijd"].missing == ("experiment.einddatum",)
    # the message names the question in words, the data path stays for machines
    assert "vul nog in: einddatum." in render(finding, "nl")
    assert "still to fill in: end date." in render(finding, "en")
    assert "2. Looptijd" in render(finding, "nl")
    assert "2. Term" in render(finding, "en")


def test_empty_text_counts_as_missing() -> None:
    result = check_text(MINIMAL.replace('doelstelling: "Doel"', 'doelstelling: "  "'))
    status = {s.section.key: s for s in result.sections}
    assert status["doelstelling"].missing == ("beschrijving.doelstelling",)


def test_a_bare_draft_lists_every_section_and_nothing_else() -> None:
    result = check_text("spukdos: 1\n")
    # the monitor is mandatory and no section of the form asks for it: a warning (issue 26)
    assert set(problems(result)) == {"C001", "R031"}
    assert len(problems(result)) == len(result.sections) + 1
    assert not result.verdict_ready  # no verdict on an empty draft


def test_zero_cost_post_needs_no_executor() -> None:
    text = MINIMAL.replace(
        "  initieel: []\n", '  initieel:\n    - {kostenpost: "Geen", bedrag: 0}\n'
    )
    assert problems(check_text(text)) == []
    text = MINIMAL.replace(
        "  initieel: []\n", '  initieel:\n    - {kostenpost: "Huur", bedrag: 10}\n'
    )
    status = {s.section.key: s for s in check_text(text).sections}
    assert status["initiele_kosten"].missing == (
        "kosten.initieel[0].beschrijving",
        "kosten.initieel[0].uitvoerder",
    )


def test_centraal_persoon_needs_number_of_clients_not_contributions() -> None:
    text = MINIMAL.replace("variant: cofinanciering", "variant: centraal_persoon")
    status = {s.section.key: s for s in check_text(text).sections}
    assert status["financiering"].missing == ("financiering.aantal_clienten",)


def test_stated_total_that_matches_is_silent() -> None:
    text = MINIMAL + "opgave:\n  totaal_kosten: 1000.00\n  saldo: '+/+ € 700,00'\n"
    assert problems(check_text(text)) == []


def test_stated_total_that_differs_names_stated_computed_and_difference() -> None:
    text = MINIMAL + "opgave:\n  totaal_kosten: 1000.00\n  saldo: 750.00\n"
    result = check_text(text)
    assert problems(result) == ["A001"]
    finding = first_problem(result)
    assert finding.path == ("opgave", "saldo")
    saldo_line = MINIMAL.count("\n") + 3  # after 'opgave:' and 'totaal_kosten:'
    assert (finding.position.line, finding.position.col) == (saldo_line, 10)
    assert finding.stated == Decimal("750.00")
    assert finding.computed == Decimal("700.00")
    assert finding.difference == Decimal("50.00")
    message = render(finding, "nl")
    assert "€ 750,00" in message and "€ 700,00" in message and "+ € 50,00" in message
    assert "€750.00" in render(finding, "en")


def test_stated_abc_total_is_checked_to_the_cent() -> None:
    text = MINIMAL.replace(
        "uitstel_mpt_vpt: {dagen: 10, inwoners: 2, kosten_per_dag: 60.00}",
        "uitstel_mpt_vpt: {dagen: 10, inwoners: 2, kosten_per_dag: 60.00, totaal: 1200.01}",
    )
    result = check_text(text)
    assert problems(result) == ["A001"]
    assert first_problem(result).path == ("baten", "uitstel_mpt_vpt", "totaal")
    assert first_problem(result).difference == Decimal("0.01")


def test_stated_financing_total_is_checked() -> None:
    text = MINIMAL.replace("  uitkering: 800.00\n", "  uitkering: 800.00\n  totaal: 900.00\n")
    result = check_text(text)
    assert problems(result) == ["A001"]
    assert first_problem(result).computed == Decimal("1000.00")


def test_negative_case_is_an_error_with_the_figures() -> None:
    # costs 2.000,00 financed 20/80 (400 + 1.600), benefits 1.700,00
    text = (
        MINIMAL.replace("bedrag: 400.00", "bedrag: 1400.00")
        .replace("uitkering: 800.00", "uitkering: 1600.00")
        .replace("bedrag: 200.00}", "bedrag: 400.00}")
    )
    result = check_text(text)
    assert problems(result) == ["V001"]
    message = render(first_problem(result), "nl")
    assert "€ 1.700,00" in message and "€ 2.000,00" in message and "- € 300,00" in message


def test_break_even_case_is_positive() -> None:
    # benefits 1.700,00 == costs 1.700,00: the form asks benefits >= costs
    text = (
        MINIMAL.replace("bedrag: 400.00", "bedrag: 1100.00")
        .replace("uitkering: 800.00", "uitkering: 1360.00")
        .replace("bedrag: 200.00}", "bedrag: 340.00}")
    )
    result = check_text(text)
    assert problems(result) == []
    assert result.calculation is not None and result.calculation.saldo == Decimal("0.00")


def test_type_errors_still_report_completeness_but_no_verdict() -> None:
    text = MINIMAL.replace("bedrag: 400.00", "bedrag: 1.250").replace('  gebied: "Wijk"\n', "")
    result = check_text(text)
    assert problems(result) == ["C001", "S004"]
    assert not result.verdict_ready
    # the unreadable amount is reported once (S004), not again as missing; but the
    # section is not complete while it has an answer that could not be read (issue 16)
    status = {s.section.key: s for s in result.sections}
    assert not status["uitvoeringskosten"].complete
    assert status["uitvoeringskosten"].missing == ()
    assert [p.dotted for p in status["uitvoeringskosten"].invalid] == [
        "kosten.uitvoering[1].bedrag"
    ]
    assert status["doelgroep"].missing == ("beschrijving.gebied",)
