"""Running ``spukdos batch``: rows stream from the workers into the output file, the
summary and the baseline comparison, with a progress bar on a terminal.

The CLI checks the options and reports configuration errors; this module does the run
and returns the exit code. Nothing is held per file except what the summary needs.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from spukdos_cli.checks.batch import (
    BaselineComparison,
    BaselineEntry,
    BatchSettings,
    Summary,
    columns,
    run_rows,
)
from spukdos_cli.exitcodes import ExitCode

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


@contextlib.contextmanager
def _progress(total: int, lang: str) -> Iterator[tuple[Progress, TaskID] | None]:
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
    ) as progress:
        yield (progress, progress.add_task(label("batch_progress", lang), total=total))


def exit_code(summary: Summary) -> ExitCode:
    if summary.verdicts["internal_error"]:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if summary.with_errors else ExitCode.OK


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
                open_writer(output, cols, lang=settings.lang, prices=prices_name, force=force)
            )
        progress = stack.enter_context(_progress(len(names), settings.lang))
        rows = stack.enter_context(contextlib.closing(run_rows(names, settings, jobs)))
        for row in rows:
            if writer is not None:
                writer.write(row)
            summary.add(row)
            if comparison is not None:
                comparison.add(row)
            if progress is not None:
                bar, task = progress
                bar.advance(task)
        if writer is not None:
            writer.finish(summary)

    from rich.console import Console

    from spukdos_cli.report.batch import batch_report

    Console(highlight=False, file=sys.stdout).print(
        batch_report(
            summary,
            settings.lang,
            prices_name=prices_name,
            changes=comparison.changes() if comparison is not None else None,
            baseline=baseline_name,
            output=str(output) if output is not None else None,
        )
    )
    return exit_code(summary)
