"""What an import from the official form left open: the questions the form asks that
the document did not answer (or not readably). Pure.

These are the unanswered questions of the completeness check (:mod:`.completeness`)
less those the form itself does not ask (such as the experiment's name): for those the
applicant has nothing to import from (``read.document.parse.NOT_IN_FORM``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spukdos_cli.checks.completeness import SectionStatus
from spukdos_cli.read.document.parse import NOT_IN_FORM

_INDEX = re.compile(r"\[\d+\]")


def asked_by_form(path: str) -> bool:
    """True for a missing item (a data path) the form itself asks for."""
    return _INDEX.sub("", path) not in NOT_IN_FORM


def form_gaps(statuses: Iterable[SectionStatus]) -> list[str]:
    """The missing items, over all sections, that the form asks for."""
    return [m for s in statuses for m in s.missing if asked_by_form(m)]
