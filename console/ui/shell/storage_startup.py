"""The database at start and at exit: one program per file, the passphrase, a damaged
file, and the automatic backups.

- ``console/ui/shell/instance_claim.py`` runs before the main window: a second program on
  the same database says so and exits non-zero, leaving the first one as it was.
- ``StorageOpener.open`` runs right after the first paint: it asks the passphrase of an
  encrypted database, and for a damaged or too-new file shows the damaged-database
  dialog (restore the newest good backup, or start a new database; the file itself is
  never changed or deleted).
- ``AutoBackup`` makes the day's first backup a little after start-up and one at exit
  when something was saved, in the backup folder of the settings, keeping the newest
  ``backups_kept``.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from console.storage.errors import StorageError
    from console.ui.settings.lock_screen import ScreenLock
    from console.ui.shell.context import AppContext
    from console.ui.shell.damaged_db_dialog import Choice

log = logging.getLogger(__name__)

#: The start-up backup waits this long after the first paint, off the first screen.
STARTUP_BACKUP_DELAY_MS = 3000
#: After this many passphrases that do not open the file, the damaged-database dialog
#: is offered too (an encrypted file that is damaged refuses every passphrase).
WRONG_BEFORE_RECOVERY = 3


class StorageOpener(QObject):
    """Open the context's database at start, asking what is needed; True when open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent

    # Dialogs; tests replace these.
    def ask_passphrase(self, message: str) -> str | None:
        from console.ui.settings.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(
            self.parent_widget, message=message, database=str(self.context.db_path)
        )
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.text()

    def ask_damaged(self, error: StorageError, backup_label: str | None) -> Choice:
        from console.ui.shell.damaged_db_dialog import DamagedDatabaseDialog

        dialog = DamagedDatabaseDialog(
            error, self.context.db_path, backup_label, self.parent_widget
        )
        dialog.exec()
        return dialog.choice

    def tell(self, message: str) -> None:
        QMessageBox.critical(self.parent_widget, self.tr("PNF Console"), message)

    def ask_server(self, error: StorageError) -> str:
        """After a server error: "retry", "local" (open the local file) or "quit"."""
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("PNF Console"))
        box.setText(error.message)
        box.setInformativeText(self.context.database_name())
        retry = box.addButton(self.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
        local = box.addButton(
            self.tr("&Open a local database instead"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        return "retry" if clicked is retry else "local" if clicked is local else "quit"

    def ask_server_password(self, message: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("PNF Console"),
            f"{message}\n{self.context.database_name()}",
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _open_server(self) -> bool:
        """The clinic server: a password when it asks for one; for any other problem,
        Retry, or open the local database file instead."""
        from console.storage.errors import (
            ServerPasswordNeeded,
            ServerPasswordRejected,
            StorageError,
        )

        for _ in range(100):
            try:
                _ = self.context.repository
                return True
            except (ServerPasswordNeeded, ServerPasswordRejected) as error:
                given = self.ask_server_password(error.message)
                if given is None:
                    return False
                self.context.server_password = given
            except StorageError as error:
                log.warning("the clinic server could not be used: %s", error.message)
                choice = self.ask_server(error)
                if choice == "local":
                    self.context.server_url = None
                    self.context.server_password = None
                    return self.open()
                if choice != "retry":
                    return False
        return False

    # The flow.
    def open(self) -> bool:
        if self.context.on_server:
            return self._open_server()
        from console.storage.errors import (
            DatabaseCorrupt,
            PassphraseNeeded,
            SchemaTooNew,
            StorageError,
            WrongPassphrase,
        )
        from console.storage.integrity import header_problems

        message = ""
        wrong = 0
        for _ in range(100):
            try:
                problems = header_problems(self.context.db_path)
                if problems:
                    raise DatabaseCorrupt(detail="; ".join(problems))
                _ = self.context.repository
                return True
            except (PassphraseNeeded, WrongPassphrase) as error:
                if isinstance(error, WrongPassphrase):
                    message = error.message
                    wrong += 1
                    if wrong >= WRONG_BEFORE_RECOVERY:
                        # Surely typed right several times: the file may be damaged.
                        wrong = 0
                        if not self._recover(error):
                            return False
                        continue
                given = self.ask_passphrase(message)
                if given is None:
                    return False
                self.context.passphrase = given
            except (DatabaseCorrupt, SchemaTooNew) as error:
                if not self._recover(error):
                    return False
            except StorageError as error:
                self.tell(error.message)
                return False
        return False

    def _recover(self, error: StorageError) -> bool:
        from console.storage import backup
        from console.storage.errors import StorageError
        from console.ui.shell.damaged_db_dialog import Choice

        path = self.context.db_path
        folder = backup_folder(self.context)
        good = backup.newest_good_backup(folder, path, passphrase=self.context.passphrase)
        label = good.made.strftime("%Y-%m-%d %H:%M") if good is not None else None
        choice = self.ask_damaged(error, label)
        try:
            if choice is Choice.RESTORE and good is not None:
                kept = backup.restore(good.path, path, passphrase=self.context.passphrase)
                log.warning("database restored from a backup; the old file kept as %s", kept)
                return True
            if choice is Choice.NEW:
                aside = backup.set_aside(path, f"damaged-{time.strftime('%Y%m%d-%H%M%S')}")
                log.warning("new database started; the damaged file kept as %s", aside)
                self.context.passphrase = None
                return True
        except StorageError as failure:
            self.tell(failure.message)
        return False


def backup_folder(context: AppContext) -> Path:
    from console.storage import backup

    chosen = context.settings.backup_folder
    return Path(chosen) if chosen else backup.default_folder(context.db_path)


class AutoBackup(QObject):
    """The automatic backups: the day's first at start-up, and one at exit after a change."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        self.last_made: Path | None = None
        self.last_problem: str | None = None
        self._unsubscribe = context.repository.subscribe(self._on_change)

    def _on_change(self, _table: str) -> None:
        self.changed = True

    def schedule_startup(self, delay_ms: int = STARTUP_BACKUP_DELAY_MS) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.startup_backup)
        self.timer.start(delay_ms)

    def startup_backup(self) -> Path | None:
        from console.storage import backup

        if not self.context.settings.automatic_backups or self.context.on_server:
            return None  # the server's backups are the clinic admin's (clinic-server.md)
        if not backup.due(backup_folder(self.context), self.context.db_path, dt.date.today()):
            return None
        return self.make()

    def exit_backup(self) -> Path | None:
        self._unsubscribe()
        if self.context.on_server:
            return None
        if not self.context.settings.automatic_backups or not self.changed:
            return None
        return self.make()

    def make(self) -> Path | None:
        from console.storage import backup
        from console.storage.errors import StorageError

        try:
            made = backup.make_backup(
                self.context.repository.db,
                self.context.db_path,
                backup_folder(self.context),
                keep=self.context.settings.backups_kept,
                passphrase=self.context.passphrase,
            )
        except (StorageError, OSError) as error:
            self.last_problem = getattr(error, "message", str(error))
            log.warning("automatic backup failed: %s", self.last_problem)
            return None
        self.last_made, self.last_problem, self.changed = made, None, False
        return made


@dataclass
class StorageParts:
    """What runs beside an opened database until the program ends."""

    screen_lock: ScreenLock
    auto_backup: AutoBackup | None = None


def start_storage(context: AppContext, window: QWidget, *, demo: bool) -> StorageParts | None:
    """After the first paint: open the database (asking what is needed), then the lock
    screen and the automatic backups. None (and the program ends, exit code 1) when
    the database could not be opened."""
    from console.ui.settings.lock_screen import ScreenLock

    if not StorageOpener(context, window).open():
        window.hide()
        QApplication.exit(1)
        return None
    therapists = context.repository.therapists.all()
    if len(therapists) == 1:  # no doubt who is at the computer until someone unlocks
        context.set_therapist(therapists[0].id)
    lock = ScreenLock(context, window)
    lock.unlocked.connect(context.set_therapist)
    lock.start()
    parts = StorageParts(screen_lock=lock)
    if not demo:
        automatic = AutoBackup(context, window)
        automatic.schedule_startup()
        parts.auto_backup = automatic
    return parts
