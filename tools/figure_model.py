"""The figure model behind the illustrations: a proportioned body posed in 3D.

A pose gives the pelvis position, the lumbar and thoracic directions, the shoulder
girdle's turn and glide, the neck and face, and for each arm and leg the directions of
its two long segments and of the hand or foot (see Seg), or a point the hand or foot
reaches. `build` turns a pose into joint positions in world coordinates; the drawing
module projects them and gives every segment its volume.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Body dimensions, in drawing units (about one pixel at scale 1).
HEAD_R = 15.0
NECK = 9.0
LUMBAR = 42.0
THORAX = 55.0
SHOULDER_HALF = 24.0
HIP_HALF = 14.0
UPPER_ARM = 50.0
FOREARM = 44.0
HAND = 16.0
THIGH = 74.0
SHANK = 70.0
FOOT = 24.0
LEG = THIGH + SHANK
JZ = 9.0  # height of the joints above the table when lying

Vec = tuple[float, float, float]


# ---------------------------------------------------------------------------------------
# Vector helpers
# ---------------------------------------------------------------------------------------


def add(*vs: Vec) -> Vec:
    return (sum(v[0] for v in vs), sum(v[1] for v in vs), sum(v[2] for v in vs))


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(v: Vec) -> float:
    return math.sqrt(dot(v, v))


def unit(v: Vec) -> Vec:
    n = length(v)
    return mul(v, 1.0 / n) if n > 1e-9 else (0.0, 0.0, 0.0)


def rotate(v: Vec, axis: Vec, degrees: float) -> Vec:
    """Rodrigues' rotation of v about the unit vector axis."""
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    return add(mul(v, c), mul(cross(axis, v), s), mul(axis, dot(axis, v) * (1 - c)))


def reject(v: Vec, axis: Vec) -> Vec:
    """The part of v perpendicular to the unit vector axis."""
    return sub(v, mul(axis, dot(v, axis)))


# ---------------------------------------------------------------------------------------
# The figure model
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seg:
    """A segment direction in a body frame, in degrees.

    g turns in the sagittal plane: 0 points to the feet, 90 forward (anterior), 180 to
    the head, 270 backward. a leaves the sagittal plane: positive away from the midline
    (abduction), negative across it (adduction).
    """

    g: float
    a: float = 0.0


# A segment is given either as angles in its body frame or as a world direction.
Dir = Seg | Vec


@dataclass(frozen=True)
class Reach:
    """A limb whose end reaches a world point, or a joint of the same figure (by name)
    plus an offset; the middle joint bends toward hint."""

    target: Vec | str
    hint: Vec
    offset: Vec = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Limb:
    """An arm (upper arm, forearm, hand) or a leg (thigh, shank, foot)."""

    prox: Dir = Seg(0.0)
    dist: Dir | None = None  # None: in line with prox
    end: Dir | None = None  # hand or foot; None: a default for the limb
    reach: Reach | None = None  # overrides prox and dist


@dataclass(frozen=True)
class Pose:
    root: Vec = (0.0, 0.0, 0.0)  # centre of the pelvis, world
    lumbar: Dir = Seg(180.0)  # pelvis to waist, pelvic frame
    thorax: Dir = Seg(180.0)  # waist to neck, pelvic frame
    twist: float = 0.0  # shoulder girdle turned to the right (degrees)
    neck: Dir = Seg(180.0)  # shoulder frame
    face: Dir = Seg(90.0)  # where the nose points, shoulder frame
    yaw: float = 0.0  # head turned to the right (degrees)
    shoulder_r: Vec = (0.0, 0.0, 0.0)  # scapular glide of the right shoulder (S, A, R)
    hip_r: Vec = (0.0, 0.0, 0.0)  # pelvic glide of the right hip (S, A, R)
    arm_r: Limb = Limb(Seg(0.0, 10.0))
    arm_l: Limb = Limb(Seg(0.0, 10.0))
    leg_r: Limb = Limb(Seg(0.0, 4.0))
    leg_l: Limb = Limb(Seg(0.0, 4.0))
    extra: float = 0.0  # one free number for the highlighted part (a bulge, a tilt)


