"""A damaged or too-new database: a plain message, the file kept byte for byte, and the
choice of the newest good backup or a new database (storage side and the dialog)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage import backup
from console.storage.encryption import open_any
from console.storage.errors import DatabaseCorrupt, SchemaTooNew, StorageError
from console.storage.integrity import header_problems
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext
from console.ui.shell.damaged_db_dialog import Choice, DamagedDatabaseDialog
from console.ui.shell.storage_startup import StorageOpener
from tests.storage_helpers import PLAN, add_patient, make_repo


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 - 100])


def _random_bytes(path: Path) -> None:
    size = path.stat().st_size
    path.write_bytes(os.urandom(size))


def _not_a_database(path: Path) -> None:
    path.write_text("Patient list\nNúñez, José\n" * 200, encoding="utf-8")


def _newer_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], type[StorageError]]] = {
    "truncated": (_truncate, DatabaseCorrupt),
    "random-bytes": (_random_bytes, DatabaseCorrupt),
    "not-a-database": (_not_a_database, DatabaseCorrupt),
    "newer-version": (_newer_version, SchemaTooNew),
}


def _database_with_backup(db_path: Path) -> tuple[list[int], Path]:
    repo = make_repo(db_path)
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    for n in range(300):  # a few pages, so a truncation cuts through tables
        repo.sessions.add_note(session, f"note {n} " + "x" * 200)
    ids = [r.id for r in repo.sessions.records(session)]
    made = backup.make_backup(repo.db, db_path, backup.default_folder(db_path))
    repo.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return ids, made


def _open_damaged(db_path: Path) -> StorageError:
    with pytest.raises(StorageError) as raised:
        db = open_any(db_path)
        try:  # a truncated file may open; its first full read fails
            db.execute("SELECT count(*) FROM records").fetchall()
            db.execute("PRAGMA integrity_check").fetchall()
            from console.storage.integrity import integrity_problems

            if integrity_problems(db):
                raise DatabaseCorrupt()
        finally:
            db.close()
    return raised.value


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_the_damaged_file_is_reported_and_left_as_it_is(db_path: Path, case: str) -> None:
    _database_with_backup(db_path)
    damage, expected = DAMAGE[case]
    damage(db_path)
    before = db_path.read_bytes()
    error = _open_damaged(db_path)
    assert isinstance(error, expected)
    assert error.message.endswith(".")
    assert bool(header_problems(db_path)) == (case == "truncated")
    assert db_path.read_bytes() == before


class ScriptedOpener(StorageOpener):
    def __init__(self, context: AppContext, choice: Choice) -> None:
        super().__init__(context)
        self.choice = choice
        self.shown: list[tuple[type[StorageError], str | None]] = []
        self.told: list[str] = []

    def ask_damaged(self, error: StorageError, backup_label: str | None) -> Choice:
        self.shown.append((type(error), backup_label))
        return self.choice

    def tell(self, message: str) -> None:
        self.told.append(message)


def _context(db_path: Path) -> AppContext:
    return AppContext(db_path=db_path, settings=LoadedSettings(Settings()))


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_restore_the_newest_good_backup(qtbot: QtBot, db_path: Path, case: str) -> None:
    ids, made = _database_with_backup(db_path)
    DAMAGE[case][0](db_path)
    damaged = db_path.read_bytes()
    context = _context(db_path)
    opener = ScriptedOpener(context, Choice.RESTORE)
    assert opener.open()
    label = backup.backups(made.parent, db_path)[0].made.strftime("%Y-%m-%d %H:%M")
    assert opener.shown == [(DAMAGE[case][1], label)]
    assert [r.id for r in context.repository.sessions.records(1)] == ids
    context.close()
    kept = list(db_path.parent.glob("console.db.before-restore-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [damaged]


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_start_a_new_database_keeps_the_damaged_one(qtbot: QtBot, db_path: Path, case: str) -> None:
    _database_with_backup(db_path)
    DAMAGE[case][0](db_path)
    damaged = db_path.read_bytes()
    context = _context(db_path)
    opener = ScriptedOpener(context, Choice.NEW)
    assert opener.open()
    assert context.repository.therapists.all() == []
    context.close()
    (aside,) = [
        p
        for p in db_path.parent.glob("console.db.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes() == damaged


def test_quit_changes_nothing(qtbot: QtBot, db_path: Path) -> None:
    _database_with_backup(db_path)
    _random_bytes(db_path)
    damaged = db_path.read_bytes()
    context = _context(db_path)
    opener = ScriptedOpener(context, Choice.QUIT)
    assert not opener.open()
    assert db_path.read_bytes() == damaged
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("console.db")) == [
        "console.db"
    ]


def test_no_good_backup_offers_none(qtbot: QtBot, db_path: Path) -> None:
    _, made = _database_with_backup(db_path)
    made.write_bytes(b"broken backup")
    _random_bytes(db_path)
    context = _context(db_path)
    opener = ScriptedOpener(context, Choice.QUIT)
    assert not opener.open()
    assert opener.shown == [(DatabaseCorrupt, None)]


def test_the_dialog_says_so_and_offers_both_ways(qtbot: QtBot, db_path: Path) -> None:
    dialog = DamagedDatabaseDialog(
        DatabaseCorrupt(detail="file is not a database"), db_path, "2026-11-25 18:02"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert "damaged" in dialog.heading.text()
    assert str(db_path) in dialog.where.text()
    assert dialog.restore_button.isEnabled() and "2026-11-25 18:02" in dialog.restore_button.text()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.choice is Choice.NEW and dialog.result() == DamagedDatabaseDialog.DialogCode.Accepted
    )


def test_the_dialog_for_a_newer_version_and_no_backup(qtbot: QtBot, db_path: Path) -> None:
    dialog = DamagedDatabaseDialog(SchemaTooNew(), db_path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "newer version" in dialog.heading.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.choice is Choice.QUIT
        and dialog.result() == DamagedDatabaseDialog.DialogCode.Rejected
    )
