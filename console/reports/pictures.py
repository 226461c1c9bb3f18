"""Illustrations and logos on printed reports: SVG (through svglib) or bitmap files.

An SVG is converted to a reportlab drawing once and kept while the file is unchanged,
so a program with ten illustrated exercises, printed again and again, converts each
picture once. A missing or unreadable picture is left out rather than stopping the
print.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable
from reportlab.platypus import Image as ImageFlowable
from svglib.svglib import svg2rlg

from console.reports.fonts import FONT

_svg_lock = threading.Lock()
_svg_cache: dict[tuple[str, int, int], Drawing | None] = {}
_SVG_CACHE_LIMIT = 128


def _svg_drawing(path: Path) -> Drawing | None:
    """The SVG converted once and kept while the file is unchanged (None if unreadable)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _svg_lock:
        if key in _svg_cache:
            return _svg_cache[key]
    try:
        drawing = svg2rlg(str(path), external_reference_root=str(path.parent))
    except Exception:  # a broken picture must not stop the handout
        drawing = None
    if drawing is not None and (drawing.width <= 0 or drawing.height <= 0):
        drawing = None
    with _svg_lock:
        if len(_svg_cache) >= _SVG_CACHE_LIMIT:
            _svg_cache.pop(next(iter(_svg_cache)))
        _svg_cache[key] = drawing
    return drawing


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
        source = _svg_drawing(path)
        if source is None:
            return None
        scale = _fit(source.width, source.height, box_w, box_h)
        group = Group(*source.contents)
        group.transform = (scale, 0, 0, scale, 0, 0)
        fitted = Drawing(source.width * scale, source.height * scale)
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
