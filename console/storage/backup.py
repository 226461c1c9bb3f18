"""Backups: SQLite's online backup API, rotated; checking a backup; restoring one.

A backup is a complete database file made with ``Connection.backup`` while the program
runs (no need to stop anything). It is written under a temporary name, flushed to the
disk and then renamed, so a backup file is always whole. A backup of an encrypted
database is made through SQLCipher into a file keyed with the same passphrase: it stays
encrypted (and gets the ``.encrypted`` note beside it).

Automatic backups are named ``<db stem>-YYYYMMDD-HHMMSS.db`` in the backup folder
(Settings ``backup_folder``, by default ``backups`` beside the database); only those
names are rotated, keeping the newest ``keep`` (Settings ``backups_kept``, 14).

``restore`` never trusts the file it is given: it copies it beside the database, checks
the copy (SQLite's integrity check, this program's schema, the audit chain) and only
then swaps it in, keeping the current database as ``console.db.before-restore-<time>``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from console.storage import encryption
from console.storage.errors import StorageError, translated

KEEP_DEFAULT = 14
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")
REQUIRED_TABLES = ("therapists", "patients", "sessions", "records", "audit_log")


def default_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_name(db_path: Path, moment: dt.datetime) -> str:
    return f"{db_path.stem}-{moment.strftime(_STAMP)}.db"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime


def backups(folder: Path, db_path: Path) -> list[BackupFile]:
    """The automatic backups of ``db_path`` in ``folder``, newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or match["stem"] != db_path.stem or not entry.is_file():
            continue
        found.append(BackupFile(entry, dt.datetime.strptime(match["stamp"], _STAMP)))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def due(folder: Path, db_path: Path, today: dt.date) -> bool:
    """True when no automatic backup was made today."""
    existing = backups(folder, db_path)
    return not existing or existing[0].made.date() < today


