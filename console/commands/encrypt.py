"""`pnf-console encrypt` and `pnf-console decrypt`: encryption at rest, on or off.

The database is re-written through a verified copy (console/storage/encryption.py);
refused while the program has it open. The passphrase comes from
``PNF_CONSOLE_PASSPHRASE`` or is asked on the terminal.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError
from console.commands._passphrase import ask, new_passphrase
from console.commands._storage import db_path
from console.storage import encryption
from console.storage.errors import StorageError
from console.storage.instance_lock import InstanceLock


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("encrypt", help="encrypt the database with a clinic passphrase")
    parser.set_defaults(handler=run_encrypt)


def _database(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if not path.is_file():
        raise UserError(f"no database at {path}")
    return path


def _convert(path: Path, old: str | None, new: str | None, outcome: str) -> int:
    """Re-write the database from passphrase ``old`` to ``new`` (None: plain) under the
    instance lock; prints ``outcome`` with the rows checked."""
    try:
        with InstanceLock(path):
            done = encryption.convert(path, old=old, new=new)
    except StorageError as error:
        raise UserError(error.message) from error
    rows = sum(done.tables.values())
    print(f"{path}: {outcome.format(rows=rows)}")
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    path = _database(args)
    if encryption.file_kind(path) != "plain":
        raise UserError(f"{path} is not a plain database (already encrypted, or damaged)")
    passphrase = new_passphrase()
    outcome = "encrypted ({rows} rows checked); keep the passphrase safe, it cannot be reset"
    return _convert(path, None, passphrase, outcome)


def run_decrypt(args: argparse.Namespace) -> int:
    path = _database(args)
    if encryption.file_kind(path) == "plain":
        raise UserError(f"{path} is not encrypted")
    passphrase = ask(f"Passphrase for {path.name}: ")
    outcome = "decrypted ({rows} rows checked); the file is now readable without a passphrase"
    return _convert(path, passphrase, None, outcome)
