"""What other rooms save shows here without a reload: their change notices as the same
``changed(table)`` signal the views already follow for this console's own saves.

On the clinic server, ``LiveUpdates`` watches the socket of the change feed
(console/storage/server_changes.py) with a ``QSocketNotifier``: the event loop wakes
when a notice arrives and the feed is read without waiting, so the window never blocks
on the network. When the feed is lost (the server restarted, the network cut), it is
opened again in the background every few seconds; once back, every view reloads, as
anything may have changed meanwhile. A console on its file needs none of this.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from console.storage.server_changes import ChangeFeed
from console.ui.shell.repository_signals import RepositorySignals

log = logging.getLogger(__name__)

#: The tables views show: all of them are reloaded after the feed was lost.
VIEWED_TABLES = (
    "patients",
    "plans",
    "sessions",
    "records",
    "soap_notes",
    "amendments",
    "home_programs",
    "therapists",
)
#: How often a lost feed is tried again, in milliseconds.
RETRY_MS = 3000


class LiveUpdates(QObject):
    """Emits ``signals.changed(table)`` for each table another room changed."""

    #: A room saved something here: (table, room name or "").
    heard = Signal(str, str)
    #: The feed was lost (False) or is back (True).
    connected_changed = Signal(bool)

    def __init__(
        self, feed: ChangeFeed, signals: RepositorySignals, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self._signals = signals
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        self._waiting = QTimer(self)  # picks up a connection made in the background
        self._waiting.setInterval(100)
        self._waiting.timeout.connect(self._take)
        self._missed = False  # the feed was lost: views reload when it is back

    def start(self) -> None:
        """Connect in the background and listen from then on."""
        self.feed.connect_in_background()
        self._waiting.start()
        self._retry.start()

    def listen(self) -> None:
        """Listen on a feed already connected (``ChangeFeed.connect``)."""
        self._watch()

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def _watch(self) -> None:
        self._unwatch()
        notifier = QSocketNotifier(self.feed.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self.read)
        self._notifier = notifier

    def _unwatch(self) -> None:
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()

    def read(self) -> None:
        """Read what has arrived and tell the views (the socket is readable)."""
        changes = self.feed.read()
        for table in dict.fromkeys(change.table for change in changes):
            self._signals.changed.emit(table)
        for change in changes:
            self.heard.emit(change.table, change.room or "")
        if self.feed.lost:
            log.info("change feed lost; trying again every %d ms", RETRY_MS)
            self._unwatch()
            self._missed = True
            self.connected_changed.emit(False)
            self._retry.start()

    def _try_again(self) -> None:
        if self.feed.connected:
            self._retry.stop()
            return
        self.feed.connect_in_background()
        self._waiting.start()

    def _take(self) -> None:
        if not self.feed.take_connected():
            return
        self._waiting.stop()
        self._retry.stop()
        self._watch()
        self.connected_changed.emit(True)
        if self._missed:
            self._missed = False
            for table in VIEWED_TABLES:  # what was missed while away
                self._signals.changed.emit(table)

    def stop(self) -> None:
        self._retry.stop()
        self._waiting.stop()
        self._unwatch()
        self.feed.close()
