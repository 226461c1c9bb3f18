"""The home exercises' illustrations: the patient alone, on the floor, in a chair or
standing, often with an elastic band (see illustrations.py for the format)."""

from __future__ import annotations

import math
from dataclasses import replace

from figure_draw import (
    Arrow,
    Camera,
    Extras,
    Illustration,
    Mark,
    combine,
    floor_line,
)
from figure_model import (
    HIP_HALF,
    JZ,
    LEG,
    LUMBAR,
    PRONE,
    QUADRUPED,
    SHOULDER_HALF,
    SIDE_LYING_FACING,
    SUPINE,
    THIGH,
    THORAX,
    UPRIGHT,
    Item,
    Limb,
    Pose,
    Reach,
    Seg,
    Skeleton,
    Vec,
    add,
    mul,
    rotate,
    unit,
)
from figure_postures import (
    CHOP_END,
    CHOP_START,
    LIFT_END,
    LIFT_START,
    SEATED,
    SIT_CAMERA,
    TRUNK_GHOSTS,
)

# ---------------------------------------------------------------------------------------
# Home exercises
# ---------------------------------------------------------------------------------------

FLOOR_CAMERA = Camera(-90.0, 10.0)
FLOOR = floor_line()
FOOT_Z = 5.0


def crook(pose: Pose, legs: str = "rl", foot_x: float = 112.0) -> Pose:
    """Knees bent, feet flat on the floor."""
    changes: dict[str, Limb] = {}
    if "r" in legs:
        changes["leg_r"] = Limb(
            end=Seg(0.0), reach=Reach((foot_x + pose.root[0], -HIP_HALF - 2, FOOT_Z), (0, 0, 1))
        )
    if "l" in legs:
        changes["leg_l"] = Limb(
            end=Seg(0.0), reach=Reach((foot_x + pose.root[0], HIP_HALF + 2, FOOT_Z), (0, 0, 1))
        )
    return replace(pose, **changes)


FLOOR_LYING = Pose(
    root=(0.0, 0.0, JZ),
    neck=Seg(163.0),
    arm_r=Limb(Seg(0.0, 8.0), Seg(0.0, 8.0), Seg(0.0, 8.0)),
    arm_l=Limb(Seg(0.0, 8.0), Seg(0.0, 8.0), Seg(0.0, 8.0)),
)
CROOK = crook(FLOOR_LYING)


def belly(sk: Skeleton) -> list[Item]:
    fr = sk.frames["pelvis"]
    top = add(sk.joints["waist"], mul(fr.s, 30.0), mul(fr.a, 20.0))
    low = add(sk.joints["root"], mul(fr.s, -6.0), mul(fr.a, 14.0))
    mid = add(mul(add(top, low), 0.5), mul(fr.a, sk.pose.extra))
    pts = [
        add(mul(top, (1 - t) ** 2), mul(mid, 2 * t * (1 - t)), mul(low, t * t))
        for t in (i / 10 for i in range(11))
    ]
    return [Item("belly", "line", pts, "highlight")]


def belly_point(sk: Skeleton) -> Vec:
    fr = sk.frames["pelvis"]
    mid = mul(add(sk.joints["waist"], sk.joints["root"]), 0.5)
    return add(mid, mul(fr.a, 50.0 + sk.pose.extra * 2.0))


def pelvis_tilt_mark(sk: Skeleton) -> list[Item]:
    fr = sk.frames["pelvis"]
    d = rotate(unit(add(fr.s, fr.a)), fr.r, sk.pose.extra)
    root = sk.joints["root"]
    return [Item("ilium", "line", [add(root, mul(d, -6.0)), add(root, mul(d, 30.0))], "highlight")]


def pelvis_tilt_tip(sk: Skeleton) -> Vec:
    fr = sk.frames["pelvis"]
    d = rotate(unit(add(fr.s, fr.a)), fr.r, sk.pose.extra)
    return add(sk.joints["root"], mul(d, 44.0))


def multifidus(sk: Skeleton) -> list[Item]:
    up = mul(sk.frames["pelvis"].a, -1.0)
    a = add(sk.joints["root"], mul(up, 12.0))
    b = add(sk.joints["waist"], mul(up, 12.0))
    mid = add(mul(add(a, b), 0.5), mul(up, sk.pose.extra))
    return [Item("multifidus", "line", [a, mid, b], "highlight")]


