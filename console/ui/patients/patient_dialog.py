"""Create or edit a patient: validation messages beside the fields, and a warning when
the same name and date of birth are already on file (which the therapist may override).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import Patient
from console.domain.patients import PatientDetails, parse_date_of_birth
from console.domain.validation import ValidationError
from console.storage.errors import StorageError
from console.storage.patient_store import PATIENT_FIELDS
from console.storage.repository import Repository
from console.storage.rooms import Conflict
from console.ui.shell.conflict_dialog import Choice, ConflictDialog, ask, plain

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = (
    "QFrame#duplicateWarning { background: #fff4d6; border: 1px solid #c99a00;"
    " border-radius: 4px; }"
)


class PatientDialog(QDialog):
    """``patient`` None creates a new patient; ``patient_id`` holds the saved one's id."""

    def __init__(
        self,
        repository: Repository,
        therapist_id: int | None,
        patient: Patient | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.therapist_id = therapist_id
        self.patient = patient
        self.patient_id: int | None = patient.id if patient else None
        self._duplicates_accepted: tuple[str, str, dt.date | None] | None = None
        self.setWindowTitle(self.tr("New patient") if patient is None else self.tr("Edit patient"))
        self.setMinimumWidth(720)

        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText(self.tr("YYYY-MM-DD, e.g. 1984-03-02"))
        self.record_number = QLineEdit()
        if patient is None:
            self.record_number.setPlaceholderText(self.tr("Leave empty to assign the next number"))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.diagnosis = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)

        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        rows: list[tuple[str, str, QWidget]] = [
            ("given_name", self.tr("&Given name"), self.given_name),
            ("family_name", self.tr("&Family name"), self.family_name),
            ("date_of_birth", self.tr("&Date of birth"), self.date_of_birth),
            ("record_number", self.tr("&Record number"), self.record_number),
            ("language", self.tr("Handout &language"), self.language),
            ("diagnosis", self.tr("D&iagnosis"), self.diagnosis),
            ("notes", self.tr("&Notes"), self.notes),
        ]
        for row, (name, text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(error, row, 2)

        self.duplicate_warning = QFrame()
        self.duplicate_warning.setObjectName("duplicateWarning")
        self.duplicate_warning.setStyleSheet(WARNING_STYLE)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        warning_layout = QVBoxLayout(self.duplicate_warning)
        warning_layout.addWidget(self.duplicate_text)
        self.duplicate_warning.hide()

        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if patient is None and QLocale().language() == QLocale.Language.Spanish:
            # A new patient's handout starts in the interface language.
            self.language.setCurrentIndex(self.language.findData("es"))
        #: The saved details' version the form was filled from (several rooms).
        self.base_version = patient.row_version if patient is not None else None
        self.conflict_dialog: ConflictDialog | None = None
        if patient is not None:
            self._fill({name: getattr(patient, name) for name in PATIENT_FIELDS})
        for edit in (self.given_name, self.family_name, self.date_of_birth):
            edit.textChanged.connect(self._identity_changed)
        self.given_name.setFocus()

    # -- what the form holds --------------------------------------------------------

    def _fill(self, values: Mapping[str, Any]) -> None:
        self.given_name.setText(plain(values.get("given_name")))
        self.family_name.setText(plain(values.get("family_name")))
        self.date_of_birth.setText(plain(values.get("date_of_birth")))
        self.record_number.setText(plain(values.get("record_number")))
        self.language.setCurrentIndex(max(self.language.findData(values.get("language")), 0))
        self.diagnosis.setText(plain(values.get("diagnosis")))
        self.notes.setPlainText(plain(values.get("notes")))

    def _identity_changed(self) -> None:
        """A changed name or date of birth needs the duplicate check again."""
        self._duplicates_accepted = None
        self.duplicate_warning.hide()
        self.save_button.setText(self.tr("&Save"))

    def show_errors(self, problems: list[tuple[str, str]]) -> None:
        for name, label in self.errors.items():
            messages = [message for field, message in problems if field == name]
            label.setText(" ".join(messages))
            label.setVisible(bool(messages))
        unplaced = [message for field, message in problems if field not in self.errors]
        self.problem.setText(" ".join(unplaced))
        self.problem.setVisible(bool(unplaced))
        for field, _ in problems:
            if field in self.errors:
                self._widget(field).setFocus()
                break

    def _widget(self, field: str) -> QWidget:
        widget = getattr(self, field)
        assert isinstance(widget, QWidget)
        return widget

    def _details(self) -> PatientDetails:
        """The form as domain details (raises ValidationError with every problem)."""
        problems: list[tuple[str, str]] = []
        dob: dt.date | None = None
        try:
            dob = parse_date_of_birth(self.date_of_birth.text())
        except ValidationError as error:
            problems.extend(error.problems)
        details = PatientDetails(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            record_number=self.record_number.text(),
            date_of_birth=dob,
            language=str(self.language.currentData()),
            diagnosis=self.diagnosis.text(),
            notes=self.notes.toPlainText(),
        )
        try:
            details = details.validated(self.repository.today())
        except ValidationError as error:
            problems.extend(error.problems)
        if self.patient is not None and not details.record_number:
            problems.append(("record_number", self.tr("Enter the record number.")))
        elif details.record_number and self._record_number_taken(details.record_number):
            problems.append(
                (
                    "record_number",
                    self.tr("Record number {0} belongs to another patient.").format(
                        details.record_number
                    ),
                )
            )
        if problems:
            raise ValidationError.from_problems(problems)
        return details

    def _record_number_taken(self, record_number: str) -> bool:
        """Checked with the other fields, so every problem shows at once (storage
        checks it again when saving)."""
        return any(
            p.record_number == record_number and p.id != self.patient_id
            for p in self.repository.patients.search(record_number, limit=50)
        )

    # -- saving ---------------------------------------------------------------------

    def save(self) -> None:
        """Check the form, warn once on a likely duplicate, then create or update."""
        self.problem.hide()
        try:
            saved = self._checked_write()
        except ValidationError as error:
            self.show_errors(error.problems)
        except Conflict as conflict:
            self.conflict_dialog = ask(conflict, self._labels(), self, self._resolve)
        except StorageError as error:
            self.problem.setText(error.message)
            self.problem.show()
        else:
            if saved:
                self.accept()

    def _checked_write(self) -> bool:
        """Save the form unless it has problems (raised) or a likely duplicate to warn
        of first (False)."""
        details = self._details()
        self.show_errors([])
        identity = (details.given_name, details.family_name, details.date_of_birth)
        if self._duplicates_accepted != identity:
            duplicates = self.repository.patients.likely_duplicates(
                details.given_name,
                details.family_name,
                details.date_of_birth,
                exclude_id=self.patient_id,
            )
            if duplicates:
                self._warn_duplicates(duplicates, identity)
                return False
        self._write(details)
        return True

    def _warn_duplicates(
        self, duplicates: list[Patient], identity: tuple[str, str, dt.date | None]
    ) -> None:
        record = self.tr("record")
        listed = "".join(
            f"<li>{p.full_name}, {p.date_of_birth or '—'}, {record} {p.record_number}</li>"
            for p in duplicates[:5]
        )
        self.duplicate_text.setText(
            "<b>"
            + self.tr("A patient with this name and date of birth is already on file:")
            + f"</b><ul>{listed}</ul>"
            + self.tr(
                "If this is the same person, cancel and open their chart. "
                "If it is someone else, choose Save anyway."
            )
        )
        self.duplicate_warning.show()
        self._duplicates_accepted = identity
        self.save_button.setText(self.tr("Save &anyway"))
        self.save_button.setFocus()

    def _write(self, details: PatientDetails) -> None:
        self.patient_id = self.repository.patients.save(
            details, self.patient_id, therapist_id=self.therapist_id, base_version=self.base_version
        )

    def _labels(self) -> dict[str, str]:
        return {
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "date_of_birth": self.tr("Date of birth"),
            "record_number": self.tr("Record number"),
            "language": self.tr("Handout language"),
            "diagnosis": self.tr("Diagnosis"),
            "notes": self.tr("Notes"),
        }

    def _resolve(self, choice: Choice, values: dict[str, Any]) -> None:
        """The therapist's answer to details saved meanwhile in another room: the form
        takes the chosen values, on the saved version; kept as saved, it closes."""
        dialog = self.conflict_dialog
        if dialog is None:
            return
        self.base_version = dialog.conflict.their_version
        self._fill(values)
        if choice is Choice.KEEP_THEIRS:
            self.reject()
        else:
            self.save()
