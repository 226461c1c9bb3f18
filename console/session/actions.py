"""What the therapist can ask of a running session, and the event each request sends.

The runner window maps keys, buttons and the mouse's side buttons to an ``Action``;
harnesses and tests use the same actions. ``EVENTS`` is the one table from action to
the state machine's event (console/domain/runner.py). ``RunnerSession.act`` adds three
rules on top of it, and only these:

- Next while a refused entry waits on screen saves that entry again (``retry``);
- Next at the closing "done" step finishes the session (``Finish``), once no grade or
  pain score being typed is left to save there;
- any action outside ``KEEPS_OPEN_ENTRY`` first saves a grade or pain score still being
  typed, so the key that moves on never loses the entry before it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType

from console.domain.runner import (
    PAIN_KEY,
    Adjust,
    CancelEntry,
    EntryKey,
    Event,
    Finish,
    Next,
    Previous,
    SkipProtocol,
    StartStopTimer,
    TogglePause,
)

#: How much one Up or Down changes the running timer, in seconds.
ADJUST_STEP_S = 5.0


class Action(StrEnum):
    """One request to the running session. The values are the names of the keymap's
    actions (console/ui/settings/keymap.py) where a key starts them."""

    NEXT = "next"
    PREVIOUS = "previous"
    TIMER = "timer"
    PAUSE = "pause"
    LONGER = "longer"
    SHORTER = "shorter"
    SKIP = "skip"
    PAIN = "pain"
    CANCEL_ENTRY = "cancel-entry"
    FINISH = "finish"
    #: Time the current hold to fatigue for this patient (``RunnerSession.to_fatigue``);
    #: not a state machine event, so it has no entry in ``EVENTS``.
    FATIGUE = "fatigue"


def _lengthen(now: float) -> Event:
    return Adjust(now, ADJUST_STEP_S)


def _shorten(now: float) -> Event:
    return Adjust(now, -ADJUST_STEP_S)


def _open_pain(now: float) -> Event:
    return EntryKey(now, PAIN_KEY)


#: Every action's event, made from the clock's ``now``.
EVENTS: Mapping[Action, Callable[[float], Event]] = MappingProxyType(
    {
        Action.NEXT: Next,
        Action.PREVIOUS: Previous,
        Action.TIMER: StartStopTimer,
        Action.PAUSE: TogglePause,
        Action.LONGER: _lengthen,
        Action.SHORTER: _shorten,
        Action.SKIP: SkipProtocol,
        Action.PAIN: _open_pain,
        Action.CANCEL_ENTRY: CancelEntry,
        Action.FINISH: Finish,
    }
)

#: Actions the session core does itself, with no state machine event: switching a hold
#: to fatigue changes the phases, which the state machine only reads.
SESSION_ACTIONS = frozenset({Action.FATIGUE})

#: Actions that act on the entry being typed themselves: Next saves it, P starts a pain
#: score instead, Esc drops it. Every other action saves it first.
KEEPS_OPEN_ENTRY = frozenset({Action.NEXT, Action.PAIN, Action.CANCEL_ENTRY})
