"""What the patient chart shows, read in one consistent transaction: the patient,
every session with its records, SOAP note and amendments, the grade and pain trends
and the current home program."""

from __future__ import annotations

from console.domain.chart import (
    Amendment,
    GradeTrend,
    PainTrend,
    PatientChart,
    Record,
    SessionDetail,
)
from console.domain.trends import grade_trend_of, pain_trend_of
from console.storage import seal_check
from console.storage.errors import NotFound
from console.storage.note_store import NoteStore
from console.storage.rows import (
    to_amendment,
    to_home_program,
    to_patient,
    to_record,
    to_session,
    to_soap,
)
from console.storage.session_store import CURRENT, SessionStore
from console.storage.transactions import Transactions


class ChartStore:
    def __init__(self, tx: Transactions, sessions: SessionStore, notes: NoteStore) -> None:
        self._tx = tx
        self._sessions = sessions
        self._notes = notes

    def session_detail(self, session_id: int) -> SessionDetail:
        """One session with its records, SOAP note and amendments, from one read; a
        signed one checked against its seal."""
        with self._tx.read():
            session = self._sessions.get(session_id)
            checked = self._tx.all_many(seal_check.seal_queries("AND s.id = ?", [session_id]))
            broken = seal_check.broken_seals(*checked)
            changed = seal_check.changes_after_signing(self._tx.conn, broken) if broken else {}
            return SessionDetail(
                session=session,
                records=self._sessions.records(session_id),
                soap=self._notes.soap(session_id),
                amendments=self._notes.amendments(session_id),
                changed_after_signing=tuple(changed.get(session_id, ())),
            )

    def _patient_records(self, patient_id: int) -> list[Record]:
        columns = ", ".join(f"r.{name}" for name in Record._fields)
        return self._tx.records(
            f"""
            SELECT {columns} FROM sessions AS s JOIN records AS r ON r.session_id = s.id
            WHERE s.patient_id = ? AND {CURRENT}
            ORDER BY r.id
            """,
            [patient_id],
        )

    def grade_trend(self, patient_id: int) -> GradeTrend:
        """{(protocol id, side): [(date, grade as a number)]}, one point per session
        (the best grade that session; '4+' is 4.33, '4-' 3.67)."""
        with self._tx.read():
            return grade_trend_of(
                self._sessions.for_patient(patient_id), self._patient_records(patient_id)
            )

    def pain_trend(self, patient_id: int) -> PainTrend:
        """{'start': [(date, score)], 'end': [...]}, one score per session and moment."""
        with self._tx.read():
            return pain_trend_of(
                self._sessions.for_patient(patient_id), self._patient_records(patient_id)
            )

    def patient_chart(self, patient_id: int) -> PatientChart:
        """The patient, every session with its records, SOAP note and amendments, the
        grade and pain trends and the current home program, from one consistent read;
        every signed session is checked against its seal. The reads go together (on the
        clinic server: one round trip)."""
        columns = ", ".join(f"r.{name}" for name in Record._fields)
        queries: list[tuple[str, list[object]]] = [
            ("SELECT * FROM patients WHERE id = ?", [patient_id]),
            (
                "SELECT * FROM sessions WHERE patient_id = ? ORDER BY started_at DESC, id DESC",
                [patient_id],
            ),
            (
                f"SELECT {columns} FROM sessions AS s JOIN records AS r ON r.session_id = s.id "
                f"WHERE s.patient_id = ? AND {CURRENT} ORDER BY r.id",
                [patient_id],
            ),
            (
                "SELECT n.* FROM soap_notes AS n JOIN sessions AS s ON s.id = n.session_id "
                "WHERE s.patient_id = ?",
                [patient_id],
            ),
            (
                "SELECT a.* FROM amendments AS a JOIN sessions AS s ON s.id = a.session_id "
                "WHERE s.patient_id = ? ORDER BY a.id",
                [patient_id],
            ),
            (
                "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC LIMIT 1",
                [patient_id],
            ),
            *seal_check.seal_queries("AND s.patient_id = ?", [patient_id]),
        ]
        found = self._tx.all_many(queries)  # one snapshot
        patient_rows, session_rows, record_rows, soap_rows, amendment_rows, programs = found[:6]
        if not patient_rows:
            raise NotFound(f"There is no patient number {patient_id}.")
        # Every signed session is checked against its seal as the chart opens; what
        # changed is looked up only for one that fails (rare: more reads then).
        broken = seal_check.broken_seals(*found[6:])
        changed = seal_check.changes_after_signing(self._tx.conn, broken) if broken else {}
        patient = to_patient(patient_rows[0])
        sessions = [to_session(row) for row in session_rows]
        records = [to_record(row) for row in record_rows]
        soaps = {row["session_id"]: to_soap(row) for row in soap_rows}
        amendments: dict[int, list[Amendment]] = {}
        for row in amendment_rows:
            amendments.setdefault(row["session_id"], []).append(to_amendment(row))
        program = programs[0] if programs else None
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
                    changed_after_signing=tuple(changed.get(session.id, ())),
                )
                for session in sessions
            ],
            grade_trend=grade_trend_of(sessions, records),
            pain_trend=pain_trend_of(sessions, records),
            home_program=to_home_program(program) if program else None,
        )
