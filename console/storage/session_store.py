"""Sessions, their records (grade, pain, note), SOAP notes, signing and amendments,
and the trends a chart draws from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from console.domain.chart import (
    Amendment,
    GradeTrend,
    PainTrend,
    PatientChart,
    Record,
    Session,
    SessionDetail,
    SoapNote,
)
from console.domain.grades import ResistanceGrade, parse_pain
from console.domain.runner_events import RecordGrade, RecordNote, RecordPain
from console.domain.trends import grade_trend_of, objective_text, pain_trend_of
from console.domain.validation import ValidationError
from console.storage.errors import NotFound, SessionSigned
from console.storage.patient_store import PatientStore
from console.storage.store import (
    RECORD_COLUMNS,
    Row,
    items_json,
    to_amendment,
    to_home_program,
    to_patient,
    to_record,
    to_session,
    to_soap,
)

MOMENTS = ("start", "end")
SOAP_FIELDS = ("subjective", "objective", "assessment", "plan")
NOTE_MAX = 10_000

_CURRENT = "NOT EXISTS (SELECT 1 FROM records AS c WHERE c.replaces_id = r.id)"


class _EntryPlace(TypedDict):
    protocol_id: str | None
    side: str | None
    set_number: int | None
    phase_index: int | None
    therapist_id: int | None


class SessionStore(PatientStore):
    # -- sessions ---------------------------------------------------------------------

    def start_session(
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
        self._patient_row(patient_id)
        with self._write("sessions", "plans"):
            if plan_id is None:
                last = self.last_plan(patient_id)
                if last is not None and items_json(last.items) == text:
                    plan_id = last.id
                else:
                    plan_id = self.save_plan(patient_id, items, therapist_id)
            now = self.now()
            session_id = self._insert(
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
                },
            )
            self.audit("create", "sessions", session_id, patient_id, therapist_id=therapist_id)
        return session_id

    def set_cursor(self, session_id: int, phase_index: int, key: str | None = None) -> None:
        """Remember the runner's phase, so a crash resumes at the same step: its index
        and its key (``console.domain.plan.phase_key``), which still finds it if the
        protocol has changed by the time the session resumes."""
        with self._write("sessions"):
            row = self._session_row(session_id)
            if row["status"] == "signed":
                raise SessionSigned()
            self._exec(
                "UPDATE sessions SET cursor = ?, cursor_key = ?, cursor_at = ? WHERE id = ?",
                [int(phase_index), key, self.now(), session_id],
            )

    def finish_session(self, session_id: int, therapist_id: int | None = None) -> None:
        """Mark a running session finished (no longer offered for resume)."""
        with self._write("sessions"):
            row = self._session_row(session_id)
            if row["status"] != "running":
                return
            self._exec(
                "UPDATE sessions SET status = 'finished', ended_at = ? WHERE id = ?",
                [self.now(), session_id],
            )
            self.audit(
                "finish", "sessions", session_id, row["patient_id"], therapist_id=therapist_id
            )

    def session(self, session_id: int) -> Session:
        return to_session(self._session_row(session_id))

    def sessions_for(self, patient_id: int) -> list[Session]:
        """The patient's sessions, newest first."""
        rows = self._all(
            "SELECT * FROM sessions WHERE patient_id = ? ORDER BY started_at DESC, id DESC",
            [patient_id],
        )
        return [to_session(row) for row in rows]

    def unfinished_sessions(self) -> list[Session]:
        """Sessions still running (after a crash: offered for resume), newest first."""
        rows = self._all(
            "SELECT * FROM sessions WHERE status = 'running' ORDER BY started_at DESC, id DESC"
        )
        return [to_session(row) for row in rows]

    def sessions_between(self, first: dt.date, last: dt.date) -> list[Session]:
        """Sessions started on ``first`` to ``last`` (local dates), newest first."""
        rows = self._all(
            "SELECT * FROM sessions WHERE started_at >= ? AND started_at < ? "
            "ORDER BY started_at DESC, id DESC",
            [first.isoformat(), (last + dt.timedelta(days=1)).isoformat()],
        )
        return [to_session(row) for row in rows]

    def session_detail(self, session_id: int) -> SessionDetail:
        with self._read():
            return SessionDetail(
                session=self.session(session_id),
                records=self.records(session_id),
                soap=self.soap(session_id),
                amendments=self.amendments(session_id),
            )

    # -- records ----------------------------------------------------------------------

    def _open_session(self, session_id: int) -> Row:
        row = self._session_row(session_id)
        if row["status"] == "signed":
            raise SessionSigned()
        return row

    def _add_record(self, session_id: int, kind: str, value: str, **fields: Any) -> int:
        if fields.get("therapist_id") is None:
            fields["therapist_id"] = self.acting_therapist_id
        therapist_id = fields["therapist_id"]
        with self._write("records"):
            session = self._open_session(session_id)
            record_id = self._insert(
                "records",
                {
                    "session_id": session_id,
                    "kind": kind,
                    "value": value,
                    **fields,
                    "recorded_at": self.now(),
                },
            )
            self.audit(
                "record",
                "records",
                record_id,
                session["patient_id"],
                detail=kind,
                therapist_id=therapist_id,
            )
        return record_id

    def add_grade(
        self,
        session_id: int,
        value: str | ResistanceGrade,
        *,
        protocol_id: str | None,
        side: str | None,
        set_number: int | None = None,
        phase_index: int | None = None,
        therapist_id: int | None = None,
    ) -> int:
        """Save a resistance grade ('4+', '3-', '5'...) at once; returns the record id."""
        grade = _grade(value)
        return self._add_record(
            session_id,
            "grade",
            str(grade),
            protocol_id=protocol_id,
            side=side,
            set_number=set_number,
            phase_index=phase_index,
            therapist_id=therapist_id,
        )

    def add_pain(
        self,
        session_id: int,
        score: int | str,
        moment: str | None,
        *,
        protocol_id: str | None = None,
        side: str | None = None,
        set_number: int | None = None,
        phase_index: int | None = None,
        therapist_id: int | None = None,
    ) -> int:
        """Save an NPRS score 0 to 10, ``moment`` 'start' or 'end' (None: during)."""
        pain = _pain(score)
        if moment is not None and moment not in MOMENTS:
            raise ValidationError("moment", "Pain is asked at the start or at the end.")
        return self._add_record(
            session_id,
            "pain",
            str(pain),
            moment=moment,
            protocol_id=protocol_id,
            side=side,
            set_number=set_number,
            phase_index=phase_index,
            therapist_id=therapist_id,
        )

    def add_note(
        self,
        session_id: int,
        text: str,
        *,
        protocol_id: str | None = None,
        side: str | None = None,
        set_number: int | None = None,
        phase_index: int | None = None,
        therapist_id: int | None = None,
    ) -> int:
        """Save a free note; returns the record id."""
        return self._add_record(
            session_id,
            "note",
            _note(text),
            protocol_id=protocol_id,
            side=side,
            set_number=set_number,
            phase_index=phase_index,
            therapist_id=therapist_id,
        )

    def save_entry(
        self,
        session_id: int,
        entry: RecordGrade | RecordPain | RecordNote,
        therapist_id: int | None = None,
    ) -> int:
        """Save one entry the runner produced (grade, pain or note); the record id."""
        where: _EntryPlace = {
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
        return self.add_note(session_id, entry.text, **where)

    def correct_record(
        self, record_id: int, new_value: str | int, therapist_id: int | None = None
    ) -> int:
        """Correct a record of an unsigned session: a new record replaces the current
        value (the original is kept). Returns the new record's id."""
        with self._write("records"):
            head = self._current_of(record_id)
            session = self._open_session(head["session_id"])
            kind = head["kind"]
            if kind == "grade":
                value = str(_grade(str(new_value)))
            elif kind == "pain":
                value = str(_pain(new_value))
            else:
                value = _note(str(new_value))
            new_id = self._insert(
                "records",
                {
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
                    "recorded_at": self.now(),
                    "replaces_id": head["id"],
                },
            )
            self.audit(
                "correct",
                "records",
                new_id,
                session["patient_id"],
                detail=f"replaces record {head['id']}",
                therapist_id=therapist_id,
            )
        return new_id

    def _current_of(self, record_id: int) -> Row:
        row = self._one("SELECT * FROM records WHERE id = ?", [record_id])
        if row is None:
            raise NotFound(f"There is no record number {record_id}.")
        while True:
            newer = self._one(
                "SELECT * FROM records WHERE replaces_id = ? ORDER BY id DESC LIMIT 1", [row["id"]]
            )
            if newer is None:
                return row
            row = newer

    def records(self, session_id: int, *, include_replaced: bool = False) -> list[Record]:
        """The session's records in the order entered; only current values unless asked."""
        where = "" if include_replaced else f"AND {_CURRENT}"
        return self._records(
            f"SELECT {RECORD_COLUMNS} FROM records AS r WHERE session_id = ? {where} ORDER BY id",
            [session_id],
        )

    def record(self, record_id: int) -> Record:
        row = self._one("SELECT * FROM records WHERE id = ?", [record_id])
        if row is None:
            raise NotFound(f"There is no record number {record_id}.")
        return to_record(row)

    def record_history(self, record_id: int) -> list[Record]:
        """A record with every correction of it, the original first."""
        row = self._one("SELECT * FROM records WHERE id = ?", [record_id])
        if row is None:
            raise NotFound(f"There is no record number {record_id}.")
        while row["replaces_id"] is not None:
            older = self._one("SELECT * FROM records WHERE id = ?", [row["replaces_id"]])
            if older is None:
                break
            row = older
        chain = [row]
        while True:
            newer = self._one(
                "SELECT * FROM records WHERE replaces_id = ? ORDER BY id LIMIT 1", [chain[-1]["id"]]
            )
            if newer is None:
                return [to_record(r) for r in chain]
            chain.append(newer)

    # -- SOAP -------------------------------------------------------------------------

    def save_soap(
        self,
        session_id: int,
        *,
        subjective: str = "",
        objective: str = "",
        assessment: str = "",
        plan: str = "",
        therapist_id: int | None = None,
    ) -> None:
        """Write the session's SOAP note (all four parts); refused once signed."""
        texts = {
            "subjective": subjective,
            "objective": objective,
            "assessment": assessment,
            "plan": plan,
        }
        for name, text in texts.items():
            if len(text) > NOTE_MAX:
                raise ValidationError(name, f"At most {NOTE_MAX} characters.")
        with self._write("soap_notes"):
            session = self._open_session(session_id)
            self._exec(
                """
                INSERT INTO soap_notes
                    (session_id, subjective, objective, assessment, plan, therapist_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE SET
                    subjective = excluded.subjective, objective = excluded.objective,
                    assessment = excluded.assessment, plan = excluded.plan,
                    therapist_id = excluded.therapist_id, updated_at = excluded.updated_at
                """,
                [session_id, *texts.values(), therapist_id, self.now()],
            )
            self.audit(
                "update",
                "soap_notes",
                session_id,
                session["patient_id"],
                therapist_id=therapist_id,
            )

    def soap(self, session_id: int) -> SoapNote | None:
        row = self._one("SELECT * FROM soap_notes WHERE session_id = ?", [session_id])
        return to_soap(row) if row else None

    def objective_from_records(
        self, session_id: int, titles: Mapping[str, str] | None = None, lang: str = "en"
    ) -> str:
        """A first draft of the SOAP Objective from the session's records.

        ``titles`` maps protocol ids to the names to print (the protocol library's
        titles); unknown ids are printed as they are. ``lang`` is the language the
        therapist writes the note in (en or es).
        """
        return objective_text(self.records(session_id), titles or {}, lang)

    # -- signing and amendments -------------------------------------------------------

    def sign_session(self, session_id: int, therapist_id: int | None) -> None:
        """Sign the session: from now on it, its records and its SOAP note are locked."""
        with self._write("sessions"):
            row = self._open_session(session_id)
            now = self.now()
            self._exec(
                "UPDATE sessions SET status = 'signed', signed_at = ?, signed_by = ?, "
                "ended_at = COALESCE(ended_at, ?) WHERE id = ?",
                [now, therapist_id, now, session_id],
            )
            self.audit("sign", "sessions", session_id, row["patient_id"], therapist_id=therapist_id)

    def add_amendment(
        self,
        session_id: int,
        target: str | None,
        reason: str,
        text: str,
        therapist_id: int | None,
    ) -> int:
        """Add a dated amendment to a signed session (the original stays as it was).

        ``target`` says what it amends: 'soap.assessment', 'record:17', or None for the
        session as a whole.
        """
        reason, text = reason.strip(), text.strip()
        problems = []
        if not reason:
            problems.append(("reason", "Say why the signed session is amended."))
        if not text:
            problems.append(("text", "Write the amendment."))
        if problems:
            raise ValidationError.from_problems(problems)
        with self._write("amendments"):
            row = self._session_row(session_id)
            if row["status"] != "signed":
                raise ValidationError(
                    "session", "Only a signed session is amended; this one can still be edited."
                )
            amendment_id = self._insert(
                "amendments",
                {
                    "session_id": session_id,
                    "therapist_id": therapist_id,
                    "created_at": self.now(),
                    "target": (target or "").strip() or None,
                    "reason": reason,
                    "text": text,
                },
            )
            self.audit(
                "amend",
                "sessions",
                session_id,
                row["patient_id"],
                detail=f"amendment {amendment_id}",
                therapist_id=therapist_id,
            )
        return amendment_id

    def amendments(self, session_id: int) -> list[Amendment]:
        rows = self._all("SELECT * FROM amendments WHERE session_id = ? ORDER BY id", [session_id])
        return [to_amendment(row) for row in rows]

    # -- trends and the whole chart ---------------------------------------------------

    def _patient_records(self, patient_id: int) -> list[Record]:
        columns = ", ".join(f"r.{name}" for name in Record._fields)
        return self._records(
            f"""
            SELECT {columns} FROM sessions AS s JOIN records AS r ON r.session_id = s.id
            WHERE s.patient_id = ? AND {_CURRENT}
            ORDER BY r.id
            """,
            [patient_id],
        )

    def grade_trend(self, patient_id: int) -> GradeTrend:
        """{(protocol id, side): [(date, grade as a number)]}, one point per session
        (the best grade that session; '4+' is 4.33, '4-' 3.67)."""
        with self._read():
            return grade_trend_of(self.sessions_for(patient_id), self._patient_records(patient_id))

    def pain_trend(self, patient_id: int) -> PainTrend:
        """{'start': [(date, score)], 'end': [...]}, one score per session and moment."""
        with self._read():
            return pain_trend_of(self.sessions_for(patient_id), self._patient_records(patient_id))

    def chart(self, patient_id: int) -> PatientChart:
        """The patient, every session with its records, SOAP note and amendments, the
        grade and pain trends and the current home program, from one consistent read."""
        with self._read():
            patient = to_patient(self._patient_row(patient_id))
            sessions = self.sessions_for(patient_id)
            records = self._patient_records(patient_id)
            soaps = {
                row["session_id"]: to_soap(row)
                for row in self._all(
                    "SELECT n.* FROM soap_notes AS n JOIN sessions AS s ON s.id = n.session_id "
                    "WHERE s.patient_id = ?",
                    [patient_id],
                )
            }
            amendments: dict[int, list[Amendment]] = {}
            for row in self._all(
                "SELECT a.* FROM amendments AS a JOIN sessions AS s ON s.id = a.session_id "
                "WHERE s.patient_id = ? ORDER BY a.id",
                [patient_id],
            ):
                amendments.setdefault(row["session_id"], []).append(to_amendment(row))
            program = self._one(
                "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC LIMIT 1",
                [patient_id],
            )
        by_session: dict[int, list[Record]] = {}
        for record in records:
            by_session.setdefault(record.session_id, []).append(record)
        return PatientChart(
            patient=patient,
            sessions=[
                SessionDetail(
                    session=session,
                    records=by_session.get(session.id, []),
                    soap=soaps.get(session.id),
                    amendments=amendments.get(session.id, []),
                )
                for session in sessions
            ],
            grade_trend=grade_trend_of(sessions, records),
            pain_trend=pain_trend_of(sessions, records),
            home_program=to_home_program(program) if program else None,
        )


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


def _note(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError("value", "The note is empty.")
    if len(text) > NOTE_MAX:
        raise ValidationError("value", f"At most {NOTE_MAX} characters.")
    return text
