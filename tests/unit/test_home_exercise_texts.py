"""What the built-in home exercises tell the patient agrees with itself.

The handout prints a home exercise's steps and its dosage line side by side, so the
steps may not prescribe another scheme (a pyramid of sets, a count per side that the
dosage does not state); core, trunk, pelvis and leg exercises carry the rule on pain
the next day; band exercises never tell the patient to let go of the band.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from console.domain.protocol import ProtocolFile, Region, StepKind

PROTOCOLS = Path(__file__).resolve().parents[2] / "protocols"
NEXT_DAY_REGIONS = {Region.CORE, Region.TRUNK, Region.PELVIS, Region.LOWER_EXTREMITY}
NEXT_DAY_RULE = {
    "en": ("next day", "24 hours", "stop and tell your therapist"),
    "es": ("día siguiente", "24 horas", "pare y dígaselo a su fisioterapeuta"),
}
#: A step that counts sets of its own ("Set 2: ...", "Serie 2: ...").
OWN_SET = re.compile(r"\b(set|serie) \d", re.IGNORECASE)


def _home_exercises() -> list[ProtocolFile]:
    specs = []
    for path in sorted(PROTOCOLS.glob("*.toml")):
        spec = ProtocolFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        if spec.kind == "home":
            specs.append(spec)
    return specs


HOME = _home_exercises()


def _ids(specs: list[ProtocolFile]) -> list[str]:
    return [spec.id for spec in specs]


def test_there_are_home_exercises_to_check() -> None:
    assert len(HOME) >= 12


@pytest.mark.parametrize("spec", HOME, ids=_ids(HOME))
def test_steps_follow_the_dosage_the_handout_prints(spec: ProtocolFile) -> None:
    home = spec.home
    assert home is not None
    assert spec.sets == home.sets, "the runner's sets differ from the printed sets"
    working = [s for s in spec.steps if s.kind in (StepKind.HOLD, StepKind.MOVE)]
    assert working, "no step to repeat"
    assert {step.repeat for step in working} == {home.reps}, (
        "every hold or move step repeats exactly the printed repetitions"
    )
    for index, step in enumerate(spec.steps, start=1):
        for language in ("en", "es"):
            text = step.instruction.in_(language)
            assert not OWN_SET.search(text), f"steps[{index}] counts its own sets: {text}"


NEXT_DAY = [spec for spec in HOME if spec.region in NEXT_DAY_REGIONS]


@pytest.mark.parametrize("spec", NEXT_DAY, ids=_ids(NEXT_DAY))
def test_core_and_leg_exercises_say_what_to_do_about_pain_the_next_day(
    spec: ProtocolFile,
) -> None:
    assert spec.home is not None and spec.home.caution is not None
    for language, words in NEXT_DAY_RULE.items():
        caution = spec.home.caution.in_(language)
        missing = [word for word in words if word not in caution]
        assert not missing, f"{language} caution lacks {missing}"


BAND = [spec for spec in HOME if "elastic band" in spec.tags]


@pytest.mark.parametrize("spec", BAND, ids=_ids(BAND))
def test_band_exercises_keep_hold_of_the_band(spec: ProtocolFile) -> None:
    for index, step in enumerate(spec.steps, start=1):
        texts = [step.instruction.in_("en")]
        if step.command is not None:
            texts.append(step.command.in_("en"))
        for text in texts:
            assert "open your hand" not in text.lower(), f"steps[{index}]: {text}"
        spanish = step.instruction.in_("es") + (step.command.in_("es") if step.command else "")
        assert "abra la mano" not in spanish.lower(), f"steps[{index}]: {spanish}"


def test_the_pnf_band_diagonals_say_which_way_to_face_the_anchor() -> None:
    by_id = {spec.id: spec for spec in BAND}
    setup = by_id["home-band-arm-d1-extension"].steps[0].instruction
    assert "facing the door" in setup.in_("en") and "de cara a la puerta" in setup.in_("es")
    end = by_id["home-band-arm-d1-extension"].steps[1].instruction.in_("en")
    assert "out to the side" in end and "beside" not in end
