"""Checking a database file as ``pnf-console check-db``, the start-up check and a
restore do: open it (plain or encrypted) without migrating, then SQLite's integrity
and foreign key checks, then the audit chain."""

from __future__ import annotations

from pathlib import Path

from console.storage import audit
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
            return audit.verify_chain(db)
    except StorageError as error:
        return [error.message]
    finally:
        db.close()
