"""The JUnit report as JUnit readers see it: junitparser and the JUnit XSD.

``tests/data/junit-10.xsd`` is the JUnit schema of Jenkins' xUnit plugin
(``src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd`` of the
jenkinsci/xunit-plugin repository, last changed in commit ae25da5 of 15 December 2018;
MIT licence, kept in the file), byte for byte; SHA-256 a1a816f5…2c0ff6, checked below.
It describes what Jenkins and Maven Surefire read. The Ant JUnit schema
(windyroad/JUnit-Schema) is not used: it requires a timestamp, a host name and times,
which would make the report differ on every run, and forbids the counts on
``<testsuites>`` that GitLab and others read; its rule that matters to viewers, at most
one ``<failure>`` per test case, is asserted here directly.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import xmlschema
from junitparser import Failure, JUnitXml

from spukdos_cli.checks.pipeline import FileResult, check_loaded
from spukdos_cli.read.loader import load_path, load_text
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.registry import render
from tests.conftest import AMSTELVEEN, MINIMAL, ROOT

DATA = Path(__file__).resolve().parents[1] / "data"
JUNIT_XSD = DATA / "junit-10.xsd"
JUNIT_XSD_SHA256 = "a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6"
FINDINGS = DATA / "findings.yaml"


def results() -> list[FileResult]:
    hostile = MINIMAL.replace('naam: "Proef"', 'naam: "a\\ufffe\\ud800b\\x1b[31m<x>&"')
    return [
        check_loaded(load_path(AMSTELVEEN), "examples/amstelveen.yaml"),
        check_loaded(load_path(FINDINGS), "tests/data/findings.yaml"),
        check_loaded(load_text("spukdos: [1\n"), "kapot.yaml"),
        check_loaded(load_text(MINIMAL), "minimaal.yaml"),
        check_loaded(load_text(hostile + "onbekend: 1\n"), "vreemd\ufffe\x1b.yaml"),
    ]


def written(tmp_path: Path, ctx: ReportContext) -> Path:
    target = tmp_path / "junit.xml"
    target.write_text(render("junit", results(), ctx), encoding="utf-8")
    return target


def test_the_xsd_is_the_published_one() -> None:
    assert hashlib.sha256(JUNIT_XSD.read_bytes()).hexdigest() == JUNIT_XSD_SHA256


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_junit_is_valid_against_the_junit_xsd(tmp_path: Path, lang: str, strict: bool) -> None:
    schema = xmlschema.XMLSchema(JUNIT_XSD)
    schema.validate(written(tmp_path, ReportContext(lang=lang, strict=strict)))


@pytest.mark.parametrize("strict", [False, True])
def test_junitparser_sees_one_failure_per_failing_file(tmp_path: Path, strict: bool) -> None:
    ctx = ReportContext(strict=strict)
    xml = JUnitXml.fromfile(str(written(tmp_path, ctx)))
    stated = (xml.tests, xml.failures, xml.errors)
    (suite,) = list(xml)
    suite_stated = (suite.tests, suite.failures, suite.errors)
    by_name = {r.file: r for r in results()}
    cases = list(suite)
    assert len(cases) == len(by_name)
    for case, expected in zip(cases, by_name.values(), strict=True):
        failing = [
            f
            for f in expected.findings
            if f.severity.value == "error" or (strict and f.severity.value == "warning")
        ]
        assert len(case.result) == (1 if failing else 0), case.name
        if failing:
            (failure,) = case.result
            assert isinstance(failure, Failure)
            assert failure.message.startswith(str(len(failing)))
            lines = failure.text.splitlines()
            assert len(lines) == len(failing)
            assert [line.split()[1] for line in lines] == [f.code for f in failing]
    # the counts the file states are the counts a reader computes from its test cases
    xml.update_statistics()
    suite.update_statistics()
    assert (xml.tests, xml.failures, xml.errors) == stated
    assert (suite.tests, suite.failures, suite.errors) == suite_stated
    assert stated[:2] == (5, 4 if strict else 3)


def test_failure_message_counts_in_both_languages() -> None:
    findings = [check_loaded(load_path(FINDINGS), "f.yaml")]
    for lang, word in (("nl", "fouten"), ("en", "errors")):
        xml = JUnitXml.fromstring(render("junit", findings, ReportContext(lang=lang)).encode())
        ((case,),) = [list(s) for s in xml]
        (failure,) = case.result
        count = findings[0].errors
        assert failure.message.startswith(f"{count} {word}: C001 (")
        assert failure.type.split()[0] == "C001"


def test_other_findings_stay_in_system_out(tmp_path: Path) -> None:
    xml = JUnitXml.fromfile(str(written(tmp_path, ReportContext())))
    (suite,) = list(xml)
    amstelveen = next(c for c in suite if c.name == "examples/amstelveen.yaml")
    assert amstelveen.is_passed
    assert "Q008" in (amstelveen.system_out or "")
    assert str(ROOT) not in (amstelveen.system_out or "")
