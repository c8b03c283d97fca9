"""Where a finding code is explained on the web, and its name for machines: what SARIF's
``informationUri``, a rule's ``helpUri`` and its friendly ``name`` say (issue 28).

Each code has a section in ``docs/findings.md`` (written by ``spukdos explain
--markdown``), headed ``## A001: Stated amount does not match``. A code's help link points
at that section in the repository at the tag of the installed version (``v0.2.0``), so
the text read is the text of the version that reported the finding; the anchor is the one
GitHub makes of the heading.

:data:`REPOSITORY` is where spukdos is kept. It has no public home yet: ``ORG`` stands for
it here as in the install lines of the CI recipes in ``docs/ci.md``
(``tests/report/test_registry.py`` holds the two together), so setting the home is a change of
this one line and that page.
"""

from __future__ import annotations

import re
from functools import cache

from spukdos_cli import __version__
from spukdos_cli.messages.catalogue import CODES

REPOSITORY = "https://github.com/ORG/spukdos"
"""The repository of spukdos (its home page: SARIF's ``informationUri``)."""

FINDINGS_DOC = "docs/findings.md"


def heading(code: str) -> str:
    """The heading of ``code``'s section in docs/findings.md."""
    return f"{code}: {CODES[code].title_en}"


def anchor(code: str) -> str:
    """The anchor GitHub gives that heading: lower case, punctuation dropped, each space a
    hyphen (``a001-stated-amount-does-not-match``)."""
    return re.sub(r"[^\w\- ]", "", heading(code).lower()).replace(" ", "-")


def help_uri(code: str) -> str:
    """``code``'s section of docs/findings.md at the installed version's tag."""
    return f"{REPOSITORY}/blob/v{__version__}/{FINDINGS_DOC}#{anchor(code)}"


ARTICLES = frozenset({"a", "an", "the"})


def _pascal(title: str) -> str:
    """``Saving without a basis`` -> ``SavingWithoutBasis``: each word capitalised, the
    rest of it lower case (``YAML`` -> ``Yaml``), articles left out, and a one-letter
    word joined to the next (``e-mail`` -> ``Email``), as SARIF's Pascal case wants."""
    words = [
        w for w in re.findall(r"[A-Za-z0-9]+", title.replace("'", "")) if w.lower() not in ARTICLES
    ]
    joined: list[str] = []
    for word in words:
        if joined and len(joined[-1]) == 1 and joined[-1].isalpha():
            joined[-1] += word
        else:
            joined.append(word)
    return "".join(word.capitalize() for word in joined)


@cache
def friendly_names() -> dict[str, str]:
    """Every code's friendly name, one Pascal-case word made of its English title
    (``StatedAmountDoesNotMatch``, :func:`_pascal`); codes that share a title get their
    code appended, so that no two rules have the same name."""
    names = {code: _pascal(info.title_en) for code, info in CODES.items()}
    taken = list(names.values())
    return {code: name + code if taken.count(name) > 1 else name for code, name in names.items()}
