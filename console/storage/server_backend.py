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

from console.storage.backend import Cursor, Params, rows_of
from console.storage.changes import CHANNEL
from console.storage.location import ServerLocation
from console.storage.rows import timestamp
from console.storage.server_errors import server_translated

#: ``pg_advisory_xact_lock`` key of the audit log's appends ("pnfaud" in ASCII).
AUDIT_LOCK = 0x706E66617564


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
        #: A password typed at start (never stored), for the change feed's connection.
        self.password: str | None = None
        #: The console's time zone: times read back are spelt in it.
        self.zone: dt.tzinfo = dt.datetime.now().astimezone().tzinfo or dt.UTC
        self._last_link: tuple[int, str] | None = None
        self._link_cursor: psycopg.Cursor[Any] | None = None
        self._pipeline: AbstractContextManager[Any] | None = None
        self._writing = False
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

    def begin(self, *, write: bool, pipelined: bool = True) -> None:
        """``pipelined=False``: a plain write transaction (a bulk copy with COPY,
        which pipeline mode does not allow)."""
        if not write:
            self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return
        if not pipelined:
            self.raw.execute("BEGIN")
            self._take_audit_lock()
            return
        # A write runs in pipeline mode: statements are sent as they come and answered
        # together when a result is needed, so BEGIN, the audit lock and the chain's
        # newest link travel with the write's first read, and the audit entries with
        # the COMMIT.
        pipeline = self.raw.pipeline()
        pipeline.__enter__()
        self._pipeline = pipeline
        self._writing = True
        self.raw.execute("BEGIN")
        self._take_audit_lock()
        self._link_cursor = self.raw.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        )

    def notify(self, payloads: Sequence[str]) -> None:
        """Change notices for the other rooms (console/storage/changes.py), sent inside
        the open write: delivered when it commits, dropped if it does not."""
        for payload in payloads:
            self.raw.execute("SELECT pg_notify(%s, %s)", [CHANNEL, payload])

    def commit(self) -> None:
        pending, self._pending = self._pending, []
        pipeline, self._pipeline = self._pipeline, None
        self._end_write()
        if pipeline is None:
            self.raw.execute("COMMIT")
            return
        try:
            with self.raw.cursor() as cursor:
                for sql, rows in pending:
                    cursor.executemany(pyformat(sql), rows)
            self.raw.execute("COMMIT")
        except BaseException as error:
            self._leave(pipeline, error)
            raise
        pipeline.__exit__(None, None, None)  # sends it all and waits for the answers

    def rollback(self) -> None:
        self._pending = []
        pipeline, self._pipeline = self._pipeline, None
        self._end_write()
        if pipeline is not None:
            self._leave(pipeline, None)
        if self.raw.closed or not self.in_transaction:
            return
        with contextlib.suppress(psycopg.OperationalError):  # gone: nothing was committed
            self.raw.execute("ROLLBACK")

    def _end_write(self) -> None:
        self._writing = False
        self._last_link = None
        self._link_cursor = None

    def _leave(self, pipeline: AbstractContextManager[Any], error: BaseException | None) -> None:
        """Out of pipeline mode after a failure (the failure is already raised)."""
        with contextlib.suppress(psycopg.Error):
            pipeline.__exit__(None if error is None else type(error), error, None)

    @property
    def in_transaction(self) -> bool:
        status = self.raw.info.transaction_status
        return status in (
            psycopg.pq.TransactionStatus.INTRANS,
            psycopg.pq.TransactionStatus.INERROR,
            psycopg.pq.TransactionStatus.ACTIVE,
        )

    # -- the audit chain --------------------------------------------------------------

    def _take_audit_lock(self) -> None:
        """The audit log's advisory lock, held until this transaction ends."""
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [AUDIT_LOCK])

    def lock_audit(self) -> None:
        """The write transaction took the lock as it began; outside one (the schema's
        upgrade), take it now."""
        if not self._writing:
            self._take_audit_lock()

    def last_link(self) -> tuple[int, str] | None:
        """The chain's newest (id, hash) read under the lock as the write began, or
        None when not known (then the caller reads it). An empty hash: empty log."""
        if self._link_cursor is not None:
            link = self._link_cursor.fetchone()
            self._link_cursor = None
            self._last_link = (int(link[0]), str(link[1])) if link else (0, "")
        return self._last_link

    def append_rows(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Inside a write, audit rows go with its ``COMMIT`` (one round trip for both);
        otherwise at once."""
        if self._writing:
            self._pending.append((sql, rows))
        else:
            self.executemany(sql, rows)

    def appended(self, last_id: int, last_hash: str) -> None:
        """The chain's newest link after this transaction's appends."""
        if self._writing:
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

    def all_many(self, queries: Sequence[tuple[str, Params]]) -> list[list[dict[str, Any]]]:
        """Each query's rows, sent together and answered in one round trip (a pipeline),
        inside one repeatable-read snapshot when no transaction is open."""
        own = not self.in_transaction
        with self.raw.pipeline():
            if own:
                self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            cursors = [self.raw.execute(pyformat(sql), params or None) for sql, params in queries]
            if own:
                self.raw.execute("COMMIT")
        return [rows_of(self, cursor) for cursor in cursors]

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
        """Each table's id counter moved past the ids copied in, and the planner's
        statistics gathered (a whole clinic arrives at once)."""
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
            self.raw.execute(f"ANALYZE {table}")

    def use_zone(self, zone: dt.tzinfo) -> None:
        """Spell times in ``zone`` and read dates given as text (``started_at >=
        '2026-03-02'``) as midnight there, as the file's text comparisons do."""
        self.zone = zone
        offset = dt.datetime.now(zone).utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds() // 60)
        hours, rest = divmod(abs(minutes), 60)
        if rest == 0:
            # A named zone psycopg knows (POSIX "Etc/GMT-1" is one hour east of UTC).
            name = "UTC" if hours == 0 else f"Etc/GMT{'-' if minutes > 0 else '+'}{hours}"
            self.raw.execute(f"SET TIME ZONE '{name}'")
            return
        sign = "-" if minutes < 0 else "+"
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
            # A half-open connection (a cable pulled, a switch restarted) is found in
            # about 25 s instead of the operating system's two hours: the room's journal
            # sender and the live-update listener then reconnect.
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
        )
    connection = ServerConnection(raw, location)
    connection.password = password
    return connection
