"""Finding the form in a document: its headings, questions and tables, in the form's order.

Each element of the edition (:mod:`spukdos_cli.form.edition`) may be found several times,
or not at all: an applicant deletes the form's explanations, shortens a question, numbers
the headings, quotes the form in an answer. So every place that could be an element is a
candidate, and the landmarks are the candidates that make the best chain in the order of the
form (a longest-path choice over candidates ordered by place and by element). A question's
answer is what lies between the end of its text (and of the form's explanation after it) and
the next landmark, whatever that is: a question, a heading or a table.

Matching is exact first (letters and digits only, lower case, accents off, so line breaks and
hyphenation do not matter) and then tolerant (rapidfuzz, on the same normalised text), and
only between the landmarks already found, so that it cannot jump the form's order. Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spukdos_cli.form.edition import Edition, Element, TableSpec, edition
from spukdos_cli.read.document.lines import Cell, Document, Table
from spukdos_cli.read.document.search import normalize, raw_offset

NUMBERING = re.compile(r"^\s*(?:(?:[0-9]{1,2}\.){1,3}[0-9]{0,2}|[0-9]{1,2}\)|[IVX]{1,4}\.)\s+")
"""A heading's or question's own number: ``3.``, ``2.1``, ``2.1.``, ``4)``, ``IV.``."""

SENTENCE_END = re.compile(r"[.?!:](?=\s|$)")
FUZZY = 85.0
"""The least similarity (0-100) of a tolerant match of a question or sentence."""
FUZZY_HEADING = 90.0
WEIGHTS = {"question": 3.0, "table": 3.0, "heading": 2.0, "text": 1.0}
_TITLE = re.compile(r"^\s*[A-Z][\w]*(?:\s+[\w%()]+){0,3}\s*:?\s*$")
"""A table's title on a line of its own: capitalised, at most four words."""


@dataclass(frozen=True)
class Landmark:
    """An element of the form found in the document: it starts at line ``line``; its own
    text (and the form's explanation after it) runs to the normalised offset ``end``."""

    key: str
    index: int
    line: int
    start: int
    end: int
    score: float
    table: Table | None = None


@dataclass
class Stream:
    """The document's lines as one normalised string, with each line's own numbering taken
    off, and the way back from an offset in it to a line and a character."""

    doc: Document
    norm: list[str] = field(default_factory=list)
    prefix: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    joined: str = ""

    def __post_init__(self) -> None:
        offset = 0
        for line in self.doc.lines:
            number = NUMBERING.match(line.text) if line.table is None else None
            cut = number.end() if number else 0
            text = normalize(line.text[cut:])
            self.norm.append(text)
            self.prefix.append(cut)
            self.starts.append(offset)
            offset += len(text)
        self.joined = "".join(self.norm)

    def line_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def offset_of_line(self, index: int) -> int:
        return self.starts[index] if index < len(self.starts) else len(self.joined)

    def spot(self, offset: int) -> tuple[int, int]:
        """(line, character in its raw text) of the normalised ``offset``."""
        if offset >= len(self.joined):
            return len(self.norm), 0
        line = self.line_of(offset)
        while line + 1 < len(self.norm) and self.starts[line + 1] == offset and not self.norm[line]:
            line += 1
        text = self.doc.lines[line].text[self.prefix[line] :]
        return line, self.prefix[line] + raw_offset(text, offset - self.starts[line])

    def in_table(self, line: int) -> bool:
        return line < len(self.doc.lines) and self.doc.lines[line].table is not None

    def raw_sentence(self, line: int, limit: int = 400) -> str:
        """The raw text of the sentence that starts line ``line`` (numbering off)."""
        parts: list[str] = []
        index = line
        size = 0
        while index < len(self.doc.lines) and size < limit and not self.in_table(index):
            raw = self.doc.lines[index].text[self.prefix[index] if index == line else 0 :]
            if not raw.strip():
                break
            end = SENTENCE_END.search(raw)
            parts.append(raw[: end.end()] if end else raw)
            size += len(parts[-1])
            if end:
                break
            index += 1
        return " ".join(p.strip() for p in parts)

    def sentence(self, offset: int, limit: int = 400) -> str:
        """The normalised text of the sentence that starts at ``offset``: up to the first
        sentence end (``.``, ``?``, ``!``, ``:``), a blank line or a table."""
        line, char = self.spot(offset)
        parts: list[str] = []
        size = 0
        while line < len(self.doc.lines) and size < limit:
            if self.in_table(line):
                break
            raw = self.doc.lines[line].text[char:]
            if not raw.strip():
                if parts:
                    break
                line, char = line + 1, 0
                continue
            end = SENTENCE_END.search(raw)
            piece = raw[: end.end()] if end else raw
            parts.append(normalize(piece))
            size += len(parts[-1])
            if end:
                break
            line, char = line + 1, 0
        return "".join(parts)[:limit]


