"""The effective runner key map, what is stored of it, and its conflicts."""

from __future__ import annotations

from console.domain.key_bindings import (
    KeyConflict,
    effective_key_map,
    key_conflicts,
    overrides_for,
)

DEFAULTS = {
    "next": ["PgDown", "Right", "Return"],
    "previous": ["PgUp", "Left"],
    "pause": ["B", "."],
}


def test_without_overrides_the_defaults_apply() -> None:
    assert effective_key_map(DEFAULTS, {}) == DEFAULTS


def test_an_override_replaces_that_action_only() -> None:
    keys = effective_key_map(DEFAULTS, {"pause": ["F5"]})
    assert keys == {**DEFAULTS, "pause": ["F5"]}


def test_an_override_for_a_vanished_action_is_ignored() -> None:
    assert effective_key_map(DEFAULTS, {"teleport": ["T"]}) == DEFAULTS


def test_an_empty_override_unbinds_the_action() -> None:
    assert effective_key_map(DEFAULTS, {"pause": []})["pause"] == []


def test_only_changed_actions_are_stored() -> None:
    edited = {**DEFAULTS, "pause": ["F5"], "next": ["pgdown", "right", "return"]}
    assert overrides_for(DEFAULTS, edited) == {"pause": ["F5"]}


def test_restoring_defaults_stores_nothing() -> None:
    assert overrides_for(DEFAULTS, effective_key_map(DEFAULTS, {})) == {}


def test_a_key_given_to_two_actions_names_both() -> None:
    keys = effective_key_map(DEFAULTS, {"pause": ["B", "Left"]})
    assert key_conflicts(keys) == [KeyConflict("Left", "previous", "pause")]


def test_case_does_not_make_a_different_key() -> None:
    assert key_conflicts({"pause": ["b"], "note": ["B"]}) == [KeyConflict("B", "pause", "note")]


def test_the_default_map_has_no_conflicts() -> None:
    assert key_conflicts(DEFAULTS) == []
