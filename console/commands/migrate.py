"""`pnf-console migrate --from FILE.db --to URL`: move a room's database onto the
clinic server.

Everything is copied, ids kept: therapists, patients, plans and templates, sessions,
records, SOAP notes with their signatures and amendments, home-program versions and
the audit log, whose chain and seals still verify on the server. The file is brought
to this version's schema first (as opening it in the app would); the server database
must be empty (``server init`` made it, or a new one). The copy is one transaction:
on any problem nothing is left on the server. Afterwards both are checked.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from console.commands import UserError, as_target, count, one_line
from console.commands._storage import target_name, with_password
from console.storage.backend import Connection
from console.storage.errors import StorageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "migrate",
        help="copy a database file onto the clinic server (an empty database there)",
    )
    parser.add_argument("--from", dest="source", required=True, help="the database file")
    parser.add_argument(
        "--to", dest="target", required=True, help="the clinic server's postgresql:// URL"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    source = as_target(args.source)
    target = as_target(args.target)
    if not isinstance(source, Path):
        raise UserError("--from names the database file to move (a path, not a URL)")
    if not source.is_file():
        raise UserError(f"no database at {source}")
    if not isinstance(target, str):
        raise UserError("--to names the clinic server: a postgresql:// URL")
    from console.commands._passphrase import for_database
    from console.storage.backend import SqliteConnection
    from console.storage.database_check import verify_content
    from console.storage.encryption import open_any
    from console.storage.transfer import copy_database

    started = time.perf_counter()
    try:
        file = SqliteConnection(open_any(source, passphrase=for_database(source)))
    except StorageError as error:
        raise UserError(error.message) from error
    try:
        problems = _checked(file, str(source))
        server = with_password(target, lambda pw: _open(target, pw))
        try:
            copied = copy_database(file, server)
            problems = verify_content(server)
        finally:
            server.close()
    except StorageError as error:
        raise UserError(one_line(error)) from error
    finally:
        file.close()
    if problems:
        for problem in problems:
            print(problem)
        raise UserError("the copy on the server does not check out; see the lines above")
    took = time.perf_counter() - started
    print(
        f"copied {source} to {target_name(target)}: "
        f"{count(copied.counts['patients'], 'patient')}, "
        f"{count(copied.counts['sessions'], 'session')}, "
        f"{count(copied.counts['records'], 'record')}, "
        f"{count(copied.counts['audit_log'], 'audit entry', 'audit entries')} "
        f"in {took:.1f} s; audit chain and seals verified"
    )
    return 0


def _open(url: str, password: str | None) -> Connection:
    from console.storage.database import open_connection

    return open_connection(url, password=password)


def _checked(conn: Connection, name: str) -> list[str]:
    """The file's own chain and seals must hold before it is copied."""
    from console.storage.database_check import verify_content

    with conn.translated():
        problems = verify_content(conn)
    if problems:
        for problem in problems:
            print(problem)
        raise UserError(f"{name} does not check out (see above); run check-db and fix it first")
    return problems
