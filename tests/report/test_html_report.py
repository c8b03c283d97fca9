"""The report people can attach (``check --format html``, ``analyse --export x.html``),
parsed the way browsers parse it (html5lib, strict: any parse error fails the test).

It must be a document, not a terminal picture: headings, tables with captions and
header cells, the verdict, the robustness figures, inline SVG charts, print CSS for A4,
nothing to load from anywhere, the provenance in the footer, and every text from the
file escaped. When Chromium is installed, it is rendered to PNG and printed to PDF.
"""

from __future__ import annotations

import ctypes
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
from tests.conftest import AMSTELVEEN, MINIMAL, ROOT, chromium, headless
from tests.support import processes

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
    assert texts(tree.find(".//h:h1", NS)) == "2 aanvragen"
    assert texts(tree.find(".//h:header/h:p[@class='kind']", NS)) == "spukdos-rapport"
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
    common = headless(browser)
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


# -- issue 28: for paper and for people ---------------------------------------------------------
AMSTELVEEN_NAME = "Van Ouderenzorg naar Samenzorg – Collectieve Preventie in de Wijk"


def test_the_title_is_the_experiment_and_the_date_is_on_a_dutch_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1751328000")  # 2025-07-01 00:00 UTC: summer time
    tree = parse(check_html(result(AMSTELVEEN)))
    assert texts(tree.find(".//h:title", NS)) == AMSTELVEEN_NAME
    assert texts(tree.find(".//h:h1", NS)) == AMSTELVEEN_NAME
    when = tree.find(".//h:header//h:time", NS)
    assert texts(when) == "1 juli 2025, 02:00 (Nederlandse tijd)"
    assert when.get("datetime") == "2025-07-01T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01 00:00 UTC: winter time
    english = parse(check_html(result(AMSTELVEEN), lang="en"))
    assert texts(english.find(".//h:header//h:time", NS)) == "1 January 2025, 01:00 (Dutch time)"
    # a file without a name is called by its file name; several files by their number
    unreadable = check_loaded(load_text("spukdos: [1\n"), "kapot.yaml")
    assert texts(parse(check_html(unreadable)).find(".//h:title", NS)) == "kapot.yaml"


def test_the_dutch_clock_without_a_time_zone_database_follows_the_eu_rule() -> None:
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from spukdos_cli.messages.formatting import eu_time

    moment = datetime(2024, 1, 1, tzinfo=UTC)
    amsterdam = ZoneInfo("Europe/Amsterdam")
    while moment.year < 2028:  # every half hour of four years, both changes of each
        assert eu_time(moment).utcoffset() == moment.astimezone(amsterdam).utcoffset(), moment
        moment += timedelta(minutes=30)


def css_text(value: str) -> str:
    """A CSS string's text, its six-digit escapes read back."""
    return re.sub(r"\\([0-9a-f]{6})", lambda m: chr(int(m.group(1), 16)), value.strip('"'))


def test_every_printed_page_names_the_experiment_and_counts_its_pages() -> None:
    style = parse(check_html(result(AMSTELVEEN))).find(".//h:style", NS).text
    boxes = dict(re.findall(r"@(top-left|top-right|bottom-center) \{ content: ([^;]*);", style))
    assert css_text(boxes["top-left"]) == AMSTELVEEN_NAME
    assert css_text(boxes["top-right"]).startswith("spukdos-rapport · ")
    page = boxes["bottom-center"].split()
    assert [css_text(w) if w.startswith('"') else w for w in page] == [
        "Pagina ",
        "counter(page)",
        " van ",
        "counter(pages)",
    ]
    # a name that tries to end the string, the rule or the style element stays text
    hostile = check_loaded(
        load_text(MINIMAL.replace('naam: "Proef"', 'naam: "x\\"; } </style><b>\\\\"')), "h.yaml"
    )
    tree = parse(check_html(hostile))
    assert tree.find(".//h:b", NS) is None
    style = tree.find(".//h:style", NS).text
    (name,) = re.findall(r"@top-left \{ content: (\"[0-9A-Za-z\\]*\");", style)
    assert css_text(name) == 'x"; } </style><b>\\'


def test_what_is_missing_is_named_in_the_forms_words() -> None:
    """As the text report says it, not as data paths (``partijen[0]...``)."""
    case = check_loaded(load_text(MINIMAL.replace('naam: "A. Test", ', "")), "x.yaml")
    completeness = tables(parse(check_html(case)))["Volledigheid"]
    missing = {row[0]: row[3] for row in rows(completeness)}
    assert missing["1. Samenwerkende partijen"] == (
        "partij 1 (Gemeente Voorbeeld), contactpersoon 1: naam (regel 15)"
    )
    assert "partijen[0]" not in texts(completeness)
    english = tables(parse(check_html(case, lang="en")))["Completeness"]
    assert "party 1 (Gemeente Voorbeeld), contact person 1: name (line 15)" in texts(english)


def test_a_label_is_wrapped_never_cut_under_a_bar() -> None:
    from spukdos_cli.report.html_report import GLYPH, LABEL_CHARS, LABEL_WIDTH, label_lines

    assert LABEL_CHARS * GLYPH <= LABEL_WIDTH - 6  # the widest line ends before the bars
    assert label_lines("Gemeente Amstelveen (gemeente: Wmo, Jeugdwet)") == [
        "Gemeente Amstelveen",
        "(gemeente: Wmo, Jeugdwet)",
    ]
    assert label_lines("x" * 30) == ["x" * 26, "xxxx"]
    lines = label_lines("een heel lange naam " * 10)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(len(line) <= LABEL_CHARS for line in lines)


