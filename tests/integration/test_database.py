"""Opening the database: durable settings asserted, newer and damaged files refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from console.storage.database import (
    BUSY_TIMEOUT_MS,
    applied_migrations,
    check_pragmas,
    default_db_path,
    open_database,
)
from console.storage.errors import (
    DatabaseCorrupt,
    ReadOnlyStorage,
    SchemaTooNew,
    StorageError,
    translated,
)
from console.storage.migrations import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_creates_the_folder_and_sets_durable_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "console.db"
    db = open_database(path)
    try:
        assert path.is_file()
        assert check_pragmas(db) == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
        }
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert applied_migrations(db.conn) == list(MIGRATION_NAMES)
    finally:
        db.close()


def test_every_registered_migration_is_listed_in_order() -> None:
    pending = [migration.name for migration in MIGRATIONS.pending(Database(memory=True))]
    assert tuple(pending) == MIGRATION_NAMES


def test_default_path_is_in_the_user_data_folder() -> None:
    path = default_db_path()
    assert path.name == "console.db"
    assert path.parent.name == "pnf-console"
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])


def test_reopening_is_idempotent(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    try:
        assert applied_migrations(db.conn) == list(MIGRATION_NAMES)
    finally:
        db.close()


def _made_newer(path: Path, *, user_version: int | None = None, name: str | None = None) -> None:
    open_database(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    if user_version is not None:
        conn.execute(f"PRAGMA user_version = {user_version}")
    if name is not None:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [MIGRATIONS.name, name, "2030-01-01"],
        )
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.mark.parametrize(
    "newer", [{"user_version": SCHEMA_VERSION + 1}, {"name": "m999_from_the_future"}]
)
def test_a_newer_database_is_refused_and_left_byte_for_byte(
    db_path: Path, newer: dict[str, object]
) -> None:
    _made_newer(db_path, **newer)  # type: ignore[arg-type]
    before = _digest(db_path)
    with pytest.raises(SchemaTooNew) as caught:
        open_database(db_path)
    assert "newer version" in caught.value.message
    assert _digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all" * 100,
        os.urandom(8192),
        b"SQLite format 3\x00" + b"\xff" * 4000,
    ],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_writing_a_read_only_database_is_reported(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(ReadOnlyStorage), translated():
            conn.execute("INSERT INTO therapists (name, created_at) VALUES ('a', '2026-01-01')")
    finally:
        conn.close()


def test_a_folder_where_the_file_should_be_is_refused(tmp_path: Path) -> None:
    (tmp_path / "console.db").mkdir()
    with pytest.raises(StorageError):
        open_database(tmp_path / "console.db")


def test_an_uncreatable_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ReadOnlyStorage):
        open_database(blocker / "sub" / "console.db")


def test_a_given_connection_maker_is_used_with_the_same_settings(db_path: Path) -> None:
    made: list[Path] = []

    def maker(path: Path) -> sqlite3.Connection:
        made.append(path)
        return sqlite3.connect(path)  # implicit transactions, as drivers default to

    db = open_database(db_path, connect=maker)
    try:
        assert made == [db_path]
        assert db.conn.isolation_level is None
        assert check_pragmas(db)["journal_mode"] == "wal"
        assert applied_migrations(db.conn) == list(MIGRATION_NAMES)
    finally:
        db.close()
