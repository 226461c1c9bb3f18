"""Drawing the illustrations: camera, fitting to the canvas, the body with volume.

Every illustration shows one movement: the START position faint (a light fill with a
dashed outline), the END position solid (filled body parts with a dark outline and the
joints of the limbs marked), the DIRECTION as a curved accent arrow with a filled head
and, on PNF patterns, the therapist's hand contacts as small filled ovals. Both
positions, the contacts and the arrows are fitted inside the canvas with a margin, so
no part of the body is cut at the edge. Coordinates are rounded, so the output is
byte-for-byte deterministic.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from figure_arrows import Arrow, Mark, Pt, arrow_svg, curve, shaft_and_heads, tick_lines
from figure_model import (
    HEAD_R,
    Frame,
    Item,
    Pose,
    Skeleton,
    Vec,
    add,
    build,
    cross,
    dot,
    mul,
    sub,
    unit,
)
from figure_svg import (
    HEIGHT,
    MARGIN,
    WIDTH,
    blob,
    element,
    near_segment,
    num,
    polygon,
)

# Style: one palette for every drawing, readable in black-and-white print.
INK = "#27313c"  # outlines of the end position
FAR_INK = "#5c6670"  # outlines of the limbs on the far side of the body
START_INK = "#98a3ae"  # outline of the start position, dashed
SKIN = "#f3dcc8"  # body of the end position
FAR_SKIN = "#d8c2b0"  # limbs on the far side
START_FILL = "#e9edf1"  # body of the start position
CONTACT = "#862e9c"  # the therapist's hands (a dark grey in black-and-white print)
HIGHLIGHT = "#1c7ed6"  # the scapula, pelvis or muscle the exercise is about
HIGHLIGHT_START = "#9cc4ee"
BAND = "#2b8a3e"  # elastic band
BAND_START = "#a9d3b2"
FLOOR_FILL = "#eef1f4"
FLOOR_LINE = "#c6cdd4"
SHADOW = "#d9dfe5"

# (outline colour, fill, outline width, dash)
PART_STYLES = {
    "end": (INK, SKIN, "2.5", ""),
    "far": (FAR_INK, FAR_SKIN, "2.5", ""),
    "start": (START_INK, START_FILL, "2", "5 4"),
}


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
    far: tuple[str, ...] = ()  # limbs drawn as on the far side
    shadows: bool = False  # limbs cast a shadow straight down onto the table or floor
    ghosts: tuple[str, ...] | None = None  # moved items whose start is drawn; None: all
    contacts: tuple[Contact, ...] = ()  # the therapist's hands on a PNF pattern
    marks: tuple[Mark, ...] = ()  # force arrows: held pushes, both ways of a stabilization
    start_frame: Frame | None = None  # the start's posture when it differs (rolling)


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

    def fit(self, boxes: Iterable[tuple[float, float, float, float]], zoom: float) -> None:
        """Scale and move so that every box (raw x0, y0, x1, y1) lies inside the margin."""
        x0s, y0s, x1s, y1s = zip(*boxes, strict=True)
        left, top, right, bottom = min(x0s), min(y0s), max(x1s), max(y1s)
        w, h = right - left, bottom - top
        self.scale = min(zoom, (WIDTH - 2 * MARGIN) / max(w, 1), (HEIGHT - 2 * MARGIN) / max(h, 1))
        self.dx = WIDTH / 2 - (left + right) / 2 * self.scale
        self.dy = HEIGHT / 2 - (top + bottom) / 2 * self.scale

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        """A screen point back in raw (unscaled) picture coordinates."""
        return (x - self.dx) / self.scale, (y - self.dy) / self.scale


def same_2d(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> bool:
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) < 0.6 and abs(p[1] - q[1]) < 0.6 for p, q in zip(a, b, strict=True)
    )


STYLES: dict[tuple[str, str], dict[str, str]] = {
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
    ("bag", "end"): {"stroke": INK, "stroke-width": "2.5", "fill": "#adb5bd"},
    ("edge", "end"): {"stroke": FLOOR_LINE, "stroke-width": "3"},
    ("edge", "far"): {"stroke": FLOOR_LINE, "stroke-width": "3"},
    ("edge", "start"): {"stroke": FLOOR_LINE, "stroke-width": "3"},
}


Drawn = tuple[list[Pt], list[list[Pt]], list[list[Pt]]]


def arrow_path(start: Skeleton, end: Skeleton, canvas: Canvas, arrow: Arrow) -> Drawn:
    """The movement arrow's shaft, heads and ticks, in screen points."""
    p0 = canvas.xy(tracked(start, arrow.track))
    p1 = canvas.xy(tracked(end, arrow.track))
    pts = curve(p0, p1, arrow.bulge, arrow.offset, arrow.scale)
    shaft, heads = shaft_and_heads(pts, arrow.trim[0], arrow.trim[1], arrow.both)
    return shaft, heads, tick_lines(shaft, arrow.ticks)


