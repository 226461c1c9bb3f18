"""What every store of the repository shares: the connection, the clock, one way to
write (a transaction that appends its audit entry, commits, then tells listeners),
one way to read consistently, and the look-ups several stores need.

A store never opens a transaction itself; it asks ``Transactions.write`` for one.
``storage/demo.py`` writes through the same object, so demo data carries the same
audit chain as data a therapist entered.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from console.domain.chart import Record
from console.storage import audit as audit_chain
from console.storage import changes, seals
from console.storage.backend import Connection, Cursor, SqliteConnection, read_transaction, rows_of
from console.storage.errors import NotFound, SessionSigned, StorageError
from console.storage.rows import Row, timestamp

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
Listener = Callable[[str], None]


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class Transactions:
    """The connection and the rules every write follows.

    ``write(*tables)`` is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``); writes
    inside it join it. ``audit(...)`` appends the hash-chained audit entry inside the
    current write. After the commit, listeners hear the changed table names.
    """

    def __init__(self, db: Database | Connection, *, clock: Clock = local_now) -> None:
        self.conn: Connection = SqliteConnection(db) if isinstance(db, Database) else db
        self._clock = clock
        # Dates asked about ("sessions on Monday") are the console's local dates.
        self.conn.use_zone(clock().tzinfo or dt.UTC)
        self._listeners: list[Listener] = []
        self._depth = 0
        self._changed: set[str] = set()
        #: The ids each table's audit entries name in the open write (change notices).
        self._written: dict[str, set[str]] = {}
        #: The therapist at the computer (set by the lock screen when someone unlocks):
        #: records and audit entries written without a therapist carry this one.
        self.acting_therapist_id: int | None = None
        #: The room this console stands in (its settings; None for a console alone on
        #: its file): every audit entry written here names it.
        self.room: str | None = None

    @property
    def db(self) -> Database:
        """The embedded database (SQLite only: backups, encryption, bulk demo data)."""
        if isinstance(self.conn, SqliteConnection):
            return self.conn.db
        raise StorageError("This needs the database file; the console is on a server.")

    @db.setter
    def db(self, db: Database) -> None:
        self.conn = SqliteConnection(db)

    @property
    def dialect(self) -> str:
        return self.conn.dialect

    # -- time -------------------------------------------------------------------------

    def now(self) -> str:
        return timestamp(self._clock())

    def today(self) -> dt.date:
        return self._clock().date()

    @property
    def zone(self) -> dt.tzinfo:
        """The console's time zone (the clock's)."""
        return self._clock().tzinfo or dt.UTC

    # -- listeners --------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(table_name)`` after each committed change; returns an undo."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, tables: set[str]) -> None:
        for table in sorted(tables):
            for listener in list(self._listeners):
                try:
                    listener(table)
                except Exception:  # a view's bug must not undo a saved record
                    log.exception("a storage listener failed on %s", table)

    # -- transactions -----------------------------------------------------------------

    @contextmanager
    def write(self, *tables: str) -> Iterator[None]:
        """One committed transaction; nested uses join the outer one."""
        self._changed.update(tables)
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        conn = self.conn
        with conn.translated():
            conn.begin(write=True)
            self._depth = 1
            try:
                yield
                # The other rooms hear of it if, and only when, it commits.
                conn.notify(changes.payloads(self._changed, self._written, self.room))
                conn.commit()
            except BaseException:
                self._changed.clear()
                self._rollback()
                raise
            finally:
                self._depth = 0
                self._written = {}
        changed, self._changed = self._changed, set()
        self._notify(changed)

    def _rollback(self) -> None:
        try:
            self.conn.rollback()
        except StorageError:  # the connection is gone: nothing was committed
            log.warning("rollback after a failed write did not complete")

    @contextmanager
    def read(self) -> Iterator[None]:
        """Several reads that see one consistent state of the database."""
        with read_transaction(self.conn):
            yield

    # -- statements -------------------------------------------------------------------

    def all(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        with self.conn.translated():
            return rows_of(self.conn, self.conn.execute(sql, params))

    def one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def all_many(self, queries: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Row]]:
        """Several queries' rows from one consistent state; on the clinic server they
        travel together (one round trip across the network)."""
        with self.conn.translated():
            return self.conn.all_many(queries)

    def records(self, sql: str, params: Sequence[Any] = ()) -> list[Record]:
        """Records from a query selecting ``RECORD_COLUMNS`` (of ``records AS r``)."""
        with self.conn.translated():
            cursor = self.conn.execute(sql, params)
            value = self.conn.value
            return [Record(*(value(v) for v in values)) for values in cursor.fetchall()]

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Cursor:
        with self.conn.translated():
            return self.conn.execute(sql, params)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        with self.conn.translated():
            return self.conn.insert(table, row)

    # -- audit ------------------------------------------------------------------------

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object = None,
        patient_id: int | None = None,
        detail: str | None = None,
        therapist_id: int | None = None,
        *,
        at: str | None = None,
        row: Mapping[str, Any] | None = None,
        content_hash: str | None = None,
    ) -> int:
        """Append an audit entry; inside another write it joins that transaction.

        ``detail`` is never a patient's name: ids, field names, formats. ``at`` is the
        entry's time when it is not now (demo data written with past dates).

        An entry for a row written (``seals.ROW_ACTIONS`` on a sealed table) carries the
        hash of the row's content: of ``row`` when given, else of the row as it now
        stands in the table. ``content_hash`` gives it directly (a signature's seal).
        """
        if content_hash is None and action in seals.ROW_ACTIONS and entity in seals.FIELDS:
            if row is None and entity_id is not None:
                row = self.one(
                    f"SELECT * FROM {entity} WHERE {seals.key_of(entity)} = ?", [entity_id]
                )
            if row is not None:
                content_hash = seals.content_hash(entity, row)
        entry = {
            "at": at or self.now(),
            "therapist_id": therapist_id,
            "action": action,
            "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id),
            "patient_id": patient_id,
            "detail": detail,
            "content_hash": content_hash,
        }
        (last,) = self.audit_all([entry])
        return last

    def audit_all(self, entries: Sequence[Mapping[str, Any]]) -> list[int]:
        """Append many entries at once (demo data, thousands at a time), in the order
        given, each with the fields of ``audit``; returns their ids."""
        rows = []
        for entry in entries:
            if entry["action"] not in audit_chain.ACTIONS:
                raise ValueError(f"unknown audit action {entry['action']!r}")
            row = {name: entry.get(name) for name in audit_chain.HASHED_FIELDS if name != "id"}
            if row["therapist_id"] is None:
                row["therapist_id"] = self.acting_therapist_id
            if row["room"] is None:
                row["room"] = self.room
            if row["entity_id"] is not None:
                self._written.setdefault(str(row["entity"]), set()).add(str(row["entity_id"]))
            rows.append(row)
        with self.write("audit_log"), self.conn.translated():
            return audit_chain.append_all(self.conn, rows)

    # -- look-ups several stores need -------------------------------------------------

    def row(self, table: str, row_id: int, what: str, columns: str = "*") -> Row:
        """Row ``row_id`` of ``table``; NotFound names it as "``what`` number N"."""
        row = self.one(f"SELECT {columns} FROM {table} WHERE id = ?", [row_id])
        if row is None:
            raise NotFound(f"There is no {what} number {row_id}.")
        return row

    def patient_row(self, patient_id: int) -> Row:
        return self.row("patients", patient_id, "patient")

    def session_row(self, session_id: int) -> Row:
        return self.row("sessions", session_id, "session")

    def open_session(self, session_id: int) -> Row:
        """The session's row; ``SessionSigned`` when it is signed (locked)."""
        row = self.session_row(session_id)
        if row["status"] == "signed":
            raise SessionSigned()
        return row
