"""Which room this console stands in: asked at the first start on the clinic server, and
named in the status bar when another room saves something on screen here.

Several rooms share one database on the clinic server; the audit log records the room
of each entry and a patient in session is shown with the room they are in. The name is
in Settings (Folders) and can be changed there at any time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from console.ui.shell.context import AppContext

#: How long the status bar names another room's save, in milliseconds.
HEARD_SHOWN_MS = 8000


def should_ask_room(context: AppContext, *, demo: bool = False) -> bool:
    """On the clinic server, while this console's room has no name."""
    return context.on_server and not demo and not context.settings.room


class RoomDialog(QDialog):
    """One line: the room's name. Skipped, it is asked again at the next start."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("roomPrompt")
        self.setWindowTitle(self.tr("Which room is this?"))
        intro = QLabel(
            self.tr(
                "This console works on the clinic's shared database. Name the room it "
                "stands in: the audit log records it with every entry, and the other "
                "rooms see it when a patient is in session here. You can change it in "
                "Settings, Folders."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("e.g. Room 2"))
        self.name.setAccessibleName(self.tr("Room name"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.name.setFocus()
            return
        self.context.settings.room = name
        self.context.save_settings()
        self.accept()


def offer_room_name(
    context: AppContext, parent: QWidget, *, demo: bool = False
) -> RoomDialog | None:
    """Ask for the room's name (window-modal, without waiting) when it has none."""
    if not should_ask_room(context, demo=demo):
        return None
    dialog = RoomDialog(context, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def name_other_rooms(context: AppContext, window: QMainWindow) -> None:
    """Each save heard from another room is named in the window's status bar."""
    context.signals  # noqa: B018  (made on first use; on the server it starts listening)
    live = context.live_updates
    if live is None:
        return

    def heard(_table: str, room: str) -> None:
        where = room or QCoreApplication.translate("Rooms", "another room")
        window.statusBar().showMessage(
            QCoreApplication.translate("Rooms", "Updated from {0}.").format(where), HEARD_SHOWN_MS
        )

    def connected(up: bool) -> None:
        text = (
            QCoreApplication.translate("Rooms", "Other rooms' changes show here again.")
            if up
            else QCoreApplication.translate(
                "Rooms", "Other rooms' changes do not reach this console until the server is back."
            )
        )
        window.statusBar().showMessage(text, 0 if not up else HEARD_SHOWN_MS)

    live.heard.connect(heard)
    live.connected_changed.connect(connected)
