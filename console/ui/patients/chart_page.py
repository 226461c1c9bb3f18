"""A patient's chart: header, session timeline with each session's detail and SOAP note,
trend charts, two sessions compared, the current home program, and export.

Everything shown is read in one consistent read (``repository.charts.patient_chart``) and read again
when the repository says a table the chart shows has changed.
"""

from __future__ import annotations

import contextlib
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import PatientChart, SessionDetail
from console.domain.endurance import protocol_tests
from console.storage.errors import StorageError
from console.ui.patients.patient_model import language_name
from console.ui.patients.session_compare import SessionCompare
from console.ui.patients.session_view import SessionDetailView, day_and_time
from console.ui.patients.soap_editor import SoapEditor
from console.ui.patients.trend_chart import TrendChart
from console.ui.settings.therapist_identity import current_therapist_id, therapist_names
from console.ui.shell.context import AppContext
from console.ui.shell.notices import warn
from console.ui.shell.panes import split

#: Tables whose change can alter what the chart shows.
CHART_TABLES = frozenset(
    {"patients", "sessions", "records", "soap_notes", "amendments", "home_programs", "plans"}
)
SessionRole = Qt.ItemDataRole.UserRole + 1


def protocol_titles(context: AppContext) -> dict[str, str]:
    """Protocol titles by id in the protocol language of the settings."""
    language = context.settings.protocol_language or "en"
    return {protocol.id: protocol.title.in_(language) for protocol in context.library}


