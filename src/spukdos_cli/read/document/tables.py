"""The form's other tables: the approach per theme, the two cost tables, the partners,
the financial benefits (A, B, C per route, other savings), the financial effect and the
qualitative benefits.

Each is read from real cells where the document has the table, and otherwise from the
flattened text, where the columns run together: the figures are then found by the
form's row labels and euro signs, and the texts are split as well as the lines allow
(the imported file says so, so the applicant can check them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from spukdos_cli.read.document import flat
from spukdos_cli.read.document.clean import clean_lines
from spukdos_cli.read.document.lines import Cell, Line, Table
from spukdos_cli.read.document.numbers import (
    Amount,
    find_amounts,
    find_signed,
    leading_quantity,
    read_number,
)
from spukdos_cli.read.document.search import normalize


@dataclass
class Value:
    """A figure or text of a table, with the line it came from and how it was written.
    ``why`` (a label key) says why a figure that is there was not placed."""

    value: object
    line: Line
    written: str | None = None
    why: str | None = None


def _of(token: flat.Token) -> Value:
    return Value(token.value, token.line, token.written)


def _unplaced(token: flat.Token | None, why: str, line: Line) -> Value:
    return Value(None, token.line if token else line, token.written if token else None, why)


def cell_line(cell: Cell) -> Line:
    return Line(cell.text, cell.ref, cell.seq)


def cell_text(cell: Cell) -> str:
    """A cell's text, its lines joined (a word broken at the end of a line joined again);
    bullets and blank lines keep their line breaks."""
    return clean_lines(cell.text.split("\n"), short_breaks=False)


def _text(lines: list[Line]) -> str:
    return clean_lines([line.text for line in lines])


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def cell_amount(cell: Cell) -> Value | None:
    """The amount in a cell: ``€ 100.000,00``, ``100.000,00`` or ``+/+ € 78.525,00``."""
    amounts = find_amounts(cell.text, unreadable=True)
    if len({a.value for a in amounts}) > 1:  # which one is meant cannot be told
        written = " / ".join(a.written for a in amounts)
        return Value(None, cell_line(cell), written, "imp_why_several_amounts")
    if amounts:
        return Value(amounts[0].value, cell_line(cell), amounts[0].written)
    signed = find_signed(cell.text)
    if signed is not None:
        return Value(signed.value, cell_line(cell), signed.written)
    text = cell.text.strip()
    value = read_number(text) if text else None
    return Value(value, cell_line(cell), text) if value is not None else None


def _first_split(text: str) -> tuple[str, str] | None:
    """``Geen Er worden ...`` -> (``Geen``, ``Er worden ...``): a capitalised word after
    the first word starts the next column."""
    words = text.split(" ")
    for i in range(1, len(words)):
        word = words[i]
        if word[:1].isupper() and words[i - 1][:1].islower() | (i == 1):
            following = words[i + 1] if i + 1 < len(words) else ""
            if following[:1].islower() or not following:
                return " ".join(words[:i]).strip(), " ".join(words[i:]).strip()
    return None


# -- the approach per theme (werkwijze) ----------------------------------------------------
@dataclass
class Theme:
    thema: Value | None
    huidig: Value | None
    experiment: Value | None


_NUMBER_LABEL = re.compile(r"^\s*[0-9]{1,2}[.)]\s*")


def _theme_name(text: str) -> tuple[str | None, str]:
    body = _NUMBER_LABEL.sub("", text, count=1)
    head, sep, rest = body.partition(":")
    if sep and 0 < len(head) <= 80 and "\n" not in head:
        return head.strip(), rest.strip()
    return None, body.strip()


def themes_from_table(table: Table) -> list[Theme]:
    out: list[Theme] = []
    previous_page = table.rows[0][0].ref.page if table.rows and table.rows[0] else None
    for row in table.rows:
        cells = [c for c in row if c.text.strip()]
        new_page = bool(row) and previous_page is not None and row[0].ref.page != previous_page
        previous_page = row[0].ref.page if row else previous_page
        if not cells or "huidige werkwijze" in cells[0].text.lower():
            continue
        continued = not row[0].text.strip() or (new_page and not _NUMBER_LABEL.match(row[0].text))
        if out and continued and len(row) > 1:  # a row continued on the next page
            last = out[-1]
            for attr, found in (("huidig", row[0]), ("experiment", row[-1])):
                more = cell_text(found)
                before = getattr(last, attr)
                if more and before is not None:
                    setattr(last, attr, Value(f"{before.value} {more}", before.line))
                elif more:
                    setattr(last, attr, Value(more, cell_line(found)))
            continue
        first = cells[0]
        name, huidig = _theme_name(cell_text(first))
        line = cell_line(first)
        experiment = None
        if len(cells) > 1:
            experiment = Value(cell_text(cells[1]), cell_line(cells[1]))
        out.append(Theme(Value(name, line) if name else None, Value(huidig, line), experiment))
    return out


_THEME_HEADERS = (
    normalize("Wat is de huidige werkwijze/aanpak van het vraagstuk?"),
    normalize("Wat is de aanpak in het experiment en waarin verschilt deze"),
)


def themes_from_text(lines: list[Line]) -> list[Theme]:
    out: list[Theme] = []
    for paragraph in _paragraphs(lines):
        norm = normalize(" ".join(ln.text for ln in paragraph))
        if not out and any(norm.startswith(h) for h in _THEME_HEADERS):
            continue
        text = _text(paragraph)
        if _NUMBER_LABEL.match(paragraph[0].text) or not out:
            name, huidig = _theme_name(text)
            out.append(
                Theme(
                    Value(name, paragraph[0]) if name else None, Value(huidig, paragraph[0]), None
                )
            )
        else:
            theme = out[-1]
            if theme.experiment is None:
                theme.experiment = Value(text, paragraph[0])
            else:
                joined = f"{theme.experiment.value}\n\n{text}"
                theme.experiment = Value(joined, theme.experiment.line)
    return out


# -- cost tables ---------------------------------------------------------------------------
@dataclass
class Post:
    kostenpost: Value | None = None
    beschrijving: Value | None = None
    uitvoerder: Value | None = None
    bedrag: Value | None = None
    from_text: bool = False


@dataclass
class Costs:
    posts: list[Post] = field(default_factory=list)
    total: Value | None = None
    notes: list[Line] = field(default_factory=list)
    """Rows that are a remark, not a post ("Bedragen zijn exclusief btw")."""


def header_fragment(row: list[Cell], header: str) -> bool:
    """True when every filled cell of ``row`` is part of the table's header (normalised): a
    header row repeated on a new page, or the rest of a header row a page break split."""
    texts = [normalize(c.text) for c in row if c.text.strip()]
    return bool(texts) and all(t in header for t in texts)


def note_row(row: list[Cell], width: int) -> bool:
    """A remark in a table, not a row of it: one filled cell, no amount, across the table
    or reading as a sentence."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 1 or find_amounts(filled[0].text):
        return False
    text = " ".join(filled[0].text.split())
    spans = len(row) == 1 and width > 2
    return spans or (text.endswith(".") and len(text) > 25) or len(text) > 80


