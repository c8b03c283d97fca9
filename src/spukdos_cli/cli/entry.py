"""The process boundary: the ``spukdos`` console script and ``python -m spukdos_cli``.

:func:`entry` imports the command line itself, so that Ctrl-C while Python is still
importing ends like Ctrl-C during a command (Typer): exit code 130, no traceback. It then
ends the process quickly once the output is flushed (issue 6). The standard streams and the
signals SIGTERM and SIGHUP are prepared first (:mod:`spukdos_cli.cli.process`).
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

from spukdos_cli.children import stop_helpers
from spukdos_cli.cli import process
from spukdos_cli.exitcodes import ExitCode
from spukdos_cli.writefile import discard_pending


def teardown_needed() -> bool:
    """True when something may still run at interpreter exit: another thread, an exit
    handler a library registered (multiprocessing and tempfile in ``batch``, coverage), or
    a profiler or tracer that writes its results at the end (``python -m cProfile``)."""
    import atexit
    import threading

    handlers = getattr(atexit, "_ncallbacks", None)  # CPython's; elsewhere: assume some
    return (
        handlers is None
        or handlers() > 0
        or threading.active_count() > 1
        or sys.getprofile() is not None
        or sys.gettrace() is not None
    )


def entry() -> NoReturn:
    """Run :func:`spukdos_cli.cli.app.main`, then end the process with its exit code.

    When the command has finished and its output is flushed, the interpreter's own
    teardown (collecting and freeing every Pydantic validator and every Rich and Typer
    object, one by one) would take about 35 ms, over a tenth of a whole ``spukdos check``.
    Unless something still needs that teardown (:func:`teardown_needed`), the process ends
    at once with :func:`os._exit` and the same exit code. If flushing the output fails (a
    closed pipe), the normal exit handles it, as it always did.
    """
    code: str | int | None
    # Pydantic looks for plugins among the entry points of every installed package when
    # the first model is built (some 17 ms); spukdos uses none. A user's own setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        process.prepare()  # closed or narrow streams, closed pipes, SIGTERM and SIGHUP
        from spukdos_cli.cli.app import main

        main()
    except KeyboardInterrupt:
        code = ExitCode.INTERRUPTED
    except SystemExit as stop:
        code = stop.code
    except process.Terminated as stop:
        code = stop.exit_code
    else:
        code = ExitCode.OK
    discard_pending()  # a half-written output file, whatever a signal interrupted
    stop_helpers()  # the document reader, if this run started one, ends with it
    if code is None or isinstance(code, int):
        process.settle(code or 0)  # the work is done: a late signal keeps this code
    try:
        sys.stdout.flush()
    except process.OutputFailed as err:  # the last of the report could not be written
        from spukdos_cli.cli.app import output_failed

        code = output_failed(str(err))
    if (code is None or isinstance(code, int)) and not teardown_needed():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError, process.OutputFailed):
            pass
        else:
            os._exit(code or 0)
    sys.exit(code)
