"""The terminal report as a picture: the renderables, recorded by Rich and exported as one
standalone SVG file (``spukdos analyse --export report.svg``). The HTML export of
``analyse`` is a real document instead (:mod:`spukdos_cli.report.html_report`); the
Rich HTML kept here is that same picture as HTML.

The file needs nothing from outside: styles are inline, there are no scripts, fonts,
images or links to load (Rich's own SVG template fetches its font from a CDN; that part
is left out here, so the SVG falls back to a local monospace font), and the HTML carries a
Content-Security-Policy that forbids loading anything. Text from the application is
escaped by Rich's exporters, and characters XML cannot hold (U+FFFE) are written as
``\\ufffe`` (:func:`~spukdos_cli.report.markup.xml_fit`), so the file always parses.
Pure: returns the text; the command line writes it.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable

from rich.console import Console, RenderableType
from rich.terminal_theme import DEFAULT_TERMINAL_THEME

from spukdos_cli.messages.lang import LANGUAGES, pick
from spukdos_cli.report.markup import xml_fit

EXPORT_KINDS = ("html", "svg")
"""The formats ``--export`` writes, by the file's suffix."""

EXPORT_WIDTH = 100
"""Columns of the recorded console: the width the text reports are laid out for."""

_HTML_FORMAT = """\
<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="spukdos">
<title>{title}</title>
<style>
{{stylesheet}}
body {{{{
    color: {{foreground}};
    background-color: {{background}};
}}}}
</style>
</head>
<body>
<pre style="font-family:Menlo,'DejaVu Sans Mono',consolas,'Courier New',monospace"><code \
style="font-family:inherit">{{code}}</code></pre>
</body>
</html>
"""

_REMOTE_FONT = re.compile(r',\s*url\("https?://[^"]*"\)\s*format\("[^"]*"\)')
_GENERATOR_COMMENT = re.compile(r"\s*<!-- Generated with Rich https?://[^>]*-->")


def svg_format() -> str:
    """Rich's SVG template without the fonts it would fetch from the internet."""
    from rich._export_format import CONSOLE_SVG_FORMAT

    return _GENERATOR_COMMENT.sub("", _REMOTE_FONT.sub("", CONSOLE_SVG_FORMAT))


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def recording_console() -> Console:
    """A console that records in colour at a fixed width, whatever the terminal is."""
    return Console(
        record=True,
        file=io.StringIO(),
        width=EXPORT_WIDTH,
        color_system="truecolor",
        force_terminal=True,
        no_color=False,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )


def export(renderables: Iterable[RenderableType], kind: str, title: str, lang: str) -> str:
    """The renderables as one standalone ``html`` or ``svg`` document. ``title`` is
    plain text (it is escaped here)."""
    console = recording_console()
    for renderable in renderables:
        console.print(renderable)
    if kind == "html":
        code_format = _HTML_FORMAT.format(
            lang=pick(LANGUAGES, lang), title=_braces(html.escape(title))
        )
        return xml_fit(
            console.export_html(
                theme=DEFAULT_TERMINAL_THEME, inline_styles=True, code_format=code_format
            )
        )
    if kind == "svg":
        return xml_fit(console.export_svg(title=title, code_format=svg_format()))
    raise ValueError(f"unknown export kind {kind!r}")