def test_every_chart_has_a_legend_and_its_labels_beside_the_bars(tmp_path: Path) -> None:
    from spukdos_cli.report.html_report import LABEL_CHARS, LABEL_WIDTH

    target = tmp_path / "rapport.html"
    assert run("analyse", str(AMSTELVEEN), "--export", str(target))[0] == ExitCode.OK
    tree = parse(target.read_text(encoding="utf-8"))
    svgs = tree.findall(".//s:svg", NS)
    assert len(svgs) == 4
    legends = []
    for svg in svgs:
        legend = svg.find("s:g[@class='legend']", NS)
        assert legend is not None, texts(svg.find("s:title", NS))
        swatches = [r.get("class") for r in legend.findall("s:rect", NS)]
        words = [texts(t) for t in legend.findall("s:text", NS)]
        drawn = {r.get("class") for r in svg.findall("s:rect", NS)}
        assert len(swatches) == len(words) >= 2 and set(swatches) == drawn  # every colour
        legends.append(words)
        for name in svg.findall("s:text[@class='label']", NS):
            assert all(len(texts(line)) <= LABEL_CHARS for line in name.findall("s:tspan", NS))
        for bar in svg.findall("s:rect[s:title]", NS):
            assert float(bar.get("x")) >= LABEL_WIDTH  # no bar reaches into the labels
    assert legends[0] == ["Kosten", "Financiële baten"]
    assert legends[1] == [
        "saldo lager (± 10 %)",
        "saldo lager (± 25 %)",
        "saldo hoger (± 10 %)",
        "saldo hoger (± 25 %)",
    ]
    assert legends[3] == ["Betaalt", "Bespaart"]
    parties = [
        " ".join(texts(t) for t in name.findall("s:tspan", NS))
        for name in svgs[3].findall("s:text[@class='label']", NS)
    ]
    assert "Gemeente Amstelveen (gemeente: Wmo, Jeugdwet)" in parties  # whole, not clipped


def printed_lines(pdf: Path) -> list[tuple[float, list[tuple[float, str, float]]]]:
    """Each page of ``pdf``: its height, and its lines top to bottom as (baseline in
    points from the foot of the page, text without spaces, smallest font size)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            _, height = page.get_size()
            textpage = page.get_textpage()
            lines: dict[int, list[tuple[float, str, float]]] = {}
            for k in range(textpage.count_chars()):
                char = chr(raw.FPDFText_GetUnicode(textpage, k))
                if char.isspace() or raw.FPDFText_IsGenerated(textpage, k) == 1:
                    continue
                x, y = ctypes.c_double(), ctypes.c_double()
                raw.FPDFText_GetCharOrigin(textpage, k, ctypes.byref(x), ctypes.byref(y))
                size = raw.FPDFText_GetFontSize(textpage, k)
                lines.setdefault(round(y.value), []).append((x.value, char, size))
            pages.append(
                (
                    height,
                    [
                        (
                            float(y),
                            "".join(c for _, c, _ in sorted(chars)),
                            min(s for _, _, s in chars),
                        )
                        for y, chars in sorted(lines.items(), reverse=True)
                    ],
                )
            )
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def print_to_pdf(page: Path, pdf: Path) -> None:
    browser = chromium()
    assert browser is not None
    completed = processes.run(
        headless(
            browser,
            "--no-pdf-header-footer",  # the page's own margin boxes, not Chromium's
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0 and pdf.exists(), completed.stderr[-2000:]


def headings(tree: Any) -> set[str]:
    """What must never end a page, without spaces: headings, captions, header rows."""
    found = set()
    for path in (".//h:h1", ".//h:h2", ".//h:h3", ".//h:caption", ".//h:thead/h:tr"):
        found |= {"".join(texts(e).split()) for e in tree.iterfind(path, NS)}
    return found


@pytest.mark.skipif(chromium() is None, reason="headless Chromium is not installed")
@pytest.mark.parametrize("command", ["check", "analyse"])
def test_printed_from_chromium_no_heading_ends_a_page_and_every_page_is_named(
    tmp_path: Path, command: str
) -> None:
    """Issue 28: printed on A4, no heading, caption or header row is the last thing on a
    page, every page has the experiment's name at the top and "Pagina n van m" at the
    foot, and no text is smaller than 7 points."""
    page, pdf = tmp_path / "rapport.html", tmp_path / "rapport.pdf"
    if command == "check":
        args = ["check", "--format", "html", "-o", str(page), str(AMSTELVEEN)]
    else:
        args = ["analyse", str(AMSTELVEEN), "--export", str(page)]
    assert run(*args)[0] == ExitCode.OK
    print_to_pdf(page, pdf)
    pages = printed_lines(pdf)
    assert len(pages) >= 3
    never_last = headings(parse(page.read_text(encoding="utf-8")))
    name = "".join(AMSTELVEEN_NAME.split())
    mm = 72 / 25.4
    for number, (height, lines) in enumerate(pages, start=1):
        top = "".join(t for y, t, _ in lines if y > height - 16 * mm)
        foot = [t for y, t, _ in lines if y < 18 * mm]
        body = [t for y, t, _ in lines if 18 * mm <= y <= height - 16 * mm]
        assert top.startswith(name[:40]) and "spukdos" in top, (number, top)
        assert foot == [f"Pagina{number}van{len(pages)}"], (number, foot)
        last = body[-1]
        assert not any(h.startswith(last) for h in never_last), (number, last)
        assert min(size for _, _, size in lines) >= 7, number
