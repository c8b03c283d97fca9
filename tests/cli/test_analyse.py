"""``spukdos analyse``: the report, its summary in ``spukdos check``, JSON, options,
exports (HTML and SVG, standalone) and one look at the HTML in headless Chromium."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.report.export import svg_format
from tests.conftest import AMSTELVEEN, CLI_ENV, MINIMAL, chromium, headless, run_cli, write_case
from tests.support import processes

runner = CliRunner()
ENV = CLI_ENV

SCENARIOS = """
scenarios:
  - naam: pessimistisch
    toelichting: "Een kwart jaar uitstel, duurder personeel."
    wijzigingen:
      baten.uitstel_mpt_vpt.dagen: 90
      baten.uitstel_intramuraal.dagen: 90
      kosten.uitvoering[4].bedrag: "€ 500.000,00"
  - naam: optimistisch
    wijzigingen:
      baten.overige[0].bedrag: 150.000,00
"""


run = run_cli
write = write_case


def squash(text: str) -> str:
    """The text as one line: wrapping and panel borders (│) left out."""
    return " ".join(text.replace("│", " ").split())


def test_analyse_reference_shows_break_even_without_estimates_and_tornado() -> None:
    code, out = run("analyse", str(AMSTELVEEN))
    assert code == ExitCode.OK
    flat = squash(out)
    # 659.340,75 / 4.043,1 = 163,078; (780.000 − 120.659,25 − 420.589,50) / (182,5 × 285) = 4,590
    assert "A: dagen uitstel, beide Wlz-routes samen 182,5 ≈ 163,08 -10,64 %" in flat
    # each route alone: (780.000 − 120.659,25 − 420.589,50) / (6,1 × 285) = 137,33
    assert "A: dagen uitstel, alleen MPT/VPT 182,5 ≈ 137,33 -24,75 %" in flat
    assert "B: inwoners, MPT/VPT 6,1 ≈ 4,59" in flat
    assert "Totale kosten € 780.000,00 € 858.525,00 +10,07 %" in flat
    assert "is het saldo - € 42.134,25: niet positief" in flat
    # the tornado's first row is the largest effect: 475.000 × 25 % = 118.750
    tornado = out[out.index("Gevoeligheid") :]
    first_row, under_it = tornado.splitlines()[4:6]
    assert first_row.lstrip().startswith("Bemensing")
    assert "- € 118.750,00" in first_row and "+ € 118.750,00" in first_row
    assert "(+25 %)" in under_it and "(−25 %)" in under_it  # the variation, under its amount
    assert "Wlz (zorgkantoor) € 0,00 € 737.865,75 + € 737.865,75" in flat
    assert "Niet toegewezen € 780.000,00 € 120.659,25 - € 659.340,75" in flat
    assert "Uitkering SPUK DOS (Rijk) € 624.000,00" in flat
    assert "Geen scenario's in het bestand" in flat


def test_analyse_in_english() -> None:
    code, out = run("analyse", "--lang", "en", str(AMSTELVEEN))
    assert code == ExitCode.OK
    flat = squash(out)
    assert "A: days of delay, both Wlz routes together 182.5 ≈ 163.08" in flat
    assert "A: days of delay, admission only 182.5 ≈ 148.43" in flat
    assert "Wlz (care office) €0.00 €737,865.75 +€737,865.75" in flat


def test_analyse_json_is_exact() -> None:
    code, out = run("analyse", "--format", "json", str(AMSTELVEEN))
    assert code == ExitCode.OK
    document = json.loads(out)
    analysis = document["analysis"]
    days = analysis["break_even"]["dagen"]
    assert (days["numerator"], days["denominator"]) == ("659340.75", "4043.100")
    # 4.043,1 × 163 = 659.025,30; the remaining 315,45 / 4.043,1 = 0,07802...
    assert days["rounded"] == "163.0780"
    assert analysis["without_estimates"]["saldo"] == "-42134.25"
    assert analysis["without_estimates"]["flips"] is True
    assert analysis["sensitivity"][0]["path"] == "kosten.uitvoering[4].bedrag"
    assert analysis["domains"][2] == {
        "domein": "wlz",
        "costs": "0.00",
        "savings": "737865.75",
        "balance": "737865.75",
    }
    assert document["file"]["errors"] == 0


def test_analyse_scenarios_side_by_side(tmp_path: Path) -> None:
    path = write(tmp_path, AMSTELVEEN.read_text(encoding="utf-8") + SCENARIOS)
    code, out = run("analyse", str(path))
    assert code == ExitCode.OK
    flat = squash(out)
    # pessimistic: 90 × 6,1 × 285 + 90 × 6,9 × 334 + 120.659,25 − 805.000,00 = − 320.461,75
    assert "Saldo + € 78.525,00 - € 320.461,75 + € 107.865,75" in flat
    assert "Oordeel positief niet positief positief" in flat
    assert "(kosten.uitvoering[4].bedrag): € 475.000,00 → € 500.000,00" in flat


def test_analyse_reports_unknown_scenario_input_and_exits_one(tmp_path: Path) -> None:
    text = AMSTELVEEN.read_text(encoding="utf-8") + SCENARIOS.replace(
        "baten.overige[0].bedrag", "baten.overige[1].bedrag"
    )
    path = write(tmp_path, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "overige[1]" in row)
    code, out = run("analyse", str(path))
    assert code == ExitCode.FINDINGS
    assert f"{path}:{line}:7  N001 fout" in out
    assert "niet toegepast (zie de bevindingen): baten.overige[1].bedrag" in squash(out)
    code, out = run("check", str(path))
    assert code == ExitCode.FINDINGS and "N001" in out


def test_analyse_of_a_broken_file_shows_the_findings(tmp_path: Path) -> None:
    code, out = run("analyse", str(tmp_path / "missing.yaml"))
    assert code == ExitCode.FINDINGS
    assert "Y001" in out and "Geen analyse" in out
    path = write(tmp_path, MINIMAL.replace("bedrag: 400.00", "bedrag: 1.250"))
    code, out = run("analyse", str(path))
    assert code == ExitCode.FINDINGS and "S004" in out and "Geen analyse" in out


def test_variations_are_configurable_and_checked() -> None:
    code, out = run("analyse", "--variatie", "5", "--variatie", "50%", str(AMSTELVEEN))
    assert code == ExitCode.OK
    assert "± 5 % / ± 50 %" in out
    row = next(i for i, line in enumerate(out.splitlines()) if "- € 237.500,00" in line)
    assert "(+50 %)" in out.splitlines()[row + 1]  # 475.000 × 50 %, and the variation
    for bad in ("0", "0,2", "150", "veel"):
        code, out = run("analyse", "--variatie", bad, str(AMSTELVEEN))
        assert code == ExitCode.USAGE, bad
        assert "--variatie" in out


def test_check_summarises_the_analysis_only_when_the_verdict_is_ready(tmp_path: Path) -> None:
    code, out = run("check", str(AMSTELVEEN))
    assert code == ExitCode.OK
    flat = squash(out)
    assert "Robuustheid" in flat
    assert "De kosten kunnen € 78.525,00 (10,07 %) stijgen" in flat
    assert "Meer: spukdos analyse" in flat
    draft = write(tmp_path, "spukdos: 1\nkosten:\n  uitvoering:\n    - {bedrag: 10.00}\n")
    code, out = run("check", str(draft))
    assert code == ExitCode.FINDINGS and "Robuustheid" not in out


def test_file_text_is_shown_not_obeyed(tmp_path: Path) -> None:
    text = MINIMAL.replace('"Projectleider"', '"[bold red]x[/] \\e[31m <b>"')
    path = write(tmp_path, text)
    code, out = run("analyse", str(path))
    assert code == ExitCode.OK
    assert "[bold red]x[/] \\x1b[31m <b>" in out
    assert "\x1b" not in out


# -- exports ---------------------------------------------------------------------------------
HOSTILE_POST = '"<script>{x}</pre>&"'


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_html_is_standalone_and_never_overwritten(tmp_path: Path) -> None:
    source = write(tmp_path, MINIMAL.replace('"Projectleider"', HOSTILE_POST))
    before = _digest(source)
    target = tmp_path / "rapport.html"
    code, out = run("analyse", str(source), "--export", str(target))
    assert code == ExitCode.OK, out
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    lowered = html.lower()
    for external in ("http://", "https://", "src=", "href=", "url(", "@import", "<link", "<img"):
        assert external not in lowered, external
    assert "<script" not in lowered and "</pre>" not in lowered  # escaped, not tags
    assert "&lt;script&gt;{x}&lt;/pre&gt;&amp;" in html
    assert "Gevoeligheid" in html and "Wie betaalt, wie bespaart" in html
    assert html.count("<svg") >= 4  # the charts are in it, drawn as inline SVG
    assert "<title>Proef</title>" in html  # the experiment's name (issue 28)
    assert _digest(source) == before  # the input is never written

    target.write_text("mine", encoding="utf-8")
    code, out = run("analyse", str(source), "--export", str(target))
    assert code == ExitCode.USAGE and "--force" in out
    assert target.read_text(encoding="utf-8") == "mine"
    code, _ = run("analyse", str(source), "--export", str(target), "--force")
    assert code == ExitCode.OK and target.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_svg_has_no_remote_font(tmp_path: Path) -> None:
    target = tmp_path / "rapport.svg"
    code, out = run("analyse", "--lang", "en", str(AMSTELVEEN), "--export", str(target))
    assert code == ExitCode.OK, out
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Sensitivity" in svg
    addresses = set(re.findall(r"https?://[^\"') ]+", svg))
    assert addresses == {"http://www.w3.org/2000/svg"}  # a namespace name, never fetched
    assert "url(" not in svg.replace("url(#", "")  # only references inside the file
    assert 'src: local("FiraCode-Regular");' in svg_format()


def test_export_rejects_other_suffixes(tmp_path: Path) -> None:
    code, out = run("analyse", str(AMSTELVEEN), "--export", str(tmp_path / "r.pdf"))
    assert code == ExitCode.USAGE and ".html of .svg" in out
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.skipif(chromium() is None, reason="headless Chromium is not installed")
def test_html_export_renders_in_headless_chromium(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    code, _ = run("analyse", str(AMSTELVEEN), "--export", str(target))
    assert code == ExitCode.OK
    shot = tmp_path / "rapport.png"
    browser = chromium()
    assert browser is not None
    completed = processes.run(
        headless(browser, "--window-size=1000,2600", f"--screenshot={shot}", target.as_uri()),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a page with text and charts, not a blank one
    dom = processes.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", target.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Break-even" in dom.stdout and "€ 737.865,75" in dom.stdout
