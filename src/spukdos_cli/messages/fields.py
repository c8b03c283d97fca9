"""The questions of the form in words: what a data path is called for people.

``partijen[1].contactpersonen[0].email`` reads as "partij 2 (Zorg & Zekerheid),
contactpersoon 1: e-mail (regel 41)", the way the form names it; reports keep the data
path for machines (JSON, SARIF, ...). A key without words of its own is shown as the
file spells it (``monitoring: deelname``), so nothing is ever left unnamed.
"""

from __future__ import annotations

from spukdos_cli.findings import Place, Places
from spukdos_cli.messages.formatting import clip_text, join_listed
from spukdos_cli.messages.labels import safe_text
from spukdos_cli.messages.lang import pick

LIST_NOUNS: dict[str, tuple[str, str]] = {
    "partijen": ("partij", "party"),
    "contactpersonen": ("contactpersoon", "contact person"),
    "themas": ("thema", "theme"),
    "initieel": ("kostenpost", "cost post"),
    "uitvoering": ("kostenpost", "cost post"),
    "bijdragen": ("bijdrage", "contribution"),
    "overige": ("overige besparing", "other saving"),
    "kwalitatief": ("kwalitatieve baat", "qualitative benefit"),
    "scenarios": ("scenario", "scenario"),
}
"""A list's key -> what one item of it is called (numbered from 1 in the reports)."""

GROUP_WORDS: dict[str, tuple[str, str]] = {
    "uitstel_mpt_vpt": ("uitstel MPT/VPT", "delay of MPT/VPT"),
    "uitstel_intramuraal": ("uitstel intramurale opname", "delay of intramural admission"),
    "monitoring": ("monitoring", "monitoring"),
    "opgave": ("opgegeven totalen", "stated totals"),
}
"""A mapping on the way to a question that says something about it (the others, such as
``experiment`` or ``beschrijving``, are named by the section of the report)."""

FIELD_WORDS: dict[str, tuple[str, str]] = {
    # a key's words wherever it stands; FIELD_WORDS_AT below wins for a particular place
    "regeling_jaar": ("regelingjaar", "grant year"),
    "naam": ("naam", "name"),
    "gemeente": ("gemeente", "municipality"),
    "variant": ("variant", "variant"),
    "startdatum": ("startdatum", "start date"),
    "einddatum": ("einddatum", "end date"),
    "voorbereiding": ("voorbereidingstijd", "preparation time"),
    "partijen": ("partijen (minstens één)", "parties (at least one)"),
    "rol": ("rol", "role"),
    "organisatie": ("organisatie", "organisation"),
    "toegezegd": ("samenwerking toegezegd?", "cooperation committed?"),
    "taak": ("taak", "task"),
    "contactpersonen": ("contactpersonen (minstens één)", "contact persons (at least one)"),
    "email": ("e-mail", "e-mail"),
    "telefoon": ("telefoon", "telephone"),
    "doelstelling": ("doelstelling", "objective"),
    "doelgroep": ("doelgroep", "target group"),
    "gebied": ("gebied", "area"),
    "aantal_inwoners": ("aantal inwoners", "number of residents"),
    "ontwikkeling": ("verwachte ontwikkeling", "expected development"),
    "aansluitende_initiatieven": ("aansluitende initiatieven", "related initiatives"),
    "themas": ("thema's (minstens één)", "themes (at least one)"),
    "thema": ("thema", "theme"),
    "huidig": ("huidige aanpak", "current approach"),
    "hypothesen": ("hypothesen", "hypotheses"),
    "noodzaak_uitkering": ("waarom de uitkering nodig is", "why the grant is needed"),
    "deelname": ("deelname aan de monitor", "participation in the monitor"),
    "samenwerking": ("samenwerking", "cooperation"),
    "borging": ("borging van de afspraken", "how the agreements are secured"),
    "vervolg": ("vervolg na de looptijd", "follow-up after the term"),
    "kostenpost": ("naam van de kostenpost", "name of the cost post"),
    "beschrijving": ("beschrijving", "description"),
    "uitvoerder": ("uitvoerder", "executor"),
    "bedrag": ("bedrag", "amount"),
    "domein": ("domein", "domain"),
    "tarief": ("tarief (sleutel in de prijslijst)", "rate (price-list key)"),
    "aantal": ("aantal eenheden", "number of units"),
    "onderbouwing_tarief": ("onderbouwing van het tarief", "justification of the rate"),
    "uitkering": ("uitkering", "grant"),
    "aantal_clienten": ("aantal cliënten", "number of clients"),
    "bijdragen": ("bijdragen (cofinanciering)", "contributions (co-financing)"),
    "partij": ("partij", "party"),
    "totaal": ("totaal", "total"),
    "dagen": ("A, dagen uitstel", "A, days of delay"),
    "inwoners": ("B, inwoners", "B, residents"),
    "kosten_per_dag": ("C, kosten per dag", "C, cost per day"),
    "toelichting_dagen": ("toelichting op A", "explanation of A"),
    "toelichting_inwoners": ("toelichting op B", "explanation of B"),
    "toelichting_kosten": ("toelichting op C", "explanation of C"),
    "omschrijving": ("omschrijving", "description"),
    "toelichting": ("toelichting", "explanation"),
    "kwalitatief": ("kwalitatieve baten (minstens één)", "qualitative benefits (at least one)"),
    "baat": ("baat", "benefit"),
    "onderbouwing": ("onderbouwing", "substantiation"),
    "wijzigingen": ("wijzigingen", "changes"),
    # -- issue 15: the target group and the care office's advice --
    "nog_geen_wlz_zorg": ("doelgroep zonder Wlz-zorg?", "target group without Wlz care?"),
    "zorgkantoor": ("zorgkantoor", "care office"),
    "adviseur": ("adviseur", "adviser"),
    "datum": ("datum", "date"),
    "vermindert_wlz_kosten": (
        "conclusie: vermindert de Wlz-kosten?",
        "conclusion: reduces Wlz costs?",
    ),
    "kosten_niet_hoger_dan_baten": (
        "conclusie: kosten niet hoger dan baten?",
        "conclusion: costs not higher than benefits?",
    ),
    "tekst": ("tekst van het advies", "text of the advice"),
}
"""A key -> what the form calls the question."""

