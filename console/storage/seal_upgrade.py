"""Sealing what was saved before content hashes existed (migration m006).

Each row of a sealed table gets an audit entry ``seal`` with its content hash, and each
signed session an entry ``seal-signed`` with its seal; both say "sealed on upgrade",
with the upgrade's time and no therapist. From then on, ``check-db`` finds any change
to them; what was changed before the upgrade cannot be told.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from console.storage import audit, seals
from console.storage.backend import Connection, stream_rows
from console.storage.rows import timestamp

BATCH = 5000

_PATIENT_OF = {
    "therapists": "NULL",
    "patients": "t.id",
    "plans": "t.patient_id",
    "sessions": "t.patient_id",
    "home_programs": "t.patient_id",
    "records": "(SELECT s.patient_id FROM sessions AS s WHERE s.id = t.session_id)",
    "soap_notes": "(SELECT s.patient_id FROM sessions AS s WHERE s.id = t.session_id)",
    "amendments": "(SELECT s.patient_id FROM sessions AS s WHERE s.id = t.session_id)",
}


def _entry(
    at: str, action: str, table: str, row_id: object, patient: Any, digest: str
) -> dict[str, Any]:
    return {
        "at": at,
        "therapist_id": None,
        "action": action,
        "entity": table,
        "entity_id": str(row_id),
        "patient_id": patient,
        "detail": seals.ON_UPGRADE,
        "content_hash": digest,
    }


def _row_entries(conn: Connection, at: str) -> Iterator[dict[str, Any]]:
    for table in seals.FIELDS:
        key = seals.key_of(table)
        sql = f"SELECT t.*, {_PATIENT_OF[table]} AS patient_of FROM {table} AS t ORDER BY t.{key}"
        for row in stream_rows(conn, sql):
            yield _entry(
                at, "seal", table, row[key], row["patient_of"], seals.content_hash(table, row)
            )


def _seal_entries(conn: Connection, at: str) -> Iterator[dict[str, Any]]:
    from console.storage.backend import rows_of

    sessions = rows_of(
        conn, conn.execute("SELECT * FROM sessions WHERE status = 'signed' ORDER BY id")
    )
    for session in sessions:
        records = rows_of(
            conn, conn.execute("SELECT * FROM records WHERE session_id = ?", [session["id"]])
        )
        soap = rows_of(
            conn, conn.execute("SELECT * FROM soap_notes WHERE session_id = ?", [session["id"]])
        )
        seal = seals.session_seal(session, records, soap[0] if soap else None, session["signed_by"])
        yield _entry(at, "seal-signed", "sessions", session["id"], session["patient_id"], seal)


def seal_existing(conn: Connection, now: dt.datetime | None = None) -> int:
    """Append the upgrade's seals, inside the caller's transaction; how many."""
    at = timestamp(now or dt.datetime.now().astimezone())
    count = 0
    batch: list[dict[str, Any]] = []
    for entry in itertools.chain(_row_entries(conn, at), _seal_entries(conn, at)):
        batch.append(entry)
        if len(batch) >= BATCH:
            count += len(audit.append_all(conn, batch))
            batch = []
    if batch:
        count += len(audit.append_all(conn, batch))
    return count
