"""Figures from tables that reached us as flattened text, placed only when they add up.

A table saved as text (``pdftotext``, with or without ``-layout``, or a word processor's text
export) loses its cells: a row's cells may follow each other, or each column may come as a
block of its own. The figures still come in the order of the rows, and each is recognisable
by its shape: an amount (``€ 12.500,00``, ``12.500 euro``, a number alone in its cell), a
number of days (``182,5 dagen``), a number of residents (``6,1 inwoners``). So the figures of
a flattened table are read as a sequence of such values, and placed only when the form's own
arithmetic confirms the reading: the posts add up to the table's total, A × B × C gives the
route's total, the partners add up to their total, the financial effect is benefits minus
costs. A reading that does not add up is not guessed at: its figures are "not found", with
the reason, never a neighbour's number.

Where the text keeps the page's columns (``pdftotext -layout``), only the values that stand
in the table's value column (under its header ``Kosten``, ``Waarde``) are taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise, permutations

from spukdos_cli.read.document.lines import Line
from spukdos_cli.read.document.numbers import (
    GROUP_SPACE,
    NUMBER,
    magnitude,
    read_number,
    times_factor,
)
from spukdos_cli.read.document.search import normalize

CENT = Decimal("0.01")

_SIGN = r"(?P<sign>\+/\+|-/-|(?<![\w/])[+\-−])?"
_EUR_BEFORE = re.compile(
    _SIGN + r"\s*(?:€|EURO?(?![a-z]))\s*(?P<num>" + NUMBER + r")(?![0-9])"
    r"(?!" + GROUP_SPACE + r"[0-9])",  # not "€ 12 50": digits that make no group of three
    re.I,
)
_EUR_AFTER = re.compile(_SIGN + r"\s*(?<![\w.,])(?P<num>" + NUMBER + r")\s*(?:euro|EUR)\b", re.I)
_DAYS = re.compile(r"(?<![\w.,])(?P<num>" + NUMBER + r")\s*(?:dagen|dag)\b", re.I)
_RESIDENTS = re.compile(
    r"(?<![\w.,])(?P<num>" + NUMBER + r")\s*(?:inwoners|inwoner|personen|cliënten|clienten)\b",
    re.I,
)
_BARE = re.compile(r"^\s*" + _SIGN + r"\s*(?P<num>" + NUMBER + r")\s*$")
_LONE_EURO = re.compile(r"^(?P<before>.*?)(?P<sign>\+/\+|-/-)?\s*(?:€|EUR)\s*$", re.I)
_GAP = re.compile(r"\S(?:\S| (?! ))*")
"""A segment of a line between runs of two or more spaces (a cell in ``-layout`` text)."""


@dataclass(frozen=True)
class Token:
    """A value in flattened text: ``kind`` is ``eur``, ``days``, ``residents`` or ``number``
    (a number alone in its cell); ``value`` is None when it cannot be read without guessing."""

    kind: str
    value: Decimal | None
    written: str
    line: Line
    col: int
    cell: bool
    """True when the value stands in a cell of its own: alone on its line (or in its
    ``-layout`` segment), or at the start or end of its line."""
    wrapped: bool = False
    """True when a narrow cell broke the value over two lines (``€`` / ``100.000,00``)."""


def _value(number: str, sign: str | None, places: int = 2) -> Decimal | None:
    value = read_number(number, places)
    if value is not None and sign in ("-/-", "-", "−"):
        value = -value
    return value


def _segments(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _GAP.finditer(text)]


def tokens(lines: list[Line]) -> list[Token]:
    """Every value in ``lines``, in reading order; a euro sign at the end of a line whose
    number stands alone on the next line (a narrow cell broke it) is one amount."""
    out: list[Token] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        index += 1
        lone = _LONE_EURO.match(text.rstrip())
        if lone is not None and index < len(lines):
            col = text.rstrip().rfind("€") if "€" in text else len(lone["before"].rstrip()) + 1
            number = _bare_near(lines[index].text, col)
            if number is not None:
                sign = lone["sign"]
                value = _value(number, sign)
                written = f"{sign + ' ' if sign else ''}€ {number}"
                out += [t for t in _line_tokens(line) if t.col < col]
                out.append(Token("eur", value, written, line, col, True, wrapped=True))
                rest = [t for t in _line_tokens(lines[index]) if abs(t.col - col) > 6]
                out += rest
                index += 1
                continue
        found = _line_tokens(line)
        if (
            len(found) == 1
            and found[0].kind == "number"
            and index < len(lines)
            and (unit := _UNIT_LINE.match(lines[index].text))
        ):
            kind = "days" if unit[1].lower().startswith("dag") else "residents"
            bare = found[0]
            written = f"{bare.written} {unit[1]}"
            found = [Token(kind, bare.value, written, line, bare.col, bare.cell, wrapped=True)]
            index += 1
        out += found
    return out


_UNIT_LINE = re.compile(r"^\s*(dagen|dag|inwoners|inwoner|personen|cliënten|clienten)\s*$", re.I)


def one_block(lines: list[Line], found: list[Token]) -> bool:
    """True when the values are one column block: each on the line right after the one
    before, none broken over two lines. Text extraction keeps the order of the lines within such a
    block; a column broken into several blocks (by a page, a wrapped cell) it may not."""
    if any(t.wrapped for t in found):
        return False
    for a, b in pairwise(found):
        if b.line.seq != a.line.seq + 1:  # even a blank line between: another block
            return False
        if b.line.text[: b.col].strip() or a.line.text[a.col + len(a.written) :].strip():
            return False
    return True


def ordered(lines: list[Line], found: list[Token], column: Column | None) -> bool:
    """Whether the order of ``found`` is the order of the table's rows: a ``-layout``
    column, text written row by row, or a column that came as one clean block."""
    return column is not None or in_rows(lines, found) or one_block(lines, found)


def in_rows(lines: list[Line], found: list[Token]) -> bool:
    """True when each value stands among the text of its row (text of the table between it
    and the value before it), as text written row by row gives them. False when values
    follow each other with nothing between: each column came as a block of its own
    (``pdftotext`` without ``-layout``), and the order of such blocks cannot be trusted."""
    for a, b in pairwise(found):
        if a.line is b.line or a.line.seq == b.line.seq:
            if re.search(r"[^\W\d_]{2,}", a.line.text[a.col + len(a.written) : b.col]):
                continue
            return False
        between = [ln.text for ln in lines if a.line.seq < ln.seq < b.line.seq]
        between.append(b.line.text[: b.col])
        words = re.sub(r"\b(dagen|dag|inwoners|inwoner|euro|EUR)\b", "", " ".join(between))
        if not re.search(r"[^\W\d_]{2,}", words):
            return False
    return True


def _bare_near(text: str, col: int) -> str | None:
    """The number standing alone in its segment of ``text`` near column ``col`` (the rest
    of an amount whose euro sign ended the line before); in text without columns, the
    line when it is only a number."""
    segments = _segments(text)
    if len(segments) == 1 and _BARE.match(segments[0][1]):
        match = _BARE.match(segments[0][1])
        return match["num"] if match is not None and match["sign"] is None else None
    for start, segment in segments:
        match = _BARE.match(segment)
        if match is not None and match["sign"] is None and abs(start - col) <= 6:
            return match["num"]
    return None


def _line_tokens(line: Line) -> list[Token]:
    text = line.text
    stripped = text.strip()
    found: list[Token] = []
    taken: list[tuple[int, int]] = []

    def cell(start: int, end: int) -> bool:
        before, after = text[:start].strip(), text[end:].strip()
        if not before or not after:
            return True
        return bool(re.search(r"\S {2,}$", text[:start])) or bool(re.match(r"^ {2,}\S", text[end:]))

    for pattern, kind, places in (
        (_EUR_BEFORE, "eur", 2),
        (_EUR_AFTER, "eur", 2),
        (_DAYS, "days", 4),
        (_RESIDENTS, "residents", 4),
    ):
        for match in pattern.finditer(text):
            start, end = match.span()
            start += len(match.group()) - len(match.group().lstrip())
            if any(a < end and start < b for a, b in taken):
                continue
            sign = match.groupdict().get("sign")
            value = _value(match["num"], sign, places)
            if kind == "eur" and (times := magnitude(text, match.end("num"))) is not None:
                factor, end = times  # "€ 1,2 miljoen"
                value = None if value is None else times_factor(value, factor)
            written = text[start:end].strip()
            found.append(Token(kind, value, written, line, start, cell(start, end)))
            taken.append((start, end))
    if not found and stripped:
        for start, segment in _segments(text):
            bare = _BARE.match(segment)
            if bare is not None:
                value = _value(bare["num"], bare["sign"], 4)
                found.append(Token("number", value, segment.strip(), line, start, True))
    found.sort(key=lambda t: t.col)
    return found


@dataclass(frozen=True)
class Column:
    """Where a ``-layout`` value column stands: from ``start`` to ``end`` (None: the edge)."""

    start: int
    end: int | None


def value_column(lines: list[Line], words: tuple[str, ...]) -> Column | None:
    """In ``-layout`` text: where the value column stands, from its header (``Kosten``,
    ``Waarde``) after a wide gap in a header line, up to the next header to its right
    (``Toelichting``); None in other text."""
    for line in lines[:12]:
        segments = _segments(line.text)
        for i, (start, segment) in enumerate(segments):
            if start >= 24 and any(segment.strip().lower().startswith(w.lower()) for w in words):
                before = line.text[:start]
                if before.endswith("  ") or before.rstrip() != before[: len(before.rstrip())]:
                    end = segments[i + 1][0] if i + 1 < len(segments) else None
                    return Column(start, end)
    return None


def in_column(found: list[Token], column: Column | None) -> list[Token]:
    """The tokens of the value column (all of them when there is no known column)."""
    if column is None:
        return found
    return [
        t
        for t in found
        if t.col >= column.start - 6 and (column.end is None or t.col < column.end - 1)
    ]


def round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# -- cost tables ---------------------------------------------------------------------------
@dataclass
class CostFigures:
    posts: list[Token]
    total: Token | None
    problem: str | None = None
    """Why the amounts could not be placed (a label key), or None."""
    checked: bool = True
    """False when nothing confirmed the amounts (no total row, or an amount that cannot be
    read): they are placed only where there are as many as the posts found."""
    blocks: bool = False
    """True when the columns came as blocks and only the total (the sum of the rest) is
    placed."""


def cost_figures(lines: list[Line]) -> CostFigures:
    """The amounts of a flattened cost table: one per post, then the total on the
    ``Totaal`` row. They are placed when the posts add up to the total; without a total
    row the caller must confirm the number of posts."""
    column = value_column(lines, ("Kosten", "Waarde", "Bedrag"))
    found = [
        t
        for t in in_column(tokens(lines), column)
        if t.cell and t.kind in ("eur", "number") and (t.kind == "eur" or _amount_like(t))
    ]
    has_total = any(normalize(ln.text).startswith("totaal") for ln in lines)
    if not found:
        return CostFigures([], None)
    in_order = ordered(lines, found, column)
    if any(t.value is None for t in found):
        if not in_order:
            return CostFigures([], None, "imp_why_flat_unreadable")
        if has_total:
            return CostFigures(found[:-1], found[-1], checked=False)
        return CostFigures(found, None, checked=False)
    if not in_order:
        return _blocks(found, has_total)
    if not has_total:
        return CostFigures(found, None, checked=False)
    *posts, total = found
    if not posts:
        return CostFigures([], total)
    if sum(t.value for t in posts if t.value is not None) != total.value:
        return CostFigures(posts, total, "imp_why_flat_sum")
    return CostFigures(posts, total)


def _blocks(found: list[Token], has_total: bool) -> CostFigures:
    """Columns as blocks: the order of the amounts cannot be trusted, so only what does not
    depend on it is placed: the total (the one amount that is the sum of all the others),
    and the amount of a table with a single post."""
    values = [t.value for t in found if t.value is not None]
    everything = sum(values)
    totals = [t for t in found if t.value is not None and 2 * t.value == everything]
    if not has_total or len(totals) != 1:
        return CostFigures([], None, "imp_why_flat_blocks")
    total = totals[0]
    posts = [t for t in found if t is not total]
    if len(posts) == 1:
        return CostFigures(posts, total)
    return CostFigures([], total, "imp_why_flat_blocks", blocks=True)


def _amount_like(token: Token) -> bool:
    """A bare number that can be an amount in a cost column: not a year, not a small count."""
    value = token.value
    return (
        value is not None and value >= 100 and not re.fullmatch(r"(19|20)[0-9]{2}", token.written)
    )


# -- the financial benefits ----------------------------------------------------------------
@dataclass
class RouteFigures:
    dagen: Token | None = None
    inwoners: Token | None = None
    kosten_per_dag: Token | None = None
    totaal: Token | None = None
    confirmed: bool = False


@dataclass
class BenefitFigures:
    routes: tuple[RouteFigures, RouteFigures]
    others: list[Token]
    blocks: bool = False
    """True when the table's columns came as blocks: nothing can be placed."""
    clean: bool = True
    """False when a value did not fit the slot the form's order expected: only confirmed
    routes can then be placed."""