FIELD_WORDS_AT: dict[str, tuple[str, str]] = {
    "experiment.naam": ("naam van het experiment", "name of the experiment"),
    "beschrijving.werkwijze.beschrijving": (
        "beschrijving van de werkwijze",
        "description of the approach",
    ),
    "beschrijving.werkwijze.themas[].experiment": (
        "aanpak in het experiment",
        "approach in the experiment",
    ),
    "kosten.initieel": (
        "initiële kostenposten (schrijf [] als er geen zijn)",
        "initial cost posts (write [] if there are none)",
    ),
    "kosten.uitvoering": (
        "uitvoeringskosten (minstens één kostenpost)",
        "execution costs (at least one cost post)",
    ),
    "baten.overige[].bedrag": ("besparing", "saving"),
}
"""A key at one place of the file (list indexes written ``[]``) -> its words there."""

_LINE = ("regel", "line")


def _pattern(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += "[]"
        else:
            out += f".{part}" if out else part
    return out


def _key_words(path: tuple[str | int, ...], lang: str) -> str:
    key = path[-1]
    pair = FIELD_WORDS_AT.get(_pattern(path)) or FIELD_WORDS.get(str(key))
    if pair is not None:
        return pick(pair, lang)
    return _as_written(key)


def _as_written(key: str | int) -> str:
    return safe_text(clip_text(str(key), 60), single_line=True)


def describe(place: Place, lang: str) -> str:
    """The question at ``place`` in words, with the line of its item when it has one."""
    path = place.path
    parts: list[str] = []
    names = iter(place.names)
    for i, part in enumerate(path):
        last = i == len(path) - 1
        following = path[i + 1] if not last else None
        if isinstance(part, int):
            key = path[i - 1] if i else ""
            noun = LIST_NOUNS.get(str(key))
            shown = pick(noun, lang) if noun else _as_written(key)
            text = f"{shown} {part + 1}"
            name = next(names, "")
            if name:
                text += f" ({safe_text(clip_text(name, 40), single_line=True)})"
            parts.append(text)
        elif last:
            parts.append(_key_words(path, lang))
        elif not isinstance(following, int) and part in GROUP_WORDS:
            parts.append(pick(GROUP_WORDS[part], lang))
    if not parts:
        text = ""
    elif len(parts) == 1 or isinstance(path[-1], int):
        text = ", ".join(parts)
    else:
        text = ", ".join(parts[:-1]) + ": " + parts[-1]
    if place.line is not None:
        text += f" ({pick(_LINE, lang)} {place.line})"
    return text


def describe_all(places: Places, lang: str) -> str:
    """Several questions in words, separated by semicolons (a name may hold a comma)."""
    return join_listed([describe(p, lang) for p in places.items], separator="; ")
