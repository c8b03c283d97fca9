"""The decimal context every figure is computed in: wide enough that nothing is rounded
by accident and nothing overflows, for every value the reader accepts.

Python's default context keeps 28 significant digits; an accepted A × B × C has up to 45
integer digits (each factor up to :data:`~spukdos_cli.form.numbers.MAX_INTEGER_DIGITS` =
15) and 10 decimals, so it would be rounded or raise. The bound, written out:

* every number read has at most 15 integer digits and at most 4 decimals (factors) or 2
  (money): at most 19 significant digits;
* a product A × B × C therefore has at most 57 significant digits (45 + 10 decimals);
* a sum of such amounts, over at most 10^9 items, adds at most 10 more digits;
* a difference, a share in percent (× 100) or a comparison adds at most a few more.

:data:`PRECISION` (200 digits) is far above all of these, so every sum, difference and
product of accepted values is exact; only a division (the analysis, percentages) and
:func:`~spukdos_cli.form.money.round_cents` round, each at its declared place. The
exponent range is Python's default (10^999999), far beyond any such value.

The command line runs every command in this context (:func:`exact`), and so do a batch's
checks of a file and :func:`~spukdos_cli.checks.pipeline.check_loaded`; the money helpers and the
number formatting pass it explicitly, so they are exact whatever the caller's context.
"""

from __future__ import annotations

import decimal
from contextlib import AbstractContextManager
from decimal import Context

PRECISION = 200
"""Significant digits of :data:`CONTEXT` (see the bound in the module docstring)."""

CONTEXT = Context(prec=PRECISION)
"""The wide context: default rounding (half even, used only by divisions) and the
default traps (invalid operation, division by zero, overflow)."""


def exact() -> AbstractContextManager[Context]:
    """A ``with`` block that runs in :data:`CONTEXT` (a copy, restored on exit)."""
    return decimal.localcontext(CONTEXT)
