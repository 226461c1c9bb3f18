"""The home program model: dosage from the protocol, ranges, the warning, stored form."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from console.domain.home_program import (
    ADHERENCE_LIMIT,
    ITEM_KEYS,
    HomeProgram,
    HomeProgramError,
    HomeProgramItem,
    NotAHomeExerciseError,
    UnknownExerciseError,
)
from console.domain.protocol import Protocol, ProtocolFile


def home_protocol(pid: str = "home-bridge", **home: Any) -> ProtocolFile:
    dosage = {"reps": 10, "sets": 3, "hold_s": 5, "per_day": 2, "days_per_week": 5} | home
    return ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": pid,
            "title": {"en": "Bridge", "es": "Puente"},
            "kind": "home",
            "region": "core",
            "summary": "Hip and back extensors.",
            "home": dosage,
            "steps": [{"kind": "position", "instruction": "Lie on your back."}],
        }
    )


def item(pid: str = "home-bridge", **changes: Any) -> HomeProgramItem:
    values: dict[str, Any] = {"protocol_id": pid, "sets": 3, "reps": 10} | changes
    return HomeProgramItem(**values)


def program(items: list[HomeProgramItem], **changes: Any) -> HomeProgram:
    values: dict[str, Any] = {
        "patient_name": "Ana María Núñez",
        "date": dt.date(2026, 11, 26),
        "items": items,
    } | changes
    return HomeProgram(**values)


def test_item_takes_the_protocols_dosage() -> None:
    made = HomeProgramItem.from_protocol(home_protocol())
    assert made == HomeProgramItem(
        protocol_id="home-bridge", sets=3, reps=10, hold_s=5, per_day=2, days_per_week=5
    )
    assert made.note == "" and made.caution == ""


def test_item_from_a_loaded_protocol(tmp_path: Path) -> None:
    loaded = Protocol(spec=home_protocol(), path=tmp_path / "home-bridge.toml")
    assert HomeProgramItem.from_protocol(loaded) == HomeProgramItem.from_protocol(loaded.spec)


def test_item_defaults_follow_the_format() -> None:
    spec = ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": "home-tilt",
            "title": "Pelvic tilt",
            "kind": "home",
            "region": "pelvis",
            "summary": "s",
            "home": {"reps": 8, "sets": 1},
            "steps": [{"kind": "cue", "instruction": "Flatten your back."}],
        }
    )
    made = HomeProgramItem.from_protocol(spec)
    assert (made.hold_s, made.per_day, made.days_per_week) == (None, 1, 7)


def test_a_pnf_protocol_is_not_a_home_exercise() -> None:
    spec = ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": "ue-d1-flexion-hold-relax",
            "title": "UE D1 flexion",
            "kind": "pnf",
            "region": "upper-extremity",
            "pattern": "D1 flexion",
            "technique": "hold-relax",
            "summary": "s",
            "steps": [{"kind": "position", "instruction": "Supine."}],
        }
    )
    with pytest.raises(NotAHomeExerciseError, match="done with the therapist, not at home"):
        HomeProgramItem.from_protocol(spec)


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("sets", [1, 20], [0, 21]),
        ("reps", [1, 100], [0, 101]),
        ("hold_s", [0, 7.5, 600, None], [-1, 600.5]),
        ("per_day", [1, 10], [0, 11]),
        ("days_per_week", [1, 7], [0, 8]),
    ],
)
def test_dosage_ranges_are_the_formats(field: str, good: list[Any], bad: list[Any]) -> None:
    for value in good:
        assert getattr(item(**{field: value}), field) == value
    for value in bad:
        with pytest.raises(ValidationError, match=field):
            item(**{field: value})


def test_dosage_must_be_whole_numbers_where_the_format_says() -> None:
    with pytest.raises(ValidationError):
        item(sets=2.5)
    with pytest.raises(ValidationError):
        item(reps="10")
    with pytest.raises(ValidationError):
        item(protocol_id="Not An Id")


def test_validation_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="reps"):
        item(reps=0)


def test_more_than_four_exercises_is_a_gentle_warning_not_an_error() -> None:
    four = program([item(f"home-ex-{n}") for n in range(ADHERENCE_LIMIT)])
    five = program([item(f"home-ex-{n}") for n in range(ADHERENCE_LIMIT + 1)])
    assert not four.too_many_exercises
    assert five.too_many_exercises
    assert len(five.items) == 5


def test_program_checks_language_version_and_name() -> None:
    with pytest.raises(ValidationError):
        program([item()], language="fr")
    with pytest.raises(ValidationError):
        program([item()], version=0)
    with pytest.raises(ValidationError):
        program([item()], patient_name="")


def test_item_stored_form_is_the_storage_items_entry() -> None:
    stored = item(hold_s=7.5, per_day=2, note="Slowly.", caution="Not after meals.").to_dict()
    assert tuple(stored) == ITEM_KEYS
    assert stored == {
        "protocol_id": "home-bridge",
        "sets": 3,
        "reps": 10,
        "hold_s": 7.5,
        "per_day": 2,
        "days_per_week": 7,
        "note": "Slowly.",
        "caution": "Not after meals.",
    }
    assert HomeProgramItem.from_dict(json.loads(json.dumps(stored))) == item(
        hold_s=7.5, per_day=2, note="Slowly.", caution="Not after meals."
    )


def test_item_from_stored_form_rejects_bad_entries() -> None:
    stored = item().to_dict()
    with pytest.raises(ValidationError):
        HomeProgramItem.from_dict(stored | {"sets": 0})
    with pytest.raises(ValidationError):
        HomeProgramItem.from_dict(stored | {"secnods": 3})


def test_program_round_trips_through_json() -> None:
    original = program(
        [item(), item("home-dead-bug", hold_s=None, note="Breathe out as you reach.")],
        language="es",
        large_print=True,
        therapist_name="Jordan Lee",
        version=3,
    )
    stored = json.loads(json.dumps(original.to_dict()))
    assert stored["date"] == "2026-11-26"
    assert [entry["protocol_id"] for entry in stored["items"]] == ["home-bridge", "home-dead-bug"]
    assert HomeProgram.from_dict(stored) == original


def test_program_from_dict_names_a_bad_date() -> None:
    stored = program([item()]).to_dict() | {"date": "26/11/2026"}
    with pytest.raises(HomeProgramError, match="date"):
        HomeProgram.from_dict(stored)


def test_missing_protocols_are_listed_in_program_order() -> None:
    made = program([item("home-a1"), item("home-b2"), item("home-c3")])
    assert made.missing_protocols({"home-b2": object()}) == ["home-a1", "home-c3"]
    error = UnknownExerciseError(["home-a1", "home-c3"])
    assert str(error).startswith(
        "The home program names exercises that are not in the protocol library: "
        "“home-a1”, “home-c3”. Put their files back"
    )
    assert isinstance(error, KeyError) and isinstance(error, HomeProgramError)


def test_the_model_is_immutable() -> None:
    made = program([item()])
    with pytest.raises(ValidationError):
        made.version = 2  # type: ignore[misc]
    assert made.model_copy(update={"version": 2}).version == 2
