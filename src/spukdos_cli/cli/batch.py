"""Running ``spukdos batch``: rows stream from the workers into the output file, the
summary and the baseline comparison, with a progress bar on a terminal.

:func:`run_rows` checks many files, in worker processes when asked, and yields the rows
in file order as they are ready, so memory stays flat however many files there are.

The CLI checks the options and reports configuration errors; this module does the run
and returns the exit code. Nothing is held per file except what the summary needs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spukdos_cli.checks.batch import (
    BaselineComparison,
    BaselineEntry,
    Row,
    Summary,
    columns,
    row_from_result,
)
from spukdos_cli.exact import exact
from spukdos_cli.exitcodes import ExitCode, exit_code

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from spukdos_cli.checks.pipeline import CheckOptions, FileResult
    from spukdos_cli.cli.workers import Lost
    from spukdos_cli.report.batch_files import Provenance


@dataclass(frozen=True)
class BatchSettings:
    """What every worker needs: the check options, whether to reprice, the language."""

    options: CheckOptions
    lang: str
    with_prices: bool
    debug: bool = False
    skipped: Mapping[str, str] = field(default_factory=dict)
    """Files found in a folder that are not read (a link out of it, a named pipe): name ->
    the reason, reported in the file's row as Y012."""
    extend: Callable[[FileResult, Row, str], Row] | None = None
    """What a command built on batch adds to each row, in the worker: given the file's
    result, its batch row and its path, the row to yield (``spukdos ronde``'s)."""


_SETTINGS: BatchSettings | None = None

TASK_TIMEOUT = 120.0
"""Seconds one file may take in a worker before it is stopped and its row says so (Y014)."""


def _init_worker(settings: BatchSettings) -> None:
    global _SETTINGS
    _SETTINGS = settings


def check_one(path: str) -> Row:
    """Load, check and summarise one file (in a worker or in this process)."""
    from spukdos_cli.messages.labels import display_name

    settings = _SETTINGS
    if settings is None:  # pragma: no cover - the pool's initializer always sets it
        raise RuntimeError("batch settings not initialised")
    name = display_name(path)  # the real name reads the file; every output shows this
    with exact():  # in a worker or in this process, whatever the caller's context
        return _check_one(path, name, settings)


def _check_one(path: str, name: str, settings: BatchSettings) -> Row:
    from spukdos_cli.checks.pipeline import check_loaded
    from spukdos_cli.positions import SourceMap
    from spukdos_cli.read.inputs import load_file, skipped_finding
    from spukdos_cli.read.loaded import Loaded

    try:
        reason = settings.skipped.get(path)
        if reason is not None:
            loaded = Loaded(None, SourceMap(), (skipped_finding(reason),))
        else:
            loaded = load_file(Path(path))
        result = check_loaded(loaded, name, settings.options)
        return _row(result, path, settings)
    except Exception as err:  # a bug in spukdos: one row, and exit code 2 at the end
        if settings.debug:
            raise
        return Row(file=name, verdict="internal_error", error=type(err).__name__)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _lost_row(path: str, why: Lost) -> Row:
    """The row of a file whose worker died twice or ran out of time: Y014, and the run goes
    on (:mod:`spukdos_cli.cli.workers`)."""
    from spukdos_cli.checks.batch import aborted_finding
    from spukdos_cli.checks.pipeline import check_loaded
    from spukdos_cli.messages.labels import display_name
    from spukdos_cli.positions import SourceMap
    from spukdos_cli.read.loaded import Loaded

    settings = _SETTINGS
    if settings is None:  # pragma: no cover - run_rows always sets it
        raise RuntimeError("batch settings not initialised")
    finding = aborted_finding(
        signal=why.signal,
        exit_status=why.exit_status,
        seconds=int(TASK_TIMEOUT) if why.timed_out else None,
    )
    with exact():
        result = check_loaded(
            Loaded(None, SourceMap(), (finding,)), display_name(path), settings.options
        )
        return _row(result, path, settings)


def _row(result: FileResult, path: str, settings: BatchSettings) -> Row:
    row = row_from_result(result, settings.lang, settings.options if settings.with_prices else None)
    return row if settings.extend is None else settings.extend(result, row, path)


