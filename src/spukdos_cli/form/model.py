"""The businesscase as an immutable, closed model (Pydantic v2).

Field names are the form's Dutch terms in snake_case; the code around them speaks English.
Every question of the form is optional here so that a draft loads: what is missing is
reported by :mod:`spukdos_cli.checks.completeness`, section by section. Structure and types are
strict: unknown keys are rejected (``extra="forbid"``), and numbers are read from the text
the applicant wrote by :mod:`spukdos_cli.form.numbers`, never through a binary float.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from spukdos_cli.form.numbers import (
    MAX_INTEGER_DIGITS,
    MAX_TEXT_LENGTH,
    NumberTextError,
    number_pattern,
    parse_number,
    parse_whole_number,
)

FORMAT_VERSION = 1
MONEY_DECIMALS = 2
FACTOR_DECIMALS = 4


def _number_error(err: NumberTextError, shape: str) -> PydanticCustomError:
    """``shape`` (``money``, ``count`` or ``factor``) picks the example a message gives."""
    return PydanticCustomError(
        "spukdos_number",
        "not a number that can be read without guessing: {text}",
        {"reason": err.reason, "text": err.text, "suggestion": err.suggestion, "shape": shape},
    )


def _reject_non_text(value: Any) -> None:
    if isinstance(value, float):  # only possible from Python callers, never from YAML
        raise PydanticCustomError("spukdos_float", "binary floats are not accepted")
    if not isinstance(value, (str, int, Decimal)) or isinstance(value, bool):
        raise PydanticCustomError("spukdos_number_type", "expected a number")


def _to_decimal(max_decimals: int, allow_currency: bool) -> Any:
    def convert(value: Any) -> Any:
        if value is None:
            return None
        _reject_non_text(value)
        if isinstance(value, (int, Decimal)):
            value = format(value, "f")
        try:
            return parse_number(value, max_decimals=max_decimals, allow_currency=allow_currency)
        except NumberTextError as err:
            raise _number_error(err, "money" if allow_currency else "factor") from None

    return convert


def _to_whole(value: Any) -> Any:
    if value is None:
        return None
    _reject_non_text(value)
    try:
        return parse_whole_number(str(value))
    except NumberTextError as err:
        raise _number_error(err, "count") from None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _to_date(value: Any) -> Any:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError(
        "spukdos_date",
        "not a date (YYYY-MM-DD): {text}",
        {"text": str(value), "meant": _dutch_date(str(value))},
    )


_DUTCH_DATE = re.compile(r"^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\s*$")


def _dutch_date(text: str) -> str:
    """The ISO date a date written day first means (``15-11-2024`` -> ``2024-11-15``), or
    both readings where day and month could be swapped (``3-4-2025``: ``2025-04-03 of
    2025-03-04``, the Dutch reading first); empty when it is no such date."""
    match = _DUTCH_DATE.match(text)
    if match is None:
        return ""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day).isoformat())
        except ValueError:
            continue
    return " / ".join(dict.fromkeys(readings))


def _as_typed(text: str) -> str:
    """A choice or yes/no as typed, less case, surrounding spaces and a full stop."""
    return text.strip().rstrip(".").strip().lower()


def _choice(values: tuple[str, ...]) -> Any:
    """A choice as people type it: ``Zorgkantoor``, ``centraal persoon``, ``Wmo.`` are the
    choice they name (the loader notes how it read them, S007); anything else is left for
    the choice's own check to refuse."""

    def read(value: Any) -> Any:
        if isinstance(value, str):
            meant = re.sub(r"[\s-]+", "_", _as_typed(value))
            if meant in values:
                return meant
        return value

    return read


_JA_NEE = {"ja": True, "nee": False}


