"""A document's lines -> the data of the file format, each value with its origin. Pure.

The form's questions (:mod:`.anchors`) are found in order; the text between one question
and the next is the applicant's answer, less the form's own explanations. The tables
are read by :mod:`.contacts` and :mod:`.tables`. Figures are imported as stated, never
corrected: a wrong A × B × C or total is for ``spukdos check`` to report. Every value
gets its origin (:class:`~.result.Origin`); what is looked for and not found is listed
(:class:`~.result.NotFound`) and left empty.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from spukdos_cli.form.edition import Edition, edition
from spukdos_cli.positions import DataPath
from spukdos_cli.read.document import contacts, flat, tables
from spukdos_cli.read.document.anchors import (
    FORM_TEXT_NEAR_TABLES,
    MONITORING_TEXT,
    PARTICIPATION,
    ROLE_PREFIX,
    TABLE_HEADERS,
    TARGET_GROUP,
    TITLE,
)
from spukdos_cli.read.document.clean import clean_lines
from spukdos_cli.read.document.extra import read_extra
from spukdos_cli.read.document.landmarks import Finder, Landmark, rows_after
from spukdos_cli.read.document.layout import is_layout, layout_table
from spukdos_cli.read.document.lines import Document, Line, Table
from spukdos_cli.read.document.numbers import find_date, plain
from spukdos_cli.read.document.result import Imported
from spukdos_cli.read.document.search import normalize

NOT_IN_FORM: frozenset[str] = frozenset(
    {"experiment.naam", "experiment.variant", "financiering.aantal_clienten"}
)
"""Questions of the file format that the form itself does not ask: not finding them is
not a failure of the import (the applicant fills them in)."""


@dataclass(frozen=True)
class Region:
    """The answer to one question: lines ``first`` (from character ``char``) up to
    ``stop`` (not included)."""

    first: int
    char: int
    stop: int


TABLE_OF: dict[str, str] = {
    "contact": "t_contact",
    "themas": "t_themas",
    "initieel": "t_initieel",
    "uitvoering": "t_uitvoering",
    "partners": "t_partners",
    "baten": "t_baten",
    "effect": "t_effect",
    "kwalitatief": "t_kwalitatief",
}
"""A question (or the partners) -> the key of its table in the edition."""


@dataclass
class Layout:
    """Where the form's parts are in a document: the answer of each question, the line
    each part begins on, each table (its cells, or in flattened text its lines)."""

    regions: dict[str, Region]
    starts: dict[str, Line]
    tables: dict[str, Table]
    table_lines: dict[str, list[Line]]
    owned: list[tuple[int, int, int]]
    """(first line, character, stop) of every stretch of text that belongs to a landmark's
    region, questions and headings alike (what lies beyond is the form's or unplaced)."""
    between: list[Line]
    """Text between the parts of one of the form's tables (:func:`_with_parts`)."""


def _with_parts(
    doc: Document,
    finder: Finder,
    table: Table,
    kind: str,
    near: tuple[int, int],
    taken: set[int],
    form: Edition,
) -> tuple[Table, list[Line]]:
    """``table`` with the other parts of the same form table near it: tables of the same
    kind (by their header) between the landmarks before and after it, that no landmark
    took. A table that an applicant split in two with a line of text between (or that a
    printer broke over pages with a part of a row between) has its rows in both parts;
    the one with the landmark alone would lose the other's rows without a word. The parts'
    rows in the document's order, a repeated header row left out; and the text between
    them, which is no part of any answer."""
    lo, hi = near
    parts = [table]
    for number, other in finder.joined.items():
        if (
            number not in taken
            and finder.table_kinds[number][0] == kind
            and lo <= other.first_line < hi
        ):
            parts.append(other)
    if len(parts) == 1:
        return table, []
    parts.sort(key=lambda part: part.first_line)
    first = parts[0]
    rows = list(first.rows)
    between: list[Line] = []
    for before, part in itertools.pairwise(parts):
        between += [
            line
            for line in doc.lines[before.last_line : part.first_line]
            if line.table is None and line.text.strip()
        ]
        rows += rows_after(rows, part, kind, form)
    return Table(tuple(rows), first.first_line, parts[-1].last_line), between


def _layout(doc: Document, landmarks: list[Landmark], finder: Finder) -> Layout:
    form = edition()
    stream = finder.stream
    layout = Layout({}, {}, {}, {}, [], [])
    found = {mark.key for mark in landmarks}
    taken = {
        number
        for number, joined in finder.joined.items()
        if any(mark.table is joined for mark in landmarks)
    }
    for i, mark in enumerate(landmarks):
        stop = landmarks[i + 1].line if i + 1 < len(landmarks) else len(doc.lines)
        element = form.elements[mark.index]
        layout.starts[mark.key] = doc.lines[min(mark.line, len(doc.lines) - 1)]
        if element.kind == "table":
            if mark.table is not None:
                after = landmarks[i - 1].line + 1 if i else 0
                table, between = _with_parts(
                    doc, finder, mark.table, element.table, (after, stop), taken, form
                )
                layout.tables[mark.key] = table
                layout.between += between
                stop = max(stop, table.last_line)
            else:
                layout.table_lines[mark.key] = list(doc.lines[mark.line : stop])
            continue
        first, char = stream.spot(mark.end)
        if first < len(doc.lines) and not doc.lines[first].text[char:].strip(" .?:"):
            first, char = first + 1, 0
        region = Region(first, char, max(first, stop))
        layout.owned.append((region.first, region.char, region.stop))
        key = mark.key
        if element.kind == "heading":
            key = _only_question(form, mark.index, found) or ""
            if not key:
                continue
            layout.starts[key] = layout.starts[mark.key]
        if element.kind in ("question", "heading"):
            layout.regions[key] = region
    return layout


def _only_question(form: Edition, index: int, found: set[str]) -> str | None:
    """The one question of the section the heading at ``index`` begins, when the document
    has lost that question's text (its answer then follows the heading); else None."""
    level = form.elements[index].level
    questions: list[str] = []
    for element in form.elements[index + 1 :]:
        if element.kind == "heading" and element.level <= max(level, 2):
            break
        if element.kind == "question":
            questions.append(element.key)
    if len(questions) == 1 and questions[0] not in found:
        return questions[0]
    return None


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.imp = Imported(doc.kind, {"spukdos": "1"}, truncated=doc.truncated)
        self.imp.notes = list(doc.notes)
        if doc.truncated:
            self.imp.notes.append(("doc_note_truncated", {}))
        finder = Finder(doc)
        self.searcher = finder.stream  # the lines, normalised once
        self.landmarks = finder.find()
        self.layout = _layout(doc, self.landmarks, finder)
        self.imp.unplaced += self.layout.between
        self.regions = self.layout.regions
        self.imp.sections = {
            key: line for key, line in self.layout.starts.items() if not key.startswith("t_")
        }
        self.columns_kept = doc.columns or (doc.kind == "txt" and is_layout(doc.lines))

    # -- helpers ----------------------------------------------------------------------
    def lines(self, key: str) -> list[Line]:
        region = self.regions.get(key)
        if region is None:
            return []
        out = list(self.doc.lines[region.first : region.stop])
        if out and region.char:
            first = out[0]
            out[0] = Line(first.text[region.char :], first.ref, first.seq, first.table)
        return out

    def table_in(self, key: str) -> Table | None:
        """The form's table that belongs to ``key`` (a question, or ``partners``), with its
        parts on later pages; None where the document has it only as flattened text."""
        return self.layout.tables.get(TABLE_OF[key])

    def rebuilt(self, key: str, kind: str, lines: list[Line] | None = None) -> Table | None:
        """In text that keeps the page's columns (``pdftotext -layout``): the table of
        ``key`` rebuilt from its columns (:mod:`.layout`); None in other text."""
        if not self.columns_kept:
            return None
        return layout_table(lines if lines is not None else self.flat_table(key),
                            edition().tables[kind], kind)  # fmt: skip

    def flat_table(self, key: str) -> list[Line]:
        """The lines of the flattened table of ``key``: from its header to the next part of
        the form, or where no header was found, the question's answer region."""
        lines = self.layout.table_lines.get(TABLE_OF[key])
        return lines if lines is not None else self.lines(key)

    def text(self, key: str, path: DataPath, *, tables_too: bool = True) -> str | None:
        lines = [ln for ln in self.lines(key) if tables_too or ln.table is None]
        text = clean_lines([ln.text for ln in lines])
        first = next((ln for ln in lines if ln.text.strip()), None)
        if not text or first is None:
            self.imp.missing(
                path, "imp_why_no_answer" if key in self.regions else "imp_why_no_question"
            )
            return None
        self.imp.put(path, text, first)
        return text

    def value(
        self,
        path: DataPath,
        value: tables.Value | None,
        *,
        reason: str = "imp_why_no_answer",
        note: str | None = None,
    ) -> None:
        if value is None or value.value is None:
            seen = value.written if value is not None else None
            why = value.why if value is not None else None
            self.imp.missing(
                path,
                why or ("imp_why_unreadable" if seen else reason),
                seen,
                value.line if value is not None else None,
            )
            return
        data = value.value
        if isinstance(data, Decimal):
            data = plain(data)
        self.imp.put(path, data, value.line, written=value.written, note=note)

    # -- the parts of the form -------------------------------------------------------------
    def read(self) -> Imported:
        self.title()
        self.name()
        self.parties()
        self.term()
        self.description()
        self.approach()
        self.cooperation()
        self.costs()
        self.benefits()
        self.qualitative()
        self.beside_tables()
        self.appendix()
        return self.imp

    def appendix(self) -> None:
        """The values of the appendix ``spukdos export`` writes for what the form has no
        place for (:mod:`.extra`), where the form itself did not give them; a value the
        form gives stays as the form gives it."""
        for path, text, line in read_extra(self.doc):
            if self.imp.get(path) is not None:
                continue
            value = text
            if self.doc.kind != "docx":  # a printed cell's line breaks are not the file's
                value = clean_lines(text.split("\n"), short_breaks=False)
            self.imp.put(path, value, line, note="imp_note_appendix")

    def beside_tables(self) -> None:
        """Text before a table in the regions of the form's tables that is not the form's
        own: listed in :attr:`Imported.unplaced` (nothing the applicant wrote goes unseen).
        From the table's header on everything is the table's (flattened text included)."""
        form = [normalize(text) for text in FORM_TEXT_NEAR_TABLES]
        heads = [normalize(w) for words in TABLE_HEADERS.values() for w in words]
        for key in ("contact", "initieel", "uitvoering", "baten", "effect", "kwalitatief"):
            intro: list[tuple[Line, str]] = []
            lines = self.lines(key)
            for index, line in enumerate(lines):
                ahead = "".join(normalize(ln.text) for ln in lines[index : index + 6])
                if line.table is not None or any(ahead.startswith(h) for h in heads):
                    break
                intro.append((line, normalize(line.text)))
            joined = "".join(norm for _, norm in intro)
            kept = [True] * len(joined)
            for phrase in form:
                start = joined.find(phrase)
                while phrase and start >= 0:
                    kept[start : start + len(phrase)] = [False] * len(phrase)
                    start = joined.find(phrase, start + len(phrase))
            offset = 0
            for line, norm in intro:
                if any(kept[offset : offset + len(norm)]):
                    self.imp.unplaced.append(line)
                offset += len(norm)

    def title(self) -> None:
        target = normalize(TITLE)
        head = self.searcher.joined[: self.searcher.offset_of_line(min(len(self.doc.lines), 400))]
        position = head.find(target)
        if position < 0:
            self.imp.missing(("regeling_jaar",), "imp_why_no_title")
            return
        after = self.searcher.joined[position + len(target) : position + len(target) + 4]
        line = self.doc.lines[self.searcher.line_of(position + len(target))]
        if after.isdigit():
            self.imp.put(("regeling_jaar",), after, line, note="imp_note_title_year")
        else:
            self.imp.missing(("regeling_jaar",), "imp_why_no_title", None, line)

    def name(self) -> None:
        """The experiment's name, where the document gives it before the form's questions
        (``Naam van het experiment: ...``, as ``spukdos export`` writes it)."""
        contact = self.imp.sections.get("contact")
        stop = contact.seq - 1 if contact is not None else min(len(self.doc.lines), 200)
        for index, line in enumerate(self.doc.lines[:stop]):
            match = _NAME.match(line.text)
            if match and match[1].strip():
                parts = [match[1]]
                for following in self.doc.lines[index + 1 : stop]:  # a name over lines
                    if not following.text.strip():
                        break
                    parts.append(following.text)
                self.imp.put(("experiment", "naam"), clean_lines(parts, short_breaks=False), line)
                return

    def parties(self) -> None:
        table = self.table_in("contact") or self.rebuilt("contact", "contact")
        if table is not None:
            found = contacts.parties_from_table(table)
        else:
            found = contacts.parties_from_text(self.flat_table("contact"))
        if not found:
            self.imp.missing(("partijen",), "imp_why_no_table")
            return
        for i, party in enumerate(found):
            base: DataPath = ("partijen", i)
            self.imp.put((*base, "rol"), party.rol, party.role_line, note="imp_note_role_row")
            if party.organisatie:
                self.imp.put((*base, "organisatie"), party.organisatie, party.line)
            else:
                self.imp.missing((*base, "organisatie"), "imp_why_no_answer")
            if not party.persons:
                self.imp.missing((*base, "contactpersonen"), "imp_why_no_answer")
            for j, person in enumerate(party.persons):
                spot: DataPath = (*base, "contactpersonen", j)
                for name, value, line in (
                    ("naam", person.naam, person.line),
                    ("email", person.email, person.email_line),
                    ("telefoon", person.telefoon, person.phone_line),
                ):
                    if value:
                        self.imp.put((*spot, name), value, line or party.line)
                    else:
                        self.imp.missing((*spot, name), "imp_why_no_answer")
        gemeente = next((p for p in found if p.rol == "gemeente" and p.organisatie), None)
        if gemeente is not None and gemeente.organisatie:
            name = re.sub(r"^gemeente\s+", "", gemeente.organisatie, flags=re.I).strip()
            self.imp.put(("experiment", "gemeente"), name, gemeente.line, note="imp_note_gemeente")
        else:
            self.imp.missing(("experiment", "gemeente"), "imp_why_no_answer")

    def term(self) -> None:
        """Start and end date from the two questions of the term; the answers' text goes to
        ``voorbereiding``, less an answer (or first paragraph) that is only the date."""
        texts: list[str] = []
        first: Line | None = None
        for key, path, end in (
            ("start", ("experiment", "startdatum"), False),
            ("einde", ("experiment", "einddatum"), True),
        ):
            lines = self.lines(key)
            text = clean_lines([ln.text for ln in lines])
            line = next((ln for ln in lines if ln.text.strip()), None)
            first = first or line
            date = find_date(text, end=end) if text else None
            if date is None or line is None:
                reason = (
                    "imp_why_no_date"
                    if text
                    else ("imp_why_no_answer" if key in self.regions else "imp_why_no_question")
                )
                self.imp.missing(path, reason, text[:80] if text else None, line)
                if text:
                    texts.append(text)
                continue
            where = next((ln for ln in lines if date.written in ln.text), line)
            note = (
                ("imp_note_month_end" if end else "imp_note_month_start")
                if date.whole_month
                else None
            )
            self.imp.put(path, date.value.isoformat(), where, written=date.written, note=note)
            head, _, rest = text.partition("\n\n")
            if normalize(head) != normalize(date.written):  # a line of its own (text export)
                head, _, rest = text.partition("\n")
            if normalize(head) == normalize(date.written) and (rest.strip() or key == "einde"):
                text = rest.strip()
            if text:
                texts.append(text)
        if texts and first is not None:
            self.imp.put(
                ("experiment", "voorbereiding"),
                "\n\n".join(texts),
                first,
                note="imp_note_term_text",
            )
        else:
            self.imp.missing(("experiment", "voorbereiding"), "imp_why_no_answer")

    def description(self) -> None:
        base = ("beschrijving",)
        self.text("doelstelling", (*base, "doelstelling"))
        self.target_group(self.text("doelgroep", (*base, "doelgroep")))
        self.text("gebied", (*base, "gebied"))
        text = self.text("aantal", (*base, "ontwikkeling"))
        self.residents(text)
        self.text("initiatieven", (*base, "aansluitende_initiatieven"))

    def residents(self, text: str | None) -> None:
        """``aantal_inwoners``: a first paragraph that is only a number (``250 inwoners``,
        ``circa 7.200``), or else the only number in the answer; the whole answer stays
        in ``ontwikkeling``, less such a first paragraph."""
        path = ("beschrijving", "aantal_inwoners")
        lines = self.lines("aantal")
        first_line = next((ln for ln in lines if ln.text.strip()), None)
        if first_line is not None and text is None and _BARE_COUNT.match(first_line.text):
            text = ""  # only a number, which cleaning takes for a page number
        if text is None or first_line is None:
            self.imp.missing(path, "imp_why_no_answer")
            return
        head, _, rest = text.partition("\n\n")
        if _BARE_COUNT.match(head) is None:  # a first line of its own (text export)
            head, _, rest = text.partition("\n")
        if _BARE_COUNT.match(head) is None and _BARE_COUNT.match(first_line.text):
            head = first_line.text  # a number alone, which cleaning takes for a page number
            rest = text
        bare = _BARE_COUNT.match(head)
        if bare is not None:
            self.imp.put(path, bare[1].replace(".", ""), first_line, written=head.strip())
            if rest.strip():
                self.imp.put(("beschrijving", "ontwikkeling"), rest.strip(), first_line)
            else:
                self.imp.data["beschrijving"].pop("ontwikkeling", None)
                self.imp.origins.pop(("beschrijving", "ontwikkeling"), None)
            return
        numbers = re.findall(
            r"(?<![\w.,])[0-9]{1,3}(?:\.[0-9]{3})+(?![\w,])|(?<![\w.,])[0-9]+(?![\w.,])", text
        )
        whole = [n for n in numbers if not re.fullmatch(r"(19|20)[0-9]{2}", n)]
        if len(whole) == 1:
            line = next((ln for ln in lines if whole[0] in ln.text), first_line)
            self.imp.put(
                path, whole[0].replace(".", ""), line, written=whole[0], note="imp_note_one_number"
            )
        else:
            self.imp.missing(path, "imp_why_no_single_number", None, first_line)

    def approach(self) -> None:
        base = ("beschrijving", "werkwijze")
        self.text("werkwijze", (*base, "beschrijving"))
        table = self.table_in("themas") or self.rebuilt("themas", "themas")
        themes = (
            tables.themes_from_table(table)
            if table is not None
            else tables.themes_from_text(self.flat_table("themas"))
        )
        if not themes:
            self.imp.missing((*base, "themas"), "imp_why_no_table")
        for i, theme in enumerate(themes):
            spot = (*base, "themas", i)
            if theme.thema is not None:
                self.value((*spot, "thema"), theme.thema, note="imp_note_theme_name")
            self.value((*spot, "huidig"), theme.huidig)
            self.value((*spot, "experiment"), theme.experiment)
        self.text("hypothesen", ("beschrijving", "hypothesen"))
        self.text("noodzaak", ("beschrijving", "noodzaak_uitkering"))
        self.monitoring()

    def target_group(self, text: str | None) -> None:
        """``Inwoners die nog geen Wlz-zorg ontvangen: ja`` in the target group's answer
        (as ``spukdos export`` writes it) answers ``nog_geen_wlz_zorg``; the rest of the
        answer stays the target group."""
        match = _TARGET_GROUP.search(text or "")
        if text is None or match is None:
            return
        path = ("beschrijving", "nog_geen_wlz_zorg")
        lines = self.lines("doelgroep")
        line = next((ln for ln in lines if TARGET_GROUP in ln.text), lines[0])
        self.imp.put(path, match[1].lower() == "ja", line, written=match[0].strip())
        rest = (text[: match.start()] + text[match.end() :]).strip()
        if rest:
            self.imp.put(("beschrijving", "doelgroep"), rest, lines[0])

    def monitoring(self) -> None:
        """The format's monitoring paragraph is the form's own text; what the applicant
        wrote beyond it is the ``toelichting``. The form asks nothing about taking part."""
        region = self.regions.get("monitoring")
        start = self.imp.sections.get("monitoring")
        if region is not None and start is not None:
            lines = self.doc.lines[start.seq - 1 : region.stop]
            text = clean_lines([ln.text for ln in lines])
            sentences = re.split(r"(?<=[.?!])\s+", text) if text else []
            forms = [normalize(m) for m in MONITORING_TEXT]
            keep = [s for s in sentences if not any(normalize(s).startswith(m) for m in forms)]
            for sentence in list(keep):
                match = _PARTICIPATION.match(sentence)
                if match:
                    line = next((ln for ln in lines if PARTICIPATION in ln.text), lines[0])
                    answer = match[1].lower()
                    self.imp.put(
                        ("beschrijving", "monitoring", "deelname"),
                        answer == "ja",
                        line,
                        written=sentence.strip(),
                    )
                    keep.remove(sentence)
                    break
            extra = " ".join(keep).strip()
            if extra:
                line = next((ln for ln in lines if keep[0][:20] in ln.text), lines[0])
                self.imp.put(("beschrijving", "monitoring", "toelichting"), extra, line)
        if self.imp.get(("beschrijving", "monitoring", "deelname")) is None:
            self.imp.missing(("beschrijving", "monitoring", "deelname"), "imp_why_not_asked")

    def cooperation(self) -> None:
        committed_lines = self.lines("toegezegd")
        listed = clean_lines([ln.text for ln in committed_lines])
        described = clean_lines([ln.text for ln in self.lines("samenwerking")])
        first = next(
            (ln for ln in committed_lines + self.lines("samenwerking") if ln.text.strip()), None
        )
        organisations = {
            normalize(p.get("organisatie") or "")
            for p in self.imp.data.get("partijen", [])
            if isinstance(p, dict)
        }
        names = [_BULLETS.sub("", ln.text).strip(" ,.;") for ln in committed_lines]
        names = [n for n in names if n]
        if names and described and all(normalize(n) in organisations for n in names):
            listed = ""  # only the parties' names: kept as their ``toegezegd``
        described = self.tasks(described, self.lines("samenwerking"))
        parts = [p for p in (listed, described) if p]
        if parts and first is not None:
            self.imp.put(
                ("beschrijving", "samenwerking"),
                "\n\n".join(parts),
                first,
                note="imp_note_cooperation" if len(parts) == 2 else None,
            )
        else:
            self.imp.missing(("beschrijving", "samenwerking"), "imp_why_no_answer")
        self.committed(committed_lines)
        self.text("borging", ("beschrijving", "borging"))
        self.text("vervolg", ("beschrijving", "vervolg"))

    def tasks(self, text: str, lines: list[Line]) -> str:
        """Paragraphs ``Rol van ORGANISATIE (rol): taak`` become the party's ``taak``; the
        rest of the answer is returned."""
        keep: list[str] = []
        parties = self.imp.data.get("partijen", [])
        for block in text.split("\n\n") if text else []:
            match = _TASK.match(block)
            index = _party_index(parties, match[1], match[2]) if match else None
            if match is None or index is None:
                keep.append(block)
                continue
            line = next(
                (
                    ln
                    for ln in lines
                    if ln.text.strip().startswith(ROLE_PREFIX) and match[1][:20] in ln.text
                ),
                lines[0],
            )
            self.imp.put(("partijen", index, "taak"), match[3].strip(), line)
        return "\n\n".join(keep)

    def committed(self, lines: list[Line]) -> None:
        """``toegezegd``: is the party named in the list of parties that committed?"""
        items = [
            (ln, normalize(re.sub(r"\(.*?\)", "", ln.text))) for ln in lines if normalize(ln.text)
        ]
        for i, party in enumerate(self.imp.data.get("partijen", [])):
            path = ("partijen", i, "toegezegd")
            organisation = party.get("organisatie") if isinstance(party, dict) else None
            if not organisation or not items:
                self.imp.missing(path, "imp_why_not_listed")
                continue
            match = _listed(organisation, items)
            if match is None:
                self.imp.missing(path, "imp_why_not_listed")
            else:
                named = _BULLETS.sub("", " ".join(match.text.split())).strip(" ,.;")
                self.imp.put(path, True, match, note="imp_note_committed", params={"text": named})

    def costs(self) -> None:
        effect_table = self.table_in("effect")
        rebuilt = self.rebuilt("effect", "effect") if effect_table is None else None
        if effect_table is not None:
            effect = tables.effect_from_table(effect_table)
        elif rebuilt is not None:
            effect = tables.confirm_effect(tables.effect_from_table(rebuilt))
        else:
            effect = tables.effect_from_flat(self.flat_table("effect"))
        for key, name, stated in (
            ("initieel", "initieel", effect.initieel),
            ("uitvoering", "uitvoering", effect.uitvoering),
        ):
            table = self.table_in(key)
            if table is not None:
                costs = tables.costs_from_table(table)
            else:
                lines = self.flat_table(key)
                if key == "uitvoering":
                    lines = self._until_partners(lines)
                rebuilt = self.rebuilt(key, "costs", lines)
                joint = None
                if rebuilt is None and key == "uitvoering":
                    partners = self._partners or self.layout.table_lines.get("t_partners", [])
                    joint = flat.joint_blocks(lines, partners)
                    self._joint = joint
                if rebuilt is not None:
                    costs = tables.confirm_costs(tables.costs_from_table(rebuilt))
                elif joint is not None and joint.posts is not None:
                    costs = tables.costs_from_joint(lines, joint.posts, joint.total)
                elif joint is not None:
                    costs = tables.costs_total_only(lines, joint.total)
                else:
                    costs = tables.costs_from_flat(lines)
            self.imp.unplaced += costs.notes
            path: DataPath = ("kosten", name)
            if not costs.posts and key not in self.regions:
                self.imp.missing(path, "imp_why_no_question")
            zero_total = tables.is_zero(stated) or tables.is_zero(costs.total)
            self.imp.put(path, [], None)
            for i, post in enumerate(costs.posts):
                spot = (*path, i)
                note = "imp_note_flat_columns" if post.from_text else None
                for attr in ("kostenpost", "beschrijving", "uitvoerder"):
                    value = getattr(post, attr)
                    if value is not None:
                        self.value(
                            (*spot, attr), value, note=note if attr == "kostenpost" else None
                        )
                source = stated if tables.is_zero(stated) else costs.total
                if post.bedrag is None and zero_total and source is not None:
                    self.imp.put(
                        (*spot, "bedrag"),
                        "0.00",
                        source.line,
                        written=source.written,
                        note="imp_note_zero_total",
                    )
                elif post.bedrag is None:
                    self.imp.missing((*spot, "bedrag"), "imp_why_no_answer")
                else:
                    self.value((*spot, "bedrag"), post.bedrag)
            opgave = "initiele_kosten" if key == "initieel" else "uitvoeringskosten"
            chosen = stated if stated is not None else costs.total
            if chosen is not None and chosen.value is None:
                self.value(("opgave", opgave), chosen)
            elif chosen is not None:
                other = costs.total if chosen is stated else None
                note = None
                params: dict[str, str] = {}
                if other is not None and other.value != chosen.value:
                    note, params = "imp_note_other_total", {"text": other.written or ""}
                self.imp.put(
                    ("opgave", opgave),
                    plain(_decimal(chosen.value)),
                    chosen.line,
                    written=chosen.written,
                    note=note,
                    params=params,
                )
        self.financing()
        self.effect = effect

    def _until_partners(self, lines: list[Line]) -> list[Line]:
        for i, line in enumerate(lines):
            if tables.PARTNERS_TITLE.match(line.text) and line.table is None:
                self._partners = lines[i:]
                return lines[:i]
        self._partners = []
        return lines

    def financing(self) -> None:
        table = self.table_in("partners")
        if table is None:
            costs_table = self.table_in("uitvoering")
            table = tables.partner_rows(costs_table) if costs_table is not None else None
        if table is not None:
            financing = tables.financing_from_table(table)
        else:
            lines = self.layout.table_lines.get("t_partners")
            if lines is None:
                lines = getattr(self, "_partners", [])
            rebuilt = self.rebuilt("partners", "partners", lines) if lines else None
            joint: flat.JointFigures | None = getattr(self, "_joint", None)
            if rebuilt is not None:
                financing = tables.confirm_financing(tables.financing_from_table(rebuilt))
            elif joint is not None:
                financing = tables.financing_from_joint(lines, joint)
            else:
                financing = tables.financing_from_flat(lines)
        base = ("financiering",)
        if not financing.contributions and financing.grant is None and financing.clients is None:
            self.imp.missing(base, "imp_why_no_table")
            return
        for i, (label, amount) in enumerate(financing.contributions):
            named = _contributor(str(label.value), self.imp.data.get("partijen", []))
            if named is not None:
                self.imp.put(
                    (*base, "bijdragen", i, "partij"),
                    named,
                    label.line,
                    written=str(label.value),
                    note="imp_note_contributor",
                )
            else:
                self.value((*base, "bijdragen", i, "partij"), label)
            self.value((*base, "bijdragen", i, "bedrag"), amount)
        if financing.grant is not None:
            self.value((*base, "uitkering"), financing.grant)
        else:
            self.imp.missing((*base, "uitkering"), "imp_why_no_answer")
        if financing.total is not None:
            self.value((*base, "totaal"), financing.total)
        if financing.clients is not None:
            self.value((*base, "aantal_clienten"), financing.clients)
            self.imp.put(
                ("experiment", "variant"),
                "centraal_persoon",
                financing.clients.line,
                note="imp_note_variant_clients",
            )
        elif financing.contributions:
            first = financing.contributions[0][0].line
            self.imp.put(
                ("experiment", "variant"), "cofinanciering", first, note="imp_note_variant"
            )

    def benefits(self) -> None:
        table = self.table_in("baten")
        effect: tables.Effect = getattr(self, "effect", tables.Effect())
        rebuilt = self.rebuilt("baten", "benefits") if table is None else None
        if table is not None:
            found = tables.benefits_from_table(table)
        elif rebuilt is not None:
            found = tables.confirm_benefits(tables.benefits_from_table(rebuilt), effect)
        else:
            found = tables.benefits_from_flat(self.flat_table("baten"), effect)
        for name, route, stated in zip(
            ("uitstel_mpt_vpt", "uitstel_intramuraal"),
            found.routes,
            (effect.mpt, effect.intramuraal),
            strict=True,
        ):
            base = ("baten", name)
            for attr in ("dagen", "inwoners", "kosten_per_dag"):
                self.value((*base, attr), getattr(route, attr))
            for attr in ("toelichting_dagen", "toelichting_inwoners", "toelichting_kosten"):
                value = getattr(route, attr)
                if value is not None:
                    self.value((*base, attr), value)
            total = route.totaal
            if total is not None and total.value is None:
                self.value((*base, "totaal"), total)
            elif total is None and stated is not None:
                self.value((*base, "totaal"), stated, note="imp_note_effect_table")
            elif total is not None:
                note = None
                if stated is not None and stated.value != total.value:
                    note = "imp_note_other_total"
                self.imp.put(
                    (*base, "totaal"),
                    plain(_decimal(total.value)),
                    total.line,
                    written=total.written,
                    note=note,
                    params={"text": stated.written or ""} if note and stated else {},
                )
        others = found.others
        cells = table if table is not None else rebuilt
        if (
            not others
            and effect.overige is not None
            and not tables.is_zero(effect.overige)
            and cells is not None
            and not tables.has_other_savings(cells)
        ):  # the benefits table has no row for them: only the effect table names them
            others = [tables.Other(None, effect.overige, None)]
        self.imp.put(("baten", "overige"), [], None)
        for i, other in enumerate(others):
            spot = ("baten", "overige", i)
            if other.omschrijving is not None:
                self.value((*spot, "omschrijving"), other.omschrijving)
            else:
                self.imp.put(
                    (*spot, "omschrijving"),
                    "Overige besparingen",
                    other.bedrag.line,
                    note="imp_note_row_label",
                )
            self.value((*spot, "bedrag"), other.bedrag)
            if other.toelichting is not None:
                self.value((*spot, "toelichting"), other.toelichting)
            else:
                self.imp.missing((*spot, "toelichting"), "imp_why_no_answer")
        for name in ("totaal_kosten", "totaal_baten"):
            value = getattr(effect, name)
            if value is not None:
                self.value(("opgave", name), value)
        if effect.overige is not None:
            self.value(("opgave", "overige_besparingen"), effect.overige)
        if effect.saldo is not None:
            self.value(("opgave", "saldo"), effect.saldo)
        else:
            self.imp.missing(("opgave", "saldo"), "imp_why_no_answer")

    def qualitative(self) -> None:
        table = self.table_in("kwalitatief") or self.rebuilt("kwalitatief", "qualitative")
        rows = (
            tables.qualitative_from_table(table)
            if table is not None
            else tables.qualitative_from_text(self.flat_table("kwalitatief"))
        )
        if not rows:
            self.imp.missing(("baten", "kwalitatief"), "imp_why_no_table")
        for i, (baat, reason) in enumerate(rows):
            spot = ("baten", "kwalitatief", i)
            self.value(
                (*spot, "baat"), baat, note=None if table is not None else "imp_note_flat_columns"
            )
            self.value((*spot, "onderbouwing"), reason)


_TASK = re.compile(rf"^{ROLE_PREFIX}\s+(.+?)\s+\(([a-z]+)\):\s*(.*)$", re.S)
_PARTICIPATION = re.compile(rf"^\s*{PARTICIPATION}\s*(ja|nee)\b", re.I)
_TARGET_GROUP = re.compile(rf"\s*{TARGET_GROUP}\s*(ja|nee)\b\.?", re.I)


_ROLE_WORDS = {
    "gemeente": "gemeente",
    "zorgkantoor": "zorgkantoor",
    "zorgverzekeraar": "zorgverzekeraar",
    "verzekeraar": "zorgverzekeraar",
    "zorgaanbieder": "zorgaanbieder",
    "aanbieder": "zorgaanbieder",
    "welzijnsorganisatie": "welzijnsorganisatie",
}
_FUNDING_WORDS = frozenset(
    {"bijdrage", "eigen", "cofinanciering", "financiering", "van", "de", "het", "door", "uit"}
)


def _contributor(label: str, parties: list[dict[str, Any]]) -> str | None:
    """The organisation a financing row means when its label does not name one: the party
    whose name shares the label's distinctive words ("Bijdrage Duinzorg" for "Duinzorg
    Verzekeringen"), or the one party with the role the label names ("Gemeente bijdrage",
    "Eigen bijdrage gemeente"). None when the label names a party already, or no party
    (or more than one) fits."""
    from spukdos_cli.form.parties import normalised_name

    wanted = normalised_name(label)
    names = [(p, normalised_name(str(p.get("organisatie") or ""))) for p in parties]
    names = [(p, n) for p, n in names if n]
    if any(n == wanted or wanted in n for _, n in names):
        return None
    inside = [(p, n) for p, n in names if n in wanted]
    if inside:  # "Bijdrage zorgverzekeraar Duinzorg": the party's name and funding words
        party, name = max(inside, key=lambda pn: len(pn[1]))
        rest = wanted.replace(name, " ").split()
        return str(party["organisatie"]) if all(w in _FUNDING_WORDS for w in rest) else None
    words = [w for w in re.findall(r"[^\W\d_]+", wanted) if w not in _FUNDING_WORDS]
    distinctive = [w for w in words if len(w) >= 4 and w not in _ROLE_WORDS]
    by_name = [
        p
        for p, n in names
        if distinctive
        and all(w in n.split() for w in distinctive)
        and len(n.split()) <= 2 * len(distinctive) + 2  # a name, not a run of flattened text
    ]
    if len(by_name) == 1:
        return str(by_name[0]["organisatie"])
    roles = {_ROLE_WORDS[w] for w in words if w in _ROLE_WORDS}
    if len(roles) == 1 and not distinctive:
        (role,) = roles
        holders = [p for p, _ in names if p.get("rol") == role]
        if len(holders) == 1:
            return str(holders[0]["organisatie"])
    return None


def _party_index(parties: list[dict[str, object]], organisation: str, role: str) -> int | None:
    for index, party in enumerate(parties):
        if party.get("organisatie") == organisation and party.get("rol") == role:
            return index
    return None


_BARE_COUNT = re.compile(
    r"^\s*(?:ca\.?|circa|ongeveer|zo'n)?\s*([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)\s*"
    r"(?:inwoners|ouderen|cliënten|clienten|personen|deelnemers|mensen)?\.?\s*$",
    re.I,
)
_NAME = re.compile(r"^\s*Naam van het experiment\s*:\s*(.+)$", re.I)
_BULLETS = re.compile(r"^\s*(?:[§•·▪●◦■\-–—*]|[0-9]{1,2}[.)]?)\s+")

_GENERIC = frozenset(
    {"stichting", "gemeente", "zorg", "via", "en", "de", "het", "van", "organisatie"}
)


def _words(text: str) -> list[str]:
    """The distinctive words of a name (five letters or more, not a generic word)."""
    words = [normalize(w) for w in re.split(r"[\s/&,.()\-]+", text)]
    return [w for w in words if len(w) >= 5 and w not in _GENERIC]


def _same_word(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _listed(organisation: str, items: list[tuple[Line, str]]) -> Line | None:
    """The line of the committed-parties list that names ``organisation``: a line that
    contains the name (or is contained in it), a line whose distinctive words all occur
    in the name (``Huisartsen`` for ``Huisartsencoöperatie Amstelland``), or, for a name
    such as ``Via Stichting Brentano en Participe``, lines that together name each of its
    distinctive words."""
    org = normalize(re.sub(r"\(.*?\)", "", organisation))
    for line, item in items:
        if item and (item in org or org in item):
            return line
    org_words = _words(organisation)
    for line, _ in items:
        item_words = _words(re.sub(r"\(.*?\)", "", line.text))
        if item_words and all(any(_same_word(w, o) for o in org_words) for w in item_words):
            return line
    first: Line | None = None
    for word in org_words:
        hit = next(
            (ln for ln, _ in items if any(_same_word(word, w) for w in _words(ln.text))), None
        )
        if hit is None:
            return None
        first = first or hit
    return first


def _decimal(value: object) -> Decimal:
    if not isinstance(value, Decimal):  # pragma: no cover - tables give amounts as Decimal
        raise TypeError(f"not an amount: {value!r}")
    return value


def read_document(doc: Document) -> Imported:
    """Everything the form's questions and tables give, with origins; pure."""
    return _Reader(doc).read()
