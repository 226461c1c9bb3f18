"""Several rooms on one clinic database: who saved what where, saves that would overwrite
another room's, and the one running session a patient can have.

A patient's details and an unsigned SOAP note carry a ``row_version`` that every save
moves on; a home program's versions are numbered already. A save says which version it
was based on (``base_version``); when another room has saved since, the save is refused
with ``Conflict``, which carries both versions, so nothing is overwritten unseen.

A patient has at most one running session at a time across the rooms: starting one while
the patient is in session in another room raises ``PatientInSession`` (who, where,
since when); ``RoomStore.take_over`` moves that session to this room, with an audit
entry, after a crash there.

The checks run inside the write's transaction, which on the clinic server holds the
audit log's lock from its first statement (console/storage/server_backend.py) and on a
file holds SQLite's write lock: two rooms cannot both pass a check and then both save.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from console.domain.messages import say
from console.storage.errors import StorageError
from console.storage.transactions import Transactions

#: The audit action of a session taken over by another room (docs/clinic-server.md).
TAKE_OVER = "take-over"


@dataclass(frozen=True)
class Saved:
    """Who last saved a row, where and when (from the audit log)."""

    therapist: str | None
    room: str | None
    at: str | None

    def describe(self) -> str:
        who = self.therapist or say("someone")
        where = self.room or say("a room without a name")
        when = (self.at or "")[:16].replace("T", " ")
        return say("{0} in {1} at {2}", who, where, when)


class Conflict(StorageError):
    """A save based on a version that another room has replaced since.

    ``mine`` holds what this console tried to save, ``theirs`` what is saved now (the
    same field names), ``their_version`` the version to base the next save on, and
    ``saved`` who saved it, where and when. Nothing was written.
    """

    default_message = (
        "Someone else saved this while you were editing it. Nothing of yours has been "
        "lost: compare the two versions and choose what to keep."
    )

    def __init__(
        self,
        table: str,
        key: int,
        *,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        their_version: int,
        saved: Saved,
    ) -> None:
        super().__init__(detail=f"{table} {key}: saved version {their_version}")
        self.table = table
        self.key = key
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.their_version = their_version
        self.saved = saved


@dataclass(frozen=True)
class RunningSession:
    """A patient's session running in another room."""

    session_id: int
    patient_id: int
    therapist: str | None
    room: str | None
    started_at: str | None

    def describe(self) -> str:
        who = self.therapist or say("someone")
        where = self.room or say("a room without a name")
        since = (self.started_at or "")[:16].replace("T", " ")
        return say("{0} in {1}, since {2}", who, where, since)


class PatientInSession(StorageError):
    """The patient has a session running in another room; ``running`` says which."""

    default_message = (
        "This patient is in session in another room. Take the session over only if "
        "that room has stopped (for example its computer crashed)."
    )

    def __init__(self, running: RunningSession) -> None:
        super().__init__(detail=f"session {running.session_id} in {running.room!r}")
        self.running = running


def last_saved(tx: Transactions, table: str, key: int) -> Saved:
    """Who wrote ``table`` row ``key`` last, where and when, from the audit log."""
    row = tx.one(
        """
        SELECT a.at, a.room, t.name FROM audit_log AS a
        LEFT JOIN therapists AS t ON t.id = a.therapist_id
        WHERE a.entity = ? AND a.entity_id = ? AND a.action IN ('create', 'update')
        ORDER BY a.id DESC LIMIT 1
        """,
        [table, str(key)],
    )
    if row is None:
        return Saved(None, None, None)
    return Saved(row["name"], row["room"], row["at"])


def same_room(a: str | None, b: str | None) -> bool:
    """Rooms are the same by name, ignoring case and spaces around it."""
    return (a or "").strip().casefold() == (b or "").strip().casefold()


class RoomStore:
    """The room of this console and the sessions running in the others."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    @property
    def room(self) -> str | None:
        return self._tx.room

    @room.setter
    def room(self, name: str | None) -> None:
        self._tx.room = (name or "").strip() or None

    def running_elsewhere(self, patient_id: int) -> RunningSession | None:
        """The patient's running session in another room, or None."""
        rows = self._tx.all(
            """
            SELECT s.id, s.patient_id, s.room, s.started_at, t.name FROM sessions AS s
            LEFT JOIN therapists AS t ON t.id = s.therapist_id
            WHERE s.patient_id = ? AND s.status = 'running'
            ORDER BY s.started_at DESC, s.id DESC
            """,
            [patient_id],
        )
        for row in rows:
            if not same_room(row["room"], self._tx.room):
                return RunningSession(
                    int(row["id"]), patient_id, row["name"], row["room"], row["started_at"]
                )
        return None

    def refuse_if_in_session(self, patient_id: int) -> None:
        """``PatientInSession`` when the patient is in session in another room (called
        inside the write that starts a session)."""
        running = self.running_elsewhere(patient_id)
        if running is not None:
            raise PatientInSession(running)

    def take_over(self, session_id: int, therapist_id: int | None = None) -> None:
        """Move a running session from the room it was in to this one (that room has
        stopped): audited with the room it came from. Its records stay as they are."""
        with self._tx.write("sessions"):
            row = self._tx.open_session(session_id)
            if row["status"] != "running":
                raise StorageError(say("This session is no longer running; nothing to take over."))
            self._tx.execute(
                "UPDATE sessions SET room = ? WHERE id = ?", [self._tx.room, session_id]
            )
            self._tx.audit(
                TAKE_OVER,
                "sessions",
                session_id,
                row["patient_id"],
                detail=f"from room {row['room'] or '-'}",
                therapist_id=therapist_id,
            )
