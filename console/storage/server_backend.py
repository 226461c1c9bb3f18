"""The clinic server's connection: the stores' SQL run on PostgreSQL through psycopg 3.

What differs from the embedded file, and how it is met here:

- placeholders: the stores write ``?``; psycopg wants ``%s`` (a literal ``%`` is
  doubled). ``pyformat`` translates once per statement text and remembers it.
- a write's transaction takes the audit log's advisory lock and reads the chain's
  newest link in the same round trip as its ``BEGIN`` (three statements, one message),
  so appends from several rooms are serialised and cost nothing more;
  the audit entries and the ``COMMIT`` go in one pipelined round trip.
- inserts return their id with ``RETURNING id``.
- values read back are spelt as the file gives them: times as the program's
  ISO 8601 text in the console's time zone, dates as ``YYYY-MM-DD``, JSON as the text
  written (the ``json`` type, loaded as text).
- the driver's errors become the same ``StorageError``s (server_errors.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

import psycopg
from psycopg.types.string import TextLoader

from console.storage.backend import Cursor, Params
from console.storage.location import ServerLocation
from console.storage.rows import timestamp
from console.storage.server_errors import server_translated

#: ``pg_advisory_xact_lock`` key of the audit log's appends ("pnfaud" in ASCII).
AUDIT_LOCK = 0x706E66617564

_BEGIN_WRITE = (
    "BEGIN; "
    f"SELECT pg_advisory_xact_lock({AUDIT_LOCK}); "
    "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
)


@functools.lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """``?`` placeholders as ``%s``, outside quoted text; a literal ``%`` doubled."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


class ServerConnection:
    """One console's connection to the clinic's database server."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], location: ServerLocation) -> None:
        self.raw = raw
        self.location = location
        self.role = location.user
        #: The console's time zone: times read back are spelt in it.
        self.zone: dt.tzinfo = dt.datetime.now().astimezone().tzinfo or dt.UTC
        self._last_link: tuple[int, str] | None = None
        self._pending: list[tuple[str, Sequence[Sequence[Any]]]] = []
        raw.adapters.register_loader("json", TextLoader)

    # -- statements -------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        if params:
            return self.raw.execute(pyformat(sql), params)
        return self.raw.execute(pyformat(sql))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(pyformat(sql), rows)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        columns = ", ".join(row)
        marks = ", ".join("%s" for _ in row)
        cursor = self.raw.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id",
            list(row.values()),
        )
        found = cursor.fetchone()
        return int(found[0]) if found else 0

    # -- transactions -----------------------------------------------------------------

    def begin(self, *, write: bool) -> None:
        if not write:
            self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return
        cursor = self.raw.execute(_BEGIN_WRITE)
        cursor.nextset()  # the lock's result
        cursor.nextset()
        link = cursor.fetchone()
        self._last_link = (int(link[0]), str(link[1])) if link else (0, "")

    def commit(self) -> None:
        self._last_link = None
        pending, self._pending = self._pending, []
        if not pending:
            self.raw.execute("COMMIT")
            return
        with self.raw.pipeline(), self.raw.cursor() as cursor:
            for sql, rows in pending:
                cursor.executemany(pyformat(sql), rows)
            cursor.execute("COMMIT")

    def rollback(self) -> None:
        self._last_link = None
        self._pending = []
        if self.raw.closed or not self.in_transaction:
            return
        with contextlib.suppress(psycopg.OperationalError):  # gone: nothing was committed
            self.raw.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        status = self.raw.info.transaction_status
        return status in (
            psycopg.pq.TransactionStatus.INTRANS,
            psycopg.pq.TransactionStatus.INERROR,
            psycopg.pq.TransactionStatus.ACTIVE,
        )

    # -- the audit chain --------------------------------------------------------------

    def lock_audit(self) -> None:
        """The write transaction took the lock as it began; outside one (never in the
        program), take it now."""
        if self._last_link is None:
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [AUDIT_LOCK])

    def last_link(self) -> tuple[int, str] | None:
        """The chain's newest (id, hash) read under the lock as the write began, or
        None when not known (then the caller reads it). An empty hash: empty log."""
        return self._last_link

    def append_rows(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Inside a write, audit rows go with its ``COMMIT`` (one round trip for both);
        otherwise at once."""
        if self._last_link is not None:
            self._pending.append((sql, rows))
        else:
            self.executemany(sql, rows)

    def appended(self, last_id: int, last_hash: str) -> None:
        """The chain's newest link after this transaction's appends."""
        if self._last_link is not None:
            self._last_link = (last_id, last_hash)

    # -- what the schema holds --------------------------------------------------------

    def table_exists(self, name: str) -> bool:
        row = self.raw.execute("SELECT to_regclass(%s) IS NOT NULL", [name]).fetchone()
        return bool(row and row[0])

    def audit_counter(self) -> int | None:
        """The highest audit id ever written (``audit_head``, kept by a trigger)."""
        if not self.table_exists("audit_head"):
            return None
        row = self.raw.execute("SELECT last_id FROM audit_head").fetchone()
        return None if row is None else int(row[0])

    def columns(self, table: str) -> set[str]:
        rows = self.raw.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s",
            [table],
        ).fetchall()
        return {str(row[0]) for row in rows}

    # -- values and errors ------------------------------------------------------------

    def translated(self) -> AbstractContextManager[None]:
        return server_translated(self.role)

    def value(self, raw: Any) -> Any:
        if isinstance(raw, dt.datetime):
            return timestamp(raw.astimezone(self.zone))
        if isinstance(raw, dt.date):
            return raw.isoformat()
        return raw

    def describe(self) -> str:
        return self.location.describe()

    def bulk_insert(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Rows copied in with COPY: one stream instead of a statement per row."""
        with (
            self.raw.cursor() as cursor,
            cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def after_copy(self, tables: Sequence[str]) -> None:
        """Each table's id counter moved past the ids copied in."""
        for table in tables:
            if "id" not in self.columns(table):
                continue
            sequence = self.raw.execute(
                "SELECT pg_get_serial_sequence(%s, 'id')", [table]
            ).fetchone()
            if sequence and sequence[0]:
                self.raw.execute(
                    f"SELECT setval(%s, GREATEST((SELECT MAX(id) FROM {table}), 1), "
                    f"(SELECT MAX(id) FROM {table}) IS NOT NULL)",
                    [sequence[0]],
                )

    def use_zone(self, zone: dt.tzinfo) -> None:
        """Spell times in ``zone`` and read dates given as text (``started_at >=
        '2026-03-02'``) as midnight there, as the file's text comparisons do."""
        self.zone = zone
        offset = dt.datetime.now(zone).utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        hours, rest = divmod(abs(minutes), 60)
        self.raw.execute(f"SET TIME ZONE INTERVAL '{sign}{hours:02d}:{rest:02d}' HOUR TO MINUTE")

    def close(self) -> None:
        self.raw.close()


def connect(location: ServerLocation, *, password: str | None = None) -> ServerConnection:
    """A connection to ``location`` (``password`` from a prompt when the password
    file has none); raises the ``StorageError`` kinds of server_errors.py."""
    overrides = {"password": password} if password else {}
    with server_translated(location.user):
        raw = psycopg.connect(
            location.conninfo(**overrides),
            autocommit=True,
            connect_timeout=10,
            application_name="pnf-console",
        )
    return ServerConnection(raw, location)
