"""`pnf-console restore FILE`: put a backup in place of the database.

The backup is checked first (SQLite's integrity check, this program's schema, the
audit chain); the current database is kept as ``console.db.before-restore-<time>``.
Refused while the program has the database open.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from console.commands import UserError
from console.commands._passphrase import ENV, ask
from console.commands._storage import db_path
from console.storage import backup, encryption
from console.storage.errors import StorageError
from console.storage.instance_lock import InstanceLock


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("restore", help="check a backup and put it in place of the database")
    parser.add_argument("file", type=Path, help="the backup file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    source: Path = args.file
    if not source.is_file():
        raise UserError(f"no backup at {source}")
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
        detail = f" ({error.detail})" if error.detail else ""
        raise UserError(error.message + detail) from error
    if restored.kept_as is not None:
        print(f"the database before the restore is kept as {restored.kept_as}")
    print(f"restored {source} to {path}")
    return 0