@dataclass(frozen=True)
class Frame:
    s: Vec  # superior: toward the head
    a: Vec  # anterior: where the chest faces
    r: Vec  # the patient's right

    def seg(self, d: Dir, side: float = 1.0) -> Vec:
        if not isinstance(d, Seg):
            return unit(d)
        g, a = math.radians(d.g), math.radians(d.a)
        sag = add(mul(self.s, -math.cos(g)), mul(self.a, math.sin(g)))
        return unit(add(mul(sag, math.cos(a)), mul(self.r, math.sin(a) * side)))


# Postures: the pelvic frame in world coordinates. World z is up; the default camera
# looks from -y, so world x runs to the right of the picture.
SUPINE = Frame(s=(-1.0, 0.0, 0.0), a=(0.0, 0.0, 1.0), r=(0.0, -1.0, 0.0))
PRONE = Frame(s=(-1.0, 0.0, 0.0), a=(0.0, 0.0, -1.0), r=(0.0, 1.0, 0.0))
SIDE_LYING = Frame(s=(-1.0, 0.0, 0.0), a=(0.0, 1.0, 0.0), r=(0.0, 0.0, 1.0))  # on the left
SIDE_LYING_FACING = Frame(s=(1.0, 0.0, 0.0), a=(0.0, -1.0, 0.0), r=(0.0, 0.0, 1.0))
UPRIGHT = Frame(s=(0.0, 0.0, 1.0), a=(0.0, -1.0, 0.0), r=(-1.0, 0.0, 0.0))  # faces camera
QUADRUPED = Frame(s=(1.0, 0.0, 0.0), a=(0.0, 0.0, -1.0), r=(0.0, -1.0, 0.0))  # head right


@dataclass
class Item:
    """One drawable piece of a figure, in world coordinates."""

    key: str
    kind: str  # "line" (polyline), "head" (circle), "shape" (closed polygon)
    points: list[Vec]
    style: str = "figure"  # a key of STYLES: figure, highlight, detail, band, anchor, floor...
    radius: float = 0.0
    cull: Vec | None = None  # drop the points behind this centre (far side of the head)


def two_link(p0: Vec, target: Vec, l1: float, l2: float, hint: Vec) -> tuple[Vec, Vec]:
    """The middle and end joints of a two-segment limb reaching toward target."""
    d = sub(target, p0)
    dist = length(d)
    axis = unit(d) if dist > 1e-6 else (0.0, 0.0, -1.0)
    dist = min(max(dist, abs(l1 - l2) + 1e-3), l1 + l2 - 1e-3)
    x = (l1 * l1 - l2 * l2 + dist * dist) / (2 * dist)
    h = math.sqrt(max(l1 * l1 - x * x, 0.0))
    perp = unit(reject(hint, axis))
    mid = add(p0, mul(axis, x), mul(perp, h))
    return mid, add(p0, mul(axis, dist))


def limb_points(
    base: Vec,
    limb: Limb,
    frame: Frame,
    side: float,
    lengths: tuple[float, float, float],
    leg: bool,
    joints: dict[str, Vec],
) -> list[Vec]:
    l1, l2, l3 = lengths
    if limb.reach is not None:
        target = limb.reach.target
        goal = add(joints[target] if isinstance(target, str) else target, limb.reach.offset)
        mid, tip = two_link(base, goal, l1, l2, limb.reach.hint)
        d2 = unit(sub(tip, mid))
    else:
        d1 = frame.seg(limb.prox, side)
        d2 = frame.seg(limb.dist, side) if limb.dist is not None else d1
        mid = add(base, mul(d1, l1))
        tip = add(mid, mul(d2, l2))
    if limb.end is not None:
        d3 = frame.seg(limb.end, side)
    elif leg:
        d3 = unit(reject(frame.a, d2))
        if length(d3) < 1e-6:
            d3 = mul(frame.s, -1.0)
    else:
        d3 = d2
    return [base, mid, tip, add(tip, mul(d3, l3))]