def _to_bool(value: Any) -> Any:
    """A yes/no answer: ``true``/``false`` (YAML) or the Dutch ``ja``/``nee`` in any case.
    Only fields that can be nothing but yes or no use this, so ``ja`` cannot be misread."""
    if value is None or isinstance(value, bool):
        return value
    word = _as_typed(value) if isinstance(value, str) else None
    if word in _JA_NEE:  # "Ja." as much as "ja" (a full stop is noted: S007)
        return _JA_NEE[word]
    raise PydanticCustomError("spukdos_bool", "write true or false: {text}", {"text": str(value)})


_SPELLING_HELP = {
    "money": "Schrijf een bedrag zoals 100.000,00, € 317.276,25 of 780000.00 (hoogstens twee "
    "decimalen). Niet 1.250 of 1,250: duizendtal of decimalen?",
    "signed money": "Schrijf een bedrag zoals +/+ € 78.525,00, -/- € 1.000,00 of -1000.00 "
    "(hoogstens twee decimalen). Niet 1.250 of 1,250: duizendtal of decimalen?",
    "factor": "Schrijf een getal zoals 182,5, 182.5 of 1.250.000 (hoogstens vier decimalen). "
    "Niet 1.250 of 1,250: duizendtal of decimalen?",
    "whole": "Schrijf een geheel getal zoals 100 of 1.250.000. Niet 1.250: duizendtal of "
    "decimalen?",
}
"""What an editor shows under a number it cannot read (``patternErrorMessage``, read by
yaml-language-server; other validators ignore it). In Dutch, as the schema's titles."""


def _number_schema(
    *, max_decimals: int | None, allow_currency: bool, signed: bool = False
) -> dict[str, Any]:
    """A number, or text spelled as :func:`spukdos_cli.form.numbers.parse_number` reads it.

    One schema with a list of types rather than an ``anyOf``: ``minimum`` and
    ``exclusiveMaximum`` apply to numbers only, ``pattern`` and ``maxLength`` to text only,
    and an editor (yaml-language-server) shows one title on hover instead of joining the
    title of every branch with ``||``.
    """
    schema: dict[str, Any] = {
        "type": ["integer" if max_decimals is None else "number", "string"],
        "exclusiveMaximum": 10**MAX_INTEGER_DIGITS,
        "pattern": number_pattern(
            max_decimals=max_decimals, allow_currency=allow_currency, signed=signed
        ),
        "maxLength": MAX_TEXT_LENGTH,
    }
    kind = "whole" if max_decimals is None else "factor" if not allow_currency else "money"
    schema["patternErrorMessage"] = _SPELLING_HELP["signed money" if signed else kind]
    if signed:
        schema["exclusiveMinimum"] = -(10**MAX_INTEGER_DIGITS)
    else:
        schema["minimum"] = 0
    return schema


_MONEY_SCHEMA = _number_schema(max_decimals=MONEY_DECIMALS, allow_currency=True)
_SIGNED_MONEY_SCHEMA = _number_schema(max_decimals=MONEY_DECIMALS, allow_currency=True, signed=True)
_FACTOR_SCHEMA = _number_schema(max_decimals=FACTOR_DECIMALS, allow_currency=False)
_WHOLE_SCHEMA = _number_schema(max_decimals=None, allow_currency=False)
_INPUT_SCHEMA = _number_schema(max_decimals=FACTOR_DECIMALS, allow_currency=True)

Bedrag = Annotated[
    Decimal,
    BeforeValidator(_to_decimal(MONEY_DECIMALS, allow_currency=True)),
    Field(ge=0),
    WithJsonSchema(_MONEY_SCHEMA),
]
"""An amount in euros: at most two decimals, never negative."""

Saldo = Annotated[
    Decimal,
    BeforeValidator(_to_decimal(MONEY_DECIMALS, allow_currency=True)),
    WithJsonSchema(_SIGNED_MONEY_SCHEMA),
]
"""A signed amount in euros (``+/+ € 78.525,00``, ``-/- € 1.000,00``)."""