def multifidus_point(sk: Skeleton) -> Vec:
    up = mul(sk.frames["pelvis"].a, -1.0)
    mid = mul(add(sk.joints["root"], sk.joints["waist"]), 0.5)
    return add(mid, mul(up, 24.0 + sk.pose.extra * 4.0))


def pillow(x0: float, x1: float, h: float, y: float = 0.0) -> Extras:
    def make(_: Skeleton) -> list[Item]:
        pts = [(x0, y, 0.0), (x1, y, 0.0), (x1 - 6, y, h), (x0 + 6, y, h)]
        return [Item("pillow", "shape", pts, "pillow")]

    return make


# Prone: face down, head on the left.
PRONE_POSE = Pose(
    root=(0.0, 0.0, JZ + 8.0),
    lumbar=Seg(180.0),
    thorax=Seg(184.0),
    neck=Seg(175.0),
    face=Seg(70.0),
    arm_r=Limb(reach=Reach((-30.0, -10.0, 38.0), (0.0, -1.0, 1.0))),
    arm_l=Limb(reach=Reach((-30.0, 10.0, 38.0), (0.0, 1.0, 1.0))),
    leg_r=Limb(Seg(0.0, 3.0), Seg(0.0, 3.0), Seg(-40.0)),
    leg_l=Limb(Seg(0.0, 3.0), Seg(0.0, 3.0), Seg(-40.0)),
)

# Hands and knees, head on the right, right side nearest.
QUAD_Z = THIGH + FOOT_Z
QUAD_POSE = Pose(
    root=(0.0, 0.0, QUAD_Z),
    lumbar=Seg(188.0),
    thorax=Seg(194.0),
    neck=Seg(168.0),
    face=Seg(60.0),
    arm_r=Limb(end=Seg(180.0), reach=Reach((98.0, -SHOULDER_HALF, FOOT_Z), (-1.0, 0.0, 0.0))),
    arm_l=Limb(end=Seg(180.0), reach=Reach((98.0, SHOULDER_HALF, FOOT_Z), (-1.0, 0.0, 0.0))),
    leg_r=Limb(Seg(90.0), Seg(0.0), Seg(0.0)),
    leg_l=Limb(Seg(90.0), Seg(0.0), Seg(0.0)),
)
LEG_BACK = Limb(Seg(-2.0), Seg(-2.0), Seg(-10.0))
ARM_FORWARD = Limb(Seg(178.0), Seg(178.0))
QUAD_CAMERA = Camera(-90.0, 12.0)

# Bridge: shoulders stay, hips lift about the feet.
BRIDGE_Z = 60.0
_reach = math.sqrt((LUMBAR + THORAX) ** 2 - (BRIDGE_Z - JZ) ** 2)
BRIDGE_ROOT = (-(LUMBAR + THORAX) + _reach, 0.0, BRIDGE_Z)
BRIDGE_TRUNK = unit((-_reach, 0.0, JZ - BRIDGE_Z))
BRIDGE_UP = crook(
    replace(
        FLOOR_LYING,
        root=BRIDGE_ROOT,
        lumbar=BRIDGE_TRUNK,
        thorax=BRIDGE_TRUNK,
        neck=unit((-1.0, 0.0, 0.28)),
        face=(0.0, 0.0, 1.0),
        arm_r=Limb((1.0, -0.12, 0.0), (1.0, -0.12, 0.0)),
        arm_l=Limb((1.0, 0.12, 0.0), (1.0, 0.12, 0.0)),
    ),
    foot_x=112.0 - BRIDGE_ROOT[0],
)

DEAD_BUG = replace(
    FLOOR_LYING,
    arm_r=Limb(Seg(90.0, 4.0)),
    arm_l=Limb(Seg(90.0, 4.0)),
    leg_r=Limb(Seg(90.0, 4.0), Seg(0.0, 4.0)),
    leg_l=Limb(Seg(90.0, 4.0), Seg(0.0, 4.0)),
)
DEAD_BUG_END = replace(
    DEAD_BUG, arm_r=Limb(Seg(168.0, 6.0)), leg_l=Limb(Seg(22.0, 4.0), Seg(22.0, 4.0))
)

CURL = replace(
    FLOOR_LYING,
    arm_r=Limb(reach=Reach((-8.0, -16.0, 3.0), (0.0, -1.0, 0.2))),
    arm_l=Limb(reach=Reach((-8.0, 16.0, 3.0), (0.0, 1.0, 0.2))),
    leg_l=Limb(Seg(0.0, 3.0), Seg(0.0, 3.0)),
)
CURL = crook(CURL, legs="r")
CURL_UP = replace(CURL, thorax=Seg(165.0))


