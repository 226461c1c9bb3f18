"""m005_hold_records: the records table rebuilt to accept 'hold', nothing else changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from console.storage.database import open_database
from console.storage.migrations import HOLD_CAP_MAX_S, MIGRATIONS


def _schema_of_records(conn: sqlite3.Connection) -> dict[str, str]:
    """The indexes and triggers on records, name -> SQL (whitespace as written)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE tbl_name = 'records' AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    return {str(name): str(sql) for name, sql in rows}


def _at_m004_with_records(path: Path) -> tuple[dict[str, str], list[tuple[object, ...]]]:
    """A version 4 database with a signed session, a running one and a correction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(Database(conn), stop_before="m005_hold_records")
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO patients (id, record_number, given_name, family_name, search_key) "
        "VALUES (1, 'P-1', 'Ana', 'Ruiz', 'ana ruiz p-1')"
    )
    for session_id, status in ((1, "running"), (2, "running")):
        conn.execute(
            "INSERT INTO sessions (id, patient_id, plan_snapshot, status) VALUES (?, 1, '{}', ?)",
            [session_id, status],
        )
    inserts = [
        (1, 1, "grade", "4", "ue-d1", "left", None),
        (2, 1, "pain", "3", None, None, None),
        (3, 1, "note", "tired", None, None, None),
        (4, 1, "grade", "4+", "ue-d1", "left", 1),
        (5, 2, "grade", "3", "le-d1", "right", None),
    ]
    for rid, session, kind, value, protocol, side, replaces in inserts:
        conn.execute(
            "INSERT INTO records (id, session_id, kind, value, protocol_id, side, "
            "recorded_at, replaces_id) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T10:00:00', ?)",
            [rid, session, kind, value, protocol, side, replaces],
        )
    conn.execute("UPDATE sessions SET status = 'signed' WHERE id = 2")
    schema = _schema_of_records(conn)
    rows = conn.execute("SELECT * FROM records ORDER BY id").fetchall()
    conn.close()
    return schema, rows


def test_every_record_index_and_trigger_survives(db_path: Path) -> None:
    schema_before, rows_before = _at_m004_with_records(db_path)
    db = open_database(db_path)
    try:
        # Later versions add columns and indexes (m008: entry_uid); every earlier row,
        # value, index and trigger is still there as it was.
        width = len(rows_before[0])
        after = db.execute("SELECT * FROM records ORDER BY id").fetchall()
        assert [row[:width] for row in after] == rows_before
        schema_after = _schema_of_records(db.conn)
        assert {name: schema_after.get(name) for name in schema_before} == schema_before
        assert "records_before_m005" not in db.table_names()
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The locks still hold on the rebuilt table.
        with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
            db.execute("DELETE FROM records WHERE id = 5")
        with pytest.raises(sqlite3.IntegrityError, match="add a correction"):
            db.execute("UPDATE records SET value = '5' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
            db.execute(
                "INSERT INTO records (session_id, kind, value, recorded_at) "
                "VALUES (2, 'hold', '30', 'now')"
            )
        # The self-reference follows the new table (not the dropped one).
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute(
                "INSERT INTO records (session_id, kind, value, recorded_at, replaces_id) "
                "VALUES (1, 'note', 'x', 'now', 999)"
            )
    finally:
        db.close()


@pytest.mark.parametrize("value", ["1", "45", "300", str(HOLD_CAP_MAX_S)])
def test_a_hold_in_whole_seconds_is_kept(db_path: Path, value: str) -> None:
    _at_m004_with_records(db_path)
    db = open_database(db_path)
    try:
        db.execute(
            "INSERT INTO records (session_id, kind, value, recorded_at) "
            "VALUES (1, 'hold', ?, 'now')",
            [value],
        )
        row = db.execute("SELECT value FROM records WHERE kind = 'hold'").fetchone()
        assert row[0] == value
    finally:
        db.close()


@pytest.mark.parametrize(
    "value", ["0", "-5", str(HOLD_CAP_MAX_S + 1), "05", "12.5", "abc", "", " 30"]
)
def test_a_hold_that_is_not_whole_seconds_in_range_is_refused(db_path: Path, value: str) -> None:
    db = open_database(db_path)
    try:
        db.execute(
            "INSERT INTO patients (id, record_number, given_name, family_name, search_key) "
            "VALUES (1, 'P-1', 'Ana', 'Ruiz', 'k')"
        )
        db.execute(
            "INSERT INTO sessions (id, patient_id, plan_snapshot, status) "
            "VALUES (1, 1, '{}', 'running')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute(
                "INSERT INTO records (session_id, kind, value, recorded_at) "
                "VALUES (1, 'hold', ?, 'now')",
                [value],
            )
    finally:
        db.close()


def test_other_kinds_are_still_refused(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        db.execute(
            "INSERT INTO patients (id, record_number, given_name, family_name, search_key) "
            "VALUES (1, 'P-1', 'Ana', 'Ruiz', 'k')"
        )
        db.execute(
            "INSERT INTO sessions (id, patient_id, plan_snapshot, status) "
            "VALUES (1, 1, '{}', 'running')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute(
                "INSERT INTO records (session_id, kind, value, recorded_at) "
                "VALUES (1, 'time', '30', 'now')"
            )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute(
                "INSERT INTO records (session_id, kind, value, recorded_at) "
                "VALUES (1, 'grade', '7', 'now')"
            )
    finally:
        db.close()
