"""'Print handout' on the runner's end screen: the patient's current home program on the
room's printer, with one key (Ctrl+P) or one click, and no dialog.

It prints through the chart's own handout output (console/ui/home_program/home_program_output.py):
the printer, paper and copies of Settings -> Printing, the message with Save as PDF
instead and Try again when printing fails, the audit once the queue took the job.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from console.reports.printing import PrintJob
from console.storage.errors import StorageError
from console.ui.home_program.home_program_output import HandoutOutput
from console.ui.shell.context import AppContext


class EndScreenHandout(QWidget):
    """The button, and a line that says where the handout went."""

    def __init__(self, context: AppContext, session_id: int, window: QWidget) -> None:
        super().__init__()
        self.context = context
        self.session_id = session_id
        self.button = QPushButton(self.tr("Print handout (Ctrl+P)"))
        self.button.setAccessibleName(self.tr("Print handout"))
        self.button.setToolTip(
            self.tr("Print the patient's home program on the printer of Settings → Printing")
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setMinimumHeight(64)
        self.status = QLabel()
        self.status.setObjectName("runnerNotices")
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        self.output = HandoutOutput(context, window)
        self.output.reported.connect(self.status.setText)
        self.button.clicked.connect(self.print_handout)
        # The runner takes every key itself (its buttons never hold the focus), so
        # Ctrl+P is caught on its way there.
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Print)
            and self.isVisible()
        ):
            self.button.click()
            return True
        return super().eventFilter(watched, event)

    def print_handout(self) -> PrintJob | None:
        try:
            patient_id = self.context.repository.sessions.get(self.session_id).patient_id
        except StorageError as error:
            self.status.setText(error.message)
            return None
        return self.output.print_current(patient_id)
