"""A reportlab canvas that prints "Page n of N", a footer line and a running head.

The total page count is known only at the end, so the canvas holds each finished page
back and draws the page furniture on all of them when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from console.reports.fonts import FONT, FONT_BOLD

INK = colors.HexColor("#111111")
SOFT_INK = colors.HexColor("#333333")
RULE = colors.HexColor("#555555")

#: Closest to the paper's edge that text goes: most printers leave 4 to 6 mm blank.
PRINTER_EDGE: float = 10 * mm


def footer_baseline(size: float, margin: float) -> float:
    """Where the footer's text sits: low in the bottom margin, clear of the blank edge."""
    return max(PRINTER_EDGE, margin - size * 2.3)


def footer_top(size: float, margin: float) -> float:
    """The footer rule's height: page content must stay above it."""
    return footer_baseline(size, margin) + size * 1.3


def numbered_canvas(
    *,
    footer: str,
    page_label: Callable[[int, int], str],
    running_head: str,
    size: float,
    margin: float,
) -> type[Canvas]:
    """A canvas class for `doc.build(..., canvasmaker=...)`.

    Every page gets a rule and, under it, `footer` (bold, left) and `page_label(page,
    total)` (right); every page but the first gets `running_head` at the top.
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  # reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self._page_furniture(total)
                super().showPage()
            super().save()

        def _page_furniture(self, total: int) -> None:
            width, height = self._pagesize
            page = self._pageNumber
            base = footer_baseline(size, margin)
            self.saveState()
            self.setFillColor(INK)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(margin, footer_top(size, margin), width - margin, footer_top(size, margin))
            label = page_label(page, total)
            if footer:
                # The footer gives way to the page label: a longer language's line
                # ("¿Tiene dudas? Llámenos al ...") is set a little smaller, never over it.
                room = width - 2 * margin - self.stringWidth(label, FONT, size) - size
                wide = self.stringWidth(footer, FONT_BOLD, size)
                self.setFont(FONT_BOLD, size if wide <= room else size * room / wide)
                self.drawString(margin, base, footer)
            self.setFont(FONT, size)
            self.drawRightString(width - margin, base, label)
            if page > 1 and running_head:
                self.setFillColor(SOFT_INK)
                self.drawString(margin, height - margin + size * 0.9, running_head)
            self.restoreState()

    return NumberedCanvas