Factor = Annotated[
    Decimal,
    BeforeValidator(_to_decimal(FACTOR_DECIMALS, allow_currency=False)),
    Field(ge=0),
    WithJsonSchema(_FACTOR_SCHEMA),
]
"""A non-negative quantity such as days of delay or residents (``182,5``, ``6.1``)."""

Aantal = Annotated[
    int,
    BeforeValidator(_to_whole),
    Field(ge=0),
    WithJsonSchema(_WHOLE_SCHEMA),
]
"""A whole, non-negative number."""

Datum = Annotated[
    date,
    BeforeValidator(_to_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]
JaNee = Annotated[
    bool,
    BeforeValidator(_to_bool),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "boolean"},
                {"type": "string", "pattern": r"^\s*([jJ][aA]|[nN][eE][eE])\s*$"},
            ]
        }
    ),
]
"""A yes/no answer: ``true``/``false`` or ``ja``/``nee`` (any case)."""
Tekst = str

Rol = Literal[
    "gemeente",
    "zorgkantoor",
    "zorgverzekeraar",
    "zorgaanbieder",
    "welzijnsorganisatie",
    "vrijwilligersinitiatief",
    "andere",
]
Variant = Literal["cofinanciering", "centraal_persoon"]
Domein = Literal["wmo", "zvw", "wlz", "jeugdwet", "overig"]
CHOICES: dict[str, tuple[str, ...]] = {
    "rol": get_args(Rol),
    "variant": get_args(Variant),
    "domein": get_args(Domein),
}
"""The fields whose value is one of a fixed set, by name: read as people type them
(:func:`_choice`)."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _choices_as_typed(cls, data: Any) -> Any:
        """``rol: Zorgkantoor`` is the choice ``zorgkantoor`` (see :func:`_choice`)."""
        if isinstance(data, dict) and any(name in data for name in CHOICES):
            fields = fields_of(cls)
            names = [name for name in CHOICES if name in data and name in fields]
            data = {**data, **{name: _choice(CHOICES[name])(data[name]) for name in names}}
        return data


class Experiment(_Model):
    """Form part 1, 'Looptijd van het experiment', and the experiment's identity."""

    naam: Tekst | None = Field(None, description="Naam van het experiment")
    gemeente: Tekst | None = Field(None, description="Aanvragende (coördinerende) gemeente")
    variant: Variant | None = Field(
        None,
        description="cofinanciering (≥ 20 % cofinanciering, ≤ 80 % uitkering) of "
        "centraal_persoon (vaste uitkering per geïncludeerde cliënt)",
    )
    startdatum: Datum | None = Field(
        None, description="Beoogde startdatum: het moment dat de eerste inwoner kan worden geholpen"
    )
    einddatum: Datum | None = Field(None, description="Tot wanneer loopt het experiment?")
    voorbereiding: Tekst | None = Field(
        None, description="Hoeveel tijd is er (nog) nodig voor de voorbereidingen vóór de start?"
    )


class Contactpersoon(_Model):
    naam: Tekst | None = None
    email: Tekst | None = None
    telefoon: Tekst | None = None


class Partij(_Model):
    """Form part 1, 'Contactgegevens van samenwerkende partijen'."""

    rol: Rol | None = Field(None, description="Rol van de partij in het experiment")
    organisatie: Tekst | None = Field(None, description="Naam van de organisatie")
    toegezegd: JaNee | None = Field(None, description="Heeft de partij samenwerking toegezegd?")
    taak: Tekst | None = Field(None, description="Wat doet deze partij in het experiment?")
    contactpersonen: tuple[Contactpersoon, ...] | None = None


class Thema(_Model):
    thema: Tekst | None = None
    huidig: Tekst | None = Field(None, description="Wat is de huidige werkwijze/aanpak?")
    experiment: Tekst | None = Field(
        None, description="Wat is de aanpak in het experiment en waarin verschilt die?"
    )


class Werkwijze(_Model):
    beschrijving: Tekst | None = Field(
        None, description="Hoe pakt u het experiment aan en welke activiteiten voert u uit?"
    )
    themas: tuple[Thema, ...] | None = None


