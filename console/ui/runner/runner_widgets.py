"""The runner's painted parts: the countdown ring and the phase badge.

A phase is told apart by three things at once, so colour is never the only sign: its
word (HOLD, RELAX, REST...), a shape drawn beside it (a filled square for a hold, a
wave for relax, two bars for a rest, an arrow for a move...) and its colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.domain.catalogue import N_, text
from console.domain.plan import PhaseKind


@dataclass(frozen=True)
class PhaseLook:
    """How one kind of phase looks: its word (English, in capitals, translated by the
    content catalogue), its shape and its colour."""

    word: str
    shape: str
    colour: str

    def label(self, lang: str) -> str:
        return text(lang, self.word)


# Colours chosen to stay apart for the common colour-vision deficiencies (orange, blue,
# teal, purple, grey) and always paired with a word and a shape.
# The badge words are in capitals and short, to be read from 3 m in any language.
LOOKS: dict[PhaseKind, PhaseLook] = {
    PhaseKind.POSITION: PhaseLook(N_("POSITION"), "target", "#5b6770"),
    PhaseKind.MOVE: PhaseLook(N_("MOVE"), "arrow", "#7a3fa0"),
    PhaseKind.HOLD: PhaseLook(N_("HOLD"), "square", "#c4420c"),
    PhaseKind.RELAX: PhaseLook(N_("RELAX"), "wave", "#0f7d6c"),
    PhaseKind.REST: PhaseLook(N_("REST"), "bars", "#1f5fae"),
    PhaseKind.SET_REST: PhaseLook(N_("REST"), "bars", "#1f5fae"),
    PhaseKind.CUE: PhaseLook(N_("CUE"), "speech", "#5b6770"),
    PhaseKind.GRADE: PhaseLook(N_("GRADE"), "star", "#8a6d00"),
    PhaseKind.PAIN_START: PhaseLook(N_("PAIN"), "scale", "#a3145a"),
    PhaseKind.PAIN_END: PhaseLook(N_("PAIN"), "scale", "#a3145a"),
    PhaseKind.DONE: PhaseLook(N_("DONE"), "check", "#2e7d32"),
}


def look(kind: PhaseKind) -> PhaseLook:
    return LOOKS[kind]


def draw_shape(painter: QPainter, shape: str, rect: QRectF, colour: QColor) -> None:
    """Draw one phase shape inside ``rect``."""
    painter.save()
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    pen = QPen(colour, max(2.0, side / 10))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = box.adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12)
    x, y, w, h = inner.x(), inner.y(), inner.width(), inner.height()
    if shape == "square":
        painter.setBrush(colour)
        painter.drawRect(inner)
    elif shape == "wave":
        path = QPainterPath(QPointF(x, y + h / 2))
        for i in range(1, 41):
            t = i / 40
            path.lineTo(x + w * t, y + h / 2 - math.sin(t * 2 * math.pi) * h * 0.3)
        painter.drawPath(path)
    elif shape == "bars":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(x + w * 0.12, y, w * 0.28, h))
        painter.drawRect(QRectF(x + w * 0.60, y, w * 0.28, h))
    elif shape == "arrow":
        painter.drawLine(QPointF(x, y + h), QPointF(x + w, y))
        painter.drawLine(QPointF(x + w, y), QPointF(x + w * 0.45, y))
        painter.drawLine(QPointF(x + w, y), QPointF(x + w, y + h * 0.55))
    elif shape == "target":
        painter.drawEllipse(inner)
        painter.setBrush(colour)
        painter.drawEllipse(inner.center(), w * 0.15, h * 0.15)
    elif shape == "speech":
        painter.drawRoundedRect(QRectF(x, y, w, h * 0.7), w * 0.15, h * 0.15)
        painter.drawLine(QPointF(x + w * 0.3, y + h * 0.7), QPointF(x + w * 0.2, y + h))
    elif shape == "star":
        painter.setBrush(colour)
        path = QPainterPath()
        for i in range(10):
            radius = w / 2 if i % 2 == 0 else w / 5
            angle = -math.pi / 2 + i * math.pi / 5
            point = QPointF(
                inner.center().x() + radius * math.cos(angle),
                inner.center().y() + radius * math.sin(angle),
            )
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        path.closeSubpath()
        painter.drawPath(path)
    elif shape == "scale":
        for i in range(5):
            bar_h = h * (i + 1) / 5
            painter.drawLine(
                QPointF(x + w * (i + 0.5) / 5, y + h), QPointF(x + w * (i + 0.5) / 5, y + h - bar_h)
            )
    elif shape == "check":
        painter.drawLine(QPointF(x, y + h * 0.55), QPointF(x + w * 0.38, y + h * 0.9))
        painter.drawLine(QPointF(x + w * 0.38, y + h * 0.9), QPointF(x + w, y + h * 0.1))
    painter.restore()


class PhaseBadge(QWidget):
    """The phase's shape and word in its colour: ``■ HOLD``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = LOOKS[PhaseKind.POSITION]
        self._text = self._look.word
        self.setMinimumHeight(48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_phase(self, kind: PhaseKind, lang: str = "en", extra: str = "") -> None:
        self._look = LOOKS[kind]
        self._text = self._look.label(lang) + (f"  {extra}" if extra else "")
        self.setAccessibleName(self._text)
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(400, 72)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._look.colour)
        h = self.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(self.rect()), h / 4, h / 4)
        draw_shape(
            painter, self._look.shape, QRectF(h * 0.15, h * 0.15, h * 0.7, h * 0.7), QColor("white")
        )
        font = QFont(self.font())
        font.setPixelSize(int(h * 0.55))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(h, 0, self.width() - h, h),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self._text,
        )
        painter.end()


