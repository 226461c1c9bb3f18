"""The running session: the one place that decides what a key does, when an entry is
saved and how a refused save is retried. Qt-free; the runner window, the harnesses and
the tests all drive ``RunnerSession`` (docs/runner.md)."""

from console.session.actions import ADJUST_STEP_S, EVENTS, KEEPS_OPEN_ENTRY, Action
from console.session.core import (
    ENTRY_PAUSE_S,
    PAIN_OPEN_S,
    RunnerSession,
    Saved,
    Unsaved,
    Write,
    WriteWatcher,
    phases_for_session,
)

__all__ = [
    "ADJUST_STEP_S",
    "ENTRY_PAUSE_S",
    "EVENTS",
    "KEEPS_OPEN_ENTRY",
    "PAIN_OPEN_S",
    "Action",
    "RunnerSession",
    "Saved",
    "Unsaved",
    "Write",
    "WriteWatcher",
    "phases_for_session",
]
