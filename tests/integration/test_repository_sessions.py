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
from tests.storage_helpers import PLAN, FakeClock, add_patient, make_repo

UE = "ue-d1-flexion-hold-relax"
LE = "le-d2-flexion-hold-relax"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(db_path: Path, clock: FakeClock) -> Iterator[Repository]:
    repository = make_repo(db_path, clock)
    yield repository
    repository.close()


@pytest.fixture
def patient(repo: Repository) -> int:
    return add_patient(repo)


def _grade(repo: Repository, session: int, value: str, set_number: int = 1, **kw: object) -> int:
    fields: dict[str, object] = {"protocol_id": UE, "side": "left", "set_number": set_number}
    fields.update(kw)
    return repo.add_grade(session, value, **fields)  # type: ignore[arg-type]


def test_start_session_keeps_the_plan(repo: Repository, patient: int) -> None:
    therapist = repo.create_therapist("Ana")
    session_id = repo.start_session(patient, PLAN, therapist)
    session = repo.session(session_id)
    assert session.status == "running" and session.cursor == 0
    assert session.plan_snapshot == PLAN and session.therapist_id == therapist
    assert session.date == dt.date(2026, 3, 2)
    plan = repo.last_plan(patient)
    assert plan is not None and plan.id == session.plan_id and plan.items == PLAN
    again = repo.start_session(patient, PLAN)
    assert repo.session(again).plan_id == session.plan_id  # same items: same plan
    changed = repo.start_session(patient, PLAN[:1])
    assert repo.session(changed).plan_id != session.plan_id
    template = repo.save_template("t", PLAN)
    chosen = repo.start_session(patient, PLAN, plan_id=template)
    assert repo.session(chosen).plan_id == template
    with pytest.raises(NotFound):
        repo.start_session(99, PLAN)
    with pytest.raises(NotFound):
        repo.session(99)


def test_cursor_finish_and_unfinished(repo: Repository, patient: int, clock: FakeClock) -> None:
    first = repo.start_session(patient, PLAN)
    clock.advance(minutes=5)
    second = repo.start_session(patient, PLAN)
    repo.set_cursor(first, 17)
    session = repo.session(first)
    assert session.cursor == 17 and session.cursor_at == "2026-03-02T09:05:00.000+01:00"
    assert session.cursor_key is None
    key = "hold|0|ue-d1-flexion-hold-relax|left|1|1|2"
    repo.set_cursor(first, 18, key)
    session = repo.session(first)
    assert (session.cursor, session.cursor_key) == (18, key)
    assert [s.id for s in repo.unfinished_sessions()] == [second, first]
    clock.advance(minutes=40)
    repo.finish_session(first)
    repo.finish_session(first)  # twice is harmless
    finished = repo.session(first)
    assert finished.status == "finished" and finished.ended_at == "2026-03-02T09:45:00.000+01:00"
    assert [s.id for s in repo.unfinished_sessions()] == [second]
    assert [s.id for s in repo.sessions_for(patient)] == [second, first]
    day = dt.date(2026, 3, 2)
    assert {s.id for s in repo.sessions_between(day, day)} == {first, second}
    assert repo.sessions_between(day + dt.timedelta(days=1), day + dt.timedelta(days=2)) == []


