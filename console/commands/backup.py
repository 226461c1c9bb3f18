"""`pnf-console backup [--out FILE]`: a complete copy of the database, made online.

Without ``--out`` the copy goes to the backup folder (Settings, by default ``backups``
beside the database) under the automatic backups' name, and the oldest beyond the
number kept are removed. A backup of an encrypted database stays encrypted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError
from console.commands._passphrase import for_database
from console.commands._storage import db_path
from console.storage import backup
from console.storage.encryption import open_any
from console.storage.errors import StorageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("backup", help="copy the database (online) to a backup file")
    parser.add_argument("--out", type=Path, help="write the backup to this file")
    parser.set_defaults(handler=run)


def backup_folder(path: Path) -> tuple[Path, int]:
    from console.storage.settings_file import load_settings

    settings = load_settings().settings
    folder = Path(settings.backup_folder) if settings.backup_folder else None
    return folder or backup.default_folder(path), settings.backups_kept


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.is_file():
        raise UserError(f"no database at {path}")
    passphrase = for_database(path)
    out: Path | None = args.out
    if out is not None and out.resolve() == path.resolve():
        raise UserError("the backup cannot replace the database itself")
    try:
        db = open_any(path, passphrase=passphrase, migrate=False)
        try:
            if out is not None:
                written = backup.write_backup(db, out, passphrase=passphrase)
            else:
                folder, keep = backup_folder(path)
                written = backup.make_backup(db, path, folder, keep=keep, passphrase=passphrase)
        finally:
            db.close()
    except StorageError as error:
        raise UserError(error.message) from error
    print(f"backup written: {written}")
    return 0
