"""Grades and pain scores typed key by key: 0-5 then + or -, P then 0-10."""

from __future__ import annotations

import pytest

from console.domain.grades import ResistanceGrade
from console.domain.plan import PhaseKind, Phases
from console.domain.runner import (
    CancelEntry,
    CursorMoved,
    Effect,
    EntryError,
    EntryKey,
    Event,
    Next,
    Pending,
    Previous,
    RecordGrade,
    RecordPain,
    RunnerState,
    StartStopTimer,
    Tick,
    Timer,
    apply,
    resume_state,
)
from tests.unit.runner_builders import hold_relax, phases_for

PHASES: Phases = phases_for([hold_relax("aa", sets=2)], ("aa", "left"))
GRADE1 = next(p.index for p in PHASES if p.kind is PhaseKind.GRADE)
HOLD1 = next(p.index for p in PHASES if p.kind is PhaseKind.HOLD)
PAIN_END = next(p.index for p in PHASES if p.kind is PhaseKind.PAIN_END)


def at(index: int) -> RunnerState:
    return resume_state(PHASES, index)


def press(state: RunnerState, *keys: str, now: float = 0.0) -> tuple[RunnerState, list[Effect]]:
    effects: list[Effect] = []
    for key in keys:
        event: Event = Next(now) if key == "next" else EntryKey(now, key)
        state, more = apply(state, event, PHASES)
        effects.extend(more)
    return state, effects


def records(effects: list[Effect]) -> list[Effect]:
    return [e for e in effects if isinstance(e, RecordGrade | RecordPain)]


def test_a_digit_opens_a_grade_and_a_sign_completes_it() -> None:
    state, effects = press(at(GRADE1), "4")
    assert state.pending == Pending("grade", "4") and effects == []
    state, effects = press(state, "+")
    assert records(effects) == [
        RecordGrade(ResistanceGrade.parse("4+"), "aa", "left", 1, GRADE1, 0)
    ]
    assert state.pending is None and state.index == GRADE1 + 1


def test_next_records_a_grade_without_a_sign() -> None:
    state, effects = press(at(GRADE1), "3", "next")
    assert records(effects) == [RecordGrade(ResistanceGrade.parse("3"), "aa", "left", 1, GRADE1, 0)]
    assert state.index == GRADE1 + 1


def test_another_digit_replaces_the_open_grade() -> None:
    state, _ = press(at(GRADE1), "2", "4")
    assert state.pending == Pending("grade", "4")


@pytest.mark.parametrize("keys", [("5", "+"), ("0", "-")])
def test_grades_beyond_the_scale_are_refused_and_the_entry_stays_open(
    keys: tuple[str, str],
) -> None:
    state, _ = press(at(GRADE1), keys[0])
    with pytest.raises(EntryError):
        press(state, keys[1])
    state, effects = press(state, "next")
    assert records(effects) == [
        RecordGrade(ResistanceGrade.parse(keys[0]), "aa", "left", 1, GRADE1, 0)
    ]


@pytest.mark.parametrize("key", ["6", "9"])
def test_a_grade_is_0_to_5(key: str) -> None:
    with pytest.raises(EntryError, match="0 to 5"):
        press(at(GRADE1), key)


@pytest.mark.parametrize("key", ["+", "-"])
def test_a_sign_without_a_grade_is_refused(key: str) -> None:
    with pytest.raises(EntryError, match="Press a grade 0 to 5 first, then"):
        press(at(GRADE1), key)


@pytest.mark.parametrize("key", ["x", "", "44", "P", "10"])
def test_unknown_keys_are_refused(key: str) -> None:
    with pytest.raises(EntryError, match="not a grade or pain key"):
        press(at(GRADE1), key)


def test_confirming_a_grade_typed_during_a_hold_keeps_the_hold_running() -> None:
    state, _ = apply(at(HOLD1), StartStopTimer(0.0), PHASES)
    state, effects = press(state, "4", "next", now=1.0)
    assert records(effects) == [RecordGrade(ResistanceGrade.parse("4"), "aa", "left", 1, HOLD1, 0)]
    assert state.index == HOLD1 and state.timer is Timer.RUNNING
    assert state.last_entry is not None and state.last_entry.value == "4"


def test_pain_key_then_digits_records_pain_at_once() -> None:
    state, _ = press(at(HOLD1), "pain")
    assert state.pending == Pending("pain", "")
    state, effects = press(state, "7")
    assert records(effects) == [RecordPain(7, None, HOLD1, "aa", "left", 1)]
    assert state.pending is None and state.index == HOLD1


def test_pain_one_waits_for_a_zero() -> None:
    state, effects = press(at(HOLD1), "pain", "1")
    assert state.pending == Pending("pain", "1") and effects == []
    _, effects = press(state, "0")
    assert records(effects) == [RecordPain(10, None, HOLD1, "aa", "left", 1)]
    _, effects = press(state, "next")
    assert records(effects) == [RecordPain(1, None, HOLD1, "aa", "left", 1)]
    with pytest.raises(EntryError, match="0 to 10"):
        press(state, "2")


def test_pain_digits_take_6_to_9_and_refuse_signs() -> None:
    _, effects = press(at(HOLD1), "pain", "9")
    assert [e.score for e in records(effects) if isinstance(e, RecordPain)] == [9]
    with pytest.raises(EntryError):
        press(at(HOLD1), "pain", "+")


def test_outside_a_protocol_digits_are_pain() -> None:
    state, effects = press(at(0), "3")
    assert records(effects) == [RecordPain(3, "start", 0)]
    assert effects[1] == CursorMoved(1)
    state, effects = press(at(PAIN_END), "1", "0")
    assert records(effects) == [RecordPain(10, "end", PAIN_END)]
    assert state.index == PAIN_END + 1


def test_pain_key_then_next_with_no_digit_just_closes_the_entry() -> None:
    state, effects = press(at(GRADE1), "pain", "next")
    assert effects == [] and state.pending is None and state.index == GRADE1
    state, effects = press(state, "next")
    assert state.index == GRADE1 + 1


def test_cancel_and_moving_drop_an_open_entry() -> None:
    state, _ = press(at(GRADE1), "4")
    state, effects = apply(state, CancelEntry(0.0), PHASES)
    assert state.pending is None and effects == ()
    state, _ = press(at(GRADE1), "4")
    state, _ = apply(state, Previous(0.0), PHASES)
    assert state.pending is None


def test_ticks_keep_an_open_entry() -> None:
    state, _ = apply(at(HOLD1), StartStopTimer(0.0), PHASES)
    state, _ = press(state, "pain", "1")
    state, _ = apply(state, Tick(1.0), PHASES)
    assert state.pending == Pending("pain", "1")


def test_a_grade_half_typed_as_the_hold_runs_out_stays_open() -> None:
    state, _ = apply(at(HOLD1), StartStopTimer(0.0), PHASES)
    state, _ = press(state, "4", now=5.9)
    state, _ = apply(state, Tick(6.0), PHASES)
    assert state.index == HOLD1 + 1
    _, effects = press(state, "+", now=6.1)
    assert records(effects) == [
        RecordGrade(ResistanceGrade.parse("4+"), "aa", "left", 1, HOLD1 + 1, 0)
    ]


def test_keys_are_ignored_before_start_but_still_checked() -> None:
    state = RunnerState()
    assert apply(state, EntryKey(0.0, "4"), PHASES) == (state, ())
    with pytest.raises(EntryError):
        apply(state, EntryKey(0.0, "x"), PHASES)
