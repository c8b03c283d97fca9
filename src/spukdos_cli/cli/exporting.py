"""One run of ``spukdos export``: a businesscase file -> a Word document in the format.

The file is read and checked as ``spukdos check`` does; a file with error findings is
still exported (with a notice at the top of the document) and the command then exits 1,
as every command does for a file with errors. A file that cannot be read at all exits 1
without writing anything; an output that exists without ``--force`` is a usage error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from spukdos_cli.cli.usage import UsageError, output_error
from spukdos_cli.exitcodes import ExitCode, exit_code
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.writefile import OutputIsInput, TargetExists, check_target


@dataclass(frozen=True)
class ExportRequest:
    file: Path
    output: Path
    force: bool = False
    lang: str = "nl"


def run(request: ExportRequest, *, stderr: TextIO) -> ExitCode:
    from spukdos_cli.checks.pipeline import check_loaded
    from spukdos_cli.read.inputs import load_file
    from spukdos_cli.report.docx_export import write_docx

    lang = request.lang
    if request.output.suffix.lower() != ".docx":  # a Word document under another name misleads
        shown_output = safe_text(str(request.output), single_line=True)
        raise UsageError(label("exp_not_docx", lang).format(file=shown_output))
    try:
        check_target(request.output, force=request.force, inputs=[request.file])
    except (TargetExists, OutputIsInput, OSError) as err:
        raise output_error(request.output, err, lang) from None
    shown = safe_text(str(request.file), single_line=True)
    result = check_loaded(load_file(request.file), str(request.file))
    if result.case is None or result.calculation is None:
        stderr.write("spukdos: " + label("exp_not_loaded", lang).format(file=shown) + "\n")
        return ExitCode.FINDINGS
    try:
        write_docx(result, request.output, force=request.force)
    except (TargetExists, OSError) as err:
        raise output_error(request.output, err, lang) from None
    written = safe_text(str(request.output), single_line=True)
    stderr.write(label("exp_written", lang).format(file=written) + "\n")
    if result.errors:
        stderr.write(label("exp_notice", lang).format(errors=result.errors) + "\n")
    return exit_code(failed=result.errors > 0)
