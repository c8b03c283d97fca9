"""``spukdos analyse FILE``: load and check one file, analyse it, report it, export it.

The command line parses the options and calls :func:`run`; the analysis itself is
:mod:`spukdos_cli.compute.analysis` (pure), the report :mod:`spukdos_cli.report.analysis`, the
export :mod:`spukdos_cli.report.export`. A usage problem (a variation that is not a percentage,
an export file with another suffix or that exists without ``--force``) is a
:class:`UsageError`, which the command line turns into exit code 2 before anything is
printed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from spukdos_cli.checks.pipeline import CheckOptions, FileResult
from spukdos_cli.cli.usage import UsageError, output_error
from spukdos_cli.compute.analysis import DEFAULT_VARIATIONS_PCT, Analysis, analyse
from spukdos_cli.exitcodes import exit_code
from spukdos_cli.form.numbers import NumberTextError, parse_percentage
from spukdos_cli.messages.labels import display_name, label, safe_text
from spukdos_cli.report.export import EXPORT_KINDS
from spukdos_cli.writefile import OutputIsInput, TargetExists, check_target

MAX_VARIATION_PCT = Decimal(100)
"""A variation beyond 100 % would make an input negative."""


@dataclass(frozen=True)
class AnalyseRequest:
    file: Path
    lang: str = "nl"
    output_format: str = "text"
    variations: tuple[Decimal, ...] = DEFAULT_VARIATIONS_PCT
    export: Path | None = None
    force: bool = False
    options: CheckOptions | None = None
    """The check options (the rules of ``--regels``); None: the built-in data."""


def parse_variations(texts: list[str] | None, lang: str = "nl") -> tuple[Decimal, ...]:
    """The ``--variatie`` options as percentages (the defaults when none are given)."""
    if not texts:
        return DEFAULT_VARIATIONS_PCT
    values = []
    for text in texts:
        try:
            value = parse_percentage(text)
        except NumberTextError:
            value = Decimal(-1)
        if not 0 < value <= MAX_VARIATION_PCT:
            shown = safe_text(text, single_line=True)
            raise UsageError(label("analyse_bad_variation", lang).format(text=shown))
        values.append(value)
    return tuple(sorted(set(values)))


def export_kind(path: Path, force: bool, lang: str = "nl", source: Path | None = None) -> str:
    """``html`` or ``svg`` from the suffix of ``path``; refuses an existing file without
    ``force`` and the file being analysed (checked again when the file is written)."""
    shown = safe_text(str(path), single_line=True)
    kind = path.suffix.lower().lstrip(".")
    kind = "html" if kind == "htm" else kind
    if kind not in EXPORT_KINDS:
        raise UsageError(label("analyse_bad_suffix", lang).format(file=shown))
    try:
        check_target(path, force=force, inputs=[source] if source is not None else [])
    except (TargetExists, OutputIsInput) as err:
        raise output_error(path, err, lang) from None
    except OSError:  # a missing folder and the like: said when the file is written
        pass
    return kind


def analyse_file(
    file: Path, variations: tuple[Decimal, ...], options: CheckOptions | None = None
) -> tuple[FileResult, Analysis | None]:
    """Load and check ``file`` as ``spukdos check`` does, and analyse it when it loaded
    without structure errors."""
    from spukdos_cli.checks.pipeline import check_loaded
    from spukdos_cli.read.loader import load_path

    result = check_loaded(load_path(file), display_name(str(file)), options)
    if result.case is None or result.calculation is None or not result.judged:
        return result, None
    return result, analyse(result.case, result.calculation, variations)


def html_document(result: FileResult, analysis: Analysis | None, lang: str) -> str:
    """The report people can attach: the check report of the file and its analysis."""
    from spukdos_cli.checks.pipeline import default_options
    from spukdos_cli.grant.rules import available_years
    from spukdos_cli.report.html_report import Provenance, render_document

    prices = default_options().prices
    provenance = Provenance(
        prices=prices.naam if prices is not None else None,
        rules_years=tuple(available_years()),
    )
    return render_document(
        [result], lang, provenance=provenance, analyses=[analysis], kind="html_title_analyse"
    )


def run(request: AnalyseRequest, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Do the whole command; return the exit code. Raises :class:`UsageError`."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    lang = request.lang
    kind = (
        export_kind(request.export, request.force, lang, request.file) if request.export else None
    )
    result, analysis = analyse_file(request.file, request.variations, request.options)

    if request.output_format == "json":
        from spukdos_cli.report.analysis_json import dumps

        stdout.write(dumps(result, analysis, lang))
    else:
        from rich.console import Console

        from spukdos_cli.report.analysis import analyse_document

        console = Console(file=stdout, highlight=False)
        for renderable in analyse_document(result, analysis, lang):
            console.print(renderable)

    if request.export is not None and kind is not None:
        from spukdos_cli.report.analysis import analyse_document
        from spukdos_cli.report.export import export
        from spukdos_cli.writefile import write_text_atomic

        shown = safe_text(str(request.export), single_line=True)
        if kind == "html":
            text = html_document(result, analysis, lang)
        else:
            title = f"spukdos analyse {safe_text(result.file, single_line=True)}"
            text = export(analyse_document(result, analysis, lang), kind, title, lang)
        try:
            write_text_atomic(request.export, text, force=request.force)
        except (TargetExists, OSError) as err:
            raise output_error(request.export, err, lang) from None
        stderr.write(label("ci_written", lang).format(file=shown) + "\n")
    return exit_code(failed=result.errors > 0)
