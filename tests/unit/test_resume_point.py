"""A resume point names its phase, so a session resumes at the same step after its
protocol changed (a step added or taken away) or phases are laid out anew."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from console.domain.plan import PhaseKind, phase_key, resume_index
from tests.unit.runner_builders import hold_relax, phases_for, protocol, step


def two_sets() -> list:  # type: ignore[type-arg]
    return [hold_relax(sets=2, rest_between_sets_s=20, grade_after="set")]


def test_every_phase_of_a_plan_has_its_own_key() -> None:
    phases = phases_for(two_sets(), ("hold-relax", "left"), ("hold-relax", "right"))
    keys = [phase_key(phase) for phase in phases]
    assert len(set(keys)) == len(keys)


@given(st.integers(min_value=0, max_value=40))
def test_the_same_layout_resumes_at_the_saved_index(index: int) -> None:
    phases = phases_for(two_sets(), ("hold-relax", "left"))
    index = min(index, len(phases) - 1)
    assert resume_index(phases, index, phase_key(phases[index])) == index


def test_after_a_step_is_added_the_set_starts_again_not_a_wrong_step() -> None:
    before = phases_for(two_sets(), ("hold-relax", "left"))
    saved = next(p for p in before if p.kind is PhaseKind.RELAX and p.set_number == 1)
    # The clinic adds a cue after the position step: the steps after it move by one.
    edited = protocol(
        "hold-relax",
        [
            step("position"),
            step("cue"),
            step("hold", 6, command="Hold!"),
            step("relax", 3, command="Relax."),
            step("move", command="Pull up!"),
        ],
        sets=2,
        rest_between_sets_s=20,
        grade_after="set",
    )
    after = phases_for([edited], ("hold-relax", "left"))
    assert after[saved.index].kind is PhaseKind.HOLD  # the old index alone: a wrong step
    at = resume_index(after, saved.index, phase_key(saved))
    # The relax is step 4 now, not 3: the set it was in starts again at its position.
    assert after[at].kind is PhaseKind.POSITION
    assert (after[at].item_index, after[at].set_number) == (0, 1)


def test_a_phase_that_is_still_there_is_found_though_its_index_moved() -> None:
    before = phases_for(two_sets(), ("hold-relax", "left"), ("hold-relax", "right"))
    saved = next(p for p in before if p.kind is PhaseKind.MOVE and p.side == "right")
    # The first item loses its second set: the second item's phases move up.
    after = phases_for(
        [hold_relax(sets=1, grade_after="set")], ("hold-relax", "left"), ("hold-relax", "right")
    )
    at = resume_index(after, saved.index, phase_key(saved))
    assert at != saved.index
    assert phase_key(after[at]) == phase_key(saved)


def test_a_resume_point_saved_without_a_key_keeps_its_index_within_the_list() -> None:
    phases = phases_for(two_sets(), ("hold-relax", "left"))
    assert resume_index(phases, 3, None) == 3
    assert resume_index(phases, 999, None) == len(phases) - 1
    assert resume_index(phases, -5, None) == 0


def test_a_protocol_gone_from_the_plan_falls_back_to_the_index() -> None:
    phases = phases_for(two_sets(), ("hold-relax", "left"))
    assert resume_index(phases, 2, "hold|3|other|left|1|1|1") == 2