def _column(header: list[str], *words: str) -> int | None:
    for index, text in enumerate(header):
        norm = normalize(text)
        if any(normalize(word) in norm for word in words):
            return index
    return None


PARTNERS_TITLE = re.compile(r"^\s*Partners(\s+[0-9]{4})?\s*:?\s*$")
"""The title row of the partners' table (``Partners 2025``)."""


def _continue_post(post: Post, cells: dict[str, Cell | None]) -> None:
    for attr, found in cells.items():
        if found is None or not found.text.strip():
            continue
        before = getattr(post, attr)
        more = cell_text(found)
        if before is None:
            setattr(post, attr, Value(more, cell_line(found)))
        else:
            setattr(post, attr, Value(f"{before.value} {more}", before.line))


def costs_from_table(table: Table) -> Costs:
    costs = Costs()
    rows = [list(r) for r in table.rows]
    if not rows:
        return costs
    # the header row: the first of the first three that names the columns (a title row
    # such as "Uitvoeringskosten" may stand above it)
    start = next(
        (i for i, r in enumerate(rows[:3]) if _column([c.text for c in r], "kostenpost")),
        0,
    )
    rows = rows[start:]
    header = [c.text for c in rows[0]]
    post_col = _column(header, "kostenpost") or 0
    desc = _column(header, "beschrijving")
    who = _column(header, "wie voert")
    amount_col = _column(header, "kosten", "waarde", "bedrag")
    if amount_col in (post_col, desc):
        amount_col = len(header) - 1
    previous_page: int | None = rows[0][0].ref.page if rows[0] else None
    head = normalize(" ".join(header))
    width = len(header)
    after_total = total_seen = False
    for row in rows[1:]:
        if not any(c.text.strip() for c in row) or header_fragment(row, head):
            continue
        if note_row(row, width):
            costs.notes += [cell_line(c) for c in row if c.text.strip()]
            continue

        def cell(index: int | None, row: list[Cell] = row) -> Cell | None:
            return row[index] if index is not None and index < len(row) else None

        first = cell(post_col)
        if first is not None and PARTNERS_TITLE.match(first.text):
            break  # the partners' table drawn against this one
        amount_cell = cell(amount_col)
        no_amount = amount_cell is None or not amount_cell.text.strip()
        new_page = previous_page is not None and row[0].ref.page != previous_page
        previous_page = row[0].ref.page
        continued = no_amount and (
            (first is None or not first.text.strip())
            or (new_page and (after_total or bool(costs.posts and costs.posts[-1].bedrag)))
        )
        if continued and after_total:
            continue  # the rest of the total row, split by the page
        if total_seen and (amount_cell is None or cell_amount(amount_cell) is None):
            # under the table's total only a remark can follow (text that kept its columns
            # spreads a paragraph under the table over them): not a post
            costs.notes += [cell_line(c) for c in row if c.text.strip()]
            continue
        if continued and costs.posts:  # a post continued on the next page: its texts go on
            _continue_post(
                costs.posts[-1],
                {"kostenpost": first, "beschrijving": cell(desc), "uitvoerder": cell(who)},
            )
            continue
        after_total = False
        if first is not None and first.text.strip().lower().startswith("totaal"):
            after_total = total_seen = True
            for candidate in reversed(row):
                found = cell_amount(candidate)
                if found is not None:
                    costs.total = found
                    break
            continue
        post = Post()
        for attr, index in (("kostenpost", post_col), ("beschrijving", desc), ("uitvoerder", who)):
            c = cell(index)
            if c is not None and c.text.strip():
                setattr(post, attr, Value(cell_text(c), cell_line(c)))
        c = cell(amount_col)
        if c is not None and c.text.strip():
            post.bedrag = cell_amount(c) or Value(None, cell_line(c), c.text.strip())
        costs.posts.append(post)
    return costs


_COST_HEADERS = tuple(
    normalize("Kostenpost") + normalize(description) + normalize(who) + normalize(amount)
    for description in ("Korte beschrijving van de kosten", "Beschrijving van de kosten")
    for who in ("Wie voert de bijbehorende activiteiten uit?",)
    for amount in ("Kosten", "Waarde", "Bedrag")
)


