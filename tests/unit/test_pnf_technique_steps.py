"""The built-in PNF protocols carry each technique's phases and variants as steps.

Rhythmic initiation ends with an independent phase of its own (Adler, Beckers & Buck:
passive, active-assisted, resisted, then independent); hold-relax offers the indirect
form for when the contraction of the restricting muscles hurts; a stabilizing reversal
that passes the resistance from hand to hand has one hand on each side.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from console.domain.protocol import ProtocolFile, StepKind, Technique

PROTOCOLS = Path(__file__).resolve().parents[2] / "protocols"


def _with(technique: Technique) -> list[ProtocolFile]:
    specs = []
    for path in sorted(PROTOCOLS.glob("*.toml")):
        spec = ProtocolFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        if spec.technique is technique:
            specs.append(spec)
    return specs


INITIATION = _with(Technique.RHYTHMIC_INITIATION)
HOLD_RELAX = _with(Technique.HOLD_RELAX)


def test_the_techniques_are_in_the_library() -> None:
    assert len(INITIATION) >= 2 and len(HOLD_RELAX) >= 2


@pytest.mark.parametrize("spec", INITIATION, ids=[s.id for s in INITIATION])
def test_rhythmic_initiation_has_its_independent_phase_as_a_step(spec: ProtocolFile) -> None:
    moves = [step for step in spec.steps if step.kind is StepKind.MOVE]
    last = moves[-1]
    assert last.instruction.in_("en").startswith("Independent")
    assert last.instruction.in_("es").startswith("Fase independiente")
    assert last.command is not None
    for step in moves[:-1]:
        assert "on the patient's own" not in step.instruction.in_("en")


@pytest.mark.parametrize("spec", HOLD_RELAX, ids=[s.id for s in HOLD_RELAX])
def test_hold_relax_offers_the_indirect_form(spec: ProtocolFile) -> None:
    cues = [step for step in spec.steps if step.kind is StepKind.CUE]
    indirect = [step for step in cues if "indirect form" in step.instruction.in_("en")]
    assert indirect, "no cue for the indirect form"
    assert "forma indirecta" in indirect[0].instruction.in_("es")
    assert "agonist" in indirect[0].instruction.in_("en")


def test_scapula_reversals_pass_the_resistance_between_a_hand_in_front_and_one_behind() -> None:
    [spec] = [
        s
        for s in _with(Technique.STABILIZING_REVERSALS)
        if s.id == "scapula-posterior-depression-stabilizing-reversals"
    ]
    holds = [step for step in spec.steps if step.kind is StepKind.HOLD]
    for index, step in enumerate(holds[1:], start=2):
        assert step.hands is not None
        hands = step.hands.in_("en")
        assert hands.startswith("One hand in front, one behind"), f"hold {index}: {hands}"
        assert "on top of the first" not in hands and "both hands" not in hands.lower()
        assert "one at a time" not in step.instruction.in_("en")
