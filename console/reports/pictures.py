"""Illustrations and logos on printed reports: SVG (through svglib) or bitmap files.

An SVG is converted to a reportlab drawing once, with the empty margins around its
figure measured, and kept while the file is unchanged: a program with ten illustrated
exercises, printed again and again, converts each picture once. Printed, the figure
fills its box without the canvas's empty bands. A missing or unreadable picture is left
out rather than stopping the print.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable
from reportlab.platypus import Image as ImageFlowable
from svglib.svglib import svg2rlg

from console.reports.fonts import FONT

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class _Svg:
    """A converted SVG: what to draw and the part of the canvas worth showing."""

    shapes: tuple[Any, ...]
    content: Box


_svg_lock = threading.Lock()
_svg_cache: dict[tuple[str, int, int], _Svg | None] = {}
_SVG_CACHE_LIMIT = 128

#: Room kept around the drawn figure when its empty margins are cut away.
CROP_PADDING = 0.04


def _cropped(drawing: Drawing) -> _Svg:
    """The figure without the empty bands around it, nor a background filling the canvas.

    An illustration drawn on a fixed canvas often leaves wide empty bands (a figure
    lying down fills a strip of it); cutting them lets the figure print larger. A
    background is left out: it would spill over the text beside the cropped figure,
    and a handout prints on white paper.
    """
    width, height = drawing.width, drawing.height
    whole = _Svg(tuple(drawing.contents), (0.0, 0.0, width, height))
    if len(drawing.contents) != 1 or not isinstance(drawing.contents[0], Group):
        return whole
    root = drawing.contents[0]

    def within_root(*shapes: Any) -> Group:
        group = Group(*shapes)
        group.transform = root.transform
        return group

    def bounds(group: Group) -> Box | None:
        try:
            found = group.getBounds()
        except Exception:  # a shape reportlab cannot measure: keep the whole canvas
            return None
        if found is None:
            return None
        x0, y0, x1, y1 = (float(value) for value in found)
        return (x0, y0, x1, y1)

    shown = []
    for shape in root.contents:
        box = bounds(within_root(shape))
        if box is None:
            return whole
        covers = box[2] - box[0] >= 0.98 * width and box[3] - box[1] >= 0.98 * height
        if not (isinstance(shape, Rect) and covers):
            shown.append(shape)
    figure = within_root(*shown)
    box = bounds(figure) if shown else None
    if box is None:
        return whole
    pad = CROP_PADDING * max(width, height)
    x0, y0 = max(0.0, box[0] - pad), max(0.0, box[1] - pad)
    x1, y1 = min(width, box[2] + pad), min(height, box[3] + pad)
    if x1 - x0 < 0.05 * width or y1 - y0 < 0.05 * height:
        return whole
    return _Svg((figure,), (x0, y0, x1, y1))


def _svg(path: Path) -> _Svg | None:
    """The SVG converted once and kept while the file is unchanged (None if unreadable)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _svg_lock:
        if key in _svg_cache:
            return _svg_cache[key]
    converted: _Svg | None = None
    try:
        drawing = svg2rlg(str(path), external_reference_root=str(path.parent))
    except Exception:  # a broken picture must not stop the handout
        drawing = None
    if drawing is not None and drawing.width > 0 and drawing.height > 0:
        converted = _cropped(drawing)
    with _svg_lock:
        if len(_svg_cache) >= _SVG_CACHE_LIMIT:
            _svg_cache.pop(next(iter(_svg_cache)))
        _svg_cache[key] = converted
    return converted


def clear_cache() -> None:
    """Forgets every converted SVG (tests; a long-running app never needs to)."""
    with _svg_lock:
        _svg_cache.clear()


def _fit(width: float, height: float, box_w: float, box_h: float) -> float:
    return min(box_w / width, box_h / height)


def picture(path: Path | None, box_w: float, box_h: float) -> Flowable | None:
    """An SVG or bitmap scaled to fit the box, keeping its proportions; None if absent."""
    if path is None or not path.is_file():
        return None
    if path.suffix.lower() == ".svg":
        source = _svg(path)
        if source is None:
            return None
        x0, y0, x1, y1 = source.content
        scale = _fit(x1 - x0, y1 - y0, box_w, box_h)
        group = Group(*source.shapes)
        group.transform = (scale, 0, 0, scale, -x0 * scale, -y0 * scale)
        fitted = Drawing((x1 - x0) * scale, (y1 - y0) * scale)
        fitted.initialFontName = FONT  # the renderer's default would name a Helvetica
        fitted.add(group)
        fitted.hAlign = "CENTER"
        return fitted
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # not an image reportlab can read
        return None
    scale = _fit(width, height, box_w, box_h)
    image = ImageFlowable(str(path), width=width * scale, height=height * scale)
    image.hAlign = "CENTER"
    return image