_HEADER_WORDS = normalize(
    "Kostenpost Korte beschrijving van de kosten Beschrijving van de kosten Wie voert de "
    "bijbehorende activiteiten uit? Kosten Waarde Bedrag"
)


def _header_piece(text: str) -> bool:
    """A piece of the cost table's header, which text with columns as blocks scatters
    among the rows (``Wie voert de``, ``activiteiten uit?``, ``Kosten``)."""
    norm = normalize(text)
    return bool(norm) and len(norm) < 40 and norm in _HEADER_WORDS and not find_amounts(text)


def costs_from_text(lines: list[Line]) -> Costs:
    """Rows end at a line with an amount; the text before the amount on that line is who
    carries the post out; the first line of a row is the cost post. The form's text
    before the table's header row is left out."""
    costs = Costs()
    start = next(
        (i for i, ln in enumerate(lines) if normalize(ln.text).startswith("kostenpost")), 0
    )
    seen = ""
    body_start = start
    for index in range(start, len(lines)):
        norm = normalize(lines[index].text)
        if not norm:
            body_start = index + 1
            continue
        if any(h.startswith(seen + norm) for h in _COST_HEADERS):
            seen += norm
            body_start = index + 1
            continue
        break
    body = [ln for ln in lines[body_start:] if not _header_piece(ln.text)]
    row: list[Line] = []
    after_amount = False  # lines that go on with the post before (see _goes_on)
    for index, line in enumerate(body):
        text = line.text.strip()
        if after_amount and costs.posts and text and _goes_on(line.text):
            _add_description(costs.posts[-1], line)
            continue
        if text:
            after_amount = False
        if text.lower().startswith("totaal"):
            amounts = find_amounts(text)
            if not amounts:
                following = next((ln for ln in body[index + 1 :] if ln.text.strip()), None)
                if following is not None and find_amounts(following.text):
                    line, amounts = following, find_amounts(following.text)
            if amounts:
                costs.total = Value(amounts[0].value, line, amounts[0].written)
            if any(ln.text.strip() for ln in row):
                costs.posts.append(_post_from_lines(row, None))
            row = []
            break
        amounts = find_amounts(text, unreadable=True)
        if amounts:
            costs.posts.append(_post_from_lines(row, (line, amounts[0])))
            row = []
            after_amount = True
        else:
            row.append(line)
    else:
        if any(ln.text.strip() for ln in row):
            costs.posts.append(_post_from_lines(row, None))
    return costs


def _post_from_lines(row: list[Line], amount: tuple[Line, Amount] | None) -> Post:
    post = Post(from_text=True)
    lines = [ln for ln in row if ln.text.strip()]
    if amount is not None:
        line, found = amount
        post.bedrag = Value(found.value, line, found.written)
        before = line.text[: line.text.find(found.written)] if found.written in line.text else ""
        if before.strip():
            post.uitvoerder = Value(" ".join(before.split()), line)
    if not lines:
        return post
    first = lines[0]
    head = " ".join(first.text.split())
    rest = lines[1:]
    name, _, bullet = head.partition(" - ")  # "Stelpost - CAO VVT": a list begins
    split = _first_split(head) if not bullet else None
    if bullet:
        post.kostenpost = Value(name, first)
        description = [f"- {bullet}", *(ln.text for ln in rest)]
    elif split is not None:
        post.kostenpost = Value(split[0], first)
        description = [split[1], *(ln.text for ln in rest)]
    else:
        words = [head]
        while rest and _names_on(rest[0].text):  # "Bemensing &" / "uitvoering" / ...
            words.append(" ".join(rest[0].text.split()))
            rest = rest[1:]
        post.kostenpost = Value(" ".join(words), first)
        description = [ln.text for ln in rest]
    text = clean_lines(description)
    if text:
        post.beschrijving = Value(text, rest[0] if rest and split is None else first)
    return post


def _names_on(text: str) -> bool:
    """A line that goes on with a cost post's name in flattened text: one word, or words
    in lower case (``uitvoering``); not a list item."""
    stripped = text.strip()
    if not stripped or stripped.startswith(("-", "§", "•")):
        return False
    return len(stripped.split()) == 1 or stripped[0].islower()


def _goes_on(raw: str) -> bool:
    """A line after a post's amount that still belongs to that post: extraction indents
    it (the column beside the amount), or it goes on in lower case, or it is a list item."""
    return raw[:1].isspace() or raw.strip()[:1].islower() or raw.strip().startswith(("- ", "§"))


def _add_description(post: Post, line: Line) -> None:
    if post.beschrijving is None:
        post.beschrijving = Value(clean_lines([line.text]), line)
        return
    joined = clean_lines([str(post.beschrijving.value), line.text])
    post.beschrijving = Value(joined, post.beschrijving.line)


# -- partners ---------------------------------------------------------------------------------
@dataclass
class Financing:
    contributions: list[tuple[Value, Value]] = field(default_factory=list)
    grant: Value | None = None
    total: Value | None = None
    grant_label: str | None = None
    clients: Value | None = None