def mark_path(end: Skeleton, canvas: Canvas, mark: Mark) -> Drawn:
    """A force arrow at a point of the end position, in screen points."""
    at = tracked(end, mark.at)
    (x, y), (x2, y2) = canvas.xy(at), canvas.xy(add(at, mul(unit(mark.toward), 10.0)))
    n = math.hypot(x2 - x, y2 - y)
    ux, uy = ((x2 - x) / n, (y2 - y) / n) if n > 1e-3 else (0.0, 1.0)
    half = mark.length / 2
    if mark.both:
        p0, p1 = (x - ux * half, y - uy * half), (x + ux * half, y + uy * half)
    elif mark.away:
        p0 = (x + ux * mark.gap, y + uy * mark.gap)
        p1 = (p0[0] + ux * mark.length, p0[1] + uy * mark.length)
    else:
        p1 = (x - ux * mark.gap, y - uy * mark.gap)
        p0 = (p1[0] - ux * mark.length, p1[1] - uy * mark.length)
    pts = curve(p0, p1, mark.bulge, mark.offset)
    shaft, heads = shaft_and_heads(pts, -12.0 if mark.both else 0.0, -12.0, mark.both)
    return shaft, heads, []


# ---------------------------------------------------------------------------------------
# The body with volume: each part is a few blobs (circles joined by their hull)
# ---------------------------------------------------------------------------------------

Circle = tuple[Vec, float]
PART_ITEMS = {
    "torso": ("spine", "pelvis", "shoulders"),
    "head": ("head", "nose"),
    **{limb: (limb,) for limb in ("arm_r", "arm_l", "leg_r", "leg_l")},
}  # a world point and its radius, in drawing units
LIMBS = ("arm_r", "arm_l", "leg_r", "leg_l")
# Shoulder, elbow, wrist; hip, knee, ankle: radii of the segments around them.
ARM_R = (7.5, 6.0, 4.5)
LEG_R = (12.0, 8.5, 5.5)


@dataclass(frozen=True)
class Contact:
    """Where one of the therapist's hands lies, on the end position.

    where gives the point and the direction the hand's oval lies along: a limb and a
    position along its joints (0 shoulder or hip, 1 elbow or knee, 2 wrist or ankle,
    3 fingertips or toes), or a function of the figure.
    """

    where: tuple[str, float] | Callable[[Skeleton], tuple[Vec, Vec]]


def along(sk: Skeleton, limb: str, at: float) -> tuple[Vec, Vec]:
    i = min(int(at), 2)
    a, b = sk.joints[f"{limb}{i}"], sk.joints[f"{limb}{i + 1}"]
    t = at - i
    return add(mul(a, 1 - t), mul(b, t)), unit(sub(b, a))


def contact_point(sk: Skeleton, contact: Contact) -> tuple[Vec, Vec]:
    if callable(contact.where):
        return contact.where(sk)
    return along(sk, *contact.where)


def body(sk: Skeleton) -> dict[str, list[list[Circle]]]:
    """The figure's parts, each a list of blobs; a blob of one circle is drawn round."""
    j = sk.joints
    neck, waist, root = j["neck"], j["waist"], j["root"]
    chest = add(mul(neck, 0.55), mul(waist, 0.45))
    face = j["face"]
    parts: dict[str, list[list[Circle]]] = {
        "torso": [
            [(neck, 6.5), (add(neck, mul(sub(j["head"], neck), 0.6)), 6.0)],
            [(waist, 14.0), (j["hip_l"], 12.0), (j["hip_r"], 12.0), (root, 15.0)],
            [(j["sh_l"], 10.0), (j["sh_r"], 10.0), (chest, 17.0), (waist, 14.0)],
        ],
        "head": [
            [(add(j["head"], mul(face, HEAD_R - 2.0)), 4.0), (j["nose"], 2.5)],
            [(j["head"], HEAD_R)],
        ],
    }
    for limb in LIMBS:
        p = [j[f"{limb}{i}"] for i in range(4)]
        r0, r1, r2 = LEG_R if limb.startswith("leg") else ARM_R
        if limb.startswith("arm"):
            palm = add(p[2], mul(sub(p[3], p[2]), 0.5))
            end = [(p[2], r2), (palm, r2 + 1.5), (p[3], r2 - 1.0)]
        else:
            back = add(mul(unit(sub(p[2], p[1])), 4.0), mul(unit(sub(p[3], p[2])), -5.0))
            end = [(add(p[2], back), r2), (p[2], r2), (p[3], r2 - 1.5)]
        parts[limb] = [[(p[0], r0), (p[1], r1)], [(p[1], r1), (p[2], r2)], end]
    return parts


