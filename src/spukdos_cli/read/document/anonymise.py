"""``spukdos import --anonimiseer``: contact persons' names, e-mail addresses and phone
numbers become clearly fictitious placeholders; organisations stay. The same person gets
the same placeholder everywhere (also where a text names them), so the file can still
be analysed. Pure."""

from __future__ import annotations

import re
from typing import Any

from spukdos_cli.read.document.contacts import EMAIL, PHONE
from spukdos_cli.read.document.result import Imported

PLACEHOLDER_NAME = "Contactpersoon {n} (fictief)"
PLACEHOLDER_EMAIL = "contactpersoon{n}@voorbeeld.example"
PLACEHOLDER_PHONE = "06-0000{n:04d}"


def anonymise(imp: Imported) -> Imported:
    """``imp`` with every contact person replaced (changed in place and returned)."""
    names: dict[str, str] = {}
    emails: dict[str, str] = {}
    phones: dict[str, str] = {}

    def number_for(name: str | None, email: str | None) -> int:
        key = (email or name or "").lower()
        if key not in _numbers:
            _numbers[key] = len(_numbers) + 1
        return _numbers[key]

    _numbers: dict[str, int] = {}
    for party in imp.data.get("partijen", []) or []:
        for person in party.get("contactpersonen", []) or []:
            n = number_for(person.get("naam"), person.get("email"))
            if person.get("naam"):
                names[person["naam"]] = PLACEHOLDER_NAME.format(n=n)
                person["naam"] = names[person["naam"]]
            if person.get("email"):
                placeholder = PLACEHOLDER_EMAIL.format(n=n)
                emails[person["email"].lower()] = emails[placeholder] = placeholder
                person["email"] = placeholder
            if person.get("telefoon"):
                placeholder = PLACEHOLDER_PHONE.format(n=n)
                phones[_digits(person["telefoon"])] = phones[_digits(placeholder)] = placeholder
                person["telefoon"] = placeholder
    counter = [len(_numbers)]

    def other_email(match: re.Match[str]) -> str:
        found = match.group().rstrip(".")
        if found.lower() not in emails:
            counter[0] += 1
            placeholder = PLACEHOLDER_EMAIL.format(n=counter[0])
            emails[found.lower()] = emails[placeholder] = placeholder
        return emails[found.lower()] + match.group()[len(found) :]

    def other_phone(match: re.Match[str]) -> str:
        digits = _digits(match.group())
        if not 9 <= len(digits) <= 12:
            return match.group()
        if digits not in phones:
            counter[0] += 1
            placeholder = PLACEHOLDER_PHONE.format(n=counter[0])
            phones[digits] = phones[_digits(placeholder)] = placeholder
        return phones[digits]

    by_length = sorted(names, key=len, reverse=True)

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            value = EMAIL.sub(other_email, value)
            value = PHONE.sub(other_phone, value)
            for name in by_length:
                if len(name) >= 4:
                    value = value.replace(name, names[name])
            return value
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    imp.data = scrub(imp.data)
    imp.origins = {
        path: origin
        if origin.written is None
        else type(origin)(origin.ref, origin.seq, scrub(origin.written), origin.note, origin.params)
        for path, origin in imp.origins.items()
    }
    return imp


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())