class Monitoring(_Model):
    deelname: JaNee | None = Field(
        None, description="Neemt de gemeente deel aan de verplichte monitor (VU)?"
    )
    toelichting: Tekst | None = None


class Beschrijving(_Model):
    """Form part 1: doelstelling, doelgroep & context, werkwijze, monitoring,
    samenwerking and borging."""

    doelstelling: Tekst | None = Field(
        None,
        description="Welk maatschappelijk vraagstuk, welk centraal doel, welke andere effecten?",
    )
    doelgroep: Tekst | None = Field(None, description="Primaire doelgroep(en)")
    nog_geen_wlz_zorg: JaNee | None = Field(
        None,
        description="Richt het experiment zich op inwoners die nog geen Wlz-zorg ontvangen? "
        "(voorwaarde van de regeling)",
    )
    gebied: Tekst | None = Field(None, description="Op welk geografisch gebied is het gericht?")
    aantal_inwoners: Aantal | None = Field(
        None, description="Hoeveel (kwetsbare) inwoners beoogt u te helpen?"
    )
    ontwikkeling: Tekst | None = Field(None, description="Verwachte ontwikkeling van dat aantal")
    aansluitende_initiatieven: Tekst | None = None
    werkwijze: Werkwijze | None = None
    hypothesen: Tekst | None = Field(None, description="Welke hypothesen zitten achter de aanpak?")
    noodzaak_uitkering: Tekst | None = Field(
        None,
        description="Waarom is een uitkering nodig; waarom kan het niet in de huidige praktijk?",
    )
    monitoring: Monitoring | None = None
    samenwerking: Tekst | None = Field(
        None, description="Hoe ziet de samenwerking eruit, met rolverdeling?"
    )
    borging: Tekst | None = Field(None, description="Hoe zijn de afspraken geborgd?")
    vervolg: Tekst | None = Field(
        None, description="Vervolg en bekostiging na afloop van de looptijd"
    )


class Kostenpost(_Model):
    """One row of 'Initiële projectkosten' or 'Uitvoeringskosten'."""

    kostenpost: Tekst | None = None
    beschrijving: Tekst | None = None
    uitvoerder: Tekst | None = Field(None, description="Wie voert de activiteiten uit?")
    bedrag: Bedrag | None = None
    domein: Domein | None = Field(None, description="Domein waarin de kosten vallen")
    tarief: Tekst | None = Field(None, description="Sleutel van een tarief uit de prijslijst")
    aantal: Factor | None = Field(
        None,
        description="Aantal eenheden (uren, dagen, ...) van het tarief; bedrag ÷ aantal wordt "
        "vergeleken met de prijslijst",
    )
    onderbouwing_tarief: Tekst | None = Field(
        None, description="Onderbouwing van een tarief dat afwijkt van de prijslijst"
    )


class Kosten(_Model):
    initieel: tuple[Kostenpost, ...] | None = None
    uitvoering: tuple[Kostenpost, ...] | None = None


class Bijdrage(_Model):
    partij: Tekst | None = None
    bedrag: Bedrag | None = None


class Financiering(_Model):
    bijdragen: tuple[Bijdrage, ...] | None = None
    uitkering: Bedrag | None = Field(None, description="Aangevraagde uitkering (SPUK DOS)")
    aantal_clienten: Aantal | None = Field(
        None, description="Aantal te includeren cliënten (variant centraal persoon)"
    )
    totaal: Bedrag | None = Field(None, description="Totaal financiering, zoals opgegeven")


