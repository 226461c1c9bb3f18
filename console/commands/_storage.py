"""Opening the database for a sub-command, with storage problems as user errors.

``--db`` names a file or the clinic server (a ``postgresql://`` URL). A server's
password comes from libpq's usual places (the password file, the service file,
``PGPASSWORD``) or, when none has it and this is a terminal, a prompt; it is never
printed or written anywhere.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from console.commands import UserError, resolve_db
from console.storage.database import default_db_path
from console.storage.errors import ServerPasswordNeeded, StorageError
from console.storage.repository import Repository

T = TypeVar("T")


def db_target(args: argparse.Namespace) -> Path | str:
    """--db, else $PNF_CONSOLE_DB, else the default file in the user data folder."""
    return resolve_db(args) or default_db_path()


def db_path(args: argparse.Namespace, *, what: str = "this command") -> Path:
    """The database file; a UserError when the console is on a server."""
    target = db_target(args)
    if isinstance(target, str):
        raise UserError(f"{what} works on a database file, not on the clinic server")
    return target


def with_password(target: Path | str, attempt: Callable[[str | None], T]) -> T:
    """``attempt(password)``: first with none (libpq's own sources), then, for a
    server that asks for one, with a password typed at the terminal."""
    try:
        return attempt(None)
    except ServerPasswordNeeded as error:
        if not sys.stdin.isatty():
            raise UserError(error.message) from error
    try:
        password = getpass.getpass(f"Password for {target_name(target)}: ")
    except EOFError as error:
        raise UserError("no password given") from error
    return attempt(password or None)


def target_name(target: Path | str) -> str:
    """How the database is named in messages (never with a password)."""
    if isinstance(target, Path):
        return str(target)
    from console.storage.location import parse_location

    return parse_location(target).describe()


def open_repository(args: argparse.Namespace, *, must_exist: bool = True) -> Repository:
    target = db_target(args)
    try:
        if isinstance(target, str):
            return with_password(target, lambda pw: Repository.open(target, password=pw))
        if must_exist and not target.is_file():
            raise UserError(f"no database at {target}")
        from console.commands._passphrase import for_database
        from console.storage.encryption import open_any

        passphrase = for_database(target)
        return Repository(open_any(target, passphrase=passphrase))
    except StorageError as error:
        raise UserError(error.message) from error
