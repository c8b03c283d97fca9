"""Money arithmetic and the one rounding rule.

All amounts are :class:`~decimal.Decimal`. Sums of amounts are exact. The only rounding
spukdos does is where the form itself shows a rounded figure: each A × B × C product is
rounded to whole cents, half up (``ROUND_HALF_UP``). Arithmetic runs in a context wide
enough that no intermediate result is ever rounded and nothing overflows (inputs are bounded
by :data:`spukdos_cli.form.numbers.MAX_INTEGER_DIGITS`; the bound is in
:mod:`spukdos_cli.exact`), whatever the caller's own decimal context.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, Inexact

from spukdos_cli.exact import CONTEXT, PRECISION

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

EXACT = Context(prec=PRECISION, traps=[Inexact])
"""Context for sums and products: wide, and loud if anything would be rounded."""


def round_cents(value: Decimal) -> Decimal:
    """Round to whole cents, half up: the rule the form applies to A × B × C."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=CONTEXT)


def total(values: list[Decimal] | tuple[Decimal, ...]) -> Decimal:
    """Exact sum, shown in cents."""
    result = ZERO
    for value in values:
        result = EXACT.add(result, value)
    return result


def product(*factors: Decimal) -> Decimal:
    """Exact product of the factors."""
    result = Decimal(1)
    for factor in factors:
        result = EXACT.multiply(result, factor)
    return result


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """``part / whole`` as a percentage with two decimals (half up); None when whole is 0."""
    if whole == 0:
        return None
    wide = CONTEXT
    return wide.divide(wide.multiply(part, Decimal(100)), whole).quantize(
        CENT, rounding=ROUND_HALF_UP, context=wide
    )


def percent_of(whole: Decimal, pct: Decimal) -> Decimal:
    """``pct`` percent of ``whole``, exactly (never rounded): the limit a share rule sets,
    compared with an amount to the cent (80 % of € 780.000,00 is € 624.000,00)."""
    return EXACT.scaleb(product(whole, pct), Decimal(-2))
