"""Text from a file, made fit for XML and HTML: the JUnit report, the workbook, the HTML
report and the SVG export.

XML 1.0 cannot hold control characters (other than tab and line ends), lone surrogates
or U+FFFE and U+FFFF at all: one of them makes the whole file unreadable. HTML calls the
other non-characters (U+FDD0-U+FDEF, U+1FFFE, ...) parse errors. :func:`xml_text` shows
each such character as a visible escape (``\\ufffe``), after the terminal escapes of
:func:`spukdos_cli.messages.labels.safe_text`; markup itself (``<``, ``&``) is left to
the writer (ElementTree, openpyxl, :func:`html.escape`).
"""

from __future__ import annotations

import re

from spukdos_cli.messages.labels import safe_text

_NOT_XML = re.compile(
    "[^\t\n\r\x20-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd\U00010000-\U0010ffff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)


def xml_text(text: str, *, single_line: bool = False) -> str:
    """``text`` with terminal escapes made visible and every character that XML 1.0 or
    HTML cannot hold written as ``\\uXXXX`` (``\\U0001fffe`` beyond the BMP)."""
    text = safe_text(text, single_line=single_line)
    return _NOT_XML.sub(_escape, text)


def xml_fit(document: str) -> str:
    """A whole XML or HTML document with every character XML 1.0 or HTML cannot hold
    written as ``\\uXXXX``: for documents that another library built from file text (Rich's
    SVG export), where the text cannot be escaped piece by piece."""
    return _NOT_XML.sub(_escape, document)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
