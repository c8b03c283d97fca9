"""Finding-code documentation, `spukdos explain`, `spukdos rules` and `spukdos prices`."""

from __future__ import annotations

from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.messages.catalogue import CODES
from spukdos_cli.messages.explanations import EXPLANATIONS
from spukdos_cli.report.reference import findings_markdown
from tests.conftest import ROOT

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def test_every_code_has_a_title_source_and_explanation_in_both_languages() -> None:
    for code, info in CODES.items():
        assert info.title_nl and info.title_en and info.source, code
        nl, en = EXPLANATIONS[code]
        assert len(nl) > 20 and len(en) > 20, code


def test_no_explanation_for_a_code_that_does_not_exist() -> None:
    assert set(EXPLANATIONS) <= set(CODES)


def test_docs_findings_md_is_in_step_with_the_code() -> None:
    committed = (ROOT / "docs" / "findings.md").read_text(encoding="utf-8")
    assert committed == findings_markdown(), (
        "docs/findings.md is out of date: run `spukdos explain --markdown > docs/findings.md`"
    )


def test_explain_prints_the_explanation() -> None:
    result = runner.invoke(cli.app, ["explain", "q008"], env=ENV)
    assert result.exit_code == ExitCode.OK
    assert "Q008 (waarschuwing): Positief alleen dankzij een schatting" in result.output
    unknown = runner.invoke(cli.app, ["explain", "Z999"], env=ENV)
    assert unknown.exit_code == ExitCode.USAGE


def test_rules_prints_parameters_with_sources() -> None:
    result = runner.invoke(cli.app, ["rules", "--jaar", "2025"], env=ENV)
    assert result.exit_code == ExitCode.OK
    assert "bedrag_per_client = € 2.725,00" in result.output
    assert "Businesscase Experimenten domeinoverstijgend samenwerken (SPUK DOS) 2025" in (
        " ".join(result.output.split())
    )
    assert runner.invoke(cli.app, ["rules", "--jaar", "2019"], env=ENV).exit_code == 2


def test_prices_lists_the_builtin_and_an_own_list() -> None:
    result = runner.invoke(cli.app, ["prices"], env=ENV)
    assert result.exit_code == ExitCode.OK
    assert "zi-verpleeghuis-dag-2022" in result.output and "€ 290,00" in result.output
    own = runner.invoke(
        cli.app, ["prices", "--file", str(ROOT / "docs" / "prijslijst-voorbeeld.yaml")], env=ENV
    )
    assert own.exit_code == ExitCode.OK and "Voorbeeld eigen prijslijst" in own.output


def test_check_with_a_broken_price_list_is_a_configuration_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "p.yaml"
    bad.write_text("naam: x\n", encoding="utf-8")
    result = runner.invoke(
        cli.app,
        ["check", "--prices", str(bad), str(ROOT / "examples" / "amstelveen.yaml")],
        env=ENV,
    )
    assert result.exit_code == ExitCode.USAGE


def test_check_tolerance_option() -> None:
    args = ["check", "--tolerantie", "5%", str(ROOT / "examples" / "centraal-persoon.yaml")]
    assert runner.invoke(cli.app, args, env=ENV).exit_code == ExitCode.OK
    bad = ["check", "--tolerantie", "veel", str(ROOT / "examples" / "centraal-persoon.yaml")]
    assert runner.invoke(cli.app, bad, env=ENV).exit_code == ExitCode.USAGE