def test_records_are_saved_each_in_its_own_commit(
    repo: Repository, patient: int, db_path: Path
) -> None:
    session = repo.start_session(patient, PLAN)
    pain = repo.add_pain(session, 6, "start", phase_index=0)
    grade = _grade(repo, session, "4+", phase_index=3, therapist_id=None)
    other = sqlite3.connect(db_path)  # another connection sees each one at once
    try:
        values = other.execute("SELECT kind, value FROM records ORDER BY id").fetchall()
    finally:
        other.close()
    assert values == [("pain", "6"), ("grade", "4+")]
    note = repo.add_note(session, "  good control ", protocol_id=UE, side="left", set_number=1)
    repo.add_grade(session, ResistanceGrade(3, "-"), protocol_id=LE, side="right")
    repo.add_pain(session, "3", "end")
    records = repo.records(session)
    assert [(r.kind, r.value) for r in records] == [
        ("pain", "6"),
        ("grade", "4+"),
        ("note", "good control"),
        ("grade", "3-"),
        ("pain", "3"),
    ]
    first = repo.record(grade)
    assert (first.protocol_id, first.side, first.set_number, first.phase_index) == (
        UE,
        "left",
        1,
        3,
    )
    assert repo.record(pain).moment == "start" and repo.record(note).kind == "note"
    with pytest.raises(NotFound):
        repo.record(999)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda r, s: r.add_grade(s, "6", protocol_id=UE, side="left"), "value"),
        (lambda r, s: r.add_grade(s, "5+", protocol_id=UE, side="left"), "value"),
        (lambda r, s: r.add_pain(s, 11, "start"), "value"),
        (lambda r, s: r.add_pain(s, 3, "middle"), "moment"),
        (lambda r, s: r.add_note(s, "   "), "value"),
        (lambda r, s: r.add_note(s, "x" * 10_001), "value"),
    ],
)
def test_bad_records_are_refused(repo: Repository, patient: int, call: object, field: str) -> None:
    session = repo.start_session(patient, PLAN)
    with pytest.raises(ValidationError) as caught:
        call(repo, session)  # type: ignore[operator]
    assert caught.value.field == field
    assert repo.records(session) == []


def test_records_need_an_existing_session(repo: Repository) -> None:
    with pytest.raises(NotFound):
        repo.add_pain(42, 3, "start")


def test_corrections_keep_the_original(repo: Repository, patient: int) -> None:
    session = repo.start_session(patient, PLAN)
    original = _grade(repo, session, "3")
    pain = repo.add_pain(session, 5, "start")
    note = repo.add_note(session, "tired")
    first = repo.correct_record(original, "3+")
    second = repo.correct_record(original, "4-")  # corrects the current value
    repo.correct_record(pain, 4)
    repo.correct_record(note, "tired after set 2")
    current = {r.kind: r for r in repo.records(session)}
    assert current["grade"].value == "4-" and current["grade"].replaces_id == first
    assert current["pain"].value == "4" and current["pain"].moment == "start"
    assert current["note"].value == "tired after set 2"
    history = repo.record_history(second)
    assert [(r.id, r.value) for r in history] == [(original, "3"), (first, "3+"), (second, "4-")]
    assert [r.id for r in repo.record_history(original)] == [original, first, second]
    assert len(repo.records(session, include_replaced=True)) == 7
    with pytest.raises(ValidationError):
        repo.correct_record(original, "9")
    with pytest.raises(NotFound):
        repo.correct_record(999, "4")
    with pytest.raises(NotFound):
        repo.record_history(999)


def test_soap_and_objective_prefill(repo: Repository, patient: int) -> None:
    session = repo.start_session(patient, PLAN)
    assert repo.soap(session) is None
    repo.add_pain(session, 6, "start")
    _grade(repo, session, "3+", 1)
    _grade(repo, session, "4-", 2)
    _grade(repo, session, "4", 3)
    repo.add_grade(session, "2", protocol_id=LE, side="right", set_number=1)
    repo.add_note(session, "needed tactile cue", protocol_id=UE)
    repo.add_pain(session, 3, "end")
    text = repo.objective_from_records(session, {UE: "UE D1 flexion hold-relax"})
    assert text.splitlines() == [
        "Pain (NPRS): 6/10 at start, 3/10 at end.",
        "UE D1 flexion hold-relax, left: resistance grade 3+, 4-, 4 (sets 1-3).",
        f"{LE}, right: resistance grade 2 (set 1).",
        "Note (UE D1 flexion hold-relax): needed tactile cue",
    ]
    repo.save_soap(session, subjective="Less pain.", objective=text, therapist_id=None)
    repo.save_soap(session, subjective="Less pain on waking.", objective=text, assessment="Better")
    note = repo.soap(session)
    assert note is not None
    assert (note.subjective, note.assessment, note.plan) == ("Less pain on waking.", "Better", "")
    with pytest.raises(ValidationError):
        repo.save_soap(session, plan="x" * 10_001)


