"""Draw the built-in protocol illustrations as SVG line figures.

Every illustration shows one movement: the START position as a light, dashed figure,
the END position as a solid dark figure, and the DIRECTION as a curved accent arrow
with a filled arrowhead. The figures come from a small stick-figure model posed in 3D
(pelvis, two-part spine, shoulder girdle, neck and head, arms, legs) and projected by an
orthographic camera, so a limb that crosses over the body or lifts toward the ceiling
is foreshortened and layered the way a therapist would see it.

Only SVG Tiny features that Qt's QSvgRenderer and svglib both draw are written: paths,
lines, polylines, polygons and circles with presentation attributes. No text, markers,
filters, CSS or gradients. Coordinates are rounded, so the output is byte-for-byte
deterministic.

    .venv/bin/python tools/illustrations.py            # writes resources/illustrations/
    .venv/bin/python tools/illustrations.py --out DIR  # writes somewhere else
"""

from __future__ import annotations

import argparse
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "illustrations"

WIDTH, HEIGHT = 400, 300
MARGIN = 16.0

# Style: one palette for every drawing, readable in black-and-white print.
INK = "#27313c"  # end position, solid
FAR_INK = "#7d8893"  # limbs on the far side of the body
START_INK = "#a3adb8"  # start position, dashed
ACCENT = "#d9480f"  # direction arrow (a mid grey in black-and-white print)
HIGHLIGHT = "#1c7ed6"  # the scapula, pelvis or muscle the exercise is about
HIGHLIGHT_START = "#9cc4ee"
BAND = "#2b8a3e"  # elastic band
BAND_START = "#a9d3b2"
FLOOR_FILL = "#eef1f4"
FLOOR_LINE = "#c6cdd4"
SHADOW = "#d9dfe5"
FIGURE_WIDTH = 6.0
DASH = "3 11"

# Body dimensions, in drawing units (about one pixel at scale 1).
HEAD_R = 15.0
NECK = 9.0
LUMBAR = 42.0
THORAX = 55.0
SHOULDER_HALF = 24.0
HIP_HALF = 14.0
UPPER_ARM = 50.0
FOREARM = 44.0
HAND = 12.0
THIGH = 74.0
SHANK = 70.0
FOOT = 20.0
LEG = THIGH + SHANK

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


# ---------------------------------------------------------------------------------------
# Camera and drawing
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Camera:
    """Orthographic camera: az is the compass direction it looks from, el its height."""

    az: float = -90.0
    el: float = 0.0

    def basis(self) -> tuple[Vec, Vec, Vec]:
        az, el = math.radians(self.az), math.radians(self.el)
        c = (math.cos(el) * math.cos(az), math.cos(el) * math.sin(az), math.sin(el))
        ex = (-math.sin(az), math.cos(az), 0.0)
        ey = cross(c, ex)
        return ex, ey, c


TOP = Camera(-90.0, 90.0)


@dataclass(frozen=True)
class Arrow:
    """The curved direction arrow along the path of one tracked point."""

    track: str | Callable[[Skeleton], Vec]
    bulge: float = 0.0  # sideways bow, as a fraction of the chord (screen space)
    offset: float = 0.0  # whole arrow moved sideways, in pixels
    scale: float = 1.0  # stretched or shrunk about its middle
    trim: tuple[float, float] = (8.0, 8.0)  # pixels left free at start and end


Extras = Callable[[Skeleton], list[Item]]


@dataclass(frozen=True)
class Illustration:
    name: str
    title: str
    frame: Frame
    camera: Camera
    start: Pose
    end: Pose
    arrows: tuple[Arrow, ...]
    setting: Extras | None = None  # floor, table, bench: drawn first, never moves
    extras: Extras | None = None  # highlighted parts and bands that move with the pose
    zoom: float = 1.0  # largest scale
    fit: tuple[str, ...] | None = None  # item keys that must fit; None: all figure items
    far: tuple[str, ...] = ()  # limbs drawn as on the far side
    shadows: bool = False  # limbs cast a shadow straight down onto the table or floor
    ghosts: tuple[str, ...] | None = None  # moved items whose start is drawn; None: all


def tracked(sk: Skeleton, track: str | Callable[[Skeleton], Vec]) -> Vec:
    return sk.joints[track] if isinstance(track, str) else track(sk)


class Canvas:
    def __init__(self, camera: Camera) -> None:
        self.ex, self.ey, self.c = camera.basis()
        self.scale = 1.0
        self.dx = 0.0
        self.dy = 0.0

    def raw(self, p: Vec) -> tuple[float, float]:
        return dot(p, self.ex), -dot(p, self.ey)

    def xy(self, p: Vec) -> tuple[float, float]:
        x, y = self.raw(p)
        return x * self.scale + self.dx, y * self.scale + self.dy

    def depth(self, p: Vec) -> float:
        return dot(p, self.c)

    def fit(self, points: Iterable[Vec], zoom: float) -> None:
        xs, ys = zip(*(self.raw(p) for p in points), strict=True)
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        self.scale = min(zoom, (WIDTH - 2 * MARGIN) / max(w, 1), (HEIGHT - 2 * MARGIN) / max(h, 1))
        self.dx = WIDTH / 2 - (max(xs) + min(xs)) / 2 * self.scale
        self.dy = HEIGHT / 2 - (max(ys) + min(ys)) / 2 * self.scale


