"""Holds timed to fatigue: the file option, the state machine (count-up, stop with one
key, cap, pause), the session core (saved at once, refused and saved again, switched from
the runner, resumed after a crash in the middle of the hold)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from console.domain.clock import FakeClock
from console.domain.endurance import hold_key, parse_hold_key
from console.domain.plan import Overrides, PhaseKind, PlanItem, SessionPlan, describe, expand
from console.domain.protocol import FATIGUE_CAP_DEFAULT_S, Step
from console.domain.runner import (
    Adjust,
    EndHold,
    HoldTimed,
    Next,
    Pause,
    RecordHold,
    Resume,
    RunnerState,
    Start,
    StartStopTimer,
    Tick,
    Timer,
    apply,
    elapsed,
    remaining,
)
from console.domain.runner_events import Cue
from console.session import Action, RunnerSession
from console.storage.repository import Repository
from tests.storage_helpers import FakeClock as WallClock
from tests.unit.runner_builders import hold_relax, phases_for, plan, protocol, step


def fatigue_step(cap: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "hold", "instruction": "hold", "to_fatigue": True}
    if cap is not None:
        data["cap_s"] = cap
    return data


TEST = protocol(
    "side-bridge-test",
    [step("position"), fatigue_step(120), step("rest", 30)],
    grade_after="never",
    sides=["right", "left"],
)


def run(state: RunnerState, events: list[Any], phases: Any) -> tuple[RunnerState, list[Any]]:
    effects: list[Any] = []
    for event in events:
        state, more = apply(state, event, phases)
        effects.extend(more)
    return state, effects


def at_hold(phases: Any, now: float = 10.0) -> tuple[RunnerState, list[Any]]:
    """Start, pain at start (Next: no score), position, then Next starts the hold."""
    return run(RunnerState(), [Start(now), Next(now), Next(now)], phases)


# ------------------------------------------------------------------ file option


def test_a_file_without_the_option_is_read_as_before() -> None:
    plain = Step.model_validate({"kind": "hold", "instruction": "x", "seconds": 6})
    assert plain.to_fatigue is False and plain.cap_s is None and plain.timed


def test_a_hold_to_fatigue_needs_no_seconds_and_defaults_its_cap() -> None:
    hold = Step.model_validate(fatigue_step())
    assert hold.timed and hold.cap == FATIGUE_CAP_DEFAULT_S == 300


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"kind": "relax"}, "only a hold step can be timed to fatigue"),
        ({"seconds": 6}, "counts up; use cap_s"),
        ({"cap_s": 5}, "greater than or equal to 10"),
        ({"cap_s": 601}, "less than or equal to 600"),
        ({"to_fatigue": "yes"}, "valid boolean"),
    ],
)
def test_bad_fatigue_options_are_refused(extra: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Step.model_validate({**fatigue_step(), **extra})


def test_a_cap_without_to_fatigue_is_refused() -> None:
    with pytest.raises(ValidationError, match="a cap belongs to a hold with to_fatigue"):
        Step.model_validate({"kind": "hold", "instruction": "x", "seconds": 6, "cap_s": 60})


def test_the_phase_counts_to_its_cap_and_says_so() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    hold = next(p for p in phases if p.kind is PhaseKind.HOLD)
    assert hold.to_fatigue and hold.duration_s == 120.0
    assert describe(hold) == "Hold to fatigue (cap 120 s)"


# --------------------------------------------------------------- state machine


def test_the_hold_counts_up_and_one_key_stops_it_with_the_time_held() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    state, effects = at_hold(phases)
    assert phases[state.index].to_fatigue and state.timer is Timer.RUNNING
    assert HoldTimed(state.index, True, 0.0) in effects
    assert elapsed(state, phases, 10.0 + 47.3) == pytest.approx(47.3)
    hold_index = state.index
    state, effects = run(state, [Tick(57.3), Next(57.3)], phases)
    held = [e for e in effects if isinstance(e, RecordHold)]
    assert held == [
        RecordHold(47, pytest.approx(47.3), "side-bridge-test", "right", 1, hold_index, 0)
    ]
    assert state.last_entry is not None and state.last_entry.kind == "hold"
    # It moved on: the rest after it started at the key press.
    assert phases[state.index].kind is PhaseKind.REST and state.timer is Timer.RUNNING
    assert remaining(state, phases, 57.3) == pytest.approx(30.0)


def test_the_timer_key_stops_it_too() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "left"))
    state, _ = at_hold(phases)
    _, effects = run(state, [StartStopTimer(10.0 + 61.6)], phases)
    assert [e.seconds for e in effects if isinstance(e, RecordHold)] == [62]
    assert Cue("end", state.index, PhaseKind.HOLD) in effects


def test_a_stop_before_half_a_second_keeps_one_second() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "left"))
    state, _ = at_hold(phases)
    _, effects = run(state, [Next(10.2)], phases)
    assert [e.seconds for e in effects if isinstance(e, RecordHold)] == [1]


def test_the_cap_ends_the_hold_by_itself_and_records_the_cap() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    state, _ = at_hold(phases)
    state, effects = run(state, [Tick(10.0 + 120.004)], phases)
    held = [e for e in effects if isinstance(e, RecordHold)]
    assert [(h.seconds, h.capped) for h in held] == [(120, True)]
    assert phases[state.index].kind is PhaseKind.REST


def test_pause_stops_the_count_and_the_paused_time_is_not_counted() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    state, _ = at_hold(phases)
    state, effects = run(state, [Pause(30.0)], phases)
    assert state.timer is Timer.PAUSED
    assert HoldTimed(state.index, False, pytest.approx(20.0)) in effects
    assert elapsed(state, phases, 90.0) == pytest.approx(20.0)
    state, effects = run(state, [Resume(90.0)], phases)
    assert HoldTimed(state.index, True, pytest.approx(20.0)) in effects
    _, effects = run(state, [Next(100.0)], phases)
    assert [e.seconds for e in effects if isinstance(e, RecordHold)] == [30]


def test_the_timer_key_while_paused_stops_and_records() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    state, _ = at_hold(phases)
    state, _ = run(state, [Pause(25.0)], phases)
    _, effects = run(state, [StartStopTimer(80.0)], phases)
    assert [e.seconds for e in effects if isinstance(e, RecordHold)] == [15]


def test_longer_and_shorter_do_not_change_a_count_up() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    state, _ = at_hold(phases)
    assert apply(state, Adjust(20.0, -5.0), phases) == (state, ())


def test_end_hold_records_the_time_given_not_the_time_now() -> None:
    phases = phases_for([TEST], ("side-bridge-test", "right"))
    state, _ = at_hold(phases)
    _, effects = run(state, [EndHold(70.0, 41.4)], phases)
    assert [e.seconds for e in effects if isinstance(e, RecordHold)] == [41]


def test_a_hold_with_seconds_still_counts_down() -> None:
    phases = phases_for([hold_relax()], ("hold-relax", "left"))
    state, effects = at_hold(phases)
    assert not phases[state.index].to_fatigue
    state, effects = run(state, [Next(12.0)], phases)
    assert not [e for e in effects if isinstance(e, RecordHold)]


# ------------------------------------------------------------------ resume key


def test_the_resume_key_carries_the_hold_and_still_finds_the_phase() -> None:
    key = hold_key("hold|0|x|right|1|1|1", True, 12.5)
    assert parse_hold_key(key) == (True, 12.5)
    assert parse_hold_key("hold|0|x|right|1|1|1") is None
    assert parse_hold_key("hold|0#sideways:1") is None


# ---------------------------------------------------------------- session core


def stored(tmp_path: Path, *items: PlanItem, protocols: Any = (TEST,)) -> RunnerSession:
    wall = WallClock()
    repository = Repository.open(tmp_path / "fatigue.db", clock=wall)
    patient = repository.patients.create(given_name="Ana", family_name="Ruiz")
    the_plan = SessionPlan(items=items)
    session_id = repository.sessions.start(patient, the_plan.to_items())
    library = {p.id: p for p in protocols}
    return RunnerSession.open(repository, session_id, library, FakeClock(100.0))


def holds(session: RunnerSession) -> list[tuple[str, str | None, str]]:
    records = session.repository.sessions.records(session.session_id)
    return [(r.value, r.side, r.protocol_id or "") for r in records if r.kind == "hold"]


def test_the_stopped_hold_is_saved_at_once(tmp_path: Path) -> None:
    session = stored(tmp_path, PlanItem(protocol_id="side-bridge-test", side="right"))
    clock = session.clock
    assert isinstance(clock, FakeClock)
    for _ in range(2):  # pain at start, position: the hold starts
        session.act(Action.NEXT)
    assert session.phase.to_fatigue and session.state.timer is Timer.RUNNING
    clock.advance(83.4)
    session.tick()
    assert session.act(Action.NEXT)
    assert holds(session) == [("83", "right", "side-bridge-test")]
    assert session.saved[-1].kind == "hold"
    session.repository.close()


def test_a_refused_hold_keeps_its_time_and_is_saved_again(tmp_path: Path) -> None:
    session = stored(tmp_path, PlanItem(protocol_id="side-bridge-test", side="left"))
    clock = session.clock
    assert isinstance(clock, FakeClock)
    for _ in range(2):  # pain at start, position: the hold starts
        session.act(Action.NEXT)
    clock.advance(50.2)
    session.repository.db.execute("PRAGMA query_only = ON")
    assert not session.act(Action.NEXT)
    assert session.unsaved is not None and session.unsaved.value == "50"
    clock.advance(200.0)  # past the cap: the waiting stop is not replaced by the cap
    session.tick()
    assert session.unsaved.value == "50"
    session.repository.db.execute("PRAGMA query_only = OFF")
    assert session.act(Action.NEXT)  # Next saves the refused entry again
    assert holds(session) == [("50", "left", "side-bridge-test")]
    assert session.phase.kind is PhaseKind.REST
    session.repository.close()


def test_a_crash_in_the_middle_of_the_hold_resumes_counting(tmp_path: Path) -> None:
    session = stored(tmp_path, PlanItem(protocol_id="side-bridge-test", side="right"))
    repository = session.repository
    for _ in range(2):  # pain at start, position: the hold starts
        session.act(Action.NEXT)
    hold_index = session.state.index
    stored_session = repository.sessions.get(session.session_id)
    assert parse_hold_key(stored_session.cursor_key) == (True, 0.0)
    # The program dies here; 40 s later (wall clock) it opens the session again.
    wall = repository.transactions._clock
    assert isinstance(wall, WallClock)
    wall.advance(seconds=40)
    again = RunnerSession.open(repository, session.session_id, {TEST.id: TEST}, FakeClock(5.0))
    assert again.state.index == hold_index and again.state.timer is Timer.RUNNING
    assert elapsed(again.state, again.phases, 5.0) == pytest.approx(40.0)
    assert again.clock.monotonic() == 5.0
    assert isinstance(again.clock, FakeClock)
    again.clock.advance(15.0)
    again.act(Action.NEXT)
    assert holds(again) == [("55", "right", "side-bridge-test")]
    repository.close()


def test_a_paused_hold_resumes_paused_and_one_past_its_cap_waits(tmp_path: Path) -> None:
    session = stored(tmp_path, PlanItem(protocol_id="side-bridge-test", side="right"))
    repository = session.repository
    clock = session.clock
    assert isinstance(clock, FakeClock)
    for _ in range(2):  # pain at start, position: the hold starts
        session.act(Action.NEXT)
    clock.advance(30.0)
    session.act(Action.PAUSE)
    wall = repository.transactions._clock
    assert isinstance(wall, WallClock)
    wall.advance(seconds=500)
    again = RunnerSession.open(repository, session.session_id, {TEST.id: TEST}, FakeClock(0.0))
    assert again.state.timer is Timer.PAUSED
    assert elapsed(again.state, again.phases, 0.0) == pytest.approx(30.0)
    again.act(Action.PAUSE)  # resumed, then the program dies while it counts
    wall.advance(seconds=200)  # 30 + 200 > the 120 s cap
    third = RunnerSession.open(repository, session.session_id, {TEST.id: TEST}, FakeClock(0.0))
    assert third.phase.to_fatigue and third.state.timer is Timer.IDLE
    repository.close()


RESISTIVE = protocol(
    "bridging-stabilizing-reversals",
    [step("position"), step("hold", 5, repeat=2, command="Hold!"), step("rest", 15)],
    grade_after="set",
    sets=2,
    sides=["bilateral"],
)


def test_a_resistive_hold_switched_to_fatigue_counts_on_and_is_kept(tmp_path: Path) -> None:
    item = PlanItem(protocol_id=RESISTIVE.id, side="bilateral")
    session = stored(tmp_path, item, protocols=(RESISTIVE,))
    clock = session.clock
    assert isinstance(clock, FakeClock)
    for _ in range(2):  # pain at start, position: the hold starts
        session.act(Action.NEXT)
    assert session.phase.kind is PhaseKind.HOLD and not session.phase.to_fatigue
    clock.advance(3.0)
    session.tick()
    assert session.act(Action.FATIGUE)
    assert session.phase.to_fatigue and session.state.timer is Timer.RUNNING
    assert elapsed(session.state, session.phases, clock.monotonic()) == pytest.approx(3.0)
    # Every hold of this step, in both sets, now counts up; the rest does not.
    holds_now = [p for p in session.phases if p.kind is PhaseKind.HOLD]
    assert all(p.to_fatigue and p.duration_s == 300.0 for p in holds_now)
    clock.advance(40.0)
    session.tick()  # a 5 s hold would have ended long ago
    assert session.phase.kind is PhaseKind.HOLD
    session.act(Action.NEXT)
    assert holds(session) == [("43", "bilateral", RESISTIVE.id)]
    # Kept in the session (a resume runs the same phases) and in the patient's plan.
    snapshot = session.repository.sessions.get(session.session_id).plan_snapshot
    assert SessionPlan.from_dict(snapshot).items[0].overrides.fatigue_steps == (1,)
    patient = session.repository.sessions.get(session.session_id).patient_id
    last = session.repository.plans.last(patient)
    assert last is not None
    assert SessionPlan.from_dict(last.items).items[0].overrides.fatigue_steps == (1,)
    session.repository.close()


def test_only_a_hold_can_be_switched(tmp_path: Path) -> None:
    item = PlanItem(protocol_id=RESISTIVE.id, side="bilateral")
    session = stored(tmp_path, item, protocols=(RESISTIVE,))
    session.act(Action.NEXT)  # the position step
    assert not session.act(Action.FATIGUE)
    assert session.problem == "Only a hold can be timed to fatigue."
    session.repository.close()


def test_fatigue_steps_in_a_plan_expand_to_count_up_holds() -> None:
    over = Overrides(fatigue_steps=(1,), hold_s=8)
    phases = expand(
        plan(PlanItem(protocol_id="hold-relax", side="left", overrides=over)),
        {"hold-relax": hold_relax()},
    )
    hold = next(p for p in phases if p.kind is PhaseKind.HOLD)
    assert hold.to_fatigue and hold.duration_s == 300.0
    assert over.to_dict() == {"hold_s": 8, "fatigue_steps": [1]}
    assert Overrides.model_validate({"fatigue_steps": [1, 1]}).fatigue_steps == (1,)


# ------------------------------------------------------------- located messages

HEAD = """format = "pnf-protocol/1"
id = "clinic-test"
title = "Side bridge test"
kind = "pnf"
region = "trunk"
pattern = "side bridge"
technique = "none"
summary = "Timed to fatigue."

