"""Counts in the interface take Qt's plural forms (``%n``) in English and in Spanish, and
language names follow the interface language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.ui.patients.chart_page import ChartPage
from console.ui.patients.patients_page import PatientsPage
from console.ui.shell.context import AppContext
from console.ui.shell.i18n import install_language, source_file
from tests.integration.ui_helpers import add_patient, make_context, open_repo


def numerus_messages(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> plural forms of every ``%n`` message of a catalogue."""
    found = {}
    for context in ET.parse(source_file(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in message.iter("numerusform")]
                found[(name, message.findtext("source") or "")] = forms
    return found


def test_every_count_has_english_plural_forms() -> None:
    spanish, english = numerus_messages("es"), numerus_messages("en")
    assert set(spanish) <= set(english), set(spanish) - set(english)
    for key, forms in english.items():
        assert len(forms) == 2 and all("%n" in form for form in forms), key
        assert "(s)" not in "".join(forms), key


@pytest.fixture
def spanish_afterwards() -> Iterator[None]:
    yield
    install_language("en")


@pytest.fixture
def context(db_path: Path) -> Iterator[AppContext]:
    repo = open_repo(db_path)
    add_patient(repo, record_number="R-1", language="en")
    add_patient(repo, given_name="Ana", family_name="Peña", record_number="R-2", language="es")
    repo.close()
    context = make_context(db_path)
    yield context
    context.close()


def count_for(qtbot: QtBot, context: AppContext, search: str) -> str:
    page = PatientsPage(context)
    qtbot.addWidget(page)
    page.search.setText(search)
    qtbot.waitUntil(lambda: page.model.rowCount() == (1 if search else 2))
    return page.count.text()


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 patient", "2 patients"), ("es", "1 paciente", "2 pacientes")],
)
def test_patient_counts_take_the_plural_form(
    qtbot: QtBot,
    context: AppContext,
    spanish_afterwards: None,
    language: str,
    one: str,
    two: str,
) -> None:
    assert install_language(language)
    assert count_for(qtbot, context, "") == two
    assert count_for(qtbot, context, "peña") == one


@pytest.mark.parametrize(
    ("language", "english", "spanish"),
    [("en", "Handout: English", "Handout: Spanish"), ("es", "inglés", "español")],
)
def test_the_chart_names_the_handout_language_in_the_interface_language(
    qtbot: QtBot,
    context: AppContext,
    spanish_afterwards: None,
    language: str,
    english: str,
    spanish: str,
) -> None:
    assert install_language(language)
    page = ChartPage(context)
    qtbot.addWidget(page)
    ids = {p.record_number: p.id for p in context.repository.patients.all()}
    page.show_patient(ids["R-1"])
    assert english in page.facts.text()
    assert "English" not in page.facts.text() or language == "en"
    page.show_patient(ids["R-2"])
    assert spanish in page.facts.text()
    assert "Español" not in page.facts.text()
