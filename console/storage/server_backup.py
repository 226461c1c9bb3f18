"""Backups of the clinic server's database, and restoring one into an empty database.

A backup is a consistent snapshot:

- with ``pg_dump`` installed (it is wherever PostgreSQL's client tools are), its
  custom format (``.dump``), restored with ``pg_restore``;
- without it, the console's own complete copy: a database file (``.db``) written by
  ``copy_database`` in one read transaction, which ``check-db`` can check on any
  computer and which opens in the console as a single-room database.

A restore goes only into an empty database (a new one, or one ``server init`` made):
it never mixes a backup with what a server already holds. Afterwards the audit chain
and every seal are checked. Each backup's name carries the audit chain's newest
entry (its number and the start of its hash), a copy of the chain's head kept
outside the database (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from console.storage import audit
from console.storage.backend import Connection, SqliteConnection
from console.storage.errors import StorageError
from console.storage.location import ServerLocation

DUMP_MAGIC = b"PGDMP"


@dataclass(frozen=True)
class ChainHead:
    """The audit log's newest entry: its number and hash."""

    entry: int
    hash: str

    def label(self) -> str:
        return f"audit-{self.entry}-{self.hash[:12]}"


def chain_head(conn: Connection) -> ChainHead:
    return ChainHead(*audit.last_link(conn))


def backup_name(location: ServerLocation, head: ChainHead, moment: dt.datetime, suffix: str) -> str:
    dbname = location.dbname or "pnf"
    return f"{dbname}-server-{moment.strftime('%Y-%m-%d-%H%M%S')}-{head.label()}{suffix}"


def _without_password(location: ServerLocation, password: str | None) -> tuple[str, str | None]:
    """The tools' connection string without the password (a command line is visible to
    every user of the computer), and the password for their environment."""
    from psycopg.conninfo import make_conninfo

    params = dict(location.params)
    secret = password or params.pop("password", None)
    params.pop("password", None)
    return make_conninfo(**params), secret


def _run(command: list[str], password: str | None, what: str) -> None:
    """Run a PostgreSQL client tool; its last error line in ``StorageError.detail``."""
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password  # to the child only; never written anywhere
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except OSError as error:
        raise StorageError(f"{what} could not be started.", detail=str(error)) from error
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise StorageError(
            f"{what} failed; nothing was changed.", detail=lines[-1] if lines else None
        )


def write_backup(
    conn: Connection,
    location: ServerLocation,
    folder: Path,
    *,
    password: str | None = None,
    out: Path | None = None,
    use_pg_dump: bool | None = None,
) -> Path:
    """A snapshot of the server database in ``folder`` (or at ``out``); its path.

    ``use_pg_dump``: None uses ``pg_dump`` when it is installed, else the console's
    own copy into a database file."""
    head = chain_head(conn)
    dump = shutil.which("pg_dump") is not None if use_pg_dump is None else use_pg_dump
    suffix = ".dump" if dump else ".db"
    target = out or folder / backup_name(location, head, dt.datetime.now(), suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if dump:
            conninfo, secret = _without_password(location, password)
            _run(
                ["pg_dump", "--format=custom", "--no-owner", f"--file={partial}", conninfo],
                secret,
                "pg_dump",
            )
        else:
            _copy_to_file(conn, partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _copy_to_file(conn: Connection, path: Path) -> None:
    from console.storage.database import open_database
    from console.storage.transfer import copy_database

    copy = SqliteConnection(open_database(path))
    try:
        copy_database(conn, copy)
    finally:
        copy.close()


def is_dump(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(DUMP_MAGIC)) == DUMP_MAGIC


def restore_backup(
    source: Path,
    conn: Connection,
    location: ServerLocation,
    *,
    password: str | None = None,
) -> None:
    """Put the backup ``source`` into the empty server database ``conn`` is on."""
    from console.storage.transfer import TargetNotEmpty, copy_database, counts

    found = counts(conn)
    if any(found.values()):
        held = ", ".join(f"{n} {t}" for t, n in found.items() if n)
        raise TargetNotEmpty(detail=held)
    if is_dump(source):
        if shutil.which("pg_restore") is None:
            raise StorageError(
                "This backup was made with pg_dump; restoring it needs pg_restore "
                "(PostgreSQL's client tools). Nothing was changed."
            )
        _pg_restore(source, location, password)
        return
    from console.storage.encryption import open_any

    copy = SqliteConnection(open_any(source, migrate=False))
    try:
        copy_database(copy, conn)
    finally:
        copy.close()


def _pg_restore(source: Path, location: ServerLocation, password: str | None) -> None:
    """The dump's rows into the schema this program made (the schema's own
    migration list is not restored over its own). ``--disable-triggers`` because a
    dump lists a signed session before its records: a restore is the server admin's
    work, as a superuser."""
    listing = subprocess.run(
        ["pg_restore", "--list", str(source)], capture_output=True, text=True, check=False
    )
    if listing.returncode != 0:
        raise StorageError(
            "The backup cannot be read; nothing was changed.", detail=listing.stderr.strip()
        )
    wanted = [
        line
        for line in listing.stdout.splitlines()
        if not (" TABLE DATA " in line and " schema_migrations " in line)
    ]
    plan = source.with_name(source.name + ".restore-list")
    plan.write_text("\n".join(wanted) + "\n", encoding="utf-8")
    conninfo, secret = _without_password(location, password)
    try:
        _run(
            [
                "pg_restore",
                "--data-only",
                "--no-owner",
                "--single-transaction",
                "--disable-triggers",
                f"--use-list={plan}",
                f"--dbname={conninfo}",
                str(source),
            ],
            secret,
            "pg_restore",
        )
    finally:
        plan.unlink(missing_ok=True)
