"""The verdict: is the businesscase positive? One decision and one vocabulary for it.

The form's criterion is that the expected benefits are at least as large as the costs
(source 000). The verdict is given once the cost and benefit sections are complete and
the file's values could all be read; every report, the batch table and the CI summaries
show this same verdict, by these names:

``positive``    benefits >= costs
``negative``    benefits < costs (finding V001)
``not_judged``  costs or benefits incomplete, or values that could not be read
``unreadable``  the file could not be read into a businesscase at all
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, get_args

from spukdos_cli.checks.completeness import FINANCIAL_SECTIONS, SectionStatus
from spukdos_cli.compute.calculate import Calculation
from spukdos_cli.findings import Finding, Severity
from spukdos_cli.positions import SourceMap

Verdict = Literal["positive", "negative", "not_judged", "unreadable"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
"""Every verdict, in the order summaries list them."""


def verdict(calc: Calculation | None, ready: bool) -> Verdict:
    """The verdict of a file with calculation ``calc`` (None: not read) that is ``ready``
    for one (:func:`verdict_ready`, and no value left out)."""
    if calc is None:
        return "unreadable"
    if not ready:
        return "not_judged"
    return "positive" if calc.positief else "negative"


def verdict_ready(statuses: tuple[SectionStatus, ...]) -> bool:
    """The verdict needs the cost and benefit sections to be complete."""
    return all(s.complete for s in statuses if s.section.key in FINANCIAL_SECTIONS)


def check_verdict(
    calc: Calculation, statuses: tuple[SectionStatus, ...], source_map: SourceMap
) -> Iterator[Finding]:
    """V001: the form's criterion, expected benefits at least as large as the costs."""
    if not verdict_ready(statuses) or calc.positief:
        return
    yield Finding(
        "V001",
        Severity.ERROR,
        ("baten",),
        source_map.locate(("baten",), prefer_key=True),
        {"benefits": calc.totaal_baten, "costs": calc.totaal_kosten, "saldo": calc.saldo},
    )
