"""Hostile conditions, round two (issue 19): one bad file, name or value is one bad row
or finding; the run goes on, every output stays valid, and the exit code stays 0, 1, 2 or
130 (143/129 for SIGTERM/SIGHUP) as documented.

File names with invalid bytes are made in the tests; devices with ``mknod`` where the test
runs as root. Streams, signals and broken pipes are tried on real processes.
"""

from __future__ import annotations

import csv
import decimal
import json
import os
import shlex
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner, Result

from spukdos_cli.checks.batch import Amounts
from spukdos_cli.cli import app as cli
from spukdos_cli.compute.calculate import calculate
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.messages.labels import safe_text
from spukdos_cli.report.batch_files import neutralise
from spukdos_cli.report.markdown import md_text
from tests.conftest import AMSTELVEEN, MINIMAL, check_text
from tests.support import processes

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
PROCESS_ENV = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "PYTHONUTF8": "1"}
PROCESS_ENV.pop("GITHUB_ACTIONS", None)
PROCESS_ENV.pop("SPUKDOS_DEBUG", None)


def spukdos(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    """``spukdos ARGS`` as a real process (``python -m spukdos_cli``), output as bytes."""
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return processes.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "spukdos_cli", *args],
        env=env if env is not None else PROCESS_ENV,
        timeout=60,
        check=False,
        **streams,
    )


def invoke(args: list[str], **kwargs: object) -> Result:
    """``spukdos ARGS`` in this process; an exception other than the exit is a failure
    (the runner would otherwise report it as exit code 1)."""
    result = runner.invoke(cli.app, args, **kwargs)  # type: ignore[arg-type]
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result


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
    result = invoke(["check", "-f", fmt, str(source)], env=ENV)
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
    result = invoke(argv, env=ENV)
    assert result.exit_code in (ExitCode.OK, ExitCode.FINDINGS), result.output
    assert "internal" not in result.output and "interne" not in result.output


def test_batch_summary_holds_amounts_beyond_64_bits(tmp_path: Path) -> None:
    amounts = Amounts()
    big = Decimal("999999999999999989800000000000000002010000000.00")
    for value in (big, big, Decimal("-0.01")):
        amounts.add(value)
    wide = decimal.Context(prec=60)
    assert amounts.total() == wide.subtract(wide.multiply(big, 2), Decimal("0.01"))
    assert amounts.median() == big
    pair = Amounts()
    pair.add(Decimal("-0.01"))
    pair.add(Decimal("-0.02"))
    assert pair.median() == Decimal("-0.02")  # half a cent away from zero
    pair.add(Decimal("0.05"))
    pair.add(Decimal("0.00"))
    assert pair.median() == Decimal("-0.01")  # (-0.01 + 0.00) / 2, half a cent away from 0


# -- item 1: file names that are not valid UTF-8 -------------------------------------------------
BAD_NAME = os.fsdecode(b"x\xff.yaml")  # "x\udcff.yaml": Python's surrogate escape
SHOWN_NAME = "x\\xff.yaml"


def bad_named_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / BAD_NAME).write_bytes(AMSTELVEEN.read_bytes())
    return folder


