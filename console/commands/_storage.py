"""Opening the repository for a sub-command, with storage problems as user errors."""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError, resolve_db
from console.storage.database import default_db_path
from console.storage.errors import StorageError
from console.storage.repository import Repository


def db_path(args: argparse.Namespace) -> Path:
    """--db, else $PNF_CONSOLE_DB, else the default in the user data folder."""
    return resolve_db(args) or default_db_path()


def open_repository(args: argparse.Namespace, *, must_exist: bool = True) -> Repository:
    path = db_path(args)
    if must_exist and not path.is_file():
        raise UserError(f"no database at {path}")
    from console.commands._passphrase import for_database
    from console.storage.encryption import open_any

    passphrase = for_database(path)
    try:
        return Repository(open_any(path, passphrase=passphrase))
    except StorageError as error:
        raise UserError(error.message) from error
