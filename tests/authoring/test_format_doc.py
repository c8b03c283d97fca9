"""docs/format.md is generated from the model, and the form's questions cover every key."""

from __future__ import annotations

from spukdos_cli.authoring.format_doc import format_markdown
from spukdos_cli.authoring.keys import all_keys, required_paths
from spukdos_cli.form.questions import QUESTIONS
from tests.conftest import ROOT


def test_committed_format_doc_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    assert committed == format_markdown(), (
        "docs/format.md is out of date: run `spukdos schema --markdown > docs/format.md` "
        "and review the diff"
    )


def test_every_key_has_a_question_and_every_question_a_key() -> None:
    keys = {key.path for key in all_keys()}
    assert keys == set(QUESTIONS)


def test_format_doc_lists_every_key_once() -> None:
    text = format_markdown()
    for key in all_keys():
        assert text.count(f"| `{key.path}` |") == 1, key.path


def test_required_follows_completeness_per_variant() -> None:
    cofinancing, central = required_paths("cofinanciering"), required_paths("centraal_persoon")
    assert "financiering.bijdragen" in cofinancing - central
    assert "financiering.aantal_clienten" in central - cofinancing
    assert "partijen[].contactpersonen[].email" in cofinancing & central
    assert "opgave.saldo" not in cofinancing | central  # stated totals are optional
    text = format_markdown()
    assert "| `financiering.aantal_clienten` | whole number | only `centraal_persoon` |" in text
    assert "| `experiment.variant` | choice: `cofinanciering`, `centraal_persoon` | yes |" in text
