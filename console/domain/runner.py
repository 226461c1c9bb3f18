"""The session runner as a pure state machine (docs/runner.md).

``apply(state, event, phases)`` returns the next state and the effects the caller
performs (record a grade, play a tone, speak a command, save the resume point). It
reads no clock: every event carries ``now``, monotonic seconds from the injected clock.

Timing: a running phase has a monotonic *target* end time. ``Tick`` ends it once
``now >= target``; when the next phase is timed it starts at the previous *target*,
not at ``now``, so the lateness of one tick never carries into the next phase and a
whole session has no drift. Only after a stall longer than ``RESYNC_AFTER_S`` does the
next phase start from ``now`` instead, so a frozen machine never swallows whole phases.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from console.domain.grades import ResistanceGrade, parse_pain
from console.domain.messages import say
from console.domain.plan import Phase, PhaseKind
from console.domain.runner_events import (
    ENTRY_KEYS,
    PAIN_KEY,
    Adjust,
    CancelEntry,
    Cue,
    CursorMoved,
    Effect,
    EndHold,
    EnterGrade,
    EnterNote,
    EnterPain,
    EntryKey,
    Event,
    Finish,
    HoldTimed,
    Next,
    PainMoment,
    Pause,
    PhaseEnded,
    Previous,
    RecordGrade,
    RecordHold,
    RecordNote,
    RecordPain,
    Resume,
    SessionFinished,
    SkipProtocol,
    Speak,
    Start,
    StartStopTimer,
    Tick,
    TogglePause,
)
from console.domain.runner_state import (
    Entry,
    EntryError,
    Pending,
    Result,
    RunnerState,
    Timer,
    current,
    elapsed,
    initial_state,
    length,
    remaining,
    resume_state,
)

__all__ = [
    "COUNTDOWN",
    "ENTRY_KEYS",
    "PAIN_KEY",
    "RESYNC_AFTER_S",
    "Adjust",
    "CancelEntry",
    "Cue",
    "CursorMoved",
    "Effect",
    "EndHold",
    "EnterGrade",
    "EnterNote",
    "EnterPain",
    "Entry",
    "EntryError",
    "EntryKey",
    "Event",
    "Finish",
    "HoldTimed",
    "Next",
    "PainMoment",
    "Pause",
    "Pending",
    "PhaseEnded",
    "Previous",
    "RecordGrade",
    "RecordHold",
    "RecordNote",
    "RecordPain",
    "Result",
    "Resume",
    "RunnerState",
    "SessionFinished",
    "SkipProtocol",
    "Speak",
    "Start",
    "StartStopTimer",
    "Tick",
    "Timer",
    "TogglePause",
    "apply",
    "current",
    "elapsed",
    "initial_state",
    "length",
    "remaining",
    "resume_state",
]

#: A phase that ends later than this after its target hands ``now`` (not its target)
#: to the next phase: the patient gets a whole phase after a stall.
RESYNC_AFTER_S = 1.0

#: The countdown cues before a timed phase ends, in seconds remaining.
COUNTDOWN = (3, 2, 1)


#: The runner's messages about a grade or pain score (translated with ``say``).
GRADE_RANGE = "A resistance grade is 0 to 5, not {0}."
NOT_A_GRADE = "{0} is not a resistance grade: 0 to 5, with + or - (no 5+ or 0-)."
PAIN_RANGE = "A pain score is 0 to 10, not {0}."


# ---------------------------------------------------------------------- transitions


def apply(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    """The state after ``event`` and the effects to perform, in order.

    Pure: neither argument is changed. Raises EntryError for an invalid grade, pain
    score, key or a non-finite adjustment (state unchanged); every other event is accepted,
    and one that makes no sense where the runner is (Resume when not paused, Next at
    "done", anything after Finish) is ignored: same state, no effects.
    """
    _require(phases)
    event = _validate(event)
    if state.finished:
        return state, ()
    if isinstance(event, Finish):
        stopped = replace(
            state, finished=True, timer=Timer.IDLE, target=None, remaining=None, pending=None
        )
        return stopped, (SessionFinished(state.index),)
    if not state.started:
        if isinstance(event, Start | Next):
            return _enter(replace(state, started=True), phases, 0, event.now, forward=True)
        return state, ()
    handler = _HANDLERS.get(type(event))
    if handler is None:
        return state, ()
    return handler(state, event, phases)


def _require(phases: Sequence[Phase]) -> None:
    if not phases:
        raise ValueError("a session needs at least one phase")


def _validate(event: Event) -> Event:
    """``event`` checked; a typed grade is parsed here, once, and carried as a value."""
    if isinstance(event, EnterGrade):
        return replace(event, value=_grade(event.value))
    if isinstance(event, EnterPain):
        try:
            parse_pain(event.score)
        except (ValueError, TypeError):
            raise EntryError(say(PAIN_RANGE, event.score)) from None
    elif isinstance(event, Adjust) and not math.isfinite(event.seconds):
        raise EntryError(f"a timer change is a number of seconds, not {event.seconds}")
    elif isinstance(event, EntryKey) and event.key not in ENTRY_KEYS:
        raise EntryError(f"{event.key!r} is not a grade or pain key")
    return event


def _grade(value: str | ResistanceGrade) -> ResistanceGrade:
    if isinstance(value, ResistanceGrade):
        return value
    try:
        return ResistanceGrade.parse(value)
    except ValueError:
        raise EntryError(say(NOT_A_GRADE, value)) from None


def _armed(left: float) -> int:
    """The first countdown cue still ahead with ``left`` seconds to go."""
    if left <= 0:
        return 0
    return max(0, min(COUNTDOWN[0], math.ceil(left) - 1))


def _begin_timer(state: RunnerState, phase: Phase, start_at: float) -> Result:
    full = length(state, phase) or 0.0
    started = replace(
        state,
        timer=Timer.RUNNING,
        target=start_at + full,
        remaining=None,
        countdown=_armed(full),
    )
    effects: list[Effect] = [Cue("start", phase.index, phase.kind)]
    effects.extend(_speech(phase))
    if phase.to_fatigue:
        effects.append(HoldTimed(phase.index, True, 0.0))
    return started, tuple(effects)


def _speech(phase: Phase) -> tuple[Effect, ...]:
    if phase.step is not None and phase.step.command is not None:
        return (Speak(phase.step.command, phase.index),)
    return ()


def _enter(
    state: RunnerState,
    phases: Sequence[Phase],
    index: int,
    now: float,
    *,
    forward: bool,
    start_at: float | None = None,
) -> Result:
    """Put the cursor on ``index``. Going forward starts a timed phase (at ``start_at``,
    default ``now``) and speaks the command; going back leaves the timer idle, silent."""
    phase = phases[index]
    moved = replace(
        state,
        index=index,
        timer=Timer.IDLE,
        target=None,
        remaining=None,
        extra_s=0.0,
        countdown=0,
        pending=None,
    )
    effects: tuple[Effect, ...] = (CursorMoved(index),)
    if not forward:
        return moved, effects
    if phase.timed:
        begun, cues = _begin_timer(moved, phase, now if start_at is None else start_at)
        return begun, effects + cues
    return moved, effects + _speech(phase)


def _end_phase(
    state: RunnerState,
    phases: Sequence[Phase],
    now: float,
    target: float,
    *,
    start_next: bool = True,
) -> Result:
    """The current timed phase has run out (at ``target``, noticed at ``now``)."""
    phase = phases[state.index]
    effects: tuple[Effect, ...] = (
        PhaseEnded(phase.index, target, now),
        Cue("end", phase.index, phase.kind),
    )
    if phase.to_fatigue:  # ran to its cap: held the whole cap
        held = _hold(phase, length(state, phase) or 0.0, capped=True)
        state = replace(state, last_entry=Entry("hold", str(held.seconds), phase.index))
        effects = (held, *effects)
    following = state.index + 1
    if following >= len(phases):
        idle = replace(state, timer=Timer.IDLE, target=None, remaining=None, countdown=0)
        return idle, effects
    if phases[following].timed and start_next:
        start_at = target if now - target <= RESYNC_AFTER_S else now
        moved, more = _enter(state, phases, following, now, forward=True, start_at=start_at)
    else:
        # An untimed phase waits for Next; a timed one after a pause waits for Start.
        forward = not phases[following].timed
        moved, more = _enter(state, phases, following, now, forward=forward)
    # A grade half typed as the hold ran out stays open: the "+" may be on its way.
    return replace(moved, pending=state.pending), effects + more


def _on_next(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    if state.pending is not None:
        # Next closes an entry still open (records "4", or pain "1"), and only that: the
        # key that confirms a grade typed during a hold never also cuts the hold short.
        pending, state = state.pending, replace(state, pending=None)
        if not pending.text:
            return state, ()
        if pending.kind == "grade":
            return _record_grade(state, phases, _grade(pending.text), event.now)
        return _record_pain(state, phases, int(pending.text), event.now)
    phase = phases[state.index]
    if phase.to_fatigue and state.timer is not Timer.IDLE:
        return _stop_hold(state, phases, event.now)
    if phase.timed and state.timer is Timer.IDLE:
        return _begin_timer(state, phase, event.now)
    if state.index + 1 >= len(phases):
        return state, ()
    return _enter(state, phases, state.index + 1, event.now, forward=True)


def _on_previous(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    if state.index == 0:
        return state, ()
    return _enter(state, phases, state.index - 1, event.now, forward=False)


def _on_skip(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    item = phases[state.index].item_index
    for phase in phases[state.index + 1 :]:
        if phase.item_index != item:
            return _enter(state, phases, phase.index, event.now, forward=True)
    return state, ()


def _on_start_stop(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    phase = phases[state.index]
    if not phase.timed:
        return state, ()
    if phase.to_fatigue and state.timer is not Timer.IDLE:
        return _stop_hold(state, phases, event.now)
    if state.timer is Timer.IDLE:
        return _begin_timer(state, phase, event.now)
    if state.timer is Timer.PAUSED:
        return _on_resume(state, event, phases)
    stopped = replace(state, timer=Timer.IDLE, target=None, remaining=None, countdown=0)
    return stopped, ()


def _on_pause(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    if state.timer is not Timer.RUNNING or state.target is None:
        return state, ()
    left = max(0.0, state.target - event.now)
    paused = replace(state, timer=Timer.PAUSED, target=None, remaining=left)
    return paused, _hold_timed(paused, phases, event.now)


def _on_resume(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    if state.timer is not Timer.PAUSED or state.remaining is None:
        return state, ()
    target = event.now + state.remaining
    going = replace(state, timer=Timer.RUNNING, target=target, remaining=None)
    return going, _hold_timed(going, phases, event.now)


def _on_toggle_pause(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    if state.timer is Timer.RUNNING:
        return _on_pause(state, event, phases)
    return _on_resume(state, event, phases)


def _on_adjust(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    assert isinstance(event, Adjust)
    phase = phases[state.index]
    if phase.duration_s is None or phase.to_fatigue:  # a count-up has no length to change
        return state, ()
    now, delta = event.now, event.seconds
    if state.timer is Timer.IDLE:
        extra = max(state.extra_s + delta, -phase.duration_s)
        return replace(state, extra_s=extra), ()
    left = remaining(state, phases, now) or 0.0
    new_left = left + delta
    extra = state.extra_s + delta
    if new_left <= 0:
        # Shortened past zero: the phase ends now; after a pause the next one waits.
        return _end_phase(state, phases, now, now, start_next=state.timer is Timer.RUNNING)
    if state.timer is Timer.PAUSED:
        return replace(state, remaining=new_left, extra_s=extra, countdown=_armed(new_left)), ()
    target = now + new_left
    return replace(state, target=target, extra_s=extra, countdown=_armed(new_left)), ()


def _on_tick(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    now = event.now
    effects: tuple[Effect, ...] = ()
    # One tick may end more than one phase when phases are shorter than its lateness.
    while state.timer is Timer.RUNNING and state.target is not None and now >= state.target:
        state, more = _end_phase(state, phases, now, state.target)
        effects += more
    if state.timer is Timer.RUNNING and state.target is not None and state.countdown > 0:
        left = state.target - now
        if left <= state.countdown:
            n = max(1, math.ceil(left))
            phase = phases[state.index]
            state = replace(state, countdown=n - 1)
            effects += (Cue("countdown", phase.index, phase.kind, n),)
    return state, effects


def _hold(phase: Phase, seconds: float, *, capped: bool = False) -> RecordHold:
    assert phase.protocol_id is not None and phase.side is not None
    assert phase.item_index is not None and phase.duration_s is not None
    whole = max(1, min(int(phase.duration_s), math.floor(seconds + 0.5)))
    return RecordHold(
        whole,
        seconds,
        phase.protocol_id,
        phase.side,
        phase.set_number,
        phase.index,
        phase.item_index,
        capped,
    )


def _hold_timed(state: RunnerState, phases: Sequence[Phase], now: float) -> tuple[Effect, ...]:
    phase = phases[state.index]
    if not phase.to_fatigue:
        return ()
    held = elapsed(state, phases, now) or 0.0
    return (HoldTimed(phase.index, state.timer is Timer.RUNNING, held),)


def _stop_hold(
    state: RunnerState, phases: Sequence[Phase], now: float, held_s: float | None = None
) -> Result:
    """The key that stops a hold timed to fatigue: the time held is recorded at once and
    the runner moves on (a timed phase after it starts now)."""
    phase = phases[state.index]
    so_far = elapsed(state, phases, now) or 0.0
    held = _hold(phase, so_far if held_s is None else held_s)
    stopped = replace(
        state,
        timer=Timer.IDLE,
        target=None,
        remaining=None,
        countdown=0,
        last_entry=Entry("hold", str(held.seconds), phase.index),
    )
    effects: tuple[Effect, ...] = (held, Cue("end", phase.index, phase.kind))
    if phase.index + 1 >= len(phases):
        return stopped, effects
    moved, more = _enter(stopped, phases, phase.index + 1, now, forward=True)
    return moved, effects + more


def _pain_moment(phase: Phase) -> PainMoment:
    if phase.kind is PhaseKind.PAIN_START:
        return "start"
    if phase.kind in (PhaseKind.PAIN_END, PhaseKind.DONE):
        return "end"
    return None


def _set_number(phase: Phase) -> int | None:
    return phase.set_number if phase.in_protocol else None


def _record_grade(
    state: RunnerState, phases: Sequence[Phase], grade: ResistanceGrade, now: float
) -> Result:
    """Record a grade here; a grade prompt then moves on. Outside a protocol: ignored."""
    phase = phases[state.index]
    if phase.item_index is None or phase.protocol_id is None or phase.side is None:
        return replace(state, pending=None), ()
    record = RecordGrade(
        grade, phase.protocol_id, phase.side, phase.set_number, phase.index, phase.item_index
    )
    graded = replace(state, pending=None, last_entry=Entry("grade", str(grade), phase.index))
    if phase.kind is PhaseKind.GRADE and phase.index + 1 < len(phases):
        moved, more = _enter(graded, phases, phase.index + 1, now, forward=True)
        return moved, (record, *more)
    return graded, (record,)


def _record_pain(state: RunnerState, phases: Sequence[Phase], score: int, now: float) -> Result:
    """Record a valid pain score here; a pain prompt then moves on."""
    phase = phases[state.index]
    record = RecordPain(
        score, _pain_moment(phase), phase.index, phase.protocol_id, phase.side, _set_number(phase)
    )
    noted = replace(state, pending=None, last_entry=Entry("pain", str(score), phase.index))
    prompt = phase.kind in (PhaseKind.PAIN_START, PhaseKind.PAIN_END)
    if prompt and phase.index + 1 < len(phases):
        moved, more = _enter(noted, phases, phase.index + 1, now, forward=True)
        return moved, (record, *more)
    return noted, (record,)


def _on_grade(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    assert isinstance(event, EnterGrade) and isinstance(event.value, ResistanceGrade)
    return _record_grade(state, phases, event.value, event.now)


def _on_pain(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    assert isinstance(event, EnterPain)
    return _record_pain(state, phases, parse_pain(event.score), event.now)


def _on_key(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    assert isinstance(event, EntryKey)
    key, pending = event.key, state.pending
    if key == PAIN_KEY:
        return replace(state, pending=Pending("pain", "")), ()
    if key in ("+", "-"):
        if pending is None or pending.kind != "grade":
            raise EntryError(say("Press a grade 0 to 5 first, then + or -."))
        value = pending.text + key
        try:
            grade = ResistanceGrade.parse(value)
        except ValueError:
            raise EntryError(say("There is no grade {0}.", value)) from None
        return _record_grade(state, phases, grade, event.now)
    in_pain = pending is not None and pending.kind == "pain"
    if in_pain or not phases[state.index].in_protocol:
        text = (pending.text if pending is not None and in_pain else "") + key
        if text == "1":  # 1 or 10: wait for the next key
            return replace(state, pending=Pending("pain", text)), ()
        if int(text) > 10:
            raise EntryError(say(PAIN_RANGE, text))
        return _record_pain(state, phases, int(text), event.now)
    if key not in "012345":
        raise EntryError(say(GRADE_RANGE, key))
    return replace(state, pending=Pending("grade", key)), ()


def _on_cancel(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    return replace(state, pending=None), ()


def _on_note(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    assert isinstance(event, EnterNote)
    text = event.text.strip()
    if not text:
        return state, ()
    phase = phases[state.index]
    note = RecordNote(text, phase.index, phase.protocol_id, phase.side, _set_number(phase))
    return state, (note,)


def _on_end_hold(state: RunnerState, event: Event, phases: Sequence[Phase]) -> Result:
    assert isinstance(event, EndHold)
    if not phases[state.index].to_fatigue or state.timer is Timer.IDLE:
        return state, ()
    return _stop_hold(state, phases, event.now, event.elapsed_s)


_HANDLERS = {
    Next: _on_next,
    Previous: _on_previous,
    SkipProtocol: _on_skip,
    StartStopTimer: _on_start_stop,
    Pause: _on_pause,
    Resume: _on_resume,
    TogglePause: _on_toggle_pause,
    Adjust: _on_adjust,
    Tick: _on_tick,
    EnterGrade: _on_grade,
    EnterPain: _on_pain,
    EnterNote: _on_note,
    EntryKey: _on_key,
    CancelEntry: _on_cancel,
    EndHold: _on_end_hold,
}