class Uitstel(_Model):
    """A × B × C: days of delay × residents × average cost per resident per day."""

    dagen: Factor | None = Field(None, description="(A) verwacht uitstel, in dagen")
    toelichting_dagen: Tekst | None = None
    inwoners: Factor | None = Field(
        None, description="(B) aantal inwoners voor wie uitstel verwacht wordt"
    )
    toelichting_inwoners: Tekst | None = None
    kosten_per_dag: Bedrag | None = Field(
        None, description="(C) gemiddelde kosten per inwoner per dag"
    )
    toelichting_kosten: Tekst | None = None
    tarief: Tekst | None = Field(None, description="Sleutel van het tarief in de prijslijst")
    onderbouwing_tarief: Tekst | None = Field(
        None, description="Onderbouwing van een tarief (C) dat afwijkt van de prijslijst"
    )
    totaal: Bedrag | None = Field(None, description="A × B × C, zoals opgegeven")


class OverigeBesparing(_Model):
    omschrijving: Tekst | None = None
    domein: Domein | None = None
    bedrag: Bedrag | None = None
    toelichting: Tekst | None = None


class KwalitatieveBaat(_Model):
    baat: Tekst | None = None
    onderbouwing: Tekst | None = None


DELAY_ROUTES: tuple[str, str] = ("uitstel_mpt_vpt", "uitstel_intramuraal")
"""The two Wlz routes of form section 12 (A × B × C each): their keys under ``baten``, and
the names of their figures in the calculation."""


def delay_blocks(baten: Baten | None) -> Iterator[tuple[str, Uitstel | None]]:
    """Each Wlz route (:data:`DELAY_ROUTES`) with its A × B × C block (None if absent)."""
    for route in DELAY_ROUTES:
        yield route, getattr(baten, route) if baten is not None else None


class Baten(_Model):
    uitstel_mpt_vpt: Uitstel | None = Field(
        None, description="Besparing door uitstel van Wlz-zorg in de vorm van MPT of VPT"
    )
    uitstel_intramuraal: Uitstel | None = Field(
        None, description="Besparing door uitstel van opname in een intramurale setting"
    )
    overige: tuple[OverigeBesparing, ...] | None = Field(
        None, description="Overige besparingen, bijvoorbeeld in Wmo of Zvw"
    )
    kwalitatief: tuple[KwalitatieveBaat, ...] | None = None


class Opgave(_Model):
    """Totals as the applicant stated them; each is checked against the computation."""

    initiele_kosten: Bedrag | None = None
    uitvoeringskosten: Bedrag | None = None
    totaal_kosten: Bedrag | None = None
    overige_besparingen: Bedrag | None = None
    totaal_baten: Bedrag | None = None
    saldo: Saldo | None = Field(None, description="Totaal financieel effect (baten − kosten)")


Invoerwaarde = Annotated[
    Decimal,
    BeforeValidator(_to_decimal(FACTOR_DECIMALS, allow_currency=True)),
    Field(ge=0),
    WithJsonSchema(_INPUT_SCHEMA),
]
"""The new value of one input in a scenario: days, residents or an amount (an amount may
carry a € sign; at most two decimals for an amount, four otherwise, checked per input)."""

SCENARIO_INPUT_PATTERN = (
    rf"^(baten\.({'|'.join(DELAY_ROUTES)})\.(dagen|inwoners|kosten_per_dag)"
    r"|baten\.overige\[[0-9]+\]\.bedrag|kosten\.(initieel|uitvoering)\[[0-9]+\]\.bedrag)$"
)
"""The inputs a scenario can change, as data paths (checked against the file itself by
:mod:`spukdos_cli.compute.analysis`; the pattern lets an editor check the spelling)."""


class Scenario(_Model):
    """A named variant of the case (``spukdos analyse``): chosen inputs get another value."""

    naam: Tekst | None = Field(None, description="Naam van het scenario")
    toelichting: Tekst | None = Field(None, description="Waarom deze waarden?")
    wijzigingen: dict[str, Invoerwaarde] | None = Field(
        None,
        description="Welke invoer krijgt in dit scenario een andere waarde? Per regel het pad "
        "van de invoer en de nieuwe waarde: A, B of C van een uitstelbesparing, het bedrag van "
        "een overige besparing of van een kostenpost (de eerste post heeft nummer 0).",
        json_schema_extra={"propertyNames": {"pattern": SCENARIO_INPUT_PATTERN}},
    )


