"""Text that never breaks a line inside a figure (issue 27).

Rich wraps text at any space, also the one in ``€ 234.535,00``, ``+ € 78.525,00`` or
``12,5 %``, so that a narrow terminal shows ``totale baten €`` and ``234.535,00`` on two
lines, and a reader takes the second for another number. A non-breaking space does not
help: Rich's wrapping treats it as a space. :class:`UnbrokenText` wraps as Rich does, with
the spaces inside each figure first replaced by a character that is no space (and one cell
wide), and put back in every wrapped line. The human reports use it for every text they
build (``from spukdos_cli.report.unbroken import UnbrokenText as Text``), so a figure stays
whole wherever it stands: a finding's message, the verdict, a sentence of the analysis.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.measure import Measurement
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import (
        Console,
        ConsoleOptions,
        JustifyMethod,
        OverflowMethod,
        RenderResult,
    )
    from rich.containers import Lines

FIGURE = re.compile(
    r"(?:(?:[+-]/[+-]|[+\-−])[ \u00a0])?€[ \u00a0]?[+-]?[0-9][0-9.,]*"  # + € 78.525,00
    r"|[+\-−]?[0-9][0-9.,]*[ \u00a0]%"  # 12,5 %, −25 %
    r"|[0-9][0-9.,]*[ \u00a0](?:dagen|days)\b"  # 182,5 dagen
)
"""A figure as the reports write it, in Dutch and in English."""

GLUE = "\ue000"
"""A private-use character: no space, and one cell wide. A text that holds it already (from
a file) is wrapped as Rich wraps it, so no character of a file is ever changed."""


def glued(text: str) -> str:
    """``text`` with the spaces inside its figures replaced by :data:`GLUE`."""
    return FIGURE.sub(lambda match: re.sub("[ \u00a0]", GLUE, match.group(0)), text)


class UnbrokenText(Text):
    """A :class:`rich.text.Text` whose wrapping never splits a figure (also as a copy:
    Rich copies a text it highlights or pads)."""

    def copy(self) -> UnbrokenText:
        twin = UnbrokenText(
            self.plain,
            style=self.style,
            justify=self.justify,
            overflow=self.overflow,
            no_wrap=self.no_wrap,
            end=self.end,
            tab_size=self.tab_size,
        )
        twin._spans[:] = self._spans
        return twin

    def __rich__(self) -> _Whole:
        """What a console prints: a console joins the texts it is given into one plain
        :class:`~rich.text.Text` before it wraps them, which would lose this class."""
        return _Whole(self)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """As Rich measures a text, with each figure one word: a column is never made
        narrower than its widest figure."""
        lines = self.plain.splitlines()
        widest = max((cell_len(line) for line in lines), default=0)
        words = glued(self.plain).split()
        return Measurement(max((cell_len(word) for word in words), default=widest), widest)

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        plain = self.plain
        protected = glued(plain)
        twin: Text = self
        if protected != plain and GLUE not in plain:
            twin = Text.copy(self)
            twin.plain = protected  # the same length: every style stays where it was
        lines = Text.wrap(
            twin,
            console,
            width,
            justify=justify,
            overflow=overflow,
            tab_size=tab_size,
            no_wrap=no_wrap,
        )
        if twin is not self:
            for line in lines:
                line.plain = line.plain.replace(GLUE, " ")
        return lines


class _Whole:
    """An :class:`UnbrokenText` as a renderable of its own (see :meth:`UnbrokenText.__rich__`)."""

    def __init__(self, text: UnbrokenText) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.text.__rich_console__(console, options)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return self.text.__rich_measure__(console, options)
