"""Checking a database file as ``pnf-console check-db``, the start-up check and a
restore do: open it (plain or encrypted) without migrating, then SQLite's integrity
and foreign key checks, then the audit chain, then every saved row and signed session
against what the audit trail sealed (console/storage/seal_check.py)."""

from __future__ import annotations

from pathlib import Path

from console.storage import audit, seal_check
from console.storage.backend import Connection, SqliteConnection
from console.storage.encryption import open_any
from console.storage.errors import StorageError, translated
from console.storage.integrity import integrity_problems


def check_database(path: Path, *, passphrase: str | None = None) -> list[str]:
    """Every problem of the database at ``path`` (one line each); empty when sound.

    The file is opened without migrating it, so an older database stays as it is. An
    encrypted file needs its ``passphrase``.
    """
    try:
        db = open_any(path, migrate=False, passphrase=passphrase)
    except StorageError as error:
        return [error.message]
    try:
        problems = integrity_problems(db)
        if problems:  # the audit chain of a damaged file says nothing more
            return problems
        with translated():
            return verify_content(SqliteConnection(db))
    except StorageError as error:
        return [error.message]
    finally:
        db.close()


def verify_content(conn: Connection) -> list[str]:
    """The audit chain's breaks, then every row or signed session that differs from
    what was sealed. A database from before sealed content (checked without migrating
    it) has no seals yet: it is sealed when this version opens it."""
    problems = audit.verify_chain(conn)
    if "content_hash" in conn.columns("audit_log"):
        problems += seal_check.content_findings(conn)
    return problems
