"""A document that cannot be read at all."""

from __future__ import annotations


class DocumentError(Exception):
    """``reason`` is a term key (``doc_*``) saying why; ``detail`` adds what was seen."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail
