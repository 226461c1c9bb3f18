"""Session plans: overrides, JSON round trip and expansion into phases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from console.domain.plan import (
    Overrides,
    PhaseKind,
    PlanError,
    PlanItem,
    SessionPlan,
    coming_next,
    describe,
    expand,
    item_starts,
)
from console.domain.protocol import Protocol
from console.storage.rows import items_json, load_items
from tests.unit.runner_builders import hold_relax, phases_for, plan, protocol, step

K = PhaseKind


def kinds(phases: Any) -> list[str]:
    return [phase.kind.value for phase in phases]


def test_a_plan_opens_and_closes_with_pain_prompts_and_ends_done() -> None:
    phases = phases_for([], *())
    assert kinds(phases) == ["pain-start", "pain-end", "done"]
    assert [p.index for p in phases] == [0, 1, 2]
    assert all(not p.in_protocol and p.protocol_id is None for p in phases)


def test_one_set_graded_after_the_set() -> None:
    phases = phases_for([hold_relax()], ("hold-relax", "left"))
    assert kinds(phases) == [
        "pain-start",
        "position",
        "hold",
        "relax",
        "move",
        "grade",
        "pain-end",
        "done",
    ]
    hold = phases[2]
    assert hold.protocol_id == "hold-relax"
    assert hold.side == "left"
    assert hold.item_index == 0
    assert (hold.set_number, hold.set_count) == (1, 1)
    assert (hold.repeat_number, hold.repeat_count) == (1, 1)
    assert hold.step_index == 1
    assert hold.step is not None and hold.step.command is not None
    assert hold.step.command.en == "Hold!"
    assert hold.duration_s == 6.0 and hold.timed
    assert phases[1].duration_s is None and not phases[1].timed
    assert phases[4].duration_s is None  # a move without seconds is untimed
    assert hold.title is not None and hold.title.in_("es") == "Título hold-relax"
    assert [p.index for p in phases] == list(range(len(phases)))


def test_grade_after_set_asks_after_every_set_with_rests_between() -> None:
    proto = hold_relax(sets=3, rest_between_sets_s=30, grade_after="set")
    phases = phases_for([proto], ("hold-relax", "right"))
    body = kinds(phases)[1:-2]
    one_set = ["position", "hold", "relax", "move"]
    assert body == [
        *one_set,
        "grade",
        "set-rest",
        *one_set,
        "grade",
        "set-rest",
        *one_set,
        "grade",
    ]
    grades = [p for p in phases if p.kind is K.GRADE]
    assert [g.set_number for g in grades] == [1, 2, 3]
    rests = [p for p in phases if p.kind is K.SET_REST]
    assert [r.set_number for r in rests] == [1, 2]
    assert all(r.duration_s == 30.0 and r.set_count == 3 for r in rests)
    assert all(r.step is None and r.repeat_number == 0 for r in rests)


def test_grade_after_protocol_asks_once_after_the_last_set() -> None:
    proto = hold_relax(sets=2, rest_between_sets_s=10, grade_after="protocol")
    phases = phases_for([proto], ("hold-relax", "left"))
    grades = [p for p in phases if p.kind is K.GRADE]
    assert len(grades) == 1
    assert grades[0].set_number == 2
    assert phases[grades[0].index - 1].kind is K.MOVE
    assert phases[grades[0].index + 1].kind is K.PAIN_END
    assert kinds(phases).count("set-rest") == 1


def test_grade_after_never_asks_no_grade() -> None:
    proto = hold_relax(sets=2, grade_after="never")
    phases = phases_for([proto], ("hold-relax", "left"))
    assert K.GRADE not in {p.kind for p in phases}


def test_no_rest_between_sets_when_it_is_zero() -> None:
    phases = phases_for([hold_relax(sets=3)], ("hold-relax", "left"))
    assert K.SET_REST not in {p.kind for p in phases}
    assert [p.set_number for p in phases if p.kind is K.POSITION] == [1, 2, 3]


def test_step_repeats_run_in_a_row_with_their_counters() -> None:
    proto = protocol("reps", [step("position"), step("move", 2, repeat=3), step("cue")])
    phases = phases_for([proto], ("reps", "left"))
    moves = [p for p in phases if p.kind is K.MOVE]
    assert [(m.repeat_number, m.repeat_count) for m in moves] == [(1, 3), (2, 3), (3, 3)]
    assert all(m.duration_s == 2.0 and m.step_index == 1 for m in moves)
    assert phases[moves[-1].index + 1].kind is K.CUE


def test_overrides_replace_sets_rests_and_seconds_per_step_kind() -> None:
    proto = protocol(
        "all-timed",
        [step("hold", 6), step("relax", 3), step("rest", 10), step("move", 4)],
        sets=1,
    )
    item = PlanItem(
        protocol_id="all-timed",
        side="left",
        overrides=Overrides(sets=2, rest_between_sets_s=45, hold_s=8, relax_s=2.5, rest_s=20),
    )
    phases = phases_for([proto], item)
    first_set = [p for p in phases if p.set_number == 1 and p.step is not None]
    assert [p.duration_s for p in first_set] == [8.0, 2.5, 20.0, 4.0]
    assert [p.duration_s for p in phases if p.kind is K.SET_REST] == [45.0]
    assert max(p.set_count for p in phases) == 2


def test_repeat_multiplier_spares_position_and_cue_and_step_repeat_wins() -> None:
    proto = protocol(
        "scaled",
        [step("position"), step("hold", 5, repeat=2), step("relax", 2), step("cue")],
    )
    item = PlanItem(
        protocol_id="scaled",
        side="left",
        overrides=Overrides(repeat=3, step_repeat={2: 1}),
    )
    phases = phases_for([proto], item)
    steps = [p for p in phases if p.step is not None]
    counts = {p.step_index: p.repeat_count for p in steps}
    assert counts == {0: 1, 1: 6, 2: 1, 3: 1}
    assert sum(1 for p in steps if p.kind is K.HOLD) == 6


def test_protocol_objects_are_accepted_as_well_as_files() -> None:
    proto = hold_relax()
    wrapped = Protocol(spec=proto, path=Path("hold-relax.toml"))
    assert expand(plan(("hold-relax", "left")), {"hold-relax": wrapped}) == phases_for(
        [proto], ("hold-relax", "left")
    )


def test_a_protocol_that_is_not_loaded_is_a_plan_error() -> None:
    with pytest.raises(PlanError, match="uses the protocol “missing”, which is not in the library"):
        phases_for([hold_relax()], ("missing", "left"))


def test_a_side_the_protocol_does_not_offer_is_a_plan_error() -> None:
    proto = hold_relax(sides=["bilateral"])
    with pytest.raises(PlanError, match="asks for the side “left”"):
        phases_for([proto], ("hold-relax", "left"))
    assert phases_for([proto], ("hold-relax", "bilateral"))[1].side == "bilateral"


def test_step_repeat_for_a_missing_step_is_a_plan_error() -> None:
    item = PlanItem(protocol_id="hold-relax", side="left", overrides=Overrides(step_repeat={9: 2}))
    # Steps are counted from 1 for the therapist: index 9 is the tenth step.
    with pytest.raises(PlanError, match="repeats step 10; the protocol's last step is 4"):
        phases_for([hold_relax()], item)


@pytest.mark.parametrize(
    "overrides",
    [
        {"sets": 0},
        {"sets": 21},
        {"sets": 2.0},
        {"hold_s": 0},
        {"relax_s": 601},
        {"rest_between_sets_s": -1},
        {"repeat": 0},
        {"repeat": 11},
        {"step_repeat": {"1": 0}},
        {"step_repeat": {"x": 2}},
        {"secnods": 3},
    ],
)
def test_invalid_overrides_are_rejected(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PlanItem.from_dict({"protocol_id": "hold-relax", "side": "left", "overrides": overrides})


@pytest.mark.parametrize(
    "item",
    [
        {"protocol_id": "Bad Id", "side": "left"},
        {"protocol_id": "hold-relax", "side": "middle"},
        {"protocol_id": "hold-relax"},
        {"protocol_id": "hold-relax", "side": "left", "extra": 1},
    ],
)
def test_invalid_items_are_rejected(item: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PlanItem.from_dict(item)


def test_plan_json_round_trip_keeps_every_override() -> None:
    original = SessionPlan(
        items=(
            PlanItem(
                protocol_id="hold-relax",
                side="left",
                overrides=Overrides(
                    sets=3,
                    rest_between_sets_s=30,
                    hold_s=8,
                    relax_s=2.5,
                    rest_s=12,
                    repeat=2,
                    step_repeat={1: 4},
                ),
            ),
            PlanItem(protocol_id="chop", side="right"),
        )
    )
    data = original.to_dict()
    assert data["items"][1] == {"protocol_id": "chop", "side": "right", "overrides": {}}
    assert data["items"][0]["overrides"]["step_repeat"] == {"1": 4}
    assert SessionPlan.from_dict(data) == original
    assert SessionPlan.from_dict(data["items"]) == original
    assert original.to_items() == data["items"]
    # What pydantic dumps (the storage layer dumps models it is given) reads back too.
    dumped = [item.model_dump(mode="json") for item in original.items]
    assert dumped == data["items"]
    assert SessionPlan.from_dict(dumped) == original


def test_unknown_plan_fields_are_a_plan_error() -> None:
    with pytest.raises(PlanError, match="parts this version does not know"):
        SessionPlan.from_dict({"items": [], "colour": "red"})


def test_plan_edits_return_new_plans() -> None:
    a, b, c = (PlanItem(protocol_id=name, side="left") for name in ("aa", "bb", "cc"))
    base = SessionPlan(items=(a, b))
    assert base.appended(c).items == (a, b, c)
    assert base.appended(c).moved(2, 0).items == (c, a, b)
    assert base.appended(c).moved(0, 99).items == (b, c, a)
    assert base.removed(0).items == (b,)
    assert base.replaced(1, c).items == (a, c)
    assert base.items == (a, b)


side_st = st.sampled_from(["left", "right", "bilateral"])
overrides_st = st.builds(
    Overrides,
    sets=st.none() | st.integers(1, 20),
    rest_between_sets_s=st.none() | st.integers(0, 600) | st.floats(0, 600),
    hold_s=st.none() | st.floats(0.5, 600),
    relax_s=st.none() | st.integers(1, 600),
    rest_s=st.none() | st.floats(0.5, 600),
    repeat=st.none() | st.integers(1, 10),
    step_repeat=st.dictionaries(st.integers(0, 99), st.integers(1, 50), max_size=4),
)
item_st = st.builds(
    PlanItem,
    protocol_id=st.from_regex(r"[a-z0-9][a-z0-9-]{1,20}", fullmatch=True),
    side=side_st,
    overrides=overrides_st,
)


@given(st.lists(item_st, max_size=6))
def test_any_plan_survives_the_round_trip_through_storage(items: list[PlanItem]) -> None:
    """Plans are stored as the JSON text storage makes of the items and read back from
    it; whatever the plan, the same plan comes back."""
    original = SessionPlan(items=tuple(items))
    assert SessionPlan.from_dict(load_items(items_json(original.items))) == original


def test_item_starts_name_each_items_first_phase() -> None:
    protos = [hold_relax("aa"), hold_relax("bb")]
    phases = phases_for(protos, ("aa", "left"), ("bb", "right"))
    starts = item_starts(phases)
    assert starts == {0: 1, 1: 6}
    assert phases[6].protocol_id == "bb" and phases[6].kind is K.POSITION


def test_descriptions_of_what_comes_next() -> None:
    protos = [hold_relax("aa", sets=2, rest_between_sets_s=30), hold_relax("bb")]
    phases = phases_for(protos, ("aa", "left"), ("bb", "right"))
    assert coming_next(phases, 0) == "Title aa: Position"
    assert coming_next(phases, 0, "es") == "Título aa: Posición"
    assert coming_next(phases, 1) == "Hold 6 s"
    assert coming_next(phases, 2, "es") == "Relajar 3 s"
    assert coming_next(phases, 4) == "Resistance grade"
    assert coming_next(phases, 5) == "Rest between sets 30 s, before set 2"
    assert coming_next(phases, 6) == "Set 2/2: Position"
    starts = item_starts(phases)
    assert coming_next(phases, starts[1] - 1) == "Title bb: Position"
    assert coming_next(phases, len(phases) - 2) == "Session complete"
    assert coming_next(phases, len(phases) - 1) is None
    reps = phases_for([protocol("reps", [step("move", 2, repeat=3)])], ("reps", "left"))
    assert describe(reps[2]) == "Move 2 s 2/3"
    assert describe(reps[-2], "es") == "Dolor (final)"


def test_set_up_notes_are_shown_in_the_first_set_only() -> None:
    from console.domain.plan import PhaseKind, setup_steps
    from tests.unit.runner_builders import phases_for, protocol, step

    spec = protocol(
        "with-notes",
        [
            step("position"),
            step("cue"),  # start components
            step("cue"),  # stretch and timing
            step("hold", 6),
            step("cue"),  # a cue later in the list is an instruction: kept every set
            step("relax", 3),
        ],
        sets=3,
        grade_after="never",
    )
    assert setup_steps(spec) == 3
    phases = phases_for([spec], ("with-notes", "left"))
    kinds_by_set: dict[int, list[PhaseKind]] = {}
    for phase in phases:
        if phase.set_number is not None:
            kinds_by_set.setdefault(phase.set_number, []).append(phase.kind)
    k = PhaseKind
    assert kinds_by_set[1] == [k.POSITION, k.CUE, k.CUE, k.HOLD, k.CUE, k.RELAX]
    assert kinds_by_set[2] == [k.POSITION, k.HOLD, k.CUE, k.RELAX]
    assert kinds_by_set[3] == [k.POSITION, k.HOLD, k.CUE, k.RELAX]


def test_a_protocol_of_cues_only_is_run_whole_every_set() -> None:
    from console.domain.plan import setup_steps
    from tests.unit.runner_builders import phases_for, protocol, step

    spec = protocol("cues", [step("cue"), step("cue")], sets=2, grade_after="never")
    assert setup_steps(spec) == 0
    phases = phases_for([spec], ("cues", "left"))
    assert sum(1 for p in phases if p.set_number == 2) == 2
