"""`pnf-console server init URL`: set up the clinic's PostgreSQL database.

Connects with the administrator's URL (a superuser, or a role that may create roles
and owns the database), makes the owner role and the console role the rooms connect
as, makes or upgrades the schema and gives the console role what the program needs
and nothing more (console/storage/server_setup.py). The console role's password
comes from ``--console-password-file`` or is asked twice on the terminal; it is never
printed or logged. Run it again after updating the program: it upgrades the schema
and says when everything was already set up. See docs/clinic-server.md.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from console.commands import UserError
from console.storage.errors import ServerPasswordNeeded, StorageError
from console.storage.location import ServerLocation, parse_location


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("server", help="set up the clinic's PostgreSQL server")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="make the roles and the schema, or upgrade them (safe to run again)",
        description=(
            "Set up a PostgreSQL database for PNF Console: an owner role (no login) "
            "that owns the tables, a console role the rooms connect as, the schema, "
            "and the console role's permissions. URL is the administrator's, e.g. "
            "postgresql://postgres@clinic-server/pnf"
        ),
    )
    init.add_argument("url", metavar="URL", help="the database, as its administrator")
    init.add_argument("--owner-role", default="pnf_owner", help="default: pnf_owner")
    init.add_argument("--console-role", default="pnf_console", help="default: pnf_console")
    init.add_argument(
        "--console-password-file",
        type=Path,
        help="a file whose first line is the console role's password (else asked)",
    )
    init.set_defaults(handler=run_init)


def _location(text: str) -> ServerLocation:
    try:
        location = parse_location(text)
    except StorageError as error:
        raise UserError(error.message) from error
    if not isinstance(location, ServerLocation):
        raise UserError(
            "server init needs the server's address: postgresql://admin@server:5432/database"
        )
    return location


def _read_password_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"the password file cannot be read: {path} ({error})") from error
    if not lines or not lines[0]:
        raise UserError(f"the password file is empty: {path}")
    return lines[0]


def _ask_new_password(role: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            f'the console role "{role}" needs a password: give --console-password-file '
            "or run this from a terminal"
        )
    try:
        first = getpass.getpass(f'New password for the console role "{role}": ')
        second = getpass.getpass("The same password again: ")
    except EOFError as error:
        raise UserError("no password given") from error
    if first != second:
        raise UserError("the two passwords differ; nothing was changed")
    return first


def _connect(location: ServerLocation) -> Any:
    """The administrator's connection; asks for the password when the server wants one
    and none was found (URL, password file, service file)."""
    import psycopg

    from console.storage.server_errors import server_translated

    def attempt(**extra: str) -> Any:
        with server_translated(location.user):
            return psycopg.connect(location.conninfo(**extra), autocommit=True)

    try:
        return attempt()
    except ServerPasswordNeeded:
        if not sys.stdin.isatty():
            raise
        who = location.user or "the administrator"
        try:
            password = getpass.getpass(f"Password for {who} on the server: ")
        except EOFError as error:
            raise UserError("no password given") from error
        return attempt(password=password)


def _sealer(location: ServerLocation) -> Any:
    """Seals the rows of a database older than content seals (m006), through the
    server backend's audit appends, as opening it in a room would."""

    def seal(raw: Any) -> object:
        from console.storage import seal_upgrade, server_backend

        return seal_upgrade.seal_existing(server_backend.ServerConnection(raw, location))

    return seal


def run_init(args: argparse.Namespace) -> int:
    from console.storage.server_setup import check_role_name, role_exists, set_up_server

    location = _location(args.url)
    try:
        check_role_name(args.owner_role)
        check_role_name(args.console_role)
        conn = _connect(location)
        try:
            password = None
            if args.console_password_file is not None:
                password = _read_password_file(args.console_password_file)
            elif not role_exists(conn, args.console_role):
                password = _ask_new_password(args.console_role)
            report = set_up_server(
                conn,
                owner_role=args.owner_role,
                console_role=args.console_role,
                console_password=password,
                admin=location.user,
                seal_existing=_sealer(location),
            )
        finally:
            conn.close()
    except StorageError as error:
        raise UserError(error.message) from error
    where = location.describe()
    if report.already_set_up:
        print(
            f"{where}: already set up (schema version {report.schema_version}, roles "
            f"{args.owner_role} and {args.console_role}); nothing to do"
        )
        return 0
    done = []
    if report.owner_created:
        done.append(f"owner role {args.owner_role} made")
    if report.console_created:
        done.append(f"console role {args.console_role} made")
    elif report.password_set:
        done.append(f"password of {args.console_role} replaced")
    if report.schema_before != report.schema_version:
        done.append(f"schema version {report.schema_before} -> {report.schema_version}")
    print(f"{where}: set up ({'; '.join(done) or 'permissions given again'})")
    print(f"Each room's database: {location.for_role(args.console_role)}")
    return 0