def num(v: float) -> str:
    s = f"{v:.1f}"
    return "0" if s in ("-0.0", "0.0") else s.removesuffix(".0")


def pts_attr(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


def same_2d(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> bool:
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) < 0.6 and abs(p[1] - q[1]) < 0.6 for p, q in zip(a, b, strict=True)
    )


STYLES: dict[tuple[str, str], dict[str, str]] = {
    ("figure", "end"): {"stroke": INK, "stroke-width": num(FIGURE_WIDTH)},
    ("figure", "far"): {"stroke": FAR_INK, "stroke-width": num(FIGURE_WIDTH)},
    ("figure", "start"): {
        "stroke": START_INK,
        "stroke-width": num(FIGURE_WIDTH),
        "stroke-dasharray": DASH,
    },
    ("highlight", "end"): {"stroke": HIGHLIGHT, "stroke-width": "10"},
    ("highlight", "far"): {"stroke": HIGHLIGHT, "stroke-width": "10"},
    ("highlight", "start"): {
        "stroke": HIGHLIGHT_START,
        "stroke-width": "10",
        "stroke-dasharray": "4 12",
    },
    ("band", "end"): {"stroke": BAND, "stroke-width": "3"},
    ("band", "far"): {"stroke": BAND, "stroke-width": "3"},
    ("band", "start"): {"stroke": BAND_START, "stroke-width": "3", "stroke-dasharray": "6 6"},
    ("shadow", "end"): {"stroke": SHADOW, "stroke-width": "7"},
    ("detail", "end"): {"stroke": INK, "stroke-width": "3"},
    ("detail", "far"): {"stroke": FAR_INK, "stroke-width": "3"},
    ("detail", "start"): {"stroke": START_INK, "stroke-width": "3", "stroke-dasharray": "2 7"},
    ("anchor", "end"): {"stroke": INK, "stroke-width": "4", "fill": "#ffffff"},
    ("anchor", "far"): {"stroke": INK, "stroke-width": "4", "fill": "#ffffff"},
    ("anchor", "start"): {"stroke": INK, "stroke-width": "4", "fill": "#ffffff"},
    ("floor", "end"): {"stroke": FLOOR_LINE, "stroke-width": "3", "fill": FLOOR_FILL},
    ("floor", "far"): {"stroke": FLOOR_LINE, "stroke-width": "3", "fill": FLOOR_FILL},
    ("floor", "start"): {"stroke": FLOOR_LINE, "stroke-width": "3", "fill": FLOOR_FILL},
    ("pillow", "end"): {"stroke": FLOOR_LINE, "stroke-width": "3", "fill": "#ffffff"},
    ("edge", "end"): {"stroke": FLOOR_LINE, "stroke-width": "3"},
    ("edge", "far"): {"stroke": FLOOR_LINE, "stroke-width": "3"},
    ("edge", "start"): {"stroke": FLOOR_LINE, "stroke-width": "3"},
}


Pt = tuple[float, float]
BOX = (0.0, 0.0, float(WIDTH), float(HEIGHT))


