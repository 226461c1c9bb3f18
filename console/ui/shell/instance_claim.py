"""One program per database, checked before the main window is made.

Kept small on purpose: it runs before the first paint, so it imports only the lock
(``os`` and ``fcntl``) and, when the lock is refused, the message box.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from console.storage.errors import StorageError
    from console.storage.instance_lock import InstanceLock


def claim_database(db_path: Path, *, dialogs: bool = True) -> InstanceLock | None:
    """The database's instance lock, or None (after saying why) when it cannot be had."""
    from console.storage.instance_lock import InstanceLock

    lock = InstanceLock(db_path)
    try:
        lock.acquire()
    except Exception as error:  # the error classes are imported only when refused
        from console.storage.errors import StorageError

        if not isinstance(error, StorageError):
            raise
        tell_cannot_start(error, db_path, dialogs=dialogs)
        return None
    return lock


def tell_cannot_start(error: StorageError, db_path: Path, *, dialogs: bool = True) -> None:
    from PySide6.QtWidgets import QMessageBox

    from console.storage.errors import DatabaseInUse

    print(f"pnf-console: {error.message} ({db_path})", file=sys.stderr)
    if not dialogs:
        return
    box = second_instance_box(error, db_path) if isinstance(error, DatabaseInUse) else None
    if box is None:
        box = QMessageBox(QMessageBox.Icon.Critical, "PNF Console", error.message)
        box.setInformativeText(str(db_path))
    box.exec()


def second_instance_box(error: StorageError, db_path: Path) -> QMessageBox:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setObjectName("secondInstanceMessage")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("StorageOpener", "PNF Console is already open"))
    box.setText(
        QCoreApplication.translate("StorageOpener", "PNF Console is already open on this database.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StorageOpener",
            "Only one PNF Console at a time can use a database, so that no record is "
            "ever written twice. Switch to the window that is already open, or close it "
            "and start again. Nothing was changed.\n\nDatabase: %1",
        ).replace("%1", str(db_path))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