[[steps]]
kind = "position"
instruction = "Side-lying."
"""


@pytest.mark.parametrize(
    ("step", "message"),
    [
        (
            'kind = "relax"\nto_fatigue = true\n',
            "steps[2].to_fatigue: only a hold step can be timed to fatigue",
        ),
        (
            'kind = "hold"\nto_fatigue = true\nseconds = 30\n',
            "steps[2].seconds: a hold timed to fatigue counts up; use cap_s, not seconds",
        ),
        (
            'kind = "hold"\nseconds = 30\ncap_s = 120\n',
            "steps[2].cap_s: a cap belongs to a hold with to_fatigue = true",
        ),
        (
            'kind = "hold"\nto_fatigue = true\ncap_s = 5\n',
            "steps[2].cap_s: must be at least 10, got 5",
        ),
    ],
)
def test_a_bad_fatigue_option_in_a_file_is_located(tmp_path: Path, step: str, message: str) -> None:
    from console.domain.library import load_library

    path = tmp_path / "clinic-test.toml"
    path.write_text(f'{HEAD}\n[[steps]]\n{step}instruction = "Hold."\n', encoding="utf-8")
    library = load_library([(tmp_path, False)])
    assert library.protocols == {}
    errors = [str(e).split(": ", 1)[1] for r in library.rejected for e in r.errors]
    assert errors == [message]


def test_a_file_with_a_fatigue_hold_loads(tmp_path: Path) -> None:
    from console.domain.library import load_library

    step = 'kind = "hold"\nto_fatigue = true\ncap_s = 120\n'
    path = tmp_path / "clinic-test.toml"
    path.write_text(f'{HEAD}\n[[steps]]\n{step}instruction = "Hold."\n', encoding="utf-8")
    library = load_library([(tmp_path, False)])
    assert library.rejected == []
    assert library.protocols["clinic-test"].spec.steps[1].cap == 120