# Side plank on the forearm and knees; lying on the left side facing the camera.
def plank_pose(rise: float, x: float, z: float, legs_lifted: bool) -> Pose:
    d = (math.cos(math.radians(rise)), 0.0, math.sin(math.radians(rise)))
    thigh = mul(d, -1.0) if legs_lifted else (-1.0, 0.0, 0.0)
    return Pose(
        root=(x, 0.0, z),
        lumbar=d,
        thorax=d,
        neck=d,
        face=(0.0, -1.0, 0.0),
        arm_l=Limb((0.0, 0.0, -1.0), (0.05, -1.0, 0.0), (0.05, -1.0, 0.0)),
        arm_r=Limb(reach=Reach("sh_l", (0.0, 0.2, 1.0), (0.0, -8.0, 6.0))),
        leg_l=Limb(thigh, (0.0, 1.0, 0.0), (0.0, 1.0, 0.0)),
        leg_r=Limb(thigh, (0.0, 1.0, 0.0), (0.0, 1.0, 0.0)),
    )


PLANK_DOWN = plank_pose(39.0, 0.0, HIP_HALF + 3.0, legs_lifted=False)
PLANK_UP = plank_pose(21.0, -8.0, 45.5, legs_lifted=True)
PLANK_CAMERA = Camera(-90.0, 6.0)

# Standing, facing the camera.
STAND_Z = LEG + FOOT_Z
STANDING = Pose(
    root=(0.0, 0.0, STAND_Z),
    arm_r=Limb(Seg(0.0, 10.0), Seg(10.0, 8.0)),
    arm_l=Limb(Seg(0.0, 10.0), Seg(10.0, 8.0)),
    leg_r=Limb(Seg(0.0, 4.0)),
    leg_l=Limb(Seg(0.0, 4.0)),
)
STAND_CAMERA = Camera(-104.0, 8.0)


def band(anchor: Vec, hand: str = "arm_r3") -> Extras:
    def make(sk: Skeleton) -> list[Item]:
        return [
            Item("band", "line", [anchor, sk.joints[hand]], "band"),
            Item("anchor", "head", [anchor], "anchor", radius=5.0),
        ]

    return make


def door(x: float) -> Extras:
    def make(_: Skeleton) -> list[Item]:
        return [Item("door", "line", [(x, 20.0, 0.0), (x, 20.0, 300.0)], "edge")]

    return make


def counter(sk: Skeleton) -> list[Item]:
    return [
        Item(
            "counter",
            "shape",
            [(62, -40, 0), (130, -40, 0), (130, -40, 112), (62, -40, 112)],
            "floor",
        )
    ]


def level_mark(sk: Skeleton) -> list[Item]:
    return [Item("level", "line", [sk.joints["hip_l"], sk.joints["hip_r"]], "highlight")]