def part_depth(canvas: Canvas, blobs: list[list[Circle]]) -> float:
    centres = [c for blob_ in blobs for c, _ in blob_]
    return sum(canvas.depth(c) for c in centres) / len(centres)


def raw_box(canvas: Canvas, c: Vec, r: float) -> tuple[float, float, float, float]:
    x, y = canvas.raw(c)
    return x - r, y - r, x + r, y + r


def draw_part(
    canvas: Canvas, blobs: list[list[Circle]], mode: str, joints: list[tuple[str, Vec]]
) -> list[str]:
    """Each blob filled and outlined, from the trunk out: the rounded end of a forearm
    or shank is drawn over the segment before it, the way a joint looks."""
    line, fill, width, dash = PART_STYLES[mode]
    attrs = {"fill": fill, "stroke": line, "stroke-width": width}
    if dash:
        attrs["stroke-dasharray"] = dash
    out = []
    for blob_ in blobs:
        pts = [(canvas.xy(c), r * canvas.scale) for c, r in blob_]
        if len(pts) == 1:
            (x, y), r = pts[0]
            a = " ".join(f'{k}="{v}"' for k, v in attrs.items())
            out.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" {a}/>')
        else:
            out.append(polygon(blob(pts), attrs))
    for name, p in joints:
        x, y = canvas.xy(p)
        out.append(f'<circle id="{name}" cx="{num(x)}" cy="{num(y)}" r="2.2" fill="{line}"/>')
    return out


def draw_contact(canvas: Canvas, centre: Vec, direction: Vec) -> str:
    (x, y) = canvas.xy(centre)
    (x2, y2) = canvas.xy(add(centre, direction))
    dx, dy = x2 - x, y2 - y
    n = math.hypot(dx, dy)
    ux, uy = (dx / n, dy / n) if n > 1e-3 else (1.0, 0.0)
    ends = [((x - ux * 5.0, y - uy * 5.0), 6.0), ((x + ux * 5.0, y + uy * 5.0), 6.0)]
    return polygon(blob(ends), {"fill": CONTACT, "stroke": "#ffffff", "stroke-width": "2"})


def arrow_raw_boxes(
    ill: Illustration, start: Skeleton, end: Skeleton, canvas: Canvas
) -> list[tuple[float, float, float, float]]:
    """The arrows' screen extent (shaft and head, with room for the stroke), made raw."""
    boxes = []
    drawn = [arrow_path(start, end, canvas, a) for a in ill.arrows]
    drawn += [mark_path(end, canvas, m) for m in ill.marks]
    for shaft, heads, _ in drawn:
        for x, y in [*shaft, *(p for h in heads for p in h)]:
            rx, ry = canvas.unproject(x, y)
            pad = 6.0 / canvas.scale
            boxes.append((rx - pad, ry - pad, rx + pad, ry + pad))
    return boxes


