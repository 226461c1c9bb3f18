"""The runner's line about the room's journal on the clinic server.

Every entry is kept on this computer first and confirmed at once; the sender forwards
it (console/storage/journal_sender.py). While the server cannot be reached the line says
so, with how many entries wait; entries the server refused for good are named too, so
the therapist tells the admin (``pnf-console journal`` lists them). With everything
delivered the line is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from console.storage.journal_sender import JournalSender


class JournalNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerJournal")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Saving"))
        self.hide()
        self._shown: tuple[bool, int, int] | None = None

    def show_for(self, sender: JournalSender | None) -> None:
        """Show what ``sender`` says now (called by the runner's repaint timer)."""
        state = (True, 0, 0) if sender is None else (sender.online, sender.waiting, sender.refused)
        if state == self._shown:
            return
        self._shown = state
        online, waiting, refused = state
        parts = []
        if not online:
            parts.append(
                self.tr(
                    "The server cannot be reached: saved on this computer, "
                    "%n waiting for the server.",
                    "",
                    waiting,
                )
            )
        if refused:
            parts.append(
                self.tr(
                    "%n entries could not be delivered to the server; they are kept on "
                    "this computer. Tell the clinic's administrator.",
                    "",
                    refused,
                )
            )
        self.setText("  ".join(parts))
        self.setVisible(bool(parts))
