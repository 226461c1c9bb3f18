"""A long text in the room it is given: its type shrinks before it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


class FittedText(QScrollArea):
    """A long text in the room it is given: its type shrinks, down to ``smallest_px``,
    until the whole text shows; only past that does it scroll.

    The therapist's hands are on the patient, so a text that must be scrolled is a
    text partly unread. The verbal command above it stays large; the instruction under
    it gives way first.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self.largest_px = 24
        self.smallest_px = 16
        self.px = 0

    def set_sizes(self, largest_px: int, smallest_px: int) -> None:
        self.largest_px, self.smallest_px = largest_px, min(smallest_px, largest_px)
        self.fit()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        width = self.viewport().width() - 2 * self.label.margin() - 4
        room = self.viewport().height() - 2 * self.label.margin() - 2
        if width <= 0 or room <= 0:
            return
        font = QFont(self.label.font())
        chosen = self.smallest_px
        for size in range(self.largest_px, self.smallest_px - 1, -1):
            font.setPixelSize(size)
            bounds = QRect(0, 0, width, 1 << 20)
            needed = QFontMetrics(font).boundingRect(bounds, WRAP, self.label.text()).height()
            if needed <= room:
                chosen = size
                break
        if chosen != self.px:
            self.px = chosen
            self.label.setStyleSheet(f"font-size: {chosen}px;")
