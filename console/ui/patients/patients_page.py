"""The Patients screen: search as you type, create and edit patients, open a chart.

Keys: typing searches (name, date of birth YYYY-MM-DD, record number; accents and
case do not matter), Down moves into the list, Enter opens the chart, Ctrl+N adds a
patient, Ctrl+E edits the chosen one, Alt+Left goes back from a chart to the list.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.storage.errors import StorageError
from console.ui.patients.patient_dialog import PatientDialog
from console.ui.patients.patient_model import PatientTableModel
from console.ui.settings.therapist_identity import current_therapist_id
from console.ui.shell.context import AppContext

if TYPE_CHECKING:
    from console.ui.patients.chart_page import ChartPage

SEARCH_LIMIT = 200


class PatientsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PatientTableModel(self)
        self.dialog: PatientDialog | None = None
        self._chart: ChartPage | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, date of birth (YYYY-MM-DD) or record number…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search patients"))
        self.new_button = QPushButton(self.tr("&New patient…"))
        self.new_button.setToolTip(self.tr("Add a patient (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen patient (Ctrl+E)"))
        self.open_button = QPushButton(self.tr("&Open chart"))
        self.open_button.setToolTip(self.tr("Open the chosen patient's chart (Enter)"))
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.new_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.open_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Patients"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column("diagnosis"), QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(tools)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.open_current)
        self.search.installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_patient)
        self.edit_button.clicked.connect(self.edit_current)
        self.open_button.clicked.connect(self.open_current)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.activated.connect(self.new_patient)
        edit = QShortcut(QKeySequence("Ctrl+E"), list_page)
        edit.activated.connect(self.edit_current)
        with contextlib.suppress(StorageError):  # reload() says why
            context.signals.changed.connect(self._table_changed)
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def _table_changed(self, table: str) -> None:
        if table == "patients":
            self.refresh()

    def refresh(self) -> None:
        """Search again with the text in the box, keeping the chosen patient chosen."""
        chosen = self.current_patient_id()
        text = self.search.text()
        try:
            repository = self.context.repository
            patients = repository.patients.search(text, limit=SEARCH_LIMIT)
            today = repository.today()
        except StorageError as error:
            self.model.set_rows([])
            self.count.setText(error.message)
            return
        self.model.set_rows(patients, today)
        if not patients:
            self.count.setText(
                self.tr("No patient matches “{0}”. Ctrl+N adds a new patient.").format(text)
                if text.strip()
                else self.tr("No patients yet. Ctrl+N adds the first one.")
            )
        elif len(patients) >= SEARCH_LIMIT:
            self.count.setText(
                self.tr(
                    "The first %n patient(s); type more to narrow the search.", "", SEARCH_LIMIT
                )
            )
        else:
            self.count.setText(self.tr("%n patient(s)", "", len(patients)))
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and patients:
            row = 0
        if row is not None:
            self.table.selectRow(row)

    def current_patient_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.patient(index.row()).id

    def select_patient(self, patient_id: int) -> None:
        row = self.model.row_of(patient_id)
        if row is None:
            self.search.clear()
            row = self.model.row_of(patient_id)
        if row is not None:
            self.table.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or PageDown) in the search box moves into the list."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.model.rowCount()
        ):
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- patients -----------------------------------------------------------------------

    def new_patient(self) -> PatientDialog | None:
        return self._open_dialog(None)

    def edit_current(self) -> PatientDialog | None:
        patient_id = self.current_patient_id()
        if patient_id is None:
            return None
        return self._open_dialog(patient_id)

    def _open_dialog(self, patient_id: int | None) -> PatientDialog | None:
        try:
            repository = self.context.repository
            patient = repository.patients.get(patient_id) if patient_id is not None else None
            therapist_id = current_therapist_id(repository)
        except StorageError as error:
            self.count.setText(error.message)
            return None
        dialog = PatientDialog(repository, therapist_id, patient, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: PatientDialog) -> None:
        if dialog.patient_id is not None:
            self.refresh()
            self.select_patient(dialog.patient_id)

    # -- the chart ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_chart(self.model.patient(index.row()).id)

    def open_current(self) -> None:
        patient_id = self.current_patient_id()
        if patient_id is not None:
            self.open_chart(patient_id)

    @property
    def chart(self) -> ChartPage:
        """The chart view, built the first time a chart is opened."""
        if self._chart is None:
            from console.ui.patients.chart_page import ChartPage

            self._chart = ChartPage(self.context)
            self._chart.back_requested.connect(self.show_list)
            self.stack.addWidget(self._chart)
        return self._chart

    def open_chart(self, patient_id: int) -> ChartPage:
        chart = self.chart
        chart.show_patient(patient_id)
        self.stack.setCurrentWidget(chart)
        chart.timeline.setFocus()
        return chart

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        if self._chart is not None and self._chart.patient_id is not None:
            self.select_patient(self._chart.patient_id)
        self.search.setFocus()
        self.search.selectAll()

    def showing_chart(self) -> bool:
        return self._chart is not None and self.stack.currentWidget() is self._chart

    def focus_first(self) -> None:
        """Put the keyboard in the search box, its text selected for typing over."""
        self.search.setFocus()
        self.search.selectAll()
