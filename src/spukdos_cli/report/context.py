"""What every reporter shares: how to report (language, strictness, colour, width), a
file's name as CI systems match it, and the stable fingerprint of a finding.

The registry and every CI reporter import this module; it imports none of them.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class ReportContext:
    """How to report: language, ``--strict``, and for the text report colour and width."""

    lang: str = "nl"
    strict: bool = False
    color: bool = False
    width: int = 100
    prices: str | None = None
    """The name of the price list in force, for the provenance of the HTML report."""
    full: bool = False
    """The whole text report for every file (``--volledig``), also when there are several;
    otherwise several files get the short report (:mod:`spukdos_cli.report.compact`)."""
    short: bool = False
    """The short text report also for a single file (a ``--quiet`` run that fails, as in a
    pre-commit hook), unless ``full`` asks for the whole one."""

    def short_text(self, files: int) -> bool:
        """Whether the text report of ``files`` files is the short one."""
        return not self.full and (files > 1 or self.short)


def ci_path(name: str) -> str:
    """A file's name as CI systems match it against the repository: forward slashes, no
    ``./`` in front. Absolute paths and the name of standard input stay as they are."""
    if os.path.isabs(name) or name.startswith("<"):
        return name.replace(os.sep, "/")
    return posixpath.normpath(name.replace(os.sep, "/"))


def fingerprint(path: str, code: str, data_path: str, occurrence: int) -> str:
    key = "\0".join((path, code, data_path, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()
