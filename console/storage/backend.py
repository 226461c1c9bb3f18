"""One connection as the stores use it, on SQLite or on a PostgreSQL server.

The stores write plain SQL with ``?`` placeholders that both backends run as it is;
this module is the thin layer that hides the rest (docs/decisions.md says why it is
not an ORM): how a transaction starts, how an insert returns its id, how the audit
log's appends are serialised, how the driver's errors become ``StorageError``s and how
a value read back is spelt. ``SqliteConnection`` wraps the sqlite-utils database;
``console/storage/server_backend.py`` is the PostgreSQL one (psycopg 3), imported only
when a server is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from sqlite_utils import Database

from console.storage.errors import is_sqlite_error, translated

Params = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    @property
    def description(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchone(self) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What ``Transactions`` and the audit chain need from a connection."""

    dialect: str

    def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def begin(self, *, write: bool, pipelined: bool = True) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def notify(self, payloads: Sequence[str]) -> None: ...

    @property
    def in_transaction(self) -> bool: ...

    def insert(self, table: str, row: Mapping[str, Any]) -> int: ...

    def lock_audit(self) -> None: ...

    def last_link(self) -> tuple[int, str] | None: ...

    def appended(self, last_id: int, last_hash: str) -> None: ...

    def append_rows(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def table_exists(self, name: str) -> bool: ...

    def audit_counter(self) -> int | None: ...

    def columns(self, table: str) -> set[str]: ...

    def translated(self) -> AbstractContextManager[None]: ...

    def value(self, raw: Any) -> Any: ...

    def describe(self) -> str: ...

    def use_zone(self, zone: dt.tzinfo) -> None: ...

    def bulk_insert(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None: ...

    def after_copy(self, tables: Sequence[str]) -> None: ...

    def all_many(self, queries: Sequence[tuple[str, Params]]) -> list[list[dict[str, Any]]]: ...

    def close(self) -> None: ...


class SqliteConnection:
    """The embedded database file (sqlite-utils over sqlite3 or sqlcipher3)."""

    dialect = "sqlite"

    def __init__(self, db: Database) -> None:
        self.db = db

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self.db.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.conn.executemany(sql, rows)

    def begin(self, *, write: bool, pipelined: bool = True) -> None:
        # BEGIN IMMEDIATE takes the write lock at once: one writer at a time, which
        # also serialises the audit chain's appends.
        self.db.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")

    def commit(self) -> None:
        self.db.conn.execute("COMMIT")

    def notify(self, payloads: Sequence[str]) -> None:
        """A file has one room: no other console to tell."""

    def rollback(self) -> None:
        conn = self.db.conn
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except Exception as error:  # the failed statement already ended it
                if not is_sqlite_error(error):
                    raise

    @property
    def in_transaction(self) -> bool:
        return bool(self.db.conn.in_transaction)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.db.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
        )
        return int(cursor.lastrowid or 0)

    def lock_audit(self) -> None:
        """Nothing to do: the write transaction already holds the only write lock."""

    def last_link(self) -> tuple[int, str] | None:
        """Not known ahead: the audit chain reads it."""
        return None

    def appended(self, last_id: int, last_hash: str) -> None:
        """Nothing to remember."""

    def append_rows(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Audit rows are written at once."""
        self.db.conn.executemany(sql, rows)

    def table_exists(self, name: str) -> bool:
        row = self.db.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        return row is not None

    def audit_counter(self) -> int | None:
        """The highest audit id ever given (AUTOINCREMENT), deleted rows included."""
        row = self.db.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"
        ).fetchone()
        return None if row is None else int(row[0])

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.db.conn.execute(f"PRAGMA table_info({table})")}

    def translated(self) -> AbstractContextManager[None]:
        return translated()

    def value(self, raw: Any) -> Any:
        return raw

    def describe(self) -> str:
        return f"SQLite file: {self.db.conn.execute('PRAGMA database_list').fetchone()[2]}"

    def use_zone(self, zone: dt.tzinfo) -> None:
        """Nothing to do: times are stored as the text written, with their offset."""

    def bulk_insert(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        marks = ", ".join("?" for _ in columns)
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )

    def after_copy(self, tables: Sequence[str]) -> None:
        """Nothing to do: AUTOINCREMENT and rowids follow the ids inserted."""

    def all_many(self, queries: Sequence[tuple[str, Params]]) -> list[list[dict[str, Any]]]:
        """Each query's rows, all from one consistent state of the file."""
        with read_transaction(self):
            return [rows_of(self, self.execute(sql, params)) for sql, params in queries]

    def close(self) -> None:
        self.db.close()


def rows_of(conn: Connection, cursor: Cursor) -> list[dict[str, Any]]:
    """The cursor's rows as dicts, values spelt as the SQLite backend gives them."""
    found = cursor.fetchall()  # first: in pipeline mode this is what waits for the answer
    names = [d[0] for d in cursor.description]
    convert = conn.value
    return [
        {name: convert(value) for name, value in zip(names, values, strict=True)}
        for values in found
    ]


def stream_rows(conn: Connection, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
    """The rows of ``sql`` one at a time (a million records never all in memory), as
    ``rows_of`` spells them."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    convert = conn.value
    for values in cursor:
        yield {name: convert(value) for name, value in zip(names, values, strict=True)}


@contextmanager
def read_transaction(conn: Connection) -> Iterator[None]:
    """Several reads that see one consistent state (joins an open transaction)."""
    if conn.in_transaction:
        yield
        return
    with conn.translated():
        conn.begin(write=False)
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.commit()
