"""Encryption at rest (opt-in): SQLCipher 4 through sqlcipher3, and telling files apart.

An encrypted database is a SQLCipher file keyed with the clinic passphrase; beside it
``console.db.encrypted`` (a short note) says it is one, so a file whose header is not
SQLite's is asked a passphrase for when the note is there and reported as damaged when
it is not (an encrypted page and random bytes look the same). The header decides first:
a plain SQLite file is opened plain whatever the note says.

``convert`` turns a plain database into an encrypted one and back through a verified
copy: the new file is written beside, checked (integrity, audit chain, row counts of
every table, schema version), then swapped in with one atomic rename; the old file is
kept until the swapped file has been checked again, then removed (a plain copy of the
records must not stay behind once the database is encrypted).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from console.storage import audit
from console.storage.backend import SqliteConnection
from console.storage.errors import PassphraseNeeded, StorageError, WrongPassphrase, translated
from console.storage.integrity import integrity_problems

SQLITE_HEADER = b"SQLite format 3\x00"
MARKER_SUFFIX = ".encrypted"
MARKER_TEXT = (
    "The database beside this note is encrypted (SQLCipher 4). PNF Console asks for the\n"
    "clinic passphrase to open it. Keep this note with the database file.\n"
)

FileKind = Literal["missing", "empty", "plain", "encrypted", "unknown"]


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def file_kind(path: Path) -> FileKind:
    """What the file at ``path`` is, from its first bytes and the note beside it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unknown"
    if not head:
        return "empty"
    if head == SQLITE_HEADER:
        return "plain"
    return "encrypted" if marker_path(path).exists() else "unknown"


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A sqlcipher3 connection keyed with ``passphrase`` (autocommit, like ours).

    Raises ``WrongPassphrase`` when the key does not open an existing file.
    """
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no lines on stderr
        conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as error:
            if "not a database" in str(error):
                raise WrongPassphrase(detail=str(error)) from None
            raise
    except BaseException:
        conn.close()
        raise
    return conn  # type: ignore[no-any-return]  # the same DB-API as sqlite3


def open_any(path: Path, *, passphrase: str | None = None, migrate: bool = True) -> Database:
    """``open_database`` for a plain or an encrypted file (see the module docstring).

    Raises ``PassphraseNeeded`` for an encrypted file without a passphrase and
    ``WrongPassphrase`` for a passphrase that does not open it; a new database made
    with a passphrase is encrypted from its first page.
    """
    from console.storage.database import open_database

    kind = file_kind(path)
    if kind == "encrypted" and passphrase is None:
        raise PassphraseNeeded()
    if passphrase is None or kind == "plain":
        return open_database(path, migrate=migrate)
    key = passphrase
    db = open_database(path, migrate=migrate, connect=lambda p: connect(p, key))
    if kind in ("missing", "empty"):
        write_marker(path)
    return db


def write_marker(path: Path) -> None:
    marker = marker_path(path)
    marker.write_text(MARKER_TEXT, encoding="utf-8")


def remove_marker(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        marker_path(path).unlink()


# -- conversion ------------------------------------------------------------------------


@dataclass(frozen=True)
class Conversion:
    path: Path
    encrypted: bool
    tables: dict[str, int]


def counts(conn: Any) -> dict[str, int]:
    """Rows in every table (sqlite_sequence included): the copy must match."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'"
        ).fetchall()
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _source(path: Path, passphrase: str | None) -> Any:
    """A sqlcipher3 connection on the current file (plain when ``passphrase`` is None)."""
    if passphrase is not None:
        return connect(path, passphrase)
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _export(path: Path, target: Path, old: str | None, new: str | None) -> dict[str, int]:
    """Write the whole database into ``target`` keyed with ``new`` ('' = plain)."""
    with translated():
        conn = _source(path, old)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            source_counts = counts(conn)
            conn.execute(
                f"ATTACH DATABASE {_quoted(str(target))} AS converted KEY {_quoted(new or '')}"
            )
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute(f"PRAGMA converted.user_version = {version}")
            conn.execute("DETACH DATABASE converted")
        finally:
            conn.close()
    return source_counts


def verify_copy(path: Path, passphrase: str | None, expected: dict[str, int]) -> list[str]:
    """Problems of the file at ``path`` against the row counts it must hold."""
    db = open_any(path, migrate=False, passphrase=passphrase)
    try:
        with translated():
            problems = integrity_problems(db) + audit.verify_chain(SqliteConnection(db))
            found = counts(db.conn)
        if found != expected:
            problems.append(f"row counts differ: expected {expected}, found {found}")
        return problems
    finally:
        db.close()


def convert(path: Path, *, old: str | None, new: str | None) -> Conversion:
    """Re-write the database at ``path`` from key ``old`` to key ``new`` (None: plain).

    The caller holds the instance lock. On any problem the database is left as it was
    and a ``StorageError`` says why.
    """
    if old == new:
        raise StorageError("The database is already in that form; nothing was changed.")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.converting-{stamp}")
    aside = path.with_name(f"{path.name}.before-conversion-{stamp}")
    for stale in path.parent.glob(f"{path.name}.converting-*"):  # a crash mid-export
        _remove_database_files(stale)
    try:
        expected = _export(path, target, old, new)
        problems = verify_copy(target, new, expected)
        if problems:
            raise StorageError(
                "The converted copy did not check out; the database was not changed.",
                detail="; ".join(problems),
            )
        _fsync(target)
        _keep_aside(path, aside)
        if new is not None:
            write_marker(path)
        target.replace(path)
        _fsync_folder(path.parent)
    except BaseException:
        _remove_database_files(target)
        raise
    problems = verify_copy(path, new, expected)
    if problems:  # put the old file back as it was
        aside.replace(path)
        if new is not None:
            remove_marker(path)
        raise StorageError(
            "The converted database did not check out; the old one was put back.",
            detail="; ".join(problems),
        )
    if new is None:
        remove_marker(path)
    _remove_database_files(aside)
    return Conversion(path, new is not None, expected)


def _keep_aside(path: Path, aside: Path) -> None:
    """A second name for the current file, kept until the swap is verified."""
    try:
        os.link(path, aside)
    except OSError:
        shutil.copy2(path, aside)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_plain_connection(conn: object) -> bool:
    return isinstance(conn, sqlite3.Connection)
