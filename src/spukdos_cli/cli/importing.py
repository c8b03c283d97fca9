"""One run of ``spukdos import``: a filled-in form (.docx, .pdf, .txt or standard input)
-> a commented YAML file, and a summary of what was found.

Exit codes: 0 when everything the form asks for was found, 1 when something was not
(or the document could not be read, or is not a filled-in form), 2 for a usage error
(an output file that exists without ``--force``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from spukdos_cli.checks.completeness import completeness
from spukdos_cli.checks.imported import form_gaps
from spukdos_cli.cli.usage import UsageError, output_error
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.findings import Finding
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.read.document.errors import DocumentError
from spukdos_cli.writefile import OutputIsInput, TargetExists, check_target, write_text_atomic

STDIN = "-"


@dataclass(frozen=True)
class ImportRequest:
    source: str
    output: str | None = None
    force: bool = False
    anonymise: bool = False
    lang: str = "nl"


def _to_stdout(request: ImportRequest) -> bool:
    return request.output in (None, STDIN)


def run(
    request: ImportRequest, *, stdout: TextIO, stderr: TextIO, stdin: BinaryIO | None
) -> ExitCode:
    """Import one document; usage problems raise :class:`UsageError`."""
    from spukdos_cli.authoring.imported import imported_yaml
    from spukdos_cli.read.document.anonymise import anonymise
    from spukdos_cli.read.document.load import case_of, import_bytes, kind_of, read_limited
    from spukdos_cli.report.import_summary import import_summary

    lang = request.lang
    shown = safe_text(request.source, single_line=True)
    if not _to_stdout(request):
        assert request.output is not None
        inputs = [] if request.source == STDIN else [Path(request.source)]
        try:
            check_target(Path(request.output), force=request.force, inputs=inputs)
        except (TargetExists, OutputIsInput) as err:
            raise output_error(request.output, err, lang) from None
        except OSError:
            pass
    if request.source == STDIN:
        from spukdos_cli.read.inputs import read_stream

        raw: bytes | Finding = read_stream(stdin) if stdin is not None else b""
        kind = kind_of("stdin.txt", raw if isinstance(raw, bytes) else b"")
    else:
        raw = read_limited(Path(request.source))
        kind = kind_of(request.source, raw if isinstance(raw, bytes) else b"")
    if isinstance(raw, Finding):
        from spukdos_cli.messages.catalogue import render

        stderr.write(f"spukdos: {shown}: {render(raw, lang)}\n")
        return ExitCode.FINDINGS
    try:
        imp = import_bytes(raw, kind)
    except DocumentError as err:
        from spukdos_cli.messages.catalogue import term

        reason = term(err.reason, lang)
        message = label("imp_unreadable_doc", lang).format(file=shown, reason=reason)
        stderr.write(f"spukdos: {message}\n")
        return ExitCode.FINDINGS
    if not imp.recognised:
        stderr.write("spukdos: " + label("imp_not_a_form", lang).format(file=shown) + "\n")
        return ExitCode.FINDINGS
    if request.anonymise:
        imp = anonymise(imp)
    case, problems = case_of(imp)
    statuses = completeness(case) if case is not None else ()
    name = Path(request.source).name if request.source != STDIN else "<stdin>"
    text = imported_yaml(
        imp,
        source_name=name,
        lang=lang,
        anonymised=request.anonymise,
        output_name=None if _to_stdout(request) else Path(str(request.output)).name,
    )
    written = None
    if _to_stdout(request):
        stdout.write(text)
    else:
        assert request.output is not None
        try:
            write_text_atomic(Path(request.output), text, force=request.force)
        except (TargetExists, OSError) as err:
            raise output_error(request.output, err, lang) from None
        written = request.output
    stderr.write(import_summary(imp, statuses, lang, written))
    gaps = form_gaps(statuses)
    return ExitCode.FINDINGS if gaps or problems else ExitCode.OK


__all__ = ["ImportRequest", "UsageError", "run"]
