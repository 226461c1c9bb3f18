"""The main window's notice while the clinic server cannot be reached, and while this
room's journal holds entries the server refused.

On the server the chart, the patient search and Today read the database each time; with
the server gone they keep what they showed last and cannot save. A bar across the top of
the window says so, in words, for as long as it lasts, whichever screen is open. The
server counts as gone when the change feed's connection drops (console/ui/shell/
live_updates.py) or the journal's sender cannot deliver (console/storage/
journal_sender.py); it is back when both are. Entries refused for good are named until
the admin has dealt with them (``pnf-console journal``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

if TYPE_CHECKING:
    from console.storage.journal_sender import JournalSender
    from console.ui.shell.context import AppContext
    from console.ui.shell.live_updates import LiveUpdates

#: How often the journal's state is read (it lives in another thread).
POLL_MS = 500


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("OfflineNotice", text, "", n)


class OfflineNotice(QToolBar):
    """A bar at the top of the window, hidden while there is nothing to say."""

    def __init__(self, sender: JournalSender | None, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineNotice")
        self.setMovable(False)
        self.setFloatable(False)
        self.label = QLabel()
        self.label.setObjectName("offlineText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(_tr("Server connection"))
        self.addWidget(self.label)
        self.sender_ = sender
        self.feed_up = True
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.hide()

    def follow(self, live: LiveUpdates) -> None:
        """The change feed's connection going and coming back."""
        live.connected_changed.connect(self._feed)

    def _feed(self, up: bool) -> None:
        self.feed_up = up
        self.refresh()

    def refresh(self) -> None:
        sender = self.sender_
        online = self.feed_up and (sender is None or sender.online)
        waiting = sender.waiting if sender is not None else 0
        refused = sender.refused if sender is not None else 0
        parts = []
        if not online:
            parts.append(
                _tr(
                    "Offline: the clinic server cannot be reached. The chart and the search "
                    "show what was read before and may be out of date; nothing can be changed "
                    "until the server is back. Sessions go on: their entries are saved on this "
                    "computer (%n waiting for the server).",
                    waiting,
                )
            )
        if refused:
            parts.append(
                _tr(
                    "%n entries could not be delivered to the server and are kept on this "
                    "computer; tell the clinic's administrator (pnf-console journal lists them).",
                    refused,
                )
            )
        text = "\n".join(parts)
        if text != self.label.text():
            self.label.setText(text)
        self.setVisible(bool(parts))


def show_offline_notice(context: AppContext, window: QMainWindow) -> OfflineNotice:
    """The notice at the top of ``window``, following the server as ``context`` sees it."""
    notice = OfflineNotice(context.journal_sender, window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, notice)
    if context.live_updates is not None:
        notice.follow(context.live_updates)
    notice.refresh()
    return notice