class CountdownRing(QWidget):
    """A large countdown: seconds left in the middle, a ring that empties as time runs.

    Untimed phases show the phase shape in the middle instead of a number. A paused
    timer draws its ring dashed and says PAUSED.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining: float | None = None
        self.total: float | None = None
        self.paused = False
        self.idle = False
        #: A hold timed to fatigue: ``remaining`` is then the time held, counting up.
        self.count_up = False
        self._look = LOOKS[PhaseKind.POSITION]
        self._caption = ""
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_phase(self, kind: PhaseKind, caption: str = "") -> None:
        self._look = LOOKS[kind]
        self._caption = caption
        self.update()

    def set_time(
        self,
        remaining: float | None,
        total: float | None,
        *,
        paused: bool,
        idle: bool,
        count_up: bool = False,
    ) -> None:
        """Repaint only when what is drawn changes (tenths of a second). ``count_up``:
        ``remaining`` is the time held so far and ``total`` the cap."""
        key = (self._tenths(remaining), self._tenths(total), paused, idle, count_up)
        shown = (self._tenths(self.remaining), self._tenths(self.total), self.paused, self.idle)
        if key == (*shown, self.count_up):
            return
        self.remaining, self.total, self.paused, self.idle = remaining, total, paused, idle
        self.count_up = count_up
        self.update()

    @staticmethod
    def _tenths(value: float | None) -> int | None:
        return None if value is None else math.ceil(value * 10)

    def seconds_text(self) -> str:
        """What the middle of the ring says: whole seconds left, rounded up; counting up,
        the whole seconds held."""
        if self.remaining is None:
            return ""
        if self.count_up:
            return str(math.floor(round(self.remaining, 3)))
        return str(math.ceil(round(self.remaining, 3)))

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        ring = QRectF(0, 0, side, side)
        ring.moveCenter(QRectF(self.rect()).center())
        width = max(8.0, side * 0.07)
        ring = ring.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        colour = QColor(self._look.colour)
        track = QPen(QColor("#d8dde2"), width)
        painter.setPen(track)
        painter.drawEllipse(ring)
        if self.remaining is not None and self.total:
            fraction = max(0.0, min(1.0, self.remaining / self.total))
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if self.paused:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawArc(ring, 90 * 16, int(fraction * 360 * 16))
        inner = ring.adjusted(width, width, -width, -width)
        if self.remaining is None:
            draw_shape(
                painter,
                self._look.shape,
                inner.adjusted(
                    inner.width() * 0.2,
                    inner.height() * 0.2,
                    -inner.width() * 0.2,
                    -inner.height() * 0.2,
                ),
                colour,
            )
        else:
            font = QFont(self.font())
            font.setPixelSize(max(12, int(inner.height() * 0.42)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#111111"))
            number = QRectF(
                inner.x(), inner.y() + inner.height() * 0.12, inner.width(), inner.height() * 0.56
            )
            painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), self.seconds_text())
            caption = self._caption
            if self.paused:
                caption = self.tr("PAUSED")
            elif self.idle:
                ready = self.tr("ready")
                caption = f"{caption} · {ready}" if caption else ready
            small = QFont(self.font())
            small.setPixelSize(max(10, int(inner.height() * 0.09)))
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(colour)
            below = QRectF(
                inner.x(), inner.y() + inner.height() * 0.68, inner.width(), inner.height() * 0.16
            )
            painter.drawText(below, int(Qt.AlignmentFlag.AlignCenter), caption)
        painter.end()


class ProgressStrip(QWidget):
    """The whole session as a thin bar: done part filled, plan items marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.marks: list[float] = []
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_progress(self, fraction: float, marks: list[float]) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.marks = marks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("#d8dde2"))
        painter.fillRect(
            QRectF(0, 0, rect.width() * self.fraction, rect.height()), QColor("#37474f")
        )
        painter.setPen(QPen(QColor("white"), 2))
        for mark in self.marks:
            x = rect.width() * mark
            painter.drawLine(QPointF(x, 0), QPointF(x, rect.height()))
        painter.end()
