"""Both arms at once, sitting on a stool (see illustrations.py for the format): the
bilateral symmetrical D2 flexion with upper trunk extension, the bilateral asymmetrical
flexion (a lift with the hands apart) and the reciprocal D1 patterns held still. The
therapist holds both hands (Adler, Beckers & Buck, PNF in Practice, 4th ed., 2014,
bilateral arm patterns)."""

from __future__ import annotations

from dataclasses import replace

from figure_draw import Arrow, Contact, Illustration, Mark
from figure_model import UPRIGHT, Limb, Reach, Seg, add
from figure_postures import (
    LIFT_END,
    LIFT_START,
    LOW_LEFT,
    SEATED,
    SIT_CAMERA,
    SIT_Z,
    SITTING,
)

BOTH_HANDS = (Contact(("arm_r", 2.5)), Contact(("arm_l", 2.5)))

# Arms crossed in front, fists by the opposite hips, upper trunk a little flexed.
CROSSED = replace(
    SITTING,
    thorax=Seg(166.0),
    neck=Seg(165.0),
    face=Seg(70.0),
    arm_r=Limb(reach=Reach((26.0, -44.0, SIT_Z + 14.0), (-1.0, -0.3, 0.2))),
    arm_l=Limb(reach=Reach((-26.0, -48.0, SIT_Z + 20.0), (1.0, -0.3, 0.2))),
)
# Both arms up and out (D2 flexion), head and thoracic spine extended.
UP_AND_OUT = replace(
    SITTING,
    thorax=Seg(190.0),
    neck=Seg(196.0),
    face=Seg(120.0),
    arm_r=Limb(Seg(160.0, 42.0)),
    arm_l=Limb(Seg(160.0, 42.0)),
)

# Both hands by the left hip; up to the right: the right arm in D2 flexion, the left in
# D1 flexion, trunk extending and turning, the head following the hands.
HANDS_LOW_LEFT = replace(
    LIFT_START,
    arm_r=Limb(reach=Reach(add(LOW_LEFT, (-8.0, 0.0, 8.0)), (-1.0, 0.2, -0.6))),
    arm_l=Limb(reach=Reach(add(LOW_LEFT, (12.0, 6.0, -2.0)), (1.0, 0.2, -0.6))),
)
HANDS_HIGH_RIGHT = replace(LIFT_END, arm_r=Limb(Seg(155.0, 45.0)), arm_l=Limb(Seg(150.0, -32.0)))

# Reciprocal: the right arm half-way up across the body (D1 flexion), the left half-way
# down and out by the hip (D1 extension).
RECIPROCAL = replace(SITTING, arm_r=Limb(Seg(80.0, -28.0)), arm_l=Limb(Seg(28.0, 34.0)))


def both_arms() -> list[Illustration]:
    return [
        Illustration(
            "trunk-upper-extension-arms-d2-flexion-combination-of-isotonics",
            "Upper trunk extension with both arms in D2 flexion",
            UPRIGHT,
            SIT_CAMERA,
            CROSSED,
            UP_AND_OUT,
            (
                Arrow("arm_r3", bulge=-0.25, trim=(10.0, 8.0)),
                Arrow("arm_l3", bulge=0.25, trim=(10.0, 8.0)),
            ),
            SEATED,
            ghosts=("spine", "shoulders", "head", "arm_r", "arm_l"),
            contacts=BOTH_HANDS,
        ),
        Illustration(
            "ue-bilateral-asymmetrical-flexion-dynamic-reversals",
            "Both arms up to one side and back",
            UPRIGHT,
            SIT_CAMERA,
            HANDS_LOW_LEFT,
            HANDS_HIGH_RIGHT,
            (Arrow("arm_r3", bulge=0.18, both=True),),
            SEATED,
            ghosts=("spine", "shoulders", "head", "arm_r", "arm_l"),
            contacts=BOTH_HANDS,
        ),
        Illustration(
            "ue-bilateral-reciprocal-stabilizing-reversals",
            "Arms held in opposite diagonals",
            UPRIGHT,
            SIT_CAMERA,
            RECIPROCAL,
            RECIPROCAL,
            (),
            SEATED,
            ghosts=(),
            contacts=BOTH_HANDS,
            marks=(
                Mark("arm_r3", (0.0, 0.0, -1.0), length=28, gap=14),
                Mark("arm_l3", (0.0, 0.0, 1.0), length=28, gap=14),
            ),
        ),
    ]