def similarity(found: str, form: str) -> float:
    """How much ``found`` (normalised) reads as the form's text ``form``: the whole of it,
    or (a shortened text) as much of its beginning as was found."""
    from rapidfuzz import fuzz

    if not found or not form:
        return 0.0
    if len(found) >= 0.75 * len(form):
        return float(fuzz.ratio(found, form))
    if len(found) >= max(20, 0.4 * len(form)):
        return float(fuzz.ratio(found, form[: len(found)]))
    if len(found) >= 30:  # the beginning of a long question, nearly word for word
        score = float(fuzz.ratio(found, form[: len(found)]))
        return score if score >= 95 else 0.0
    return 0.0


_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [normalize(w) for w in _WORD.findall(text) if normalize(w)]


def _same_word(a: str, b: str) -> bool:
    """Two words that are one word (``berekende``/``berekend``, ``samen``/``samenvoegen``)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long.startswith(short[:5]) and abs(len(a) - len(b)) <= 6


def reworded(found: str, form: str) -> float:
    """How much the sentence ``found`` (raw text) is the form's sentence ``form`` in other
    or fewer words: almost all of its words are the form's, and they cover a good part of
    the form's. 0 when it does not read as the form's sentence."""
    mine, theirs = _words(found), _words(form)
    if len(mine) < 3 or not theirs:
        return 0.0
    common = sum(1 for w in mine if any(_same_word(w, t) for t in theirs))
    own = common / len(mine)
    covered = min(1.0, common / len(theirs))
    if len(mine) >= 4 and ((own >= 0.85 and covered >= 0.3) or (own >= 0.75 and covered >= 0.5)):
        return 85.0 + 15.0 * min(1.0, (own - 0.75) / 0.25) * covered
    if mine[0] == theirs[0] and own >= 0.75:  # "Beschrijf de primaire doelgroep."
        return 85.0 + 5.0 * own * covered
    return 0.0


def _first_sentence(text: str) -> str:
    end = SENTENCE_END.search(text)
    return normalize(text[: end.end()] if end else text)


def _candidate(
    index: int,
    line: int,
    start: int,
    end: int,
    score: float,
    table: Table | None = None,
) -> Landmark:
    """A place that may be element ``index`` of the form (its end is its own text's)."""
    return Landmark(edition().elements[index].key, index, line, start, end, score, table)


class Finder:
    """Finds the landmarks of one document."""

    def __init__(self, doc: Document, form: Edition | None = None) -> None:
        self.doc = doc
        self.form = form or edition()
        self.stream = Stream(doc)
        self.table_kinds = [table_kind(t, self.form) for t in doc.tables]
        self.joined: dict[int, Table] = {}
        """Each table that begins one of the form's tables, with its parts on later pages
        (which are not candidates of their own)."""
        parts: set[int] = set()
        kinds = [kind for kind, _ in self.table_kinds]
        for number in range(len(doc.tables)):
            if number in parts:
                continue
            table, count = _joined(doc, number, kinds, self.form)
            self.joined[number] = table
            parts.update(range(number + 1, number + count))

    # -- candidates -----------------------------------------------------------------------
    def _exact(self, element: Element, index: int, lo: int, hi: int) -> list[Landmark]:
        s = self.stream
        out: list[Landmark] = []
        for text in element.texts:
            target = normalize(text)
            if not target:
                continue
            position = s.joined.find(target, lo, hi)
            while position != -1 and len(out) < 40:
                line = s.line_of(position)
                at_start = s.starts[line] == position and not s.in_table(line)
                heading_ok = element.kind != "heading" or self._whole(line, position + len(target))
                if at_start and heading_ok:
                    out.append(_candidate(index, line, position, position + len(target), 1.0))
                position = s.joined.find(target, position + 1, hi)
        return out

    def _whole(self, line: int, end: int) -> bool:
        """A heading is a line (or two) of its own: the text ends where its line ends."""
        s = self.stream
        last = s.line_of(max(end - 1, 0))
        return s.starts[last] + len(s.norm[last]) == end and last - line <= 2

    def _fuzzy(self, element: Element, index: int, lo: int, hi: int) -> list[Landmark]:
        s = self.stream
        out: list[Landmark] = []
        first, last = s.line_of(lo), s.line_of(max(hi - 1, 0))
        for line in range(first, min(last + 1, len(s.norm))):
            if not s.norm[line] or s.in_table(line) or not self._starts_paragraph(line):
                continue
            start = s.starts[line]
            if start < lo or start >= hi:
                continue
            if element.kind == "heading":
                found = s.norm[line]
                best = max(similarity_whole(found, normalize(t)) for t in element.texts)
                if best >= FUZZY_HEADING:
                    out.append(_candidate(index, line, start, start + len(found), best / 100))
                continue
            found = s.sentence(start)
            best = max(similarity(found, _first_sentence(t)) for t in element.texts)
            raw = self.stream.raw_sentence(line)
            if best < FUZZY and raw.rstrip().endswith(("?", ".", ":")):
                best = max(best, *(reworded(raw, t) for t in element.texts))
            if best >= FUZZY:
                out.append(_candidate(index, line, start, start + len(found), best / 100))
        return out

    def _starts_paragraph(self, line: int) -> bool:
        if line == 0:
            return True
        previous = self.doc.lines[line - 1]
        text = previous.text.rstrip()
        return (
            not text
            or previous.table is not None
            or text.endswith((".", "?", "!", ":"))
            or self.doc.kind == "docx"
            or len(text) < 40
        )

    def _tables(self, element: Element, index: int, lo: int, hi: int) -> list[Landmark]:
        """Real tables of the element's kind, and in text without tables its header."""
        s = self.stream
        out: list[Landmark] = []
        for number, table in enumerate(self.doc.tables):
            kind, score = self.table_kinds[number]
            if kind != element.table or number not in self.joined:
                continue
            start = s.offset_of_line(table.first_line)
            if not lo <= start < hi:
                continue
            if element.total:
                score *= _total_fit(table, self.form.tables[kind], element.total)
            out.append(
                _candidate(index, table.first_line, start, start, score, self.joined[number])
            )
        if not out:
            out += self._header_lines(element, index, lo, hi)
        return out

    def _header_lines(self, element: Element, index: int, lo: int, hi: int) -> list[Landmark]:
        """Flattened text: the table's first header cell at the start of a line."""
        spec = self.form.tables[element.table]
        s = self.stream
        out: list[Landmark] = []
        for text in spec.header[0]:
            target = normalize(text)
            position = s.joined.find(target, lo, hi)
            while position != -1 and len(out) < 20:
                line = s.line_of(position)
                if s.starts[line] == position and not s.in_table(line):
                    score = 1.0
                    if element.table == "partners" and not _TITLE.match(self.doc.lines[line].text):
                        score = 0.0  # "Partners 2025" is a title of its own, capitalised
                    if element.total:
                        score *= _total_in_text(s, position, hi, spec, element.total)
                    if score > 0:
                        out.append(_candidate(index, line, position, position, score))
                position = s.joined.find(target, position + 1, hi)
        return out

    def candidates(self, index: int, lo: int, hi: int, *, fuzzy: bool) -> list[Landmark]:
        element = self.form.elements[index]
        if element.kind == "table":
            return self._tables(element, index, lo, hi)
        found = self._exact(element, index, lo, hi)
        if fuzzy and not found:
            found = self._fuzzy(element, index, lo, hi)
        return found

    # -- the chain ------------------------------------------------------------------------
    def find(self) -> list[Landmark]:
        total = len(self.stream.joined) + 1
        pool: list[Landmark] = []
        for index in range(len(self.form.elements)):
            pool += self.candidates(index, 0, total, fuzzy=False)
        chain = _best_chain(pool, self.form)
        # tolerant matching, only in the gaps of the chain, for the elements not found
        found = {c.index for c in chain}
        for index in range(len(self.form.elements)):
            if index in found or self.form.elements[index].kind == "table":
                continue
            before = [c for c in chain if c.index < index]
            after = [c for c in chain if c.index > index]
            lo = before[-1].end if before else 0
            hi = after[0].start if after else total
            if hi > lo:
                pool += self.candidates(index, lo, hi, fuzzy=True)
        chain = _best_chain(pool, self.form)
        return [self._landmark(c) for c in chain]

    def _landmark(self, c: Landmark) -> Landmark:
        """The candidate chosen, its end past the form's explanation after it."""
        element = self.form.elements[c.index]
        end = c.end if c.table is None else c.start
        if element.kind in ("question", "heading", "text"):
            end = self._skip_more(element, end)
        return replace(c, end=end)

    def _skip_more(self, element: Element, end: int) -> int:
        """Past the form's explanation that follows ``element``: each sentence of it, in any
        order, exactly or tolerantly, as long as the text goes on with one of them."""
        s = self.stream
        remaining = [normalize(text) for text in element.more]
        while remaining:
            line = s.line_of(end)
            if line < len(s.norm) and s.in_table(line) and s.starts[line] <= end:
                break
            hit = next((t for t in remaining if t and s.joined.startswith(t, end)), None)
            if hit is not None:
                end += len(hit)
                remaining.remove(hit)
                continue
            found = s.sentence(end)
            scored = [(similarity(found, t), t) for t in remaining]
            best, text = max(scored) if scored else (0.0, "")
            if best < FUZZY or not found:
                break
            end += len(found)
            remaining.remove(text)
        return end


def similarity_whole(found: str, form: str) -> float:
    from rapidfuzz import fuzz

    if not found or not form or len(form) < 12:
        return 100.0 if found == form else 0.0
    return float(fuzz.ratio(found, form))


def _best_chain(pool: list[Landmark], form: Edition) -> list[Landmark]:
    """The candidates that make the heaviest chain increasing in both place and element."""
    ordered = sorted(pool, key=lambda c: (c.start, c.index))
    best: list[float] = []
    back: list[int] = []
    for i, c in enumerate(ordered):
        weight = WEIGHTS[form.elements[c.index].kind] * c.score
        best.append(weight)
        back.append(-1)
        for j in range(i):
            p = ordered[j]
            if p.index < c.index and p.start < c.start and best[j] + weight > best[i]:
                best[i] = best[j] + weight
                back[i] = j
    if not ordered:
        return []
    i = max(range(len(ordered)), key=lambda k: best[k])
    chain: list[Landmark] = []
    while i != -1:
        chain.append(ordered[i])
        i = back[i]
    return chain[::-1]


def table_kind(table: Table, form: Edition) -> tuple[str, float]:
    """Which of the form's tables ``table`` is, and how surely (0-1): by the words of its
    first two rows (the header, perhaps with a title row above it) and of its first column."""
    head = [normalize(c.text) for row in table.rows[:2] for c in row if c.text.strip()]
    titles = [normalize(row[0].text) for row in table.rows[:2] if row and row[0].text.strip()]
    first_column = [normalize(row[0].text) for row in table.rows if row]
    best = ("", 0.0)
    for kind, spec in form.tables.items():
        # a table titled in one cell ("Partners 2025") has the title in its first cell
        score = _header_score(titles if len(spec.header) == 1 else head, spec)
        if spec.rows and kind in ("contact", "benefits", "effect"):
            labels = {normalize(r) for r in spec.rows}
            hits = sum(1 for text in first_column if text and text in labels)
            score = max(score, min(1.0, hits / 3))
        if kind == "partners" and score < 1.0:
            score = max(score, _partner_score(table))
        if score > best[1]:
            best = (kind, score)
    return best if best[1] >= 0.5 else ("", 0.0)


def _header_score(head: list[str], spec: TableSpec) -> float:
    """The share of the spec's header columns that head a cell of ``head`` (the normalised
    cells of a table's first two rows): a cell that begins with the column's text, or reads
    as it (a long header reworded)."""
    from rapidfuzz import fuzz

    if not spec.header or not head:
        return 0.0
    hits = 0.0
    for column in spec.header:
        targets = [normalize(t) for t in column]
        if any(t and cell.startswith(t) for t in targets for cell in head):
            hits += 1
        elif any(
            len(t) >= 12 and fuzz.ratio(t, cell[: len(t) + 4]) >= 90
            for t in targets
            for cell in head
        ):
            hits += 0.9
    return hits / len(spec.header)


_FUNDING_WORDS = ("spuk", "uitkering", "totaal", "bijdrage", "cofinanciering", "gemeente")


def _partner_score(table: Table) -> float:
    """A table of two or three columns whose rows name who pays and the grant, with amounts."""
    rows = [r for r in table.rows if r]
    if not rows or max(len(r) for r in rows) > 3:
        return 0.0
    labels = [normalize(r[0].text) for r in rows]
    grant = any("spuk" in t or "uitkering" in t for t in labels)
    amounts = sum(1 for r in rows if "€" in r[-1].text or "eur" in r[-1].text.lower())
    return 0.75 if grant and amounts >= 2 else 0.0


def _total_fit(table: Table, spec: TableSpec, which: str) -> float:
    """1 when the table's total row names ``which`` (initial or execution costs) or no
    total names either; less when it names the other."""
    text = normalize(" ".join(row[0].text for row in table.rows if row))
    return _fit(text, spec, which)


def _total_in_text(s: Stream, start: int, hi: int, spec: TableSpec, which: str) -> float:
    return _fit(s.joined[start : min(hi, start + 6000)], spec, which)


def _fit(text: str, spec: TableSpec, which: str) -> float:
    mine = any(normalize(t) in text for n, labels in spec.totals if n == which for t in labels)
    other = any(normalize(t) in text for n, labels in spec.totals if n != which for t in labels)
    if mine:
        return 1.0
    return 0.5 if other else 0.9


def _joined(doc: Document, number: int, kinds: list[str], form: Edition) -> tuple[Table, int]:
    """Table ``number`` with the tables right after it that go on with it (a table broken
    across pages: the same columns, no other text between, not another of the form's
    tables), and how many tables that is; a header row repeated on a new page is left
    out."""
    first = doc.tables[number]
    kind = kinds[number]
    rows = list(first.rows)
    last = first.last_line
    width = max((len(r) for r in first.rows), default=0)
    count = 1
    for offset, following in enumerate(doc.tables[number + 1 :], start=number + 1):
        between = doc.lines[last : following.first_line]
        if any(line.text.strip() for line in between):
            break
        follow_kind = kinds[offset]
        if follow_kind and follow_kind != kind:
            break
        follow_width = max((len(r) for r in following.rows), default=0)
        if follow_width != width:
            break
        rows += rows_after(rows, following, kind, form)
        last = following.last_line
        count += 1
    return Table(tuple(rows), first.first_line, last), count


def row_key(row: tuple[Cell, ...]) -> str:
    return normalize(" ".join(cell.text for cell in row))


def rows_after(
    rows: list[tuple[Cell, ...]], part: Table, kind: str, form: Edition
) -> list[tuple[Cell, ...]]:
    """The rows that ``part``, a later part of a form table of ``kind``, adds to the rows
    read so far (``rows``, the header first): its own, less a header it repeats or the
    rest of the header a page break cut (:func:`without_header`)."""
    spec = form.tables.get(kind)
    return without_header(
        list(part.rows),
        rows[0] if rows else None,
        header_only=len(rows) == 1,
        known=spec.header if spec is not None else (),
    )


def without_header(
    rows: list[tuple[Cell, ...]],
    header: tuple[Cell, ...] | None,
    *,
    header_only: bool = False,
    known: tuple[tuple[str, ...], ...] = (),
) -> list[tuple[Cell, ...]]:
    """The rows of a table's later part less the header it repeats, or less the rest of a
    header row that a page break cut (a browser breaks rows over pages: ``Wie voert de
    bijbehorende`` on one page, ``activiteiten uit?`` on the next): when the part before
    holds only the header (``header_only``), a first row each of whose filled cells, after
    the header cell above it, makes one of the form's headers of that column (``known``)."""
    if not rows or header is None:
        return rows
    first = rows[0]
    if row_key(first) == row_key(header):
        return rows[1:]
    filled = [(i, normalize(cell.text)) for i, cell in enumerate(first) if cell.text.strip()]
    if (
        header_only
        and filled
        and len(first) == len(header) <= len(known)
        and all(
            text and any(normalize(whole) == normalize(header[i].text) + text for whole in known[i])
            for i, text in filled
        )
    ):
        return rows[1:]
    return rows
