"""Automatic backups around the main window: the day's first at start, one at exit after a
change; and the window's lock screen and Ctrl+L once the database is open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage import backup
from console.storage.settings_file import LoadedSettings
from console.ui.settings.lock_screen import LockOverlay
from console.ui.shell.context import AppContext
from console.ui.shell.main_window import MainWindow
from console.ui.shell.storage_startup import AutoBackup
from tests.storage_helpers import add_patient, make_repo


def _context(db_path: Path, **settings: object) -> AppContext:
    return AppContext(db_path=db_path, settings=LoadedSettings(Settings(**settings)))


def test_the_first_start_of_the_day_makes_a_backup(qtbot: QtBot, db_path: Path) -> None:
    make_repo(db_path).close()
    context = _context(db_path, backups_kept=2)
    automatic = AutoBackup(context)
    made = automatic.startup_backup()
    assert made is not None and made.parent == db_path.parent / "backups"
    assert automatic.startup_backup() is None  # once a day
    assert automatic.exit_backup() is None  # nothing changed since
    context.close()


def test_exit_makes_a_backup_after_a_change_and_rotation_keeps_the_newest(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    context = _context(db_path, backup_folder=str(folder), backups_kept=2)
    for day in range(3):
        backup.make_backup(
            context.repository.db, db_path, folder, keep=5, now=dt.datetime(2026, 1, 1 + day)
        )
    automatic = AutoBackup(context)
    add_patient(context.repository)
    made = automatic.exit_backup()
    assert made is not None and made.parent == folder
    assert backup.backups(folder, db_path)[0].path == made
    assert len(backup.backups(folder, db_path)) == 2
    context.close()


def test_no_automatic_backups_when_turned_off(qtbot: QtBot, db_path: Path) -> None:
    context = _context(db_path, automatic_backups=False)
    automatic = AutoBackup(context)
    add_patient(context.repository)
    assert automatic.startup_backup() is None and automatic.exit_backup() is None
    context.close()


def test_the_main_window_locks_with_ctrl_l_and_backs_up_at_exit(
    qtbot: QtBot, db_path: Path
) -> None:
    context = _context(db_path)
    window = MainWindow(context=context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.finish_startup()
    assert window.screen_lock is not None and window.auto_backup is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screen_lock.locked
    (overlay,) = window.findChildren(LockOverlay)
    assert overlay.geometry() == window.rect()
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)  # default profile
    assert not window.screen_lock.locked
    assert context.therapist_id == window.screen_lock.therapist_id
    add_patient(context.repository)
    window.close()
    assert backup.backups(backup.default_folder(db_path), db_path)
