"""Table model of patients (the Patients screen's list), testable without a view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt

from console.domain.chart import Patient
from console.ui.shell.table_model import NamedColumnsModel

PatientIdRole = Qt.ItemDataRole.UserRole + 1


class PatientTableModel(NamedColumnsModel[Patient]):
    """Rows are patients in the order given; columns are named so tests and views agree."""

    COLUMNS = ("name", "date_of_birth", "age", "record_number", "language", "diagnosis")
    ROW_ROLE = PatientIdRole

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()

    def set_rows(self, rows: list[Patient], today: dt.date | None = None) -> None:
        if today is not None:
            self.today = today
        self.replace_rows(rows)

    def patient(self, row: int) -> Patient:
        return self.row_at(row)

    def row_of(self, patient_id: int) -> int | None:
        for row, patient in enumerate(self._rows):
            if patient.id == patient_id:
                return row
        return None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Age"),
            self.tr("Record number"),
            self.tr("Language"),
            self.tr("Diagnosis"),
        ]

    def row_data(self, row: Patient) -> int:
        return row.id

    def text(self, patient: Patient, column: str) -> str:
        if column == "name":
            return f"{patient.family_name}, {patient.given_name}"
        if column == "date_of_birth":
            return patient.date_of_birth.isoformat() if patient.date_of_birth else ""
        if column == "age":
            age = patient.age(self.today)
            return "" if age is None else str(age)
        if column == "record_number":
            return patient.record_number
        if column == "language":
            return language_name(patient.language)
        return patient.diagnosis or ""


def language_name(code: str) -> str:
    """The handout language, named in the interface language ("inglés" in Spanish)."""
    if code == "en":
        return QCoreApplication.translate("LanguageName", "English")
    if code == "es":
        return QCoreApplication.translate("LanguageName", "Spanish")
    return code
