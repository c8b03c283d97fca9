"""What loading one file gives: a model when one could be built, its source map, findings.

Apart from the loader, so that the checks can take a loaded file without importing the
YAML reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spukdos_cli.findings import Finding
from spukdos_cli.form.model import Businesscase
from spukdos_cli.positions import SourceMap


@dataclass(frozen=True)
class Loaded:
    """The outcome of loading one file: a model when it could be built, and findings."""

    case: Businesscase | None
    source_map: SourceMap
    findings: tuple[Finding, ...]
    sha256: str | None = None
    text: str | None = field(default=None, repr=False)
    partial: bool = False
    """True when ``case`` was built after leaving out values that had errors."""
    source_kind: str = "yaml"
    """What was read: ``yaml``, or an imported document: ``docx``, ``pdf`` or ``txt``."""