def _financing_row(financing: Financing, label: str, label_line: Line, amount: Value) -> None:
    norm = normalize(label)
    if "aantalclienten" in norm:
        financing.clients = amount
    elif norm.startswith("totaal"):
        financing.total = amount
    elif "spuk" in norm or "uitkering" in norm:
        financing.grant = amount
        financing.grant_label = label
        clients = _CLIENTS_IN_LABEL.search(label)  # "Uitkering (24 cliënten × € 2.725)"
        if clients is not None and financing.clients is None:
            count = read_number(clients[1], 0)
            if count is not None:
                financing.clients = Value(count, label_line, clients[0])
        times = _TIMES_AMOUNT.search(label)  # "SPUK DOS 35 x € 2.725": when it gives the grant
        if times is not None and financing.clients is None and isinstance(amount.value, Decimal):
            count, each = read_number(times[1], 0), read_number(times[2])
            if count is not None and each is not None and count * each == amount.value:
                financing.clients = Value(count, label_line, times[0])
    else:
        financing.contributions.append((Value(label, label_line), amount))


_CLIENTS = re.compile(r"^\s*(Aantal cli[eë]nten[^0-9]*?)\s*([0-9][0-9.]*)\s*$", re.I)
_CLIENTS_LABEL = re.compile(r"^\s*Aantal cli[eë]nten[^0-9]*$", re.I)
_TIMES_AMOUNT = re.compile(
    r"(?<![\w.,])([0-9]+)\s*(?:x|×|maal|keer)\s*(?:€|EUR)?\s*([0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]{2})?)",
    re.I,
)
_CLIENTS_IN_LABEL = re.compile(
    r"(?<![\w.,])([0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+)\s*cli[eë]nten\b", re.I
)


def partner_rows(table: Table) -> Table | None:
    """The rows of the partners' table where it is drawn against the cost table (so that
    both came out as one table): from its title row ``Partners 2025`` on."""
    for index, row in enumerate(table.rows):
        if row and PARTNERS_TITLE.match(row[0].text):
            return Table(table.rows[index:], table.first_line, table.last_line)
    return None


def financing_from_table(table: Table) -> Financing:
    financing = Financing()
    for row in table.rows:
        cells = [c for c in row if c.text.strip()]
        if len(cells) < 2 or normalize(cells[0].text).startswith("partners"):
            continue
        amount = cell_amount(cells[-1])
        if amount is None:
            continue
        label = " ".join(cell_text(cells[0]).split())
        _financing_row(financing, label, cell_line(cells[0]), amount)
    return financing


def financing_from_text(lines: list[Line]) -> Financing:
    financing = Financing()
    for index, line in enumerate(lines):
        clients_label = _CLIENTS_LABEL.match(line.text)
        following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        if clients_label is not None and re.fullmatch(
            r"[0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+", following
        ):
            count = read_number(following, 0)  # the count in the cell after the label
            if count is not None:
                financing.clients = Value(count, lines[index + 1], following)
            continue
        amounts = find_amounts(line.text, unreadable=True)
        clients = _CLIENTS.match(line.text)
        if clients and not amounts:
            count = read_number(clients[2], 0)
            if count is not None:
                financing.clients = Value(count, line, clients[2])
            continue
        if not amounts:
            continue
        label = " ".join(line.text[: amounts[0].start].split())
        if not label:
            continue
        found = amounts[0]
        _financing_row(financing, label, line, Value(found.value, line, found.written))
    return financing


# -- financial benefits -----------------------------------------------------------------------
@dataclass
class Route:
    dagen: Value | None = None
    toelichting_dagen: Value | None = None
    inwoners: Value | None = None
    toelichting_inwoners: Value | None = None
    kosten_per_dag: Value | None = None
    toelichting_kosten: Value | None = None
    totaal: Value | None = None


@dataclass
class Other:
    """One row of other savings: its description (None: the form's row label), amount
    and explanation."""

    omschrijving: Value | None
    bedrag: Value
    toelichting: Value | None


@dataclass
class Benefits:
    routes: list[Route] = field(default_factory=lambda: [Route(), Route()])
    others: list[Other] = field(default_factory=list)


_UNIT = re.compile(r"^\s*(dagen|dag|inwoners|inwoner|personen|cliënten|clienten)\b\.?", re.I)
_LABEL = re.compile(r"^\s*\(([ABC])\)")


def _label_kind(text: str) -> str | None:
    match = _LABEL.match(text)
    if match:
        return match[1]
    norm = normalize(text)
    if norm.startswith("verwachtetotalebesparing"):
        return "T"
    if norm.startswith("overige"):
        return "O"
    return None


def _route_of(text: str, current: int, kind: str) -> int:
    norm = normalize(text)
    if "intramura" in norm or "verpleeghuis" in norm:
        return 1
    if "mpt" in norm or "vpt" in norm:
        return 0
    return current


_FORM_EXAMPLE = normalize("Bijvoorbeeld in Wmo of in Zvw.")


def _set_benefit(
    benefits: Benefits,
    route: int,
    kind: str,
    value: Value,
    note: Value | None,
    what: Value | None = None,
) -> None:
    if kind == "O":
        if what is not None and normalize(str(what.value)) in ("", _FORM_EXAMPLE):
            what = None
        benefits.others.append(Other(what, value, note))
        return
    target = benefits.routes[route]
    name = {"A": "dagen", "B": "inwoners", "C": "kosten_per_dag", "T": "totaal"}[kind]
    setattr(target, name, value)
    if kind != "T" and note is not None:
        toelichting = {"A": "toelichting_dagen", "B": "toelichting_inwoners"}.get(
            kind, "toelichting_kosten"
        )
        setattr(target, toelichting, note)


def _value_at_start(text: str, kind: str, line: Line) -> tuple[Value, str] | None:
    stripped = text.strip()
    if kind in ("C", "T", "O"):
        amounts = find_amounts(stripped, unreadable=True)
        if amounts and amounts[0].start == 0:
            return Value(amounts[0].value, line, amounts[0].written), stripped[amounts[0].end :]
    found = leading_quantity(stripped, 4 if kind in ("A", "B") else 2)
    if found is None:
        return None
    value, written, rest = found
    unit = _UNIT.match(rest)
    if unit:
        written = f"{written} {unit[1]}"
        rest = rest[unit.end() :]
    return Value(value, line, written), rest


