"""The runner's keys: a plain mapping from action to key names, overridable.

``DEFAULT_KEYS`` holds the defaults from the design (clickers and foot pedals send
PageDown / PageUp and ``B`` or ``.``). Settings may replace the keys of any action with
``Settings.key_map`` (``keymap(settings.key_map)``). Key names are Qt's portable key names
(``QKeySequence.toString()``): ``PgDown``, ``Right``, ``Return``, ``Space``, ``F11``,
``.``, ``B``.

Entry keys are not in the map: the digits 0 to 9 and ``+`` / ``-`` (main keyboard or
keypad) always enter grades and pain scores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from console.domain.key_bindings import effective_key_map
from console.ui.shell.i18n import QT_TRANSLATE_NOOP

#: action -> (keys, what it does) in the order the help overlay lists them.
ACTIONS: dict[str, str] = {
    "next": QT_TRANSLATE_NOOP("KeysOverlay", "Next step; starts the timer of a timed step"),
    "previous": QT_TRANSLATE_NOOP("KeysOverlay", "Previous step"),
    "timer": QT_TRANSLATE_NOOP("KeysOverlay", "Start or stop the timer"),
    "longer": QT_TRANSLATE_NOOP("KeysOverlay", "Timer +5 s"),
    "shorter": QT_TRANSLATE_NOOP("KeysOverlay", "Timer -5 s"),
    "pause": QT_TRANSLATE_NOOP("KeysOverlay", "Pause / resume"),
    "fatigue": QT_TRANSLATE_NOOP(
        "KeysOverlay", "Time this hold to fatigue for this patient (counts up; stop with Next)"
    ),
    "pain": QT_TRANSLATE_NOOP("KeysOverlay", "Pain score: P, then 0 to 10"),
    "note": QT_TRANSLATE_NOOP("KeysOverlay", "Write a note (Esc leaves the note field)"),
    "skip": QT_TRANSLATE_NOOP("KeysOverlay", "Skip to the next protocol"),
    "records": QT_TRANSLATE_NOOP("KeysOverlay", "Show and correct this session's entries"),
    "help": QT_TRANSLATE_NOOP("KeysOverlay", "Show or hide this list of keys"),
    "fullscreen": QT_TRANSLATE_NOOP("KeysOverlay", "Full screen on / off"),
    "leave": QT_TRANSLATE_NOOP(
        "KeysOverlay", "Leave the runner (the session is kept and can be resumed)"
    ),
}

DEFAULT_KEYS: dict[str, list[str]] = {
    "next": ["PgDown", "Right", "Return", "Enter"],
    "previous": ["PgUp", "Left"],
    "timer": ["Space"],
    "longer": ["Up"],
    "shorter": ["Down"],
    "pause": ["B", "."],
    "fatigue": ["F"],
    "pain": ["P"],
    "note": ["N"],
    "skip": ["S"],
    "records": ["R"],
    "help": ["?", "F1", "H"],
    "fullscreen": ["F11"],
    "leave": ["Esc"],
}

#: What the help overlay says about the entry keys.
ENTRY_HELP = (
    (
        QT_TRANSLATE_NOOP("KeysOverlay", "0 – 5, then + or −"),
        QT_TRANSLATE_NOOP(
            "KeysOverlay", "Resistance grade: saved after + or −, at Next, or after a short pause"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeysOverlay", "P, then 0 – 10"),
        QT_TRANSLATE_NOOP("KeysOverlay", "Pain score (10 is 1 then 0)"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysOverlay", "0 – 10 at a pain prompt"),
        QT_TRANSLATE_NOOP("KeysOverlay", "Pain score, no P needed"),
    ),
)


def keymap(overrides: Mapping[str, Sequence[str]] | None = None) -> dict[str, list[str]]:
    """The defaults with the clinic's ``overrides`` (``Settings.key_map``) on top.

    An override for an action the runner does not have is ignored (see
    ``console.domain.key_bindings``, which also finds keys given to two actions).
    """
    return effective_key_map(DEFAULT_KEYS, overrides or {})


def action_for(key_name: str, keys: Mapping[str, Sequence[str]]) -> str | None:
    """The action a key name triggers, or None."""
    folded = key_name.casefold()
    for action, names in keys.items():
        if any(name.casefold() == folded for name in names):
            return action
    return None


def shown_key(name: str) -> str:
    """A key name as the keyboard prints it in the interface language (PgDown reads
    "Av Pág" in Spanish); the name itself where Qt does not know it."""
    return QKeySequence(name).toString(QKeySequence.SequenceFormat.NativeText) or name


def help_rows(keys: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, entry keys included, in the
    interface language."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("KeysOverlay", text)

    rows = [
        (" / ".join(shown_key(k) for k in keys.get(action, [])) or "—", tr(text))
        for action, text in ACTIONS.items()
    ]
    rows[5:5] = [(tr(names), tr(text)) for names, text in ENTRY_HELP]
    return rows
