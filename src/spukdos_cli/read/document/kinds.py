"""The kinds of document spukdos recognises, by name and by their first bytes (a leaf
module: the folder walker, the loader and the Word reader share it)."""

from __future__ import annotations

DOCUMENT_SUFFIXES = (".docx", ".pdf", ".txt", ".docm", ".doc", ".odt")
"""Filled-in forms that ``batch`` also finds in a folder (``check`` reads them when named):
the ones spukdos reads, and the ones it cannot read but that look like an application
(an old ``.doc``, an OpenDocument ``.odt``), so that each gets a row saying how to save it."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An OLE compound file: an old .doc, or an encrypted (password-protected) Office file."""
