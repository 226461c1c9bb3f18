"""`pnf-console check-db`: SQLite's integrity check, the audit log's hash chain, and
every saved row and signed session against what the audit trail sealed."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from console.commands import UserError
from console.commands._storage import db_target, target_name, with_password
from console.storage.backend import Connection
from console.storage.database_check import check_database
from console.storage.errors import StorageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check-db",
        help="check the database file and its audit log; exit 1 with one line per problem",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = db_target(args)
    started = time.perf_counter()
    head: str | None
    if isinstance(target, str):
        path = target_name(target)
        problems, head = with_password(target, lambda pw: _server_problems(target, pw))
    else:
        if not target.is_file():
            raise UserError(f"no database at {target}")
        from console.commands._passphrase import for_database

        path = str(target)
        passphrase = for_database(target)
        problems = check_database(target, passphrase=passphrase, parallel=True)
        head = _file_head(target, passphrase)
    took = f"checked in {time.perf_counter() - started:.1f} s"
    for problem in problems:
        print(problem)
    if head:
        # A copy of the chain's head kept outside the database (docs/security.md).
        print(head)
    if problems:
        found = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        print(f"{path}: {found} found; nothing was changed ({took})")
        return 1
    print(
        f"{path}: ok (integrity check passed, audit log chain intact, "
        f"saved content matches its seals; {took})"
    )
    return 0


def _head_line(conn: Connection) -> str:
    from console.storage.server_backup import chain_head

    head = chain_head(conn)
    return f"audit chain head: entry {head.entry}, {head.hash}"


def _file_head(path: Path, passphrase: str | None) -> str | None:
    from console.storage.backend import SqliteConnection
    from console.storage.encryption import open_any

    try:
        conn = SqliteConnection(open_any(path, migrate=False, passphrase=passphrase))
    except StorageError:
        return None
    try:
        with conn.translated():
            return _head_line(conn)
    except StorageError:
        return None
    finally:
        conn.close()


def _server_problems(url: str, password: str | None) -> tuple[list[str], str]:
    """The server database's problems and its chain head; a password request is
    raised, not listed."""
    from console.storage.database import open_connection
    from console.storage.errors import ServerPasswordNeeded

    try:
        conn = open_connection(url, migrate=False, password=password)
    except ServerPasswordNeeded:
        raise
    except StorageError as error:
        raise UserError(error.message) from error
    from console.storage.database_check import verify_content

    try:  # one connection for the head and the check
        with conn.translated():
            head = _head_line(conn)
        try:
            with conn.translated():
                return verify_content(conn), head
        except StorageError as error:  # listed as a problem, as a file's check does
            return [error.message], head
    except StorageError as error:
        raise UserError(error.message) from error
    finally:
        conn.close()
