"""The lock screen: every window's content hidden until a therapist unlocks.

``ScreenLock`` watches the application's input (an application-wide event filter on key,
mouse, wheel and touch events). After ``auto_lock_minutes`` of Settings without input
(0: never), or at once with Ctrl+L, it covers every visible top-level window (the main
window, the runner's window, an open dialog) with an opaque ``LockOverlay`` and gives
each window a neutral title, so no patient name or record shows. Nothing is closed or
stopped: a running timer goes on and its records are still saved; only input to the
covered windows is held back until the lock is lifted.

Unlocking asks for a therapist (the active profiles) and that therapist's PIN, checked
against the stored scrypt hash in constant time; a therapist without a PIN unlocks with
the button alone. The clock and the check timer are injected so tests never wait.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.ui.shell.font_scale import applied_size
from console.ui.shell.style import BASE_PT

if TYPE_CHECKING:
    from console.ui.shell.context import AppContext

#: How often the idle time is looked at (the lock comes at most this late).
CHECK_INTERVAL_MS = 5000
#: Wrong PINs in a row before unlocking pauses, and how long it pauses.
WRONG_PINS_BEFORE_PAUSE = 5
PAUSE_AFTER_WRONG_PINS_S = 30.0
LOCK_KEY = "Ctrl+L"

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
_HELD_WHILE_LOCKED = _INPUT | {QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut}


#: The title and the explanation, as multiples of the body text size.
TITLE_SCALE = 2.4
EXPLAIN_SCALE = 1.1
#: The panel's narrowest width, and the space kept between it and the window's sides.
PANEL_MIN_W = 620
PANEL_GAP = 24


class LockOverlay(QFrame):
    """Covers one window: who is unlocking, their PIN, the Unlock button."""

    unlock_requested = Signal(int, str)

    def __init__(self, host: QWidget, therapists: list[tuple[int, str, bool]]) -> None:
        super().__init__(host)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#lockScreen { background: #20303c; }"
            "#lockScreen QLabel { color: white; }"
            "#lockPanel { background: #2c4252; border-radius: 12px; }"
            "#lockScroller, #lockHolder { background: transparent; }"
        )
        self._has_pin = {tid: has_pin for tid, _, has_pin in therapists}
        # Sizes follow the text size chosen in Settings (the style's body size).
        app = QApplication.instance()
        body_pt = applied_size(app) if isinstance(app, QApplication) else BASE_PT
        title = QLabel(self.tr("PNF Console is locked"))
        title.setObjectName("lockTitle")
        title.setStyleSheet(f"font-size: {body_pt * TITLE_SCALE:.1f}pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Patient information is hidden. A running session goes on and keeps "
                "saving. Choose your name and enter your PIN to go on."
            )
        )
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain.setStyleSheet(f"font-size: {body_pt * EXPLAIN_SCALE:.1f}pt;")
        self.therapist = QComboBox()
        self.therapist.setAccessibleName(self.tr("Therapist"))
        # A long name may be cut in a narrow window, never the "Therapist" label.
        self.therapist.setMinimumWidth(12 * self.fontMetrics().averageCharWidth())
        for tid, name, _ in therapists:
            self.therapist.addItem(name, tid)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self._request)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self._request)
        self.message = QLabel("")
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("color: #ffb4b4; font-weight: bold;")
        self.message.setWordWrap(True)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Therapist")), self.therapist)
        form.addRow(QLabel(self.tr("PIN")), self.pin)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(title)
        inner.addWidget(explain)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.unlock_button)
        self._panel, self._inner, self._form = panel, inner, form
        # Very large text in a small window: the lock screen scrolls to the panel.
        holder = QWidget()
        holder.setObjectName("lockHolder")
        column = QVBoxLayout(holder)
        column.addStretch(1)
        column.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("lockScroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self.therapist.currentIndexChanged.connect(self._therapist_changed)
        self._therapist_changed()
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self._fit()

    def _fit(self) -> None:
        """Give the panel the width its widest row needs (at least ``PANEL_MIN_W``, at
        most the window's), and the height its wrapped lines take at that width.

        A panel placed by alignment gets its plain size hint, which ignores wrapped
        lines: the form's fields were squeezed flat once the text grew (large text
        size, a two-line message). So the height is set from ``heightForWidth``."""
        margins = self._inner.contentsMargins()
        needed = self._form.sizeHint().width() + margins.left() + margins.right()
        room = max(PANEL_MIN_W, self.width() - 2 * PANEL_GAP)
        width = min(max(PANEL_MIN_W, needed), room)
        self._panel.setFixedWidth(width)
        self._panel.setFixedHeight(self._inner.heightForWidth(width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            host = self.parentWidget()
            if host is not None:
                self.setGeometry(host.rect())
                self._fit()
        return False

    def therapist_id(self) -> int:
        return int(self.therapist.currentData())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter unlocks wherever the focus is (a plain button answers only Space)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._request()
            return
        super().keyPressEvent(event)

    def _therapist_changed(self) -> None:
        data = self.therapist.currentData()
        has_pin = self._has_pin.get(int(data), False) if data is not None else False
        self.pin.setEnabled(has_pin)
        self.pin.clear()
        self.pin.setPlaceholderText("" if has_pin else self.tr("No PIN: press Unlock"))
        self.message.clear()
        self._fit()
        (self.pin if has_pin else self.unlock_button).setFocus()

    def _request(self) -> None:
        if self.therapist.count() == 0:
            return
        self.unlock_requested.emit(self.therapist_id(), self.pin.text())

    def refuse(self, text: str) -> None:
        self.message.setText(text)
        self._fit()
        self.pin.clear()
        self.pin.setFocus()


class ScreenLock(QObject):
    """Idle detection, the lock key, the overlays and the PIN check."""

    locked_changed = Signal(bool)
    unlocked = Signal(int)

    def __init__(
        self,
        context: AppContext,
        main_window: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(main_window)
        self.context = context
        self.main_window = main_window
        self._clock = clock
        self._last_input = clock()
        self.locked = False
        self.therapist_id: int | None = None
        self.overlays: list[LockOverlay] = []
        self._titles: dict[QWidget, str] = {}
        self._therapist_list: list[tuple[int, str, bool]] = []
        self._wrong = 0
        self._refused_until = float("-inf")
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self.shortcut = QShortcut(QKeySequence(LOCK_KEY), main_window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last_input = self._clock()
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    @property
    def idle_limit_s(self) -> float | None:
        minutes = self.context.settings.auto_lock_minutes
        return minutes * 60.0 if minutes > 0 else None

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        limit = self.idle_limit_s
        if not self.locked and limit is not None and self.idle_seconds() >= limit:
            self.lock()

    # -- input ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in _INPUT:
                self._last_input = self._clock()
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._cover(watched)  # a window that opens while locked is covered too
            return False
        if isinstance(watched, QWindow):
            return False  # passed on to the window's focus widget, and judged there
        if kind in _HELD_WHILE_LOCKED and not self._in_overlay(watched):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # no shortcut fires behind the lock
            return True
        return False

    def _in_overlay(self, watched: QObject) -> bool:
        node: QObject | None = watched
        while node is not None:
            if isinstance(node, LockOverlay):
                return True
            node = node.parent()
        return False

    # -- locking --------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._therapist_list = self._therapists()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self._cover(window)
        focus_on = next((o for o in self.overlays if o.window().isActiveWindow()), None)
        if focus_on is None and self.overlays:
            focus_on = self.overlays[0]
        if focus_on is not None:
            focus_on._therapist_changed()
        self.locked_changed.emit(True)

    def _cover(self, window: QWidget) -> None:
        """An overlay over ``window`` (a top-level window not covered yet)."""
        if not window.isWindow() or isinstance(window, LockOverlay) or window in self._titles:
            return
        self._titles[window] = window.windowTitle()
        window.setWindowTitle(self.tr("PNF Console — locked"))
        overlay = LockOverlay(window, self._therapist_list)
        overlay.unlock_requested.connect(self.try_unlock)
        overlay.show()
        overlay.raise_()
        self.overlays.append(overlay)

    def _therapists(self) -> list[tuple[int, str, bool]]:
        from console.storage.errors import StorageError
        from console.ui.settings.therapist_identity import current_therapist_id

        try:
            repository = self.context.repository
            found = repository.therapists.all()
            if not found:
                current_therapist_id(repository)
                found = repository.therapists.all()
        except StorageError:  # the lock still covers everything; unlocking waits for it
            return []
        ordered = sorted(found, key=lambda t: (t.id != self.therapist_id, t.name, t.id))
        return [(t.id, t.name, t.has_pin) for t in ordered]

    def try_unlock(self, therapist_id: int, pin: str) -> bool:
        from console.domain.pin import pin_matches
        from console.storage.errors import StorageError

        wait = self._refused_until - self._clock()
        if wait > 0:
            self._refuse(
                self.tr("Too many wrong PINs. Try again in %n seconds.", "", math.ceil(wait))
            )
            return False
        try:
            pin_hash, pin_salt = self.context.repository.therapists.pin(therapist_id)
        except StorageError as error:
            self._refuse(error.message)
            return False
        if pin_hash and not pin_matches(pin, pin_hash, pin_salt):
            self._wrong += 1
            if self._wrong >= WRONG_PINS_BEFORE_PAUSE:
                self._wrong = 0
                self._refused_until = self._clock() + PAUSE_AFTER_WRONG_PINS_S
            self._refuse(self.tr("That PIN is not right. Try again."))
            return False
        self._wrong = 0
        self.unlock(therapist_id)
        return True

    def _refuse(self, text: str) -> None:
        for overlay in self.overlays:
            overlay.refuse(text)

    def unlock(self, therapist_id: int) -> None:
        for overlay in self.overlays:
            with contextlib.suppress(RuntimeError):  # its window was closed meanwhile
                overlay.hide()
                overlay.deleteLater()
        self.overlays = []
        for window, title in self._titles.items():
            with contextlib.suppress(RuntimeError):
                window.setWindowTitle(title)
        self._titles = {}
        self.locked = False
        self.therapist_id = therapist_id
        self._last_input = self._clock()
        self.locked_changed.emit(False)
        self.unlocked.emit(therapist_id)
