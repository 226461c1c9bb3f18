"""Runner keys: the effective key map and the conflicts in it.

The runner owns the default map (action -> key sequences). Settings keep only the
actions the clinic changed (`Settings.key_map`); the effective map is the defaults
with those overrides on top. One key may start only one action: a key given to two
actions is a conflict, named with both actions so the therapist can choose.

Keys are written as Qt's portable key-sequence text ("PgDown", "Space", "B", ".",
"Ctrl+L"); two spellings that differ only in case are the same key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

KeyMap = dict[str, list[str]]


@dataclass(frozen=True)
class KeyConflict:
    """`key` is given to both `first` and `second` (actions, in map order)."""

    key: str
    first: str
    second: str


def same_key(key: str) -> str:
    """The form two key texts are compared in."""
    return " ".join(key.split()).casefold()


def clean_keys(keys: Sequence[str]) -> list[str]:
    """Keys without blanks and without repeats, in the order given."""
    seen: set[str] = set()
    cleaned: list[str] = []
    for key in keys:
        text = " ".join(key.split())
        if text and same_key(text) not in seen:
            seen.add(same_key(text))
            cleaned.append(text)
    return cleaned


def effective_key_map(
    defaults: Mapping[str, Sequence[str]], overrides: Mapping[str, Sequence[str]]
) -> KeyMap:
    """Every default action with its keys: the override where there is one.

    An override for an action the runner no longer has is ignored.
    """
    return {action: clean_keys(overrides.get(action, keys)) for action, keys in defaults.items()}


def overrides_for(
    defaults: Mapping[str, Sequence[str]], key_map: Mapping[str, Sequence[str]]
) -> KeyMap:
    """What to store: only the actions whose keys differ from the defaults."""
    changed: KeyMap = {}
    for action, keys in key_map.items():
        wanted = clean_keys(keys)
        default = clean_keys(defaults.get(action, ()))
        if [same_key(k) for k in wanted] != [same_key(k) for k in default]:
            changed[action] = wanted
    return changed


def key_conflicts(key_map: Mapping[str, Sequence[str]]) -> list[KeyConflict]:
    """Every key given to more than one action, once per extra action."""
    owner: dict[str, str] = {}
    conflicts: list[KeyConflict] = []
    for action, keys in key_map.items():
        for key in clean_keys(keys):
            first = owner.setdefault(same_key(key), action)
            if first != action:
                conflicts.append(KeyConflict(key, first, action))
    return conflicts