_SLOTS = ("dagen", "inwoners", "kosten_per_dag", "totaal")
_FITS = {
    "dagen": ("days", "number"),
    "inwoners": ("residents", "number"),
    "kosten_per_dag": ("eur", "number"),
    "totaal": ("eur", "number"),
}


def benefit_figures(lines: list[Line]) -> BenefitFigures:
    """A, B, C and the total of each route, in the form's order, and the amounts of the
    other savings after them. Each value must fit the slot the form's order expects next
    (a number of days for A, of residents for B, an amount for C and the total); a value
    that does not fit stops the reading, and what follows is not placed. A route is
    confirmed when A × B × C gives its total. Where the columns came as blocks, or text
    without columns gives the values in another order than the slots (a block may put a
    route's total before its C), the routes are searched for by their units and their
    product instead (:func:`_typed_routes`) when that confirms more of them."""
    column = value_column(lines, ("Waarde",))
    found = [t for t in in_column(tokens(lines), column) if t.cell]
    if ordered(lines, found, column):
        read = _in_order(found)
        confirmed = sum(r.confirmed for r in read.routes)
        if column is not None or confirmed == 2:
            return read
        blocks = _as_blocks(lines, found)
        return blocks if sum(r.confirmed for r in blocks.routes) > confirmed else read
    return _as_blocks(lines, found)


