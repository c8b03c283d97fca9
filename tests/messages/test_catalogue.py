"""Every message, term and label exists in Dutch and English, with the same placeholders.

spukdos keeps its two languages side by side in code (messages/catalogue.py, labels.py,
explanations.py) rather than in gettext catalogs; this test is what guarantees that no
message lacks a translation, that both versions take the same parameters, that every
text is written once, and that one function picks the language.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from spukdos_cli.messages.catalogue import CODES, TERMS
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.messages.labels import LABELS
from tests.conftest import ROOT


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
    assert placeholders(nl) == placeholders(en), key


def test_terms_and_labels_are_one_namespace_with_each_text_once() -> None:
    assert set(TERMS) & set(LABELS) == set()
    seen: dict[tuple[str, str], str] = {}
    for key, pair in [*TERMS.items(), *LABELS.items()]:
        if key:
            assert pair not in seen, f"{key} repeats {seen.get(pair)}"
            seen[pair] = key


def test_one_function_picks_the_language() -> None:
    """Only messages/lang.py chooses between Dutch and English texts; formatting.py
    writes numbers the language's way (decimal mark, euro sign, per cent)."""
    allowed = {Path("messages/lang.py"), Path("messages/formatting.py")}
    package = ROOT / "src" / "spukdos_cli"
    choosers = [
        path.relative_to(package)
        for path in package.rglob("*.py")
        if re.search(r"""lang\s*==\s*["']en["']""", path.read_text(encoding="utf-8"))
    ]
    assert set(choosers) <= allowed, choosers


def test_explanations_cover_every_code_in_both_languages() -> None:
    assert set(EXPLANATIONS) == set(CODES)
    for nl, en in EXPLANATIONS.values():
        assert nl.strip() and en.strip()


def test_every_label_the_code_asks_for_exists() -> None:
    """A label or term named literally in the code (``label("saldo", lang)``) exists."""
    package = ROOT / "src" / "spukdos_cli"
    asked = re.compile(r"""\b(?:label|term|Term)\(\s*["']([a-z_0-9]+)["']\s*[,)]""")
    missing = [
        (path.name, key)
        for path in package.rglob("*.py")
        for key in asked.findall(path.read_text(encoding="utf-8"))
        if key not in LABELS and key not in TERMS
    ]
    assert missing == []