def write_backup(db: Database, target: Path, *, passphrase: str | None = None) -> Path:
    """A complete copy of the open database ``db`` at ``target`` (made whole, then
    renamed into place). ``passphrase``: the database's key, for an encrypted one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    source: Any = db.conn
    with translated():
        if passphrase is not None and not encryption.is_plain_connection(source):
            copy = encryption.connect(partial, passphrase)
        else:
            copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            verdict = [str(row[0]) for row in copy.execute("PRAGMA quick_check").fetchall()]
        finally:
            copy.close()
    if verdict != ["ok"]:
        _remove(partial)
        raise StorageError(
            "The backup did not check out, so the database itself may be damaged; "
            "run check-db. The earlier backups were kept.",
            detail="; ".join(verdict[:5]),
        )
    try:
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        if passphrase is not None and not encryption.is_plain_connection(source):
            encryption.write_marker(target)
        partial.replace(target)
    except OSError as error:
        _remove(partial)
        raise _os_error(error) from error
    return target


def make_backup(
    db: Database,
    db_path: Path,
    folder: Path,
    *,
    keep: int = KEEP_DEFAULT,
    passphrase: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """An automatic backup in ``folder``, then the oldest beyond ``keep`` removed."""
    moment = now or dt.datetime.now()
    target = folder / backup_name(db_path, moment)
    write_backup(db, target, passphrase=passphrase)
    rotate(folder, db_path, keep)
    return target


def rotate(folder: Path, db_path: Path, keep: int) -> list[Path]:
    """Remove the automatic backups beyond the newest ``keep``, and pieces of backups
    a crash left unfinished; returns those removed."""
    removed = []
    for stale in folder.glob(f"{db_path.stem}-*.db.partial"):  # left by a crash mid-backup
        _remove(stale)
        removed.append(stale)
    for old in backups(folder, db_path)[max(keep, 1) :]:
        _remove(old.path)
        encryption.remove_marker(old.path)
        removed.append(old.path)
    return removed


# -- checking and restoring -----------------------------------------------------------


def check_file(path: Path, *, passphrase: str | None = None) -> list[str]:
    """Why the database file at ``path`` cannot be used, one line each; empty when
    it is sound: SQLite's integrity check, this program's schema (not a newer one)
    and an intact audit chain. The file is not changed (a copy is checked)."""
    from console.storage.database_check import check_database

    if encryption.file_kind(path) == "unknown" and passphrase is None:
        return [f"{path.name}: not a PNF Console database (or encrypted without its note)"]
    folder = path.parent
    probe = folder / f".{path.name}.checking-{os.getpid()}"
    try:
        _copy_database(path, probe)
        if encryption.file_kind(path) == "encrypted":
            encryption.write_marker(probe)
        return _check_copy(probe, passphrase, check_database)
    except OSError as error:
        return [f"{path.name}: cannot be read ({error.strerror or error})"]
    finally:
        _remove_database_files(probe)
        encryption.remove_marker(probe)


def _check_copy(probe: Path, passphrase: str | None, check_database: Any) -> list[str]:
    problems: list[str] = list(check_database(probe, passphrase=passphrase))
    if problems:
        return problems
    db = encryption.open_any(probe, migrate=False, passphrase=passphrase)
    try:
        with translated():
            names = {
                str(row[0])
                for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
    finally:
        db.close()
    missing = [name for name in REQUIRED_TABLES if name not in names]
    if missing:
        return [f"not a PNF Console database (no {', '.join(missing)} table)"]
    return []


def newest_good_backup(
    folder: Path, db_path: Path, *, passphrase: str | None = None
) -> BackupFile | None:
    """The newest automatic backup that checks out, or None."""
    for candidate in backups(folder, db_path):
        if not check_file(candidate.path, passphrase=passphrase):
            return candidate
    return None


@dataclass(frozen=True)
class Restored:
    path: Path
    kept_as: Path | None


def restore(source: Path, db_path: Path, *, passphrase: str | None = None) -> Restored:
    """Put the backup ``source`` in place of the database at ``db_path``.

    The caller holds the instance lock. The backup is copied beside the database and
    the copy checked; the current database (if any) is kept as
    ``<name>.before-restore-<time>`` with its write-ahead log. Raises ``StorageError``
    when the backup does not check out; then nothing was changed.
    """
    stamp = time.strftime(_STAMP)
    incoming = db_path.with_name(f"{db_path.name}.restoring-{stamp}")
    encrypted = encryption.file_kind(source) == "encrypted" or (
        passphrase is not None and encryption.file_kind(source) == "unknown"
    )
    try:
        _copy_database(source, incoming)
        if encrypted:
            encryption.write_marker(incoming)
        from console.storage.database_check import check_database

        problems = _check_copy(incoming, passphrase if encrypted else None, check_database)
    except OSError as error:
        _remove_database_files(incoming)
        encryption.remove_marker(incoming)
        raise _os_error(error) from error
    except BaseException:
        _remove_database_files(incoming)
        encryption.remove_marker(incoming)
        raise
    if problems:
        _remove_database_files(incoming)
        encryption.remove_marker(incoming)
        raise StorageError(
            "That backup cannot be restored: it did not pass the checks. "
            "The current database was not changed.",
            detail="; ".join(problems),
        )
    kept = None
    if db_path.exists():  # a second name, so the swap below is one atomic rename
        kept = set_aside(db_path, f"before-restore-{stamp}", keep_in_place=True)
    try:
        if encrypted:
            encryption.write_marker(db_path)
        incoming.replace(db_path)
        if not encrypted:
            encryption.remove_marker(db_path)
    except OSError as error:
        raise _os_error(error) from error
    finally:
        encryption.remove_marker(incoming)
    return Restored(db_path, kept)


def set_aside(db_path: Path, label: str, *, keep_in_place: bool = False) -> Path:
    """Rename the database (and its write-ahead log) to ``<name>.<label>``; never
    deletes anything. Returns the new name of the main file.

    ``keep_in_place``: the main file gets the new name as a second name (a hard link,
    else a copy) and keeps its own until the caller replaces it, so there is never a
    moment without a database at ``db_path``.
    """
    _checkpoint(db_path)
    aside = db_path.with_name(f"{db_path.name}.{label}")
    for suffix in ("-wal", "-shm", "-journal"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            part.replace(aside.with_name(aside.name + suffix))
    if keep_in_place:
        try:
            os.link(db_path, aside)
        except OSError:
            shutil.copy2(db_path, aside)
    else:
        db_path.replace(aside)
    marker = encryption.marker_path(db_path)
    if marker.exists():  # the note goes with its file (and stays, if the file does)
        shutil.copy2(marker, encryption.marker_path(aside))
        if not keep_in_place:
            marker.unlink()
    return aside


def _checkpoint(db_path: Path) -> None:
    """Fold a sound database's write-ahead log into it; a damaged one is left as it is."""
    if encryption.file_kind(db_path) != "plain":
        return
    wal = db_path.with_name(db_path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _copy_database(source: Path, target: Path) -> None:
    """Copy a database file with its write-ahead log (a backup made by hand may have one)."""
    _remove_database_files(target)
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        _remove(path.with_name(path.name + suffix))


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _os_error(error: OSError) -> StorageError:
    import errno

    from console.storage.errors import DiskFull, ReadOnlyStorage

    if error.errno == errno.ENOSPC:
        return DiskFull("The disk is full: the backup could not be written.", detail=str(error))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStorage(
            "The backup folder cannot be written.", detail=f"{error.filename}: {error.strerror}"
        )
    return StorageError("The backup could not be written.", detail=str(error))
