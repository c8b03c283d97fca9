"""Every message, term and label exists in Dutch and English, with the same placeholders.

spukdos keeps its two languages side by side in code (codes.py, labels.py,
explanations.py) rather than in gettext catalogs; this test is what guarantees that no
message lacks a translation and that both versions take the same parameters.
"""

from __future__ import annotations

import string

import pytest

from spukdos_cli.messages.catalogue import CODES, TERMS
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.messages.labels import LABELS


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CODES))
def test_code_messages_are_translated_with_the_same_placeholders(code: str) -> None:
    info = CODES[code]
    assert info.message_nl.strip() and info.message_en.strip()
    assert info.title_nl.strip() and info.title_en.strip()
    assert placeholders(info.message_nl) == placeholders(info.message_en)


@pytest.mark.parametrize("key", sorted(k for k in TERMS if k))
def test_terms_are_translated(key: str) -> None:
    nl, en = TERMS[key]
    assert nl.strip() and en.strip(), key
    assert placeholders(nl) == placeholders(en), key


@pytest.mark.parametrize("key", sorted(LABELS))
def test_labels_are_translated(key: str) -> None:
    nl, en = LABELS[key]
    assert nl.strip() and en.strip(), key


def test_explanations_cover_every_code_in_both_languages() -> None:
    assert set(EXPLANATIONS) == set(CODES)
    for nl, en in EXPLANATIONS.values():
        assert nl.strip() and en.strip()
