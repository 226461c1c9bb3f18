"""Each store of the repository alone, on its own SQLite file, with only the shared
``Transactions`` (and the stores it is built from): what it writes, the audit entry
that goes with each write, and what it refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.domain.validation import ValidationError
from console.storage.audit_store import AuditStore
from console.storage.chart_store import ChartStore
from console.storage.database import open_connection
from console.storage.errors import NotFound, SessionSigned
from console.storage.home_program_store import HomeProgramStore
from console.storage.note_store import NoteStore
from console.storage.patient_store import PatientStore
from console.storage.plan_store import PlanStore
from console.storage.session_store import SessionStore
from console.storage.therapist_store import TherapistStore
from console.storage.transactions import Transactions
from tests.storage_helpers import PLAN, FakeClock, raw_sql

UE = "ue-d1-flexion-hold-relax"


@pytest.fixture
def tx(db_target: Path | str) -> Iterator[Transactions]:
    transactions = Transactions(open_connection(db_target), clock=FakeClock())
    yield transactions
    transactions.conn.close()


def audit_rows(tx: Transactions) -> list[tuple[str, str, str | None, int | None]]:
    rows = tx.all("SELECT action, entity, entity_id, patient_id FROM audit_log ORDER BY id")
    return [(r["action"], r["entity"], r["entity_id"], r["patient_id"]) for r in rows]


def a_patient(tx: Transactions, given: str = "Inés") -> int:
    return PatientStore(tx).create(given_name=given, family_name="Ibáñez")


def test_transactions_commit_a_write_with_its_audit_entry_or_neither(tx: Transactions) -> None:
    heard: list[str] = []
    tx.subscribe(heard.append)
    with tx.write("therapists"):
        therapist = tx.insert("therapists", {"name": "Ana", "active": 1})
        with tx.write("therapists"):  # a nested write joins the outer one
            tx.audit("create", "therapists", therapist)
        assert heard == []  # nothing is heard before the commit
    assert heard == ["audit_log", "therapists"]
    heard.clear()
    with pytest.raises(RuntimeError), tx.write("therapists"):
        tx.insert("therapists", {"name": "Bea", "active": 1})
        tx.audit("create", "therapists", 2)
        raise RuntimeError("the write fails half way")
    assert heard == []
    assert [r["name"] for r in tx.all("SELECT name FROM therapists")] == ["Ana"]
    assert audit_rows(tx) == [("create", "therapists", "1", None)]
    with pytest.raises(ValueError, match="unknown audit action"):
        tx.audit("erase", "patients", 1)


def test_a_failing_listener_does_not_undo_a_commit(tx: Transactions) -> None:
    def broken(table: str) -> None:
        raise RuntimeError(table)

    tx.subscribe(broken)
    therapist = TherapistStore(tx).create("Ana")
    assert TherapistStore(tx).get(therapist).name == "Ana"


def test_therapist_store(tx: Transactions) -> None:
    therapists = TherapistStore(tx)
    ana = therapists.create("  Ana   García ", pin_hash="h", pin_salt="s")
    bea = therapists.create("Bea")
    therapists.update(bea, active=False, by=ana)
    therapists.update(ana, clear_pin=True)
    assert [t.name for t in therapists.all()] == ["Ana García"]
    assert [t.name for t in therapists.all(include_inactive=True)] == ["Ana García", "Bea"]
    assert therapists.pin(ana) == (None, None) and not therapists.get(ana).has_pin
    assert audit_rows(tx) == [
        ("create", "therapists", "1", None),
        ("create", "therapists", "2", None),
        ("update", "therapists", "2", None),
        ("update", "therapists", "1", None),
    ]
    with pytest.raises(ValidationError):
        therapists.create("   ")
    with pytest.raises(NotFound):
        therapists.get(9)


def test_patient_store(tx: Transactions) -> None:
    patients = PatientStore(tx)
    ines = a_patient(tx)
    jose = patients.create(given_name="José", family_name="Núñez", record_number="R-7")
    patients.update(ines, diagnosis="low back pain")
    assert patients.get(ines).record_number == "P000001"
    assert [p.id for p in patients.search("ibanez")] == [ines]
    assert [p.id for p in patients.all()] == [ines, jose]  # by family name
    assert [p.id for p in patients.likely_duplicates("ines", "IBÁÑEZ", None)] == [ines]
    with pytest.raises(ValidationError) as caught:
        patients.update(jose, record_number="P000001")
    assert caught.value.field == "record_number"
    assert audit_rows(tx) == [
        ("create", "patients", "1", 1),
        ("create", "patients", "2", 2),
        ("update", "patients", "1", 1),
    ]


def test_plan_store(tx: Transactions) -> None:
    plans = PlanStore(tx)
    patient = a_patient(tx)
    first = plans.save(patient, PLAN)
    second = plans.save(patient, PLAN[:1])
    plans.save_template("Shoulder", PLAN)
    newer = plans.save_template(" Shoulder ", PLAN[:1])  # the same name: a newer template
    plans.save_template("Ankle", PLAN)
    last = plans.last(patient)
    assert last is not None and last.id == second and plans.get(first).items == PLAN
    templates = plans.templates()
    assert [t.name for t in templates] == ["Ankle", "Shoulder"]
    assert templates[1].id == newer and templates[1].items == PLAN[:1]
    with pytest.raises(ValidationError):
        plans.save(patient, [{"side": "left"}])  # no protocol id
    with pytest.raises(NotFound):
        plans.save(99, PLAN)


def test_session_store(tx: Transactions) -> None:
    sessions = SessionStore(tx, PlanStore(tx))
    patient = a_patient(tx)
    session = sessions.start(patient, PLAN, None)
    pain = sessions.add_pain(session, 6, "start")
    grade = sessions.add_grade(session, "3+", protocol_id=UE, side="left", set_number=1)
    sessions.correct_record(grade, "4-")
    sessions.set_cursor(session, 3, "k")
    assert [(r.kind, r.value) for r in sessions.records(session)] == [
        ("pain", "6"),
        ("grade", "4-"),
    ]
    assert sessions.record(pain).moment == "start"
    assert sessions.get(session).cursor == 3 and sessions.unfinished()[0].id == session
    sessions.finish(session)
    sessions.sign(session, None)
    with pytest.raises(SessionSigned):
        sessions.add_note(session, "late")
    assert [row[0] for row in audit_rows(tx)] == [
        "create",  # patient
        "create",  # plan
        "create",  # session
        "record",
        "record",
        "correct",
        "finish",
        "sign",
    ]


def test_note_store(tx: Transactions) -> None:
    sessions = SessionStore(tx, PlanStore(tx))
    notes = NoteStore(tx, sessions)
    session = sessions.start(a_patient(tx), PLAN, None)
    sessions.add_pain(session, 5, "start")
    objective = notes.objective_from_records(session)
    assert objective.startswith("Pain (NPRS)")
    notes.save_soap(session, subjective="Better", objective=objective)
    with pytest.raises(ValidationError):
        notes.add_amendment(session, None, "late entry", "x", None)  # not signed yet
    sessions.sign(session, None)
    amendment = notes.add_amendment(session, "soap.plan", "late entry", "Add a walk", None)
    note = notes.soap(session)
    assert note is not None and note.subjective == "Better"
    assert [a.id for a in notes.amendments(session)] == [amendment]
    assert audit_rows(tx)[-1] == ("amend", "amendments", str(amendment), 1)
    with pytest.raises(SessionSigned):
        notes.save_soap(session, subjective="changed")


def test_home_program_store(tx: Transactions) -> None:
    programs = HomeProgramStore(tx)
    patient = a_patient(tx)
    assert programs.get(patient) is None
    assert programs.save(patient, [{"protocol_id": "home-bridge", "sets": 2}]) == 1
    assert programs.save(patient, [{"protocol_id": "home-bird-dog"}], "es", True) == 2
    current = programs.get(patient)
    assert current is not None and (current.version, current.large_print) == (2, True)
    assert [v.version for v in programs.versions(patient)] == [2, 1]
    with pytest.raises(ValidationError):
        programs.save(patient, [{"protocol_id": "home-bridge"}], language="fr")
    assert audit_rows(tx)[-1][:2] == ("create", "home_programs")


def test_chart_store_reads_what_the_other_stores_wrote(tx: Transactions) -> None:
    sessions = SessionStore(tx, PlanStore(tx))
    notes = NoteStore(tx, sessions)
    charts = ChartStore(tx, sessions, notes)
    patient = a_patient(tx)
    session = sessions.start(patient, PLAN, None)
    sessions.add_grade(session, "4", protocol_id=UE, side="left")
    notes.save_soap(session, assessment="Stronger")
    HomeProgramStore(tx).save(patient, [{"protocol_id": "home-bridge"}])
    chart = charts.patient_chart(patient)
    assert chart.patient.id == patient and [s.session.id for s in chart.sessions] == [session]
    assert chart.home_program is not None and chart.home_program.version == 1
    assert list(charts.grade_trend(patient)) == [(UE, "left")]
    detail = charts.session_detail(session)
    assert detail.soap is not None and detail.soap.assessment == "Stronger"
    with pytest.raises(NotFound):
        charts.patient_chart(99)


def test_audit_store(tx: Transactions, db_target: Path | str) -> None:
    audit = AuditStore(tx)
    patient = a_patient(tx)
    entry = audit.log("print", "home_programs", 1, patient, detail="version 1")
    assert [e["id"] for e in audit.entries(patient)] == [1, entry]
    assert audit.entries(limit=1)[0]["action"] == "create"
    assert audit.verify_chain() == []
    raw_sql(
        db_target, f"UPDATE audit_log SET detail = 'version 2' WHERE id = {entry}", triggers=False
    )
    assert audit.verify_chain() == [f"audit log: row {entry} was changed after it was written"]
