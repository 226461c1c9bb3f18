"""The accent arrows of the illustrations, in screen coordinates.

A movement arrow follows a tracked point from the start to the end position (`Arrow`).
A force arrow (`Mark`) sits at one point of the end position: a push the patient holds
against, or, double-headed, the two directions of a stabilizing technique. Both are a
quadratic curve with a filled head at the end, optionally one at the start too, and
optionally short ticks across the shaft: the re-stretches of repeated stretch through
the range.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from figure_model import Skeleton, Vec
from figure_svg import path_d, pts_attr, trim

Pt = tuple[float, float]
ACCENT = "#d9480f"  # a mid grey in black-and-white print


@dataclass(frozen=True)
class Arrow:
    """The curved direction arrow along the path of one tracked point."""

    track: str | Callable[[Skeleton], Vec]
    bulge: float = 0.0  # sideways bow, as a fraction of the chord (screen space)
    offset: float = 0.0  # whole arrow moved sideways, in pixels
    scale: float = 1.0  # stretched or shrunk about its middle
    trim: tuple[float, float] = (8.0, 8.0)  # pixels left free at start and end
    both: bool = False  # a head at the start too: the movement goes both ways
    ticks: int = 0  # re-stretch marks across the shaft


@dataclass(frozen=True)
class Mark:
    """A short arrow at a point of the end position, along a world direction.

    The arrow ends `gap` pixels before the point (it pushes on it), or with `away`
    starts `gap` pixels from it (the part pushes that way), or with `both` is centred on
    it with heads at both ends.
    """

    at: str | Callable[[Skeleton], Vec]
    toward: Vec
    length: float = 34.0
    gap: float = 10.0
    bulge: float = 0.0
    both: bool = False
    away: bool = False
    offset: float = 0.0  # moved sideways, in pixels


def curve(p0: Pt, p1: Pt, bulge: float, offset: float = 0.0, scale: float = 1.0) -> list[Pt]:
    """A quadratic curve from p0 to p1, bowed sideways by `bulge` (positive: to the left
    of the direction of travel), moved sideways by `offset` and scaled about its middle."""
    (x0, y0), (x1, y1) = p0, p1
    chord = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = (y1 - y0) / chord, -(x1 - x0) / chord
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    ox, oy = nx * offset, ny * offset
    x0, y0 = mx + (x0 - mx) * scale + ox, my + (y0 - my) * scale + oy
    x1, y1 = mx + (x1 - mx) * scale + ox, my + (y1 - my) * scale + oy
    cx = mx + ox + nx * 2 * bulge * chord * scale
    cy = my + oy + ny * 2 * bulge * chord * scale
    steps = 40
    pts = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        pts.append(
            (u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1)
        )
    return pts


def head(pts: Sequence[Pt]) -> list[Pt]:
    """A filled head beyond the last point, along the last stretch of the shaft."""
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
    return [tip, left, right]


def shaft_and_heads(
    pts: list[Pt], trim_start: float, trim_end: float, both: bool
) -> tuple[list[Pt], list[list[Pt]]]:
    """The curve cut back where its heads go, and the heads."""
    pts = trim(pts, trim_start + (12.0 if both else 0.0))
    pts = list(reversed(trim(list(reversed(pts)), trim_end + 12.0)))
    heads = [head(pts)]
    if both:
        heads.append(head(list(reversed(pts))))
    return pts, heads


def tick_lines(pts: Sequence[Pt], count: int) -> list[list[Pt]]:
    """`count` short strokes across the shaft, evenly spaced along it."""
    out = []
    for k in range(1, count + 1):
        i = round(k * (len(pts) - 1) / (count + 1))
        (x0, y0), (x1, y1) = pts[max(i - 1, 0)], pts[min(i + 1, len(pts) - 1)]
        n = math.hypot(x1 - x0, y1 - y0) or 1.0
        nx, ny = -(y1 - y0) / n * 9.0, (x1 - x0) / n * 9.0
        x, y = pts[i]
        out.append([(x - nx, y - ny), (x + nx, y + ny)])
    return out


def arrow_svg(
    shaft: Sequence[Pt], heads: Sequence[Sequence[Pt]], ticks: Sequence[Sequence[Pt]]
) -> list[str]:
    """A white halo first, so the arrow reads over the body, then the accent colour."""
    out = []
    for colour, shaft_w, head_w, tick_w in (("#ffffff", 10, 5, 9), (ACCENT, 5, 2, 4)):
        out.append(
            f'<path d="{path_d(shaft)}" fill="none" stroke="{colour}" stroke-width="{shaft_w}"/>'
        )
        out += [
            f'<path d="{path_d(t)}" fill="none" stroke="{colour}" stroke-width="{tick_w}"/>'
            for t in ticks
        ]
        out += [
            f'<polygon points="{pts_attr(h)}" fill="{colour}" stroke="{colour}" '
            f'stroke-width="{head_w}"/>'
            for h in heads
        ]
    return out