def home() -> list[Illustration]:
    floor = FLOOR
    return [
        Illustration(
            "home-drawing-in",
            "Drawing-in",
            SUPINE,
            FLOOR_CAMERA,
            replace(CROOK, extra=9.0),
            replace(CROOK, extra=-5.0),
            (Arrow(belly_point, trim=(0.0, 0.0), scale=1.0),),
            floor,
            belly,
            zoom=1.3,
        ),
        Illustration(
            "home-pelvic-tilt",
            "Pelvic tilt",
            SUPINE,
            FLOOR_CAMERA,
            replace(CROOK, lumbar=Seg(164.0), thorax=Seg(192.0), extra=-14.0),
            replace(CROOK, extra=14.0),
            (Arrow(pelvis_tilt_tip, bulge=0.3, trim=(0.0, 0.0), scale=2.0),),
            floor,
            pelvis_tilt_mark,
            zoom=1.3,
        ),
        Illustration(
            "home-prone-multifidus",
            "Prone multifidus activation",
            PRONE,
            FLOOR_CAMERA,
            PRONE_POSE,
            replace(PRONE_POSE, extra=6.0),
            (Arrow(multifidus_point, trim=(0.0, 0.0), scale=1.0),),
            combine(floor, pillow(-40.0, 20.0, 14.0, y=-24.0)),
            multifidus,
            zoom=1.3,
        ),
        Illustration(
            "home-quadruped-multifidus-lift",
            "Quadruped multifidus lift",
            QUADRUPED,
            QUAD_CAMERA,
            QUAD_POSE,
            replace(QUAD_POSE, leg_r=LEG_BACK),
            (Arrow("leg_r2", bulge=-0.2),),
            floor,
            zoom=1.3,
        ),
        Illustration(
            "home-bird-dog",
            "Bird dog",
            QUADRUPED,
            QUAD_CAMERA,
            QUAD_POSE,
            replace(QUAD_POSE, arm_r=ARM_FORWARD, leg_l=LEG_BACK),
            (Arrow("arm_r3", bulge=0.25), Arrow("leg_l2", bulge=-0.25)),
            floor,
            zoom=1.3,
        ),
        Illustration(
            "home-bridge",
            "Bridge",
            SUPINE,
            FLOOR_CAMERA,
            CROOK,
            BRIDGE_UP,
            (Arrow("root", bulge=-0.2, offset=0.0, trim=(10.0, 4.0)),),
            floor,
            zoom=1.3,
        ),
        Illustration(
            "home-dead-bug",
            "Dead bug",
            SUPINE,
            Camera(-90.0, 14.0),
            DEAD_BUG,
            DEAD_BUG_END,
            (Arrow("arm_r3", bulge=0.25), Arrow("leg_l2", bulge=-0.25)),
            floor,
            zoom=1.3,
        ),
        Illustration(
            "home-side-plank",
            "Side plank on knees",
            SIDE_LYING_FACING,
            PLANK_CAMERA,
            PLANK_DOWN,
            PLANK_UP,
            (Arrow("root", bulge=0.2, scale=1.5, trim=(4.0, 0.0)),),
            floor,
            zoom=1.3,
        ),
        Illustration(
            "home-curl-up",
            "Curl-up",
            SUPINE,
            FLOOR_CAMERA,
            CURL,
            CURL_UP,
            (Arrow("head", bulge=-0.3, offset=-24.0, scale=2.0, trim=(0.0, 0.0)),),
            floor,
            zoom=1.3,
        ),
        Illustration(
            "home-band-chop",
            "Band chop",
            UPRIGHT,
            SIT_CAMERA,
            CHOP_START,
            CHOP_END,
            (Arrow("arm_r3", bulge=-0.18),),
            combine(SEATED, door(150.0)),
            band((150.0, 20.0, 270.0)),
            ghosts=(*TRUNK_GHOSTS, "band"),
        ),
        Illustration(
            "home-band-lift",
            "Band lift",
            UPRIGHT,
            SIT_CAMERA,
            LIFT_START,
            LIFT_END,
            (Arrow("arm_r3", bulge=0.18),),
            combine(SEATED, door(150.0)),
            band((150.0, 20.0, 14.0)),
            ghosts=(*TRUNK_GHOSTS, "band"),
        ),
        Illustration(
            "home-band-arm-d2-flexion",
            "Band arm D2 flexion",
            UPRIGHT,
            STAND_CAMERA,
            replace(
                STANDING, arm_r=Limb(reach=Reach((22.0, -34.0, STAND_Z - 8.0), (-1.0, 0.0, 0.0)))
            ),
            replace(STANDING, arm_r=Limb(Seg(160.0, 40.0))),
            (Arrow("arm_r3", bulge=0.2),),
            floor,
            band((HIP_HALF + 6.0, -8.0, 3.0)),
        ),
        Illustration(
            "home-band-arm-d1-extension",
            "Band arm D1 extension",
            UPRIGHT,
            Camera(-128.0, 8.0),
            replace(
                STANDING, arm_r=Limb(reach=Reach((34.0, -38.0, STAND_Z + 124.0), (-1.0, 0.0, -0.3)))
            ),
            replace(STANDING, arm_r=Limb(Seg(-12.0, 26.0))),
            (Arrow("arm_r3", bulge=-0.3, offset=-16.0),),
            combine(floor, door(150.0)),
            band((150.0, 20.0, 270.0)),
        ),
        Illustration(
            "home-single-leg-stance",
            "Single-leg stance",
            UPRIGHT,
            Camera(-138.0, 8.0),
            replace(STANDING, arm_l=Limb(reach=Reach((80.0, -30.0, 112.0), (1.0, 0.0, -0.5)))),
            replace(
                STANDING,
                arm_l=Limb(reach=Reach((80.0, -30.0, 112.0), (1.0, 0.0, -0.5))),
                leg_r=Limb(Seg(50.0, 2.0), Seg(-25.0, 2.0)),
            ),
            (Arrow("leg_r2", bulge=0.35, offset=-16.0, scale=1.3, trim=(0.0, 0.0)),),
            combine(floor, counter),
            level_mark,
        ),
        Illustration(
            "home-side-lying-leg-d1",
            "Side-lying leg diagonal",
            SIDE_LYING_FACING,
            Camera(-90.0, 28.0),
            SIDE_LEG,
            replace(SIDE_LEG, leg_r=Limb(Seg(-18.0, 26.0))),
            (Arrow("leg_r2", bulge=-0.25, offset=10.0),),
            combine(floor_line(y0=-80.0), pillow(-150.0, -60.0, 12.0, y=-52.0)),
            zoom=1.3,
        ),
    ]


