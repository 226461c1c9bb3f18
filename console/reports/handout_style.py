"""The look of a patient handout: sizes for normal and large print, fills, flowables.

Black text, light grey fills and ruled boxes: calm, high contrast, and nothing lost on
a black-and-white printer. Large print keeps every word at 16 pt or more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from console.reports.fonts import FONT, FONT_BOLD
from console.reports.numbered_canvas import INK

# Binary (compressed) PDF streams: reportlab's default ASCII-85 text encoding makes the
# file about a quarter larger and slower to write, and nothing here needs 7-bit PDFs.
# A process-wide reportlab setting; every report in this program shares it.
rl_config.useA85 = 0

FILL = colors.HexColor("#ECECEC")
LOG_FILL = colors.HexColor("#F4F4F4")

MARGIN: float = 18 * mm


# -- styles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    """Sizes for normal and large print."""

    body: float
    small: float
    heading: float
    title: float
    clinic: float
    picture_w: float
    picture_h: float
    box: float
    day_col: float
    exercise_per_page: bool

    def style(self, name: str, size: float, *, bold: bool = False, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=round(size * 1.3, 1),
            **kw,
        )


#: Each size of the handout in normal and in large print (points, or mm where noted).
_SIZES: dict[str, tuple[float, float]] = {
    "body": (12, 16),
    "small": (10, 16),
    "heading": (16, 20),
    "title": (22, 24),
    "clinic": (15, 20),
    "picture_w": (62 * mm, 95 * mm),
    "picture_h": (46.5 * mm, 62 * mm),
    "box": (9, 12),
    "day_col": (38, 46),
}

NORMAL = Look(**{name: normal for name, (normal, _) in _SIZES.items()}, exercise_per_page=False)
LARGE = Look(**{name: large for name, (_, large) in _SIZES.items()}, exercise_per_page=True)


# -- flowables -------------------------------------------------------------------------


class TickBoxes(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """`count` empty squares to tick, two to a row, centred in a log cell."""

    def __init__(self, count: int, size: float, per_row: int = 2) -> None:
        super().__init__()
        self.count = count
        self.size = size
        self.per_row = per_row
        self.gap = size * 0.45
        rows = -(-count // per_row)
        cols = min(count, per_row)
        self.width = cols * size + (cols - 1) * self.gap
        self.height = rows * size + (rows - 1) * self.gap

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.9)
        canv.setFillColor(colors.white)
        for index in range(self.count):
            row, col = divmod(index, self.per_row)
            x = col * (self.size + self.gap)
            y = self.height - self.size - row * (self.size + self.gap)
            canv.rect(x, y, self.size, self.size, stroke=1, fill=1)


class FontTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table whose cells name the embedded font (reportlab's default is Helvetica)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))


def markup(value: str) -> str:
    """Plain text made safe for a reportlab paragraph, line breaks kept."""
    return escape(value).replace("\n", "<br/>")
