"""The runner's actions: one table from action to event, and every key of the keymap
is either a session action or one of the window's own."""

from __future__ import annotations

import pytest

from console.domain.runner import (
    ENTRY_KEYS,
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
    apply,
    resume_state,
)
from console.session.actions import ADJUST_STEP_S, EVENTS, KEEPS_OPEN_ENTRY, SESSION_ACTIONS, Action
from tests.unit.runner_builders import hold_relax, phases_for

EXPECTED: dict[Action, Event] = {
    Action.NEXT: Next(7.0),
    Action.PREVIOUS: Previous(7.0),
    Action.TIMER: StartStopTimer(7.0),
    Action.PAUSE: TogglePause(7.0),
    Action.LONGER: Adjust(7.0, ADJUST_STEP_S),
    Action.SHORTER: Adjust(7.0, -ADJUST_STEP_S),
    Action.SKIP: SkipProtocol(7.0),
    Action.PAIN: EntryKey(7.0, PAIN_KEY),
    Action.CANCEL_ENTRY: CancelEntry(7.0),
    Action.FINISH: Finish(7.0),
}


def test_every_action_has_exactly_one_event() -> None:
    """Except the session core's own (``SESSION_ACTIONS``): no event, no entry."""
    state_machine_actions = set(Action) - SESSION_ACTIONS
    assert set(EVENTS) == state_machine_actions
    assert {action: EVENTS[action](7.0) for action in state_machine_actions} == EXPECTED


def test_up_and_down_change_the_timer_by_five_seconds() -> None:
    assert ADJUST_STEP_S == 5.0  # DESIGN.md: Up, Down lengthen or shorten by 5 s


@pytest.mark.parametrize("action", sorted(set(Action) - SESSION_ACTIONS))
def test_every_action_is_accepted_anywhere_in_a_session(action: Action) -> None:
    phases = phases_for([hold_relax("aa")], ("aa", "left"))
    for index in range(len(phases)):
        state, _ = apply(resume_state(phases, index), EVENTS[action](1.0), phases)
        assert 0 <= state.index < len(phases)


def test_only_next_p_and_esc_act_on_an_open_entry_themselves() -> None:
    assert {Action.NEXT, Action.PAIN, Action.CANCEL_ENTRY} == KEEPS_OPEN_ENTRY


def test_the_keymap_names_a_session_action_or_one_of_the_window() -> None:
    from console.ui.runner.runner_window import VIEW_ACTIONS
    from console.ui.settings.keymap import ACTIONS, DEFAULT_KEYS

    session_actions = {action.value for action in Action}
    for name in (*DEFAULT_KEYS, *ACTIONS):
        assert (name in session_actions) != (name in VIEW_ACTIONS), name
    # Esc cancels an entry through the window, Finish comes from Next at the end.
    assert session_actions - set(DEFAULT_KEYS) == {"cancel-entry", "finish"}


def test_the_typed_entry_keys_are_digits_plus_minus_and_the_pain_key() -> None:
    assert frozenset({*"0123456789", "+", "-", PAIN_KEY}) == ENTRY_KEYS
