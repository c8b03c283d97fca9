"""The report people can attach (``check --format html``, ``analyse --export x.html``),
parsed the way browsers parse it (html5lib, strict: any parse error fails the test).

It must be a document, not a terminal picture: headings, tables with captions and
header cells, the verdict, the robustness figures, inline SVG charts, print CSS for A4,
nothing to load from anywhere, the provenance in the footer, and every text from the
file escaped. When Chromium is installed, it is rendered to PNG and printed to PDF.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import html5lib
import pytest
from typer.testing import CliRunner

from spukdos_cli import __version__
from spukdos_cli.checks.pipeline import FileResult, check_loaded
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.read.loader import load_path, load_text
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.registry import render

from . import processes
from .conftest import AMSTELVEEN, MINIMAL, ROOT, chromium

FINDINGS = ROOT / "tests" / "data" / "findings.yaml"
NS = {"h": "http://www.w3.org/1999/xhtml", "s": "http://www.w3.org/2000/svg"}
runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
HOSTILE = MINIMAL.replace('naam: "Proef"', 'naam: "<script>alert(1)</script>\\ufffe\\x1b[31m&amp;"')


def parse(document: str) -> Any:
    """The document as a browser builds it; a parse error (bad nesting, an invalid code
    point, a stray end tag) raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(document)


