"""The YAML file ``spukdos import`` writes: the imported values in the model's key order,
each with a comment saying where it stood in the document, and every value that was
looked for but not found left empty with the reason. Pure: text in, text out.

The YAML is written by hand (no YAML library here, like the starter file): texts are
double-quoted, or literal blocks (``|``) when they span lines; figures are written in
the file format's plain spelling (``100000.00``), with the text as the document had it in
the comment (``€ 100.000,00``). ``spukdos check`` reads the result as any other file.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from spukdos_cli import __version__
from spukdos_cli.authoring.keys import Key, model_keys
from spukdos_cli.authoring.schema import SCHEMA_ID
from spukdos_cli.authoring.starter import as_list_item
from spukdos_cli.messages.labels import label, safe_text
from spukdos_cli.messages.places import describe_source
from spukdos_cli.positions import DataPath
from spukdos_cli.read.document.result import Imported, NotFound, Origin

WIDTH = 96
_PLAIN_KINDS = frozenset({"amount", "signed_amount", "number", "whole", "date", "version"})
_NEEDS_ESCAPE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
)
"""Characters written as escapes: controls, YAML's line breaks, the byte order mark, and what
YAML may not hold at all (surrogates and the noncharacters U+FFFE and U+FFFF, which a PDF's
text can give): written as they are, the file could not be read back."""
_PLAIN_VALUE = re.compile(r"^[0-9][0-9.\-]*$")


_MACHINE_AMOUNT = re.compile(r"^(-?)([0-9]+)\.([0-9]{2})$")


def _dutch_amount(sign: str, whole: str, cents: str) -> str:
    """``100000.00`` as the starter file teaches amounts: ``100.000,00`` (issue 27), which
    spukdos reads back as exactly the same amount."""
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return f"{sign}{'.'.join(groups)},{cents}"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are valid YAML escapes)."""
    out = json.dumps(text, ensure_ascii=False)
    return _NEEDS_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def _scalar(value: Any, key: Key) -> tuple[str, list[str]]:
    """(the value on the key's line, the lines of a block below it)."""
    if isinstance(value, bool):
        return ("true" if value else "false"), []
    text = str(value)
    if key.kind in ("amount", "signed_amount") and (cents := _MACHINE_AMOUNT.match(text)):
        return _dutch_amount(cents.group(1), cents.group(2), cents.group(3)), []
    if key.kind in _PLAIN_KINDS and _PLAIN_VALUE.match(text):
        return text, []
    if "\n" in text and not _NEEDS_ESCAPE.search(text) and "\r" not in text:
        lines = text.split("\n")
        indicator = "|" if text.endswith("\n") else "|-"
        if lines[0].startswith(" "):
            indicator = indicator.replace("|", "|2")
        return indicator, lines
    return _quoted(text), []


def _where(origin: Origin, lang: str) -> str:
    return describe_source(origin.ref, lang)


def _comment_text(origin: Origin | None, missing: NotFound | None, lang: str) -> str:
    parts: list[str] = []
    if origin is not None:
        where = _where(origin, lang)
        if origin.written is not None:
            written = " ".join(origin.written.split())
            parts.append(label("imp_written", lang).format(where=where, text=written))
        else:
            parts.append(where)
        if origin.note:
            parts.append(label(origin.note, lang).format(**dict(origin.params)))
    if missing is not None:
        reason = label(missing.reason, lang)
        if missing.seen:
            seen = " ".join(missing.seen.split())[:120]
            parts.append(label("imp_unreadable", lang).format(text=seen))
        parts.append(label("imp_missing", lang).format(reason=reason))
        if missing.ref is not None:
            parts.append(describe_source(missing.ref, lang))
    return _comment_safe("; ".join(parts))


def _comment_safe(text: str) -> str:
    """Text from the document in a comment: on one line, control characters and the
    characters YAML takes for a line break shown as escapes, never obeyed."""
    shown = safe_text(text, single_line=True)
    return _NEEDS_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)