def _in_order(found: list[Token]) -> BenefitFigures:
    routes = (RouteFigures(), RouteFigures())
    others: list[Token] = []
    current, slot = 0, 0
    for token in found:
        if current >= 2:
            if token.kind != "eur":
                return BenefitFigures(routes, others, clean=False)
            others.append(token)
            continue
        name = _SLOTS[slot]
        if token.kind not in _FITS[name]:
            return BenefitFigures(_confirm(routes), [], clean=False)
        setattr(routes[current], name, token)
        slot += 1
        if slot == len(_SLOTS):
            current, slot = current + 1, 0
    return BenefitFigures(_confirm(routes), others)


def _as_blocks(lines: list[Line], found: list[Token]) -> BenefitFigures:
    typed = _typed_routes(found)
    taken = [p for r in typed for p in (r.dagen, r.inwoners, r.kosten_per_dag, r.totaal)]
    last = max((found.index(p) for p in taken if p is not None), default=None)
    after = found[last + 1 :] if typed[1].totaal is not None and last is not None else []
    others = [t for t in after if t.kind == "eur"]
    if len(others) > 1 and not one_block(lines, others):
        others = []  # in several blocks: their order may not be the rows'
    return BenefitFigures(typed, others, blocks=True)


def _typed_routes(found: list[Token]) -> tuple[RouteFigures, RouteFigures]:
    """The routes of a benefits table whose columns came as blocks, the explanations among
    the values: for each route in turn, a number of days, a number of residents and two
    amounts, not used by the route before, for which A × B × C gives the total (blocks may
    put the total before C, or B before A; values without their unit are not taken).
    Unconfirmed routes stay empty; the caller places a route only when the financial
    effect's table states the same total for it."""
    routes = (RouteFigures(), RouteFigures())
    used: set[int] = set()
    for route in routes:
        match = _first_product(found, used)
        if match is None:
            break
        a, b, c, t = match
        route.dagen, route.inwoners, route.kosten_per_dag, route.totaal = (found[i] for i in match)
        route.confirmed = True
        used |= {a, b, c, t}
    return routes