def render(ill: Illustration) -> str:
    canvas = Canvas(ill.camera)
    start = build(ill.start, ill.start_frame or ill.frame)
    end = build(ill.end, ill.frame)
    start_body, end_body = body(start), body(end)
    start_extras = ill.extras(start) if ill.extras else []
    end_extras = ill.extras(end) if ill.extras else []
    setting = ill.setting(end) if ill.setting else []

    # Fit both positions, the hand contacts and the arrows inside the margin.
    boxes = [
        raw_box(canvas, c, r)
        for parts in (start_body, end_body)
        for blobs in parts.values()
        for blob_ in blobs
        for c, r in blob_
    ]
    boxes += [
        raw_box(canvas, p, 2.0)
        for it in start_extras + end_extras
        if it.style != "band"
        for p in it.points
    ]
    boxes += [raw_box(canvas, contact_point(end, c)[0], 12.0) for c in ill.contacts]
    canvas.fit(boxes, ill.zoom)
    for _ in range(4):  # the arrows' pixel offsets depend on the scale: settle it
        arrows = arrow_raw_boxes(ill, start, end, canvas)
        canvas.fit(boxes + arrows, ill.zoom)
    canvas.fit(boxes + arrow_raw_boxes(ill, start, end, canvas), ill.zoom)

    def xy(it: Item) -> list[tuple[float, float]]:
        if it.cull is not None:
            front = canvas.depth(it.cull)
            return [canvas.xy(p) for p in it.points if canvas.depth(p) >= front]
        return [canvas.xy(p) for p in it.points]

    def centres(blobs: list[list[Circle]]) -> list[tuple[float, float]]:
        return [canvas.xy(c) for blob_ in blobs for c, _ in blob_]

    moved_parts = {
        key
        for key, blobs in end_body.items()
        if not same_2d(centres(blobs), centres(start_body[key]))
    }
    start_by_key = {it.key: it for it in start_extras}
    moved_extras = {
        it.key
        for it in end_extras
        if it.key not in start_by_key or not same_2d(xy(it), xy(start_by_key[it.key]))
    }
    ghost_keys = (
        {i for items in PART_ITEMS.values() for i in items}
        if ill.ghosts is None
        else set(ill.ghosts)
    )
    ghost_parts = [  # in the body's order: a set's order changes from run to run
        k
        for k in end_body
        if k in moved_parts and any(item in ghost_keys for item in PART_ITEMS.get(k, (k,)))
    ]
    girdle_depth = {
        "arm": canvas.depth(mul(add(end.joints["sh_l"], end.joints["sh_r"]), 0.5)),
        "leg": canvas.depth(end.joints["root"]),
    }

    def is_far(key: str) -> bool:
        if key in ill.far:
            return True
        if key in LIMBS:
            return canvas.depth(end.joints[f"{key}0"]) < girdle_depth[key[:3]] - 10.0
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
        casting = [k for k in ghost_parts if k in LIMBS]
        for sk, keys in ((start, casting), (end, list(LIMBS))):
            for key in keys:
                # Only what is above the surface casts a shadow on it.
                runs: list[list[tuple[float, float]]] = [[]]
                for i in range(4):
                    p = sk.joints[f"{key}{i}"]
                    if p[2] >= -0.5:
                        runs[-1].append(canvas.xy((p[0], p[1], 0.0)))
                    elif runs[-1]:
                        runs.append([])
                for run in runs:
                    if len(run) > 1:
                        out.extend(element("line", run, STYLES[("shadow", "end")], 0.0))

    # The start position, faint, behind everything that is drawn solid.
    for key in sorted(ghost_parts, key=lambda k: part_depth(canvas, start_body[k])):
        out.extend(draw_part(canvas, start_body[key], "start", []))
    ghost_extras = [
        it
        for it in start_extras
        if it.key in moved_extras and (ill.ghosts is None or it.key in ill.ghosts)
    ]
    for it in ghost_extras:
        out.extend(element(it.kind, xy(it), STYLES[(it.style, "start")], it.radius * canvas.scale))

    # The end position: far limbs first, then by depth; outlines that read as the back,
    # highlighted parts and bands on top of the body.
    for it in end_extras:
        if it.key in ill.far:
            out.extend(element(it.kind, xy(it), STYLES[(it.style, "far")], 0.0))
    order = sorted(end_body, key=lambda k: (not is_far(k), part_depth(canvas, end_body[k])))
    for key in order:
        mode = "far" if is_far(key) else "end"
        joints = [(f"{key}{i}", end.joints[f"{key}{i}"]) for i in range(3)] if key in LIMBS else []
        out.extend(draw_part(canvas, end_body[key], mode, joints))
    for it in end_extras:
        if it.key not in ill.far:
            out.extend(
                element(it.kind, xy(it), STYLES[(it.style, "end")], it.radius * canvas.scale)
            )

    # A start limb in front of the face would be hidden by it: its outline again.
    face_depth = canvas.depth(end.joints["head"]) + HEAD_R
    face_xy, face_r = canvas.xy(end.joints["head"]), HEAD_R * canvas.scale
    for key in ghost_parts:
        if key not in LIMBS or part_depth(canvas, start_body[key]) <= face_depth:
            continue
        pts = centres(start_body[key])
        if any(near_segment(face_xy, p, q) < face_r for p, q in itertools.pairwise(pts)):
            line, _, _, dash = PART_STYLES["start"]
            for blob_ in start_body[key]:
                shape = blob([(canvas.xy(c), r * canvas.scale) for c, r in blob_])
                attrs = {"fill": "none", "stroke": line, "stroke-width": "2"}
                out.append(polygon(shape, attrs | {"stroke-dasharray": dash}))

    for arrow in ill.arrows:
        out += arrow_svg(*arrow_path(start, end, canvas, arrow))
    for mark in ill.marks:
        out += arrow_svg(*mark_path(end, canvas, mark))
    for contact in ill.contacts:
        out.append(draw_contact(canvas, *contact_point(end, contact)))
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
