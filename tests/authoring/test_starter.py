"""`spukdos init`: the starter file, and what `spukdos check` says about a fresh one."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from spukdos_cli.authoring.keys import all_keys, required_paths
from spukdos_cli.authoring.schema import installed_schema, schema_text
from spukdos_cli.authoring.starter import INSTALLED, WIDTH, starter_text
from spukdos_cli.checks.completeness import SECTIONS
from spukdos_cli.checks.pipeline import check_loaded
from spukdos_cli.cli import app as cli
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.findings import Severity
from spukdos_cli.form.questions import QUESTIONS
from spukdos_cli.grant.rules import rules_for
from spukdos_cli.messages.sections import SECTION_TITLES
from spukdos_cli.read.loader import load_text
from tests.conftest import ROOT

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
VARIANTS = ["cofinanciering", "centraal_persoon"]
FILLED = {"spukdos": 1, "regeling_jaar": 2025}


def starter(variant: str = "cofinanciering", year: int = 2025) -> str:
    return starter_text(variant, year, rules_for(year))


def flat(text: str) -> str:
    """The text with comment markers and line breaks gone, so wrapped phrases match."""
    return " ".join(line.strip().lstrip("#").strip() for line in text.splitlines())


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(cli.app, list(args), env=ENV)
    return result.exit_code, result.output


def leaves(data: object, path: str = "") -> list[tuple[str, object]]:
    """(dotted path, value) of every scalar in ``data`` (list indices as ``[i]``)."""
    if isinstance(data, dict):
        out: list[tuple[str, object]] = []
        for key, value in data.items():
            out += leaves(value, f"{path}.{key}" if path else str(key))
        return out
    if isinstance(data, list):
        out = []
        for i, value in enumerate(data):
            out += leaves(value, f"{path}[{i}]")
        return out
    return [(path, data)]


@pytest.mark.parametrize("variant", VARIANTS)
def test_fresh_starter_gives_completeness_errors_the_monitor_warning_and_notes(
    variant: str,
) -> None:
    loaded = load_text(starter(variant))
    assert loaded.findings == () and not loaded.partial
    result = check_loaded(loaded, "aanvraag.yaml")
    problems = [f for f in result.findings if f.severity is Severity.ERROR]
    assert problems and {f.code for f in problems} == {"C001"}
    # the mandatory monitor, no section of the form: a warning since issue 26
    warnings = {f.code for f in result.findings if f.severity is Severity.WARNING}
    assert warnings == {"R031"}
    # the reminders: the target group without Wlz care, the care office's advice
    notes = {f.code for f in result.findings if f.severity is Severity.INFO}
    assert notes == {"R041", "R050"}
    # every section of the form is incomplete, and each has its own C001 finding
    assert not any(status.complete for status in result.sections)
    assert len(problems) == len(SECTIONS)


@pytest.mark.parametrize("variant", VARIANTS)
def test_starter_has_an_empty_slot_for_every_required_question(variant: str) -> None:
    """What completeness finds missing in a fresh starter is exactly what the format
    requires, less what the starter fills in (the lists are there, with one item)."""
    result = check_loaded(load_text(starter(variant)), "a.yaml")
    missing = {re.sub(r"\[\d+\]", "[]", m) for s in result.sections for m in s.missing}
    lists = {k.path for k in all_keys() if k.kind == "list"}
    filled = {"spukdos", "regeling_jaar", "experiment.variant", "partijen[].rol"}
    required = set(required_paths(variant))
    if variant == "centraal_persoon":  # no contribution is asked, so no empty one is given
        required -= {"financiering.bijdragen[].partij", "financiering.bijdragen[].bedrag"}
    assert missing == required - filled - lists


@pytest.mark.parametrize("variant", VARIANTS)
def test_starter_values_are_empty_except_what_was_chosen(variant: str) -> None:
    data = yaml.safe_load(starter(variant))
    values = {path: value for path, value in leaves(data) if value is not None}
    assert values == {
        **FILLED,
        "experiment.variant": variant,
        "partijen[0].rol": "gemeente",
        "partijen[1].rol": "zorgkantoor",
        "partijen[2].rol": "zorgaanbieder",
    }


@pytest.mark.parametrize("variant", VARIANTS)
def test_starter_validates_against_the_committed_schema(variant: str) -> None:
    schema = json.loads((ROOT / "schemas" / "businesscase.schema.json").read_text("utf-8"))
    jsonschema.validate(yaml.safe_load(starter(variant)), schema)


def test_starter_holds_every_key_of_the_model_with_its_question() -> None:
    text = starter("cofinanciering")
    keys = {line.split(":")[0].strip(" -") for line in text.splitlines() if ":" in line}
    assert {key.name for key in all_keys()} <= keys
    comments = flat(text)
    for path, question in QUESTIONS.items():
        assert question.vraag in comments, path
    for key, (number, _, _) in SECTION_TITLES.items():
        if number:
            assert f"# == {number} " in text, key


def test_only_the_variant_that_asks_for_a_list_gets_an_item() -> None:
    cofinancing = yaml.safe_load(starter("cofinanciering"))["financiering"]
    central = yaml.safe_load(starter("centraal_persoon"))["financiering"]
    assert cofinancing["bijdragen"] == [{"partij": None, "bedrag": None}]
    assert central["bijdragen"] is None
    assert "(niet nodig bij variant cofinanciering)" in flat(starter("cofinanciering"))
    assert "(niet nodig bij variant centraal persoon)" in flat(starter("centraal_persoon"))


def test_starter_states_the_years_rules() -> None:
    text = starter("centraal_persoon")
    assert "vaste uitkering van € 2.725,00 (regeling 2025)" in flat(text)
    assert "loopt van 2025-01-01 tot en met 2025-12-31" in flat(text)
    assert "minimaal 20% van de kosten uit cofinanciering" in flat(starter())
    unknown = starter_text("centraal_persoon", 2031, None)
    assert "regeling_jaar: 2031" in unknown
    assert "Het bedrag per cliënt van de regeling 2031 is spukdos niet bekend." in flat(unknown)


@pytest.mark.parametrize("variant", VARIANTS)
def test_starter_lines_fit_the_width_and_examples_are_only_comments(variant: str) -> None:
    for line in starter(variant).splitlines():
        assert len(line) <= WIDTH, line
        if "Voorbeeld:" in line:
            assert line.lstrip().startswith("#")


# -- the command ------------------------------------------------------------------------
def test_init_writes_the_starter_and_check_exits_one_with_only_completeness(
    tmp_path: Path,
) -> None:
    target = tmp_path / "aanvraag.yaml"
    code, out = run("init", str(target))
    assert code == ExitCode.OK
    assert "spukdos check" in out
    installed = installed_schema()
    assert installed is not None
    assert target.read_text(encoding="utf-8") == starter_text(
        "cofinanciering",
        2025,
        rules_for(2025),
        file_name="aanvraag.yaml",
        schema_url=installed.as_uri(),
        schema=INSTALLED,
    )
    assert sorted(os.listdir(tmp_path)) == ["aanvraag.yaml"]  # no temporary file left
    code, out = run("check", "--format", "json", str(target))
    assert code == ExitCode.FINDINGS
    (entry,) = json.loads(out)["files"]
    kinds = {(f["code"], f["severity"]) for f in entry["findings"]}
    assert kinds == {("C001", "error"), ("R031", "warning"), ("R041", "info"), ("R050", "info")}
    # answered: regeling_jaar, variant, three roles, and the lists the starter holds
    # (3 × contactpersonen, werkwijze.themas, financiering.bijdragen)
    assert entry["completeness"]["answered"] == 10
    assert entry["completeness"]["required"] == 10 + sum(
        len(s["missing"]) for s in entry["sections"]
    )


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "aanvraag.yaml"
    target.write_text("mijn werk\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["init", str(target)], env=ENV)
    assert result.exit_code == ExitCode.USAGE
    assert "bestaat al" in result.output and "--force" in result.output
    assert target.read_text(encoding="utf-8") == "mijn werk\n"
    code, _ = run("init", "--force", "--variant", "centraal-persoon", str(target))
    assert code == ExitCode.OK
    assert "variant: centraal_persoon" in target.read_text(encoding="utf-8")


def test_init_refuses_a_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(tmp_path / "elders.yaml")
    assert run("init", str(link))[0] == ExitCode.USAGE
    assert not (tmp_path / "elders.yaml").exists()


MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def test_the_default_modeline_names_a_schema_that_exists(tmp_path: Path) -> None:
    """yaml-language-server reads ``$schema=(\\S+)`` from the first comment lines; a file
    URI is used as it is. It must name a file that exists, holding this very schema, from
    wherever the starter file is opened."""
    target = tmp_path / "map met spatie" / "aanvraag.yaml"
    target.parent.mkdir()
    assert run("init", str(target))[0] == ExitCode.OK
    first, *rest = target.read_text(encoding="utf-8").splitlines()
    match = MODELINE.match(first)
    assert match, first
    uri = urlparse(match[1])
    assert uri.scheme == "file"
    schema_file = Path(url2pathname(uri.path))
    assert schema_file.is_absolute() and schema_file.read_text(encoding="utf-8") == schema_text()
    assert schema_file == installed_schema()
    note = flat("\n".join(rest[:30]))
    assert "schema dat bij spukdos op deze computer is geïnstalleerd" in note
    assert "spukdos schema > businesscase.schema.json" in note
    # the file validates against the schema it names (an editor shows no error on it)
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(schema_file.read_text("utf-8"))).validate(data)


def test_a_copy_next_to_the_file_as_the_starter_explains(tmp_path: Path) -> None:
    schema_copy = tmp_path / "businesscase.schema.json"
    result = runner.invoke(cli.app, ["schema"], env=ENV)
    schema_copy.write_text(result.stdout, encoding="utf-8")
    target = tmp_path / "aanvraag.yaml"
    assert run("init", "--schema", "businesscase.schema.json", str(target))[0] == ExitCode.OK
    text = target.read_text(encoding="utf-8")
    match = MODELINE.match(text.splitlines()[0])
    assert match and (target.parent / match[1]).read_text("utf-8") == schema_text()
    assert "schema op dat adres" in flat(text)


def test_without_an_installed_schema_there_is_no_modeline_but_a_recipe() -> None:
    text = starter_text("cofinanciering", 2025, rules_for(2025))
    assert not text.startswith("# yaml-language-server")
    assert "# yaml-language-server: $schema=businesscase.schema.json" in flat(text)


def test_init_to_stdout_and_options(tmp_path: Path) -> None:
    code, out = run("init", "-", "--jaar", "2025", "--schema", "../schemas/x.json")
    assert code == ExitCode.OK
    assert out.splitlines()[0] == "# yaml-language-server: $schema=../schemas/x.json"
    assert "spukdos check <dit bestand>" in out


def test_init_for_a_year_without_rules_warns_but_writes(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    result = runner.invoke(cli.app, ["init", "--jaar", "2031", str(target)], env=ENV)
    assert result.exit_code == ExitCode.OK
    assert "kent de regels van 2031 niet" in result.output
    assert "regeling_jaar: 2031" in target.read_text(encoding="utf-8")


def test_init_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run("init", "--lang", "en", str(tmp_path / "nope" / "a.yaml"))
    assert code == ExitCode.USAGE
    assert "cannot write" in out


def test_init_rejects_an_unknown_variant(tmp_path: Path) -> None:
    assert run("init", "--variant", "beide", str(tmp_path / "a.yaml"))[0] == ExitCode.USAGE
    assert not (tmp_path / "a.yaml").exists()


def test_init_rejects_a_schema_address_that_would_break_the_first_line(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    for bad in ("x\nspukdos: 2", "/pad met spatie/s.json"):
        result = runner.invoke(cli.app, ["init", "--schema", bad, str(target)], env=ENV)
        assert result.exit_code == ExitCode.USAGE
        assert "--schema" in result.output
        assert not target.exists()


def test_init_shows_a_file_name_with_an_escape_sequence_harmlessly(tmp_path: Path) -> None:
    target = tmp_path / "a\x1b[2J.yaml"
    code, out = run("init", str(target))
    assert code == ExitCode.OK and target.exists()
    assert "\x1b" not in out and "a\\x1b[2J.yaml" in out
    assert "spukdos check <dit bestand>" in target.read_text(encoding="utf-8")


def _snippet(path: str, example: str) -> str:
    """YAML text that puts ``example`` at ``path`` (``[]`` becomes a one-item list)."""
    lines, indent = ["spukdos: 1"], ""
    parts = path.replace("[]", ".[]").split(".")
    for i, part in enumerate(parts):
        if part == "[]":
            continue
        item = i > 0 and parts[i - 1] == "[]"
        prefix = indent[:-2] + "- " if item else indent
        last = i == len(parts) - 1
        if last and "\n" in example:  # the lines of a mapping, under its key
            lines.append(f"{prefix}{part}:")
            lines += [f"{indent}  {line}" for line in example.splitlines()]
            break
        lines.append(f"{prefix}{part}:" + (f" {example}" if last else ""))
        indent += "  "
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "path", [p for p, q in QUESTIONS.items() if q.voorbeeld is not None and p != "spukdos"]
)
def test_every_example_answer_is_a_valid_value_as_written(path: str) -> None:
    text = _snippet(path, QUESTIONS[path].voorbeeld or "")
    loaded = load_text(text)
    assert loaded.findings == (), (text, loaded.findings)
    assert loaded.case is not None
