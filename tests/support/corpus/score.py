"""How well an import matches the truth: figures exact, text answers found, nothing wrong.

``score(truth, imported)`` takes two dicts in the file format's structure: the truth
(:mod:`.applications`) and what the importer made of a rendering of it. Amounts may come as
Decimals, whole numbers or strings (``"12500.00"``, ``"12.500,00"``); they are compared as
Decimals, exactly.

- **Figures**: every number of the truth (each cost post's ``bedrag``, ``opgave.*``, A, B, C
  and ``totaal`` of each route, each other saving's ``bedrag``, each contribution's
  ``bedrag``, ``financiering.uitkering``, ``totaal`` and ``aantal_clienten``,
  ``beschrijving.aantal_inwoners``) is *exact*, *not found* (missing or None) or *wrong*
  (present and different). A figure the importer gives that the truth does not have (a
  total the form does not state, an amount on a cost post, saving or contribution the
  truth lacks) is *extra*: made up, as bad as a wrong one. List items are matched by name
  where they have one (cost posts by ``kostenpost``, savings by ``omschrijving``), else by
  position.
- **Texts**: the free-text answers the truth has (:data:`TEXT_PATHS`) are *found* when the
  import has them and they are similar after normalising whitespace, bullets and
  hyphenation (``difflib.SequenceMatcher`` ratio ≥ :data:`SIMILAR`), *different* when
  present but not similar, else *not found*; the two dates must be equal.
- **Names**: cost posts and parties found by name.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

SIMILAR = 0.9
"""The least ``SequenceMatcher`` ratio of two normalised texts that count as the same."""

TEXT_PATHS: tuple[str, ...] = (
    "beschrijving.doelstelling",
    "beschrijving.doelgroep",
    "beschrijving.gebied",
    "beschrijving.ontwikkeling",
    "beschrijving.aansluitende_initiatieven",
    "beschrijving.werkwijze.beschrijving",
    "beschrijving.hypothesen",
    "beschrijving.noodzaak_uitkering",
    "beschrijving.samenwerking",
    "beschrijving.borging",
    "beschrijving.vervolg",
    "experiment.voorbereiding",
)
DATE_PATHS: tuple[str, ...] = ("experiment.startdatum", "experiment.einddatum")
ROUTE_FIGURES = ("dagen", "inwoners", "kosten_per_dag", "totaal")
OPGAVE = (
    "initiele_kosten",
    "uitvoeringskosten",
    "totaal_kosten",
    "overige_besparingen",
    "totaal_baten",
    "saldo",
)


@dataclass(frozen=True)
class Problem:
    path: str
    kind: str
    """``not found``, ``wrong``, ``extra`` (figures); ``not found``, ``different`` (texts)."""
    expected: str = ""
    found: str = ""


@dataclass(frozen=True)
class Score:
    figures: int
    exact: int
    not_found: int
    wrong: int
    extra: int
    texts: int
    texts_found: int
    texts_not_found: int
    texts_different: int
    posts: int
    posts_found: int
    parties: int
    parties_found: int
    problems: tuple[Problem, ...] = field(default=())

    @property
    def never_wrong(self) -> bool:
        """No figure wrong and none made up: the importer's first duty."""
        return self.wrong == 0 and self.extra == 0

    def of_kind(self, kind: str) -> list[str]:
        """The paths of the problems of ``kind``."""
        return [p.path for p in self.problems if p.kind == kind]