def _first_product(found: list[Token], used: set[int]) -> tuple[int, int, int, int] | None:
    def of(kind: str, most: int) -> list[int]:
        free = [i for i, t in enumerate(found) if i not in used and t.kind == kind]
        return [i for i in free if found[i].value is not None][:most]

    amounts = of("eur", 6)
    for a in of("days", 4):
        for b in of("residents", 4):
            for c in amounts:
                for t in amounts:
                    if c != t and _confirmed(RouteFigures(found[a], found[b], found[c], found[t])):
                        return a, b, c, t
    return None


def _confirm(routes: tuple[RouteFigures, RouteFigures]) -> tuple[RouteFigures, RouteFigures]:
    for route in routes:
        route.confirmed = _confirmed(route)
    return routes


def _confirmed(route: RouteFigures) -> bool:
    values = [
        p.value
        for p in (route.dagen, route.inwoners, route.kosten_per_dag, route.totaal)
        if p is not None and p.value is not None
    ]
    if len(values) != 4:
        return False
    a, b, c, total = values
    return round_cents(a * b * c) == total


# -- the financial effect --------------------------------------------------------------------
EFFECT_SLOTS = (
    "initieel",
    "uitvoering",
    "totaal_kosten",
    "mpt",
    "intramuraal",
    "overige",
    "totaal_baten",
    "saldo",
)