SIDE_LEG = Pose(
    root=(0.0, 0.0, HIP_HALF + 4.0),
    lumbar=Seg(180.0, 6.0),
    thorax=Seg(180.0, 14.0),
    neck=Seg(180.0, -10.0),
    arm_l=Limb(Seg(165.0), Seg(120.0)),
    arm_r=Limb(reach=Reach((4.0, -12.0, 2 * HIP_HALF + 8.0), (0.0, 0.4, 1.0))),
    leg_r=Limb(Seg(25.0, -6.0)),
    leg_l=Limb(Seg(40.0), Seg(-50.0)),
)


def bag(sk: Skeleton) -> list[Item]:
    """A shopping bag hanging from the right hand, and the shoulders' level line."""
    x, y, z = sk.joints["arm_r2"]
    corners = [(x - 16.0, y, z - 14.0), (x + 16.0, y, z - 14.0)]
    corners += [(x + 18.0, y, z - 54.0), (x - 18.0, y, z - 54.0)]
    handle = [corners[0], (x, y, z + 2.0), corners[1]]
    return [
        Item("bag", "shape", corners, "bag"),
        Item("handle", "line", handle, "detail"),
        Item("level", "line", [sk.joints["sh_l"], sk.joints["sh_r"]], "highlight"),
    ]


def post(anchor: Vec) -> Extras:
    def make(_: Skeleton) -> list[Item]:
        foot = (anchor[0], anchor[1], 0.0)
        return [Item("post", "line", [foot, add(anchor, (0.0, 0.0, 40.0))], "edge")]

    return make


CHEST_Z = STAND_Z + LUMBAR + THORAX * 0.62
PALLOF_ANCHOR = (150.0, -40.0, CHEST_Z)


def pallof(reach_y: float) -> Pose:
    target = (0.0, reach_y, CHEST_Z)
    return replace(
        STANDING,
        leg_r=Limb(Seg(0.0, 8.0)),
        leg_l=Limb(Seg(0.0, 8.0)),
        arm_r=Limb(reach=Reach(target, (-1.0, 0.0, -0.6))),
        arm_l=Limb(reach=Reach(add(target, (4.0, 2.0, 4.0)), (1.0, 0.0, -0.6))),
    )


def home_holds() -> list[Illustration]:
    """Anti-rotation, anti-side-bending and deep neck flexor work (Kisner & Colby 2018;
    McGill, Low Back Disorders, 3rd ed., 2016)."""
    floor = FLOOR
    holding = replace(STANDING, arm_r=Limb(Seg(0.0, 8.0), Seg(0.0, 8.0)))
    nod = replace(CROOK, neck=Seg(166.0), face=Seg(62.0))
    return [
        Illustration(
            "home-pallof-press",
            "Pallof press",
            UPRIGHT,
            Camera(-30.0, 15.0),
            pallof(-32.0),
            pallof(-100.0),
            (Arrow("arm_r3", bulge=0.1, trim=(6.0, 4.0)),),
            combine(floor, post(PALLOF_ANCHOR)),
            band(PALLOF_ANCHOR),
            zoom=1.3,
            ghosts=("arm_r", "arm_l"),
        ),
        Illustration(
            "home-suitcase-hold",
            "Suitcase hold",
            UPRIGHT,
            STAND_CAMERA,
            holding,
            holding,
            (),
            floor,
            bag,
            zoom=1.3,
            ghosts=(),
            marks=(Mark("arm_r2", (0.0, 0.0, -1.0), length=28, gap=62, away=True),),
        ),
        Illustration(
            "home-neck-chin-nod",
            "Chin nod",
            SUPINE,
            FLOOR_CAMERA,
            CROOK,
            nod,
            (Arrow("nose", bulge=0.45, scale=2.6, trim=(0.0, 0.0)),),
            combine(floor, pillow(-150.0, -96.0, 7.0)),
            zoom=1.3,
            ghosts=("head", "nose"),
        ),
    ]
