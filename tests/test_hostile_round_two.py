"""Hostile conditions, round two (issue 19): one bad file, name or value is one bad row
or finding; the run goes on, every output stays valid, and the exit code stays 0, 1, 2 or
130 (143/129 for SIGTERM/SIGHUP) as documented.

File names with invalid bytes are made in the tests; devices with ``mknod`` where the test
runs as root. Streams, signals and broken pipes are tried on real processes.
"""

from __future__ import annotations

import decimal
import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.checks.batch import Amounts
from spukdos_cli.cli import app as cli
from spukdos_cli.compute.calculate import calculate
from spukdos_cli.exitcodes import ExitCode

from .conftest import AMSTELVEEN, check_text

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
FORMATS = ["text", "json", "jsonl", "github", "gitlab", "sarif", "junit", "markdown"]

BIG_A = "999999999999999.9999"
BIG_C = "999999999999999.99"


def huge_case() -> str:
    """The reference application with A, B and C at the largest values the reader takes."""
    text = AMSTELVEEN.read_text(encoding="utf-8")
    text = text.replace("    dagen: 182.5\n", f"    dagen: {BIG_A}\n", 1)
    text = text.replace("    inwoners: 6.1\n", f"    inwoners: {BIG_A}\n", 1)
    return text.replace("    kosten_per_dag: 285.00\n", f"    kosten_per_dag: {BIG_C}\n", 1)


# -- items 2 and 3: exact for every accepted value ----------------------------------------------
def test_a_product_beyond_28_digits_is_exact_in_any_context() -> None:
    result = check_text(huge_case())
    assert result.calculation is not None
    benefit = result.calculation.uitstel_mpt_vpt
    assert decimal.getcontext().prec == 28  # the test runs in Python's default context
    with decimal.localcontext(decimal.Context(prec=300)):
        exact = Decimal(BIG_A) * Decimal(BIG_A) * Decimal(BIG_C)
    assert benefit.exact == exact
    assert benefit.totaal == Decimal("999999999999999989800000000000000002010000000.00")
    assert "A001" in [f.code for f in result.findings]  # the stated total differs
    assert calculate(result.case).uitstel_mpt_vpt.totaal == benefit.totaal  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_check_of_a_huge_product_is_a_finding_in_every_format(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "groot.yaml"
    source.write_text(huge_case(), encoding="utf-8")
    result = runner.invoke(cli.app, ["check", "-f", fmt, str(source)], env=ENV)
    assert result.exit_code == ExitCode.FINDINGS, result.output
    if fmt == "json":
        assert json.loads(result.output)["files"][0]["file"] == str(source)


@pytest.mark.parametrize(
    "args",
    [
        ["analyse"],
        ["analyse", "-f", "json"],
        ["trace", "{file}", "baten.uitstel_mpt_vpt.totaal"],
        ["batch", "-j", "1"],
    ],
)
def test_analyse_trace_and_batch_of_a_huge_product(tmp_path: Path, args: list[str]) -> None:
    source = tmp_path / "groot.yaml"
    source.write_text(huge_case(), encoding="utf-8")
    argv = [a.replace("{file}", str(source)) for a in args]
    if "{file}" not in args:
        argv.append(str(source))
    result = runner.invoke(cli.app, argv, env=ENV)
    assert result.exit_code in (ExitCode.OK, ExitCode.FINDINGS), result.output
    assert "internal" not in result.output and "interne" not in result.output


def test_batch_summary_holds_amounts_beyond_64_bits(tmp_path: Path) -> None:
    amounts = Amounts()
    big = Decimal("999999999999999989800000000000000002010000000.00")
    for value in (big, big, Decimal("-0.01")):
        amounts.add(value)
    assert amounts.total() == big * 2 - Decimal("0.01")
    assert amounts.median() == big
    pair = Amounts()
    pair.add(Decimal("-0.01"))
    pair.add(Decimal("-0.02"))
    assert pair.median() == Decimal("-0.02")  # half a cent away from zero
    pair.add(Decimal("0.05"))
    pair.add(Decimal("0.00"))
    assert pair.median() == Decimal("-0.01")  # (-0.01 + 0.00) / 2, half a cent away from 0
