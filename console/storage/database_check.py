"""Checking a database file as ``pnf-console check-db``, the start-up check and a
restore do: open it (plain or encrypted) without migrating, then SQLite's integrity
and foreign key checks, then the audit chain, then every saved row and signed session
against what the audit trail sealed (console/storage/seal_check.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from console.storage import audit, seal_check
from console.storage.backend import Connection, SqliteConnection
from console.storage.encryption import open_any
from console.storage.errors import StorageError, translated
from console.storage.integrity import integrity_problems
from console.storage.location import is_server_url


def check_database(
    path: Path | str,
    *,
    passphrase: str | None = None,
    password: str | None = None,
    parallel: bool = False,
) -> list[str]:
    """Every problem of the database at ``path`` (one line each); empty when sound.

    The file is opened without migrating it, so an older database stays as it is. An
    encrypted file needs its ``passphrase``. ``path`` may be a server URL: then the
    server database's chain and content are checked (its own consistency is the
    server's business), ``password`` when the password file has none.

    ``parallel`` (check-db on a file): SQLite's own check and the audit chain run in a
    second process while this one checks the content against its seals, each reading
    the file on its own connection; on a computer with two cores that halves the time.
    """
    if is_server_url(path):
        return _check_server(str(path), password)
    path = Path(path)
    if parallel:
        return _check_in_parallel(path, passphrase)
    return _on_file(path, passphrase, _everything)


def verify_content(conn: Connection) -> list[str]:
    """The audit chain's breaks, then every row or signed session that differs from
    what was sealed. A database from before sealed content (checked without migrating
    it) has no seals yet: it is sealed when this version opens it."""
    problems = audit.verify_chain(conn)
    if "content_hash" in conn.columns("audit_log"):
        problems += seal_check.content_findings(conn)
    return problems


def _check_server(url: str, password: str | None) -> list[str]:
    from console.storage.database import open_connection

    try:
        conn = open_connection(url, migrate=False, password=password)
    except StorageError as error:
        return [error.message]
    try:
        with conn.translated():
            return verify_content(conn)
    except StorageError as error:
        return [error.message]
    finally:
        conn.close()


def _on_file(
    path: Path, passphrase: str | None, check: Callable[[Database], list[str]]
) -> list[str]:
    """``check`` on the file opened without migrating; a problem opening or reading it
    is the one line returned."""
    try:
        db = open_any(path, migrate=False, passphrase=passphrase)
    except StorageError as error:
        return [error.message]
    try:
        with translated():
            return check(db)
    except StorageError as error:
        return [error.message]
    finally:
        db.close()


def _file_and_chain(db: Database) -> list[str]:
    """SQLite's integrity check, then the audit chain (a damaged file's chain says
    nothing more)."""
    return integrity_problems(db) or audit.verify_chain(SqliteConnection(db))


def _content(db: Database) -> list[str]:
    """Every row and signed session against its seal."""
    conn = SqliteConnection(db)
    if "content_hash" not in conn.columns("audit_log"):
        return []
    return seal_check.content_findings(conn)


def _everything(db: Database) -> list[str]:
    return integrity_problems(db) or verify_content(SqliteConnection(db))


def _file_and_chain_of(path: Path, passphrase: str | None) -> list[str]:
    """The second process's part of a parallel check."""
    return _on_file(path, passphrase, _file_and_chain)


def _check_in_parallel(path: Path, passphrase: str | None) -> list[str]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": a fresh interpreter, never a copy of this one's open connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        first = pool.submit(_file_and_chain_of, path, passphrase)
        content = _on_file(path, passphrase, _content)
        problems = first.result()
    damaged = problems and not problems[0].startswith("audit log:")
    if damaged:  # a damaged file: what its content says is worth nothing more
        return problems
    return problems + content
