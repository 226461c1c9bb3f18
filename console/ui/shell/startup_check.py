"""The integrity check at start, off the way of the therapist.

SQLite's full integrity check, the foreign-key check and the audit chain take a few
seconds on a year's records, so they run on their own connection in a worker thread
after the database is open; the program is in use meanwhile (SQLite releases Python's
lock while it reads). Problems are reported once, plainly, with what to do; the file
is left exactly as it is.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.ui.shell.notices import message_box

log = logging.getLogger(__name__)


class StartupCheck(QObject):
    """Runs the check once; ``finished(problems)`` arrives in the GUI thread."""

    finished = Signal(list)

    def __init__(self, db_path: Path, passphrase: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.passphrase = passphrase
        self.problems: list[str] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and for closing: True when the check has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _run(self) -> None:
        from console.storage.database_check import check_database

        try:
            problems = check_database(self.db_path, passphrase=self.passphrase)
        except Exception as error:  # a bug in the check must not end the program
            log.exception("integrity check failed to run")
            problems = [f"the check could not run: {error}"]
        self.problems = problems
        if problems:
            log.warning("integrity check at start found %d problem(s)", len(problems))
        with contextlib.suppress(RuntimeError):  # the window closed while the check ran
            self.finished.emit(problems)


def report(problems: list[str], parent: QWidget | None) -> QMessageBox | None:
    """Tell the therapist, once, in plain words (not modal: work can be finished)."""
    if not problems:
        return None
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartupCheck", "Database check"),
        QCoreApplication.translate(
            "StartupCheck",
            "The check of the database at start found problems. What is on screen can "
            "still be used, and nothing has been changed.",
        ),
        name="integrityProblems",
        informative=QCoreApplication.translate(
            "StartupCheck",
            "Finish what you are doing, close PNF Console and restore the newest good "
            "backup (pnf-console restore FILE), or ask your administrator. "
            "'pnf-console check-db' lists the problems again.",
        ),
    )
    box.setDetailedText("\n".join(problems))
    box.open()
    return box


def start_check(db_path: Path, passphrase: str | None, parent: QWidget) -> StartupCheck:
    check = StartupCheck(db_path, passphrase, parent)
    check.finished.connect(lambda problems: setattr(check, "box", report(problems, parent)))
    check.start()
    return check
