"""Repository: sessions, records and corrections, SOAP, signing, amendments, trends."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.domain.grades import ResistanceGrade
from console.domain.validation import ValidationError
from console.storage.errors import NotFound, SessionSigned
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, FakeClock, add_patient, make_repo, raw_sql

UE = "ue-d1-flexion-hold-relax"
LE = "le-d2-flexion-hold-relax"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(db_target: Path | str, clock: FakeClock) -> Iterator[Repository]:
    """The repository on each backend (the file, then the clinic server)."""
    repository = make_repo(db_target, clock)
    yield repository
    repository.close()


@pytest.fixture
def file_repo(db_path: Path, clock: FakeClock) -> Iterator[Repository]:
    """The repository on a file, for what only a file does (its triggers, its size)."""
    repository = make_repo(db_path, clock)
    yield repository
    repository.close()


@pytest.fixture
def patient(repo: Repository) -> int:
    return add_patient(repo)


def _grade(repo: Repository, session: int, value: str, set_number: int = 1, **kw: object) -> int:
    fields: dict[str, object] = {"protocol_id": UE, "side": "left", "set_number": set_number}
    fields.update(kw)
    return repo.sessions.add_grade(session, value, **fields)  # type: ignore[arg-type]


def test_start_session_keeps_the_plan(repo: Repository, patient: int) -> None:
    therapist = repo.therapists.create("Ana")
    session_id = repo.sessions.start(patient, PLAN, therapist)
    session = repo.sessions.get(session_id)
    assert session.status == "running" and session.cursor == 0
    assert session.plan_snapshot == PLAN and session.therapist_id == therapist
    assert session.date == dt.date(2026, 3, 2)
    plan = repo.plans.last(patient)
    assert plan is not None and plan.id == session.plan_id and plan.items == PLAN
    again = repo.sessions.start(patient, PLAN)
    assert repo.sessions.get(again).plan_id == session.plan_id  # same items: same plan
    changed = repo.sessions.start(patient, PLAN[:1])
    assert repo.sessions.get(changed).plan_id != session.plan_id
    template = repo.plans.save_template("t", PLAN)
    chosen = repo.sessions.start(patient, PLAN, plan_id=template)
    assert repo.sessions.get(chosen).plan_id == template
    with pytest.raises(NotFound):
        repo.sessions.start(99, PLAN)
    with pytest.raises(NotFound):
        repo.sessions.get(99)


def test_cursor_finish_and_unfinished(repo: Repository, patient: int, clock: FakeClock) -> None:
    first = repo.sessions.start(patient, PLAN)
    clock.advance(minutes=5)
    second = repo.sessions.start(patient, PLAN)
    repo.sessions.set_cursor(first, 17)
    session = repo.sessions.get(first)
    assert session.cursor == 17 and session.cursor_at == "2026-03-02T09:05:00.000+01:00"
    assert session.cursor_key is None
    key = "hold|0|ue-d1-flexion-hold-relax|left|1|1|2"
    repo.sessions.set_cursor(first, 18, key)
    session = repo.sessions.get(first)
    assert (session.cursor, session.cursor_key) == (18, key)
    assert [s.id for s in repo.sessions.unfinished()] == [second, first]
    clock.advance(minutes=40)
    repo.sessions.finish(first)
    repo.sessions.finish(first)  # twice is harmless
    finished = repo.sessions.get(first)
    assert finished.status == "finished" and finished.ended_at == "2026-03-02T09:45:00.000+01:00"
    assert [s.id for s in repo.sessions.unfinished()] == [second]
    assert [s.id for s in repo.sessions.for_patient(patient)] == [second, first]
    day = dt.date(2026, 3, 2)
    assert {s.id for s in repo.sessions.between(day, day)} == {first, second}
    assert repo.sessions.between(day + dt.timedelta(days=1), day + dt.timedelta(days=2)) == []


def test_records_are_saved_each_in_its_own_commit(
    repo: Repository, patient: int, db_target: Path | str
) -> None:
    session = repo.sessions.start(patient, PLAN)
    pain = repo.sessions.add_pain(session, 6, "start", phase_index=0)
    grade = _grade(repo, session, "4+", phase_index=3, therapist_id=None)
    # Another connection sees each one at once.
    (values,) = raw_sql(db_target, "SELECT kind, value FROM records ORDER BY id")
    assert [tuple(v) for v in values] == [("pain", "6"), ("grade", "4+")]
    note = repo.sessions.add_note(
        session, "  good control ", protocol_id=UE, side="left", set_number=1
    )
    repo.sessions.add_grade(session, ResistanceGrade(3, "-"), protocol_id=LE, side="right")
    repo.sessions.add_pain(session, "3", "end")
    records = repo.sessions.records(session)
    assert [(r.kind, r.value) for r in records] == [
        ("pain", "6"),
        ("grade", "4+"),
        ("note", "good control"),
        ("grade", "3-"),
        ("pain", "3"),
    ]
    first = repo.sessions.record(grade)
    assert (first.protocol_id, first.side, first.set_number, first.phase_index) == (
        UE,
        "left",
        1,
        3,
    )
    assert (
        repo.sessions.record(pain).moment == "start" and repo.sessions.record(note).kind == "note"
    )
    with pytest.raises(NotFound):
        repo.sessions.record(999)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda r, s: r.sessions.add_grade(s, "6", protocol_id=UE, side="left"), "value"),
        (lambda r, s: r.sessions.add_grade(s, "5+", protocol_id=UE, side="left"), "value"),
        (lambda r, s: r.sessions.add_pain(s, 11, "start"), "value"),
        (lambda r, s: r.sessions.add_pain(s, 3, "middle"), "moment"),
        (lambda r, s: r.sessions.add_note(s, "   "), "value"),
        (lambda r, s: r.sessions.add_note(s, "x" * 10_001), "value"),
    ],
)
def test_bad_records_are_refused(repo: Repository, patient: int, call: object, field: str) -> None:
    session = repo.sessions.start(patient, PLAN)
    with pytest.raises(ValidationError) as caught:
        call(repo, session)  # type: ignore[operator]
    assert caught.value.field == field
    assert repo.sessions.records(session) == []


def test_records_need_an_existing_session(repo: Repository) -> None:
    with pytest.raises(NotFound):
        repo.sessions.add_pain(42, 3, "start")


def test_corrections_keep_the_original(repo: Repository, patient: int) -> None:
    session = repo.sessions.start(patient, PLAN)
    original = _grade(repo, session, "3")
    pain = repo.sessions.add_pain(session, 5, "start")
    note = repo.sessions.add_note(session, "tired")
    first = repo.sessions.correct_record(original, "3+")
    second = repo.sessions.correct_record(original, "4-")  # corrects the current value
    repo.sessions.correct_record(pain, 4)
    repo.sessions.correct_record(note, "tired after set 2")
    current = {r.kind: r for r in repo.sessions.records(session)}
    assert current["grade"].value == "4-" and current["grade"].replaces_id == first
    assert current["pain"].value == "4" and current["pain"].moment == "start"
    assert current["note"].value == "tired after set 2"
    everything = repo.sessions.records(session, include_replaced=True)
    assert len(everything) == 7
    grades = [(r.id, r.value, r.replaces_id) for r in everything if r.kind == "grade"]
    assert grades == [(original, "3", None), (first, "3+", original), (second, "4-", first)]
    with pytest.raises(ValidationError):
        repo.sessions.correct_record(original, "9")
    with pytest.raises(NotFound):
        repo.sessions.correct_record(999, "4")
    with pytest.raises(NotFound):
        repo.sessions.record(999)


def test_soap_and_objective_prefill(repo: Repository, patient: int) -> None:
    session = repo.sessions.start(patient, PLAN)
    assert repo.notes.soap(session) is None
    repo.sessions.add_pain(session, 6, "start")
    _grade(repo, session, "3+", 1)
    _grade(repo, session, "4-", 2)
    _grade(repo, session, "4", 3)
    repo.sessions.add_grade(session, "2", protocol_id=LE, side="right", set_number=1)
    repo.sessions.add_note(session, "needed tactile cue", protocol_id=UE)
    repo.sessions.add_pain(session, 3, "end")
    text = repo.notes.objective_from_records(session, {UE: "UE D1 flexion hold-relax"})
    assert text.splitlines() == [
        "Pain (NPRS): 6/10 at start, 3/10 at end.",
        "UE D1 flexion hold-relax, left: resistance grade 3+, 4-, 4 (sets 1-3).",
        f"{LE}, right: resistance grade 2 (set 1).",
        "Note (UE D1 flexion hold-relax): needed tactile cue",
    ]
    repo.notes.save_soap(session, subjective="Less pain.", objective=text, therapist_id=None)
    repo.notes.save_soap(
        session, subjective="Less pain on waking.", objective=text, assessment="Better"
    )
    note = repo.notes.soap(session)
    assert note is not None
    assert (note.subjective, note.assessment, note.plan) == ("Less pain on waking.", "Better", "")
    with pytest.raises(ValidationError):
        repo.notes.save_soap(session, plan="x" * 10_001)


def test_signing_locks_the_session(repo: Repository, patient: int, clock: FakeClock) -> None:
    therapist = repo.therapists.create("Ana")
    session = repo.sessions.start(patient, PLAN, therapist)
    grade = _grade(repo, session, "4")
    repo.notes.save_soap(session, subjective="s")
    clock.advance(minutes=50)
    repo.sessions.sign(session, therapist)
    signed = repo.sessions.get(session)
    assert signed.signed and signed.signed_by == therapist
    assert signed.signed_at == signed.ended_at == "2026-03-02T09:50:00.000+01:00"
    for attempt in (
        lambda: _grade(repo, session, "5"),
        lambda: repo.sessions.add_pain(session, 1, "end"),
        lambda: repo.sessions.add_note(session, "late"),
        lambda: repo.sessions.correct_record(grade, "5"),
        lambda: repo.notes.save_soap(session, subjective="changed"),
        lambda: repo.sessions.sign(session, therapist),
        lambda: repo.sessions.set_cursor(session, 3),
    ):
        with pytest.raises(SessionSigned):
            attempt()
    repo.sessions.finish(session)  # already over: nothing to do
    assert [r.value for r in repo.sessions.records(session)] == ["4"]
    soap = repo.notes.soap(session)
    assert soap is not None and soap.subjective == "s"


def test_amendments(repo: Repository, patient: int, clock: FakeClock) -> None:
    therapist = repo.therapists.create("Ana")
    session = repo.sessions.start(patient, PLAN, therapist)
    grade = _grade(repo, session, "4")
    with pytest.raises(ValidationError, match="signed"):
        repo.notes.add_amendment(session, None, "late entry", "text", therapist)
    repo.sessions.finish(session)
    repo.sessions.sign(session, therapist)
    clock.advance(days=1)
    first = repo.notes.add_amendment(
        session, f"record:{grade}", " typing error ", "Grade was 4-.", therapist
    )
    second = repo.notes.add_amendment(session, " ", "late entry", "Numbness after session.", None)
    amendments = repo.notes.amendments(session)
    assert [(a.id, a.target, a.reason) for a in amendments] == [
        (first, f"record:{grade}", "typing error"),
        (second, None, "late entry"),
    ]
    assert amendments[0].created_at == "2026-03-03T09:00:00.000+01:00"
    with pytest.raises(ValidationError) as caught:
        repo.notes.add_amendment(session, None, " ", "", therapist)
    assert [field for field, _ in caught.value.problems] == ["reason", "text"]
    detail = repo.charts.session_detail(session)
    assert detail.session.signed and len(detail.amendments) == 2
    assert [r.value for r in detail.records] == ["4"]


def test_grade_and_pain_trends(repo: Repository, patient: int, clock: FakeClock) -> None:
    days = []
    for week, (grades, pains) in enumerate(
        [(["3-", "3"], (7, 5)), (["3+", "4-"], (6, 4)), (["4", "4+"], (4, 2))]
    ):
        session = repo.sessions.start(patient, PLAN)
        days.append(clock().date())
        repo.sessions.add_pain(session, pains[0], "start")
        for number, value in enumerate(grades, start=1):
            _grade(repo, session, value, number)
        repo.sessions.add_grade(session, "2", protocol_id=LE, side="right")
        repo.sessions.add_pain(session, pains[1], "end")
        if week == 0:
            wrong = _grade(repo, session, "5", 3)
            repo.sessions.correct_record(wrong, "2")  # only the current value counts
        repo.sessions.finish(session)
        clock.advance(days=7)
    other = add_patient(repo, given_name="Other")
    _grade(repo, repo.sessions.start(other, PLAN), "1")
    trend = repo.charts.grade_trend(patient)
    assert trend[(UE, "left")] == [(days[0], 3.0), (days[1], 3.67), (days[2], 4.33)]
    assert trend[(LE, "right")] == [(day, 2.0) for day in days]
    assert set(trend) == {(UE, "left"), (LE, "right")}
    pain = repo.charts.pain_trend(patient)
    assert pain == {
        "start": list(zip(days, (7, 6, 4), strict=True)),
        "end": list(zip(days, (5, 4, 2), strict=True)),
    }


def test_chart_has_everything_the_chart_screen_shows(repo: Repository, patient: int) -> None:
    therapist = repo.therapists.create("Ana")
    first = repo.sessions.start(patient, PLAN, therapist)
    _grade(repo, first, "3")
    repo.sessions.add_pain(first, 5, None)
    repo.notes.save_soap(first, subjective="s1")
    repo.sessions.sign(first, therapist)
    repo.notes.add_amendment(first, None, "late entry", "more", therapist)
    second = repo.sessions.start(patient, PLAN, therapist)
    _grade(repo, second, "4")
    repo.home_programs.save(patient, [{"protocol_id": "home-bridge", "sets": 2}])
    chart = repo.charts.patient_chart(patient)
    assert chart.patient.id == patient
    assert [d.session.id for d in chart.sessions] == [second, first]
    older = chart.sessions[1]
    assert older.soap is not None and older.soap.subjective == "s1"
    assert [a.text for a in older.amendments] == ["more"]
    assert [r.value for r in older.records] == ["3", "5"]
    assert chart.sessions[0].soap is None and chart.sessions[0].amendments == []
    assert chart.grade_trend == repo.charts.grade_trend(patient)
    assert chart.pain_trend == {"during": [(dt.date(2026, 3, 2), 5)]}
    assert chart.home_program is not None and chart.home_program.version == 1
    with pytest.raises(NotFound):
        repo.charts.patient_chart(99)


def test_audit_trail_of_a_session(repo: Repository, patient: int) -> None:
    therapist = repo.therapists.create("Ana")
    session = repo.sessions.start(patient, PLAN, therapist)
    grade = _grade(repo, session, "4", therapist_id=therapist)
    repo.sessions.correct_record(grade, "4+", therapist)
    repo.notes.save_soap(session, subjective="s", therapist_id=therapist)
    repo.sessions.finish(session, therapist)
    repo.sessions.sign(session, therapist)
    repo.notes.add_amendment(session, None, "r", "t", therapist)
    repo.audit.log("view", "patients", patient, patient, therapist_id=therapist)
    actions = [(e["action"], e["entity"]) for e in repo.audit.entries(patient)]
    assert actions == [
        ("create", "patients"),
        ("create", "plans"),
        ("create", "sessions"),
        ("record", "records"),
        ("correct", "records"),
        ("update", "soap_notes"),
        ("finish", "sessions"),
        ("sign", "sessions"),
        ("amend", "amendments"),
        ("view", "patients"),
    ]
    assert {e["therapist_id"] for e in repo.audit.entries(patient)[2:]} == {therapist}
    assert len(repo.audit.entries(patient, limit=3)) == 3
    assert repo.audit.verify_chain() == []


def test_a_write_that_fails_leaves_neither_row_nor_audit(file_repo: Repository) -> None:
    repo = file_repo
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    before = len(repo.audit.entries())
    repo.db.execute("DROP TRIGGER audit_log_no_update")
    repo.db.execute(
        "CREATE TRIGGER records_refused BEFORE INSERT ON audit_log "
        "WHEN NEW.action = 'record' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="refused for the test"):
        _grade(repo, session, "4")
    assert repo.sessions.records(session) == []
    assert len(repo.audit.entries()) == before
    assert not repo.db.conn.in_transaction


def test_a_full_disk_is_a_clear_error_and_loses_nothing_saved(file_repo: Repository) -> None:
    from console.storage.errors import DiskFull

    repo = file_repo
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    saved = _grade(repo, session, "3")
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    with pytest.raises(DiskFull) as caught:
        for _ in range(500):
            repo.sessions.add_note(session, "x" * 2000)
    assert "disk is full" in caught.value.message
    assert not repo.db.conn.in_transaction
    assert repo.sessions.record(saved).value == "3"
    assert repo.audit.verify_chain() == []
    repo.db.execute("PRAGMA max_page_count = 1073741823")  # space freed: saving works again
    later = _grade(repo, session, "4")
    assert repo.sessions.record(later).value == "4"


def test_save_entry_writes_each_kind_of_runner_entry(db_target: Path | str) -> None:
    from console.domain.runner import RecordGrade, RecordNote, RecordPain
    from console.storage.repository import Repository

    repo = Repository.open(db_target)
    try:
        patient = repo.patients.create(given_name="Ana", family_name="Ruiz", record_number="E1")
        session = repo.sessions.start(
            patient, [{"protocol_id": UE, "side": "left", "overrides": {}}]
        )
        ids = [
            repo.sessions.save_entry(
                session, RecordGrade(ResistanceGrade.parse("4+"), UE, "left", 2, 7, 0)
            ),
            repo.sessions.save_entry(session, RecordPain(3, None, 7, UE, "left", 2)),
            repo.sessions.save_entry(session, RecordNote("cramp in the calf", 7, UE, "left", 2)),
        ]
        saved = {r.id: r for r in repo.sessions.records(session)}
        assert [(saved[i].kind, saved[i].value) for i in ids] == [
            ("grade", "4+"),
            ("pain", "3"),
            ("note", "cramp in the calf"),
        ]
        assert all((saved[i].set_number, saved[i].phase_index) == (2, 7) for i in ids)
    finally:
        repo.close()