class AdviesZorgkantoor(_Model):
    """The advice of the regional care office (zorgkantoor) that DUS-I asks with every
    application: part of the application form, not of the businesscase format, so the
    whole section is optional here (source 002)."""

    zorgkantoor: Tekst | None = Field(None, description="Welk zorgkantoor heeft geadviseerd?")
    adviseur: Tekst | None = Field(None, description="Wie heeft het advies opgesteld?")
    datum: Datum | None = Field(None, description="Datum van het advies")
    vermindert_wlz_kosten: JaNee | None = Field(
        None,
        description="Concludeert het advies dat het experiment bijdraagt aan het verminderen "
        "van de kosten in de Wlz?",
    )
    kosten_niet_hoger_dan_baten: JaNee | None = Field(
        None,
        description="Concludeert het advies dat de totale kosten (in diverse domeinen) niet "
        "hoger zijn dan de baten?",
    )
    tekst: Tekst | None = Field(None, description="De tekst van het advies")


class Businesscase(_Model):
    """One SPUK DOS application (format version 1)."""

    model_config = ConfigDict(title="SPUK DOS businesscase")

    spukdos: Annotated[
        Literal[1],
        BeforeValidator(_to_whole),
        WithJsonSchema({"enum": [1, "1"]}),  # spukdos reads "1" too; editors should agree
    ] = Field(description="Versie van het bestandsformaat (1)")
    regeling_jaar: Aantal | None = Field(None, description="Jaar van de regeling (bijv. 2025)")
    experiment: Experiment | None = None
    partijen: tuple[Partij, ...] | None = None
    beschrijving: Beschrijving | None = None
    kosten: Kosten | None = None
    financiering: Financiering | None = None
    baten: Baten | None = None
    opgave: Opgave | None = None
    advies_zorgkantoor: AdviesZorgkantoor | None = Field(
        None,
        description="Geen vraag van het businesscase-format, wel een verplicht onderdeel van "
        "de aanvraag (DUS-I): het advies van het regionale zorgkantoor.",
    )
    scenarios: tuple[Scenario, ...] | None = Field(
        None,
        description="Geen vraag van het format: scenario's voor 'spukdos analyse'. Hoe ziet de "
        "businesscase eruit als aannames tegenvallen of meevallen? Eén blok per scenario; "
        "'spukdos analyse' rekent elk scenario door en zet de oordelen naast elkaar.",
    )


def fields_of(cls: type[BaseModel]) -> dict[str, FieldInfo]:
    """The fields of a model class by name.

    ``cls.model_fields`` is that dict at run time in every supported Pydantic, but its
    declared type differs between releases (a callable in 2.10); this keeps one spelling
    that type-checks with all of them.
    """
    fields: Any = cls.model_fields
    return dict(fields)


def _models(base: type[BaseModel]) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    for sub in base.__subclasses__():
        found += [sub, *_models(sub)]
    return found


YES_NO_FIELDS: frozenset[str] = frozenset(
    name
    for cls in _models(_Model)
    for name, info in fields_of(cls).items()
    if info.annotation is JaNee or JaNee in get_args(info.annotation)
)
"""The names of the fields that hold a yes/no answer (``toegezegd``, ``deelname``, ...)."""


def as_meant(name: str, written: str) -> str | None:
    """How a choice or a yes/no answer written as ``written`` under the key ``name`` is
    read, when that differs from how it is written (``Zorgkantoor`` -> ``zorgkantoor``,
    ``Ja.`` -> ``ja``); None when it is written as the file format spells it, or is no
    choice this field has."""
    if name in CHOICES:
        read = _choice(CHOICES[name])(written)
        return read if read != written and read in CHOICES[name] else None
    if name in YES_NO_FIELDS:
        word = _as_typed(written)
        return word if word in _JA_NEE and written.strip().lower() != word else None
    return None