def benefits_from_text(lines: list[Line]) -> Benefits:
    benefits = Benefits()
    route = -1
    kind: str | None = None
    label_text = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        text = line.text.strip()
        if not text:
            continue
        new_kind = _label_kind(text)
        if new_kind is not None:
            kind = new_kind
            if kind == "A":
                route = min(route + 1, 1)
            label_text = text
            continue
        if kind is None:
            continue
        found = _value_at_start(text, kind, line)
        if found is None:
            label_text += " " + text
            continue
        value, rest = found
        note_lines = [rest] if rest.strip() else []
        while index < len(lines) and lines[index].text.strip():
            following = lines[index].text.strip()
            if _label_kind(following) or normalize(following).startswith("besparing"):
                break
            note_lines.append(following)
            index += 1
        note_text = clean_lines(note_lines)
        note = Value(note_text, line) if note_text else None
        target = _route_of(label_text, max(route, 0), kind) if kind != "O" else 0
        _set_benefit(benefits, target, kind, value, note)
        kind = None
    return benefits


def benefits_from_table(table: Table) -> Benefits:
    """The benefits table from its cells: the value of each row from the column headed
    ``Waarde``, its explanation from ``Toelichting``; a row's kind (A, B, C, the route's
    total, other savings) from its labels, also for a further row of other savings whose
    label cell is left empty."""
    rows = [list(r) for r in table.rows]
    head = next((i for i, r in enumerate(rows[:2]) if _column([c.text for c in r], "waarde")), None)
    if head is None:
        return _benefits_by_scan(table)
    header = [c.text for c in rows[head]]
    value_col = _column(header, "waarde")
    note_col = _column(header, "toelichting")
    if value_col is None:  # pragma: no cover - the header row was chosen for it
        return _benefits_by_scan(table)
    header_norm = normalize(" ".join(header))
    benefits = Benefits()
    route = -1
    previous: str | None = None
    for row in rows[head + 1 :]:
        if not any(c.text.strip() for c in row) or header_fragment(row, header_norm):
            continue
        labels = row[:value_col]
        kind = next((k for k in map(_label_kind, (c.text for c in labels)) if k), None)
        value_cell = row[value_col] if value_col < len(row) else None
        filled = value_cell is not None and value_cell.text.strip()
        if kind is None and previous == "O" and filled:
            kind = "O"  # one more other saving, its label cell left empty
        if kind is None or value_cell is None:
            continue
        previous = kind
        if kind == "A":
            route = min(route + 1, 1)
        context = " ".join(c.text for c in labels)
        target = _route_of(context, max(route, 0), kind) if kind != "O" else 0
        line = cell_line(value_cell)
        found = _value_at_start(value_cell.text, kind, line) if filled else None
        if found is None:
            if not filled:
                continue
            value, rest = Value(None, line, value_cell.text.strip()), ""
        else:
            value, rest = found
        note_cell = row[note_col] if note_col is not None and note_col < len(row) else None
        notes = [rest] if rest.strip() else []
        if note_cell is not None and note_cell is not value_cell:
            notes.append(note_cell.text)
        note_text = clean_lines("\n".join(notes).split("\n"), short_breaks=False)
        note_line = cell_line(note_cell) if note_cell is not None else line
        what = None
        if kind == "O":
            words = [c.text for c in labels if normalize(c.text) != "overigebesparingen"]
            text = " ".join(" ".join(words).split())
            if text:
                what = Value(text, cell_line(labels[-1]))
        _set_benefit(
            benefits, target, kind, value, Value(note_text, note_line) if note_text else None, what
        )
    return benefits


def _benefits_by_scan(table: Table) -> Benefits:
    """A benefits table without the ``Waarde`` header: each labelled row's first value."""
    benefits = Benefits()
    route = -1
    for row in table.rows:
        cells = list(row)
        for position, cell in enumerate(cells):
            kind = _label_kind(cell.text)
            if kind is None:
                continue
            if kind == "A":
                route = min(route + 1, 1)
            context = " ".join(c.text for c in cells[: position + 1])
            target = _route_of(context, max(route, 0), kind) if kind != "O" else 0
            later = cells[position + 1 :]
            for offset, candidate in enumerate(later):
                found = _value_at_start(candidate.text, kind, cell_line(candidate))
                if found is None:
                    continue
                value, rest = found
                note_cells = [rest] if rest.strip() else []
                note_cells += [c.text for c in later[offset + 1 :]]
                note_text = clean_lines("\n".join(note_cells).split("\n"), short_breaks=False)
                note_line = cell_line(later[offset + 1]) if offset + 1 < len(later) else value.line
                between = " ".join(c.text for c in later[:offset]).strip()
                what = Value(" ".join(between.split()), cell_line(later[0])) if between else None
                _set_benefit(
                    benefits,
                    target,
                    kind,
                    value,
                    Value(note_text, note_line) if note_text else None,
                    what,
                )
                break
            break
    return benefits


# -- the financial effect -------------------------------------------------------------------
@dataclass
class Effect:
    initieel: Value | None = None
    uitvoering: Value | None = None
    totaal_kosten: Value | None = None
    totaal_baten: Value | None = None
    mpt: Value | None = None
    intramuraal: Value | None = None
    overige: Value | None = None
    saldo: Value | None = None


