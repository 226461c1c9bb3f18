"""The Qt-free session core (console/session) on a real database file, and the clocks
it reads. A save is refused for real: the connection is made read-only (SQLite's
``query_only``), as a read-only data folder does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.domain.clock import FakeClock, SystemClock
from console.domain.grades import ResistanceGrade
from console.domain.plan import PhaseKind
from console.domain.runner import (
    Adjust,
    Cue,
    CursorMoved,
    Pause,
    RecordGrade,
    Resume,
    SessionFinished,
    Timer,
)
from console.session import Action, RunnerSession, Write
from console.storage.errors import SessionSigned, StorageError
from tests.unit.runner_builders import hold_relax, phases_for, stored_session

PROTOCOLS = [hold_relax("aa", sets=2), hold_relax("bb")]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[RunnerSession]:
    core = stored_session(
        tmp_path / "core.db", PROTOCOLS, ("aa", "left"), ("bb", "right"), clock=FakeClock(50.0)
    )
    yield core
    core.repository.close()


def clock_of(session: RunnerSession) -> FakeClock:
    assert isinstance(session.clock, FakeClock)
    return session.clock


def read_only(session: RunnerSession, on: bool) -> None:
    session.repository.db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


def stored(session: RunnerSession) -> list[tuple[str, str]]:
    return [(r.kind, r.value) for r in session.repository.sessions.records(session.session_id)]


def go_to(session: RunnerSession, kind: PhaseKind) -> None:
    for _ in range(100):
        if session.phase.kind is kind:
            return
        if session.state.timer is Timer.RUNNING:
            clock_of(session).advance((session.remaining() or 0.0) + 0.01)
            session.tick()
        else:
            session.act(Action.NEXT)
    raise AssertionError(f"no {kind} phase reached")


def test_fake_clock_moves_only_forward_when_told() -> None:
    clock = FakeClock(5.0)
    assert clock.monotonic() == 5.0
    assert clock.advance(1.5) == 6.5
    assert clock.monotonic() == 6.5
    with pytest.raises(ValueError, match="never goes back"):
        clock.advance(-0.1)


def test_system_clock_is_monotonic() -> None:
    clock = SystemClock()
    first = clock.monotonic()
    assert clock.monotonic() >= first


def test_a_whole_session_by_actions_and_entries_alone(session: RunnerSession) -> None:
    clock = clock_of(session)
    cues: list[Cue] = []
    session.play = cues.append
    assert session.act(Action.NEXT)  # starts the session at the opening pain prompt
    assert session.enter_pain(3)
    assert session.phase.kind is PhaseKind.POSITION
    session.act(Action.NEXT)
    assert session.phase.kind is PhaseKind.HOLD
    assert session.remaining() == 6.0
    clock.advance(2.0)
    assert session.remaining() == 4.0
    session.send(Pause(clock.monotonic()))
    clock.advance(10.0)
    assert session.remaining() == 4.0
    session.send(Resume(clock.monotonic()))
    session.act(Action.LONGER)
    assert session.remaining() == 9.0
    session.send(Adjust(clock.monotonic(), -2.0))
    assert session.remaining() == 7.0
    session.act(Action.PAUSE)
    assert session.state.timer is Timer.PAUSED
    session.act(Action.PAUSE)
    clock.advance(7.0)
    session.tick()
    assert session.phase.kind is PhaseKind.RELAX
    clock.advance(1.5)
    cues.clear()
    session.tick()
    assert cues == [Cue("countdown", session.phase.index, PhaseKind.RELAX, 2)]
    clock.advance(1.5)
    session.tick()
    assert session.phase.kind is PhaseKind.MOVE and session.remaining() is None
    assert session.enter_note("good effort")
    session.act(Action.NEXT)
    assert session.phase.kind is PhaseKind.GRADE
    grade_at = session.state.index
    session.key("4")
    session.key("-")
    session.act(Action.PREVIOUS)
    assert session.phase.kind is PhaseKind.GRADE
    session.act(Action.NEXT)
    session.act(Action.SKIP)
    assert session.phase.protocol_id == "bb"
    session.act(Action.NEXT)
    session.act(Action.TIMER)  # stop the hold: back to its start
    assert session.state.timer is Timer.IDLE
    session.act(Action.SKIP)
    assert session.phase.kind is PhaseKind.PAIN_END
    session.act(Action.PAIN)
    session.act(Action.CANCEL_ENTRY)
    assert session.state.pending is None
    session.enter_pain(1)
    assert session.phase.kind is PhaseKind.DONE
    session.act(Action.NEXT)  # Next at the end finishes
    assert session.state.finished and session.finished

    assert stored(session) == [
        ("pain", "3"),
        ("note", "good effort"),
        ("grade", "4-"),
        ("pain", "1"),
    ]
    grade = session.repository.sessions.records(session.session_id)[2]
    assert (grade.protocol_id, grade.side, grade.set_number, grade.phase_index) == (
        "aa",
        "left",
        1,
        grade_at,
    )
    assert session.repository.sessions.get(session.session_id).status == "finished"
    assert session.ended  # the timed phases that ran out, with their lateness
    assert [s.kind for s in session.saved] == ["pain", "note", "grade", "pain"]


def test_every_write_is_watched_before_and_after_it_reaches_the_database(
    session: RunnerSession,
) -> None:
    seen: list[tuple[str, Write, int | None]] = []

    class Watcher:
        def wanted(self, write: Write) -> None:
            seen.append(("want", write, None))

        def done(self, write: Write, record_id: int | None) -> None:
            seen.append(("ack", write, record_id))

    session.watcher = Watcher()
    session.act(Action.NEXT)
    assert seen == [("want", CursorMoved(0), None), ("ack", CursorMoved(0), None)]
    assert session.repository.sessions.get(session.session_id).cursor == 0
    seen.clear()
    session.enter_pain(4)
    [record_id] = [r.id for r in session.repository.sessions.records(session.session_id)]
    assert [(stage, type(write).__name__, rid) for stage, write, rid in seen] == [
        ("want", "RecordPain", None),
        ("ack", "RecordPain", record_id),
        ("want", "CursorMoved", None),
        ("ack", "CursorMoved", None),
    ]
    go_to(session, PhaseKind.DONE)
    seen.clear()
    session.act(Action.NEXT)
    finished = SessionFinished(session.state.index)
    assert seen == [("want", finished, None), ("ack", finished, None)]


def test_a_refused_save_keeps_the_runner_where_it_was_and_a_retry_saves_it(
    session: RunnerSession,
) -> None:
    session.act(Action.NEXT)
    go_to(session, PhaseKind.GRADE)
    grade_at = session.state.index
    read_only(session, True)
    assert not session.enter_grade("3")
    assert session.state.index == grade_at
    assert session.unsaved is not None
    assert session.unsaved.record == RecordGrade(
        ResistanceGrade.parse("3"), "aa", "left", 1, grade_at, 0
    )
    assert session.problem is not None and "read-only" in session.problem
    # While it waits, other entry keys are refused so it is never replaced unseen.
    assert not session.key("4")
    assert session.state.pending is None
    # Next saves it again: still refused, still there.
    assert not session.act(Action.NEXT)
    assert session.unsaved is not None and session.state.index == grade_at
    read_only(session, False)
    assert session.act(Action.NEXT)  # saved at last; the grade prompt moves on
    assert session.unsaved is None and session.problem is None
    assert session.state.index == grade_at + 1
    assert stored(session) == [("grade", "3")]


def test_a_refused_entry_retried_after_moving_is_saved_where_it_was_taken(
    session: RunnerSession,
) -> None:
    session.act(Action.NEXT)
    go_to(session, PhaseKind.GRADE)
    prompt = session.phase
    read_only(session, True)
    session.key("4")
    session.key("+")
    assert session.unsaved is not None and session.unsaved.value == "4+"
    # The pause that would save a lone digit does not turn "4+" into "4".
    clock_of(session).advance(5.0)
    session.tick()
    assert session.unsaved is not None and session.unsaved.value == "4+"
    read_only(session, False)
    session.act(Action.PREVIOUS)
    assert session.state.index == prompt.index - 1
    assert session.retry()
    assert session.state.index == prompt.index - 1
    [grade] = session.repository.sessions.records(session.session_id)
    assert (grade.value, grade.protocol_id, grade.set_number, grade.phase_index) == (
        "4+",
        prompt.protocol_id,
        prompt.set_number,
        prompt.index,
    )


def test_a_resume_point_not_saved_is_said_and_the_session_goes_on(
    session: RunnerSession,
) -> None:
    session.act(Action.NEXT)
    session.enter_pain(2)
    assert session.phase.kind is PhaseKind.POSITION
    at = session.state.index
    read_only(session, True)
    assert session.act(Action.NEXT)
    assert session.state.index == at + 1
    assert session.problem is not None
    assert session.problem.startswith("The resume point was not saved: ")
    assert session.repository.sessions.get(session.session_id).cursor == at
    read_only(session, False)
    session.act(Action.PAUSE)
    assert session.problem is None


def test_next_saves_an_open_entry_and_only_then_moves_or_finishes(
    session: RunnerSession,
) -> None:
    clock = clock_of(session)
    session.act(Action.NEXT)
    session.enter_pain(0)
    go_to(session, PhaseKind.GRADE)
    grade_at = session.state.index
    session.key("4")
    assert session.state.pending is not None
    assert session.act(Action.NEXT)  # saves "4"; the grade prompt moves on
    assert stored(session)[-1] == ("grade", "4")
    assert session.state.index == grade_at + 1 and not session.finished
    # During a hold: Next saves the grade and does not also cut the hold short.
    go_to(session, PhaseKind.HOLD)
    if session.state.timer is Timer.IDLE:
        session.act(Action.NEXT)
    hold_at = session.state.index
    session.key("3")
    session.act(Action.NEXT)
    assert stored(session)[-1] == ("grade", "3")
    assert session.state.index == hold_at and session.state.timer is Timer.RUNNING
    # Another key saves the entry first and then does its own work.
    session.key("5")
    session.act(Action.LONGER)
    assert stored(session)[-1] == ("grade", "5")
    left = session.remaining()
    assert left is not None and left > 6.0
    # At the end: pain "1" waits for a 0; Next saves it, the next Next finishes.
    go_to(session, PhaseKind.DONE)
    session.key("1")
    session.act(Action.NEXT)
    assert stored(session)[-1] == ("pain", "1") and not session.finished
    clock.advance(1.0)
    session.act(Action.NEXT)
    assert session.finished
    assert session.repository.sessions.get(session.session_id).status == "finished"


def test_a_lone_digit_is_saved_after_the_pause_and_an_open_p_dropped(
    session: RunnerSession,
) -> None:
    from console.session import ENTRY_PAUSE_S, PAIN_OPEN_S

    clock = clock_of(session)
    session.act(Action.NEXT)
    session.enter_pain(5)
    go_to(session, PhaseKind.GRADE)
    session.key("2")
    clock.advance(ENTRY_PAUSE_S - 0.1)
    session.tick()
    assert session.state.pending is not None
    clock.advance(0.2)
    session.tick()
    assert stored(session)[-1] == ("grade", "2")
    session.act(Action.PAIN)
    clock.advance(PAIN_OPEN_S + 0.01)
    session.tick()
    assert session.state.pending is None
    assert len(stored(session)) == 2


def test_a_stored_session_opens_at_its_resume_point_and_a_closed_one_is_refused(
    session: RunnerSession,
) -> None:
    session.act(Action.NEXT)
    session.enter_pain(3)
    session.act(Action.NEXT)
    at = session.state.index
    protocols = {p.id: p for p in PROTOCOLS}
    again = RunnerSession.open(session.repository, session.session_id, protocols, FakeClock())
    assert again.state.index == at and again.state.timer is Timer.IDLE
    session.act(Action.FINISH)
    with pytest.raises(StorageError, match="finished"):
        RunnerSession.open(session.repository, session.session_id, protocols, FakeClock())
    session.repository.sessions.sign(session.session_id, None)
    with pytest.raises(SessionSigned):
        RunnerSession.open(session.repository, session.session_id, protocols, FakeClock())


def test_a_session_needs_phases(session: RunnerSession) -> None:
    with pytest.raises(ValueError, match="at least one phase"):
        RunnerSession(session.repository, session.session_id, (), FakeClock())
    assert phases_for(PROTOCOLS, ("aa", "left"))  # the builders lay out phases
