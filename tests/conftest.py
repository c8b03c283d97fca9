"""Shared test helpers: the examples folder, a complete minimal businesscase, loaders."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from spukdos_cli.checks.pipeline import FileResult, check_loaded
from spukdos_cli.children import stop_helpers
from spukdos_cli.read.document import cache
from spukdos_cli.read.loader import load_text

ROOT = Path(__file__).resolve().parent.parent

# The suite tests the reader: every document is read afresh, in this process and in every
# spukdos it starts, and nothing is written to the cache in the user's home. The tests of
# the cache itself (tests/read/document/test_cache.py) turn it on with a folder of their own.
os.environ["SPUKDOS_NO_CACHE"] = "1"
EXAMPLES = ROOT / "examples"
AMSTELVEEN = EXAMPLES / "amstelveen.yaml"

# A complete, positive businesscase in the smallest form the rules allow. Costs 1.000,00;
# benefits 10 days × 2 residents × € 60,00 = 1.200,00 plus 5 × 1 × 100,00 = 500,00.
MINIMAL = textwrap.dedent(
    """\
    spukdos: 1
    regeling_jaar: 2025
    experiment:
      naam: "Proef"
      gemeente: "Voorbeeld"
      variant: cofinanciering
      startdatum: 2025-01-01
      einddatum: 2025-12-31
      voorbereiding: "Geen"
    partijen:
      - rol: gemeente
        organisatie: "Gemeente Voorbeeld"
        toegezegd: true
        contactpersonen:
          - {naam: "A. Test", email: "a@gemeente.example", telefoon: "06-12345678"}
      - rol: zorgkantoor
        organisatie: "Zorgkantoor Voorbeeld"
        toegezegd: true
        contactpersonen:
          - {naam: "B. Test", email: "b@zorgkantoor.example", telefoon: "06-12345679"}
      - rol: zorgaanbieder
        organisatie: "Zorgaanbieder Voorbeeld"
        toegezegd: true
        contactpersonen:
          - {naam: "C. Test", email: "c@aanbieder.example", telefoon: "020-1234567"}
    beschrijving:
      doelstelling: "Doel"
      doelgroep: "Ouderen"
      gebied: "Wijk"
      aantal_inwoners: 100
      werkwijze:
        beschrijving: "Aanpak"
        themas:
          - {thema: "Thema", huidig: "Nu", experiment: "Straks"}
      hypothesen: "Hypothese"
      noodzaak_uitkering: "Noodzaak"
      monitoring: {deelname: true}
      samenwerking: "Samen"
      borging: "Borging"
      vervolg: "Vervolg"
    kosten:
      initieel: []
      uitvoering:
        - {kostenpost: "Projectleider", beschrijving: "Leiding", uitvoerder: "Gemeente",
           bedrag: 600.00}
        - {kostenpost: "Training", beschrijving: "Scholing", uitvoerder: "Gemeente",
           bedrag: 400.00}
    financiering:
      bijdragen:
        - {partij: "Gemeente Voorbeeld", bedrag: 200.00}
      uitkering: 800.00
    baten:
      uitstel_mpt_vpt: {dagen: 10, inwoners: 2, kosten_per_dag: 60.00}
      uitstel_intramuraal: {dagen: 5, inwoners: 1, kosten_per_dag: 100.00}
      kwalitatief:
        - {baat: "Langer thuis", onderbouwing: "Omdat"}
    """
)


# MINIMAL with values the form has no place for, and values the body of the Word export can
# carry only sometimes: a municipality other than the gemeente party's name, a variant the
# financing does not show, a party that did not commit, a cost post's rate and number of
# units, and a scenario. `spukdos export` writes them in its appendix.
_EXTRAS_CHANGES = (
    ('  gemeente: "Voorbeeld"\n', '  gemeente: "Voorbeeldstad"\n'),
    ("  variant: cofinanciering\n", "  variant: centraal_persoon\n"),
    (
        '    organisatie: "Zorgaanbieder Voorbeeld"\n    toegezegd: true\n',
        '    organisatie: "Zorgaanbieder Voorbeeld"\n    toegezegd: false\n',
    ),
    (
        "       bedrag: 400.00}",
        '       bedrag: 400.00, domein: zvw, aantal: 12.5, tarief: "eigen-tarief",\n'
        '       onderbouwing_tarief: "Eigen tarief:\\nhoger door reistijd."}',
    ),
)
_EXTRAS_SCENARIO = textwrap.dedent(
    """\
    scenarios:
      - naam: "Minder uitstel"
        toelichting: |
          Als het uitstel tegenvalt:
          de helft van de dagen.
        wijzigingen:
          baten.uitstel_mpt_vpt.dagen: 5
          baten.uitstel_intramuraal.kosten_per_dag: 90
    """
)


def _with_extras() -> str:
    text = MINIMAL
    for old, new in _EXTRAS_CHANGES:
        assert old in text
        text = text.replace(old, new)
    return text + _EXTRAS_SCENARIO


WITH_EXTRAS = _with_extras()

CLI_ENV = {"COLUMNS": "100", "NO_COLOR": "1", "SPUKDOS_LANG": "nl"}
"""A fixed-width, colourless, Dutch terminal for CLI tests."""


def chromium() -> str | None:
    """A headless Chromium to render the HTML report with, when this machine has one."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def headless(browser: str, *flags: str) -> list[str]:
    """The command line of a headless Chromium that loads nothing from anywhere."""
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--proxy-server=127.0.0.1:9",  # nothing listens: a remote resource could not load
        *flags,
    ]


def run_cli(*args: str) -> tuple[int, str]:
    """Run spukdos in-process; its exit code and output."""
    from typer.testing import CliRunner

    from spukdos_cli.cli import app as cli

    result = CliRunner().invoke(cli.app, list(args), env=CLI_ENV)
    return result.exit_code, result.output


def write_case(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    """Write ``text`` to a YAML file in ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check_text(text: str, file: str = "test.yaml") -> FileResult:
    """Load and check YAML text as the check command does."""
    return check_loaded(load_text(text), file)


def codes(result: FileResult) -> list[str]:
    """All finding codes, in file order."""
    return [f.code for f in result.findings]


def problems(result: FileResult) -> list[str]:
    """The codes of errors and warnings (notes such as P005 left out)."""
    return [f.code for f in result.findings if f.severity.value != "info"]


@pytest.fixture
def minimal() -> str:
    return MINIMAL


@pytest.fixture(autouse=True)
def _no_reader_left() -> Iterator[None]:
    """A document reader process a test started in this process (``read/document/
    isolate.py``) ends with the test, as it ends with a run: tests that count this
    process's children see only their own."""
    yield
    stop_helpers()
    cache.disable()  # a run in this process turned it on (it is off in the suite anyway)
