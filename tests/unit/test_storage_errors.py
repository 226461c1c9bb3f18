"""Known sqlite problems become StorageErrors with a message; other errors stay bugs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from console.storage.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    DiskIOError,
    ReadOnlyStorage,
    SessionSigned,
    StorageError,
    classify,
    translated,
)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), DiskFull),
        (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyStorage),
        (sqlite3.DatabaseError("file is not a database"), DatabaseCorrupt),
        (sqlite3.DatabaseError("database disk image is malformed"), DatabaseCorrupt),
        (sqlite3.OperationalError("database is locked"), DatabaseLocked),
        (sqlite3.OperationalError("disk I/O error"), DiskIOError),
        (sqlite3.IntegrityError("session is signed"), SessionSigned),
    ],
)
def test_known_problems_are_classified(error: sqlite3.Error, kind: type[StorageError]) -> None:
    known = classify(error)
    assert isinstance(known, kind)
    assert known.message and known.detail == str(error)


def test_error_name_wins_over_text() -> None:
    error = sqlite3.OperationalError("something")
    error.sqlite_errorname = "SQLITE_IOERR_WRITE"
    assert isinstance(classify(error), DiskIOError)


def test_other_errors_are_bugs_and_propagate() -> None:
    assert classify(sqlite3.OperationalError("no such table: patients")) is None
    with pytest.raises(sqlite3.OperationalError, match="no such table"), translated():
        raise sqlite3.OperationalError("no such table: patients")


def test_translated_raises_the_known_problem_from_the_original() -> None:
    with pytest.raises(DiskFull) as caught, translated():
        raise sqlite3.OperationalError("database or disk is full")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert "disk is full" in caught.value.message


def test_a_real_locked_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(DatabaseLocked), translated():
            other.execute("INSERT INTO t VALUES (1)")
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
