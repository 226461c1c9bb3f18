"""The runner's state and the questions asked of it (what phase, how long left).

Split from console/domain/runner.py, which re-exports every name here: the state is a
plain immutable value; only ``runner.apply`` makes a new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from console.domain.plan import Phase
from console.domain.runner_events import Effect


class EntryError(ValueError):
    """A grade, pain score or adjustment that is not valid; the state is unchanged."""


class Timer(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class Entry:
    """The last grade, pain score or hold recorded, for the on-screen confirmation."""

    kind: Literal["grade", "pain", "hold"]
    value: str
    phase_index: int


@dataclass(frozen=True, slots=True)
class Pending:
    """A grade or pain score being typed: ``"4"`` waits for a + or -, pain ``"1"`` for
    a 0 (10), pain ``""`` for its first digit."""

    kind: Literal["grade", "pain"]
    text: str


@dataclass(frozen=True, slots=True)
class RunnerState:
    """Where the runner is. Immutable; ``apply`` returns a new one.

    - ``index``: the current phase, always within the phases (the last one is "done").
    - ``timer``: idle (not started, or stopped: the full length is left), running
      (``target`` is the monotonic end time) or paused (``remaining`` is frozen).
    - ``extra_s``: seconds the therapist added (negative: removed) to this phase.
    - ``countdown``: the next countdown cue still to fire (3, 2, 1), 0 when none.
    - ``pending``: a grade or pain score being typed key by key (``EntryKey``).
    - ``last_entry``: the last grade or pain recorded, for the confirmation on screen.
    """

    index: int = 0
    started: bool = False
    finished: bool = False
    timer: Timer = Timer.IDLE
    target: float | None = None
    remaining: float | None = None
    extra_s: float = 0.0
    countdown: int = 0
    pending: Pending | None = None
    last_entry: Entry | None = None


Result = tuple[RunnerState, tuple[Effect, ...]]

# ------------------------------------------------------------------------ queries


def initial_state() -> RunnerState:
    """A session not yet started."""
    return RunnerState()


def resume_state(phases: Sequence[Phase], cursor: int) -> RunnerState:
    """The state at a saved phase index, timer idle: the therapist restarts the phase.

    A cursor outside the phases (a plan changed since) is brought inside.
    """
    if not phases:
        raise ValueError("a session needs at least one phase")
    return RunnerState(index=max(0, min(cursor, len(phases) - 1)), started=True)


def length(state: RunnerState, phase: Phase) -> float | None:
    """The current phase's full length with the therapist's changes; None if untimed."""
    if phase.duration_s is None:
        return None
    return max(0.0, phase.duration_s + state.extra_s)


def remaining(state: RunnerState, phases: Sequence[Phase], now: float) -> float | None:
    """Seconds left on the current phase's timer (never below 0); None if untimed."""
    full = length(state, phases[state.index])
    if full is None:
        return None
    if state.timer is Timer.RUNNING and state.target is not None:
        return max(0.0, state.target - now)
    if state.timer is Timer.PAUSED and state.remaining is not None:
        return state.remaining
    return full


def current(state: RunnerState, phases: Sequence[Phase]) -> Phase:
    return phases[state.index]


def elapsed(state: RunnerState, phases: Sequence[Phase], now: float) -> float | None:
    """Seconds a timed phase has run (pauses not counted); None if untimed."""
    full = length(state, phases[state.index])
    left = remaining(state, phases, now)
    return None if full is None or left is None else max(0.0, full - left)
