"""Sessions: starting one from a plan, the runner's resume point, the records
entered (grade, pain, note) and their corrections, finishing and signing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypedDict, Unpack

from console.domain.chart import Record, Session
from console.domain.grades import ResistanceGrade, parse_pain
from console.domain.runner_events import RecordGrade, RecordHold, RecordNote, RecordPain
from console.domain.validation import ValidationError
from console.storage import seals
from console.storage.errors import SessionSigned
from console.storage.migrations import HOLD_CAP_MAX_S
from console.storage.plan_store import PlanStore
from console.storage.rooms import RoomStore
from console.storage.rows import RECORD_COLUMNS, Row, items_json, to_record, to_session
from console.storage.transactions import Transactions

MOMENTS = ("start", "end")
SOAP_FIELDS = ("subjective", "objective", "assessment", "plan")
NOTE_MAX = 10_000

#: Where ``records AS r`` holds only current values (not ones a correction replaced).
CURRENT = "NOT EXISTS (SELECT 1 FROM records AS c WHERE c.replaces_id = r.id)"


class _Where(TypedDict, total=False):
    """Where in the plan an entry was taken (None: not known), and by whom."""

    set_number: int | None
    phase_index: int | None
    therapist_id: int | None
    #: The room's own id of an entry kept first in its journal (a uuid): stored once.
    entry_uid: str | None
    #: When the entry was taken, if not now (an entry delivered from a journal).
    recorded_at: str | None


class _GradePlace(_Where):
    """A grade is always taken in a protocol, on a side."""

    protocol_id: str | None
    side: str | None


class _EntryPlace(_Where, total=False):
    """A pain score or note may be taken outside a protocol."""

    protocol_id: str | None
    side: str | None


class SessionStore:
    def __init__(self, tx: Transactions, plans: PlanStore) -> None:
        self._tx = tx
        self._plans = plans

    # -- sessions ---------------------------------------------------------------------

    def start(
        self,
        patient_id: int,
        items: Sequence[Any],
        therapist_id: int | None = None,
        *,
        plan_id: int | None = None,
    ) -> int:
        """Begin a session running ``items``; returns its id.

        Without ``plan_id`` the items also become the patient's latest plan (unless they
        are the same as it), so the next session starts from them.
        """
        text = items_json(items)
        self._tx.patient_row(patient_id)
        with self._tx.write("sessions", "plans"):
            RoomStore(self._tx).refuse_if_in_session(patient_id)  # one room at a time
            if plan_id is None:
                last = self._plans.last(patient_id)
                if last is not None and items_json(last.items) == text:
                    plan_id = last.id
                else:
                    plan_id = self._plans.save(patient_id, items, therapist_id)
            now = self._tx.now()
            session_id = self._tx.insert(
                "sessions",
                {
                    "patient_id": patient_id,
                    "therapist_id": therapist_id,
                    "plan_id": plan_id,
                    "plan_snapshot": text,
                    "status": "running",
                    "started_at": now,
                    "cursor": 0,
                    "cursor_at": now,
                    "room": self._tx.room,
                },
            )
            self._tx.audit("create", "sessions", session_id, patient_id, therapist_id=therapist_id)
        return session_id

    def set_cursor(self, session_id: int, phase_index: int, key: str | None = None) -> None:
        """Remember the runner's phase, so a crash resumes at the same step: its index
        and its key (``console.domain.plan.phase_key``), which still finds it if the
        protocol has changed by the time the session resumes."""
        with self._tx.write("sessions"):
            row = self._tx.session_row(session_id)
            if row["status"] == "signed":
                raise SessionSigned()
            self._tx.execute(
                "UPDATE sessions SET cursor = ?, cursor_key = ?, cursor_at = ? WHERE id = ?",
                [int(phase_index), key, self._tx.now(), session_id],
            )

    def change_plan(
        self, session_id: int, items: Sequence[Any], therapist_id: int | None = None
    ) -> None:
        """A running session's plan changed from the runner (a hold switched to fatigue):
        its snapshot, so a resume runs the same phases, and the patient's latest plan,
        so the next session starts from it too."""
        text = items_json(items)
        with self._tx.write("sessions", "plans"):
            row = self._tx.open_session(session_id)
            if row["status"] != "running":
                raise ValidationError("status", "Only a running session's plan can change.")
            plan_id = self._plans.save(row["patient_id"], items, therapist_id)
            self._tx.execute(
                "UPDATE sessions SET plan_snapshot = ?, plan_id = ? WHERE id = ?",
                [text, plan_id, session_id],
            )
            self._tx.audit(
                "update", "sessions", session_id, row["patient_id"], therapist_id=therapist_id
            )

    def finish(self, session_id: int, therapist_id: int | None = None) -> None:
        """Mark a running session finished (no longer offered for resume)."""
        with self._tx.write("sessions"):
            row = self._tx.session_row(session_id)
            if row["status"] != "running":
                return
            self._tx.execute(
                "UPDATE sessions SET status = 'finished', ended_at = ? WHERE id = ?",
                [self._tx.now(), session_id],
            )
            self._tx.audit(
                "finish", "sessions", session_id, row["patient_id"], therapist_id=therapist_id
            )

    def get(self, session_id: int) -> Session:
        return to_session(self._tx.session_row(session_id))

    def for_patient(self, patient_id: int) -> list[Session]:
        """The patient's sessions, newest first."""
        rows = self._tx.all(
            "SELECT * FROM sessions WHERE patient_id = ? ORDER BY started_at DESC, id DESC",
            [patient_id],
        )
        return [to_session(row) for row in rows]

    def unfinished(self) -> list[Session]:
        """Sessions still running (after a crash: offered for resume), newest first."""
        rows = self._tx.all(
            "SELECT * FROM sessions WHERE status = 'running' ORDER BY started_at DESC, id DESC"
        )
        return [to_session(row) for row in rows]

    def between(self, first: dt.date, last: dt.date) -> list[Session]:
        """Sessions started on ``first`` to ``last`` (local dates), newest first."""
        rows = self._tx.all(
            "SELECT * FROM sessions WHERE started_at >= ? AND started_at < ? "
            "ORDER BY started_at DESC, id DESC",
            [first.isoformat(), (last + dt.timedelta(days=1)).isoformat()],
        )
        return [to_session(row) for row in rows]

    # -- records ----------------------------------------------------------------------

    def _add_record(self, session_id: int, kind: str, value: str, **fields: Any) -> int:
        unknown = set(fields) - {"moment", *_EntryPlace.__annotations__}
        if unknown:
            raise TypeError(f"unknown record fields: {sorted(unknown)}")
        if fields.get("therapist_id") is None:
            fields["therapist_id"] = self._tx.acting_therapist_id
        therapist_id = fields["therapist_id"]
        uid = fields.pop("entry_uid", None)
        recorded_at = fields.pop("recorded_at", None) or self._tx.now()
        with self._tx.write("records"):
            if uid is not None:
                # Sent again after an answer lost on the way: already stored, once.
                known = self._tx.one("SELECT id FROM records WHERE entry_uid = ?", [uid])
                if known is not None:
                    return int(known["id"])
            session = self._tx.open_session(session_id)
            row = {
                "session_id": session_id,
                "kind": kind,
                "value": value,
                **fields,
                "recorded_at": recorded_at,
            }
            if uid is not None:
                row["entry_uid"] = uid
            record_id = self._tx.insert("records", row)
            self._tx.audit(
                "record",
                "records",
                record_id,
                session["patient_id"],
                detail=kind,
                therapist_id=therapist_id,
                row=row,
            )
        return record_id

    def add_grade(
        self, session_id: int, value: str | ResistanceGrade, **place: Unpack[_GradePlace]
    ) -> int:
        """Save a resistance grade ('4+', '3-', '5'...) at once; returns the record id."""
        return self._add_record(session_id, "grade", str(_grade(value)), **place)

    def add_pain(
        self, session_id: int, score: int | str, moment: str | None, **place: Unpack[_EntryPlace]
    ) -> int:
        """Save an NPRS score 0 to 10, ``moment`` 'start' or 'end' (None: during)."""
        pain = _pain(score)
        if moment is not None and moment not in MOMENTS:
            raise ValidationError("moment", "Pain is asked at the start or at the end.")
        return self._add_record(session_id, "pain", str(pain), moment=moment, **place)

    def add_hold(self, session_id: int, seconds: int | str, **place: Unpack[_GradePlace]) -> int:
        """Save a hold timed to fatigue, whole seconds 1 to 600; returns the record id."""
        return self._add_record(session_id, "hold", str(_hold_seconds(seconds)), **place)

    def add_note(self, session_id: int, text: str, **place: Unpack[_EntryPlace]) -> int:
        """Save a free note; returns the record id."""
        return self._add_record(session_id, "note", _note(text), **place)

    def save_entry(
        self,
        session_id: int,
        entry: RecordGrade | RecordPain | RecordNote | RecordHold,
        therapist_id: int | None = None,
    ) -> int:
        """Save one entry the runner produced (grade, pain, note or hold); the record id."""
        where: _GradePlace = {
            "protocol_id": entry.protocol_id,
            "side": entry.side,
            "set_number": entry.set_number,
            "phase_index": entry.phase_index,
            "therapist_id": therapist_id,
        }
        if isinstance(entry, RecordGrade):
            return self.add_grade(session_id, entry.value, **where)
        if isinstance(entry, RecordPain):
            return self.add_pain(session_id, entry.score, entry.moment, **where)
        if isinstance(entry, RecordHold):
            return self.add_hold(session_id, entry.seconds, **where)
        return self.add_note(session_id, entry.text, **where)

    def deliver(
        self,
        session_id: int,
        kind: str,
        value: str,
        moment: str | None = None,
        **place: Unpack[_EntryPlace],
    ) -> int:
        """Save an entry a room kept first in its journal (``kind`` grade, pain, note or
        hold, its ``value`` as stored), exactly once by its ``entry_uid``; the record id."""
        if kind == "grade":
            return self.add_grade(session_id, value, **place)
        if kind == "pain":
            return self.add_pain(session_id, value, moment, **place)
        if kind == "hold":
            return self.add_hold(session_id, value, **place)
        if kind == "note":
            return self.add_note(session_id, value, **place)
        raise ValidationError("kind", f"Unknown entry kind {kind!r}.")

    def correct_record(
        self, record_id: int, new_value: str | int, therapist_id: int | None = None
    ) -> int:
        """Correct a record of an unsigned session: a new record replaces the current
        value (the original is kept). Returns the new record's id."""
        with self._tx.write("records"):
            head = self._current_of(record_id)
            session = self._tx.open_session(head["session_id"])
            kind = head["kind"]
            if kind == "grade":
                value = str(_grade(str(new_value)))
            elif kind == "pain":
                value = str(_pain(new_value))
            elif kind == "hold":
                value = str(_hold_seconds(new_value))
            else:
                value = _note(str(new_value))
            row = {
                **{
                    name: head[name]
                    for name in (
                        "session_id",
                        "kind",
                        "protocol_id",
                        "side",
                        "set_number",
                        "phase_index",
                        "moment",
                    )
                },
                "value": value,
                "therapist_id": therapist_id,
                "recorded_at": self._tx.now(),
                "replaces_id": head["id"],
            }
            new_id = self._tx.insert("records", row)
            self._tx.audit(
                "correct",
                "records",
                new_id,
                session["patient_id"],
                detail=f"replaces record {head['id']}",
                therapist_id=therapist_id,
                row=row,
            )
        return new_id

    def _current_of(self, record_id: int) -> Row:
        row = self._tx.row("records", record_id, "record")
        while True:
            newer = self._tx.one(
                "SELECT * FROM records WHERE replaces_id = ? ORDER BY id DESC LIMIT 1", [row["id"]]
            )
            if newer is None:
                return row
            row = newer

    def records(self, session_id: int, *, include_replaced: bool = False) -> list[Record]:
        """The session's records in the order entered; only current values unless asked."""
        where = "" if include_replaced else f"AND {CURRENT}"
        return self._tx.records(
            f"SELECT {RECORD_COLUMNS} FROM records AS r WHERE session_id = ? {where} ORDER BY id",
            [session_id],
        )

    def record(self, record_id: int) -> Record:
        return to_record(self._tx.row("records", record_id, "record"))

    # -- signing ----------------------------------------------------------------------

    def sign(self, session_id: int, therapist_id: int | None) -> None:
        """Sign the session: from now on it, its records and its SOAP note are locked,
        and its audit entry carries their seal (console/storage/seals.py)."""
        with self._tx.write("sessions"):
            row = self._tx.open_session(session_id)
            records = self._tx.all("SELECT * FROM records WHERE session_id = ?", [session_id])
            soap = self._tx.one("SELECT * FROM soap_notes WHERE session_id = ?", [session_id])
            seal = seals.session_seal(row, records, soap, therapist_id)
            now = self._tx.now()
            self._tx.execute(
                "UPDATE sessions SET status = 'signed', signed_at = ?, signed_by = ?, "
                "ended_at = COALESCE(ended_at, ?) WHERE id = ?",
                [now, therapist_id, now, session_id],
            )
            self._tx.audit(
                "sign",
                "sessions",
                session_id,
                row["patient_id"],
                therapist_id=therapist_id,
                content_hash=seal,
            )

    def seal(self, session_id: int) -> str | None:
        """The seal of a signed session (None: not signed)."""
        row = self._tx.one(
            "SELECT content_hash FROM audit_log WHERE entity = 'sessions' AND entity_id = ? "
            "AND action IN ('sign', 'seal-signed') ORDER BY id DESC LIMIT 1",
            [str(session_id)],
        )
        return None if row is None else row["content_hash"]


def _grade(value: str | ResistanceGrade) -> ResistanceGrade:
    if isinstance(value, ResistanceGrade):
        return value
    try:
        return ResistanceGrade.parse(value)
    except ValueError as error:
        raise ValidationError("value", str(error)) from None


def _pain(value: int | str) -> int:
    try:
        return parse_pain(value)
    except ValueError as error:
        raise ValidationError("value", str(error)) from None


def _hold_seconds(value: int | str) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= HOLD_CAP_MAX_S:
        raise ValidationError(
            "value", f"A hold is whole seconds from 1 to {HOLD_CAP_MAX_S}, not {value}."
        )
    return int(text)


def _note(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError("value", "The note is empty.")
    if len(text) > NOTE_MAX:
        raise ValidationError("value", f"At most {NOTE_MAX} characters.")
    return text
