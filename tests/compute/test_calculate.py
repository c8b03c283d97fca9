"""The calculation core: every figure of the reference application, and its properties."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from spukdos_cli.compute.calculate import calculate, delay_benefit
from spukdos_cli.form.model import (
    Baten,
    Businesscase,
    Kosten,
    Kostenpost,
    OverigeBesparing,
    Uitstel,
)
from spukdos_cli.form.money import round_cents
from spukdos_cli.read.loader import load_path
from tests.conftest import AMSTELVEEN

D = Decimal


def _amstelveen() -> Businesscase:
    loaded = load_path(AMSTELVEEN)
    assert loaded.case is not None, loaded.findings
    return loaded.case


def test_amstelveen_costs() -> None:
    calc = calculate(_amstelveen())
    assert calc.initiele_kosten == D("0.00")
    # 100.000 + 35.000 + 95.000 + 50.000 + 475.000 + 25.000
    assert calc.uitvoeringskosten == D("780000.00")
    assert calc.totaal_kosten == D("780000.00")


def test_amstelveen_benefits_a_times_b_times_c() -> None:
    calc = calculate(_amstelveen())
    mpt = calc.uitstel_mpt_vpt
    assert (mpt.dagen, mpt.inwoners, mpt.kosten_per_dag) == (D("182.5"), D("6.1"), D("285.00"))
    assert mpt.totaal == D("317276.25")  # 182,5 × 6,1 × 285,00, exact
    intramural = calc.uitstel_intramuraal
    assert intramural.exact == D("420589.5")  # 182,5 × 6,9 × 334,00
    assert intramural.totaal == D("420589.50")
    assert str(intramural.totaal) == "420589.50"
    assert calc.overige_besparingen == D("120659.25")
    assert calc.totaal_baten == D("858525.00")


def test_amstelveen_net_effect_and_financing() -> None:
    calc = calculate(_amstelveen())
    assert calc.saldo == D("78525.00")
    assert calc.positief is True
    # 78.525 / 780.000 = 10,0673...% -> 10,07 %
    assert calc.marge_pct == D("10.07")
    assert calc.bijdragen == D("156000.00")
    assert calc.uitkering == D("624000.00")
    assert calc.financiering_totaal == D("780000.00")
    assert calc.aandeel_uitkering_pct == D("80.00")
    assert calc.aandeel_cofinanciering_pct == D("20.00")


def test_rounding_is_half_up_to_cents() -> None:
    # 1 day × 1 resident × 0,005 is not an amount; use factors that give half a cent:
    benefit = delay_benefit(Uitstel(dagen=D("0.5"), inwoners=D("1"), kosten_per_dag=D("0.01")))
    assert benefit.exact == D("0.005")
    assert benefit.totaal == D("0.01")  # half up, not banker's rounding (which gives 0.00)
    assert round_cents(D("2.345")) == D("2.35")
    assert round_cents(D("-2.345")) == D("-2.35")


def test_missing_factor_gives_no_benefit() -> None:
    benefit = delay_benefit(Uitstel(dagen=D("10"), inwoners=None, kosten_per_dag=D("5.00")))
    assert benefit.totaal is None
    assert benefit.amount == D("0.00")


# -- properties --------------------------------------------------------------------------
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
whole = st.integers(min_value=0, max_value=10_000).map(Decimal)


def _case(
    posts: list[Decimal], others: list[Decimal], a: Decimal, b: Decimal, c: Decimal
) -> Businesscase:
    return Businesscase(
        spukdos=1,
        kosten=Kosten(uitvoering=tuple(Kostenpost(bedrag=p) for p in posts)),
        baten=Baten(
            uitstel_mpt_vpt=Uitstel(dagen=a, inwoners=b, kosten_per_dag=c),
            overige=tuple(OverigeBesparing(bedrag=o) for o in others),
        ),
    )


@settings(derandomize=True, max_examples=200)
@given(
    st.lists(amounts, max_size=8),
    st.lists(amounts, max_size=4),
    whole,
    whole,
    amounts,
    st.randoms(use_true_random=False),
)
def test_totals_do_not_depend_on_item_order(posts, others, a, b, c, rnd) -> None:  # type: ignore[no-untyped-def]
    before = calculate(_case(posts, others, a, b, c))
    rnd.shuffle(posts)
    rnd.shuffle(others)
    after = calculate(_case(posts, others, a, b, c))
    assert after == before


@settings(derandomize=True, max_examples=200)
@given(
    st.lists(amounts, max_size=8),
    st.lists(amounts, max_size=4),
    whole,
    whole,
    amounts,
    st.integers(min_value=0, max_value=1000),
)
def test_scaling_all_amounts_scales_all_totals(posts, others, a, b, c, k) -> None:  # type: ignore[no-untyped-def]
    # A and B are whole numbers here, so A × B × C is whole cents and nothing is rounded.
    base = calculate(_case(posts, others, a, b, c))
    scaled = calculate(_case([p * k for p in posts], [o * k for o in others], a, b, c * k))
    assert scaled.totaal_kosten == base.totaal_kosten * k
    assert scaled.totaal_baten == base.totaal_baten * k
    assert scaled.saldo == base.saldo * k


@settings(derandomize=True, max_examples=200)
@given(
    st.lists(amounts, max_size=8),
    st.lists(amounts, max_size=4),
    st.decimals(min_value=0, max_value=1000, places=1),
    st.decimals(min_value=0, max_value=100, places=1),
    amounts,
)
def test_net_effect_is_benefits_minus_costs(posts, others, a, b, c) -> None:  # type: ignore[no-untyped-def]
    calc = calculate(_case(posts, others, a, b, c))
    assert calc.saldo == calc.totaal_baten - calc.totaal_kosten
    assert calc.totaal_baten == calc.uitstel_mpt_vpt.amount + calc.overige_besparingen
    assert calc.uitstel_mpt_vpt.totaal == round_cents(a * b * c)
    assert calc.positief == (calc.saldo >= 0)
