"""A small, Qt-free driver around the runner: state, phases, clock and an effects sink.

The runner screen and headless scripts both drive a session through this class: each
method reads the clock, applies one event and hands the effects to ``sink`` in order.

The new state is kept only after every effect was delivered: when the sink raises
(say the disk is full while a grade is saved), the runner stays where it was and the
error reaches the caller, so the therapist can enter the grade again. Record effects
come first in every transition, so a failed save never leaves half a step behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from console.domain.clock import Clock
from console.domain.plan import Phase
from console.domain.runner import (
    Adjust,
    CancelEntry,
    Effect,
    EnterGrade,
    EnterNote,
    EnterPain,
    EntryKey,
    Event,
    Finish,
    Next,
    Pause,
    Previous,
    Resume,
    RunnerState,
    SkipProtocol,
    Start,
    StartStopTimer,
    Tick,
    TogglePause,
    apply,
    initial_state,
    remaining,
)

Sink = Callable[[Effect], None]

#: How much Up and Down change the running timer.
ADJUST_STEP_S = 5.0


class SessionDriver:
    def __init__(
        self,
        phases: Sequence[Phase],
        clock: Clock,
        sink: Sink,
        state: RunnerState | None = None,
    ) -> None:
        if not phases:
            raise ValueError("a session needs at least one phase")
        self._phases = tuple(phases)
        self._clock = clock
        self._sink = sink
        self._state = state if state is not None else initial_state()

    @property
    def state(self) -> RunnerState:
        return self._state

    @property
    def phases(self) -> tuple[Phase, ...]:
        return self._phases

    @property
    def phase(self) -> Phase:
        return self._phases[self._state.index]

    def remaining(self) -> float | None:
        """Seconds left on the current timer now; None for an untimed phase."""
        return remaining(self._state, self._phases, self._clock.monotonic())

    def dispatch(self, event: Event) -> tuple[Effect, ...]:
        """Apply ``event``, deliver its effects, keep the new state; return the effects."""
        state, effects = apply(self._state, event, self._phases)
        for effect in effects:
            self._sink(effect)
        self._state = state
        return effects

    def _now(self) -> float:
        return self._clock.monotonic()

    def start(self) -> tuple[Effect, ...]:
        return self.dispatch(Start(self._now()))

    def next(self) -> tuple[Effect, ...]:
        return self.dispatch(Next(self._now()))

    def previous(self) -> tuple[Effect, ...]:
        return self.dispatch(Previous(self._now()))

    def skip_protocol(self) -> tuple[Effect, ...]:
        return self.dispatch(SkipProtocol(self._now()))

    def start_stop_timer(self) -> tuple[Effect, ...]:
        return self.dispatch(StartStopTimer(self._now()))

    def pause(self) -> tuple[Effect, ...]:
        return self.dispatch(Pause(self._now()))

    def resume(self) -> tuple[Effect, ...]:
        return self.dispatch(Resume(self._now()))

    def toggle_pause(self) -> tuple[Effect, ...]:
        return self.dispatch(TogglePause(self._now()))

    def lengthen(self, seconds: float = ADJUST_STEP_S) -> tuple[Effect, ...]:
        return self.dispatch(Adjust(self._now(), seconds))

    def shorten(self, seconds: float = ADJUST_STEP_S) -> tuple[Effect, ...]:
        return self.dispatch(Adjust(self._now(), -seconds))

    def tick(self) -> tuple[Effect, ...]:
        return self.dispatch(Tick(self._now()))

    def enter_grade(self, value: str) -> tuple[Effect, ...]:
        return self.dispatch(EnterGrade(self._now(), value))

    def enter_pain(self, score: int) -> tuple[Effect, ...]:
        return self.dispatch(EnterPain(self._now(), score))

    def enter_note(self, text: str) -> tuple[Effect, ...]:
        return self.dispatch(EnterNote(self._now(), text))

    def key(self, symbol: str) -> tuple[Effect, ...]:
        """One grade or pain key: "0" to "9", "+", "-" or "pain" (runner.ENTRY_KEYS)."""
        return self.dispatch(EntryKey(self._now(), symbol))

    def cancel_entry(self) -> tuple[Effect, ...]:
        return self.dispatch(CancelEntry(self._now()))

    def finish(self) -> tuple[Effect, ...]:
        return self.dispatch(Finish(self._now()))