def clip_polygon(pts: Sequence[Pt]) -> list[Pt]:
    """Sutherland-Hodgman clipping of a polygon to the canvas."""
    x0, y0, x1, y1 = BOX
    edges: list[tuple[Callable[[Pt], bool], Callable[[Pt, Pt], Pt]]] = [
        (lambda p: p[0] >= x0, lambda p, q: cut_x(p, q, x0)),
        (lambda p: p[0] <= x1, lambda p, q: cut_x(p, q, x1)),
        (lambda p: p[1] >= y0, lambda p, q: cut_y(p, q, y0)),
        (lambda p: p[1] <= y1, lambda p, q: cut_y(p, q, y1)),
    ]
    out = list(pts)
    for inside, cut in edges:
        src, out = out, []
        for i, cur in enumerate(src):
            prev = src[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
    return out


def cut_x(p: Pt, q: Pt, x: float) -> Pt:
    t = (x - p[0]) / (q[0] - p[0])
    return x, p[1] + (q[1] - p[1]) * t


def cut_y(p: Pt, q: Pt, y: float) -> Pt:
    t = (y - p[1]) / (q[1] - p[1])
    return p[0] + (q[0] - p[0]) * t, y


def clip_segment(p: Pt, q: Pt) -> tuple[Pt, Pt] | None:
    """Liang-Barsky clipping of one segment to the canvas."""
    x0, y0, x1, y1 = BOX
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for den, num_ in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if den == 0:
            if num_ < 0:
                return None
            continue
        t = num_ / den
        if den < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    if t0 > t1:
        return None
    return (p[0] + dx * t0, p[1] + dy * t0), (p[0] + dx * t1, p[1] + dy * t1)


def clip_polyline(pts: Sequence[Pt]) -> list[list[Pt]]:
    runs: list[list[Pt]] = []
    for p, q in itertools.pairwise(pts):
        seg = clip_segment(p, q)
        if seg is None:
            continue
        if runs and runs[-1][-1] == seg[0]:
            runs[-1].append(seg[1])
        else:
            runs.append([seg[0], seg[1]])
    return runs


def element(kind: str, pts: Sequence[Pt], attrs: dict[str, str], r: float) -> list[str]:
    a = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    if kind == "head":
        (x, y) = pts[0]
        fill = "none" if "stroke-dasharray" in attrs else "#ffffff"
        fill_attr = "" if "fill" in attrs else f' fill="{fill}"'
        return [f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}"{fill_attr} {a}/>']
    if kind == "shape":
        clipped = clip_polygon(pts)
        if len(clipped) < 2:
            return []
        fill = "" if "fill" in attrs else ' fill="none"'
        return [f'<polygon points="{pts_attr(clipped)}"{fill} {a}/>']
    if len(pts) == 1:
        pts = [pts[0], pts[0]]
    out = []
    for run in clip_polyline(pts):
        if len(run) == 2:
            (x1, y1), (x2, y2) = run
            out.append(f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" {a}/>')
        else:
            out.append(f'<polyline points="{pts_attr(run)}" fill="none" {a}/>')
    return out


def arrow_path(
    start: Skeleton, end: Skeleton, canvas: Canvas, arrow: Arrow
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """The arrow's shaft (screen points) and its head (a triangle).

    The shaft is a quadratic curve from where the tracked point starts to where it ends,
    bowed sideways by `bulge` (positive: to the left of the direction of travel).
    """
    (x0, y0) = canvas.xy(tracked(start, arrow.track))
    (x1, y1) = canvas.xy(tracked(end, arrow.track))
    chord = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = (y1 - y0) / chord, -(x1 - x0) / chord
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    ox, oy = nx * arrow.offset, ny * arrow.offset
    k = arrow.scale
    x0, y0 = mx + (x0 - mx) * k + ox, my + (y0 - my) * k + oy
    x1, y1 = mx + (x1 - mx) * k + ox, my + (y1 - my) * k + oy
    cx = mx + ox + nx * 2 * arrow.bulge * chord * k
    cy = my + oy + ny * 2 * arrow.bulge * chord * k
    steps = 40
    pts = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        pts.append(
            (u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1)
        )
    pts = trim(pts, arrow.trim[0])
    pts = list(reversed(trim(list(reversed(pts)), arrow.trim[1] + 12.0)))
    # Arrowhead along the last stretch of the shaft.
    tip_base = pts[-1]
    back = pts[0]
    for p in reversed(pts[:-1]):
        if math.hypot(p[0] - tip_base[0], p[1] - tip_base[1]) > 6:
            back = p
            break
    dx, dy = tip_base[0] - back[0], tip_base[1] - back[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    tip = (tip_base[0] + ux * 14.0, tip_base[1] + uy * 14.0)
    left = (tip_base[0] - ux * 3.0 - uy * 9.0, tip_base[1] - uy * 3.0 + ux * 9.0)
    right = (tip_base[0] - ux * 3.0 + uy * 9.0, tip_base[1] - uy * 3.0 - ux * 9.0)
    return pts, [tip, left, right]


def trim(pts: list[tuple[float, float]], amount: float) -> list[tuple[float, float]]:
    """Drop `amount` pixels of length from the start of a polyline."""
    left = amount
    for i in range(1, len(pts)):
        (x0, y0), (x1, y1) = pts[i - 1], pts[i]
        seg = math.hypot(x1 - x0, y1 - y0)
        if seg >= left:
            k = left / seg if seg else 0.0
            return [(x0 + (x1 - x0) * k, y0 + (y1 - y0) * k), *pts[i:]]
        left -= seg
    return pts[-2:]


def near_segment(c: Pt, p: Pt, q: Pt) -> float:
    """Distance from point c to the segment p-q."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    n = dx * dx + dy * dy
    t = 0.0 if n == 0 else max(0.0, min(1.0, ((c[0] - p[0]) * dx + (c[1] - p[1]) * dy) / n))
    return math.hypot(c[0] - p[0] - t * dx, c[1] - p[1] - t * dy)


def path_d(pts: Sequence[tuple[float, float]]) -> str:
    head, *rest = pts
    return f"M{num(head[0])} {num(head[1])}" + "".join(f" L{num(x)} {num(y)}" for x, y in rest)


def render(ill: Illustration) -> str:
    canvas = Canvas(ill.camera)
    start = build(ill.start, ill.frame)
    end = build(ill.end, ill.frame)
    start_items = start.items + (ill.extras(start) if ill.extras else [])
    end_items = end.items + (ill.extras(end) if ill.extras else [])
    setting = ill.setting(end) if ill.setting else []

    fit_items = [
        it
        for it in start_items + end_items
        if (ill.fit is None and it.style != "band") or (ill.fit is not None and it.key in ill.fit)
    ]
    fit_points: list[Vec] = []
    for it in fit_items:
        for p in it.points:
            if it.kind == "head":
                fit_points += [add(p, v) for v in ((0, 0, HEAD_R), (0, 0, -HEAD_R))]
                fit_points += [add(p, v) for v in ((HEAD_R, 0, 0), (-HEAD_R, 0, 0))]
                fit_points += [add(p, v) for v in ((0, HEAD_R, 0), (0, -HEAD_R, 0))]
            else:
                fit_points.append(p)
    fit_points += [tracked(sk, a.track) for a in ill.arrows for sk in (start, end)]
    canvas.fit(fit_points, ill.zoom)

    def xy(it: Item) -> list[tuple[float, float]]:
        if it.cull is not None:
            front = canvas.depth(it.cull)
            return [canvas.xy(p) for p in it.points if canvas.depth(p) >= front]
        return [canvas.xy(p) for p in it.points]

    # Which items differ between start and end?
    start_by_key = {it.key: it for it in start_items}
    moved: set[str] = set()
    for it in end_items:
        other = start_by_key.get(it.key)
        if other is None or not same_2d(xy(it), xy(other)):
            moved.add(it.key)

    girdle_depth = {
        "arm": canvas.depth(mul(add(end.joints["sh_l"], end.joints["sh_r"]), 0.5)),
        "leg": canvas.depth(end.joints["root"]),
    }

    def is_far(it: Item) -> bool:
        if it.key in ill.far:
            return True
        if it.key.startswith(("arm_", "leg_")):
            return canvas.depth(it.points[0]) < girdle_depth[it.key[:3]] - 10.0
        return False

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
        f"<title>{escape(ill.title)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff" stroke="none"/>',
        '<g stroke-linecap="round" stroke-linejoin="round">',
    ]
    for it in setting:
        out.extend(element(it.kind, xy(it), STYLES[(it.style, "end")], it.radius * canvas.scale))
    if ill.shadows:
        casting = [i for i in start_items if i.key in moved] + end_items
        for it in casting:
            if it.kind != "line" or it.style != "figure" or it.key == "nose":
                continue
            # Only what is above the surface casts a shadow on it.
            runs: list[list[tuple[float, float]]] = [[]]
            for p in it.points:
                if p[2] >= -0.5:
                    runs[-1].append(canvas.xy((p[0], p[1], 0.0)))
                elif runs[-1]:
                    runs.append([])
            for run in runs:
                if len(run) > 1:
                    out.extend(element("line", run, STYLES[("shadow", "end")], 0.0))

    def depth(it: Item) -> float:
        return sum(canvas.depth(p) for p in it.points) / len(it.points)

    ghosts = [
        i for i in start_items if i.key in moved and (ill.ghosts is None or i.key in ill.ghosts)
    ]
    for it in sorted(ghosts, key=depth):
        out.extend(element(it.kind, xy(it), STYLES[(it.style, "start")], it.radius * canvas.scale))
    for it in sorted(end_items, key=lambda i: (not is_far(i), depth(i))):
        mode = "far" if is_far(it) else "end"
        out.extend(element(it.kind, xy(it), STYLES[(it.style, mode)], it.radius * canvas.scale))
    # A start limb well in front of the head would be hidden by its white face: draw it again.
    face_depth = canvas.depth(end.joints["head"]) + HEAD_R
    face_xy, face_r = canvas.xy(end.joints["head"]), HEAD_R * canvas.scale
    for it in sorted(ghosts, key=depth):
        pts = xy(it)
        crosses = any(near_segment(face_xy, p, q) < face_r for p, q in itertools.pairwise(pts))
        if it.kind == "line" and crosses and depth(it) > face_depth:
            out.extend(element(it.kind, pts, STYLES[(it.style, "start")], 0.0))

    for arrow in ill.arrows:
        shaft, head = arrow_path(start, end, canvas, arrow)
        out.append(f'<path d="{path_d(shaft)}" fill="none" stroke="#ffffff" stroke-width="10"/>')
        out.append(
            f'<polygon points="{pts_attr(head)}" fill="#ffffff" stroke="#ffffff" stroke-width="5"/>'
        )
        out.append(f'<path d="{path_d(shaft)}" fill="none" stroke="{ACCENT}" stroke-width="5"/>')
        out.append(
            f'<polygon points="{pts_attr(head)}" fill="{ACCENT}" stroke="{ACCENT}" '
            'stroke-width="2"/>'
        )
    out += ["</g>", "</svg>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Settings: table, floor, stool, wall
# ---------------------------------------------------------------------------------------


def rect(key: str, x0: float, x1: float, y0: float, y1: float, z: float) -> Item:
    return Item(key, "shape", [(x0, y0, z), (x1, y0, z), (x1, y1, z), (x0, y1, z)], "floor")


def table(x0: float = -200.0, x1: float = 200.0, half: float = 52.0) -> Extras:
    """A treatment table top at z = 0, with a pillow under the head of a supine patient."""

    def make(_: Skeleton) -> list[Item]:
        pillow = rect("pillow", -150.0, -94.0, -28.0, 28.0, 1.0)
        pillow.style = "pillow"
        return [rect("table", x0, x1, -half, half, 0.0), pillow]

    return make


def floor_line(
    x0: float = -260.0, x1: float = 260.0, y0: float = -44.0, y1: float = 44.0
) -> Extras:
    def make(_: Skeleton) -> list[Item]:
        return [rect("floor", x0, x1, y0, y1, 0.0)]

    return make


def stool_and_floor(seat: float) -> Extras:
    def make(_: Skeleton) -> list[Item]:
        return [
            rect("floor", -170.0, 170.0, -150.0, 60.0, 0.0),
            rect("seat", -44.0, 44.0, -26.0, 34.0, seat),
            Item("leg1", "line", [(-38.0, -20.0, seat), (-38.0, -20.0, 0.0)], "edge"),
            Item("leg2", "line", [(38.0, -20.0, seat), (38.0, -20.0, 0.0)], "edge"),
        ]

    return make


def combine(*makers: Extras) -> Extras:
    def make(sk: Skeleton) -> list[Item]:
        return [it for m in makers for it in m(sk)]

    return make


# ---------------------------------------------------------------------------------------
# The library
# ---------------------------------------------------------------------------------------

JZ = 9.0  # height of the joints above the table when lying

LYING = Pose(root=(0.0, 0.0, JZ), arm_l=Limb(Seg(0.0, 12.0)), arm_r=Limb(Seg(0.0, 12.0)))


def straight(g: float, a: float) -> Limb:
    return Limb(Seg(g, a))


def bent(g1: float, a1: float, g2: float, a2: float) -> Limb:
    return Limb(Seg(g1, a1), Seg(g2, a2))


@dataclass(frozen=True)
class Path2:
    """Start and end of the moving limb."""

    start: Limb
    end: Limb
    bulge: float = 0.0


# Upper extremity, right arm; angles in the shoulder frame (see Seg).
UE_ARM_BY_HIP = straight(-4.0, 34.0)  # extension, abduction, internal rotation
UE_ARM_ACROSS_FACE = straight(132.0, -30.0)  # flexion, adduction, external rotation
UE_ARM_ACROSS_HIP = straight(24.0, -36.0)  # extension, adduction, internal rotation
UE_ARM_UP_AND_OUT = straight(158.0, 42.0)  # flexion, abduction, external rotation
UE_BENT_BY_HIP = bent(0.0, 15.0, 160.0, 30.0)  # upper arm by the trunk, hand by the shoulder
UE_BENT_BY_FACE = bent(125.0, -20.0, 170.0, -70.0)  # upper arm over the face, hand by the ear
UE_BENT_ACROSS = bent(10.0, 5.0, 140.0, -55.0)  # forearm across the chest
UE_BENT_UP_OUT = bent(150.0, 48.0, 200.0, -45.0)  # hand behind the head

UE_PATTERNS: dict[str, tuple[str, Path2]] = {
    "ue-d1-flexion": ("Arm D1 flexion", Path2(UE_ARM_BY_HIP, UE_ARM_ACROSS_FACE, -0.12)),
    "ue-d1-flexion-elbow-flexion": (
        "Arm D1 flexion with elbow flexion",
        Path2(UE_ARM_BY_HIP, UE_BENT_BY_FACE, -0.12),
    ),
    "ue-d1-flexion-elbow-extension": (
        "Arm D1 flexion with elbow extension",
        Path2(UE_BENT_BY_HIP, UE_ARM_ACROSS_FACE, -0.12),
    ),
    "ue-d1-extension": ("Arm D1 extension", Path2(UE_ARM_ACROSS_FACE, UE_ARM_BY_HIP, 0.12)),
    "ue-d1-extension-elbow-extension": (
        "Arm D1 extension with elbow extension",
        Path2(UE_BENT_BY_FACE, UE_ARM_BY_HIP, 0.12),
    ),
    "ue-d1-extension-elbow-flexion": (
        "Arm D1 extension with elbow flexion",
        Path2(UE_ARM_ACROSS_FACE, UE_BENT_BY_HIP, 0.12),
    ),
    "ue-d2-flexion": ("Arm D2 flexion", Path2(UE_ARM_ACROSS_HIP, UE_ARM_UP_AND_OUT, 0.15)),
    "ue-d2-flexion-elbow-flexion": (
        "Arm D2 flexion with elbow flexion",
        Path2(UE_ARM_ACROSS_HIP, UE_BENT_UP_OUT, 0.15),
    ),
    "ue-d2-flexion-elbow-extension": (
        "Arm D2 flexion with elbow extension",
        Path2(UE_BENT_ACROSS, UE_ARM_UP_AND_OUT, 0.15),
    ),
    "ue-d2-extension": ("Arm D2 extension", Path2(UE_ARM_UP_AND_OUT, UE_ARM_ACROSS_HIP, -0.15)),
    "ue-d2-extension-elbow-extension": (
        "Arm D2 extension with elbow extension",
        Path2(UE_BENT_UP_OUT, UE_ARM_ACROSS_HIP, -0.15),
    ),
    "ue-d2-extension-elbow-flexion": (
        "Arm D2 extension with elbow flexion",
        Path2(UE_ARM_UP_AND_OUT, UE_BENT_ACROSS, -0.15),
    ),
}

# Lower extremity, right leg; angles in the pelvic frame.
LE_OUT = straight(-6.0, 26.0)  # extension, abduction, internal rotation
LE_UP_ACROSS = straight(62.0, -16.0)  # flexion, adduction, external rotation
LE_ACROSS = straight(2.0, -13.0)  # extension, adduction, external rotation
LE_UP_OUT = straight(52.0, 40.0)  # flexion, abduction, internal rotation
LE_BENT_ACROSS = bent(100.0, -18.0, -30.0, -30.0)  # hip and knee flexed, knee toward the other side
LE_BENT_OUT_HANGING = bent(-8.0, 30.0, -95.0, 30.0)  # off the edge, knee flexed
LE_BENT_UP_OUT = bent(95.0, 28.0, -30.0, 45.0)  # hip and knee flexed, foot out
LE_BENT_ACROSS_HANGING = bent(-6.0, -6.0, -95.0, -20.0)  # over the end, knee flexed
# The other leg out of the way: hip and knee flexed, foot on the table.
LE_LEFT_CROOK = Limb(end=Seg(0.0), reach=Reach((46.0, HIP_HALF + 6.0, 5.0), (0.2, 0.0, 1.0)))

LE_PATTERNS: dict[str, tuple[str, Path2]] = {
    "le-d1-flexion": ("Leg D1 flexion", Path2(LE_OUT, LE_UP_ACROSS, 0.1)),
    "le-d1-flexion-knee-flexion": (
        "Leg D1 flexion with knee flexion",
        Path2(LE_OUT, LE_BENT_ACROSS, 0.1),
    ),
    "le-d1-flexion-knee-extension": (
        "Leg D1 flexion with knee extension",
        Path2(LE_BENT_OUT_HANGING, LE_UP_ACROSS, 0.1),
    ),
    "le-d1-extension": ("Leg D1 extension", Path2(LE_UP_ACROSS, LE_OUT, -0.1)),
    "le-d1-extension-knee-extension": (
        "Leg D1 extension with knee extension",
        Path2(LE_BENT_ACROSS, LE_OUT, -0.1),
    ),
    "le-d1-extension-knee-flexion": (
        "Leg D1 extension with knee flexion",
        Path2(LE_UP_ACROSS, LE_BENT_OUT_HANGING, -0.1),
    ),
    "le-d2-flexion": ("Leg D2 flexion", Path2(LE_ACROSS, LE_UP_OUT, -0.1)),
    "le-d2-flexion-knee-flexion": (
        "Leg D2 flexion with knee flexion",
        Path2(LE_ACROSS, LE_BENT_UP_OUT, -0.1),
    ),
    "le-d2-flexion-knee-extension": (
        "Leg D2 flexion with knee extension",
        Path2(LE_BENT_ACROSS_HANGING, LE_UP_OUT, -0.1),
    ),
    "le-d2-extension": ("Leg D2 extension", Path2(LE_UP_OUT, LE_ACROSS, 0.1)),
    "le-d2-extension-knee-flexion": (
        "Leg D2 extension with knee flexion",
        Path2(LE_UP_OUT, LE_BENT_ACROSS_HANGING, 0.1),
    ),
    "le-d2-extension-knee-extension": (
        "Leg D2 extension with knee extension",
        Path2(LE_BENT_UP_OUT, LE_ACROSS, 0.1),
    ),
}

LE_CAMERA = Camera(-15.0, 30.0)


def pnf_limbs() -> list[Illustration]:
    out = []
    for name, (title, path) in UE_PATTERNS.items():
        out.append(
            Illustration(
                name,
                title,
                SUPINE,
                TOP,
                replace(LYING, arm_r=path.start),
                replace(LYING, arm_r=path.end),
                (Arrow("arm_r3", bulge=path.bulge, trim=(12.0, 10.0)),),
                setting=table(),
                zoom=1.2,
                fit=("head", "spine", "shoulders", "arm_r", "arm_l", "pelvis"),
            )
        )
    for name, (title, path) in LE_PATTERNS.items():
        # Knee flexion with the hip extended and adducted: the legs hang over the end.
        over_the_end = LE_BENT_ACROSS_HANGING in (path.start, path.end)
        lying = replace(LYING, leg_l=LE_LEFT_CROOK) if over_the_end else LYING
        out.append(
            Illustration(
                name,
                title,
                SUPINE,
                LE_CAMERA,
                replace(lying, leg_r=path.start),
                replace(lying, leg_r=path.end),
                (Arrow("leg_r2", bulge=path.bulge, trim=(12.0, 10.0)),),
                setting=table(x0=-200.0, x1=56.0 if over_the_end else 150.0),
                zoom=1.6,
                shadows=True,
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Scapula and pelvis: side-lying on the left side, seen from above (face up the page)
# ---------------------------------------------------------------------------------------

SIDE_POSE = Pose(
    root=(0.0, 0.0, HIP_HALF + 4.0),
    lumbar=Seg(180.0, 6.0),
    thorax=Seg(180.0, 14.0),
    neck=Seg(180.0, -10.0),
    arm_l=Limb(Seg(85.0), Seg(150.0)),
    arm_r=Limb(Seg(18.0), Seg(40.0)),
    leg_r=Limb(Seg(45.0), Seg(-35.0)),
    leg_l=Limb(Seg(30.0), Seg(-25.0)),
)
GLIDE = 10.0
GIRDLE_CAMERA = TOP


def scapula_mark(sk: Skeleton) -> list[Item]:
    up = sk.frames["upper"]
    c = scapula_centre(sk)
    return [
        Item("scapula", "line", [add(c, mul(up.s, 13.0)), add(c, mul(up.s, -13.0))], "highlight")
    ]


def scapula_centre(sk: Skeleton) -> Vec:
    up = sk.frames["upper"]
    return add(sk.joints["sh_r"], mul(up.a, -14.0), mul(up.s, -18.0))


def pelvis_mark(sk: Skeleton) -> list[Item]:
    fr = sk.frames["pelvis"]
    c = add(sk.joints["hip_r"], mul(fr.s, 18.0))
    return [Item("crest", "line", [add(c, mul(fr.a, 14.0)), add(c, mul(fr.a, -12.0))], "highlight")]


def pelvis_centre(sk: Skeleton) -> Vec:
    return add(sk.joints["hip_r"], mul(sk.frames["pelvis"].s, 18.0))


# (superior, anterior) direction of each diagonal, and what the title says.
GIRDLE = {
    "anterior-elevation": ((1.0, 1.0), "anterior elevation"),
    "posterior-depression": ((-1.0, -1.0), "posterior depression"),
    "anterior-depression": ((-1.0, 1.0), "anterior depression"),
    "posterior-elevation": ((1.0, -1.0), "posterior elevation"),
}


def back_line(sk: Skeleton) -> list[Item]:
    """The outline of the back, so the far side of the trunk reads as the back."""
    up, fr = sk.frames["upper"], sk.frames["pelvis"]
    pts = [
        add(sk.joints["neck"], mul(up.a, -10.0), mul(up.s, 8.0)),
        add(sk.joints["neck"], mul(up.a, -26.0), mul(up.s, -14.0)),
        add(sk.joints["neck"], mul(up.a, -28.0), mul(up.s, -34.0)),
        add(sk.joints["waist"], mul(fr.a, -22.0)),
        add(sk.joints["root"], mul(fr.a, -26.0), mul(fr.s, 14.0)),
        add(sk.joints["root"], mul(fr.a, -28.0), mul(fr.s, -8.0)),
        add(sk.joints["root"], mul(fr.a, -22.0), mul(fr.s, -28.0)),
    ]
    return [Item("back", "line", pts, "detail")]


def girdle() -> list[Illustration]:
    out = []
    head_pillow = Item(
        "pillow",
        "shape",
        [(-150.0, -26.0, 1.0), (-96.0, -26.0, 1.0), (-96.0, 30.0, 1.0), (-150.0, 30.0, 1.0)],
        "pillow",
    )
    table_side = combine(lambda _: [rect("table", -150.0, 150.0, -60.0, 60.0, 0.0), head_pillow])
    for key, ((ds, da), words) in GIRDLE.items():
        there = (ds * GLIDE, da * GLIDE, 0.0)
        back = (-ds * GLIDE, -da * GLIDE, 0.0)
        out.append(
            Illustration(
                f"scapula-{key}",
                f"Scapula {words}",
                SIDE_LYING,
                GIRDLE_CAMERA,
                replace(SIDE_POSE, shoulder_r=back),
                replace(SIDE_POSE, shoulder_r=there),
                (Arrow(scapula_centre, bulge=0.12, offset=-22.0, scale=1.6, trim=(0.0, 0.0)),),
                setting=table_side,
                extras=combine(back_line, scapula_mark),
                zoom=1.9,
                fit=("head", "spine", "shoulders", "arm_r", "scapula"),
                ghosts=("scapula",),
                far=("back",),
            )
        )
        out.append(
            Illustration(
                f"pelvis-{key}",
                f"Pelvis {words}",
                SIDE_LYING,
                GIRDLE_CAMERA,
                replace(SIDE_POSE, hip_r=back),
                replace(SIDE_POSE, hip_r=there),
                (Arrow(pelvis_centre, bulge=0.12, offset=-22.0, scale=1.6, trim=(0.0, 0.0)),),
                setting=table_side,
                extras=combine(back_line, pelvis_mark),
                zoom=1.6,
                fit=("spine", "pelvis", "leg_r", "crest"),
                ghosts=("crest",),
                far=("back",),
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Trunk and neck: sitting on a stool, seen from the front
# ---------------------------------------------------------------------------------------

SEAT = SHANK + 6.0
SIT_Z = SEAT + 8.0
SIT_CAMERA = Camera(-104.0, 10.0)
SITTING = Pose(
    root=(0.0, 0.0, SIT_Z),
    leg_r=Limb(Seg(90.0, 10.0), Seg(0.0, 6.0)),
    leg_l=Limb(Seg(90.0, 10.0), Seg(0.0, 6.0)),
    arm_r=Limb(Seg(20.0, 8.0), Seg(70.0, -20.0)),
    arm_l=Limb(Seg(20.0, 8.0), Seg(70.0, -20.0)),
)


def grip(target: Vec, lead: str) -> dict[str, Limb]:
    """Both hands on one point, the other hand holding the lead wrist."""
    other = add(target, (6.0 if lead == "r" else -6.0, 4.0, 6.0))
    hint_r, hint_l = (-1.0, 0.2, -0.6), (1.0, 0.2, -0.6)
    arm_r = Limb(reach=Reach(target if lead == "r" else other, hint_r))
    arm_l = Limb(reach=Reach(other if lead == "r" else target, hint_l))
    return {"arm_r": arm_r, "arm_l": arm_l}


# The patient's right is world -x; hands high over the left shoulder, low by the right hip.
HIGH_LEFT = (62.0, -38.0, SIT_Z + 168.0)
LOW_RIGHT = (-58.0, -52.0, SIT_Z + 4.0)
LOW_LEFT = (60.0, -52.0, SIT_Z + 4.0)
HIGH_RIGHT = (-64.0, -38.0, SIT_Z + 170.0)

CHOP_START = replace(
    SITTING,
    lumbar=Seg(182.0, -4.0),
    thorax=Seg(186.0, -8.0),
    twist=-22.0,
    face=Seg(118.0),
    yaw=-30.0,
    **grip(HIGH_LEFT, "r"),
)
CHOP_END = replace(
    SITTING,
    lumbar=Seg(172.0, 6.0),
    thorax=Seg(150.0, 16.0),
    twist=28.0,
    face=Seg(55.0),
    yaw=30.0,
    **grip(LOW_RIGHT, "r"),
)
LIFT_START = replace(
    SITTING,
    lumbar=Seg(172.0, -6.0),
    thorax=Seg(152.0, -16.0),
    twist=-28.0,
    face=Seg(55.0),
    yaw=-30.0,
    **grip(LOW_LEFT, "r"),
)
LIFT_END = replace(
    SITTING,
    lumbar=Seg(184.0, 4.0),
    thorax=Seg(190.0, 8.0),
    twist=22.0,
    face=Seg(120.0),
    yaw=30.0,
    **grip(HIGH_RIGHT, "r"),
)

SEATED = stool_and_floor(SEAT)


# The start of a chop or lift: trunk, head and lead arm (both arms would blur together).
TRUNK_GHOSTS = ("spine", "shoulders", "head", "arm_r")


def trunk() -> list[Illustration]:
    def ill(name: str, title: str, a: Pose, b: Pose, bulge: float) -> Illustration:
        return Illustration(
            name,
            title,
            UPRIGHT,
            SIT_CAMERA,
            a,
            b,
            (Arrow("arm_r3", bulge=bulge),),
            SEATED,
            ghosts=TRUNK_GHOSTS,
        )

    return [
        ill("trunk-chop", "Trunk chop", CHOP_START, CHOP_END, -0.18),
        ill("trunk-reverse-chop", "Trunk reverse chop", CHOP_END, CHOP_START, 0.18),
        ill("trunk-lift", "Trunk lift", LIFT_START, LIFT_END, 0.18),
        ill("trunk-reverse-lift", "Trunk reverse lift", LIFT_END, LIFT_START, -0.18),
    ]


NECK_CAMERA = Camera(-122.0, 6.0)
NECK_FLEXED = replace(SITTING, neck=Seg(150.0, 12.0), face=Seg(35.0, 0.0), yaw=32.0)
NECK_EXTENDED = replace(SITTING, neck=Seg(200.0, -8.0), face=Seg(140.0, 0.0), yaw=-38.0)
NECK_FIT = ("head", "nose", "shoulders")


def face_cross(sk: Skeleton) -> list[Item]:
    """The facial midline and eye line on the head, so its turn and tilt read at a glance."""
    head, face, up = sk.joints["head"], sk.joints["face"], sk.joints["head_up"]
    right = cross(face, up)
    r = HEAD_R * 0.97
    angles = [math.radians(t) for t in range(-80, 81, 8)]
    mid = [add(head, mul(face, r * math.cos(t)), mul(up, r * math.sin(t))) for t in angles]
    eye_c = add(head, mul(up, r * 0.22))
    re = r * math.cos(math.asin(0.22))
    eyes = [add(eye_c, mul(face, re * math.cos(t)), mul(right, re * math.sin(t))) for t in angles]
    return [
        Item("midline", "line", mid, "detail", cull=head),
        Item("eyeline", "line", eyes, "detail", cull=head),
    ]


def neck() -> list[Illustration]:
    def ill(name: str, title: str, a: Pose, b: Pose, bulge: float) -> Illustration:
        return Illustration(
            name,
            title,
            UPRIGHT,
            NECK_CAMERA,
            a,
            b,
            (Arrow("nose", bulge=bulge, offset=-14.0, scale=1.3, trim=(4.0, 2.0)),),
            SEATED,
            face_cross,
            zoom=2.6,
            fit=NECK_FIT,
        )

    return [
        ill("neck-flexion", "Neck flexion with rotation", NECK_EXTENDED, NECK_FLEXED, 0.25),
        ill("neck-extension", "Neck extension with rotation", NECK_FLEXED, NECK_EXTENDED, -0.25),
    ]


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


def library() -> list[Illustration]:
    return pnf_limbs() + girdle() + trunk() + neck() + home()


# ---------------------------------------------------------------------------------------


def generate(out_dir: Path) -> list[Path]:
    """Write every illustration into out_dir; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ill in library():
        path = out_dir / f"{ill.name}.svg"
        path.write_text(render(ill), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    for path in generate(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
