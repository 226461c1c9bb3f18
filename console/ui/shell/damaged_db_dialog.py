"""The database cannot be opened: say so plainly and offer what can be done.

Shown at start for a damaged file (truncated, overwritten, not a database at all) or
one from a newer version. The file is never changed here: restoring puts the newest
good backup in its place and keeps it as ``console.db.before-restore-<time>``; starting
a new database renames it to ``console.db.damaged-<time>``. Nothing is deleted.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from console.storage.errors import SchemaTooNew, StorageError


class Choice(Enum):
    RESTORE = "restore"
    NEW = "new"
    QUIT = "quit"


class DamagedDatabaseDialog(QDialog):
    def __init__(
        self,
        error: StorageError,
        db_path: Path,
        backup_label: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabaseDialog")
        self.choice = Choice.QUIT
        newer = isinstance(error, SchemaTooNew)
        self.setWindowTitle(self.tr("The database cannot be opened"))
        if newer:
            heading = self.tr("This database was made by a newer version of PNF Console.")
            body = self.tr(
                "Update the program to open it. The file has not been changed. You can "
                "also go on with the newest backup this version can read, or with a new, "
                "empty database; the file stays where it is, under a new name."
            )
        else:
            heading = self.tr("The database file is damaged or is not a PNF Console database.")
            body = self.tr(
                "The file has been left exactly as it is. Restore the newest good backup, "
                "or start a new, empty database; the damaged file is kept under a new "
                "name, never deleted, so it can still be looked at."
            )
        self.heading = QLabel(f"<h2>{heading}</h2>")
        self.heading.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        shown = db_path.resolve() if db_path.exists() else db_path
        self.where = QLabel(self.tr("Database file: %1").replace("%1", str(shown)))
        self.where.setWordWrap(True)
        self.where.setObjectName("damagedPath")
        self.detail = QLabel(self.tr("Technical detail: %1").replace("%1", error.detail or ""))
        self.detail.setObjectName("damagedDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        self.detail.setVisible(bool(error.detail))
        if backup_label:
            text = self.tr("&Restore the newest good backup (%1)").replace("%1", backup_label)
        else:
            text = self.tr("No good backup found")
        self.restore_button = QPushButton(text)
        self.restore_button.setEnabled(bool(backup_label))
        self.new_button = QPushButton(self.tr("Start a &new database"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.restore_button.clicked.connect(lambda: self._choose(Choice.RESTORE))
        self.new_button.clicked.connect(lambda: self._choose(Choice.NEW))
        self.quit_button.clicked.connect(lambda: self._choose(Choice.QUIT))
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.body, self.where, self.detail):
            layout.addWidget(widget)
        layout.addSpacing(12)
        for button in (self.restore_button, self.new_button, self.quit_button):
            layout.addWidget(button)
        if backup_label:
            self.restore_button.setDefault(True)
        else:
            self.quit_button.setDefault(True)
        self.setMinimumWidth(560)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()
