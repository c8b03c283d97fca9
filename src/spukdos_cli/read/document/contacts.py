"""The contact table of the form (section 1): one row per role, each with the
organisation(s), contact person(s), e-mail address(es) and phone number(s).

From a real table the cells are read as they are. From flattened text (a ``.txt``, or a
PDF whose table has no lines) the rows are found by the form's role labels; within a
role, one organisation ends with its last phone number; the contact person is found by
the e-mail address (``m.jansen@…`` belongs to the name with ``Jansen``), else it is the
last line before the addresses. A remark in brackets after the person, such as the
organisation it belongs to, is added to the organisation's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from spukdos_cli.read.document.anchors import ROLES
from spukdos_cli.read.document.clean import join_broken
from spukdos_cli.read.document.lines import Cell, Line, Table
from spukdos_cli.read.document.search import normalize

EMAIL = re.compile(r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
PHONE = re.compile(r"(?<![\w@.])(?:\+31[\s\-]?(?:\(0\))?|0)[0-9][0-9\- ]{6,12}[0-9](?![\w@])")
_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "du", "la"})


@dataclass
class Person:
    naam: str | None = None
    email: str | None = None
    telefoon: str | None = None
    line: Line | None = None
    email_line: Line | None = None
    phone_line: Line | None = None


@dataclass
class Party:
    rol: str
    organisatie: str | None
    line: Line | None
    role_line: Line | None
    persons: list[Person] = field(default_factory=list)


def _phones(text: str) -> list[str]:
    return [
        m.group().strip()
        for m in PHONE.finditer(text)
        if 9 <= sum(c.isdigit() for c in m.group()) <= 12
    ]


def _emails(text: str) -> list[str]:
    return [m.group().rstrip(".") for m in EMAIL.finditer(text)]


def role_of(text: str, *, strict: bool) -> tuple[str, str] | None:
    """(role, rest of the text) when ``text`` starts with one of the form's role labels;
    ``strict`` leaves out the bare ``Gemeente`` and ``Andere`` (which also start names)."""
    if not strict:  # a cell holds only the label, perhaps broken over lines
        norm = normalize(text)
        for label, role in ROLES:
            if norm == normalize(label):
                return role, ""
    for label, role in ROLES:
        if strict and label in ("Gemeente", "Andere"):
            continue
        if text.lower().startswith(label.lower()):
            rest = text[len(label) :]
            if rest and rest[0].isalnum():
                continue
            return role, rest.strip()
    return None


# -- from real cells -------------------------------------------------------------------
def _column(header: list[str], *words: str) -> int | None:
    for index, text in enumerate(header):
        norm = normalize(text)
        if all(normalize(word) in norm for word in words):
            return index
    return None


def _cell_line(cell: Cell) -> Line:
    return Line(cell.text, cell.ref, cell.seq)


def _join_phones(text: str) -> list[str]:
    """The phone numbers of a narrow cell whose lines may break a number (``06-`` /
    ``12345601``): pieces are joined until the number has nine digits or more."""
    out: list[str] = []
    for piece in (p.strip() for p in text.split("\n")):
        if not piece:
            continue
        if out and sum(c.isdigit() for c in out[-1]) < 9:
            joiner = "" if out[-1].endswith(("-", "/")) or piece.startswith("-") else " "
            out[-1] += joiner + piece
        else:
            out.append(piece)
    return out


def split_emails(text: str) -> list[str]:
    """The e-mail addresses of a narrow cell, whose lines may break an address anywhere:
    the pieces are joined, and a new address begins at the last line break before its
    ``@`` (an address begins on a line of its own)."""
    pieces = [p.strip() for p in text.split("\n") if p.strip()]
    if not pieces:
        return []
    joined = "".join(pieces)
    bounds: list[int] = []
    offset = 0
    for piece in pieces:
        bounds.append(offset)
        offset += len(piece)
    ats = [i for i, c in enumerate(joined) if c == "@"]
    starts = [0]
    for previous, at in pairwise(ats):
        candidates = [b for b in bounds if previous < b < at]
        if not candidates:
            return pieces  # no line break between two addresses: leave the lines as they are
        starts.append(candidates[-1])
    return [joined[a:b] for a, b in zip(starts, [*starts[1:], len(joined)], strict=True)]


def _names(lines: list[str], addresses: list[str]) -> list[str]:
    """The persons' names in a cell whose lines may be names broken over lines: one name
    per address, each ending at the line that completes the surname in its e-mail
    address (``Fatima El`` / ``Amrani`` for ``f.elamrani@...``)."""
    if len(lines) <= max(len(addresses), 1):
        return lines
    if len(addresses) <= 1:
        joined = ""
        for line in lines:
            joined = join_broken(joined, line)
        return [joined]
    out: list[str] = []
    start = 0
    for address in addresses:
        key = _surname_key(address) if "@" in address else ""
        seen = ""
        for index in range(start, len(lines)):
            seen += normalize(lines[index])
            if key and key in seen:
                out.append(" ".join(lines[start : index + 1]))
                start = index + 1
                break
        else:
            return lines
    if start < len(lines):
        out[-1] += " " + " ".join(lines[start:])
    return out


def _join_split_rows(
    rows: list[list[Cell]], role: int | None, mail: int | None, phone: int | None
) -> list[list[Cell]]:
    """Rows with a row that a page break split joined again: the part on the next page
    has no phone number and an e-mail cell without an ``@`` (the rest of an address, or
    nothing), and no role label of its own."""

    def text(row: list[Cell], index: int | None) -> str:
        return row[index].text.strip() if index is not None and index < len(row) else ""

    out: list[list[Cell]] = []
    for row in rows:
        label = text(row, role)
        unlabelled = not label or role_of(label.replace("\n", " "), strict=False) is None
        continued = (
            out
            and not _phones(text(row, phone))
            and "@" not in text(row, mail)
            and unlabelled
            and len(row) == len(out[-1])
        ) or (out and unlabelled and len(row) == len(out[-1]) and _cut(out[-1], row, phone))
        if continued:
            out[-1] = [
                Cell(f"{a.text}\n{b.text}".strip("\n"), a.ref, a.seq)
                for a, b in zip(out[-1], row, strict=True)
            ]
        else:
            out.append(list(row))
    return out


def _cut(before: list[Cell], row: list[Cell], phone: int | None) -> bool:
    """``row``, on a new page, is the rest of the row ``before`` that the page break cut:
    its organisation goes on in lower case, or the last phone number before it is cut off."""
    if not before or not row or row[0].ref.page == before[0].ref.page:
        return False
    organisation = next((c.text.strip() for c in row[1:2]), "")
    if organisation[:1].islower():
        return True
    last = (
        before[phone].text.strip().split("\n")[-1]
        if phone is not None and phone < len(before)
        else ""
    )
    return bool(last) and sum(ch.isdigit() for ch in last) < 9


def parties_from_table(table: Table) -> list[Party]:
    rows = [list(row) for row in table.rows]
    if not rows:
        return []
    header = [c.text for c in rows[0]]
    org = _column(header, "organisatie")
    name = _column(header, "naam", "contactpersoon")
    mail = _column(header, "mail")
    phone = _column(header, "telefoon")
    if org is None:
        org, name, mail, phone = 1, 2, 3, 4
    role_col = 0 if org != 0 else None
    rows = [rows[0], *_join_split_rows(rows[1:], role_col, mail, phone)]
    parties: list[Party] = []
    current_role: str | None = None
    role_cell: Cell | None = None
    for row in rows[1:]:

        def text(index: int | None, row: list[Cell] = row) -> str:
            return row[index].text.strip() if index is not None and index < len(row) else ""

        if role_col is not None and role_col < len(row):
            found = role_of(row[role_col].text.strip().replace("\n", " "), strict=False)
            if found is not None:
                current_role, role_cell = found[0], row[role_col]
        organisation = " ".join(text(org).split())
        if not organisation and not text(name) and not text(mail):
            continue
        party = Party(
            current_role or "andere",
            organisation or None,
            _cell_line(row[org]) if org is not None and org < len(row) else None,
            _cell_line(role_cell) if role_cell is not None else None,
        )
        emails = _emails("\n".join(split_emails(text(mail))))
        phones_text = "\n".join(_join_phones(text(phone)))
        phones = _phones(phones_text) or [p for p in phones_text.split("\n") if p.strip()]
        names = _names([n.strip() for n in text(name).split("\n") if n.strip()], emails or phones)
        for i in range(max(len(names), len(emails), len(phones))):
            party.persons.append(
                Person(
                    names[i] if i < len(names) else None,
                    emails[i] if i < len(emails) else None,
                    phones[i].strip() if i < len(phones) else None,
                    _cell_line(row[name]) if name is not None and name < len(row) else None,
                    _cell_line(row[mail]) if mail is not None and mail < len(row) else None,
                    _cell_line(row[phone]) if phone is not None and phone < len(row) else None,
                )
            )
        parties.append(party)
    return parties


# -- from flattened text -----------------------------------------------------------------
@dataclass
class _Record:
    role: str
    role_line: Line
    lines: list[tuple[Line, str]] = field(default_factory=list)


def _records(lines: list[Line]) -> list[_Record]:
    records: list[_Record] = []
    current: _Record | None = None
    emails = phones = 0
    closed = True
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        index += 1
        if not text:
            continue
        role = role_of(text, strict=True) if closed else None
        if closed and normalize(text) == "andere":
            following = next((ln for ln in lines[index:] if ln.text.strip()), None)
            if following is not None and normalize(following.text).startswith("organisatie"):
                role = ("andere", following.text.strip()[len("organisatie(s)") :].strip())
                index = lines.index(following) + 1
        if role is not None:
            current = _Record(role[0], line)
            records.append(current)
            emails = phones = 0
            closed = False
            text = role[1]
            if not text:
                continue
        elif closed and current is not None:
            current = _Record(current.role, current.role_line)
            records.append(current)
            emails = phones = 0
            closed = False
        if current is None:
            continue
        current.lines.append((line, text))
        emails += len(_emails(text))
        phones += len(_phones(text))
        if phones and phones >= max(emails, 1):
            upcoming = next((ln.text for ln in lines[index:] if ln.text.strip()), "")
            if not _emails(upcoming) and not _phones(upcoming):
                closed = True
    return records


def _surname_key(email: str) -> str:
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._\-+]", local) if p.isalpha()]
    return normalize(max(parts, key=len)) if parts else ""


def _split_person(
    segments: list[tuple[Line, list[str]]], email: str | None
) -> tuple[int, int] | None:
    """(segment, word) where the person of ``email`` begins, found by the surname in the
    address and the initial of the given name."""
    if not email:
        return None
    key = _surname_key(email)
    initial = normalize(email)[:1]
    if len(key) < 2:
        return None
    for s in range(len(segments) - 1, -1, -1):
        words = segments[s][1]
        for w in range(len(words) - 1, -1, -1):
            if normalize(words[w]) != key:
                continue
            seg, word = s, w
            while True:  # walk back over particles and the given name
                prev_seg, prev_word = (seg, word - 1) if word else (seg - 1, None)
                if prev_seg < 0:
                    break
                prev_words = segments[prev_seg][1]
                if prev_word is None:
                    prev_word = len(prev_words) - 1
                if prev_word < 0:
                    break
                token = prev_words[prev_word]
                if token.lower() in _PARTICLES or (
                    normalize(token)[:1] == initial and token[:1].isupper()
                ):
                    seg, word = prev_seg, prev_word
                    if token.lower() not in _PARTICLES:
                        return seg, word
                    continue
                break
            return seg, word
    return None


def parties_from_text(lines: list[Line]) -> list[Party]:
    parties: list[Party] = []
    for record in _records(lines):
        emails: list[tuple[str, Line]] = []
        phones: list[tuple[str, Line]] = []
        segments: list[tuple[Line, list[str]]] = []
        for line, text in record.lines:
            rest = text
            for email in _emails(text):
                emails.append((email, line))
                rest = rest.replace(email, " ")
            for phone in _phones(rest):
                phones.append((phone, line))
                rest = rest.replace(phone, " ")
            words = rest.split()
            if words:
                segments.append((line, words))
        extra: list[str] = []
        if segments and segments[-1][1][-1].endswith(")"):
            for s in range(len(segments) - 1, -1, -1):
                if segments[s][1][0].startswith("("):
                    extra = [" ".join(w) for _, w in segments[s:]]
                    segments = segments[:s]
                    break
        starts: list[tuple[int, int]] = []
        for email, _ in emails:
            found = _split_person(segments, email)
            if found is None:
                starts = []
                break
            starts.append(found)
        if not starts and segments:
            count = max(1, len(emails))
            if len(segments) > count:
                starts = [(len(segments) - count + i, 0) for i in range(count)]
            elif len(segments) == count and len(segments[0][1]) > 2:
                starts = []  # one line with organisation and name: cannot tell
        persons: list[Person] = []
        org_words: list[tuple[Line, str]] = []
        if starts:
            first_seg, first_word = starts[0]
            for s, (line, words) in enumerate(segments):
                for w, word in enumerate(words):
                    if (s, w) < (first_seg, first_word):
                        org_words.append((line, word))
            bounds = [*starts, (len(segments), 0)]
            for i, (seg, start_word) in enumerate(starts):
                end_seg, end_word = bounds[i + 1]
                parts: list[str] = []
                for s in range(seg, min(end_seg + 1, len(segments))):
                    words = segments[s][1]
                    lo = start_word if s == seg else 0
                    hi = end_word if s == end_seg else len(words)
                    parts.extend(words[lo:hi])
                persons.append(Person(" ".join(parts) or None, line=segments[seg][0]))
        else:
            org_words = [(line, word) for line, words in segments for word in words]
        organisation = ""
        first_line = org_words[0][0] if org_words else None
        previous_line: Line | None = None
        for line, word in org_words:
            if previous_line is not None and line is not previous_line:
                organisation = join_broken(organisation, word)
            else:
                organisation = f"{organisation} {word}".strip()
            previous_line = line
        if extra:
            joined = ""
            for part in extra:
                joined = join_broken(joined, part)
            organisation = f"{organisation} {joined}".strip()
        count = max(len(persons), len(emails), len(phones))
        while len(persons) < count:
            persons.append(Person())
        for i, person in enumerate(persons):
            if i < len(emails):
                person.email, person.email_line = emails[i]
            if i < len(phones):
                person.telefoon, person.phone_line = phones[i]
        parties.append(
            Party(record.role, organisation or None, first_line, record.role_line, persons)
        )
    return parties
