"""Which cooperating party a financing contribution belongs to: one answer for every rule.

Form section 11 names each contributing partner in words; form section 1 lists the
parties with their organisation. A contribution belongs to the parties whose
``organisatie`` is spelled the same way (ignoring case, spacing and "&" versus "en");
where none is, to the parties whose name contains the contribution's name or is contained
in it ("Brentano" and "Stichting Brentano Amstelveen"). Rule R006 asks whether there is
any such party; the who-pays table of ``spukdos analyse`` which roles they have.
"""

from __future__ import annotations

from collections.abc import Iterable

from spukdos_cli.form.model import Partij


def normalised_name(name: str) -> str:
    """``"Zorg & Zekerheid "`` -> ``"zorg en zekerheid"``."""
    return " ".join(name.casefold().replace("&", " en ").split())


def parties_named(name: str | None, parties: Iterable[Partij] | None) -> tuple[Partij, ...]:
    """The parties a contribution with partner ``name`` belongs to (empty: none found)."""
    if not name or not name.strip():
        return ()
    wanted = normalised_name(name)
    named = [(p, normalised_name(p.organisatie)) for p in parties or () if p.organisatie]
    exact = tuple(p for p, org in named if org == wanted)
    if exact:
        return exact
    return tuple(p for p, org in named if org and (wanted in org or org in wanted))
