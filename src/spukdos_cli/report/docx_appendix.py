"""What the Word export's appendix holds: every value of a businesscase that the body of the
form has no place for, as its data path and its text as the YAML file would have it.

The body of the export (:mod:`.docx_export`) writes the form's questions and tables; a cost
post's ``domein``, ``tarief``, ``aantal`` and ``onderbouwing_tarief``, a benefit's
``tarief``, the care office's advice, the scenarios and any value the body cannot carry in
a given case (a party that did not commit, a variant the financing does not show) have no
place there. :func:`extra_values` lists exactly those, in the file's order, so that export
then import loses nothing and nothing is written twice. The appendix is read back by
:mod:`spukdos_cli.read.document.extra`.

The texts: dates ISO (``2025-01-31``), yes/no ``ja``/``nee``, amounts in the plain machine
form with two decimals (``1250.00``), other numbers as written (``182.5``), texts as they
are with their line breaks (less the line break a YAML block ends with). A text of only
spaces is no answer and is not listed. Pure: no python-docx.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from spukdos_cli.form.model import DELAY_ROUTES, Bedrag, Businesscase, Saldo, fields_of
from spukdos_cli.positions import DataPath

ANY = -1
"""Stands for every index of a list in :data:`BODY`."""

_PARTY_CONTACT = ("partijen", ANY, "contactpersonen", ANY)
_POST = ("kostenpost", "beschrijving", "uitvoerder", "bedrag")
_ROUTE = (
    "dagen",
    "toelichting_dagen",
    "inwoners",
    "toelichting_inwoners",
    "kosten_per_dag",
    "toelichting_kosten",
    "totaal",
)
_TEXTS = (
    "doelstelling",
    "doelgroep",
    "nog_geen_wlz_zorg",
    "gebied",
    "aantal_inwoners",
    "ontwikkeling",
    "aansluitende_initiatieven",
    "hypothesen",
    "noodzaak_uitkering",
    "samenwerking",
    "borging",
    "vervolg",
)
_OPGAVE = (
    "initiele_kosten",
    "uitvoeringskosten",
    "totaal_kosten",
    "overige_besparingen",
    "totaal_baten",
    "saldo",
)

BODY: frozenset[tuple[str | int, ...]] = frozenset(
    {
        ("spukdos",),
        ("regeling_jaar",),
        ("experiment", "naam"),
        ("experiment", "startdatum"),
        ("experiment", "einddatum"),
        ("experiment", "voorbereiding"),
        ("partijen", ANY, "rol"),
        ("partijen", ANY, "organisatie"),
        *((*_PARTY_CONTACT, name) for name in ("naam", "email", "telefoon")),
        *(("beschrijving", name) for name in _TEXTS),
        ("beschrijving", "werkwijze", "beschrijving"),
        *(
            ("beschrijving", "werkwijze", "themas", ANY, n)
            for n in ("thema", "huidig", "experiment")
        ),
        ("beschrijving", "monitoring", "deelname"),
        ("beschrijving", "monitoring", "toelichting"),
        *(("kosten", table, ANY, name) for table in ("initieel", "uitvoering") for name in _POST),
        ("financiering", "bijdragen", ANY, "partij"),
        ("financiering", "bijdragen", ANY, "bedrag"),
        ("financiering", "uitkering"),
        ("financiering", "aantal_clienten"),
        ("financiering", "totaal"),
        *(("baten", route, name) for route in DELAY_ROUTES for name in _ROUTE),
        *(("baten", "overige", ANY, n) for n in ("omschrijving", "bedrag", "toelichting")),
        ("baten", "kwalitatief", ANY, "baat"),
        ("baten", "kwalitatief", ANY, "onderbouwing"),
        *(("opgave", name) for name in _OPGAVE),
    }
)
"""The values the body of the export always writes where the form asks them (each index of
a list as :data:`ANY`); :func:`_in_body` adds those it writes only in some cases."""


def _shape(path: DataPath) -> tuple[str | int, ...]:
    return tuple(ANY if isinstance(part, int) else part for part in path)


def _in_body(case: Businesscase, path: DataPath, value: Any) -> bool:
    """Does the body of the export carry ``value`` at ``path``, so that an import gives it
    back? The values the import derives (the municipality from the party that is the
    gemeente, the variant from the financing) only when it derives this one."""
    shape = _shape(path)
    if shape in BODY:
        return True
    if shape == ("experiment", "gemeente"):
        return bool(value == _municipality(case))
    if shape == ("experiment", "variant"):
        return bool(value == _variant_shown(case))
    if shape[0] == "partijen" and len(path) == 3 and isinstance(path[1], int):
        party = (case.partijen or ())[path[1]]
        named = bool(_text(party.organisatie))
        if path[2] == "toegezegd":  # the form lists the parties that committed
            return value is True and named
        if path[2] == "taak":  # written as "Rol van ORGANISATIE (rol): taak"
            return named and party.rol is not None
    return False


def _text(value: str | None) -> str:
    return value.strip() if value else ""


def _municipality(case: Businesscase) -> str | None:
    """The municipality as an import reads it: the first party that is a gemeente, its
    organisation less the word ``Gemeente``."""
    party = next((p for p in case.partijen or () if p.rol == "gemeente" and p.organisatie), None)
    if party is None or party.organisatie is None:
        return None
    return re.sub(r"^gemeente\s+", "", party.organisatie, flags=re.I).strip()


def _variant_shown(case: Businesscase) -> str | None:
    """The variant the financing table shows: a number of clients is the centraal persoon,
    contributions of partners without one are co-financing."""
    financing = case.financiering
    if financing is None:
        return None
    if financing.aantal_clienten is not None:
        return "centraal_persoon"
    shown = [b for b in financing.bijdragen or () if _text(b.partij) or b.bedrag is not None]
    return "cofinanciering" if shown else None


def _leaves(value: Any, path: DataPath) -> Iterator[tuple[DataPath, Any, bool]]:
    """Each value under ``value``, with its path and whether it is an amount; in the order
    of the model (the order of the file)."""
    if isinstance(value, BaseModel):
        fields = fields_of(type(value))
        for name, info in fields.items():
            child = getattr(value, name)
            if isinstance(child, Decimal):
                yield (*path, name), child, _is_money(info.annotation)
            else:
                yield from _leaves(child, (*path, name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    elif isinstance(value, dict):  # a scenario's changes: the key names the input
        for key, item in value.items():
            yield (*path, key), item, str(key).endswith(("bedrag", "kosten_per_dag"))
    elif value is not None:
        yield path, value, False


def _is_money(annotation: Any) -> bool:
    return any(bool(annotation == kind or annotation == kind | None) for kind in (Bedrag, Saldo))


def yaml_text(value: Any, *, money: bool = False) -> str:
    """A value as the YAML file would have it, in one plain spelling."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if money and isinstance(exponent, int) and exponent >= -2:
            value = value.quantize(Decimal("0.01"))  # exact: adds zeros, never rounds
        return format(value, "f")
    if isinstance(value, str):
        return value.rstrip("\n")
    return str(value)


def extra_values(case: Businesscase) -> list[tuple[DataPath, str]]:
    """The values of ``case`` the body of the export does not carry, with their texts."""
    out: list[tuple[DataPath, str]] = []
    for path, value, money in _leaves(case, ()):
        if isinstance(value, str) and not value.strip():
            continue
        if not _in_body(case, path, value):
            out.append((path, yaml_text(value, money=money)))
    return out
