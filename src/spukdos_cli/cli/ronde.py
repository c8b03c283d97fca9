"""Running ``spukdos ronde``: a folder of applications to the decisions of a round.

The files are read and checked as ``spukdos batch`` does (:func:`spukdos_cli.cli.batch.
run_rows`: worker processes, a progress bar on a terminal, one unreadable or hostile file
one row); each worker adds the round's part to its row (:func:`spukdos_cli.checks.round.
round_row`), so only that small row is kept per application. When all are in, the round
is decided (:func:`spukdos_cli.checks.round.decide_round`: duplicates, budget, draw), and
the overview, the letters and the report are written.

The exit code is batch's rule: 1 when an application has error findings (an incomplete
one has) or could not be read, 2 when checking one hit a bug in spukdos, else 0.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from spukdos_cli.checks.batch import Row, Summary
from spukdos_cli.checks.round import Outcome, RoundRow, as_round_row, decide_round, round_row
from spukdos_cli.cli.batch import BatchSettings, progress_bar, provenance, run_rows
from spukdos_cli.exitcodes import ExitCode, exit_code

if TYPE_CHECKING:
    from spukdos_cli.checks.pipeline import FileResult
    from spukdos_cli.report.letters import LetterTemplate


@dataclass(frozen=True)
class RoundRequest:
    """What ``spukdos ronde`` was asked, its options checked."""

    names: list[str]
    budget: Decimal
    seed: str | None
    named: tuple[str, ...]
    jobs: int
    output: Path | None
    letters: Path | None
    template: LetterTemplate | None
    force: bool
    advice_required: bool


def _extend(result: FileResult, row: Row, path: str, *, advice_required: bool) -> Row:
    """The round's row of one file, made in the worker."""
    try:
        stat = os.stat(path)
        mtime_ns = stat.st_mtime_ns
        changed = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
    except (OSError, ValueError, OverflowError):
        mtime_ns, changed = 0, None
    return round_row(
        result, row, advice_required=advice_required, mtime_ns=mtime_ns, changed=changed
    )


def round_settings(settings: BatchSettings, advice_required: bool) -> BatchSettings:
    """Batch's settings with the round's part added to each row."""
    return replace(settings, extend=functools.partial(_extend, advice_required=advice_required))


def read_rows(request: RoundRequest, settings: BatchSettings) -> list[RoundRow]:
    """Every application's round row, in file order, with a progress bar on a terminal."""
    rows: list[RoundRow] = []
    with contextlib.ExitStack() as stack:
        bar = stack.enter_context(progress_bar(len(request.names), settings.lang, "ronde_progress"))
        stream = stack.enter_context(
            contextlib.closing(run_rows(request.names, settings, request.jobs))
        )
        for row in stream:
            rows.append(as_round_row(row))
            if bar is not None:
                bar.advance()
    return rows


def run_round(request: RoundRequest, settings: BatchSettings) -> ExitCode:
    """Read, decide, write; returns the exit code."""
    from rich.console import Console

    from spukdos_cli.messages.labels import display_name
    from spukdos_cli.report.round import round_report

    rows = read_rows(request, round_settings(settings, request.advice_required))
    outcome = decide_round(rows, request.budget, request.seed, request.named)
    summary = Summary()
    for row in outcome.rows:
        summary.add(row)
    if request.output is not None:
        from spukdos_cli.report.round_files import write_overview

        write_overview(
            request.output,
            outcome,
            summary,
            lang=settings.lang,
            force=request.force,
            provenance=provenance(settings),
        )
    letters = None
    if request.letters is not None and request.template is not None:
        letters = (
            _write_letters(request, outcome, settings.lang),
            display_name(str(request.letters)),
        )
    Console(highlight=False, file=sys.stdout).print(
        round_report(
            outcome,
            settings.lang,
            output=display_name(str(request.output)) if request.output is not None else None,
            letters=letters,
        )
    )
    return exit_code(
        failed=summary.with_errors > 0, internal_error=summary.verdicts["internal_error"] > 0
    )


def _write_letters(request: RoundRequest, outcome: Outcome, lang: str) -> int:
    """The letters; a template that fails on an application is a usage error."""
    from spukdos_cli.cli.usage import UsageError
    from spukdos_cli.messages.labels import display_name, label
    from spukdos_cli.report.letters import TemplateError, write_letters

    if request.letters is None or request.template is None:  # pragma: no cover - checked
        return 0
    try:
        written = write_letters(
            request.template, outcome.rows, request.letters, force=request.force, lang=lang
        )
    except TemplateError as err:
        where = display_name(str(request.template.filename or "-"))
        message = label("ronde_template_unusable", lang).format(file=where, reason=str(err))
        raise UsageError(message) from None
    return len(written) // 2
