"""The Patients screen: search as you type, create and edit with validation, the
duplicate warning, and the keys that open a chart and come back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from console.domain.chart import Patient
from console.ui.patients.patient_dialog import PatientDialog
from console.ui.patients.patient_model import PatientTableModel
from console.ui.patients.patients_page import PatientsPage
from console.ui.shell.context import AppContext
from tests.integration.ui_helpers import add_patient, make_context, open_repo


@pytest.fixture
def context(db_path: Path) -> Iterator[AppContext]:
    repo = open_repo(db_path)
    add_patient(repo, record_number="R-100")
    add_patient(
        repo,
        given_name="Joseph",
        family_name="Smith",
        record_number="R-200",
        date_of_birth=dt.date(1955, 7, 1),
    )
    add_patient(
        repo,
        given_name="María",
        family_name="Peña",
        record_number="R-300",
        date_of_birth=dt.date(1991, 12, 24),
        language="es",
    )
    repo.close()
    context = make_context(db_path)
    yield context
    context.close()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> PatientsPage:
    page = PatientsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    return page


def names(page: PatientsPage) -> list[str]:
    column = page.model.column("name")
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_patient_model_has_named_columns_without_a_view() -> None:
    patient = Patient(
        id=7, record_number="R-7", given_name="Inés", family_name="Ibáñez",
        date_of_birth=dt.date(1950, 6, 30), language="es", diagnosis="ankle sprain",
        notes=None, created_at=None, updated_at=None,
    )  # fmt: skip
    model = PatientTableModel(today=dt.date(2026, 6, 29))
    model.set_rows([patient])
    assert model.rowCount() == 1 and model.columnCount() == len(model.COLUMNS)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["Ibáñez, Inés", "1950-06-30", "75", "R-7", "Spanish", "ankle sprain"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.row_of(7) == 0 and model.row_of(8) is None
    model.set_rows([])
    assert model.rowCount() == 0


def test_search_as_you_type_ignores_accents_and_case(qtbot: QtBot, page: PatientsPage) -> None:
    assert len(names(page)) == 3
    page.search.setFocus()
    qtbot.keyClicks(page.search, "jose")
    assert "Núñez, José" in names(page)
    assert "Peña, María" not in names(page)
    page.search.clear()
    qtbot.keyClicks(page.search, "NUNEZ")
    assert names(page) == ["Núñez, José"]
    page.search.clear()
    qtbot.keyClicks(page.search, "1991-12")
    assert names(page) == ["Peña, María"]
    page.search.clear()
    qtbot.keyClicks(page.search, "r-200")
    assert names(page) == ["Smith, Joseph"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody")
    assert names(page) == []
    assert "No patient matches" in page.count.text()


def dialog_of(page: PatientsPage) -> PatientDialog:
    dialog = page.dialog
    assert isinstance(dialog, PatientDialog)
    return dialog


def save(qtbot: QtBot, dialog: PatientDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_patient_shows_each_problem_beside_its_field(qtbot: QtBot, page: PatientsPage) -> None:
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(page)
    assert dialog.isVisible() and dialog.windowTitle() == "New patient"

    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["given_name"].isVisible()
    assert "given name" in dialog.errors["given_name"].text()
    assert dialog.errors["family_name"].isVisible()
    assert not dialog.errors["date_of_birth"].isVisible()

    # (QTest types ASCII only: accented names are set as text.)
    dialog.given_name.setText("Lucía")
    dialog.family_name.setText("Fernández")
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    qtbot.keyClicks(dialog.date_of_birth, future)
    save(qtbot, dialog)
    assert not dialog.errors["given_name"].isVisible()
    assert dialog.errors["date_of_birth"].text() == "The date of birth is in the future."

    dialog.date_of_birth.setText("03/02/1984")
    qtbot.keyClicks(dialog.record_number, "R-300")  # María's: shown with the other problem
    save(qtbot, dialog)
    assert "year-month-day" in dialog.errors["date_of_birth"].text()
    assert "belongs to another patient" in dialog.errors["record_number"].text()
    dialog.record_number.clear()

    dialog.date_of_birth.setText("1984-03-02")
    qtbot.keyClicks(dialog.record_number, "R-300")  # María's
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "belongs to another patient" in dialog.errors["record_number"].text()
    assert not dialog.errors["date_of_birth"].isVisible()

    dialog.record_number.clear()  # empty: the next free number is assigned
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.keyClicks(dialog.diagnosis, "cervical radiculopathy C6")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert dialog.patient_id is not None
    patient = page.context.repository.patients.get(dialog.patient_id)
    assert (patient.given_name, patient.language) == ("Lucía", "es")
    assert patient.record_number and patient.diagnosis == "cervical radiculopathy C6"
    # The list shows the new patient, chosen.
    assert page.current_patient_id() == dialog.patient_id


def test_likely_duplicate_warns_and_can_be_overridden(qtbot: QtBot, page: PatientsPage) -> None:
    dialog = page.new_patient()
    assert dialog is not None
    qtbot.keyClicks(dialog.given_name, "JOSE")
    dialog.family_name.setText("nuñez")
    qtbot.keyClicks(dialog.date_of_birth, "1980-02-03")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.duplicate_warning.isVisible()
    assert "R-100" in dialog.duplicate_text.text()
    assert dialog.save_button.text() == "Save &anyway"
    count = len(page.context.repository.patients.all())

    # Changing the identity asks again; the same identity saved again is the override.
    dialog.given_name.setText("Josefa")
    assert not dialog.duplicate_warning.isVisible()
    dialog.given_name.setText("José")
    save(qtbot, dialog)
    assert dialog.duplicate_warning.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert len(page.context.repository.patients.all()) == count + 1


def test_edit_patient_and_the_list_follows(qtbot: QtBot, page: PatientsPage) -> None:
    page.search.setText("peña")
    assert names(page) == ["Peña, María"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(page)
    assert dialog.windowTitle() == "Edit patient"
    assert dialog.record_number.text() == "R-300"
    dialog.record_number.clear()
    save(qtbot, dialog)
    assert dialog.errors["record_number"].text() == "Enter the record number."
    dialog.record_number.setText("R-301")
    dialog.family_name.setText("Peña Gómez")
    notes = "Prefers morning appointments."
    dialog.notes.setPlainText(notes)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: names(page) == ["Peña Gómez, María"])
    patient = page.context.repository.patients.get(page.model.patient(0).id)
    assert (patient.record_number, patient.notes) == ("R-301", notes)


def test_enter_opens_the_chart_and_alt_left_comes_back(qtbot: QtBot, page: PatientsPage) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, "smith")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.showing_chart()
    assert "Joseph Smith" in page.chart.name.text()
    qtbot.keyClick(page.chart.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.showing_chart()
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.showing_chart()


def test_a_database_that_cannot_be_opened_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database, " * 100)
    context = make_context(broken)
    page = PatientsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert "damaged or is not a PNF Console database" in page.count.text()
    assert page.new_patient() is None
    context.close()


def test_a_new_patient_starts_in_the_interface_language(qtbot: QtBot, db_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from console.storage.repository import Repository
    from console.ui.patients.patient_dialog import PatientDialog

    repo = Repository.open(db_path)
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish))
        spanish = PatientDialog(repo, None)
        qtbot.addWidget(spanish)
        assert spanish.language.currentData() == "es"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        english = PatientDialog(repo, None)
        qtbot.addWidget(english)
        assert english.language.currentData() == "en"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        repo.close()