# -- values -----------------------------------------------------------------------------------
def as_decimal(value: Any) -> Decimal | None:
    """A figure as a Decimal: Decimal, int, or text such as ``12500.00``, ``12.500,00``,
    ``€ 12.500,00``, ``+/+ € 78.525,00``; None when it is none of these."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):  # never from a good importer; compared by its shortest text
        return Decimal(repr(value))
    if not isinstance(value, str):
        return None
    try:
        return Decimal(value.strip())
    except InvalidOperation:
        pass
    from spukdos_cli.form.numbers import NumberTextError, parse_number

    try:
        return parse_number(value, max_decimals=4, allow_currency=True)
    except (NumberTextError, ValueError, TypeError):
        return None


def as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


_BULLET = re.compile(r"^\s*(?:[-–—•·▪●◦■*§]|\d{1,2}[.)])\s+")
_HYPHEN = re.compile(r"(\w)-\s*\n\s*(?=[a-zà-ÿ])")


def normalise(text: str) -> str:
    """Text as compared: words broken at a line end joined, bullets and list numbers at the
    start of a line dropped, all whitespace one space, case folded."""
    text = _HYPHEN.sub(r"\1", text.replace("\r", "\n").replace("\u00ad", ""))
    lines = [_BULLET.sub("", line) for line in text.split("\n")]
    return " ".join(" ".join(lines).split()).casefold()


def similar(expected: str, found: str) -> bool:
    a, b = normalise(expected), normalise(found)
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _items(data: Any, path: str) -> list[dict[str, Any]]:
    found = _get(data, path)
    return [i if isinstance(i, dict) else {} for i in found] if isinstance(found, list) else []


def _name(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    return normalise(value) if isinstance(value, str) else ""


GENERIC_NAMES = frozenset({"overige besparingen"})
"""The row label the import gives an item whose own name it could not find: no name at all,
so such an item is matched by its place."""


def _match(
    truth: list[dict[str, Any]], imported: list[dict[str, Any]], key: str | None
) -> list[int | None]:
    """For each truth item the index of its imported item: by name first (``key``), then
    by position among the imported items left unmatched."""
    matched: list[int | None] = [None] * len(truth)
    used: set[int] = set()
    if key is not None:
        for i, item in enumerate(truth):
            name = _name(item, key)
            if not name:
                continue
            best, best_ratio = None, 0.8
            for j, other in enumerate(imported):
                other_name = _name(other, key)
                if j in used or not other_name:
                    continue
                ratio = difflib.SequenceMatcher(None, name, other_name).ratio()
                if other_name.startswith(name):  # the name, and words of a row after it
                    ratio = max(ratio, 0.81)
                if ratio > best_ratio:
                    best, best_ratio = j, ratio
            if best is not None:
                matched[i] = best
                used.add(best)
    for i in range(min(len(truth), len(imported))):
        generic = key is not None and _name(imported[i], key) in GENERIC_NAMES
        unnamed = key is None or not _name(imported[i], key) or not _name(truth[i], key) or generic
        if matched[i] is None and i not in used and unnamed:
            matched[i] = i
            used.add(i)
    return matched


# -- the score --------------------------------------------------------------------------------
class _Tally:
    def __init__(self) -> None:
        self.counts = dict.fromkeys(
            ("figures", "exact", "not_found", "wrong", "extra", "texts", "texts_found",
             "texts_not_found", "texts_different", "posts", "posts_found", "parties",
             "parties_found"),
            0,
        )  # fmt: skip
        self.problems: list[Problem] = []

    def figure(self, path: str, expected: Any, found: Any) -> None:
        if expected is None:
            self.extra(path, found)
            return
        self.counts["figures"] += 1
        want = as_decimal(expected)
        if found is None or (isinstance(found, str) and not found.strip()):
            self.counts["not_found"] += 1
            self.problems.append(Problem(path, "not found", str(expected)))
            return
        got = as_decimal(found)
        if got is not None and want is not None and got == want:
            self.counts["exact"] += 1
        else:
            self.counts["wrong"] += 1
            self.problems.append(Problem(path, "wrong", str(expected), str(found)))

    def extra(self, path: str, found: Any) -> None:
        if found is None or (isinstance(found, str) and not found.strip()):
            return
        self.counts["extra"] += 1
        self.problems.append(Problem(path, "extra", "", str(found)))

    def text(self, path: str, expected: Any, found: Any) -> None:
        if expected is None or (isinstance(expected, str) and not expected.strip()):
            return
        self.counts["texts"] += 1
        if path in DATE_PATHS:
            present = found is not None and found != ""
            ok = present and as_date(found) == as_date(expected)
        else:
            present = isinstance(found, str) and bool(found.strip())
            ok = present and similar(str(expected), str(found))
        if ok:
            self.counts["texts_found"] += 1
        elif present:
            self.counts["texts_different"] += 1
            self.problems.append(Problem(path, "different", str(expected)[:80], str(found)[:80]))
        else:
            self.counts["texts_not_found"] += 1
            self.problems.append(Problem(path, "not found", str(expected)[:80]))

    def listed(
        self, path: str, truth: Any, imported: Any, key: str | None, figure: str
    ) -> list[int | None]:
        want, got = _items(truth, path), _items(imported, path)
        matched = _match(want, got, key)
        for i, (item, j) in enumerate(zip(want, matched, strict=True)):
            found = got[j].get(figure) if j is not None else None
            self.figure(f"{path}[{i}].{figure}", item.get(figure), found)
        taken = {j for j in matched if j is not None}
        for j, item in enumerate(got):
            if j not in taken and not _no_costs(item, want):
                self.extra(f"{path}[+{j}].{figure}", item.get(figure))
        return matched


NONE_WORDS = frozenset({"geen", "nvt", "nietvantoepassing"})


def _no_costs(item: Any, want: list[dict[str, Any]]) -> bool:
    """A table without posts, filled in as one row "Geen" of € 0,00: the reference
    application (``examples/amstelveen.yaml``) writes it as such a post, the truth as no post
    at all; the two say the same."""
    name = normalise(str(item.get("kostenpost") or "")).replace(" ", "").replace(".", "")
    amount = as_decimal(item.get("bedrag"))
    return not want and name in NONE_WORDS and amount in (None, Decimal(0))


def score(truth: dict[str, Any], imported: dict[str, Any]) -> Score:
    """Compare an import with the truth; see the module's docstring."""
    tally = _Tally()
    for group in ("initieel", "uitvoering"):
        path = f"kosten.{group}"
        tally.listed(path, truth, imported, "kostenpost", "bedrag")
        names = [_name(p, "kostenpost") for p in _items(truth, path)]
        found = [_name(p, "kostenpost") for p in _items(imported, path)]
        tally.counts["posts"] += len(names)
        tally.counts["posts_found"] += _found_by_name(names, found)
    for key in OPGAVE:
        tally.figure(f"opgave.{key}", _get(truth, f"opgave.{key}"),
                     _get(imported, f"opgave.{key}"))  # fmt: skip
    for route in ("uitstel_mpt_vpt", "uitstel_intramuraal"):
        for key in ROUTE_FIGURES:
            path = f"baten.{route}.{key}"
            tally.figure(path, _get(truth, path), _get(imported, path))
    tally.listed("baten.overige", truth, imported, "omschrijving", "bedrag")
    tally.listed("financiering.bijdragen", truth, imported, None, "bedrag")
    for key in ("uitkering", "totaal", "aantal_clienten"):
        path = f"financiering.{key}"
        tally.figure(path, _get(truth, path), _get(imported, path))
    path = "beschrijving.aantal_inwoners"
    tally.figure(path, _get(truth, path), _get(imported, path))

    for path in (*TEXT_PATHS, *DATE_PATHS):
        tally.text(path, _get(truth, path), _get(imported, path))

    parties = [_name(p, "organisatie") for p in _items(truth, "partijen")]
    tally.counts["parties"] = len(parties)
    tally.counts["parties_found"] = _found_by_name(
        parties, [_name(p, "organisatie") for p in _items(imported, "partijen")]
    )
    return Score(**tally.counts, problems=tuple(tally.problems))


def _found_by_name(wanted: list[str], found: list[str]) -> int:
    """How many of ``wanted`` are among ``found`` (each found name counts once)."""
    left = [name for name in found if name]
    hits = 0
    for name in wanted:
        if name in left:
            left.remove(name)
            hits += 1
    return hits
