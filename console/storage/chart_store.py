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
from console.storage.note_store import NoteStore
from console.storage.rows import to_amendment, to_home_program, to_patient, to_soap
from console.storage.session_store import CURRENT, SessionStore
from console.storage.transactions import Transactions


class ChartStore:
    def __init__(self, tx: Transactions, sessions: SessionStore, notes: NoteStore) -> None:
        self._tx = tx
        self._sessions = sessions
        self._notes = notes

    def session_detail(self, session_id: int) -> SessionDetail:
        """One session with its records, SOAP note and amendments, from one read."""
        with self._tx.read():
            session = self._sessions.get(session_id)
            return SessionDetail(
                session=session,
                records=self._sessions.records(session_id),
                soap=self._notes.soap(session_id),
                amendments=self._notes.amendments(session_id),
                changed_after_signing=tuple(
                    seal_check.patient_seal_findings(
                        self._tx.conn, session.patient_id, session_id
                    ).get(session_id, ())
                ),
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
        grade and pain trends and the current home program, from one consistent read."""
        with self._tx.read():
            patient = to_patient(self._tx.patient_row(patient_id))
            sessions = self._sessions.for_patient(patient_id)
            records = self._patient_records(patient_id)
            soaps = {
                row["session_id"]: to_soap(row)
                for row in self._tx.all(
                    "SELECT n.* FROM soap_notes AS n JOIN sessions AS s ON s.id = n.session_id "
                    "WHERE s.patient_id = ?",
                    [patient_id],
                )
            }
            amendments: dict[int, list[Amendment]] = {}
            for row in self._tx.all(
                "SELECT a.* FROM amendments AS a JOIN sessions AS s ON s.id = a.session_id "
                "WHERE s.patient_id = ? ORDER BY a.id",
                [patient_id],
            ):
                amendments.setdefault(row["session_id"], []).append(to_amendment(row))
            program = self._tx.one(
                "SELECT * FROM home_programs WHERE patient_id = ? ORDER BY version DESC LIMIT 1",
                [patient_id],
            )
            # Every signed session is checked against its seal as the chart opens.
            broken = seal_check.patient_seal_findings(self._tx.conn, patient_id)
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
                    changed_after_signing=tuple(broken.get(session.id, ())),
                )
                for session in sessions
            ],
            grade_trend=grade_trend_of(sessions, records),
            pain_trend=pain_trend_of(sessions, records),
            home_program=to_home_program(program) if program else None,
        )
