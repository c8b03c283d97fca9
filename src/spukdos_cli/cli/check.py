"""One run of ``spukdos check``: collect the inputs, check them, report, decide the exit code.

The command line parses the options into a :class:`CheckRequest` and calls :func:`run`
with the streams and environment to use; everything else happens here, so that tests can
drive a run with their own streams. Usage problems (an output file that exists, ``-``
twice) raise :class:`UsageError` before any file is read; problems with the files
themselves are findings.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from spukdos_cli.checks.outcome import passed
from spukdos_cli.checks.pipeline import CheckOptions, FileResult, check_loaded, default_options
from spukdos_cli.cli.usage import UsageError, output_error
from spukdos_cli.exitcodes import ExitCode, exit_code
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.read.inputs import STDIN, Input, collect, is_document, load_input, read_stream
from spukdos_cli.report.context import ReportContext
from spukdos_cli.report.streaming import open_stream
from spukdos_cli.writefile import OutputIsInput, TargetExists, atomic_output, check_target

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


def validate(request: CheckRequest, inputs: list[Input], stdin: BinaryIO | None = None) -> None:
    """Raise :class:`UsageError` for options that cannot be carried out (``stdin``: the
    standard input, so that ``-o`` never names the file it is read from)."""
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
    read: list[Path | int] = [item.path for item in inputs if item.path is not None]
    if STDIN in request.paths and stdin is not None:
        read += _descriptor(stdin)
    try:
        check_target(target, force=request.force, inputs=read)
    except (TargetExists, OutputIsInput) as err:
        raise output_error(request.output, err, lang) from None
    except OSError:  # a missing folder and the like: said when the report is written
        pass


def _descriptor(stream: BinaryIO) -> list[Path | int]:
    """The file descriptor of ``stream``, if it has one."""
    try:
        return [stream.fileno()]
    except (AttributeError, OSError, ValueError):  # a test's BytesIO
        return []


def check_inputs(
    inputs: list[Input], options: CheckOptions | None, stdin: Callable[[], bytes]
) -> Iterator[FileResult]:
    """Load and check every input, one at a time; every problem becomes a finding."""
    for item in inputs:
        yield check_loaded(load_input(item, stdin), item.name, options)


@contextlib.contextmanager
def _destination(request: CheckRequest, stdout: TextIO) -> Iterator[TextIO]:
    """Where the report goes as it is written: the ``-o`` file (atomically: a temporary
    file, moved into place when the run succeeds, removed when it does not) or standard
    output."""
    if _to_file(request):
        with (
            atomic_output(Path(str(request.output)), force=request.force) as temp,
            open(temp, "w", encoding="utf-8", newline="\n") as out,
        ):
            yield out
            out.flush()
            os.fsync(out.fileno())
        return
    yield stdout


def _to_file(request: CheckRequest) -> bool:
    return not _to_stdout(request) and request.output is not None


def _once(read: Callable[[], bytes]) -> Callable[[], bytes]:
    """``read``, called at most once: standard input can be read only once, and a
    ``--quiet`` run may check it twice."""
    kept: list[bytes] = []

    def again() -> bytes:
        if not kept:
            kept.append(read())
        return kept[0]

    return again


def run(
    request: CheckRequest,
    *,
    stdout: TextIO,
    stderr: TextIO,
    stdin: BinaryIO | None,
    env: Mapping[str, str],
) -> ExitCode:
    """Carry out one check run and return its exit code (usage errors raise).

    Each file is checked, reported and dropped, so memory stays flat however many files
    there are. With ``--quiet`` (and no ``-o`` file to write) the files are first only
    checked: a run that passes renders nothing at all; a failing one is checked again
    and reported as usual."""
    inputs = collect(request.paths, request.stdin_filename)
    validate(request, inputs, stdin)
    if any(is_document(item.name) for item in inputs):
        from spukdos_cli.read.document import cache

        cache.enable(env)
    fmt = choose_format(request, env)
    ctx = ReportContext(
        lang=request.lang,
        strict=request.strict,
        color=fmt == "text" and use_color(request, stdout, env),
        width=_width(stdout, env) if _to_stdout(request) else 100,
        prices=request.options.prices.naam if request.options and request.options.prices else None,
        full=request.full,
        short=request.quiet and _to_stdout(request),
    )
    options = request.options
    if fmt == "text" and ctx.short_text(len(inputs)):
        # the short report of several files shows no robustness summary: compute none
        options = replace(options or default_options(), robustness=False)
    read_stdin = _once(lambda: read_stream(stdin) if stdin is not None else b"")
    if request.quiet and not _to_file(request):
        checked = check_inputs(inputs, options, read_stdin)
        if all(passed(result, request.strict) for result in checked):
            return exit_code(failed=False, exit_zero=request.exit_zero)
    stream = open_stream(fmt, ctx, files=len(inputs))
    failed = False
    output = request.output
    try:
        with _destination(request, stdout) as out:
            for result in check_inputs(inputs, options, read_stdin):
                failed = failed or not passed(result, request.strict)
                out.write(stream.file(result))
            out.write(stream.end())
    except (TargetExists, OSError) as err:
        if not _to_file(request):
            raise
        raise output_error(str(output), err, request.lang) from None
    code = exit_code(failed=failed, exit_zero=request.exit_zero)
    if _to_file(request) and not (request.quiet and not failed):
        shown = safe_text(str(output), single_line=True)
        stderr.write(label("ci_written", request.lang).format(file=shown) + "\n")
    return code