def _valid(fmt: str, text: str) -> None:
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(text)
    elif fmt == "jsonl":
        for line in text.splitlines():
            json.loads(line)
    elif fmt == "junit":
        ElementTree.fromstring(text.encode("utf-8"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_with_invalid_bytes_is_an_escape_in_every_format(tmp_path: Path, fmt: str) -> None:
    folder = bad_named_folder(tmp_path)
    out = tmp_path / f"r.{fmt}"
    result = invoke(["check", "-f", fmt, str(folder), "-o", str(out)], env=ENV)
    assert result.exit_code == ExitCode.OK, result.output
    text = out.read_bytes().decode("utf-8")  # strict: every byte is UTF-8
    assert "\udcff" not in text
    _valid(fmt, text)
    shown = SHOWN_NAME if fmt != "sarif" else "x%5Cxff.yaml"  # SARIF holds a URI
    assert shown in text or SHOWN_NAME.replace("\\", "\\\\") in text


def test_a_name_with_invalid_bytes_on_standard_output_is_utf8(tmp_path: Path) -> None:
    folder = bad_named_folder(tmp_path)
    for fmt in ("json", "text", "sarif"):
        done = spukdos("check", "-f", fmt, str(folder))
        assert done.returncode == ExitCode.OK, done.stderr
        text = done.stdout.decode("utf-8")
        assert "xff.yaml" in text
        _valid(fmt, text)


def test_stdin_filename_with_invalid_bytes(tmp_path: Path) -> None:
    result = invoke(
        ["check", "-f", "json", "-", "--stdin-filename", BAD_NAME],
        input=AMSTELVEEN.read_bytes(),
        env=ENV,
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.output)["files"][0]["file"] == SHOWN_NAME


@pytest.mark.parametrize("suffix", ["csv", "json", "xlsx"])
def test_batch_with_a_name_with_invalid_bytes(tmp_path: Path, suffix: str) -> None:
    folder = bad_named_folder(tmp_path)
    out = tmp_path / f"r.{suffix}"
    result = invoke(["batch", str(folder), "-o", str(out), "-j", "1"], env=ENV)
    assert result.exit_code == ExitCode.OK, result.output
    if suffix == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
        assert rows[0]["file"] == str(folder / SHOWN_NAME)
    elif suffix == "json":
        document = json.loads(out.read_bytes().decode("utf-8"))
        assert document["rows"][0]["file"] == str(folder / SHOWN_NAME)
    else:
        import openpyxl

        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert sheet["A2"].value == str(folder / SHOWN_NAME)


def test_analyse_and_trace_of_a_name_with_invalid_bytes(tmp_path: Path) -> None:
    folder = bad_named_folder(tmp_path)
    path = str(folder / BAD_NAME)
    for args in (
        ["analyse", path],
        ["analyse", "-f", "json", path],
        ["trace", path, "opgave.saldo"],
    ):
        done = spukdos(*args)
        assert done.returncode == ExitCode.OK, done.stderr
        text = done.stdout.decode("utf-8")
        assert "x\\xff.yaml" in text.replace("\\\\", "\\")


# -- item 5 and the low items on text: what a log, a terminal, Markdown or a sheet acts on ------
def test_safe_text_neutralises_old_workflow_commands_and_invisible_characters() -> None:
    shown = safe_text("a ##[error]b ::warning::c \u061c\u200b\ufeff x\udcff")
    assert "##[" not in shown and "::" not in shown
    assert "\\u061c\\u200b\\ufeff" in shown and "x\\xff" in shown
    assert shown.replace("\u200b", "") == "a ##[error]b ::warning::c \\u061c\\u200b\\ufeff x\\xff"


def test_github_log_never_gets_an_old_style_command(tmp_path: Path) -> None:
    text = AMSTELVEEN.read_text(encoding="utf-8").replace(
        'gemeente: "Amstelveen"', 'gemeente: "A ##[add-mask]geheim ##[stop-commands]x"', 1
    )
    source = tmp_path / "a.yaml"
    source.write_text(text, encoding="utf-8")
    for fmt in ("text", "markdown", "github"):
        result = invoke(["check", "-f", fmt, str(source)], env=ENV)
        assert "##[" not in result.output, fmt
    for args in (["analyse", str(source)], ["batch", "-j", "1", str(source)]):
        result = invoke(args, env=ENV)
        assert "##[" not in result.output, args


@pytest.mark.parametrize("text", [" =1+1", "\u00a0=1+1", "\u200b=1+1", "\uff1d1+1", "\t =1"])
def test_csv_neutralises_formulas_after_blanks_or_in_full_width(text: str) -> None:
    assert neutralise(text).startswith("'")


def test_markdown_breaks_bare_links() -> None:
    shown = md_text("zie https://evil.example/x en www.evil.example of mailto:a@b.nl")
    assert "https://" not in shown and "www." not in shown and "mailto:" not in shown
    assert (
        shown.replace("\u200b", "")
        == "zie https://evil.example/x en www.evil.example of mailto:a@b.nl"
    )


# -- item 4: -o ... --force never replaces what is not a file -------------------------------------
def _special_files(folder: Path, suffix: str) -> list[Path]:
    """A named pipe, a link to it and a socket; a character device (``mknod``) as root."""
    import socket

    fifo = folder / f"pipe{suffix}"
    os.mkfifo(fifo)
    link = folder / f"link{suffix}"
    link.symlink_to(fifo)
    sock_path = folder / f"sock{suffix}"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    sock.close()
    found = [fifo, link, sock_path]
    if os.geteuid() == 0:
        device = folder / f"device{suffix}"
        os.mknod(device, 0o644 | stat.S_IFCHR, os.makedev(1, 7))  # like /dev/full
        found.append(device)
    return found


@pytest.mark.parametrize(
    ("command", "suffix"),
    [
        (["check", str(AMSTELVEEN), "-f", "json", "-o", "{target}", "--force"], ".json"),
        (["batch", str(AMSTELVEEN), "-j", "1", "-o", "{target}", "--force"], ".csv"),
        (["analyse", str(AMSTELVEEN), "--export", "{target}", "--force"], ".html"),
        (["init", "{target}", "--force"], ".yaml"),
    ],
)
def test_output_that_exists_and_is_not_a_regular_file_is_refused(
    tmp_path: Path, command: list[str], suffix: str
) -> None:
    for target in _special_files(tmp_path, suffix):
        kind = os.stat(target).st_mode
        argv = [a.replace("{target}", str(target)) for a in command]
        result = invoke(argv, env=ENV)
        assert result.exit_code == ExitCode.USAGE, (target, result.output)
        assert os.stat(target).st_mode == kind  # still the same kind of thing
        assert target.is_symlink() == (target.name.startswith("link"))
        assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_dev_null_is_refused_as_a_target_even_with_force() -> None:
    # only the check: a write would replace the machine's /dev/null where the fix is missing
    from spukdos_cli.writefile import NotAFile, check_target

    with pytest.raises(NotAFile):
        check_target(Path("/dev/null"), force=True)


def test_output_is_the_file_standard_input_reads(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_bytes(AMSTELVEEN.read_bytes())
    link = tmp_path / "b.yaml"
    link.symlink_to(source)
    for target in (source, link):
        with source.open("rb") as stdin:
            done = spukdos("check", "-", "-o", str(target), "--force", stdin=stdin)
        assert done.returncode == ExitCode.USAGE, done.stderr
        assert source.read_bytes() == AMSTELVEEN.read_bytes()


def test_analyse_export_over_its_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.html"
    source.write_bytes(AMSTELVEEN.read_bytes())
    for given in (str(source), f"{tmp_path}/./in.html"):
        result = invoke(["analyse", str(source), "--export", given, "--force"], env=ENV)
        assert result.exit_code == ExitCode.USAGE
        assert source.read_bytes() == AMSTELVEEN.read_bytes()


# -- items 6, 7, 8 and the broken pipe: the process's edges, on real processes ------------------
def shell(command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """``command`` in sh, with ``$S`` the spukdos command and ``$EX`` the example."""
    return processes.run(
        ["sh", "-c", command],
        capture_output=True,
        env={
            **(env or PROCESS_ENV),
            "S": f"{sys.executable} -m spukdos_cli",
            "EX": str(AMSTELVEEN),
        },
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ("$S --version >&-", ExitCode.OK),
        ("$S check $EX >&-", ExitCode.OK),
        ("$S check $EX -q 2>&-", ExitCode.OK),
        ("$S check $EX -f json -o {out} >&-", ExitCode.OK),
        ("$S check $EX -f json -o {out} >&- 2>&-", ExitCode.OK),
        ("$S analyse $EX >&- 2>&-", ExitCode.OK),
        ("$S batch $EX -j 1 >&-", ExitCode.OK),
        ("$S check /nonexistent.yaml >&-", ExitCode.FINDINGS),
    ],
)
def test_closed_standard_streams(tmp_path: Path, command: str, code: int) -> None:
    done = shell(command.replace("{out}", str(tmp_path / "r.json")))
    assert done.returncode == code, done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "latin-1"},
        {"PYTHONUTF8": "0", "LC_ALL": "C"},
    ],
)
@pytest.mark.parametrize(
    "args",
    [
        ["check", "{EX}"],
        ["check", "-f", "json", "{EX}"],
        ["check", "-f", "markdown", "{EX}"],
        ["analyse", "{EX}"],
        ["trace", "{EX}", "opgave.saldo"],
        ["batch", "-j", "1", "{EX}"],
        ["explain", "Y001"],
        ["rules"],
    ],
)
def test_narrow_encodings_fall_back_to_escapes(env: dict[str, str], args: list[str]) -> None:
    environment = {**PROCESS_ENV, **env}
    environment.pop("PYTHONUTF8", None) if "PYTHONUTF8" not in env else None
    done = spukdos(*[a.replace("{EX}", str(AMSTELVEEN)) for a in args], env=environment)
    assert done.returncode == ExitCode.OK, done.stderr
    assert b"Traceback" not in done.stderr and done.stdout
    if "json" in args:
        encoding = env.get("PYTHONIOENCODING", "ascii")
        document = json.loads(done.stdout.decode(encoding))  # escapes are JSON's own
        assert document["files"][0]["figures"]["saldo"] == "78525.00"
        utf8 = spukdos("check", "-f", "json", str(AMSTELVEEN))
        assert document == json.loads(utf8.stdout)  # the same text, every € included


