"""Property: any sequence of events keeps the runner consistent and never crashes it."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain.grades import ResistanceGrade, parse_pain
from console.domain.plan import Overrides, Phases, PlanItem
from console.domain.runner import (
    Adjust,
    CancelEntry,
    CursorMoved,
    EnterGrade,
    EnterNote,
    EnterPain,
    EntryError,
    EntryKey,
    Event,
    Finish,
    Next,
    Pause,
    PhaseEnded,
    Previous,
    Resume,
    RunnerState,
    SkipProtocol,
    Start,
    StartStopTimer,
    Tick,
    Timer,
    TogglePause,
    apply,
    initial_state,
    remaining,
)
from tests.unit.runner_builders import phases_for, protocol, step

STEPS = [
    step("position"),
    step("hold", 2, command="Hold!"),
    step("relax", 1),
    step("rest", 0.5),
    step("move"),
    step("move", 1.5, repeat=2),
    step("cue"),
]


@st.composite
def sessions(draw: st.DrawFn) -> Phases:
    protocols = []
    for n in range(draw(st.integers(1, 3))):
        steps = draw(st.lists(st.sampled_from(STEPS), min_size=1, max_size=5))
        protocols.append(
            protocol(
                f"p{n}",
                steps,
                sets=draw(st.integers(1, 3)),
                rest_between_sets_s=draw(st.sampled_from([0, 0.5, 2])),
                grade_after=draw(st.sampled_from(["set", "protocol", "never"])),
            )
        )
    items = draw(
        st.lists(
            st.builds(
                PlanItem,
                protocol_id=st.sampled_from([p.id for p in protocols]),
                side=st.sampled_from(["left", "right"]),
                overrides=st.builds(
                    Overrides,
                    hold_s=st.none() | st.sampled_from([0.5, 3]),
                    repeat=st.none() | st.integers(1, 2),
                ),
            ),
            max_size=3,
        )
    )
    return phases_for(protocols, *items)


grade_text = st.sampled_from(["4+", "5", "0", "5+", "0-", "x", "", "3-"]) | st.text(max_size=3)
pain_score = st.integers(-2, 12)
entry_key = st.sampled_from([*"0123456789", "+", "-", "pain", "x"])
delta = st.sampled_from([5.0, -5.0, 0.3, -0.3, 30.0, -30.0])

# An event is built from the time it happens; most kinds need nothing else.
event_makers: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(
        [Start, Next, Previous, SkipProtocol, StartStopTimer, Pause, Resume, TogglePause, Finish]
    ).map(lambda kind: lambda now: kind(now)),
    st.just(lambda now: Tick(now)),
    st.just(lambda now: Tick(now)),
    delta.map(lambda d: lambda now: Adjust(now, d)),
    grade_text.map(lambda g: lambda now: EnterGrade(now, g)),
    pain_score.map(lambda p: lambda now: EnterPain(now, p)),
    st.text(max_size=5).map(lambda t: lambda now: EnterNote(now, t)),
    entry_key.map(lambda k: lambda now: EntryKey(now, k)),
    entry_key.map(lambda k: lambda now: EntryKey(now, k)),
    st.just(lambda now: CancelEntry(now)),
)


def valid(event: Event) -> bool:
    """Whether the event's input is valid (only invalid input may raise)."""
    try:
        if isinstance(event, EnterGrade):
            ResistanceGrade.parse(event.value)
        elif isinstance(event, EnterPain):
            parse_pain(event.score)
    except ValueError:
        return False
    return True


def check(state: RunnerState, phases: Phases, now: float) -> None:
    assert 0 <= state.index < len(phases)
    phase = phases[state.index]
    if not state.started:
        assert state.index == 0
    if state.timer is Timer.RUNNING:
        assert phase.timed and state.target is not None and state.remaining is None
    elif state.timer is Timer.PAUSED:
        assert phase.timed and state.target is None
        assert state.remaining is not None and state.remaining >= 0
    else:
        assert state.target is None and state.remaining is None
    assert 0 <= state.countdown <= 3
    left = remaining(state, phases, now)
    assert (left is None) == (not phase.timed)
    assert left is None or left >= 0
    if state.finished:
        assert state.timer is Timer.IDLE and state.pending is None
    if state.pending is not None:
        assert state.pending.kind in ("grade", "pain")
        assert state.pending.text in ("", "1") or state.pending.kind == "grade"


@settings(max_examples=300, deadline=None)
@given(
    sessions(),
    st.lists(st.tuples(st.floats(0, 3, allow_nan=False), event_makers), max_size=60),
)
def test_any_event_sequence_keeps_the_runner_consistent(
    phases: Phases, script: list[tuple[float, Any]]
) -> None:
    state = initial_state()
    now = 0.0
    for wait, make in script:
        now += wait
        event: Event = make(now)
        try:
            new, effects = apply(state, event, phases)
        except EntryError:
            # Only invalid input raises; a key's validity depends on what was typed before.
            assert isinstance(event, EntryKey) or not valid(event)
            continue
        assert valid(event)
        moves = [e.phase_index for e in effects if isinstance(e, CursorMoved)]
        if moves:
            assert moves[-1] == new.index
        else:
            assert new.index == state.index
        for effect in effects:
            if isinstance(effect, PhaseEnded):
                assert effect.actual >= effect.target
        state = new
        check(state, phases, now)
