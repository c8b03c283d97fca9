"""`spukdos trace FILE PATH`: how a figure was derived, from its inputs in the file."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from spukdos_cli.cli import app as cli
from spukdos_cli.compute.calculate import calculate
from spukdos_cli.compute.trace import ALIASES, FIGURE_TERMS, FIGURES, Trace, trace, traceable_paths
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.positions import Position
from spukdos_cli.read.loader import load_path, load_text
from spukdos_cli.report.trace import trace_report
from tests.conftest import AMSTELVEEN, MINIMAL

runner = CliRunner()
ENV = {"COLUMNS": "120", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
AMSTELVEEN_TEXT = AMSTELVEEN.read_text(encoding="utf-8")


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, list(args), env=ENV)
    return result.exit_code, result.output


def traced(path: str, text: str | None = None) -> Trace:
    loaded = load_path(AMSTELVEEN) if text is None else load_text(text)
    assert loaded.case is not None
    result = trace(loaded.case, calculate(loaded.case), loaded.source_map, path)
    assert result is not None
    return result


def position_of(line_text: str, value: str, start: int = 0) -> Position:
    """Where ``value`` stands on the first line from ``start`` that reads ``line_text``."""
    lines = AMSTELVEEN_TEXT.splitlines()
    index = next(i for i in range(start, len(lines)) if lines[i] == line_text)
    return Position(index + 1, lines[index].index(value) + 1)


def render(result: Trace, lang: str = "nl", file: str = "a.yaml") -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, color_system=None, highlight=False)
    console.print(trace_report(result, file, lang))
    return buffer.getvalue()


def test_delay_benefit_shows_a_b_c_with_positions_and_the_rounding() -> None:
    result = traced("baten.uitstel_mpt_vpt.totaal")
    a, b, c = result.inputs
    assert (a.symbol, a.value, a.path) == (
        "A",
        Decimal("182.5"),
        ("baten", "uitstel_mpt_vpt", "dagen"),
    )
    assert (b.symbol, b.value) == ("B", Decimal("6.1"))
    assert (c.symbol, c.value) == ("C", Decimal("285.00"))
    assert a.position == position_of("    dagen: 182.5", "182.5")
    assert c.position == position_of("    kosten_per_dag: 285.00", "285.00")
    # 182,5 × 6,1 = 1.113,25; × 285 = 317.276,25 exactly, so rounding changes nothing
    assert result.exact == Decimal("317276.25") and result.rounded
    assert result.computed == Decimal("317276.25")
    assert result.stated.value == Decimal("317276.25") and result.difference == 0
    assert result.stated.position == position_of("    totaal: 317276.25", "317276.25")


def test_the_rounding_step_is_shown_when_it_changes_the_amount() -> None:
    text = MINIMAL.replace(
        "uitstel_mpt_vpt: {dagen: 10, inwoners: 2, kosten_per_dag: 60.00}",
        "uitstel_mpt_vpt: {dagen: 1, inwoners: 0.5, kosten_per_dag: 0.01, totaal: 0.00}",
    )
    result = traced("baten.uitstel_mpt_vpt", text)
    assert result.exact == Decimal("0.005")  # 1 × 0,5 × € 0,01
    assert result.computed == Decimal("0.01")  # half a cent rounds up
    assert result.difference == Decimal("-0.01")
    out = render(result)
    assert "€ 0,005 → € 0,01" in out
    assert "verschil - € 0,01; 'spukdos check' meldt dit als A001" in out
    assert "€0.005 → €0.01" in render(result, "en")


def test_a_missing_factor_makes_the_product_not_computable() -> None:
    text = MINIMAL.replace("{dagen: 5, inwoners: 1, kosten_per_dag: 100.00}", "{dagen: 5}")
    result = traced("baten.uitstel_intramuraal.totaal", text)
    assert result.exact is None and result.computed is None
    assert [i.value for i in result.inputs] == [Decimal(5), None, None]
    out = render(result)
    assert "niet te berekenen: A, B en C zijn alle drie nodig" in out
    assert "Berekend: —" in out


def test_sums_list_every_post_with_its_name() -> None:
    result = traced("kosten.uitvoering")
    assert [i.value for i in result.inputs] == [
        Decimal(v)
        for v in ("100000.00", "35000.00", "95000.00", "50000.00", "475000.00", "25000.00")
    ]
    assert result.inputs[0].name == "Projectmanagement"
    assert result.inputs[5].path == ("kosten", "uitvoering", 5, "bedrag")
    assert result.computed == Decimal("780000.00") and not result.rounded
    assert result.stated.path == ("opgave", "uitvoeringskosten")


@pytest.mark.parametrize("path", list(FIGURES))
def test_every_trace_adds_up_to_the_computed_figure(path: str) -> None:
    result = traced(path)
    values = [i.value or Decimal(0) for i in result.inputs]
    if result.operation == "sum":
        assert sum(values, Decimal(0)) == result.exact
    elif result.operation == "difference":
        assert values[0] - sum(values[1:], Decimal(0)) == result.exact
    else:
        product = Decimal(1)
        for value in values:
            product *= value
        assert product == result.exact
    assert result.figure == FIGURE_TERMS[path]
    assert result.path == path


def test_net_effect_points_at_the_figures_it_is_made_of() -> None:
    result = traced("saldo")
    assert result.path == "opgave.saldo"
    assert [(i.figure, i.value) for i in result.inputs] == [
        ("opgave.totaal_baten", Decimal("858525.00")),
        ("opgave.totaal_kosten", Decimal("780000.00")),
    ]
    assert result.computed == Decimal("78525.00") == result.stated.value
    assert "spukdos trace a.yaml opgave.totaal_baten" in render(result)


def test_financing_sums_contributions_and_the_grant() -> None:
    result = traced("financiering")
    assert [i.value for i in result.inputs] == [
        Decimal("78000.00"),
        Decimal("78000.00"),
        Decimal("624000.00"),
    ]
    assert result.inputs[-1].path == ("financiering", "uitkering")


@pytest.mark.parametrize("alias", list(ALIASES))
def test_aliases_name_the_same_figure(alias: str) -> None:
    assert traced(alias) == traced(ALIASES[alias])


def test_file_text_in_a_trace_is_shown_not_executed() -> None:
    text = MINIMAL.replace('kostenpost: "Training"', 'kostenpost: "[bold]x\\e[2J"')
    out = render(traced("kosten.uitvoering", text))
    assert "[bold]x\\x1b[2J" in out and "\x1b" not in out


# -- the command ------------------------------------------------------------------------
def test_trace_command_shows_the_derivation() -> None:
    code, out = run("trace", str(AMSTELVEEN), "baten.uitstel_mpt_vpt.totaal")
    assert code == ExitCode.OK
    assert "A × B × C" in out and "182,5 × 6,1 × € 285,00" in out
    where = position_of("    dagen: 182.5", "182.5")
    assert f"{AMSTELVEEN}:{where.line}:{where.col}" in out
    assert "✓ gelijk aan het berekende bedrag" in out


def test_trace_command_in_english() -> None:
    code, out = run("trace", "--lang", "en", str(AMSTELVEEN), "opgave.saldo")
    assert code == ExitCode.OK
    assert "Computed: +€78,525.00" in out
    assert "Rounding: none: sums and differences are exact" in out


def test_unknown_path_lists_the_traceable_ones() -> None:
    result = runner.invoke(cli.app, ["trace", str(AMSTELVEEN), "baten.totaal"], env=ENV)
    assert result.exit_code == ExitCode.USAGE
    assert "'baten.totaal' is geen bedrag" in result.output
    for path in traceable_paths():
        assert path in result.output


def test_trace_of_an_unreadable_file_exits_one_with_the_finding(tmp_path: Path) -> None:
    code, out = run("trace", str(tmp_path / "nope.yaml"), "opgave.saldo")
    assert code == ExitCode.FINDINGS
    assert "Y001" in out


def test_trace_of_a_file_with_errors_warns_and_exits_one(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(MINIMAL.replace("bedrag: 400.00", "bedrag: 1.250"), encoding="utf-8")
    code, out = run("trace", str(path), "kosten.uitvoering")
    assert code == ExitCode.FINDINGS
    assert "het bestand bevat fouten" in out
    assert "kosten.uitvoering[1].bedrag = —" in out  # the unreadable value is left out


def test_trace_of_a_fresh_starter_says_which_factors_are_empty() -> None:
    from spukdos_cli.authoring.starter import starter_text
    from spukdos_cli.grant.rules import rules_for

    result = traced("baten.uitstel_mpt_vpt", starter_text("cofinanciering", 2025, rules_for(2025)))
    assert [i.value for i in result.inputs] == [None, None, None]
    assert all(i.position is not None for i in result.inputs)  # the keys are there, empty
    out = render(result)
    assert out.count(" = —  leeg") == 3
    assert "Opgegeven: niet opgegeven" in out
