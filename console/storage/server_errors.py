"""The PostgreSQL server's known problems, each as a ``StorageError`` for the user.

``server_translated()`` is the server's ``errors.translated()``: it turns the psycopg
errors a person can act on (server off or out of reach, a password missing or wrong, a
permission the role lacks, the connection lost in the middle of a write, the server's
disk full) into the matching ``StorageError`` with one clear message, and the
schema's trigger refusals into the same kinds the SQLite triggers give
(``errors.classify``: "session is signed" is ``SessionSigned``). Any other psycopg
error is a bug and propagates unchanged.

A failed connection attempt and a connection lost later read alike in psycopg (both
``OperationalError`` without an SQLSTATE); the text libpq writes tells them apart: an
attempt always says "connection to server ... failed".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from console.storage.errors import (
    DatabaseLocked,
    DiskFull,
    ReadOnlyStorage,
    ServerGone,
    ServerPasswordNeeded,
    ServerPasswordRejected,
    ServerPermissionDenied,
    ServerUnreachable,
    StorageError,
    classify,
)


class ServerTlsFailed(ServerUnreachable):
    default_message = (
        "The secure connection to the database server could not be made: the server's "
        "certificate was not accepted. Check the certificate files named in the database "
        "address (see docs/clinic-server.md). Nothing was changed."
    )


class ServerDatabaseMissing(StorageError):
    default_message = (
        "The database server has no database of that name. Check the name in the "
        "database address, or set the database up (`pnf-console server init`)."
    )


class ServerLoginRefused(StorageError):
    default_message = (
        "The database server refused this computer or this role. Ask the clinic's "
        "administrator to allow it (see docs/clinic-server.md). Nothing was changed."
    )


#: Texts libpq writes when a connection that was open has been lost.
_LOST = (
    "server closed the connection unexpectedly",
    "the connection is closed",
    "the connection is lost",
    "connection is bad",
    "consuming input failed",
    "sending query failed",
    "could not receive data from server",
    "could not send data to server",
    "ssl syscall error",
    "ssl connection has been closed unexpectedly",
    "terminating connection",
    "connection to server was lost",
)

#: SQLSTATEs of a connection ended by the server or the network.
_GONE_STATES = frozenset({"57P01", "57P02", "57P05", "25P03"})

_BUSY_STATES = frozenset({"40001", "40P01", "55P03"})


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _role_text(role: str | None) -> str:
    return f'The database role "{role}"' if role else "The database role"


def _attempt(text: str, role: str | None) -> StorageError:
    """A failed connection attempt: which of the known reasons it is."""
    lower = text.lower()
    reason = _first_line(text.split("failed:", 1)[-1]) if "failed:" in text else _first_line(text)
    if "no password supplied" in lower:
        return ServerPasswordNeeded(detail=text)
    if "password authentication failed" in lower or "authentication failed" in lower:
        who = f' for the role "{role}"' if role else ""
        return ServerPasswordRejected(
            f"The database server did not accept the password{who}. Check the user name "
            "and password and try again. Nothing was changed.",
            detail=text,
        )
    match = re.search(r'database "([^"]+)" does not exist', text)
    if match:
        return ServerDatabaseMissing(
            f'The database server has no database named "{match.group(1)}". Check the '
            "name in the database address, or set it up (`pnf-console server init`).",
            detail=text,
        )
    if "certificate" in lower or ("ssl" in lower and "syscall" not in lower):
        return ServerTlsFailed(detail=text)
    if (
        "no pg_hba.conf entry" in lower
        or "not permitted to log in" in lower
        or "too many clients" in lower
        or "too many connections" in lower
    ):
        return ServerLoginRefused(
            f"The database server refused the connection: {reason}. Ask the clinic's "
            "administrator to allow this computer and role. Nothing was changed.",
            detail=text,
        )
    return ServerUnreachable(
        f"The database server cannot be reached ({reason}). Check that the server is on "
        "and that this computer is on the clinic's network, then try again. Nothing was "
        "changed.",
        detail=text,
    )


def _permission(error: psycopg.Error, role: str | None) -> StorageError:
    primary = error.diag.message_primary or _first_line(str(error))
    match = re.search(r"permission denied for (\w+) (\S+)", primary)
    if match:
        what = f"do this with the {match.group(1)} {match.group(2)}"
    else:
        match = re.search(r"must be owner of (\w+) (\S+)", primary)
        what = f"change the {match.group(1)} {match.group(2)}" if match else "do this"
    return ServerPermissionDenied(
        f"{_role_text(role)} may not {what} (the server refused it). Nothing was "
        "changed; ask the clinic's administrator to set up the server again "
        "(`pnf-console server init`).",
        detail=str(error),
    )


def classify_server_error(error: BaseException, role: str | None = None) -> StorageError | None:
    """The known problem behind a psycopg error, or None when it is a bug."""
    if not isinstance(error, psycopg.Error):
        return None
    text = str(error)
    lower = text.lower()
    state = error.sqlstate or ""
    if state == "42501":
        return _permission(error, role)
    if state == "28P01":
        return _attempt(text, role)
    if state in _GONE_STATES or state.startswith("08"):
        return ServerGone(detail=text)
    if state == "53100":
        return DiskFull(
            "The database server's disk is full, so the last entry was not saved. "
            "Everything saved before it is safe. Ask the clinic's administrator to free space.",
            detail=text,
        )
    if state in _BUSY_STATES:
        return DatabaseLocked(
            "The database server was busy with a change from another room, so the last "
            "entry was not saved. Everything saved before it is safe; save again.",
            detail=text,
        )
    if state == "25006":
        return ReadOnlyStorage(
            "The database server accepts no changes at the moment (it is a read-only "
            "copy). Everything saved before is safe; ask the clinic's administrator.",
            detail=text,
        )
    if isinstance(error, psycopg.OperationalError) and not state:
        if ("connection to server" in lower and "failed" in lower) or lower.startswith(
            ("failed to resolve host", "connection timeout expired", "timeout expired")
        ):
            return _attempt(text, role)
        if any(needle in lower for needle in _LOST):
            return ServerGone(detail=text)
        return None
    # The schema's triggers refuse with the same words as the SQLite ones.
    primary = error.diag.message_primary or text
    return classify(_TriggerText(primary)) if state in ("23000", "P0001") else None


class _TriggerText(Exception):
    """A trigger's message, as ``errors.classify`` reads a sqlite error's text."""


@contextmanager
def server_translated(role: str | None = None) -> Iterator[None]:
    """Re-raise known psycopg errors as their StorageError; let every other one through.

    ``role`` is the database role connected (or connecting), for the messages."""
    try:
        yield
    except psycopg.Error as error:
        known = classify_server_error(error, role)
        if known is None:
            raise
        raise known from error