def test_signing_locks_the_session(repo: Repository, patient: int, clock: FakeClock) -> None:
    therapist = repo.create_therapist("Ana")
    session = repo.start_session(patient, PLAN, therapist)
    grade = _grade(repo, session, "4")
    repo.save_soap(session, subjective="s")
    clock.advance(minutes=50)
    repo.sign_session(session, therapist)
    signed = repo.session(session)
    assert signed.signed and signed.signed_by == therapist
    assert signed.signed_at == signed.ended_at == "2026-03-02T09:50:00.000+01:00"
    for attempt in (
        lambda: _grade(repo, session, "5"),
        lambda: repo.add_pain(session, 1, "end"),
        lambda: repo.add_note(session, "late"),
        lambda: repo.correct_record(grade, "5"),
        lambda: repo.save_soap(session, subjective="changed"),
        lambda: repo.sign_session(session, therapist),
        lambda: repo.set_cursor(session, 3),
    ):
        with pytest.raises(SessionSigned):
            attempt()
    repo.finish_session(session)  # already over: nothing to do
    assert [r.value for r in repo.records(session)] == ["4"]
    soap = repo.soap(session)
    assert soap is not None and soap.subjective == "s"


def test_amendments(repo: Repository, patient: int, clock: FakeClock) -> None:
    therapist = repo.create_therapist("Ana")
    session = repo.start_session(patient, PLAN, therapist)
    grade = _grade(repo, session, "4")
    with pytest.raises(ValidationError, match="signed"):
        repo.add_amendment(session, None, "late entry", "text", therapist)
    repo.finish_session(session)
    repo.sign_session(session, therapist)
    clock.advance(days=1)
    first = repo.add_amendment(
        session, f"record:{grade}", " typing error ", "Grade was 4-.", therapist
    )
    second = repo.add_amendment(session, " ", "late entry", "Numbness after session.", None)
    amendments = repo.amendments(session)
    assert [(a.id, a.target, a.reason) for a in amendments] == [
        (first, f"record:{grade}", "typing error"),
        (second, None, "late entry"),
    ]
    assert amendments[0].created_at == "2026-03-03T09:00:00.000+01:00"
    with pytest.raises(ValidationError) as caught:
        repo.add_amendment(session, None, " ", "", therapist)
    assert [field for field, _ in caught.value.problems] == ["reason", "text"]
    detail = repo.session_detail(session)
    assert detail.session.signed and len(detail.amendments) == 2
    assert [r.value for r in detail.records] == ["4"]


def test_grade_and_pain_trends(repo: Repository, patient: int, clock: FakeClock) -> None:
    days = []
    for week, (grades, pains) in enumerate(
        [(["3-", "3"], (7, 5)), (["3+", "4-"], (6, 4)), (["4", "4+"], (4, 2))]
    ):
        session = repo.start_session(patient, PLAN)
        days.append(clock().date())
        repo.add_pain(session, pains[0], "start")
        for number, value in enumerate(grades, start=1):
            _grade(repo, session, value, number)
        repo.add_grade(session, "2", protocol_id=LE, side="right")
        repo.add_pain(session, pains[1], "end")
        if week == 0:
            wrong = _grade(repo, session, "5", 3)
            repo.correct_record(wrong, "2")  # only the current value counts
        repo.finish_session(session)
        clock.advance(days=7)
    other = add_patient(repo, given_name="Other")
    _grade(repo, repo.start_session(other, PLAN), "1")
    trend = repo.grade_trend(patient)
    assert trend[(UE, "left")] == [(days[0], 3.0), (days[1], 3.67), (days[2], 4.33)]
    assert trend[(LE, "right")] == [(day, 2.0) for day in days]
    assert set(trend) == {(UE, "left"), (LE, "right")}
    pain = repo.pain_trend(patient)
    assert pain == {
        "start": list(zip(days, (7, 6, 4), strict=True)),
        "end": list(zip(days, (5, 4, 2), strict=True)),
    }


def test_chart_has_everything_the_chart_screen_shows(repo: Repository, patient: int) -> None:
    therapist = repo.create_therapist("Ana")
    first = repo.start_session(patient, PLAN, therapist)
    _grade(repo, first, "3")
    repo.add_pain(first, 5, None)
    repo.save_soap(first, subjective="s1")
    repo.sign_session(first, therapist)
    repo.add_amendment(first, None, "late entry", "more", therapist)
    second = repo.start_session(patient, PLAN, therapist)
    _grade(repo, second, "4")
    repo.save_home_program(patient, [{"protocol_id": "home-bridge", "sets": 2}])
    chart = repo.chart(patient)
    assert chart.patient.id == patient
    assert [d.session.id for d in chart.sessions] == [second, first]
    older = chart.sessions[1]
    assert older.soap is not None and older.soap.subjective == "s1"
    assert [a.text for a in older.amendments] == ["more"]
    assert [r.value for r in older.records] == ["3", "5"]
    assert chart.sessions[0].soap is None and chart.sessions[0].amendments == []
    assert chart.grade_trend == repo.grade_trend(patient)
    assert chart.pain_trend == {"during": [(dt.date(2026, 3, 2), 5)]}
    assert chart.home_program is not None and chart.home_program.version == 1
    with pytest.raises(NotFound):
        repo.chart(99)


