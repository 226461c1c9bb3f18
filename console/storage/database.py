"""Opening the database: durable settings, asserted; migrations; refusing newer files.

Every connection the program makes goes through ``open_database``: write-ahead log,
``synchronous=FULL`` (a committed record survives a power cut), foreign keys on and a
busy timeout. Each is set and then read back; a database that cannot hold them is
refused rather than used unsafely.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from console.storage import paths
from console.storage.backend import Connection, SqliteConnection
from console.storage.errors import (
    DatabaseCorrupt,
    ReadOnlyStorage,
    SchemaTooNew,
    StorageError,
    translated,
)
from console.storage.migrations import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS_FULL = 2


def default_db_path() -> Path:
    """``console.db`` in the user data folder (platformdirs)."""
    return paths.default_db_path()


def plain_connection(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection, as ``open_database`` makes by default."""
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def open_database(
    path: Path,
    *,
    migrate: bool = True,
    connect: Callable[[Path], sqlite3.Connection] = plain_connection,
) -> Database:
    """Open (creating if need be) the database at ``path``, ready and durable.

    Raises ``SchemaTooNew`` for a file written by a newer version (left unchanged),
    ``DatabaseCorrupt`` for a damaged file or one that is not a database,
    ``ReadOnlyStorage`` where the file or folder cannot be written, and the other
    ``StorageError`` kinds for the known problems. ``migrate=False`` opens an older
    database as it is (for checks that must not change it). ``connect`` makes the
    connection (an encrypted database's driver, with its key already given); it is
    then switched to explicit transactions and given the same settings and checks.
    """
    from console.storage.location import is_server_url

    if is_server_url(str(path)):  # never a folder named "postgresql:" by mistake
        raise StorageError("A server URL is opened with open_connection, not as a file.")
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReadOnlyStorage(
            f"The folder for the database cannot be created: {path.parent}", detail=str(error)
        ) from error
    if path.is_dir():
        raise StorageError(f"The database path is a folder, not a file: {path}")
    with translated():
        conn = connect(path)
    try:
        # No implicit transactions: a statement outside ``BEGIN`` commits on its own, so
        # a failed statement can never leave a half-open transaction behind.
        conn.isolation_level = None
        with translated():
            _refuse_newer(conn)
            db = Database(conn)
            _set_pragmas(db)
            if migrate and (MIGRATIONS.pending(db) or _user_version(conn) != SCHEMA_VERSION):
                _migrate(db)
    except BaseException:
        conn.close()
        raise
    return db


def open_connection(
    target: str | Path,
    *,
    migrate: bool = True,
    password: str | None = None,
) -> Connection:
    """Open the database ``target`` names: a file (``open_database``) or a PostgreSQL
    URL (the clinic server: connected, its schema checked and brought up to date the
    same way). ``password`` is for a server whose password the user typed."""
    from console.storage.location import FileLocation, parse_location

    location = parse_location(target)
    if isinstance(location, FileLocation):
        return SqliteConnection(open_database(location.path, migrate=migrate))
    from console.storage import seal_upgrade, server_backend, server_schema

    conn = server_backend.connect(location, password=password)
    try:
        server_schema.migrate_server(
            conn.raw,
            migrate=migrate,
            role=location.user,
            seal_existing=lambda _raw: seal_upgrade.seal_existing(conn),
        )
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(db: Database) -> None:
    """Apply pending migrations under the write lock, all or none.

    Each migration runs in its own savepoint; the lock keeps a second program that opens
    the same new file at the same moment from migrating it twice.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        _refuse_newer(conn)  # another program may have migrated it meanwhile
        MIGRATIONS.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of this program's migrations applied to the database, oldest first."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        [MIGRATIONS.migrations_table],
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATIONS.name],
    ).fetchall()
    return [str(row[0]) for row in rows]


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _refuse_newer(conn: sqlite3.Connection) -> None:
    """Read-only look at the schema version; raises SchemaTooNew before any write."""
    version = _user_version(conn)  # raises "file is not a database" for garbage
    unknown = [name for name in applied_migrations(conn) if name not in MIGRATION_NAMES]
    if version > SCHEMA_VERSION or unknown:
        found = f"schema version {version}" + (f", migrations {unknown}" if unknown else "")
        raise SchemaTooNew(detail=f"{found}; this program knows version {SCHEMA_VERSION}")


def _set_pragmas(db: Database) -> None:
    conn = db.conn
    mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    found = {
        "journal_mode": mode,
        "synchronous": conn.execute("PRAGMA synchronous").fetchone()[0],
        "foreign_keys": conn.execute("PRAGMA foreign_keys").fetchone()[0],
        "busy_timeout": conn.execute("PRAGMA busy_timeout").fetchone()[0],
    }
    wanted = {
        "journal_mode": "wal",
        "synchronous": SYNCHRONOUS_FULL,
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
    }
    if found != wanted:
        wrong = ", ".join(f"{k}={found[k]!r}" for k in wanted if found[k] != wanted[k])
        raise StorageError(
            "The database cannot be opened safely on this disk "
            "(it does not support the settings that protect saved records).",
            detail=f"expected {wanted}, found {wrong}",
        )


def check_pragmas(db: Database) -> dict[str, object]:
    """The durability settings as the connection has them now (for tests and checks)."""
    conn = db.conn
    return {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


__all__ = [
    "BUSY_TIMEOUT_MS",
    "DatabaseCorrupt",
    "SchemaTooNew",
    "applied_migrations",
    "check_pragmas",
    "default_db_path",
    "open_database",
]
