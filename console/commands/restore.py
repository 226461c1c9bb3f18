"""`pnf-console restore FILE`: put a backup in place of the database.

The backup is checked first (SQLite's integrity check, this program's schema, the
audit chain); the current database is kept as ``console.db.before-restore-<time>``.
Refused while the program has the database open.

With ``--db URL`` the backup (a ``pg_dump`` file or a database file) goes into the
clinic server's database, which must be empty; then its audit chain and seals are
checked.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from console.commands import UserError, one_line
from console.commands._passphrase import ENV, ask
from console.commands._storage import db_target, target_name, with_password
from console.storage import backup, encryption
from console.storage.errors import StorageError
from console.storage.instance_lock import InstanceLock


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("restore", help="check a backup and put it in place of the database")
    parser.add_argument("file", type=Path, help="the backup file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = db_target(args)
    source: Path = args.file
    if not source.is_file():
        raise UserError(f"no backup at {source}")
    if isinstance(target, str):
        return _server_restore(source, target)
    path = target
    if source.resolve() == path.resolve():
        raise UserError("that is the database itself, not a backup")
    passphrase = None
    kind = encryption.file_kind(source)
    if kind == "encrypted" or (kind == "unknown" and ENV in os.environ):
        passphrase = ask(f"Passphrase for {source.name}: ")
    try:
        with InstanceLock(path):
            restored = backup.restore(source, path, passphrase=passphrase)
    except StorageError as error:
        raise UserError(one_line(error)) from error
    if restored.kept_as is not None:
        print(f"the database before the restore is kept as {restored.kept_as}")
    print(f"restored {source} to {path}")
    return 0


def _server_restore(source: Path, url: str) -> int:
    from console.storage.database import open_connection
    from console.storage.database_check import verify_content
    from console.storage.location import ServerLocation, parse_location
    from console.storage.server_backup import restore_backup

    location = parse_location(url)
    assert isinstance(location, ServerLocation)

    def attempt(password: str | None) -> list[str]:
        conn = open_connection(url, password=password)
        try:
            restore_backup(source, conn, location, password=password)
            with conn.translated():
                return verify_content(conn)
        finally:
            conn.close()

    try:
        problems = with_password(url, attempt)
    except StorageError as error:
        raise UserError(one_line(error)) from error
    for problem in problems:
        print(problem)
    if problems:
        raise UserError("the restored database does not check out; see the lines above")
    print(f"restored {source} to {target_name(url)}; audit chain and seals verified")
    return 0
