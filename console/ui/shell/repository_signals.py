"""The repository's change notices as a Qt signal, for views to listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.storage.repository import Repository


class RepositorySignals(QObject):
    """Emits ``changed(table_name)`` after each committed change to the database.

    Views connect to ``changed`` and reload what they show when their table changes;
    the repository itself knows nothing of Qt.
    """

    changed = Signal(str)

    def __init__(self, repository: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = repository.subscribe(self.changed.emit)
        self.destroyed.connect(self._unsubscribe)

    def detach(self) -> None:
        """Stop listening (also done when the object is destroyed)."""
        self._unsubscribe()
