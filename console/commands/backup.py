"""`pnf-console backup [--out FILE]`: a complete copy of the database, made online.

Without ``--out`` the copy goes to the backup folder (Settings, by default ``backups``
beside the database) under the automatic backups' name, and the oldest beyond the
number kept are removed. A backup of an encrypted database stays encrypted.

On the clinic server (``--db URL``) the backup is a consistent snapshot: ``pg_dump``'s
custom format where it is installed, else a database file (console/storage/
server_backup.py); without ``--out`` it goes to the backup folder, named with the
time and the audit chain's newest entry.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError, one_line
from console.commands._passphrase import for_database
from console.commands._storage import db_target, target_name, with_password
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
    target = db_target(args)
    if isinstance(target, str):
        return _server_backup(target, args.out)
    path = target
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


def _server_backup(url: str, out: Path | None) -> int:
    from console.storage.database import default_db_path, open_connection
    from console.storage.location import ServerLocation, parse_location
    from console.storage.server_backup import chain_head, write_backup

    location = parse_location(url)
    assert isinstance(location, ServerLocation)
    folder, _keep = backup_folder(default_db_path())

    def attempt(password: str | None) -> tuple[Path, str]:
        conn = open_connection(url, migrate=False, password=password)
        try:
            head = chain_head(conn)
            return write_backup(conn, location, folder, password=password, out=out), (
                f"audit chain head: entry {head.entry}, {head.hash}"
            )
        finally:
            conn.close()

    try:
        written, head = with_password(url, attempt)
    except StorageError as error:
        raise UserError(one_line(error)) from error
    print(f"backup of {target_name(url)} written: {written}")
    print(head)
    return 0
