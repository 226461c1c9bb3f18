"""The Today screen: unfinished sessions to resume, patients seen today and recently,
and one action to start a patient's next session from their last plan.

The page is the first thing the window shows, so its constructor builds nothing:
``ensure_built`` fills it right after the first paint (MainWindow.finish_startup),
which keeps the database and these widgets off the start-up path.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.ui.shell.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

#: Tables whose change can alter what Today shows.
TODAY_TABLES = frozenset({"patients", "sessions", "records"})
RECENT_LIMIT = 20


class TodayPage(QWidget):
    open_chart_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.built = False
        self._layout = QVBoxLayout(self)

    # -- building (after the first paint) -----------------------------------------------

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton

        from console.storage.errors import StorageError

        self.heading = QLabel()
        self.unfinished = self._list(self.tr("Unfinished sessions"))
        self.seen_today = self._list(self.tr("Seen today"))
        self.recent = self._list(self.tr("Recently seen"))
        self.resume_button = QPushButton(self.tr("&Resume session"))
        self.resume_button.setToolTip(
            self.tr("Continue the chosen unfinished session at the step it was on")
        )
        self.start_button = QPushButton(self.tr("&Start next session"))
        self.start_button.setToolTip(
            self.tr("Start the chosen patient's next session from their last plan")
        )
        self.open_button = QPushButton(self.tr("&Open chart"))
        self.status: QLabel = QLabel()
        self.status.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self._title(self.tr("Unfinished sessions"), self.unfinished), 0, 0)
        grid.addWidget(self.unfinished, 1, 0)
        grid.addWidget(self._title(self.tr("Seen today"), self.seen_today), 2, 0)
        grid.addWidget(self.seen_today, 3, 0)
        grid.addWidget(self._title(self.tr("Recently seen"), self.recent), 0, 1)
        grid.addWidget(self.recent, 1, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self._layout.addWidget(self.heading)
        self._layout.addLayout(grid, 1)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.status)

        for widget in (self.unfinished, self.seen_today, self.recent):
            widget.itemActivated.connect(self._activated)
            widget.currentItemChanged.connect(self._chosen)
        self.resume_button.clicked.connect(self.resume)
        self.start_button.clicked.connect(self.start_next_session)
        self.open_button.clicked.connect(self.open_chart)
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        self.chosen: QListWidget | None = None
        with contextlib.suppress(StorageError):  # reload() says why
            self.context.signals.changed.connect(self._table_changed)
        self.reload()
        for widget in (self.unfinished, self.seen_today, self.recent):
            if self.rows(widget):
                self.choose(widget, 0)
                break

    def _list(self, name: str) -> QListWidget:
        from PySide6.QtWidgets import QListWidget

        widget = QListWidget()
        widget.setAccessibleName(name)
        return widget

    def _title(self, text: str, buddy: QWidget) -> QLabel:
        from PySide6.QtWidgets import QLabel

        label = QLabel(f"<b>{text}</b>")
        label.setBuddy(buddy)
        return label

    # -- what it shows ------------------------------------------------------------------

    def _table_changed(self, table: str) -> None:
        if table in TODAY_TABLES:
            self._reload_soon.start()

    def reload(self) -> None:
        from console.domain.chart import Patient
        from console.storage.errors import StorageError
        from console.ui.patients.session_view import clock_time, day_and_time
        from console.ui.runner.resume import resume_step

        try:
            repository = self.context.repository
            today = repository.today()
            unfinished = repository.sessions.unfinished()
            todays = repository.sessions.between(today, today)
            recent = repository.patients.recent(RECENT_LIMIT)
            patients: dict[int, Patient] = {}
            for session in [*unfinished, *todays]:
                if session.patient_id not in patients:
                    patients[session.patient_id] = repository.patients.get(session.patient_id)
        except StorageError as error:
            self.status.setText(error.message)
            return
        from PySide6.QtCore import QDate, QLocale

        day = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        self.heading.setText("<h1>" + self.tr("Today, {0}").format(day) + "</h1>")
        self._fill(
            self.unfinished,
            [
                (
                    session.patient_id,
                    session.id,
                    self.tr("{0} — started {1}, at step {2}").format(
                        patients[session.patient_id].full_name,
                        day_and_time(session.started_at),
                        resume_step(self.context, session),
                    ),
                )
                for session in unfinished
            ],
            self.tr("No unfinished sessions."),
        )
        seen: list[tuple[int, int | None, str]] = []
        for session in sorted(todays, key=lambda s: s.started_at or ""):
            status = {
                "signed": self.tr("signed"),
                "finished": self.tr("note to sign"),
                "running": self.tr("unfinished"),
            }[session.status]
            name = patients[session.patient_id].full_name
            seen.append(
                (
                    session.patient_id,
                    session.id,
                    f"{clock_time(session.started_at)}  {name} · {status}",
                )
            )
        self._fill(self.seen_today, seen, self.tr("Nobody seen yet today."))
        today_ids = {s.patient_id for s in todays}
        self._fill(
            self.recent,
            [
                (
                    patient.id,
                    None,
                    self.tr("{0} ({1}) — last seen {2}").format(
                        patient.full_name, patient.record_number, last_seen[:10]
                    ),
                )
                for patient, last_seen in recent
                if patient.id not in today_ids
            ],
            self.tr("No sessions yet. Open Patients to add a patient.")
            if not recent
            else self.tr("Everyone seen recently was seen today (see Seen today)."),
        )
        self._update_buttons()

    def _fill(
        self, widget: QListWidget, rows: list[tuple[int, int | None, str]], empty: str
    ) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        chosen = self._ids(widget.currentItem())
        widget.blockSignals(True)
        widget.clear()
        for patient_id, session_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (patient_id, session_id))
            widget.addItem(item)
            if (patient_id, session_id) == chosen:
                widget.setCurrentItem(item)
        if not rows:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
        widget.blockSignals(False)

    @staticmethod
    def _ids(item: QListWidgetItem | None) -> tuple[int, int | None] | None:
        from PySide6.QtCore import Qt

        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        if not value:
            return None
        patient_id, session_id = value
        return int(patient_id), None if session_id is None else int(session_id)

    def rows(self, widget: QListWidget) -> list[tuple[int, int | None]]:
        """The (patient id, session id) of each row of one of the lists (tests read it)."""
        found = []
        for row in range(widget.count()):
            ids = self._ids(widget.item(row))
            if ids is not None:
                found.append(ids)
        return found

    # -- choosing and acting ------------------------------------------------------------

    def _chosen(self, current: QListWidgetItem | None, _: object = None) -> None:
        if current is None:
            return
        sender = current.listWidget()
        self.chosen = sender
        for widget in (self.unfinished, self.seen_today, self.recent):
            if widget is not sender:
                widget.blockSignals(True)
                widget.setCurrentRow(-1)
                widget.clearSelection()
                widget.blockSignals(False)
        self._update_buttons()

    def chosen_ids(self) -> tuple[int, int | None] | None:
        if self.chosen is None:
            return None
        return self._ids(self.chosen.currentItem())

    def _update_buttons(self) -> None:
        ids = self.chosen_ids()
        self.resume_button.setEnabled(ids is not None and self.chosen is self.unfinished)
        self.start_button.setEnabled(ids is not None and self.chosen is not self.unfinished)
        self.open_button.setEnabled(ids is not None)

    def choose(self, widget: QListWidget, row: int) -> None:
        widget.setFocus()
        widget.setCurrentRow(row)

    def _activated(self, item: QListWidgetItem) -> None:
        ids = self._ids(item)
        if ids is not None:
            self.open_chart_requested.emit(ids[0])

    def open_chart(self) -> None:
        ids = self.chosen_ids()
        if ids is not None:
            self.open_chart_requested.emit(ids[0])

    def start_next_session(self) -> bool:
        ids = self.chosen_ids()
        if ids is None:
            return False
        from console.ui.runner.session_launch import start_next_session

        return start_next_session(self.context, ids[0], self)

    def resume(self) -> bool:
        ids = self.chosen_ids()
        if ids is None or ids[1] is None or self.chosen is not self.unfinished:
            return False
        from console.ui.runner.session_launch import resume_session

        return resume_session(self.context, ids[1], self)
