"""Migrations from an empty database and from every earlier schema version."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from console.storage.database import applied_migrations, open_database
from console.storage.migrations import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION

TABLES = {
    "therapists",
    "patients",
    "plans",
    "sessions",
    "records",
    "soap_notes",
    "amendments",
    "home_programs",
    "audit_log",
}


def _older(path: Path, stop_before: str) -> None:
    """A database as a version that had every migration before ``stop_before``."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before=stop_before)
    conn.execute(f"PRAGMA user_version = {MIGRATION_NAMES.index(stop_before)}")
    if "patients" in db.table_names():
        db.execute(
            "INSERT INTO patients (record_number, given_name, family_name, search_key) "
            "VALUES ('OLD-1', 'Inés', 'Ibáñez', 'ines ibanez old-1')"
        )
    if "settings" in db.table_names():  # a version that still had the table, in use
        db.execute("INSERT INTO settings (key, value) VALUES ('clinic', '{\"name\": \"x\"}')")
    conn.close()


def test_from_empty_database_creates_the_whole_schema(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert set(db.table_names()) >= TABLES
        triggers = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {
            "audit_log_no_update",
            "audit_log_no_delete",
            "records_signed_no_insert",
        } <= triggers
        indexes = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"records_session_kind", "records_replaces", "sessions_patient"} <= indexes
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


@pytest.mark.parametrize("stop_before", MIGRATION_NAMES)
def test_from_every_earlier_version(db_path: Path, stop_before: str) -> None:
    _older(db_path, stop_before)
    db = open_database(db_path)
    try:
        assert applied_migrations(db.conn) == list(MIGRATION_NAMES)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert set(db.table_names()) >= TABLES
        assert "settings" not in db.table_names()
        if MIGRATION_NAMES.index(stop_before) > 0:  # the row written by the older version
            row = db.execute("SELECT given_name FROM patients WHERE record_number = 'OLD-1'")
            assert row.fetchone()[0] == "Inés"
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_a_failing_migration_leaves_nothing_behind(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    db = Database(conn)
    MIGRATIONS.ensure_migrations_table(db)
    conn.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY)")  # m001 will collide
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        MIGRATIONS.apply(db)
    assert "therapists" not in db.table_names()
    assert applied_migrations(conn) == []
    conn.close()


def test_migration_names_are_unique_and_ordered() -> None:
    assert len(set(MIGRATION_NAMES)) == len(MIGRATION_NAMES)
    assert list(MIGRATION_NAMES) == sorted(MIGRATION_NAMES)


def test_a_failing_migration_at_open_changes_nothing(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY)")  # m001 will collide
    conn.close()
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert tables == {"patients"}
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        conn.close()


def test_two_programs_opening_a_new_file_at_once_both_succeed(db_path: Path) -> None:
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def opener() -> None:
        barrier.wait()
        try:
            open_database(db_path).close()
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db = open_database(db_path)
    try:
        assert applied_migrations(db.conn) == list(MIGRATION_NAMES)
    finally:
        db.close()