def test_a_name_with_invalid_bytes_in_a_narrow_encoding(tmp_path: Path) -> None:
    folder = bad_named_folder(tmp_path)
    done = spukdos(
        "check", "-f", "json", str(folder), env={**PROCESS_ENV, "PYTHONIOENCODING": "ascii"}
    )
    assert done.returncode == ExitCode.OK, done.stderr
    assert json.loads(done.stdout)["files"][0]["file"].endswith(SHOWN_NAME)


@pytest.mark.parametrize(
    "args",
    [
        ["analyse", "{EX}"],
        ["check", "{EX}"],
        ["check", "-f", "json", "{EX}"],
        ["batch", "-j", "1", "{EX}", "{EX2}"],
        ["trace", "{EX}", "opgave.saldo"],
        ["check", "/nonexistent.yaml"],
    ],
)
def test_a_closed_pipe_keeps_the_real_exit_code(tmp_path: Path, args: list[str]) -> None:
    copy = tmp_path / "b.yaml"
    copy.write_bytes(AMSTELVEEN.read_bytes())
    argv = [a.replace("{EX}", str(AMSTELVEEN)).replace("{EX2}", str(copy)) for a in args]
    expected = spukdos(*argv).returncode
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the first byte: every write is EPIPE
    try:
        done = spukdos(*argv, stdout=writer)
    finally:
        os.close(writer)
    assert done.returncode == expected, done.stderr
    assert b"Traceback" not in done.stderr and b"Exception ignored" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_full_standard_output_is_a_clear_usage_error(fmt: str) -> None:
    with open("/dev/full", "wb") as full:
        done = spukdos(
            "check",
            "-f",
            fmt,
            str(AMSTELVEEN),
            stdout=full,
            capture_output=False,
            stderr=subprocess.PIPE,
        )
    assert done.returncode == ExitCode.USAGE
    assert b"kan standaarduitvoer niet schrijven" in done.stderr
    assert b"interne fout" not in done.stderr and b"Traceback" not in done.stderr