def run_rows(names: list[str], settings: BatchSettings, jobs: int) -> Generator[Row, None, None]:
    """Check the files ``names`` with ``jobs`` worker processes and yield one row per
    file, in that order, as soon as it is ready (results are streamed, not held).

    The workers are :func:`spukdos_cli.cli.workers.ordered_map`'s, which cannot hang: a
    signal ends the run at once, and a worker that dies costs one row (Y014), not the run.
    """
    _init_worker(settings)
    if jobs <= 1 or len(names) < 2 or not hasattr(os, "fork"):
        yield from map(check_one, names)
        return
    from spukdos_cli.checks import pipeline  # noqa: F401 - imported once, before forking
    from spukdos_cli.cli.workers import ordered_map
    from spukdos_cli.read import inputs  # noqa: F401 - imported once, before forking

    yield from ordered_map(
        check_one,
        names,
        jobs=min(jobs, len(names)),
        lost=_lost_row,
        timeout=TASK_TIMEOUT,
        quiet_stderr=not settings.debug,
    )


class _Bar:
    """A progress bar that is drawn by the run itself, never by a thread of its own: the
    worker processes are forked while it shows, and a fork must not copy a thread that may
    hold a lock (Rich's refresh thread writes to standard error)."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress = progress
        self._task = task
        self._drawn = 0.0

    def advance(self) -> None:
        import time

        self._progress.advance(self._task)
        now = time.monotonic()
        if now - self._drawn >= 0.1:  # at most ten times a second
            self._drawn = now
            self._progress.refresh()


@contextlib.contextmanager
def progress_bar(total: int, lang: str, what: str = "batch_progress") -> Iterator[_Bar | None]:
    """A Rich progress bar on stderr when stderr is a terminal; otherwise nothing."""
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from spukdos_cli.messages.labels import label

    with Progress(
        "{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        auto_refresh=False,
    ) as progress:
        yield _Bar(progress, progress.add_task(label(what, lang), total=total))


def _rules_files(settings: BatchSettings) -> tuple[tuple[int, str], ...]:
    """(year, file) for each grant year whose rules came from ``--regels``."""
    rules = sorted(settings.options.rules.items())
    return tuple((year, r.origin) for year, r in rules if r.origin is not None)


def provenance(settings: BatchSettings) -> Provenance:
    from datetime import datetime

    from spukdos_cli import __version__
    from spukdos_cli.report.batch_files import Provenance

    prices = settings.options.prices
    return Provenance(
        version=__version__,
        rules_years=tuple(sorted(settings.options.rules)),
        rules_files=_rules_files(settings),
        prices=prices.naam if prices is not None else None,
        prices_given=settings.with_prices,
        created=datetime.now().astimezone(),
    )


def run_batch(
    names: list[str],
    settings: BatchSettings,
    *,
    jobs: int,
    output: Path | None,
    force: bool,
    baseline: Mapping[str, BaselineEntry] | None,
    baseline_name: str | None,
) -> ExitCode:
    """Check the files ``names``, write the table to ``output``, print the summary.

    Returns the exit code.
    """
    from spukdos_cli.report.batch_files import open_writer

    prices_name = (
        settings.options.prices.naam if settings.with_prices and settings.options.prices else None
    )
    summary = Summary(with_prices=settings.with_prices)
    comparison = BaselineComparison(baseline) if baseline is not None else None
    cols = columns(settings.with_prices)

    with contextlib.ExitStack() as stack:
        writer = None
        if output is not None:
            writer = stack.enter_context(
                open_writer(
                    output,
                    cols,
                    lang=settings.lang,
                    prices=prices_name,
                    force=force,
                    provenance=provenance(settings),
                )
            )
        progress = stack.enter_context(progress_bar(len(names), settings.lang))
        rows = stack.enter_context(contextlib.closing(run_rows(names, settings, jobs)))
        for row in rows:
            if writer is not None:
                writer.write(row)
            summary.add(row)
            if comparison is not None:
                comparison.add(row)
            if progress is not None:
                progress.advance()
        if writer is not None:
            writer.finish(summary)

    from rich.console import Console

    from spukdos_cli.messages.labels import display_name
    from spukdos_cli.report.batch import batch_report

    Console(highlight=False, file=sys.stdout).print(
        batch_report(
            summary,
            settings.lang,
            prices_name=prices_name,
            changes=comparison.changes() if comparison is not None else None,
            baseline=baseline_name,
            output=display_name(str(output)) if output is not None else None,
            rules_files=list(_rules_files(settings)),
        )
    )
    return exit_code(
        failed=summary.with_errors > 0, internal_error=summary.verdicts["internal_error"] > 0
    )
