"""Trunk activities with the therapist: lower trunk rotation and bilateral leg patterns
in lying, resisted bridging, and weight shift in sitting and standing (see
illustrations.py for the format). The hand contacts follow Adler, Beckers & Buck (PNF
in Practice, 4th ed., 2014): on the knees for lower trunk rotation, on the feet and the
thigh for the bilateral leg patterns, on the pelvis for bridging and weight shift."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from figure_draw import (
    TOP,
    Arrow,
    Camera,
    Contact,
    Illustration,
    Mark,
    combine,
    floor_line,
    table,
)
from figure_model import (
    HIP_HALF,
    JZ,
    LEG,
    SIDE_LYING,
    SUPINE,
    UPRIGHT,
    Frame,
    Limb,
    Pose,
    Reach,
    Seg,
    Skeleton,
    Vec,
    add,
    build,
    mul,
    unit,
)
from figure_postures import SEATED, SITTING
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


def knee_side(side: str, outward: float) -> Callable[[Skeleton], Vec]:
    """The outer side of one knee (r or l), `outward` units from its centre."""

    def where(sk: Skeleton) -> Vec:
        r = sk.frames["pelvis"].r
        return add(sk.joints[f"leg_{side}1"], mul(r, outward if side == "r" else -outward))

    return where


def at_point(where: Callable[[Skeleton], Vec], along: Vec) -> Contact:
    return Contact(lambda sk: (where(sk), along))


def between_knees(sk: Skeleton) -> Vec:
    return mul(add(sk.joints["leg_r1"], sk.joints["leg_l1"]), 0.5)


def crest(side: str) -> Callable[[Skeleton], Vec]:
    def where(sk: Skeleton) -> Vec:
        fr = sk.frames["pelvis"]
        return add(sk.joints[f"hip_{side}"], mul(fr.s, 16.0), mul(fr.a, 8.0))

    return where


def shoulder_front(sk: Skeleton) -> tuple[Vec, Vec]:
    up = sk.frames["upper"]
    return add(sk.joints["sh_r"], mul(up.a, 9.0), mul(up.s, -4.0)), up.s


def shoulder_back(sk: Skeleton) -> tuple[Vec, Vec]:
    up = sk.frames["upper"]
    return add(sk.joints["sh_r"], mul(up.a, -12.0), mul(up.s, -8.0)), up.s


def shoulder_top(sk: Skeleton) -> tuple[Vec, Vec]:
    up = sk.frames["upper"]
    return add(sk.joints["sh_r"], mul(up.s, 7.0), mul(up.r, -12.0), mul(up.a, -4.0)), up.r


def pelvis_front(sk: Skeleton) -> tuple[Vec, Vec]:
    fr = sk.frames["pelvis"]
    return add(sk.joints["hip_r"], mul(fr.s, 14.0), mul(fr.a, 10.0)), fr.a


def ischium(sk: Skeleton) -> tuple[Vec, Vec]:
    fr = sk.frames["pelvis"]
    return add(sk.joints["hip_r"], mul(fr.a, -14.0), mul(fr.s, -6.0)), fr.s


def scapula_point(sk: Skeleton) -> Vec:
    up = sk.frames["upper"]
    return add(sk.joints["sh_r"], mul(up.a, -14.0), mul(up.s, -18.0))


def pelvis_point(sk: Skeleton) -> Vec:
    return add(sk.joints["hip_r"], mul(sk.frames["pelvis"].s, 18.0))


# Side-lying on the left side, hips and knees flexed (seen from above), and the
# postures a roll passes through: supine, half-way, side-lying.
SIDE = Pose(
    root=(0.0, 0.0, HIP_HALF + 4.0),
    lumbar=Seg(180.0, 6.0),
    thorax=Seg(180.0, 14.0),
    neck=Seg(180.0, -10.0),
    arm_l=Limb(Seg(85.0), Seg(150.0)),
    arm_r=Limb(Seg(18.0), Seg(40.0)),
    leg_r=Limb(Seg(45.0), Seg(-35.0)),
    leg_l=Limb(Seg(30.0), Seg(-25.0)),
)
G = 10.0  # scapular and pelvic glide
HALF_BACK = Frame(s=(-1.0, 0.0, 0.0), a=unit((0.0, 1.0, 1.0)), r=unit((0.0, -1.0, 1.0)))
ROLL_CAMERA = Camera(-30.0, 50.0)


def hook_lying() -> list[Illustration]:
    mat = table(x0=-200.0, x1=150.0)
    right, left = knee_side("r", 10.0), knee_side("l", 10.0)
    sideways = (0.0, -1.0, 0.0)  # toward the patient's right
    knees_dropped = knees_to(HOOK, 35), knees_to(HOOK, 55)
    upper_knee_and_shoulder = (
        at_point(knee_side("l", 9.0), (1.0, 0.0, 0.0)),
        Contact(lambda sk: (add(sk.joints["sh_l"], (0.0, 0.0, 8.0)), (1.0, 0.0, 0.0))),
    )
    further = Arrow("leg_r1", bulge=0.2, offset=-26.0, scale=2.2, trim=(0.0, 0.0))
    return [
        Illustration(
            "trunk-lower-trunk-rhythmic-stabilization-hook-lying",
            "Lower trunk rotation held in hook-lying",
            SUPINE,
            KNEES_UP,
            HOOK,
            HOOK,
            (),
            setting=mat,
            zoom=1.6,
            ghosts=(),
            contacts=(at_point(right, (1.0, 0.0, 0.0)), at_point(left, (1.0, 0.0, 0.0))),
            marks=(Mark(between_knees, sideways, length=70, both=True, bulge=0.3, offset=-34),),
        ),
        Illustration(
            "trunk-lower-trunk-stabilizing-reversals-hook-lying",
            "Lower trunk rotation held in hook-lying, each way in turn",
            SUPINE,
            KNEES_UP,
            knees_to(HOOK, 0),
            knees_to(HOOK, 0),
            (),
            setting=mat,
            zoom=1.6,
            ghosts=(),
            contacts=(at_point(right, (1.0, 0.0, 0.0)), at_point(left, (1.0, 0.0, 0.0))),
            marks=(
                Mark(right, (0.0, 1.0, 0.0), length=26, gap=14),
                Mark(left, (0.0, -1.0, 0.0), length=26, gap=14),
            ),
        ),
        Illustration(
            "trunk-lower-trunk-rotation-hold-relax",
            "Lower trunk rotation, hold-relax",
            SUPINE,
            KNEES_DROP,
            *knees_dropped,
            (further,),
            setting=mat,
            zoom=1.6,
            contacts=upper_knee_and_shoulder,
        ),
        Illustration(
            "trunk-lower-trunk-rotation-contract-relax",
            "Lower trunk rotation, contract-relax",
            SUPINE,
            KNEES_DROP,
            *knees_dropped,
            (further,),
            setting=mat,
            zoom=1.6,
            contacts=upper_knee_and_shoulder,
            marks=(Mark(knee_side("l", 9.0), (0.0, 0.6, 0.8), length=30, gap=12, away=True),),
        ),
    ]


def girdles_together() -> list[Illustration]:
    """Mass flexion and extension in side-lying, and rolling forward and back."""
    side_table = table(x0=-170.0, x1=150.0, half=62.0)
    flexed = replace(SIDE, shoulder_r=(-G, G, 0.0), hip_r=(G, G, 0.0), thorax=Seg(172.0, 14.0))
    extended = replace(SIDE, shoulder_r=(G, -G, 0.0), hip_r=(-G, -G, 0.0))
    supine = replace(LYING, leg_r=Limb(Seg(10.0, 6.0)), leg_l=Limb(Seg(0.0, 6.0)))
    rolled = replace(SIDE, shoulder_r=(-G, G, 0.0), hip_r=(G, G, 0.0))
    half_back = replace(
        SIDE, root=(0.0, 0.0, JZ + 8.0), shoulder_r=(G, -G, 0.0), hip_r=(-G, -G, 0.0)
    )
    return [
        Illustration(
            "trunk-mass-flexion-scapula-pelvis-combination-of-isotonics",
            "Mass flexion: scapula and pelvis toward each other in front",
            SIDE_LYING,
            TOP,
            extended,
            flexed,
            (
                Arrow(scapula_point, bulge=0.12, offset=-22.0, scale=1.6, trim=(0.0, 0.0)),
                Arrow(pelvis_point, bulge=-0.12, offset=22.0, scale=1.6, trim=(0.0, 0.0)),
            ),
            setting=side_table,
            zoom=1.6,
            ghosts=("spine", "shoulders", "pelvis"),
            contacts=(Contact(shoulder_front), Contact(pelvis_front)),
        ),
        Illustration(
            "trunk-mass-extension-scapula-pelvis-dynamic-reversals",
            "Mass extension: scapula and pelvis toward each other behind",
            SIDE_LYING,
            TOP,
            flexed,
            extended,
            (
                Arrow(scapula_point, bulge=0.12, offset=-22.0, scale=1.6, trim=(0, 0), both=True),
                Arrow(pelvis_point, bulge=-0.12, offset=22.0, scale=1.6, trim=(0, 0), both=True),
            ),
            setting=side_table,
            zoom=1.6,
            ghosts=("spine", "shoulders", "pelvis"),
            contacts=(Contact(shoulder_top), Contact(ischium)),
        ),
        Illustration(
            "trunk-rolling-forward-scapula-pelvis-rhythmic-initiation",
            "Rolling forward, led by the scapula and the pelvis",
            SIDE_LYING,
            ROLL_CAMERA,
            supine,
            rolled,
            (Arrow("sh_r", bulge=-0.2, trim=(6.0, 6.0)),),
            setting=side_table,
            zoom=1.4,
            start_frame=SUPINE,
            contacts=(Contact(shoulder_front), Contact(pelvis_front)),
        ),
        Illustration(
            "trunk-rolling-backward-scapula-pelvis-combination-of-isotonics",
            "Rolling back, led by the scapula and the pelvis",
            HALF_BACK,
            ROLL_CAMERA,
            SIDE,
            half_back,
            (Arrow("sh_r", bulge=0.2, trim=(6.0, 6.0)),),
            setting=side_table,
            zoom=1.4,
            start_frame=SIDE_LYING,
            contacts=(Contact(shoulder_back), Contact(ischium)),
        ),
    ]


def trunk_with_therapist() -> list[Illustration]:
    floor = floor_line()
    mat = table(x0=-200.0, x1=150.0)
    down = (0.0, 0.0, -1.0)
    forward_back = (0.0, -1.0, 0.0)
    crests = (at_point(crest("r"), (1.0, 0.0, 0.0)), at_point(crest("l"), (1.0, 0.0, 0.0)))
    return [
        *hook_lying(),
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
            "Lower trunk extension with both legs, and back",
            SUPINE,
            Camera(-20.0, 35.0),
            LEGS_UP_RIGHT,
            LEGS_DOWN_LEFT,
            (Arrow("leg_r2", bulge=-0.12, trim=(12.0, 10.0), both=True),),
            setting=mat,
            zoom=1.6,
            shadows=True,
            contacts=FEET_AND_THIGH,
        ),
        Illustration(
            "trunk-bridging-stabilizing-reversals",
            "Resisted bridging, held",
            SUPINE,
            Camera(-60.0, 20.0),
            BRIDGE_UP,
            BRIDGE_UP,
            (),
            floor,
            zoom=1.3,
            ghosts=(),
            contacts=PELVIS_HANDS,
            marks=(
                Mark(crest("r"), down, length=28, gap=16),
                Mark("root", (0.0, 1.0, 0.0), length=64, both=True, bulge=0.3, offset=40),
            ),
        ),
        Illustration(
            "trunk-sitting-weight-shift-stabilizing-reversals",
            "Weight shift in sitting",
            UPRIGHT,
            Camera(-135.0, 12.0),
            sitting_shift(0.0, 0.0),
            sitting_shift(-14.0, 8.0),
            (Arrow("neck", bulge=0.0, offset=-34.0, scale=3.0, trim=(0.0, 0.0)),),
            SEATED,
            contacts=PELVIS_HANDS,
            marks=(Mark("root", forward_back, length=56, both=True, offset=50),),
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
            contacts=crests,
            marks=(
                Mark(crest("r"), down, length=26, gap=14),
                Mark(crest("l"), down, length=26, gap=14),
                Mark("root", forward_back, length=56, both=True, offset=-38),
            ),
        ),
        *girdles_together(),
        *pelvis_work(),
    ]


def pelvis_work() -> list[Illustration]:
    """The pelvis held in side-lying, and resisted progression in walking."""
    side_table = table(x0=-170.0, x1=150.0, half=62.0)
    elevation = (-1.0, 1.0, 0.0)  # anterior elevation in side-lying on the left
    depression = (1.0, -1.0, 0.0)
    stance = (-HIP_HALF, 0.0, FOOT_Z)

    def walking(y: float, swing: Limb, arm_r: float) -> Pose:
        return replace(
            stride(y, LEG - 4.0),
            leg_r=Limb(reach=Reach(stance, (0.0, -1.0, 0.0))),
            leg_l=swing,
            arm_r=Limb(Seg(arm_r, 10.0), Seg(arm_r + 15.0, 8.0)),
            arm_l=Limb(Seg(-arm_r, 10.0), Seg(15.0 - arm_r, 8.0)),
        )

    toe_off = Limb(reach=Reach((HIP_HALF, 52.0, FOOT_Z + 10.0), (0.0, -1.0, 0.0)))
    heel_strike = Limb(Seg(28.0, 2.0), Seg(8.0, 2.0))
    return [
        Illustration(
            "pelvis-anterior-elevation-rhythmic-stabilization",
            "Pelvis held between anterior elevation and posterior depression",
            SIDE_LYING,
            TOP,
            SIDE,
            SIDE,
            (),
            setting=side_table,
            zoom=1.6,
            ghosts=(),
            contacts=(Contact(pelvis_front), Contact(ischium)),
            marks=(
                Mark(lambda sk: pelvis_front(sk)[0], depression, length=30, gap=14),
                Mark(lambda sk: ischium(sk)[0], elevation, length=30, gap=14),
            ),
        ),
        Illustration(
            "pelvis-gait-resisted-progression",
            "Walking with the pelvis resisted",
            UPRIGHT,
            Camera(-160.0, 8.0),
            walking(12.0, toe_off, 14.0),
            walking(-12.0, heel_strike, -14.0),
            (Arrow("leg_l2", bulge=0.15, trim=(8.0, 8.0)),),
            combine(floor_line(x0=-120.0, x1=120.0, y0=-110.0, y1=90.0)),
            zoom=1.3,
            ghosts=("leg_l",),
            contacts=(at_point(crest("r"), (1.0, 0.0, 0.0)), at_point(crest("l"), (1.0, 0.0, 0.0))),
            marks=(Mark(crest("r"), (0.0, 0.0, -1.0), length=26, gap=14),),
        ),
    ]
