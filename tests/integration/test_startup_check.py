"""The integrity check at start: in a worker thread, reported once, the file untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from console.storage.repository import Repository
from console.ui.shell.startup_check import StartupCheck, start_check
from tests.storage_helpers import PLAN, add_patient


def _database(db_path: Path) -> None:
    repo = Repository.open(db_path)
    try:
        patient = add_patient(repo)
        session = repo.sessions.start(patient, PLAN)
        repo.sessions.add_grade(session, "4", protocol_id="ue-d1", side="left")
    finally:
        repo.close()


def test_a_sound_database_passes_quietly(qtbot: QtBot, db_path: Path) -> None:
    _database(db_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    check = StartupCheck(db_path, None, parent)
    with qtbot.waitSignal(check.finished, timeout=30_000) as done:
        check.start()
    assert done.args == [[]]
    assert not parent.findChildren(QMessageBox)


def test_a_tampered_audit_log_is_reported_and_the_file_left_alone(
    qtbot: QtBot, db_path: Path
) -> None:
    _database(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET action = 'view' WHERE id = 2")
    conn.close()
    before = db_path.read_bytes()
    parent = QWidget()
    qtbot.addWidget(parent)
    check = start_check(db_path, None, parent)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)), timeout=30_000)
    box = parent.findChild(QMessageBox, "integrityProblems")
    assert box is not None
    assert "audit log: row 2 was changed" in box.detailedText()
    assert check.problems and check.wait(5)
    assert db_path.read_bytes() == before
    box.close()
