"""Trunk activities with the therapist: lower trunk rotation and bilateral leg patterns
in lying, resisted bridging, and weight shift in sitting and standing (see
illustrations.py for the format). The hand contacts follow Adler, Beckers & Buck (PNF
in Practice, 4th ed., 2014): on the knees for lower trunk rotation, on the feet and the
thigh for the bilateral leg patterns, on the pelvis for bridging and weight shift."""

from __future__ import annotations

import math
from dataclasses import replace

from figure_draw import Arrow, Camera, Contact, Illustration, combine, floor_line, table
from figure_model import (
    HIP_HALF,
    JZ,
    LEG,
    SUPINE,
    UPRIGHT,
    Limb,
    Pose,
    Reach,
    Seg,
    Skeleton,
    Vec,
    add,
    build,
    mul,
)
from figure_postures import SEATED, SIT_CAMERA, SITTING
from home_illustrations import BRIDGE_UP, CROOK, FOOT_Z

LYING = Pose(root=(0.0, 0.0, JZ), arm_l=Limb(Seg(0.0, 12.0)), arm_r=Limb(Seg(0.0, 12.0)))
# From beside the feet and above: the knees' drop to one side shows; held in the
# middle, a lower view shows the knees up.
KNEES_DROP = Camera(-35.0, 45.0)
KNEES_UP = Camera(-50.0, 30.0)


def on_crest(side: str) -> Contact:
    """A hand on the iliac crest of one side (r or l), from above and in front."""

    def where(sk: Skeleton) -> tuple[Vec, Vec]:
        fr = sk.frames["pelvis"]
        return add(sk.joints[f"hip_{side}"], mul(fr.s, 16.0), mul(fr.a, 8.0)), fr.a

    return Contact(where)


PELVIS_HANDS = (on_crest("r"), on_crest("l"))
KNEE_HANDS = (Contact(("leg_r", 0.85)), Contact(("leg_l", 0.85)))
FEET_AND_THIGH = (Contact(("leg_r", 2.55)), Contact(("leg_r", 0.6)))


def knees_to(pose: Pose, degrees: float) -> Pose:
    """Hook-lying with knees and feet together, the knees turned toward the patient's
    right (positive) or left (negative) by about `degrees`."""
    t = math.radians(degrees)
    hint = (0.0, -math.sin(t), math.cos(t))
    foot_x = 104.0
    return replace(
        pose,
        leg_r=Limb(end=Seg(0.0), reach=Reach((foot_x, -5.0, FOOT_Z), hint)),
        leg_l=Limb(end=Seg(0.0), reach=Reach((foot_x, 5.0, FOOT_Z), hint)),
    )


HOOK = replace(CROOK, root=(0.0, 0.0, JZ))

# Both legs straight, down and out to the patient's left; both flexed up toward the
# right shoulder (lower trunk flexion with rotation to the right).
LEGS_DOWN_LEFT = replace(LYING, leg_r=Limb(Seg(-4.0, -14.0)), leg_l=Limb(Seg(-4.0, 22.0)))
LEGS_UP_RIGHT = replace(
    LYING,
    leg_r=Limb(Seg(112.0, 16.0), Seg(-20.0, 16.0)),
    leg_l=Limb(Seg(112.0, -8.0), Seg(-20.0, -8.0)),
)

# Sitting on the edge of the table, weight onto the right ischial tuberosity.
_SIT = build(SITTING, UPRIGHT)
SIT_FEET = {side: _SIT.joints[f"leg_{side}2"] for side in "rl"}


def sitting_shift(dx: float, tilt: float) -> Pose:
    legs = {f"leg_{side}": Limb(reach=Reach(SIT_FEET[side], (0.0, -1.0, 0.2))) for side in "rl"}
    root = add(SITTING.root, (dx, 0.0, 0.0))
    return replace(SITTING, root=root, lumbar=Seg(180.0, tilt), thorax=Seg(180.0, -tilt), **legs)


# Standing in a stride, the right foot in front; weight onto the front leg.
STRIDE_FEET = {"r": (-HIP_HALF, -42.0, FOOT_Z), "l": (HIP_HALF, 36.0, FOOT_Z)}


