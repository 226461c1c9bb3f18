"""What the runner screen says and which keys it listens to, without a screen."""

from __future__ import annotations

from console.domain.key_bindings import key_conflicts
from console.domain.plan import PhaseKind
from console.ui.runner.runner_text import phase_texts
from console.ui.runner.runner_widgets import LOOKS
from console.ui.settings.keymap import ACTIONS, DEFAULT_KEYS, action_for, help_rows, keymap
from tests.unit.runner_builders import hold_relax, phases_for


def test_every_key_of_the_design_has_its_action() -> None:
    keys = keymap()
    expected = {
        "PgDown": "next",
        "Right": "next",
        "Return": "next",
        "Enter": "next",
        "PgUp": "previous",
        "Left": "previous",
        "Space": "timer",
        "Up": "longer",
        "Down": "shorter",
        "B": "pause",
        ".": "pause",
        "P": "pain",
        "N": "note",
        "Esc": "leave",
        "F11": "fullscreen",
        "?": "help",
    }
    assert {name: action_for(name, keys) for name in expected} == expected
    assert action_for("b", keys) == "pause"  # the same key whatever its case
    assert action_for("Q", keys) is None
    assert key_conflicts(DEFAULT_KEYS) == []
    assert set(DEFAULT_KEYS) == set(ACTIONS)


def test_settings_override_the_keys_of_an_action() -> None:
    keys = keymap({"pause": ["F5"], "teleport": ["T"]})
    assert keys["pause"] == ["F5"]
    assert action_for("B", keys) is None
    assert action_for("F5", keys) == "pause"
    assert "teleport" not in keys
    assert keys["next"] == DEFAULT_KEYS["next"]


def test_the_help_lists_every_action_and_the_entry_keys() -> None:
    rows = help_rows(keymap())
    texts = [text for _, text in rows]
    assert all(text in texts for text in ACTIONS.values())
    assert any(keys.startswith("0 – 5") for keys, _ in rows)
    assert ("PgDown / Right / Return / Enter", ACTIONS["next"]) in rows


def test_hold_relax_and_rest_differ_in_word_shape_and_colour() -> None:
    kinds = (PhaseKind.HOLD, PhaseKind.RELAX, PhaseKind.REST)
    for attribute in ("word", "shape", "colour"):
        assert len({getattr(LOOKS[kind], attribute) for kind in kinds}) == 3
    assert LOOKS[PhaseKind.SET_REST].word == "REST"
    assert set(LOOKS) == set(PhaseKind)


def test_texts_of_a_hold_in_the_patients_language_and_the_therapists() -> None:
    phases = phases_for([hold_relax("aa", sets=2)], ("aa", "left"))
    hold = next(p for p in phases if p.kind is PhaseKind.HOLD)
    texts = phase_texts(phases, hold.index, {}, "en", "es")
    assert texts.title == "Title aa"
    assert texts.subtitle == "Left side"
    assert texts.counters.splitlines()[0] == "Set 1/2"
    assert texts.command == "Hold!"  # no Spanish in the file: English is the fallback
    assert texts.instruction == "hold instruction"
    assert texts.coming == "Next: Relax 3 s"
    assert texts.ring_caption == "HOLD"

    spanish = phase_texts(phases, hold.index, {}, "es", "es")
    assert spanish.subtitle == "Lado izquierdo"
    assert spanish.coming.startswith("Después: Relajar")


def test_prompts_ask_in_words() -> None:
    phases = phases_for([hold_relax("aa")], ("aa", "right"))
    grade = next(p for p in phases if p.kind is PhaseKind.GRADE)
    assert phase_texts(phases, grade.index, {}).command.startswith("Resistance grade?")
    assert phase_texts(phases, 0, {}).command == "Pain now, 0 to 10?"
    assert phase_texts(phases, 0, {}).title == "Pain score (start)"
    done = phase_texts(phases, len(phases) - 1, {})
    assert done.command.startswith("Session complete")