def effect_figures(lines: list[Line]) -> dict[str, Token] | None:
    """The amounts of the flattened financial-effect table in the form's order (with the
    totals rows where the table has them), when the net effect is the benefits less the
    costs; None when they do not add up."""
    column = value_column(lines, ("Waarde", "Bedrag"))
    found = [t for t in in_column(tokens(lines), column) if t.cell and t.kind in ("eur", "number")]
    text = normalize(" ".join(ln.text for ln in lines))
    slots = [
        s
        for s in EFFECT_SLOTS
        if (s != "totaal_kosten" or "totalekosten" in text or "totaalkosten" in text)
        and (s != "totaal_baten" or "totalebaten" in text or "totaalbaten" in text)
    ]
    if len(found) != len(slots) or any(t.value is None for t in found):
        return None
    if not ordered(lines, found, column) and not _only_order_that_adds_up(lines, found, slots):
        return None
    figures = dict(zip(slots, found, strict=True))
    return figures if _effect_adds_up(figures) else None


def _effect_adds_up(figures: dict[str, Token]) -> bool:
    v = {k: t.value for k, t in figures.items() if t.value is not None}
    costs = v["initieel"] + v["uitvoering"]
    benefits = v["mpt"] + v["intramuraal"] + v["overige"]
    if v["saldo"] != benefits - costs and v["saldo"] != costs - benefits:
        return False
    if "totaal_kosten" in v and v["totaal_kosten"] != costs:
        return False
    return "totaal_baten" not in v or v["totaal_baten"] == benefits