# SIGTERM and SIGHUP during a batch: tests/cli/test_process.py (issue 23)


# -- item 9: an unreadable file is a finding or a row, not a usage error --------------------------
@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file that cannot be read. Made with mode 000; as root (who reads it anyway)
    ``os.access`` and ``os.open`` refuse it as they would for anyone else."""
    path = tmp_path / "locked.yaml"
    path.write_bytes(AMSTELVEEN.read_bytes())
    path.chmod(0)
    if os.geteuid() == 0:
        real_access, real_open = os.access, os.open

        def access(name: object, mode: int, *args: object, **kwargs: object) -> bool:
            if os.fspath(name) == str(path):  # type: ignore[call-overload]
                return False
            return real_access(name, mode, *args, **kwargs)  # type: ignore[arg-type]

        def open_(name: object, flags: int, *args: object, **kwargs: object) -> int:
            if os.fspath(name) == str(path):  # type: ignore[call-overload]
                raise PermissionError(13, os.strerror(13), str(path))
            return real_open(name, flags, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)
        monkeypatch.setattr(os, "open", open_)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{file}"],
        ["batch", "-j", "1", "{file}"],
        ["analyse", "{file}"],
        ["analyse", "-f", "json", "{file}"],
        ["trace", "{file}", "opgave.saldo"],
    ],
)
def test_an_unreadable_file_is_a_finding_or_a_row(locked: Path, args: list[str]) -> None:
    result = invoke([a.replace("{file}", str(locked)) for a in args], env=ENV)
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert "not readable" not in result.output
    assert "Y001" in result.output or "onleesbaar" in result.output


# -- item 10 and the FIFO: a folder walk reads only regular files inside the folder ---------------
SECRET = "https://user:ghp_SECRETTOKEN@github.com"


def hostile_tree(tmp_path: Path) -> Path:
    secret = tmp_path / "credentials"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    tree = tmp_path / "aanvragen"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "a.yaml").write_bytes(AMSTELVEEN.read_bytes())
    (tree / "inside.yaml").symlink_to(Path("sub") / "a.yaml")  # inside: followed
    (tree / "zz.yaml").symlink_to(secret)  # out of the tree: not followed
    (tree / "zy.yaml").symlink_to(Path("..") / "credentials")
    os.mkfifo(tree / "pipe.yaml")  # no writer: reading it would block forever
    return tree


def test_check_does_not_follow_links_out_of_the_folder_nor_read_pipes(tmp_path: Path) -> None:
    tree = hostile_tree(tmp_path)
    done = spukdos("check", "-f", "json", str(tree))
    assert done.returncode == ExitCode.FINDINGS, done.stderr
    assert b"SECRETTOKEN" not in done.stdout
    files = {Path(f["file"]).name: f for f in json.loads(done.stdout)["files"]}
    assert sorted(files) == ["a.yaml", "inside.yaml", "pipe.yaml", "zy.yaml", "zz.yaml"]
    for name in ("pipe.yaml", "zy.yaml", "zz.yaml"):
        assert [x["code"] for x in files[name]["findings"]] == ["Y012"], name
    assert files["inside.yaml"]["errors"] == 0
    for fmt in ("text", "github", "markdown"):
        shown = spukdos("check", "-f", fmt, str(tree))
        assert b"SECRETTOKEN" not in shown.stdout and b"Y012" in shown.stdout


def test_batch_does_not_follow_links_out_of_the_folder_nor_read_pipes(tmp_path: Path) -> None:
    tree = hostile_tree(tmp_path)
    out = tmp_path / "r.csv"
    done = spukdos("batch", str(tree), "-j", "2", "-o", str(out))
    assert done.returncode == ExitCode.FINDINGS, done.stderr
    rows = {Path(r["file"]).name: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    for name in ("pipe.yaml", "zy.yaml", "zz.yaml"):
        assert (rows[name]["verdict"], rows[name]["codes"]) == ("unreadable", "Y012"), name
    assert rows["inside.yaml"]["verdict"] == "positive"
    assert "SECRETTOKEN" not in out.read_text(encoding="utf-8")


def test_a_file_that_is_one_value_is_never_echoed(tmp_path: Path) -> None:
    source = tmp_path / "token.yaml"
    source.write_text(SECRET + "\n", encoding="utf-8")
    for fmt in ("text", "json", "github"):
        done = spukdos("check", "-f", fmt, str(source))
        assert done.returncode == ExitCode.FINDINGS
        assert b"Y007" in done.stdout and b"SECRETTOKEN" not in done.stdout


def test_a_pipe_named_on_the_command_line_is_still_read(tmp_path: Path) -> None:
    done = shell("$S check -f json <(cat $EX)".replace("<(cat $EX)", "/dev/stdin < $EX"))
    assert done.returncode == ExitCode.OK, done.stderr
    assert json.loads(done.stdout)["files"][0]["errors"] == 0


def test_an_unlistable_folder_reached_twice_is_one_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spukdos_cli.read import inputs

    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: str = ".") -> object:
        if os.path.realpath(path) == str(locked):  # as without read permission
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    found = inputs.collect(["locked", "."])
    assert [(i.name, i.problem.code if i.problem else None) for i in found] == [("locked", "Y001")]


# -- low items: a baseline row, shell completion ----------------------------------------------
@pytest.mark.parametrize("saldo", ["1E+5000", "NaN", "Infinity", " 1", "1_000", "1.234", "١"])
def test_a_baseline_row_with_an_odd_amount_is_refused(tmp_path: Path, saldo: str) -> None:
    baseline = tmp_path / "oud.json"
    row = {"file": str(AMSTELVEEN), "verdict": "positive", "saldo": saldo}
    baseline.write_text(json.dumps({"kind": "spukdos-batch", "rows": [row]}), encoding="utf-8")
    result = invoke(["batch", str(AMSTELVEEN), "-j", "1", "--baseline", str(baseline)], env=ENV)
    assert result.exit_code == ExitCode.USAGE
    assert "rij 1 is onleesbaar" in result.output


def test_a_baseline_of_huge_amounts_is_compared(tmp_path: Path) -> None:
    baseline = tmp_path / "oud.json"
    row = {"file": str(AMSTELVEEN), "verdict": "positive", "saldo": "9" * 60 + ".99"}
    baseline.write_text(json.dumps({"kind": "spukdos-batch", "rows": [row]}), encoding="utf-8")
    done = spukdos("batch", str(AMSTELVEEN), "-j", "1", "--baseline", str(baseline))
    assert done.returncode == ExitCode.OK, done.stderr
    assert b"999.999" in done.stdout


@pytest.mark.parametrize("home", ["/proc", "{file}"])
def test_install_completion_where_it_cannot_be_written(tmp_path: Path, home: str) -> None:
    a_file = tmp_path / "home"
    a_file.write_text("not a folder", encoding="utf-8")
    env = {**PROCESS_ENV, "HOME": home.replace("{file}", str(a_file)), "SHELL": "/bin/bash"}
    # typer finds the shell among the process's parents: started from bash here, so that
    # the test does not depend on how pytest itself was started
    command = shlex.quote(str(Path(sys.executable).parent / "spukdos")) + " --install-completion"
    done = processes.run(["bash", "-c", f"{command}; exit $?"], env=env)
    assert done.returncode == ExitCode.USAGE
    assert b"kan de aanvulling voor de shell niet installeren" in done.stderr
    assert b"interne fout" not in done.stderr


# -- the last low item: check streams its results ------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_streamed_report_is_the_rendered_report(fmt: str, count: int) -> None:
    from spukdos_cli.report.context import ReportContext
    from spukdos_cli.report.registry import render
    from spukdos_cli.report.streaming import open_stream

    texts = [AMSTELVEEN.read_text(encoding="utf-8"), MINIMAL, "- a\n", huge_case()]
    results = [check_text(texts[n % len(texts)]) for n in range(count)]
    for strict in (False, True):
        ctx = ReportContext(lang="en" if count == 1 else "nl", strict=strict, width=90)
        stream = open_stream(fmt, ctx, files=len(results))
        streamed = "".join(stream.file(r) for r in results) + stream.end()
        assert streamed == render(fmt, results, ctx)


def test_check_drops_each_result_once_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import weakref

    from spukdos_cli.checks import pipeline

    for number in range(4):
        (tmp_path / f"c{number}.yaml").write_bytes(AMSTELVEEN.read_bytes())
    alive: list[weakref.ref[object]] = []
    real = pipeline.check_loaded

    def check_loaded(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        gc.collect()
        alive.append(weakref.ref(result.case))  # type: ignore[union-attr]
        # this file's model and at most the one just reported: never all of them
        assert sum(ref() is not None for ref in alive) <= 2
        return result

    monkeypatch.setattr("spukdos_cli.cli.check.check_loaded", check_loaded)
    for fmt in FORMATS:
        alive.clear()
        result = invoke(["check", "-f", fmt, str(tmp_path)], env=ENV)
        assert result.exit_code == ExitCode.OK, result.output
