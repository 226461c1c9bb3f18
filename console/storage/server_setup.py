"""Setting up a clinic's PostgreSQL database: two roles, the schema, least privilege.

``set_up_server`` runs as the server's administrator (a superuser, or a role that may
create roles and owns the database). It makes:

- the owner role (NOLOGIN): owns the tables, so only the administrator, acting as it,
  changes the schema (``server init`` again after an update of the program);
- the console role (LOGIN, with a password): what every treatment room connects as.
  It may read every table and add rows to each, change rows only where the program
  changes them (``CONSOLE_UPDATES``), and delete nothing. Audit entries, recorded
  entries, amendments and home program versions can therefore never be changed or
  deleted by it; signed sessions and their notes are locked by the schema's triggers
  as well.

The password is sent to the server already hashed (SCRAM-SHA-256, made by libpq on
this computer), so it appears in no statement, log or error. Running it again is
safe: what exists is kept, the grants are given again, a pending migration is applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from psycopg import Connection, sql

from console.storage.errors import StorageError
from console.storage.server_errors import server_translated
from console.storage.server_schema import SERVER_SCHEMA_VERSION, Sealer, migrate_server

Conn = Connection[Any]

#: Every table of the schema: what the console role may do with it besides SELECT.
CONSOLE_PRIVILEGES: dict[str, tuple[str, ...]] = {
    "therapists": ("INSERT", "UPDATE"),  # name, PIN, active
    "patients": ("INSERT", "UPDATE"),  # the patient's details
    "plans": ("INSERT",),
    "sessions": ("INSERT", "UPDATE"),  # resume point, plan, finish, sign
    "records": ("INSERT",),  # a correction is a new row
    "soap_notes": ("INSERT", "UPDATE"),  # until the session is signed
    "amendments": ("INSERT",),
    "home_programs": ("INSERT",),  # a change is a new version
    "audit_log": ("INSERT",),
    "audit_head": (),  # kept by a trigger that runs as the owner
    "schema_migrations": (),
}
#: The tables the program updates (console/storage/*_store.py); no table is deleted from.
CONSOLE_UPDATES = frozenset(t for t, p in CONSOLE_PRIVILEGES.items() if "UPDATE" in p)

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
MIN_PASSWORD = 12


@dataclass(frozen=True)
class SetupReport:
    """What ``set_up_server`` found and did."""

    owner_created: bool
    console_created: bool
    password_set: bool
    schema_before: int
    schema_version: int

    @property
    def already_set_up(self) -> bool:
        return not (
            self.owner_created
            or self.console_created
            or self.password_set
            or self.schema_before != self.schema_version
        )


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.fullmatch(name):
        raise StorageError(
            f"{name!r} cannot be a role name here: use lower-case letters, digits and "
            "underscores, starting with a letter (at most 63)."
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise StorageError(
            f"The console role's password is too short: use at least {MIN_PASSWORD} "
            "characters (the rooms keep it in their password file; nobody types it daily)."
        )
    if "\n" in password or "\r" in password:
        raise StorageError("The console role's password cannot hold a line break.")
    return password


def role_exists(conn: Conn, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
    return row is not None


def set_up_server(
    conn: Conn,
    *,
    owner_role: str,
    console_role: str,
    console_password: str | None,
    admin: str | None = None,
    seal_existing: Sealer | None = None,
) -> SetupReport:
    """Make (or complete) the clinic's database on the connected server.

    ``conn`` is the administrator's connection, in autocommit mode. A missing console
    role needs ``console_password``; for an existing one a given password replaces
    the old one. ``admin`` names the administrator's role in messages.
    ``seal_existing`` seals the rows of a database older than m006 (migrate_server).
    """
    check_role_name(owner_role)
    check_role_name(console_role)
    if owner_role == console_role:
        raise StorageError("The owner role and the console role must be two different roles.")
    if console_password is not None:
        check_password(console_password)
    owner, console = sql.Identifier(owner_role), sql.Identifier(console_role)
    with server_translated(admin), conn.transaction():
        owner_created = not role_exists(conn, owner_role)
        console_created = not role_exists(conn, console_role)
        if console_created and console_password is None:
            raise StorageError(
                f'The console role "{console_role}" does not exist yet: give its password.'
            )
        _refuse_a_login_owner(conn, owner_role)
        if owner_created:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(owner))
        if console_created:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(console))
        if console_password is not None:
            _set_password(conn, console_role, console_password)
        database = sql.Identifier(str(conn.info.dbname))
        super_row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        is_super = bool((super_row.fetchone() or (False,))[0])
        if not is_super:  # acting as the owner needs its membership
            conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(owner))
        # The owner makes the schema in the public schema; pg_trgm is a trusted
        # extension, made here by the administrator so the owner needs no more rights.
        conn.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(owner))
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        before = _schema_version(conn)
        _hand_over(conn, owner_role)
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(owner))
        version = migrate_server(conn, role=owner_role, seal_existing=seal_existing)
        _grant(conn, console)
        conn.execute("RESET ROLE")
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, console))
    return SetupReport(
        owner_created=owner_created,
        console_created=console_created,
        password_set=console_password is not None,
        schema_before=before,
        schema_version=version,
    )


def _refuse_a_login_owner(conn: Conn, owner_role: str) -> None:
    row = conn.execute(
        "SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = %s", [owner_role]
    ).fetchone()
    if row is not None and (row[0] or row[1]):
        raise StorageError(
            f'The role "{owner_role}" already exists and can log in (or is a superuser): '
            "the owner role must be one that nobody logs in as. Choose another name "
            "with --owner-role."
        )


def _set_password(conn: Conn, role: str, password: str) -> None:
    """The password, hashed on this computer: the server never sees it in the clear."""
    verifier = conn.pgconn.encrypt_password(
        password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256"
    )
    conn.execute(
        sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(verifier.decode("ascii"))
        )
    )


def _hand_over(conn: Conn, owner_role: str) -> None:
    """Tables and trigger functions made before by another role (the schema made by
    ``migrate`` as the administrator) pass to the owner role, so that it can upgrade
    and grant. The database is the clinic's own: every table in its public schema is
    the program's (extensions' functions, not named pnf_, stay as they are)."""
    owner = sql.Identifier(owner_role)
    tables = conn.execute(
        """
        SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND pg_get_userbyid(c.relowner) <> %s
        """,
        [owner_role],
    ).fetchall()
    for (table,) in tables:
        conn.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(table), owner))
    functions = conn.execute(
        """
        SELECT p.oid::regprocedure::text FROM pg_proc AS p
        JOIN pg_namespace AS n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND starts_with(p.proname, 'pnf_')
          AND pg_get_userbyid(p.proowner) <> %s
        """,
        [owner_role],
    ).fetchall()
    for (signature,) in functions:
        conn.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(signature), owner))


def _schema_version(conn: Conn) -> int:
    from console.storage.server_schema import applied_server_migrations

    return len(applied_server_migrations(conn))


def _grant(conn: Conn, console: sql.Identifier) -> None:
    """The console role's privileges, given by the owner (run as the owner)."""
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(console))
    for table, extra in CONSOLE_PRIVILEGES.items():
        name = sql.Identifier(table)
        conn.execute(sql.SQL("REVOKE ALL ON {} FROM {}").format(name, console))
        privileges = sql.SQL(", ").join(sql.SQL(p) for p in ("SELECT", *extra))
        conn.execute(sql.SQL("GRANT {} ON {} TO {}").format(privileges, name, console))
    conn.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(console))


def console_privileges(conn: Conn, role: str) -> dict[str, set[str]]:
    """What ``role`` may do with each table of the public schema (for checks and tests)."""
    rows = conn.execute(
        """
        SELECT c.relname, p.privilege
        FROM pg_class AS c
        JOIN pg_namespace AS n ON n.oid = c.relnamespace
        CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'])
            AS p(privilege)
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND has_table_privilege(%s, c.oid, p.privilege)
        """,
        [role],
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, privilege in rows:
        found.setdefault(str(table), set()).add(str(privilege))
    return found


__all__ = [
    "CONSOLE_PRIVILEGES",
    "CONSOLE_UPDATES",
    "SERVER_SCHEMA_VERSION",
    "SetupReport",
    "check_password",
    "check_role_name",
    "console_privileges",
    "role_exists",
    "set_up_server",
]