class _Writer:
    def __init__(self, imp: Imported, lang: str) -> None:
        self.imp = imp
        self.lang = lang
        self.missing: dict[DataPath, NotFound] = {}
        for item in imp.not_found:
            self.missing.setdefault(item.path, item)
        self.wanted = set(self.missing)
        for path in list(self.missing):
            for depth in range(1, len(path)):
                self.wanted.add(path[:depth])

    def has(self, path: DataPath, value: Any) -> bool:
        return value is not None or path in self.wanted

    def comment(self, path: DataPath, indent: int) -> list[str]:
        text = _comment_text(self.imp.origins.get(path), self.missing.get(path), self.lang)
        if not text:
            return []
        prefix = " " * indent + "# "
        return textwrap.wrap(
            text,
            WIDTH,
            initial_indent=prefix,
            subsequent_indent=prefix + "  ",
            break_on_hyphens=False,
            break_long_words=False,
        )

    def mapping(self, keys: tuple[Key, ...], data: Any, base: DataPath, indent: int) -> list[str]:
        lines: list[str] = []
        data = data if isinstance(data, dict) else {}
        for key in keys:
            path = (*base, key.name)
            value = data.get(key.name)
            if not self.has(path, value):
                continue
            lines += self.key(key, value, path, indent)
        return lines

    def key(self, key: Key, value: Any, path: DataPath, indent: int) -> list[str]:
        pad = " " * indent
        if key.kind == "section":
            body = self.mapping(key.children, value, path, indent + 2)
            return [*self.comment(path, indent), f"{pad}{key.name}:", *body]
        if key.kind == "list":
            items = value if isinstance(value, list) else []
            if not items:
                return [*self.comment(path, indent), f"{pad}{key.name}: []"]
            lines = [*self.comment(path, indent), f"{pad}{key.name}:"]
            for index, item in enumerate(items):
                body = self.mapping(key.children, item, (*path, index), indent + 4)
                lines += as_list_item(body, indent + 2) if body else [f"{pad}  - {{}}"]
            return lines
        if value is None:
            return [*self.comment(path, indent), f"{pad}{key.name}:"]
        head, block = _scalar(value, key)
        comment = self.comment(path, indent)
        if not block and len(comment) == 1 and len(pad) + len(key.name) + len(head) < 60:
            return [f"{pad}{key.name}: {head}  " + comment[0].strip()]
        out = [*comment, f"{pad}{key.name}: {head}"]
        out += [f"{pad}  {line}" if line else "" for line in block]
        return out


def imported_yaml(
    imp: Imported,
    *,
    source_name: str,
    lang: str = "nl",
    anonymised: bool = False,
    output_name: str | None = None,
) -> str:
    """The YAML file for the imported document ``imp``."""
    intro = [
        label("imp_header", lang).format(file=_comment_safe(source_name), kind=imp.kind),
        label("imp_header_empty", lang),
    ]
    if anonymised:
        intro.append(label("imp_header_anonymised", lang))
    shown = _comment_safe(output_name) if output_name else "<bestand>"
    intro.append(label("imp_header_check", lang).format(file=shown))
    lines = [f"# yaml-language-server: $schema={SCHEMA_ID}"]
    for paragraph in intro:
        lines += textwrap.wrap(paragraph, WIDTH, initial_indent="# ", subsequent_indent="# ")
    lines.append(f"# spukdos {__version__}")
    lines.append("spukdos: 1")
    writer = _Writer(imp, lang)
    keys = tuple(k for k in model_keys() if k.name != "spukdos")
    for key in keys:
        path = (key.name,)
        value = imp.data.get(key.name)
        if not writer.has(path, value):
            continue
        block = writer.key(key, value, path, 0)
        if key.kind in ("section", "list"):
            lines.append("")
        lines += block
    if imp.unplaced:
        lines += ["", "# " + label("imp_unplaced", lang) + ":"]
        for line in imp.unplaced:
            where = describe_source(line.ref, lang)
            text = _comment_safe(" ".join(line.text.split()))
            lines.append(f'#   {where}: "{text}"')
    return "\n".join(line.rstrip() for line in lines) + "\n"