def test_audit_trail_of_a_session(repo: Repository, patient: int) -> None:
    therapist = repo.create_therapist("Ana")
    session = repo.start_session(patient, PLAN, therapist)
    grade = _grade(repo, session, "4", therapist_id=therapist)
    repo.correct_record(grade, "4+", therapist)
    repo.save_soap(session, subjective="s", therapist_id=therapist)
    repo.finish_session(session, therapist)
    repo.sign_session(session, therapist)
    repo.add_amendment(session, None, "r", "t", therapist)
    repo.audit("view", "patients", patient, patient, therapist_id=therapist)
    actions = [(e["action"], e["entity"]) for e in repo.audit_entries(patient)]
    assert actions == [
        ("create", "patients"),
        ("create", "plans"),
        ("create", "sessions"),
        ("record", "records"),
        ("correct", "records"),
        ("update", "soap_notes"),
        ("finish", "sessions"),
        ("sign", "sessions"),
        ("amend", "sessions"),
        ("view", "patients"),
    ]
    assert {e["therapist_id"] for e in repo.audit_entries(patient)[2:]} == {therapist}
    assert len(repo.audit_entries(patient, limit=3)) == 3
    assert repo.verify_audit_chain() == []


def test_a_write_that_fails_leaves_neither_row_nor_audit(repo: Repository, patient: int) -> None:
    session = repo.start_session(patient, PLAN)
    before = len(repo.audit_entries())
    repo.db.execute("DROP TRIGGER audit_log_no_update")
    repo.db.execute(
        "CREATE TRIGGER records_refused BEFORE INSERT ON audit_log "
        "WHEN NEW.action = 'record' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="refused for the test"):
        _grade(repo, session, "4")
    assert repo.records(session) == []
    assert len(repo.audit_entries()) == before
    assert not repo.db.conn.in_transaction


def test_a_full_disk_is_a_clear_error_and_loses_nothing_saved(
    repo: Repository, patient: int
) -> None:
    from console.storage.errors import DiskFull

    session = repo.start_session(patient, PLAN)
    saved = _grade(repo, session, "3")
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    with pytest.raises(DiskFull) as caught:
        for _ in range(500):
            repo.add_note(session, "x" * 2000)
    assert "disk is full" in caught.value.message
    assert not repo.db.conn.in_transaction
    assert repo.record(saved).value == "3"
    assert repo.verify_audit_chain() == []
    repo.db.execute("PRAGMA max_page_count = 1073741823")  # space freed: saving works again
    later = _grade(repo, session, "4")
    assert repo.record(later).value == "4"


def test_save_entry_writes_each_kind_of_runner_entry(tmp_path: Path) -> None:
    from console.domain.runner import RecordGrade, RecordNote, RecordPain
    from console.storage.repository import Repository

    repo = Repository.open(tmp_path / "entries.db")
    try:
        patient = repo.create_patient(given_name="Ana", family_name="Ruiz", record_number="E1")
        session = repo.start_session(
            patient, [{"protocol_id": UE, "side": "left", "overrides": {}}]
        )
        ids = [
            repo.save_entry(session, RecordGrade("4+", UE, "left", 2, 7, 0)),
            repo.save_entry(session, RecordPain(3, None, 7, UE, "left", 2)),
            repo.save_entry(session, RecordNote("cramp in the calf", 7, UE, "left", 2)),
        ]
        saved = {r.id: r for r in repo.records(session)}
        assert [(saved[i].kind, saved[i].value) for i in ids] == [
            ("grade", "4+"),
            ("pain", "3"),
            ("note", "cramp in the calf"),
        ]
        assert all((saved[i].set_number, saved[i].phase_index) == (2, 7) for i in ids)
    finally:
        repo.close()