def texts(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def result(path: Path, name: str | None = None) -> FileResult:
    return check_loaded(load_path(path), name or path.relative_to(ROOT).as_posix())


def check_html(*results: FileResult, lang: str = "nl", prices: str | None = None) -> str:
    return render("html", list(results), ReportContext(lang=lang, prices=prices))


def tables(tree: Any) -> dict[str, Any]:
    """Every table by its caption."""
    return {texts(t.find("h:caption", NS)): t for t in tree.iterfind(".//h:table", NS)}


def rows(table: Any) -> list[list[str]]:
    return [[texts(c) for c in tr] for tr in table.iterfind("h:tbody/h:tr", NS)]


def test_check_report_is_a_document_with_semantic_tables() -> None:
    amstelveen, findings = result(AMSTELVEEN), result(FINDINGS)
    tree = parse(check_html(amstelveen, findings))
    assert tree.get("lang") == "nl"
    assert texts(tree.find(".//h:h1", NS)) == "spukdos-rapport"
    sections = tree.findall(".//h:main/h:section", NS)
    assert [texts(s.find("h:h2", NS)) for s in sections] == [
        "Van Ouderenzorg naar Samenzorg – Collectieve Preventie in de Wijk",
        texts(sections[1].find("h:h2", NS)),
    ]
    by_caption = tables(sections[0])
    assert {
        "Volledigheid",
        "Kosten",
        "Financiële baten",
        "Financiering",
        "Totalen: opgegeven en berekend",
        f"Bevindingen ({len(amstelveen.findings)})",
    } <= set(by_caption)
    for table in tree.iterfind(".//h:table", NS):  # header cells say what they head
        assert all(th.get("scope") in ("col", "row") for th in table.iterfind(".//h:th", NS))
    benefits = rows(by_caption["Financiële baten"])
    assert benefits[0] == [
        "Uitstel Wlz-zorg (MPT/VPT)",
        "182,5",
        "6,1",
        "€ 285,00",
        "€ 317.276,25",
    ]
    assert benefits[-1] == ["Totale baten", "", "", "", "€ 858.525,00"]
    financing = rows(by_caption["Financiering"])
    assert financing[-1] == ["Totaal", "€ 780.000,00", "100,00 %"]
    verdict = sections[0].find(".//h:section[@class='verdict positive']", NS)
    assert verdict is not None and "+ € 78.525,00" in texts(verdict)
    robustness = texts(sections[0])
    assert "Break-even: A beide routes ≈ 163,08 dagen" in robustness
    assert len(sections[0].findall(".//s:svg", NS)) == 1  # costs and benefits, drawn
    # the overview of several files
    overview = tables(tree)["Overzicht"]
    assert [r[:2] for r in rows(overview)] == [
        ["examples/amstelveen.yaml", "positief"],
        ["tests/data/findings.yaml", "niet positief"],
    ]


def test_stated_versus_computed_and_findings_with_their_location() -> None:
    findings = result(FINDINGS)
    by_caption = tables(parse(check_html(findings)))
    totals = {r[0]: r[1:] for r in rows(by_caption["Totalen: opgegeven en berekend"])}
    assert totals["Totaal financiering"] == ["€ 1.000,00", "€ 1.100,00", "+ € 100,00"]
    table = by_caption[f"Bevindingen ({len(findings.findings)})"]
    listed = rows(table)
    assert len(listed) == len(findings.findings)
    expected = [
        [f.code, f"tests/data/findings.yaml:{f.position.line}:{f.position.col}", f.dotted_path]
        for f in findings.findings
    ]
    assert [[r[0], r[2], r[3]] for r in listed] == expected
    assert {r[1] for r in listed} == {"fout", "waarschuwing", "melding"}
    assert all(r[4] for r in listed)  # every finding has its message


def test_nothing_is_loaded_from_anywhere_and_it_prints_on_a4() -> None:
    document = check_html(result(AMSTELVEEN))
    tree = parse(document)
    csp = tree.find(".//h:meta[@http-equiv='Content-Security-Policy']", NS)
    assert csp is not None and csp.get("content") == "default-src 'none'; style-src 'unsafe-inline'"
    assert tree.find(".//h:script", NS) is None and tree.find(".//h:link", NS) is None
    for element in tree.iter():
        assert not {"src", "href", "srcset", "action"} & set(element.attrib), element.tag
    lowered = document.lower()
    for external in ("http://", "https://", "url(", "@import", "@font-face"):
        assert external not in lowered, external
    style = texts(tree.find(".//h:style", NS))
    assert "@page { size: A4;" in style and "@media print" in style
    assert "break-inside: avoid" in style and "display: table-header-group" in style


def test_the_footer_holds_the_provenance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    amstelveen = result(AMSTELVEEN)
    tree = parse(check_html(amstelveen, prices="Eigen lijst"))
    footer = tree.find(".//h:footer", NS)
    facts = dict(
        zip(
            [texts(d) for d in footer.iterfind(".//h:dt", NS)],
            [texts(d) for d in footer.iterfind(".//h:dd", NS)],
            strict=True,
        )
    )
    assert facts["Gemaakt met"] == f"spukdos {__version__}"
    assert facts["Gemaakt op"] == "2025-01-01T00:00:00+00:00"
    assert facts["Regels van de regeling"] == "ingebouwd, regelingjaren 2025"
    assert facts["Prijslijst"] == "Eigen lijst"
    digest = hashlib.sha256(AMSTELVEEN.read_bytes()).hexdigest()
    assert facts["SHA-256"] == f"{digest} examples/amstelveen.yaml"


def test_english_report_is_english_throughout() -> None:
    tree = parse(check_html(result(AMSTELVEEN), lang="en"))
    assert tree.get("lang") == "en"
    captions = set(tables(tree))
    assert {"Completeness", "Costs", "Financial benefits", "Financing"} <= captions
    body = texts(tree.find(".//h:body", NS))
    for dutch in ("Volledigheid", "Kosten ", "Financiering", "Bevindingen", "Gemaakt"):
        assert dutch not in body, dutch
    assert "€78,525.00" in body and "variant: co-financing" in body


def test_text_from_the_file_is_shown_never_obeyed() -> None:
    hostile = check_loaded(load_text(HOSTILE + "onbekend<b>: 1\n"), "<i>x</i>\ufffe.yaml")
    document = check_html(hostile)
    tree = parse(document)  # U+FFFE in the text would be a parse error: it is escaped
    assert tree.find(".//h:script", NS) is None and tree.find(".//h:b", NS) is None
    assert tree.find(".//h:i", NS) is None
    heading = texts(tree.find(".//h:main/h:section/h:h2", NS))
    assert heading == "<script>alert(1)</script>\\ufffe\\x1b[31m&amp;"
    assert "\x1b" not in document and "\ufffe" not in document
    assert "<i>x</i>\\ufffe.yaml" in texts(tree.find(".//h:body", NS))


def test_an_unreadable_file_still_gives_a_document() -> None:
    broken = check_loaded(load_text("spukdos: [1\n"), "kapot.yaml")
    tree = parse(check_html(broken))
    (table,) = [t for c, t in tables(tree).items() if c.startswith("Bevindingen")]
    assert rows(table)[0][0] == "Y002"


def run(*args: str) -> tuple[int, str]:
    completed = runner.invoke(cli.app, list(args), env=ENV)
    return completed.exit_code, completed.output


def test_check_writes_it_with_format_html(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    code, out = run("check", "--format", "html", "-o", str(target), str(AMSTELVEEN))
    assert code == ExitCode.OK, out
    tree = parse(target.read_text(encoding="utf-8"))
    assert "Volledigheid" in tables(tree)


def test_analyse_export_is_the_document_with_the_analysis(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    code, out = run("analyse", str(AMSTELVEEN), "--export", str(target))
    assert code == ExitCode.OK, out
    tree = parse(target.read_text(encoding="utf-8"))
    captions = set(tables(tree))
    assert {
        "Volledigheid",
        "Financiële baten",
        "Break-even (saldo precies 0, de rest gelijk)",
        "Wie betaalt, wie bespaart: per domein",
    } <= captions
    assert any(c.startswith("Gevoeligheid") for c in captions)
    svgs = tree.findall(".//s:svg", NS)
    assert len(svgs) == 4  # overview, tornado, domains, parties
    tornado = svgs[1]
    assert len(tornado.findall("s:rect", NS)) > 10 and tornado.find("s:line", NS) is not None
    domains = rows(tables(tree)["Wie betaalt, wie bespaart: per domein"])
    assert ["Wlz (zorgkantoor)", "€ 0,00", "€ 737.865,75", "+ € 737.865,75"] in domains


def test_hostile_exports_parse_as_html_and_as_svg(tmp_path: Path) -> None:
    source = tmp_path / "vreemd.yaml"
    source.write_text(HOSTILE, encoding="utf-8")
    page, picture = tmp_path / "r.html", tmp_path / "r.svg"
    assert run("analyse", str(source), "--export", str(page))[0] == ExitCode.OK
    assert run("analyse", str(source), "--export", str(picture))[0] == ExitCode.OK
    tree = parse(page.read_text(encoding="utf-8"))
    assert tree.find(".//h:script", NS) is None
    root = ET.parse(picture).getroot()  # U+FFFE would make it unreadable
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "\\ufffe" in "".join(root.itertext())


@pytest.mark.skipif(chromium() is None, reason="headless Chromium is not installed")
def test_chromium_renders_it_and_prints_it_on_a4(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    assert run("analyse", str(AMSTELVEEN), "--export", str(target))[0] == ExitCode.OK
    browser = chromium()
    assert browser is not None
    common = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--proxy-server=127.0.0.1:9",  # nothing listens: a remote resource could not load
    ]
    shot, pdf = tmp_path / "rapport.png", tmp_path / "rapport.pdf"
    for extra in (
        ["--window-size=1000,2400", f"--screenshot={shot}"],
        ["--no-pdf-header-footer", f"--print-to-pdf={pdf}"],
    ):
        completed = processes.run(
            [*common, *extra, target.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert completed.returncode == 0, completed.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    document = pdf.read_bytes()
    assert document.startswith(b"%PDF")
    sizes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", document))
    assert sizes and all(abs(float(w) - 595.9) < 2 and abs(float(h) - 842.9) < 2 for w, h in sizes)
    assert len(re.findall(rb"/Type\s*/Page\b", document)) >= 3  # A4 pages, several