MAX_BLOCKS = 4
"""Blocks of a flattened effect table whose orders are tried (4! = 24 at most)."""


def _only_order_that_adds_up(lines: list[Line], found: list[Token], slots: list[str]) -> bool:
    """True when the amounts came as column blocks (``pdftotext`` without ``-layout`` writes
    each part of the table apart), each keeping its order, and the blocks in the order they
    came are the only order of them in which the table adds up. Blocks may come in another
    order than the rows; a reading is kept only when no other order of the same blocks
    would also add up, so the order the text gives is the one the arithmetic confirms."""
    blocks: list[list[Token]] = []
    for token in found:
        if blocks and one_block(lines, [blocks[-1][-1], token]):
            blocks[-1].append(token)
        else:
            blocks.append([token])
    if len(blocks) > MAX_BLOCKS:
        return False
    adding = [
        order
        for order in permutations(range(len(blocks)))
        if _effect_adds_up(dict(zip(slots, [t for i in order for t in blocks[i]], strict=True)))
    ]
    return adding == [tuple(range(len(blocks)))]


# -- the partners' table ---------------------------------------------------------------------
@dataclass
class PartnerRow:
    label: str
    line: Line
    amount: Token


def partner_rows(lines: list[Line]) -> tuple[list[PartnerRow], str | None]:
    """The rows of a flattened partners' table (label, amount), and why they could not be
    placed (None when they could). A label and its amount on one line are a row. Otherwise
    labels and amounts are paired in their order (an amount on the line after its label, or
    the columns as blocks), which is trusted only when nothing is left over and the rows add
    up to their ``Totaal`` row."""
    rows: list[PartnerRow] = []
    pending: list[tuple[str, Line]] = []
    loose: list[Token] = []
    crossed = bare = False
    for line in lines:
        text = line.text
        if _CLIENTS.search(text):
            continue  # the number of clients (variant centraal persoon): read apart
        found = [
            t
            for t in _line_tokens(line)
            if t.kind == "eur" and t.cell and not _TIMES.search(text[: t.col])
        ]  # "SPUK DOS 35 x € 2.725": a label that names a rate, not an amount
        if not found and pending:  # an amount written without a euro sign, alone on its line
            found = [t for t in _line_tokens(line) if t.kind == "number" and _amount_like(t)]
            bare = bare or bool(found)
        if len(found) > 1:  # amounts run together: whose is whose cannot be told
            return rows, "imp_why_flat_pairs"
        if found:
            amount = found[-1]
            label = " ".join(text[: amount.col].split()).strip(" :.")
            if label and not re.search(r"[^\W\d_]{2}", label):
                return rows, "imp_why_flat_pairs"  # no words: not a label
            if label:
                rows.append(PartnerRow(label, line, amount))
            elif pending:
                label_text, label_line = pending.pop(0)
                rows.append(PartnerRow(label_text, label_line, amount))
                crossed = True
            else:
                loose.append(amount)
            continue
        words = " ".join(text.split()).strip(" :.")
        if words and not _PARTNERS_TITLE.match(words) and re.search(r"[^\W\d_]{2}", words):
            pending.append((words, line))  # a label has words (a number alone is a count)
    if any(r.amount.value is None for r in rows):
        return rows, "imp_why_flat_unreadable"
    totals = [r for r in rows if normalize(r.label).startswith("totaal")]
    if (crossed or bare) and (pending or loose or not totals):
        return rows, "imp_why_flat_pairs"  # a bare number is an amount only if the rows add up
    crossing = [r.amount for r in rows]
    if crossed and not (in_rows(lines, crossing) or one_block(lines, crossing)):
        return rows, "imp_why_flat_blocks"
    if totals:
        rest = [r.amount.value for r in rows if r not in totals and r.amount.value is not None]
        if sum(rest) != totals[-1].amount.value:
            return rows, "imp_why_flat_sum"
    return rows, None


