"""A reviewer's set of one-mistake applications (issue 26): 55 copies of the reference
application (``examples/amstelveen.yaml``), each with one realistic mistake.

Where a mistake changes a figure the file also states as a total (A × B × C, the costs,
the financing, the net effect), the stated totals are changed with it, as an applicant
who recalculates would: what is left is the mistake itself, not an arithmetic slip. Each
mistake names the code that must find it (a note for the two contradictions between text
and data, which the issue asks to report as notes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from tests.conftest import AMSTELVEEN

REFERENCE = AMSTELVEEN.read_text(encoding="utf-8")
D = Decimal
CENT = D("0.01")
COSTS = D("780000.00")


@dataclass(frozen=True)
class Mistake:
    name: str
    expected: str
    """The code that must be among the findings."""
    make: Callable[[str], str]


def sub(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    """A text edit that must apply (the mistake must change the file)."""

    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, count)

    return edit


def _money(value: Decimal) -> str:
    return f"{value.quantize(CENT, ROUND_HALF_UP):.2f}"


def _saldo(text: str, delta: Decimal) -> str:
    """The stated net effect moved by ``delta``."""
    match = re.search(r"\n  saldo: (\S+)", text)
    assert match is not None
    new = f"\n  saldo: {_money(D(match.group(1)) + delta)}"
    return text.replace(match.group(0), new, 1)


def route(
    name: str, dagen: str | None = None, inwoners: str | None = None, kosten: str | None = None
) -> Callable[[str], str]:
    """Change A, B or C of a delay route, with its stated total and the net effect."""

    def edit(text: str) -> str:
        start = text.index(f"  {name}:\n")
        end = (
            text.index("\n  u", start + 3)
            if name == "uitstel_mpt_vpt"
            else text.index("\n  overige:", start)
        )
        block = text[start:end]
        values = {}
        for key, new in (("dagen", dagen), ("inwoners", inwoners), ("kosten_per_dag", kosten)):
            match = re.search(rf"\n    {key}: (\S+)", block)
            assert match is not None
            if new is not None:
                block = block.replace(match.group(0), f"\n    {key}: {new}", 1)
            values[key] = D(new if new is not None else match.group(1))
        old_total = D(re.search(r"\n    totaal: (\S+)", block).group(1))  # type: ignore[union-attr]
        total = (values["dagen"] * values["inwoners"] * values["kosten_per_dag"]).quantize(
            CENT, ROUND_HALF_UP
        )
        block = block.replace(f"totaal: {_money(old_total)}", f"totaal: {_money(total)}")
        return _saldo(text[:start] + block + text[end:], total - old_total)

    return edit


def add_cost(group: str, post: str, amount: str) -> Callable[[str], str]:
    """Add a cost post (YAML lines of one list item) and make the financing, the stated
    costs and the net effect follow: 80 % grant, 10 % each from the two partners."""

    def edit(text: str) -> str:
        extra = D(amount)
        total = COSTS + extra
        anchor = "      bedrag: 0.00\n" if group == "initieel" else "      bedrag: 25000.00\n"
        assert anchor in text
        text = text.replace(anchor, anchor + post, 1)
        share = _money(total / 10)
        text = text.replace("      bedrag: 78000.00\n", f"      bedrag: {share}\n", 2)
        text = text.replace("uitkering: 624000.00", f"uitkering: {_money(total * 8 / 10)}")
        text = text.replace("  totaal: 780000.00", f"  totaal: {_money(total)}")
        key = "initiele_kosten: 0.00" if group == "initieel" else "uitvoeringskosten: 780000.00"
        stated = extra if group == "initieel" else total
        text = text.replace(key, f"{key.split(':')[0]}: {_money(stated)}")
        return _saldo(text, -extra)

    return edit


def saving(
    omschrijving: str | None = None, toelichting: str | None = None, domein: str | None = None
) -> Callable[[str], str]:
    """Reword the other saving (its amount unchanged)."""

    def edit(text: str) -> str:
        old = '    - omschrijving: "Overige besparingen (bijvoorbeeld in Wmo of in Zvw)"\n'
        new = f'    - omschrijving: "{omschrijving or "Overige besparingen (bijvoorbeeld in Wmo of in Zvw)"}"\n'  # noqa: E501
        if domein:
            new += f"      domein: {domein}\n"
        text = sub(old, new)(text)
        if toelichting:
            text = sub('      toelichting: "schatting"\n', f'      toelichting: "{toelichting}"\n')(
                text
            )
        return text

    return edit


def post(name: str, description: str, executor: str, amount: str) -> str:
    """One cost post as YAML lines of a list item."""
    return (
        f'    - kostenpost: "{name}"\n      beschrijving: "{description}"\n'
        f'      uitvoerder: "{executor}"\n      bedrag: {amount}\n'
    )


def chain(*edits: Callable[[str], str]) -> Callable[[str], str]:
    def edit(text: str) -> str:
        for one in edits:
            text = one(text)
        return text

    return edit


ADVICE = """
advies_zorgkantoor:
  zorgkantoor: "Zorg & Zekerheid"
  adviseur: "S. Visser"
  datum: 2024-11-15
  vermindert_wlz_kosten: true
  kosten_niet_hoger_dan_baten: true
  tekst: "Het zorgkantoor adviseert positief over het experiment."
