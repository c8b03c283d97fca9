"""One run of ``spukdos check``: collect the inputs, check them, report, decide the exit code.

The command line parses the options into a :class:`CheckRequest` and calls :func:`run`
with the streams and environment to use; everything else happens here, so that tests can
drive a run with their own streams. Usage problems (an output file that exists, ``-``
twice) raise :class:`UsageError` before any file is read; problems with the files
themselves are findings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from spukdos_cli.checks.outcome import run_failed
from spukdos_cli.checks.pipeline import CheckOptions, FileResult, check_loaded, default_options
from spukdos_cli.cli.usage import UsageError, output_error
from spukdos_cli.exitcodes import ExitCode, exit_code
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.read.inputs import STDIN, Input, collect, load_input, read_stream
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.registry import render
from spukdos_cli.writefile import OutputIsInput, TargetExists, check_target, write_text_atomic

AUTO = "auto"
ALWAYS = "always"
NEVER = "never"


@dataclass(frozen=True)
class CheckRequest:
    """The options of ``spukdos check``, as parsed."""

    paths: list[str]
    lang: str = "nl"
    output_format: str | None = None
    """None: ``github`` when running in GitHub Actions (and writing to stdout), else text."""
    output: str | None = None
    """A file to write the report to (``-`` or None: standard output)."""
    force: bool = False
    strict: bool = False
    exit_zero: bool = False
    quiet: bool = False
    color: str = AUTO
    stdin_filename: str | None = None
    options: CheckOptions | None = field(default=None, repr=False)
    full: bool = False
    """``--volledig``: the whole text report for every file, also when there are several."""


def choose_format(request: CheckRequest, env: Mapping[str, str]) -> str:
    if request.output_format is not None:
        return request.output_format
    if env.get("GITHUB_ACTIONS") == "true" and _to_stdout(request):
        return "github"
    return "text"


def use_color(request: CheckRequest, stream: TextIO, env: Mapping[str, str]) -> bool:
    """``--color always`` wins over ``NO_COLOR`` (as no-color.org asks); ``auto`` colours
    only a terminal, and not when ``NO_COLOR`` is set or ``TERM`` is ``dumb``."""
    if request.color == ALWAYS:
        return True
    if request.color == NEVER or not _to_stdout(request):
        return False
    if env.get("NO_COLOR", "") != "" or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _to_stdout(request: CheckRequest) -> bool:
    return request.output in (None, "-")


def _width(stream: TextIO, env: Mapping[str, str]) -> int:
    """The width the text report is drawn at: the terminal's, else ``COLUMNS``, else 100."""
    columns = env.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return 100


def validate(request: CheckRequest, inputs: list[Input]) -> None:
    """Raise :class:`UsageError` for options that cannot be carried out."""
    lang = request.lang
    if request.paths.count(STDIN) > 1:
        raise UsageError(label("ci_stdin_twice", lang))
    if request.stdin_filename is not None and STDIN not in request.paths:
        raise UsageError(label("ci_stdin_filename_without_dash", lang))
    if not inputs:
        raise UsageError(label("ci_no_files", lang).format(paths=", ".join(request.paths)))
    if _to_stdout(request) or request.output is None:
        return
    target = Path(request.output)
    read = [item.path for item in inputs if item.path is not None]
    try:
        check_target(target, force=request.force, inputs=read)
    except (TargetExists, OutputIsInput) as err:
        raise output_error(request.output, err, lang) from None
    except OSError:  # a missing folder and the like: said when the report is written
        pass


def check_inputs(
    inputs: list[Input], options: CheckOptions | None, stdin: Callable[[], bytes]
) -> list[FileResult]:
    """Load and check every input; every problem becomes a finding."""
    return [check_loaded(load_input(item, stdin), item.name, options) for item in inputs]


def run(
    request: CheckRequest,
    *,
    stdout: TextIO,
    stderr: TextIO,
    stdin: BinaryIO | None,
    env: Mapping[str, str],
) -> ExitCode:
    """Carry out one check run and return its exit code (usage errors raise)."""

    inputs = collect(request.paths, request.stdin_filename)
    validate(request, inputs)
    fmt = choose_format(request, env)
    options = request.options
    if fmt == "text" and len(inputs) > 1 and not request.full:
        # the short report shows no robustness summary: do not compute one
        options = replace(options or default_options(), robustness=False)
    results = check_inputs(
        inputs, options, lambda: read_stream(stdin) if stdin is not None else b""
    )
    ctx = ReportContext(
        lang=request.lang,
        strict=request.strict,
        color=fmt == "text" and use_color(request, stdout, env),
        width=_width(stdout, env) if _to_stdout(request) else 100,
        full=request.full,
    )
    failed = run_failed(results, request.strict)
    code = exit_code(failed=failed, exit_zero=request.exit_zero)
    quiet = request.quiet and not failed
    output = request.output
    if output is None or output == "-":
        if not quiet:  # -q on a run that passes renders nothing at all
            stdout.write(render(fmt, results, ctx))
        return code
    report = render(fmt, results, ctx)
    shown = safe_text(output, single_line=True)
    try:
        write_text_atomic(Path(output), report, force=request.force)
    except (TargetExists, OSError) as err:
        raise output_error(output, err, request.lang) from None
    if not quiet:
        stderr.write(label("ci_written", request.lang).format(file=shown) + "\n")
    return code
