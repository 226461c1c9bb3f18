"""Parts of the runner screen: the illustration and grip, the entry bar with its
confirmation, the touch buttons at a prompt, and the ``?`` list of keys."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain.plan import Phase, PhaseKind
from console.domain.runner import Pending, RunnerState
from console.session import Saved, Unsaved
from console.ui.settings.keymap import help_rows


class IllustrationPanel(QWidget):
    """The protocol's drawing (SVG or PNG) above the hand placement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svg = QSvgWidget()
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.none = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.none.setStyleSheet("color: #8a949c;")
        self.stack = QStackedWidget()
        for widget in (self.svg, self.picture, self.none):
            # Drawings shrink to the column: their natural size never widens it.
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            widget.setMinimumSize(1, 1)
            self.stack.addWidget(widget)
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.hands_title = QLabel(self.tr("Hands"))
        self.hands_title.setObjectName("handsTitle")
        self.hands = QLabel()
        self.hands.setWordWrap(True)
        self.hands.setObjectName("runnerHands")
        self.hands.setTextFormat(Qt.TextFormat.PlainText)
        self.hands.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.hands_title)
        layout.addWidget(self.hands, 2)
        self._path: Path | None = None

    def show_protocol(self, hands: str, title: str, path: object) -> None:
        self.hands.setText(hands)
        self.hands_title.setText(title)
        self.hands_title.setVisible(bool(hands))
        file = path if isinstance(path, Path) and path.is_file() else None
        if file == self._path and file is not None:
            return
        self._path = file
        if file is None:
            self.none.setText(self.tr("No illustration") if path is not None else "")
            self.stack.setCurrentWidget(self.none)
        elif file.suffix.lower() == ".svg":
            self.svg.load(str(file))
            self.svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self.stack.setCurrentWidget(self.svg)
        else:
            pixmap = QPixmap(str(file))
            self.picture.setPixmap(
                pixmap.scaled(
                    400,
                    400,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.stack.setCurrentWidget(self.picture)


class PromptButtons(QWidget):
    """Touch buttons for the grade (0-5, +, -) or pain (0-10) prompt."""

    pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grade_row = QWidget()
        self.pain_row = QWidget()
        self.buttons: dict[str, QPushButton] = {}
        for row, symbols in (
            (self.grade_row, ["0", "1", "2", "3", "4", "5", "+", "-"]),
            (self.pain_row, [str(n) for n in range(11)]),
        ):
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            for symbol in symbols:
                button = QPushButton("−" if symbol == "-" else symbol)
                button.setObjectName("promptButton")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setMinimumHeight(56)
                keys = list(symbol) if symbol != "10" else ["1", "0"]
                button.clicked.connect(lambda _=False, k=keys: self._press(k))
                line.addWidget(button)
                self.buttons[f"{'pain' if row is self.pain_row else 'grade'}:{symbol}"] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grade_row)
        layout.addWidget(self.pain_row)

    def _press(self, keys: list[str]) -> None:
        for key in keys:
            self.pressed.emit(key)

    def scale(self, unit: float) -> None:
        for button in self.buttons.values():
            button.setMinimumHeight(int(72 * unit))

    def show_for(self, kind: PhaseKind, pending: Pending | None) -> None:
        pain = kind in (PhaseKind.PAIN_START, PhaseKind.PAIN_END) or (
            pending is not None and pending.kind == "pain"
        )
        grade = kind is PhaseKind.GRADE and not pain
        self.grade_row.setVisible(grade)
        self.pain_row.setVisible(pain)
        self.setVisible(grade or pain)


class EntryBar(QWidget):
    """What was typed, what was saved (``✓ Grade 4+ saved``) and what could not be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("runnerEntry")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry = QPushButton(self.tr("Save again"))
        self.retry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.correct = QPushButton(self.tr("Correct…"))
        self.correct.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.correct)
        layout.addWidget(self.retry)
        self.retry.hide()
        self.correct.hide()
        self.setMinimumHeight(60)
        self.tone = "none"

    def text(self) -> str:
        return self.label.text()

    def _set(self, text: str, tone: str) -> None:
        self.tone = tone
        colours = {
            "saved": ("#e3f3e5", "#1b5e20"),
            "typing": ("#fff4d6", "#5d4300"),
            "error": ("#fde3e3", "#8e0000"),
            "none": ("transparent", "#111"),
        }
        background, colour = colours[tone]
        self.setStyleSheet(f"EntryBar {{ background: {background}; }}")
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setText(text)

    def show_state(
        self,
        state: RunnerState,
        saved: Sequence[Saved],
        unsaved: Unsaved | None,
        problem: str | None,
        phase: Phase,
    ) -> None:
        self.retry.setVisible(unsaved is not None)
        self.correct.setVisible(False)
        if unsaved is not None:
            self._set(
                self.tr("✗ NOT SAVED: {0} {1}. {2} Press Next or Save again to retry.").format(
                    self._what(unsaved.kind), unsaved.value, unsaved.message
                ),
                "error",
            )
            return
        pending = state.pending
        if pending is not None:
            if pending.kind == "grade":
                text = self.tr("Grade {0}…  (+ or −, or wait: saves by itself)")
                text = text.format(pending.text)
            else:
                text = self.tr("Pain: {0}  (0 to 10)").format(pending.text or "_")
            if problem:  # a key refused while typing (5 then +): say why, keep the prompt
                self._set(f"⚠ {problem}  {text}", "error")
            else:
                self._set(text, "typing")
            return
        if problem:
            self._set(f"⚠ {problem}", "error")
            return
        if saved and saved[-1].phase_index >= phase.index - 1:
            last = saved[-1]
            value = last.value if last.kind != "note" else f"“{last.value[:60]}”"
            if last.kind == "hold":
                value = self.tr("{0} s").format(last.value)
            self._set(self.tr("✓ {0} {1} saved").format(self._what(last.kind), value), "saved")
            self.correct.setVisible(last.kind in ("grade", "pain", "hold"))
            return
        self._set("", "none")

    def _what(self, kind: str) -> str:
        names = {
            "grade": self.tr("Grade"),
            "pain": self.tr("Pain"),
            "note": self.tr("Note"),
            "hold": self.tr("Held"),
        }
        return names[kind]

    def paintEvent(self, event: QPaintEvent) -> None:
        # A styled plain QWidget subclass needs to paint its own background.
        painter = QPainter(self)
        colours = {"saved": "#e3f3e5", "typing": "#fff4d6", "error": "#fde3e3"}
        if self.tone in colours:
            painter.fillRect(self.rect(), QColor(colours[self.tone]))
        painter.end()


class KeysOverlay(QWidget):
    """The ``?`` overlay: every key and what it does; any key closes it."""

    def __init__(self, keys: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysOverlay")
        panel = QWidget()
        panel.setObjectName("keysPanel")
        panel.setStyleSheet(
            "#keysPanel { background: white; border-radius: 16px; }"
            " QLabel { font-size: 22px; color: #111; }"
        )
        grid = QGridLayout(panel)
        heading = QLabel(self.tr("Runner keys (any key closes this)"))
        heading.setStyleSheet("font-size: 28px; font-weight: bold;")
        grid.addWidget(heading, 0, 0, 1, 2)
        self.rows = help_rows(keys)
        for row, (names, text) in enumerate(self.rows, start=1):
            key_label = QLabel(names)
            key_label.setStyleSheet("font-weight: bold; font-family: monospace;")
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(text), row, 1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(panel)
        middle.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()

    def mousePressEvent(self, event: object) -> None:
        self.hide()