def _effect_slot(label: str, benefit_count: int) -> str | None:
    norm = normalize(label)
    if "totaalfinancieeleffect" in norm or ("financieeleffect" in norm and "totaal" in norm):
        return "saldo"
    if "totalekosten" in norm or norm.startswith("totaalkosten"):
        return "totaal_kosten"
    if "totalebaten" in norm or norm.startswith("totaalbaten"):
        return "totaal_baten"
    if "overige" in norm:
        return "overige"
    if "initiele" in norm:
        return "initieel"
    if "uitvoeringskosten" in norm:
        return "uitvoering"
    if "intramura" in norm:
        return "intramuraal"
    if "mpt" in norm or "vpt" in norm:
        return "mpt"
    if "besparing" in norm:
        return "mpt" if benefit_count == 0 else "intramuraal"
    return None


def _amount_in(text: str) -> Amount | None:
    amounts = find_amounts(text, unreadable=True)
    return amounts[0] if amounts else find_signed(text)


def effect_from_table(table: Table) -> Effect:
    effect = Effect()
    benefits_seen = 0
    for row in table.rows:
        label = " ".join(c.text for c in row[:-1])
        amount = cell_amount(row[-1]) if row else None
        if amount is None or amount.value is None:
            continue
        slot = _effect_slot(label, benefits_seen)
        if slot in ("mpt", "intramuraal"):
            benefits_seen += 1
        if slot is not None and getattr(effect, slot) is None:
            setattr(effect, slot, amount)
    return effect


# -- qualitative benefits ------------------------------------------------------------------
def qualitative_from_table(table: Table) -> list[tuple[Value, Value | None]]:
    out: list[tuple[Value, Value | None]] = []
    previous_page = table.rows[0][0].ref.page if table.rows and table.rows[0] else None
    for row in table.rows:
        cells = [c for c in row if c.text.strip()]
        new_page = bool(row) and previous_page is not None and row[0].ref.page != previous_page
        previous_page = row[0].ref.page if row else previous_page
        if not cells or normalize(cells[0].text).startswith("maatschappelijkebaten"):
            continue
        first = row[0].text.strip()
        continued = not first or (new_page and first[:1].islower())
        if out and continued and len(row) > 1:  # a row continued on the next page
            baat_value, reason_value = out[-1]
            if first:
                baat_value = Value(f"{baat_value.value} {cell_text(row[0])}", baat_value.line)
            more = cell_text(row[-1])
            if reason_value is not None and more:
                joined = f"{reason_value.value} {more}"
                out[-1] = (baat_value, Value(joined, reason_value.line))
            elif more:
                out[-1] = (baat_value, Value(more, cell_line(row[-1])))
            continue
        baat = Value(" ".join(cell_text(cells[0]).split()), cell_line(cells[0]))
        reason = None
        if len(cells) > 1:
            reason = Value(cell_text(cells[1]), cell_line(cells[1]))
        out.append((baat, reason))
    return out


_QUALITATIVE_HEADER = (
    "Maatschappelijke baten en andere baten (kwalitatief)",
    "Beschrijving (en onderbouwing)",
)


def qualitative_from_text(lines: list[Line]) -> list[tuple[Value, Value | None]]:
    out: list[tuple[Value, Value | None]] = []
    pending: Value | None = None
    for paragraph in _paragraphs(lines):
        norm = normalize(" ".join(ln.text for ln in paragraph))
        if any(norm.startswith(normalize(h)) for h in _QUALITATIVE_HEADER) and not out:
            rest = norm
            for h in _QUALITATIVE_HEADER:
                rest = rest.removeprefix(normalize(h))
            if not rest:
                continue
        if pending is not None:
            out.append((pending, Value(_text(paragraph), paragraph[0])))
            pending = None
            continue
        split = _first_split(paragraph[0].text.strip())
        if split is not None:
            reason = clean_lines([split[1], *(ln.text for ln in paragraph[1:])])
            out.append((Value(split[0], paragraph[0]), Value(reason, paragraph[0])))
        else:
            pending = Value(_text(paragraph).replace("\n", " "), paragraph[0])
    if pending is not None:
        out.append((pending, None))
    return out


def is_zero(value: Value | None) -> bool:
    return value is not None and isinstance(value.value, Decimal) and value.value == 0


# -- flattened text, figures confirmed (flat.py) ---------------------------------------------
def costs_from_flat(lines: list[Line]) -> Costs:
    """A flattened cost table: the posts' names and texts as :func:`costs_from_text` reads
    them, the amounts only as :func:`flat.cost_figures` confirms them."""
    costs = costs_from_text(lines)
    figures = flat.cost_figures(lines)
    anchor = lines[0] if lines else None
    if anchor is None:
        return costs
    if figures.problem is not None:
        for post in costs.posts:
            post.bedrag = _unplaced(
                None, figures.problem, post.bedrag.line if post.bedrag else anchor
            )
        if figures.total is not None and figures.blocks:  # the sum of all the rest: sure
            costs.total = _of(figures.total)
        elif figures.total is not None:
            costs.total = _unplaced(figures.total, figures.problem, anchor)
        else:
            costs.total = None
        return costs
    amounts = figures.posts
    if not amounts and figures.total is not None and len(costs.posts) > 1 and not figures.blocks:
        # a lone amount under several posts: a figure in a description, not their total
        for post in costs.posts:
            post.bedrag = _unplaced(None, "imp_why_flat_pairs", anchor)
        costs.total = _unplaced(figures.total, "imp_why_flat_pairs", anchor)
        return costs
    if not amounts and figures.total is None:  # no amount in the table at all
        for post in costs.posts:
            post.bedrag = None
        costs.total = None
        return costs
    if not figures.checked and len(amounts) != len(costs.posts):
        for post in costs.posts:
            post.bedrag = _unplaced(None, "imp_why_flat_pairs", anchor)
        costs.total = None
        return costs
    if len(amounts) != len(costs.posts):  # confirmed by the total, but names cannot be paired
        costs.posts = [Post(bedrag=_of(t), from_text=True) for t in amounts]
    else:
        for post, token in zip(costs.posts, amounts, strict=True):
            post.bedrag = _of(token)
    costs.total = _of(figures.total) if figures.total is not None else None
    return costs


