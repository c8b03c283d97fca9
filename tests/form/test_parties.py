"""One matcher of a financing partner to the cooperating parties, for R006 and analyse."""

from __future__ import annotations

from decimal import Decimal

from spukdos_cli.compute.analysis import party_balance
from spukdos_cli.compute.calculate import calculate
from spukdos_cli.form.model import Businesscase, Partij
from spukdos_cli.form.parties import parties_named
from tests.conftest import MINIMAL, check_text, codes

PARTIES = (
    Partij(rol="zorgverzekeraar", organisatie="Zorg & Zekerheid"),
    Partij(rol="zorgaanbieder", organisatie="Stichting Brentano Amstelveen"),
    Partij(rol="gemeente", organisatie="Gemeente Amstelveen"),
    Partij(rol="zorgaanbieder", organisatie="Amstelring"),
)


def test_the_same_spelling_wins_over_a_part_of_a_name() -> None:
    # "Amstelring" is also part of no other name, but "Gemeente Amstelveen" contains
    # "Amstelveen": the exact spelling decides when there is one
    assert parties_named("amstelring ", PARTIES) == (PARTIES[3],)
    assert parties_named("Gemeente  AMSTELVEEN", PARTIES) == (PARTIES[2],)


def test_ampersand_and_en_are_the_same_word() -> None:
    assert parties_named("Zorg en Zekerheid", PARTIES) == (PARTIES[0],)


def test_a_short_name_finds_the_full_one_and_a_vague_one_finds_several() -> None:
    assert parties_named("Brentano", PARTIES) == (PARTIES[1],)
    assert parties_named("Amstelveen", PARTIES) == (PARTIES[1], PARTIES[2])
    assert parties_named("Onbekend", PARTIES) == ()
    assert parties_named("  ", PARTIES) == ()


def test_r006_and_the_who_pays_table_agree() -> None:
    text = MINIMAL.replace('partij: "Gemeente Voorbeeld"', 'partij: "gemeente  voorbeeld"')
    assert text != MINIMAL
    result = check_text(text)
    assert "R006" not in codes(result)
    assert "R006" in codes(check_text(MINIMAL.replace('partij: "Gemeente', 'partij: "Stad')))
    case = result.case
    assert isinstance(case, Businesscase)
    rows = party_balance(case, calculate(case))
    gemeente = next(r for r in rows if r.role == "gemeente")
    assert gemeente.kind == "payer" and gemeente.pays > Decimal(0)
