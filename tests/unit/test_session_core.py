"""The Qt-free session driver and the clocks it reads."""

from __future__ import annotations

import pytest

from console.domain.clock import FakeClock, SystemClock
from console.domain.plan import PhaseKind
from console.domain.runner import (
    Cue,
    CursorMoved,
    Effect,
    PhaseEnded,
    RecordGrade,
    RecordNote,
    RecordPain,
    SessionFinished,
    Timer,
    resume_state,
)
from console.domain.session_driver import SessionDriver
from tests.unit.runner_builders import hold_relax, phases_for


def make(sink: list[Effect] | None = None) -> tuple[SessionDriver, FakeClock, list[Effect]]:
    effects: list[Effect] = [] if sink is None else sink
    phases = phases_for(
        [hold_relax("aa", sets=2), hold_relax("bb")], ("aa", "left"), ("bb", "right")
    )
    clock = FakeClock(50.0)
    return SessionDriver(phases, clock, effects.append), clock, effects


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


def test_a_whole_session_by_the_drivers_methods_alone() -> None:
    driver, clock, effects = make()
    driver.start()
    driver.enter_pain(3)
    assert driver.phase.kind is PhaseKind.POSITION
    driver.next()
    assert driver.phase.kind is PhaseKind.HOLD
    assert driver.remaining() == 6.0
    clock.advance(2.0)
    assert driver.remaining() == 4.0
    driver.pause()
    clock.advance(10.0)
    assert driver.remaining() == 4.0
    driver.resume()
    driver.lengthen()
    assert driver.remaining() == 9.0
    driver.shorten(2.0)
    assert driver.remaining() == 7.0
    driver.toggle_pause()
    assert driver.state.timer is Timer.PAUSED
    driver.toggle_pause()
    clock.advance(7.0)
    driver.tick()
    assert driver.phase.kind is PhaseKind.RELAX
    clock.advance(1.5)
    assert driver.tick() == (Cue("countdown", driver.phase.index, PhaseKind.RELAX, 2),)
    clock.advance(1.5)
    driver.tick()
    assert driver.phase.kind is PhaseKind.MOVE and driver.remaining() is None
    driver.enter_note("good effort")
    driver.next()
    assert driver.phase.kind is PhaseKind.GRADE
    driver.key("4")
    driver.key("-")
    driver.previous()
    assert driver.phase.kind is PhaseKind.GRADE
    driver.next()
    driver.skip_protocol()
    assert driver.phase.protocol_id == "bb"
    driver.next()
    driver.start_stop_timer()  # stop the hold: back to its start
    assert driver.state.timer is Timer.IDLE
    driver.skip_protocol()
    assert driver.phase.kind is PhaseKind.PAIN_END
    driver.key("pain")
    driver.cancel_entry()
    assert driver.state.pending is None
    driver.enter_pain(1)
    assert driver.phase.kind is PhaseKind.DONE
    driver.finish()
    assert driver.state.finished

    records = [e for e in effects if isinstance(e, RecordGrade | RecordPain | RecordNote)]
    assert [type(r).__name__ for r in records] == [
        "RecordPain",
        "RecordNote",
        "RecordGrade",
        "RecordPain",
    ]
    assert records[2] == RecordGrade("4-", "aa", "left", 1, 5, 0)
    assert isinstance(effects[-1], SessionFinished)
    assert any(isinstance(e, PhaseEnded) for e in effects)
    assert any(isinstance(e, Cue) and e.kind == "countdown" for e in effects)


def test_dispatch_returns_the_effects_it_delivered() -> None:
    driver, _, effects = make()
    assert driver.start() == (CursorMoved(0),)
    assert effects == [CursorMoved(0)]
    assert len(driver.phases) == driver.phases[-1].index + 1


def test_a_failing_sink_keeps_the_runner_where_it_was() -> None:
    calls: list[Effect] = []

    def full_disk(effect: Effect) -> None:
        calls.append(effect)
        if isinstance(effect, RecordGrade):
            raise OSError("disk full")

    phases = phases_for([hold_relax("aa")], ("aa", "left"))
    grade = next(p.index for p in phases if p.kind is PhaseKind.GRADE)
    driver = SessionDriver(phases, FakeClock(), full_disk, resume_state(phases, grade))
    with pytest.raises(OSError, match="disk full"):
        driver.enter_grade("3")
    assert driver.state.index == grade
    assert calls == [RecordGrade("3", "aa", "left", 1, grade, 0)]


def test_a_driver_needs_phases() -> None:
    with pytest.raises(ValueError, match="at least one phase"):
        SessionDriver((), FakeClock(), lambda effect: None)