def effect_from_flat(lines: list[Line]) -> Effect:
    """A flattened financial-effect table: its amounts only when they add up."""
    figures = flat.effect_figures(lines)
    effect = Effect()
    if figures is None:
        return effect
    names = {
        "initieel": "initieel",
        "uitvoering": "uitvoering",
        "totaal_kosten": "totaal_kosten",
        "mpt": "mpt",
        "intramuraal": "intramuraal",
        "overige": "overige",
        "totaal_baten": "totaal_baten",
        "saldo": "saldo",
    }
    for slot, token in figures.items():
        setattr(effect, names[slot], _of(token))
    return effect


def benefits_from_flat(lines: list[Line], effect: Effect) -> Benefits:
    """A flattened benefits table: the explanations as :func:`benefits_from_text` reads
    them; A, B, C and each route's total only when A × B × C gives that total (A and B
    alone where their unit names them); the other savings when they add up to the
    financial effect's, or when there is one of them."""
    benefits = benefits_from_text(lines)
    figures = flat.benefit_figures(lines)
    anchor = lines[0] if lines else None
    if anchor is None:
        return benefits
    why = "imp_why_flat_blocks" if figures.blocks else "imp_why_flat_route"
    for route, found, stated_total in zip(
        benefits.routes, figures.routes, (effect.mpt, effect.intramuraal), strict=True
    ):
        if figures.blocks:  # columns as blocks: a route A x B x C confirms, if the effect agrees
            found.confirmed = (
                found.confirmed
                and found.totaal is not None
                and stated_total is not None
                and stated_total.value == found.totaal.value
            )
        for attr, unit in (("dagen", "days"), ("inwoners", "residents")):
            token = getattr(found, attr)
            if figures.blocks and found.confirmed:
                setattr(route, attr, _of(token))
            elif figures.blocks:
                setattr(route, attr, _unplaced(token, why, anchor))
            elif found.confirmed or (figures.clean and token is not None and token.kind == unit):
                setattr(route, attr, _of(token))
            else:
                setattr(route, attr, _unplaced(token, "imp_why_flat_route", anchor))
        for attr in ("kosten_per_dag", "totaal"):
            token = getattr(found, attr)
            if found.confirmed:
                setattr(route, attr, _of(token))
            else:
                setattr(route, attr, _unplaced(token, why, anchor))
    stated = effect.overige.value if effect.overige is not None else None
    amounts = [t.value for t in figures.others]
    sure = (
        bool(figures.others)
        and all(a is not None for a in amounts)
        and (
            (stated is not None and sum(a for a in amounts if a is not None) == stated)
            or (stated is None and len(figures.others) == 1)
        )
    )
    texts = benefits.others
    benefits.others = []
    for i, token in enumerate(figures.others):
        if figures.blocks:  # the texts beside an amount are other columns' blocks
            value = _of(token) if sure else _unplaced(token, "imp_why_flat_sum", token.line)
            benefits.others.append(Other(None, value, None))
            continue
        text = texts[i] if len(texts) == len(figures.others) else None
        what, note = _cell_neighbours(lines, token)
        if what is None and note is None and text is not None:
            what, note = text.omschrijving, text.toelichting
        value = _of(token) if sure else _unplaced(token, "imp_why_flat_sum", token.line)
        benefits.others.append(Other(what, value, note))
    return benefits


def _cell_neighbours(lines: list[Line], token: flat.Token) -> tuple[Value | None, Value | None]:
    """A value alone on its line, as a text export writes each cell on a line: the text
    of the cell before it (the description) and after it (the explanation)."""
    if token.line.text.strip() != token.written:
        return None, None
    index = next((i for i, ln in enumerate(lines) if ln.seq == token.line.seq), None)
    if index is None:
        return None, None

    def text_at(i: int) -> Line | None:
        if not 0 <= i < len(lines):
            return None
        line = lines[i]
        words = normalize(line.text)
        if not words or flat.tokens([line]) or words in ("overigebesparingen", _FORM_EXAMPLE):
            return None
        return line

    before, after = text_at(index - 1), text_at(index + 1)
    what = Value(" ".join(before.text.split()), before) if before is not None else None
    note = Value(clean_lines([after.text]), after) if after is not None else None
    return what, note


def costs_from_joint(lines: list[Line], posts: list[flat.Token], total: flat.Token) -> Costs:
    """The execution costs of a table that came as column blocks (:func:`flat.joint_blocks`):
    the amounts in the order of the rows; the posts' names and texts as
    :func:`costs_from_text` reads them where there are as many, else not paired."""
    costs = costs_from_text(lines)
    if len(costs.posts) == len(posts):
        for post, token in zip(costs.posts, posts, strict=True):
            post.bedrag = _of(token)
    else:  # the names and texts cannot be paired: listed as text not placed
        costs.notes += [ln for ln in lines if re.search(r"[^\W\d_]{2}", ln.text)]
        costs.posts = [Post(bedrag=_of(t), from_text=True) for t in posts]
    costs.total = _of(total)
    return costs


