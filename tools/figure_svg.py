"""SVG pieces for the illustrations: number format, clipping to the canvas, filled body
shapes (convex hulls of circles) and the elements that draw them.

Only SVG Tiny features that Qt's QSvgRenderer and svglib both draw are written: paths,
lines, polylines, polygons and circles with presentation attributes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

WIDTH, HEIGHT = 400, 300
MARGIN = 14.0


def num(v: float) -> str:
    s = f"{v:.1f}"
    return "0" if s in ("-0.0", "0.0") else s.removesuffix(".0")


def pts_attr(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


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


def circle_points(c: Pt, r: float, n: int = 12) -> list[Pt]:
    return [
        (c[0] + r * math.cos(2 * math.pi * i / n), c[1] + r * math.sin(2 * math.pi * i / n))
        for i in range(n)
    ]


def hull(points: Sequence[Pt]) -> list[Pt]:
    """The convex hull (Andrew's monotone chain), counter-clockwise, without repeats."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def turn(o: Pt, a: Pt, b: Pt) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Pt] = []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Pt] = []
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def blob(circles: Sequence[tuple[Pt, float]]) -> list[Pt]:
    """The outline around a few circles: two give a tapered capsule (a limb segment),
    more give a rounded block (the chest, the pelvis). Rounded to the output's 0.1 px."""
    pts = [p for c, r in circles for p in circle_points(c, r)]
    return hull([(round(x, 1), round(y, 1)) for x, y in pts])


def polygon(pts: Sequence[Pt], attrs: dict[str, str]) -> str:
    a = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f'<polygon points="{pts_attr(pts)}" {a}/>'