@dataclass
class Skeleton:
    pose: Pose
    joints: dict[str, Vec]
    frames: dict[str, Frame]
    items: list[Item]


def build(pose: Pose, frame: Frame) -> Skeleton:
    root = pose.root
    waist = add(root, mul(frame.seg(pose.lumbar), LUMBAR))
    t_dir = frame.seg(pose.thorax)
    neck = add(waist, mul(t_dir, THORAX))
    r2 = unit(reject(rotate(frame.r, t_dir, -pose.twist), t_dir))
    upper = Frame(s=t_dir, a=cross(t_dir, r2), r=r2)
    n_dir = upper.seg(pose.neck)
    neck_top = add(neck, mul(n_dir, NECK))
    head = add(neck, mul(n_dir, NECK + HEAD_R))
    face = rotate(upper.seg(pose.face), n_dir, -pose.yaw)
    nose0 = add(head, mul(face, HEAD_R + 1.0))
    nose1 = add(head, mul(face, HEAD_R + 8.0))

    gs, ga, gr = pose.shoulder_r
    glide_s = add(mul(upper.s, gs), mul(upper.a, ga), mul(upper.r, gr))
    shoulder_base = add(neck, mul(t_dir, -5.0))
    sh_r = add(shoulder_base, mul(upper.r, SHOULDER_HALF), glide_s)
    sh_l = add(shoulder_base, mul(upper.r, -SHOULDER_HALF))
    hs, ha, hr = pose.hip_r
    glide_h = add(mul(frame.s, hs), mul(frame.a, ha), mul(frame.r, hr))
    hip_r = add(root, mul(frame.r, HIP_HALF), glide_h)
    hip_l = add(root, mul(frame.r, -HIP_HALF))

    arm_len = (UPPER_ARM, FOREARM, HAND)
    leg_len = (THIGH, SHANK, FOOT)
    core = {"sh_r": sh_r, "sh_l": sh_l, "hip_r": hip_r, "hip_l": hip_l, "root": root}
    arm_r = limb_points(sh_r, pose.arm_r, upper, 1.0, arm_len, False, core)
    arm_l = limb_points(sh_l, pose.arm_l, upper, -1.0, arm_len, False, core)
    leg_r = limb_points(hip_r, pose.leg_r, frame, 1.0, leg_len, True, core)
    leg_l = limb_points(hip_l, pose.leg_l, frame, -1.0, leg_len, True, core)

    joints = {
        "root": root,
        "waist": waist,
        "neck": neck,
        "head": head,
        "nose": nose1,
        "face": face,
        "head_up": unit(reject(n_dir, face)),
        "sh_r": sh_r,
        "sh_l": sh_l,
        "hip_r": hip_r,
        "hip_l": hip_l,
    }
    for name, pts in (("arm_r", arm_r), ("arm_l", arm_l), ("leg_r", leg_r), ("leg_l", leg_l)):
        for i, p in enumerate(pts):
            joints[f"{name}{i}"] = p
    items = [
        Item("spine", "line", [root, waist, neck, neck_top]),
        Item("pelvis", "line", [hip_l, root, hip_r]),
        Item("shoulders", "line", [sh_l, shoulder_base, sh_r]),
        Item("head", "head", [head], radius=HEAD_R),
        Item("nose", "line", [nose0, nose1]),
        Item("arm_r", "line", arm_r),
        Item("arm_l", "line", arm_l),
        Item("leg_r", "line", leg_r),
        Item("leg_l", "line", leg_l),
    ]
    return Skeleton(pose, joints, {"pelvis": frame, "upper": upper}, items)