def costs_total_only(lines: list[Line], total: flat.Token) -> Costs:
    """The execution costs of a table that came as column blocks whose posts' amounts came
    in several blocks: the total (the sum, whatever their order) is placed, the posts'
    amounts are not."""
    costs = costs_from_text(lines)
    anchor = lines[0] if lines else total.line
    for post in costs.posts:
        post.bedrag = _unplaced(None, "imp_why_flat_blocks", anchor)
    costs.total = _of(total)
    return costs


def financing_from_joint(lines: list[Line], joint: flat.JointFigures) -> Financing:
    """The partners of a table that came as column blocks (:func:`flat.joint_blocks`)."""
    financing = Financing()
    for row in (*joint.partners, joint.partners_total):
        _financing_row(financing, row.label, row.line, _of(row.amount))
    clients = financing_from_text(lines).clients
    if clients is not None:
        financing.clients = clients
    return financing


def financing_from_flat(lines: list[Line]) -> Financing:
    """A flattened partners' table: rows only as :func:`flat.partner_rows` confirms them;
    the number of clients (variant centraal persoon) as :func:`financing_from_text` reads it."""
    financing = Financing()
    rows, problem = flat.partner_rows(lines)
    for row in rows:
        amount = _of(row.amount) if problem is None else _unplaced(row.amount, problem, row.line)
        _financing_row(financing, row.label, row.line, amount)
    clients = financing_from_text(lines).clients
    if clients is not None:  # a row "Aantal cliënten", else what the grant's label said
        financing.clients = clients
    return financing


# -- tables rebuilt from -layout text: figures kept only when they add up --------------------
def _amount(value: Value | None) -> Decimal | None:
    return value.value if value is not None and isinstance(value.value, Decimal) else None


def _unplace(value: Value | None, why: str) -> Value | None:
    if value is None or value.value is None:
        return value
    return Value(None, value.line, value.written, why)


def confirm_costs(costs: Costs) -> Costs:
    """The amounts of a rebuilt cost table stay only when the posts add up to its total.
    A row with only a name (no description, executor or amount) is a remark under the
    table ("Bedragen zijn exclusief btw") when the other posts add up without it: in text
    that kept the columns, a remark across the table lands in the first column."""
    total = _amount(costs.total)
    bare = [p for p in costs.posts if p.bedrag is None and not p.beschrijving and not p.uitvoerder]
    rest = [_amount(p.bedrag) for p in costs.posts if p not in bare]
    if bare and total is not None and None not in rest and sum(a for a in rest if a) == total:
        costs.notes += [p.kostenpost.line for p in bare if p.kostenpost is not None]
        costs.posts = [p for p in costs.posts if p not in bare]
    amounts = [_amount(p.bedrag) for p in costs.posts]
    if total is not None and None not in amounts and sum(a for a in amounts if a) == total:
        return costs
    if not costs.posts and total is not None:
        return costs
    for post in costs.posts:
        post.bedrag = _unplace(post.bedrag, "imp_why_flat_sum")
    costs.total = _unplace(costs.total, "imp_why_flat_sum")
    return costs


def confirm_benefits(benefits: Benefits, effect: Effect) -> Benefits:
    """A route of a rebuilt benefits table stays when A × B × C gives its total; the other
    savings when they add up to the financial effect's (or there is one)."""
    for route in benefits.routes:
        parts = [_amount(getattr(route, a)) for a in ("dagen", "inwoners", "kosten_per_dag")]
        total = _amount(route.totaal)
        ok = None not in parts and total is not None
        if ok:
            a, b, c = (p for p in parts if p is not None)
            ok = flat.round_cents(a * b * c) == total
        if not ok:
            for attr in ("dagen", "inwoners", "kosten_per_dag", "totaal"):
                setattr(route, attr, _unplace(getattr(route, attr), "imp_why_flat_route"))
    stated = _amount(effect.overige)
    amounts = [_amount(o.bedrag) for o in benefits.others]
    sure = None not in amounts and (
        (stated is not None and sum(a for a in amounts if a) == stated)
        or (stated is None and len(amounts) == 1)
    )
    if not sure:
        for other in benefits.others:
            other.bedrag = _unplace(other.bedrag, "imp_why_flat_sum") or other.bedrag
    return benefits


def confirm_effect(effect: Effect) -> Effect:
    """The amounts of a rebuilt financial-effect table stay when the net effect is the
    benefits less the costs."""
    parts = {
        name: _amount(getattr(effect, name))
        for name in ("initieel", "uitvoering", "mpt", "intramuraal", "overige", "saldo")
    }
    if None not in parts.values():
        v = {k: x for k, x in parts.items() if x is not None}
        net = v["mpt"] + v["intramuraal"] + v["overige"] - v["initieel"] - v["uitvoering"]
        if v["saldo"] in (net, -net):
            return effect
    return Effect()


def confirm_financing(financing: Financing) -> Financing:
    """The rows of a rebuilt partners' table stay when they add up to their total."""
    amounts = [_amount(a) for _, a in financing.contributions] + [_amount(financing.grant)]
    total = _amount(financing.total)
    if total is not None and None not in amounts and sum(a for a in amounts if a) == total:
        return financing
    financing.contributions = [
        (label, _unplace(a, "imp_why_flat_sum") or a) for label, a in financing.contributions
    ]
    financing.grant = _unplace(financing.grant, "imp_why_flat_sum")
    financing.total = _unplace(financing.total, "imp_why_flat_sum")
    return financing


def has_other_savings(table: Table) -> bool:
    """True when the benefits table has a row labelled for other savings."""
    return any(_label_kind(cell.text) == "O" for row in table.rows for cell in row)
