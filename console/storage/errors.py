"""Known storage problems, each with a message for the person at the computer.

A ``StorageError`` is something the user can act on: the disk is full, the file is
damaged, another program holds the database. Any other sqlite error is a bug and
propagates unchanged. ``translated()`` is the one place that tells them apart.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from console.domain.messages import user_text


class StorageError(Exception):
    """A known storage problem; ``message`` is written for the user."""

    default_message = "The database could not be used."

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        self.message = user_text(message or self.default_message)
        self.detail = detail
        super().__init__(self.message)


class SchemaTooNew(StorageError):
    default_message = (
        "This database was made by a newer version of PNF Console. "
        "Update the program to open it; the file has not been changed."
    )


class DatabaseCorrupt(StorageError):
    default_message = (
        "The database file is damaged or is not a PNF Console database. "
        "It has been left as it is; restore a backup or start a new database."
    )


class DatabaseLocked(StorageError):
    default_message = (
        "The database is busy: another program or another PNF Console is using it. "
        "Close the other one and try again."
    )


class DiskFull(StorageError):
    default_message = (
        "The disk is full, so the last entry was not saved. Everything saved before it "
        "is safe. Free some space and save again."
    )


class ReadOnlyStorage(StorageError):
    default_message = (
        "The database cannot be written: the file or its folder is read-only. "
        "Everything saved before is safe."
    )


class DiskIOError(StorageError):
    default_message = (
        "The disk reported an error while saving. Everything saved before is safe; "
        "check the disk and try again."
    )


class PassphraseNeeded(StorageError):
    default_message = "This database is encrypted. Enter the clinic passphrase to open it."


class WrongPassphrase(StorageError):
    default_message = (
        "The passphrase does not open this database. Nothing was changed; check the "
        "passphrase and try again. If it is surely right, the file may be damaged: "
        "restore a backup."
    )


class DatabaseInUse(StorageError):
    default_message = (
        "This database is already open in another PNF Console. Use that one, or close it "
        "first. Nothing was changed."
    )


class NotFound(StorageError):
    """A patient, session or record id that is not in the database."""

    default_message = "That item is not in the database."


class SessionSigned(StorageError):
    default_message = (
        "This session is signed and can no longer be changed; add an amendment instead."
    )


class SchemaTooOld(StorageError):
    default_message = (
        "This database was made by an older version of PNF Console and has not been "
        "upgraded yet. Open it once with this version (or run `pnf-console migrate`) to "
        "upgrade it; nothing has been changed."
    )


class ServerUnreachable(StorageError):
    default_message = (
        "The database server cannot be reached. Check that the server is on and that "
        "this computer is on the clinic's network, then try again. Nothing was changed."
    )


class ServerPasswordNeeded(StorageError):
    default_message = (
        "The database server asks for a password. Enter it, or put it in the password "
        "file (see docs/clinic-server.md). Nothing was changed."
    )


class ServerPasswordRejected(StorageError):
    default_message = (
        "The database server did not accept the user name or password. Check them and "
        "try again. Nothing was changed."
    )


class ServerPermissionDenied(StorageError):
    default_message = (
        "The database role may not do this on the server. Nothing was changed; ask the "
        "clinic's administrator to set up the server again (`pnf-console server init`)."
    )


class ServerGone(StorageError):
    default_message = (
        "The connection to the database server was lost while saving, so the last entry "
        "may not have reached it. Everything saved before it is safe. Check the network "
        "and try again."
    )


SIGNED_MESSAGE = "session is signed"

# sqlite's extended error names (Python 3.11 sets ``sqlite_errorname``) by family.
_BY_NAME: dict[str, type[StorageError]] = {
    "SQLITE_FULL": DiskFull,
    "SQLITE_READONLY": ReadOnlyStorage,
    "SQLITE_CANTOPEN": ReadOnlyStorage,
    "SQLITE_NOTADB": DatabaseCorrupt,
    "SQLITE_CORRUPT": DatabaseCorrupt,
    "SQLITE_BUSY": DatabaseLocked,
    "SQLITE_LOCKED": DatabaseLocked,
    "SQLITE_IOERR": DiskIOError,
}

_BY_TEXT: tuple[tuple[str, type[StorageError]], ...] = (
    ("database or disk is full", DiskFull),
    ("attempt to write a readonly database", ReadOnlyStorage),
    ("unable to open database file", ReadOnlyStorage),
    ("file is not a database", DatabaseCorrupt),
    ("database disk image is malformed", DatabaseCorrupt),
    ("database is locked", DatabaseLocked),
    ("database table is locked", DatabaseLocked),
    ("disk i/o error", DiskIOError),
    (SIGNED_MESSAGE, SessionSigned),
)


def is_sqlite_error(error: BaseException) -> bool:
    """A sqlite error from the standard module or from sqlcipher3 (encrypted files);
    sqlcipher3's own classes are recognised without importing it."""
    if isinstance(error, sqlite3.Error):
        return True
    return any(kind.__module__.startswith("sqlcipher3") for kind in type(error).__mro__[:-2])


def classify(error: BaseException) -> StorageError | None:
    """The known problem behind a sqlite error, or None when it is a bug."""
    text = str(error).lower()
    name = getattr(error, "sqlite_errorname", "") or ""
    family = "_".join(name.split("_")[:2])
    kind = _BY_NAME.get(name) or _BY_NAME.get(family)
    if kind is None:
        kind = next((known for needle, known in _BY_TEXT if needle in text), None)
    if kind is None:
        return None
    return kind(detail=str(error))


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise known sqlite errors as their StorageError; let every other one through."""
    try:
        yield
    except Exception as error:
        if not is_sqlite_error(error):
            raise
        known = classify(error)
        if known is None:
            raise
        raise known from error
