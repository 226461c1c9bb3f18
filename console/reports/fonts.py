"""The typeface of every printed report: DejaVu Sans, shipped in resources/fonts.

Embedded (subset) in each PDF, so accents and symbols print the same on every computer
and printer.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from console import resources

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()


def register_fonts() -> None:
    """Registers the shipped DejaVu Sans with reportlab (once per process)."""
    with _lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources.fonts_dir()
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