class ChartPage(QWidget):
    """One patient's chart; ``show_patient`` chooses the patient."""

    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id: int | None = None
        self.chart: PatientChart | None = None
        self.titles: dict[str, str] = {}
        self.therapists: dict[int, str] = {}
        self.last_export: Path | None = None

        self.back_button = QPushButton(self.tr("← &Patients"))
        self.back_button.setToolTip(self.tr("Back to the patient list (Alt+Left)"))
        self.name = QLabel()
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long name wraps rather than make the window wider than a small screen.
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit patient…"))
        self.start_button = QPushButton(self.tr("S&tart next session"))
        self.start_button.setToolTip(self.tr("Start the next session from the last plan"))
        self.plan_button = QPushButton(self.tr("P&lan…"))
        self.plan_button.setToolTip(
            self.tr("Open the plan editor: change protocols, sides and doses, then start")
        )
        self.resume_button = QPushButton(self.tr("&Resume session"))
        self.resume_button.setToolTip(self.tr("Continue the unfinished session where it stopped"))
        self.resume_button.hide()
        self.export_button = QPushButton(self.tr("E&xport…"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Whole record as JSON…"), lambda: self.export("json"))
        export_menu.addAction(self.tr("Whole record as CSV (zip)…"), lambda: self.export("csv"))
        export_menu.addAction(
            self.tr("FHIR R4 bundle, for a referral…"), lambda: self.export("fhir")
        )
        self.export_button.setMenu(export_menu)
        self.status = QLabel()

        # The patient's name on its own row, the actions under it: on one row they made
        # the window wider than a 1024-pixel-wide screen.
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addWidget(self.name, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.resume_button, self.start_button, self.plan_button, self.edit_button):
            actions.addWidget(button)
        actions.addWidget(self.export_button)
        header = QVBoxLayout()
        header.addLayout(title_row)
        header.addLayout(actions)

        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Session timeline"))
        self.detail_view = SessionDetailView()
        self.soap = SoapEditor(context)
        right = split(Qt.Orientation.Vertical, [(self.detail_view, 2), (self.soap, 3)], [230, 570])
        sessions = split(Qt.Orientation.Horizontal, [(self.timeline, 1), (right, 3)], [330, 910])
        self.timeline.setMinimumWidth(220)
        self.timeline.setSpacing(2)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setWordWrap(True)  # a longer (Spanish) line wraps instead of being cut

        self.trends = TrendChart()
        self.compare = SessionCompare()
        from console.ui.home_program.home_program_editor import HomeProgramPanel

        self.home_program = HomeProgramPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(sessions, self.tr("&Sessions"))
        self.tabs.addTab(self.trends, self.tr("Tre&nds"))
        self.tabs.addTab(self.compare, self.tr("&Compare"))
        self.tabs.addTab(self.home_program, self.tr("&Home program"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        self.back_button.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.activated.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit_patient)
        self.start_button.clicked.connect(self.start_next_session)
        self.plan_button.clicked.connect(self.edit_plan)
        self.resume_button.clicked.connect(self.resume)
        self.timeline.currentItemChanged.connect(self._session_chosen)
        with contextlib.suppress(StorageError):  # reload() says why
            context.signals.changed.connect(self._table_changed)

    # -- loading ------------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        if patient_id != self.patient_id:
            self.patient_id = patient_id
            self.chart = None
            self.timeline.clear()
            self.tabs.setCurrentIndex(0)
            self.status.clear()
        self.reload()

    def _table_changed(self, table: str) -> None:
        if self.patient_id is not None and table in CHART_TABLES:
            self._reload_soon.start()

    def reload(self) -> None:
        """Read the patient's chart again and show it, keeping the chosen session."""
        if self.patient_id is None:
            return
        try:
            repository = self.context.repository
            chart = repository.charts.patient_chart(self.patient_id)
            self.therapists = therapist_names(repository)
            today = repository.today()
        except StorageError as error:
            self.status.setText(error.message)
            return
        if not self.titles:
            self.titles = protocol_titles(self.context)
        self.chart = chart
        patient = chart.patient
        self.name.setText(f"<h2>{escape(patient.full_name)}</h2>")
        facts = []
        age = patient.age(today)
        if patient.date_of_birth is not None and age is not None:
            facts.append(
                self.tr("Age %n (born {0})", "", age).format(patient.date_of_birth.isoformat())
            )
        facts.append(self.tr("Record {0}").format(patient.record_number))
        facts.append(self.tr("Handout: {0}").format(language_name(patient.language)))
        facts.append(self.tr("Diagnosis: {0}").format(patient.diagnosis or "—"))
        self.facts.setText(" · ".join(facts))
        if patient.notes:
            self.facts.setToolTip(patient.notes)
        self._fill_timeline(chart.sessions)
        running = [d for d in chart.sessions if d.session.status == "running"]
        self.resume_button.setVisible(bool(running))
        self.trends.set_trends(chart.grade_trend, chart.pain_trend, self.titles)
        self.trends.set_endurance(
            [detail.session for detail in chart.sessions],
            [record for detail in chart.sessions for record in detail.records],
            protocol_tests(self.context.library),
            self.titles,
        )
        self.compare.tests = protocol_tests(self.context.library)
        self.compare.set_sessions(chart.sessions, self.titles, self.therapists)
        self.home_program.show_program(chart.home_program, self.titles, patient.id)

    def timeline_text(self, detail: SessionDetail) -> str:
        session = detail.session
        status = {
            "signed": self.tr("signed"),
            "finished": self.tr("not signed"),
            "running": self.tr("unfinished"),
        }[session.status]
        grades = sum(1 for r in detail.records if r.kind == "grade")
        counted = self.tr("%n grade(s)", "", grades)
        parts = [status, counted]
        holds = sum(1 for r in detail.records if r.kind == "hold")
        if holds:
            parts.append(self.tr("held to fatigue: {0}").format(holds))
        pains = [r.value for r in detail.records if r.kind == "pain"]
        if pains:
            parts.append(self.tr("NPRS {0}").format("→".join(pains)))
        if detail.amendments:
            parts.append(self.tr("amended"))
        if detail.changed_after_signing:
            # Checked against its seal as the chart opened (console/storage/seal_check.py).
            parts.insert(0, self.tr("⚠ CHANGED AFTER SIGNING"))
        return f"{day_and_time(session.started_at)}\n" + " · ".join(parts)

    def _fill_timeline(self, sessions: list[SessionDetail]) -> None:
        chosen = self.selected_session_id()
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for detail in sessions:
            item = QListWidgetItem(self.timeline_text(detail))
            item.setData(SessionRole, detail.session.id)
            if detail.changed_after_signing:
                item.setForeground(QColor("#b00020"))
                item.setToolTip("\n".join(detail.changed_after_signing))
            self.timeline.addItem(item)
        self.timeline.blockSignals(False)
        ids = [d.session.id for d in sessions]
        if not ids:
            self.detail_view.show_session(None)
            self.soap.set_session(None)
            return
        self.select_session(chosen if chosen in ids else ids[0])

    # -- the chosen session -------------------------------------------------------------

    def selected_session_id(self) -> int | None:
        item = self.timeline.currentItem()
        return None if item is None else int(item.data(SessionRole))

    def select_session(self, session_id: int) -> None:
        for row in range(self.timeline.count()):
            item = self.timeline.item(row)
            if item is not None and item.data(SessionRole) == session_id:
                self.timeline.setCurrentRow(row)
                self._show_session(session_id)
                return

    def _session_chosen(self, current: QListWidgetItem | None, _: object = None) -> None:
        if current is not None:
            self._show_session(int(current.data(SessionRole)))

    def session_detail(self, session_id: int) -> SessionDetail | None:
        if self.chart is None:
            return None
        return next((d for d in self.chart.sessions if d.session.id == session_id), None)

    def _show_session(self, session_id: int) -> None:
        detail = self.session_detail(session_id)
        if detail is None:
            return
        try:
            history = self.context.repository.sessions.records(session_id, include_replaced=True)
        except StorageError as error:
            self.status.setText(error.message)
            history = []
        self.detail_view.show_session(detail, history, self.titles, self.therapists)
        self.soap.set_session(detail, self.titles, self.therapists)

    # -- actions ------------------------------------------------------------------------

    def edit_patient(self) -> None:
        if self.chart is None:
            return
        from console.ui.patients.patient_dialog import PatientDialog

        repository = self.context.repository
        dialog = PatientDialog(
            repository, current_therapist_id(repository), self.chart.patient, self
        )
        self.patient_dialog = dialog
        dialog.open()

    def start_next_session(self) -> bool:
        if self.patient_id is None:
            return False
        from console.ui.runner.session_launch import start_next_session

        return start_next_session(self.context, self.patient_id, self)

    def edit_plan(self) -> QWidget | None:
        """The plan editor for this patient, starting from their last plan."""
        if self.patient_id is None:
            return None
        from console.ui.runner.plan_editor import open_plan_editor

        return open_plan_editor(self.context, self.patient_id, self)

    def resume(self) -> bool:
        if self.chart is None:
            return False
        running = [d for d in self.chart.sessions if d.session.status == "running"]
        if not running:
            return False
        from console.ui.runner.session_launch import resume_session

        return resume_session(self.context, running[0].session.id, self)

    def choose_export_path(self, fmt: str) -> Path | None:
        """Ask where to save the export (a save dialog); None when cancelled."""
        assert self.chart is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suffix = "zip" if fmt == "csv" else "json"
        kind = "-fhir" if fmt == "fhir" else ""
        name = f"{self.chart.patient.record_number}-record{kind}.{suffix}"
        filters = (
            self.tr("Zip archives (*.zip)") if fmt == "csv" else self.tr("JSON files (*.json)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the patient's record"), str(Path(folder) / name), filters
        )
        return Path(chosen) if chosen else None

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """Export the patient's whole record (JSON, zipped CSV or a FHIR R4 Bundle); the
        export is audited."""
        if self.chart is None or self.patient_id is None:
            return None
        if path is None:
            path = self.choose_export_path(fmt)
            if path is None:
                return None
        from console.storage.export import export_to_file

        try:
            repository = self.context.repository
            export_to_file(repository, self.patient_id, fmt, path, current_therapist_id(repository))
        except StorageError as error:
            warn(self, self.tr("Export failed"), error.message)
            return None
        except OSError as error:
            warn(
                self,
                self.tr("Export failed"),
                self.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return None
        self.last_export = path
        self.status.setText(self.tr("Exported to {0}").format(path))
        return path