"""
"""A complete, positive advice that fits the reference application (no finding)."""


def advice(old: str = "", new: str = "") -> Callable[[str], str]:
    return lambda text: text + (ADVICE.replace(old, new, 1) if old else ADVICE)


PARTICIPE_AGAIN = """\
  - rol: welzijnsorganisatie
    organisatie: "Participe Amstelland"
    toegezegd: true
    contactpersonen:
      - naam: "Ruud Smit"
        email: "r.smit@welzijnsorganisatie.example"
        telefoon: "06-12345604"

"""
BRENTANO_AGAIN = PARTICIPE_AGAIN.replace("welzijnsorganisatie", "zorgaanbieder").replace(
    '"Participe Amstelland"', '"Brentano Amstelveen"'
)
BEFORE_VOLUNTEERS = "  # Het vrijwilligersinitiatief loopt via"
OFFICE_COMMITTED = '    organisatie: "Zorg & Zekerheid"\n    toegezegd: true\n    taak: |\n'
MONITORING = (
    "    deelname: true                 # verplichte monitorparagraaf aanwezig, deelname niet "
    "geweigerd\n"
)
TARGET = "  gebied: |\n"

MISTAKES: tuple[Mistake, ...] = (
    # -- arithmetic and stated totals (earlier rounds) ----------------------------------------
    Mistake("MPT total mistyped", "A001", sub("totaal: 317276.25", "totaal: 371276.25")),
    Mistake("intramural total mistyped", "A001", sub("totaal: 420589.50", "totaal: 402589.50")),
    Mistake(
        "stated execution costs",
        "A001",
        sub("uitvoeringskosten: 780000.00", "uitvoeringskosten: 78000.00"),
    ),
    Mistake("stated net effect", "A001", sub("saldo: 78525.00", "saldo: 87525.00")),
    Mistake(
        "stated other savings",
        "A001",
        sub("overige_besparingen: 120659.25", "overige_besparingen: 120695.25"),
    ),
    Mistake("stated financing total", "A001", sub("  totaal: 780000.00", "  totaal: 870000.00")),
    Mistake("a post ten times too high", "R001", sub("bedrag: 50000.00", "bedrag: 500000.00")),
    # -- financing ------------------------------------------------------------------------------
    Mistake(
        "grant one cent over 80 %", "R002", sub("uitkering: 624000.00", "uitkering: 624000.01")
    ),
    Mistake(
        "co-financing short", "R001", sub("      bedrag: 78000.00\n", "      bedrag: 58000.00\n")
    ),
    Mistake(
        "financier not a party",
        "R006",
        sub('partij: "Stichting Brentano Amstelveen"', 'partij: "Stichting Brentano Amsterdam"'),
    ),
    Mistake(
        "variant centraal persoon without clients",
        "C001",
        sub("variant: cofinanciering", "variant: centraal_persoon"),
    ),
    # -- parties --------------------------------------------------------------------------------
    Mistake(
        "care office not committed",
        "R010",
        sub(OFFICE_COMMITTED, OFFICE_COMMITTED.replace("true", "false")),
    ),
    Mistake(
        "invalid e-mail", "R011", sub("m.jansen@gemeente.example", "m.jansen.gemeente.example")
    ),
    Mistake("invalid phone", "R012", sub('telefoon: "06-12345601"', 'telefoon: "06-1234"')),
    Mistake(
        "largest post by an outsider",
        "R013",
        sub(
            'uitvoerder: "Brentano, Participe Amstelland, Stadsdorp Elsrijk"',
            'uitvoerder: "Zorgbureau De Linde"',
        ),
    ),
    Mistake(
        "executor misspelt",
        "R013",
        sub(
            'uitvoerder: "Brentano en Participe Amstelland"',
            'uitvoerder: "Brentanno en Participe Amstelland"',
        ),
    ),
    Mistake(
        "executor an adviser not a party",
        "R013",
        sub(
            '      uitvoerder: "Brentano en Participe Amstelland"\n      bedrag: 50000.00',
            '      uitvoerder: "Adviesbureau Berenschot"\n      bedrag: 50000.00',
        ),
    ),
    Mistake(
        "a party listed twice", "R014", sub(BEFORE_VOLUNTEERS, PARTICIPE_AGAIN + BEFORE_VOLUNTEERS)
    ),
    Mistake(
        "a party twice without its legal form",
        "R014",
        sub(BEFORE_VOLUNTEERS, BRENTANO_AGAIN + BEFORE_VOLUNTEERS),
    ),
    # -- term, year and dates -------------------------------------------------------------------
    Mistake("end before start", "R020", sub("einddatum: 2025-12-31", "einddatum: 2024-12-31")),
    Mistake(
        "experiment a year late",
        "R021",
        chain(
            sub("startdatum: 2025-01-01", "startdatum: 2026-01-01"),
            sub("einddatum: 2025-12-31", "einddatum: 2026-12-31"),
        ),
    ),
    Mistake(
        "experiment runs past the period",
        "R022",
        sub("einddatum: 2025-12-31", "einddatum: 2026-06-30"),
    ),
    Mistake(
        "grant year 2024 on a 2025 experiment",
        "R023",
        sub("regeling_jaar: 2025", "regeling_jaar: 2024"),
    ),
    Mistake(
        "grant year 2026 on a 2025 experiment",
        "R024",
        sub("regeling_jaar: 2025", "regeling_jaar: 2026"),
    ),
    Mistake("advice two years old", "R055", advice("datum: 2024-11-15", "datum: 2023-03-01")),
    Mistake("advice after the start", "R055", advice("datum: 2024-11-15", "datum: 2025-03-15")),
    Mistake(
        "advice negative",
        "R051",
        advice("vermindert_wlz_kosten: true", "vermindert_wlz_kosten: false"),
    ),
    Mistake(
        "advice from the municipality",
        "R054",
        advice('zorgkantoor: "Zorg & Zekerheid"', 'zorgkantoor: "Gemeente Amstelveen"'),
    ),
    # -- monitoring and target group ------------------------------------------------------------
    Mistake("monitor refused", "R030", sub("    deelname: true ", "    deelname: false ")),
    Mistake("monitor not answered", "R031", sub(MONITORING, "")),
    Mistake(
        "target group already in the Wlz",
        "R040",
        sub(TARGET, "  nog_geen_wlz_zorg: false\n" + TARGET),
    ),
    # -- A, B and C -----------------------------------------------------------------------------
    Mistake("more delayed than helped", "Q002", sub("aantal_inwoners: 7200", "aantal_inwoners: 5")),
    Mistake("no delay", "Q003", route("uitstel_intramuraal", dagen="0")),
    Mistake("two years of delay", "Q004", route("uitstel_mpt_vpt", dagen="730")),
    Mistake(
        "intramural rate decimal slipped", "Q012", route("uitstel_intramuraal", kosten="3340.00")
    ),
    Mistake("VPT rate a monthly rate", "Q012", route("uitstel_mpt_vpt", kosten="8664.00")),
    Mistake(
        "intramural rate a yearly rate", "Q012", route("uitstel_intramuraal", kosten="121910.00")
    ),
    Mistake("VPT rate decimal slipped down", "Q012", route("uitstel_mpt_vpt", kosten="2.85")),
    Mistake(
        "B over both routes above the target group",
        "Q010",
        sub("aantal_inwoners: 7200", "aantal_inwoners: 10"),
    ),
    Mistake(
        "same residents a full year in both routes",
        "Q011",
        chain(
            route("uitstel_mpt_vpt", dagen="365", inwoners="6.1"),
            route("uitstel_intramuraal", dagen="365", inwoners="6.1"),
        ),
    ),
    Mistake(
        "same residents 300 days in both routes",
        "Q011",
        chain(
            route("uitstel_mpt_vpt", dagen="300", inwoners="6.9"),
            route("uitstel_intramuraal", dagen="300", inwoners="6.9"),
        ),
    ),
    # -- other savings --------------------------------------------------------------------------
    Mistake(
        "fewer nursing-home admissions as other saving",
        "Q013",
        saving(omschrijving="Minder verpleeghuisopnames"),
    ),
    Mistake(
        "intramural care as other saving",
        "Q013",
        saving(toelichting="schatting: uitgestelde intramurale zorg voor 3 bewoners"),
    ),
    Mistake("other saving booked in the Wlz", "Q013", saving(domein="wlz")),
    Mistake(
        "contact without e-mail", "C001", sub('        email: "m.jansen@gemeente.example"\n', "")
    ),
    # -- costs ----------------------------------------------------------------------------------
    Mistake(
        "training as initial and as execution cost",
        "Q014",
        add_cost(
            "initieel",
            post(
                "Scholing en training",
                "Basiscursus en inspiratiesessies Positieve Gezondheid voor professionals en "
                "vrijwilligers",
                "Brentano",
                "35000.00",
            ),
            "35000.00",
        ),
    ),
    Mistake(
        "communication twice in execution",
        "Q014",
        add_cost(
            "uitvoering",
            post(
                "Communicatiemiddelen",
                "Inzet communicatie adviseurs en productie van communicatiemiddelen",
                "Participe Amstelland",
                "50000.00",
            ),
            "50000.00",
        ),
    ),
    Mistake(
        "project management again, near amount",
        "Q014",
        add_cost(
            "uitvoering",
            post(
                "Projectmanagement experiment",
                "Toezicht op voorbereiding, implementatie en borging.",
                "Participe Amstelland",
                "99500.00",
            ),
            "99500.00",
        ),
    ),
    Mistake(
        "same post name in both groups",
        "Q006",
        add_cost(
            "initieel",
            post(
                "Communicatie",
                "Huisstijl en website",
                "Brentano",
                "12000.00",
            ),
            "12000.00",
        ),
    ),
    Mistake(
        "rent in the contingency",
        "Q007",
        sub(
            "        - Administratie- & accountantskosten penhouders functie\n",
            "        - Administratie- & accountantskosten penhouders functie\n"
            "        - Huur van de wijkcentra\n",
        ),
    ),
    Mistake(
        "overhead on project management",
        "Q007",
        sub(
            "Ziet toe op voorbereiding, implementatie en borging.",
            "Ziet toe op voorbereiding, implementatie en borging, inclusief 10% overhead.",
        ),
    ),
    Mistake(
        "ICT management of the providers",
        "Q007",
        sub(
            "        - Productie communicatiemiddelen\n",
            "        - Productie communicatiemiddelen\n"
            "        - ICT-beheer van de zorgaanbieders\n",
        ),
    ),
    Mistake(
        "housing of the activities",
        "Q007",
        sub(
            'kostenpost: "Bemensing & uitvoering wijkactiviteiten"',
            'kostenpost: "Bemensing en huisvesting wijkactiviteiten"',
        ),
    ),
    # -- text against data (notes) --------------------------------------------------------------
    Mistake(
        "target group text with a Wlz indication",
        "Q015",
        chain(
            sub(TARGET, "  nog_geen_wlz_zorg: true\n" + TARGET),
            sub(
                "De focus ligt op thema's zoals",
                "Het gaat om ouderen met een Wlz-indicatie. De focus ligt op thema's zoals",
            ),
        ),
    ),
    Mistake(
        "cooperation text: care office not committed",
        "Q016",
        sub(
            "Zorg & Zekerheid/Zorgkantoor denkt mee over optimale inzet van middelen en adviseert "
            "op genomen\n    stappen.",
            "Het zorgkantoor heeft nog niet toegezegd.",
        ),
    ),
)