def stride(y: float, z: float) -> Pose:
    legs = {f"leg_{side}": Limb(reach=Reach(STRIDE_FEET[side], (0.0, -1.0, 0.0))) for side in "rl"}
    return Pose(
        root=(0.0, y, z),
        arm_r=Limb(Seg(0.0, 10.0), Seg(10.0, 8.0)),
        arm_l=Limb(Seg(0.0, 10.0), Seg(10.0, 8.0)),
        **legs,
    )


def trunk_with_therapist() -> list[Illustration]:
    floor = floor_line()
    mat = table(x0=-200.0, x1=150.0)
    out = []
    for name, title, a, b in (
        ("trunk-lower-trunk-rotation-hold-relax", "Lower trunk rotation, hold-relax", 35, 55),
        (
            "trunk-lower-trunk-rotation-contract-relax",
            "Lower trunk rotation, contract-relax",
            35,
            55,
        ),
        (
            "trunk-lower-trunk-rhythmic-stabilization-hook-lying",
            "Lower trunk rotation held in hook-lying",
            -12,
            12,
        ),
        (
            "trunk-lower-trunk-stabilizing-reversals-hook-lying",
            "Lower trunk rotation held in hook-lying, both ways",
            -12,
            12,
        ),
    ):
        arrows = (Arrow("leg_r1", bulge=0.2, offset=-26.0, scale=2.2, trim=(0.0, 0.0)),)
        out.append(
            Illustration(
                name,
                title,
                SUPINE,
                KNEES_DROP if a > 0 else KNEES_UP,
                knees_to(HOOK, a),
                knees_to(HOOK, b),
                arrows,
                setting=mat,
                zoom=1.6,
                contacts=KNEE_HANDS,
            )
        )
    out += [
        Illustration(
            "trunk-lower-flexion-legs-combination-of-isotonics",
            "Lower trunk flexion with both legs",
            SUPINE,
            Camera(-20.0, 35.0),
            LEGS_DOWN_LEFT,
            LEGS_UP_RIGHT,
            (Arrow("leg_r2", bulge=0.12, trim=(12.0, 10.0)),),
            setting=mat,
            zoom=1.6,
            shadows=True,
            contacts=FEET_AND_THIGH,
        ),
        Illustration(
            "trunk-lower-extension-legs-dynamic-reversals",
            "Lower trunk extension with both legs",
            SUPINE,
            Camera(-20.0, 35.0),
            LEGS_UP_RIGHT,
            LEGS_DOWN_LEFT,
            (Arrow("leg_r2", bulge=-0.12, trim=(12.0, 10.0)),),
            setting=mat,
            zoom=1.6,
            shadows=True,
            contacts=FEET_AND_THIGH,
        ),
        Illustration(
            "trunk-bridging-stabilizing-reversals",
            "Resisted bridging",
            SUPINE,
            Camera(-90.0, 10.0),
            CROOK,
            BRIDGE_UP,
            (Arrow("root", bulge=-0.2, trim=(10.0, 4.0)),),
            floor,
            zoom=1.3,
            contacts=PELVIS_HANDS,
        ),
        Illustration(
            "trunk-sitting-weight-shift-stabilizing-reversals",
            "Weight shift in sitting",
            UPRIGHT,
            SIT_CAMERA,
            sitting_shift(0.0, 0.0),
            sitting_shift(-14.0, 8.0),
            (Arrow("neck", bulge=0.0, offset=-34.0, scale=3.0, trim=(0.0, 0.0)),),
            SEATED,
            contacts=PELVIS_HANDS,
        ),
        Illustration(
            "trunk-standing-weight-shift-stabilizing-reversals",
            "Weight shift in standing",
            UPRIGHT,
            Camera(-160.0, 8.0),
            stride(0.0, LEG - 2.0),
            stride(-20.0, LEG - 6.0),
            (Arrow("neck", bulge=0.0, offset=-20.0, scale=1.8, trim=(0.0, 0.0)),),
            combine(floor_line(x0=-120.0, x1=120.0, y0=-90.0, y1=80.0)),
            zoom=1.3,
            contacts=PELVIS_HANDS,
        ),
    ]
    return out
