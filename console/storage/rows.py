"""What every part of the repository shares: the connection, transactions, listeners,
the audit trail and turning rows into the chart's values."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from console.domain.chart import (
    Amendment,
    HomeProgramVersion,
    JsonItems,
    Patient,
    Plan,
    Record,
    Session,
    SoapNote,
    Therapist,
)
from console.domain.validation import ValidationError
from console.storage import audit as audit_chain
from console.storage.errors import NotFound, is_sqlite_error, translated

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
Listener = Callable[[str], None]
Row = dict[str, Any]


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def timestamp(moment: dt.datetime) -> str:
    """ISO 8601 with milliseconds and the UTC offset: sorts, and its [:10] is the date."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="milliseconds")


class RepositoryBase:
    """The connection and the rules every write follows.

    Each public write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) that also
    appends its audit entry; listeners hear the changed table names after the commit.
    """

    def __init__(self, db: Database, *, clock: Clock = local_now) -> None:
        self.db = db
        self._clock = clock
        self._listeners: list[Listener] = []
        self._depth = 0
        self._changed: set[str] = set()
        #: The therapist at the computer (set by the lock screen when someone unlocks):
        #: records and audit entries written without a therapist carry this one.
        self.acting_therapist_id: int | None = None

    # -- time -------------------------------------------------------------------------

    def now(self) -> str:
        return timestamp(self._clock())

    def today(self) -> dt.date:
        return self._clock().date()

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
    def _write(self, *tables: str) -> Iterator[None]:
        """One committed transaction; nested uses join the outer one."""
        self._changed.update(tables)
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        conn = self.db.conn
        with translated():
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                self._changed.clear()
                self._rollback()
                raise
            finally:
                self._depth = 0
        changed, self._changed = self._changed, set()
        self._notify(changed)

    def _rollback(self) -> None:
        conn = self.db.conn
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except Exception as error:  # the failed statement already ended it
                if not is_sqlite_error(error):  # sqlite3's or sqlcipher3's
                    raise
                log.warning("rollback after a failed write did not complete")

    @contextmanager
    def _read(self) -> Iterator[None]:
        """Several reads that see one consistent state of the database."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        with translated():
            conn.execute("BEGIN")
            try:
                yield
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def _all(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        with translated():
            cursor = self.db.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def _records(self, sql: str, params: Sequence[Any] = ()) -> list[Record]:
        """Records from a query selecting ``RECORD_COLUMNS`` (of ``records AS r``)."""
        with translated():
            return [Record(*values) for values in self.db.conn.execute(sql, params).fetchall()]

    def _one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _exec(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        with translated():
            return self.db.conn.execute(sql, params)

    def _insert(self, table: str, row: Mapping[str, Any]) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self._exec(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        return int(cursor.lastrowid or 0)

    # -- audit ------------------------------------------------------------------------

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object = None,
        patient_id: int | None = None,
        detail: str | None = None,
        therapist_id: int | None = None,
    ) -> int:
        """Append an audit entry; inside another write it joins that transaction.

        ``detail`` is never a patient's name: ids, field names, formats.
        """
        if action not in audit_chain.ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        if therapist_id is None:
            therapist_id = self.acting_therapist_id
        with self._write("audit_log"):
            return audit_chain.append(
                self.db,
                {
                    "at": self.now(),
                    "therapist_id": therapist_id,
                    "action": action,
                    "entity": entity,
                    "entity_id": None if entity_id is None else str(entity_id),
                    "patient_id": patient_id,
                    "detail": detail,
                },
            )

    def audit_entries(self, patient_id: int | None = None, limit: int | None = None) -> list[Row]:
        """Audit rows oldest first, all or those about one patient."""
        where = "" if patient_id is None else "WHERE patient_id = ?"
        params: list[Any] = [] if patient_id is None else [patient_id]
        tail = ""
        if limit is not None:
            tail = "LIMIT ?"
            params.append(limit)
        return self._all(f"SELECT * FROM audit_log {where} ORDER BY id {tail}", params)

    def verify_audit_chain(self) -> list[str]:
        """Every break in the audit log's hash chain; empty when intact."""
        with translated():
            return audit_chain.verify_chain(self.db)

    # -- look-ups shared by the parts -------------------------------------------------

    def _session_row(self, session_id: int) -> Row:
        row = self._one("SELECT * FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFound(f"There is no session number {session_id}.")
        return row

    def _patient_row(self, patient_id: int) -> Row:
        row = self._one("SELECT * FROM patients WHERE id = ?", [patient_id])
        if row is None:
            raise NotFound(f"There is no patient number {patient_id}.")
        return row


# -- JSON items -----------------------------------------------------------------------


def items_json(items: Sequence[Any], *, field: str = "items") -> str:
    """Plan or program items as stored JSON; pydantic models are dumped first."""
    plain: JsonItems = []
    for index, item in enumerate(items):
        dump = getattr(item, "model_dump", None)
        if callable(dump):
            item = dump(mode="json")
        if not isinstance(item, Mapping):
            raise ValidationError(field, f"item {index + 1} is not a set of named values")
        if not isinstance(item.get("protocol_id"), str) or not item["protocol_id"]:
            raise ValidationError(field, f"item {index + 1} has no protocol id")
        plain.append(dict(item))
    try:
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise ValidationError(field, f"items cannot be saved: {error}") from None


def load_items(text: str | None) -> JsonItems:
    value = json.loads(text) if text else []
    return list(value) if isinstance(value, list) else []


# -- rows to values -------------------------------------------------------------------


def to_therapist(row: Row) -> Therapist:
    return Therapist(
        id=row["id"],
        name=row["name"],
        active=bool(row["active"]),
        has_pin=bool(row["pin_hash"]),
        created_at=row["created_at"],
    )


def to_patient(row: Row) -> Patient:
    dob = row["date_of_birth"]
    return Patient(
        id=row["id"],
        record_number=row["record_number"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        date_of_birth=dt.date.fromisoformat(dob) if dob else None,
        language=row["language"],
        diagnosis=row["diagnosis"],
        notes=row["notes"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def to_plan(row: Row) -> Plan:
    return Plan(
        id=row["id"],
        patient_id=row["patient_id"],
        name=row["name"],
        is_template=bool(row["is_template"]),
        items=load_items(row["items"]),
        therapist_id=row["therapist_id"],
        created_at=row["created_at"],
    )


def to_session(row: Row) -> Session:
    return Session(
        id=row["id"],
        patient_id=row["patient_id"],
        therapist_id=row["therapist_id"],
        plan_id=row["plan_id"],
        plan_snapshot=load_items(row["plan_snapshot"]),
        status=row["status"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        cursor=row["cursor"],
        cursor_at=row["cursor_at"],
        signed_at=row["signed_at"],
        signed_by=row["signed_by"],
        cursor_key=row["cursor_key"],
    )


#: The records columns in the order of ``Record``'s fields.
RECORD_COLUMNS = ", ".join(Record._fields)


def to_record(row: Row) -> Record:
    return Record(
        id=row["id"],
        session_id=row["session_id"],
        kind=row["kind"],
        value=row["value"],
        protocol_id=row["protocol_id"],
        side=row["side"],
        set_number=row["set_number"],
        phase_index=row["phase_index"],
        moment=row["moment"],
        therapist_id=row["therapist_id"],
        recorded_at=row["recorded_at"],
        replaces_id=row["replaces_id"],
    )


def to_soap(row: Row) -> SoapNote:
    return SoapNote(
        session_id=row["session_id"],
        subjective=row["subjective"],
        objective=row["objective"],
        assessment=row["assessment"],
        plan=row["plan"],
        therapist_id=row["therapist_id"],
        updated_at=row["updated_at"],
    )


def to_amendment(row: Row) -> Amendment:
    return Amendment(
        id=row["id"],
        session_id=row["session_id"],
        therapist_id=row["therapist_id"],
        created_at=row["created_at"],
        target=row["target"],
        reason=row["reason"],
        text=row["text"],
    )


def to_home_program(row: Row) -> HomeProgramVersion:
    return HomeProgramVersion(
        id=row["id"],
        patient_id=row["patient_id"],
        version=row["version"],
        created_at=row["created_at"],
        therapist_id=row["therapist_id"],
        language=row["language"],
        large_print=bool(row["large_print"]),
        items=load_items(row["items"]),
        note=row["note"],
    )
