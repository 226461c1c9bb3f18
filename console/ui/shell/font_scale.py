"""Text size: the computer's own text size, times the scale chosen in Settings.

The base is the system font's size, but never below the style's 11 pt (the screen is
read from a step away). `font_scale` (Settings, 75 % to 200 %) multiplies it. The
application font and the style sheet (which sets sizes in points) are both made for
the new size, so every screen follows; nothing is redone when the size is unchanged.

Applied right after the first paint (settings are read then, to keep start-up lean)
and again whenever the settings are saved.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from console.ui.shell.context import AppContext
from console.ui.shell.style import BASE_PT, style_sheet

_SYSTEM_PT = "pnfSystemFontPt"
_APPLIED_PT = "pnfAppliedFontPt"


def system_point_size(app: QGuiApplication) -> float:
    """The system font's size in points, as it was before any scaling."""
    stored = app.property(_SYSTEM_PT)
    if isinstance(stored, float):
        return stored
    size = QGuiApplication.font().pointSizeF()
    size = size if size > 0 else BASE_PT
    app.setProperty(_SYSTEM_PT, size)
    return size


def text_size(app: QGuiApplication, scale: float) -> float:
    """Points of body text for `scale`."""
    return round(max(BASE_PT, system_point_size(app)) * scale, 1)


def applied_size(app: QGuiApplication) -> float:
    applied = app.property(_APPLIED_PT)
    return applied if isinstance(applied, float) else BASE_PT


def apply_font_scale(scale: float, app: QApplication | None = None) -> float:
    """Make the application's text `scale` times the base; returns the size in points."""
    app = app or _application()
    size = text_size(app, scale)
    if size == applied_size(app):
        return size
    font = app.font()
    font.setPointSizeF(size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(size))
    app.setProperty(_APPLIED_PT, size)
    return size


def follow_font_scale(context: AppContext, app: QApplication | None = None) -> None:
    """Apply the saved scale now and each time the settings are saved."""
    target = app or _application()
    apply_font_scale(context.settings.font_scale, target)
    context.settings_changed.connect(lambda: apply_font_scale(context.settings.font_scale, target))


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication is needed for fonts"
    return app