_CLIENTS = re.compile(r"aantal\s+cli[eë]nten", re.I)
_TIMES = re.compile(r"[0-9]\s*(?:x|×|\*|à)\s*$", re.I)
_PARTNERS_TITLE = re.compile(r"^(Partners|Financiering|Cofinanciering|Bijdragen)\b.{0,20}$", re.I)


# -- the costs and partners' table as column blocks ------------------------------------------
@dataclass
class JointFigures:
    """The value column of the execution costs and the partners below them (one table in
    the form), read from column blocks: the posts' amounts, their total, the partners'
    rows (label, amount) and the partners' total."""

    posts: list[Token] | None
    """None when the posts' amounts came in more than one block: their order is unknown
    (any order adds up to the same total), so only the partners are read."""
    total: Token
    partners: list[PartnerRow]
    partners_total: PartnerRow


def joint_blocks(cost_lines: list[Line], partner_lines: list[Line]) -> JointFigures | None:
    """``pdftotext`` without ``-layout`` writes the form's costs-and-partners table column
    by column: the posts' names, their descriptions, the partners' labels, who carries out
    the work, and last the value column, top to bottom, in blocks. A column keeps its
    order only within a block (lines that follow each other): a cell of several lines
    elsewhere in the row can split the value column into blocks, and those may come in
    another order. So the value column is read only when exactly one way of cutting it adds
    up (the posts to the total after them, the partners to the last amount, with as many
    partners' labels, one per line ending in ``Totaal``, as partners' amounts) and the
    partners' amounts are one block; the posts' amounts only when they are one block too.
    None otherwise."""
    labels = _partner_labels(partner_lines)
    if labels is None:
        return None
    # the value column begins with the costs' lines where the table ran over a page
    own = [t for t in tokens(cost_lines) if t.cell and t.kind == "eur"]
    values = own + [t for t in tokens(partner_lines) if t.cell and t.kind == "eur"]
    if any(t.value is None for t in values) or len(values) < 4:
        return None
    amounts = [t.value for t in values if t.value is not None]
    cuts = []
    for n in range(1, len(amounts) - 2):
        rest = amounts[n + 1 :]
        if (
            sum(amounts[:n]) == amounts[n]
            and len(rest) == len(labels)
            and sum(rest[:-1]) == rest[-1]
        ):
            cuts.append(n)
    if len(cuts) != 1:
        return None
    n = cuts[0]
    if not one_block(partner_lines, values[n + 1 :]):
        return None  # a column in several blocks: their order may not be the rows'
    rows = [
        PartnerRow(text, line, token)
        for (text, line), token in zip(labels, values[n + 1 :], strict=True)
    ]
    posts = values[:n] if not own and one_block(partner_lines, values[:n]) else None
    return JointFigures(posts, values[n], rows[:-1], rows[-1])


def _partner_labels(lines: list[Line]) -> list[tuple[str, Line]] | None:
    """The partners' labels as a column block: the lines after the table's title up to the
    first blank line, one label each, the last ``Totaal``; None when they are not that."""
    start = next((i for i, ln in enumerate(lines) if _PARTNERS_TITLE.match(ln.text.strip())), None)
    if start is None:
        return None
    labels: list[tuple[str, Line]] = []
    for line in lines[start + 1 :]:
        words = " ".join(line.text.split())
        if not words:
            break
        if _CLIENTS.search(words):
            continue  # the number of clients: read apart
        if tokens([line]) or not re.search(r"[^\W\d_]{2}", words):
            return None  # a value among the labels: not a column block
        labels.append((words.strip(" :."), line))
    if len(labels) < 2 or not normalize(labels[-1][0]).startswith("totaal"):
        return None
    return labels
