"""The full-screen runner: what the therapist reads from three metres while working.

``start_runner(context, session_id)`` opens it on a stored session (new or resumed).
Keys (console/ui/settings/keymap.py), the large buttons at the bottom and the mouse's back and
forward buttons all do the same things: each is mapped to an ``Action`` of the running
session (console/session), which decides what it does, saves and retries; the window
only paints. Its poll timer calls the session's ``tick`` and repaints.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.clock import Clock, SystemClock
from console.domain.plan import PhaseKind, coming_next, item_starts
from console.domain.runner import ENTRY_KEYS, PAIN_KEY, Cue, Timer, length
from console.session import Action, RunnerSession
from console.ui.runner.cues import Cues
from console.ui.runner.fitted_text import FittedText
from console.ui.runner.journal_notice import JournalNotice
from console.ui.runner.runner_panels import EntryBar, IllustrationPanel, KeysOverlay, PromptButtons
from console.ui.runner.runner_text import PhaseTexts, phase_texts
from console.ui.runner.runner_widgets import CountdownRing, PhaseBadge, ProgressStrip
from console.ui.settings.keymap import action_for, keymap
from console.ui.shell.context import AppContext
from console.ui.shell.none_guard import keep_none_alive

log = logging.getLogger(__name__)

POLL_MS = 20
#: Actions of the window itself; every other action name is the session's ``Action``.
VIEW_ACTIONS = frozenset({"help", "fullscreen", "leave", "note", "records"})


#: The runner's type never goes below this share of its design size (1920 x 1080).
MIN_TYPE_SCALE = 0.5
#: The smallest type an instruction is shrunk to before it scrolls, in pixels.
MIN_INSTRUCTION_PX = 13


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class RunnerWindow(QWidget):
    """One session, full screen. ``left`` (session kept) or ``finished`` when it closes."""

    left = Signal(int)
    finished = Signal(int)

    def __init__(
        self,
        session: RunnerSession,
        *,
        texts_language: str = "en",
        cues: Cues | None = None,
        keys: dict[str, list[str]] | None = None,
        protocols: dict[str, object] | None = None,
        illustration_for: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        keep_none_alive()
        self.session = session
        self.texts_language = texts_language
        self.cues = cues
        self.keys = keys or keymap()
        self._protocols = protocols or {}
        self._illustration_for = illustration_for
        self._shown_key: tuple[object, ...] | None = None
        self._closing_as: str | None = None
        self._end_actions: list[QWidget] = []  # shown on the end screen only
        self.setWindowTitle(self.tr("PNF Console — session"))
        self.setObjectName("runner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        if cues is not None:
            cues.notice.connect(self._show_notices)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._show_notices()
        self.refresh()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = _label("runnerTitle")
        self.subtitle = _label("runnerSubtitle")
        self.counters = _label("runnerCounters", wrap=False)
        self.counters.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.progress = ProgressStrip()
        self.badge = PhaseBadge()
        self.ring = CountdownRing()
        self.illustration = IllustrationPanel()
        self.command = _label("runnerCommand")
        self.instruction = _label("runnerInstruction")
        self.coming = _label("runnerNext")
        self.prompt = PromptButtons()
        self.prompt.pressed.connect(self._entry_symbol)
        self.entry = EntryBar()
        self.entry.retry.clicked.connect(self.retry)
        self.entry.correct.clicked.connect(self.open_records)
        self.notices = _label("runnerNotices")
        self.journal_notice = JournalNotice()
        self.note_edit = QLineEdit(placeholderText=self.tr("Note — Enter saves, Esc leaves"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.installEventFilter(self)
        self.note_edit.hide()
        for label in (self.command, self.instruction, self.coming, self.title, self.subtitle):
            label.setTextFormat(Qt.TextFormat.PlainText)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 4)
        head.addWidget(self.counters, 1)

        centre = QVBoxLayout()
        centre.addWidget(self.badge)
        centre.addWidget(self.ring, 1)
        # A long instruction scrolls on a small screen instead of running under the
        # command or off the bottom.
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instruction_area = FittedText(self.instruction)
        right = QVBoxLayout()
        right.addWidget(self.command)
        right.addWidget(self.instruction_area, 1)
        right.addWidget(self.coming)
        body = QHBoxLayout()
        body.addWidget(self.illustration, 3)
        body.addLayout(centre, 4)
        body.addLayout(right, 4)

        self.buttons: dict[str, QPushButton] = {}
        bar = self._bar = QHBoxLayout()
        for action, text in (
            ("previous", self.tr("◀ Back")),
            ("timer", self.tr("Start / stop")),
            ("pause", self.tr("Pause")),
            ("shorter", self.tr("−5 s")),
            ("longer", self.tr("+5 s")),
            ("pain", self.tr("Pain")),
            ("note", self.tr("Note")),
            ("skip", self.tr("Skip protocol")),
            ("records", self.tr("Entries")),
            ("help", self.tr("Keys ?")),
            ("leave", self.tr("Leave")),
            ("next", self.tr("Next ▶")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(64)
            # The bar never makes the window wider than the screen: on a narrow screen
            # the type shrinks instead (``_scale_fonts``) and the labels still fit.
            button.setMinimumWidth(1)
            button.clicked.connect(lambda _=False, a=action: self.do(a))
            self.buttons[action] = button
            bar.addWidget(button, 2 if action == "next" else 1)

        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(head)
        layout.addWidget(self.progress)
        layout.addLayout(body, 1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.notices)
        layout.addWidget(self.journal_notice)
        layout.addLayout(bar)
        self.overlay = KeysOverlay(self.keys, self)
        self.overlay.hide()
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Type sizes follow the window, 1920 x 1080 being the design size: its height,
        or its width where that is the narrower (a 4:3 screen), never below half. Set in
        one style sheet so the application's own sheet cannot shrink them."""
        unit = max(MIN_TYPE_SCALE, min(self.height() / 1080, self.width() / 1920))

        def px(size: float) -> int:
            return round(size * unit)

        self.setStyleSheet(
            f"""
            #runner {{ background: #f7f8f9; }}
            QLabel {{ color: #111; font-size: {px(24)}px; }}
            #runnerTitle {{ font-size: {px(46)}px; font-weight: bold; }}
            #runnerSubtitle {{ font-size: {px(30)}px; color: #333; }}
            #runnerCounters {{ font-size: {px(30)}px; font-weight: bold; }}
            #runnerCommand {{ font-size: {px(54)}px; font-weight: bold; }}
            #runnerInstruction {{ font-size: {px(24)}px; color: #333; }}
            #runnerNext {{ font-size: {px(30)}px; }}
            #runnerNotices {{ font-size: {px(20)}px; color: #6a4a00; }}
            #runnerHands {{ font-size: {px(24)}px; }}
            #handsTitle {{ font-size: {px(20)}px; font-weight: bold; color: #555; }}
            #runnerEntry {{ font-size: {px(34)}px; font-weight: bold; }}
            QPushButton {{ font-size: {px(22)}px; font-weight: bold; padding: {px(10)}px; }}
            QPushButton#promptButton {{ font-size: {px(30)}px; }}
            QLineEdit {{ font-size: {px(28)}px; padding: {px(8)}px; }}
            """
        )
        # The instruction shrinks to three quarters of its size before it scrolls.
        self.instruction_area.set_sizes(px(24), max(MIN_INSTRUCTION_PX, px(18)))
        self.badge.setFixedHeight(px(76))
        # The countdown takes at least a quarter of the screen height.
        self.ring.setMinimumHeight(max(240, int(self.height() * 0.4)))
        for button in self.buttons.values():
            button.setMinimumHeight(px(72))
        self._share_bar()
        self.prompt.scale(unit)
        self.overlay.setGeometry(self.rect())

    def _share_bar(self) -> None:
        """Room in the button bar in proportion to what each label needs, so that a bar
        short of room shares the shortfall instead of cutting the long labels. Done
        again when the type size or a label changes."""
        needs = {}
        for action, button in self.buttons.items():
            button.ensurePolished()
            needs[action] = button.sizeHint().width()
        spacing = self._bar.spacing() * (len(needs) - 1)
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right() - spacing
        # Next gets half as much again where there is room for it, never at the cost of
        # another label.
        extra = needs["next"] // 2 if sum(needs.values()) + needs["next"] // 2 <= room else 0
        for action, button in self.buttons.items():
            self._bar.setStretchFactor(button, needs[action] + (extra if action == "next" else 0))

    def add_end_action(self, widget: QWidget) -> None:
        """A row shown on the end screen only, above the button bar (Print handout)."""
        self._end_actions.append(widget)
        self._outer.insertWidget(self._outer.indexOf(self.notices), widget)
        widget.setVisible(self.session.phase.kind is PhaseKind.DONE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    # -- actions ------------------------------------------------------------------------

    def do(self, action: str) -> None:
        """Perform one runner action (a key, a button or a mouse button)."""
        if action not in VIEW_ACTIONS:
            self.overlay.hide()
        if action == "help":
            self.overlay.setVisible(not self.overlay.isVisible())
            self.overlay.raise_()
            return
        if action == "fullscreen":
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        if action == "leave":
            self.leave()
            return
        if action == "note":
            self.note_edit.show()
            self.note_edit.setFocus()
            return
        if action == "records":
            self.open_records()
            return
        self.session.act(Action(action))
        self.refresh()

    def _entry_symbol(self, symbol: str) -> None:
        self.overlay.hide()
        self.session.key(symbol)
        self.refresh()

    def retry(self) -> None:
        self.session.retry()
        self.refresh()

    def poll(self) -> None:
        """The repaint timer: tick the state machine and repaint the countdown."""
        if self.session.finished:
            return
        self.session.tick()
        self.refresh()
        self.journal_notice.show_for(self.session.journal)

    def _save_note(self) -> None:
        text = self.note_edit.text()
        if self.session.enter_note(text):
            self.note_edit.clear()
            self.note_edit.hide()
            self.setFocus()
        self.refresh()

    def open_records(self) -> None:
        from console.ui.runner.runner_records import RecordsDialog

        dialog = RecordsDialog(self.session, self)
        dialog.exec()
        self.setFocus()
        self.refresh()

    def leave(self) -> None:
        """Close the runner; the session stays unfinished and can be resumed."""
        self._closing_as = "left"
        self.close()

    # -- input --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        key = event.key()
        if self.overlay.isVisible() and action_for(self._key_name(event), self.keys) != "help":
            self.overlay.hide()
            if key == Qt.Key.Key_Escape:
                return
        if text in ENTRY_KEYS and text != PAIN_KEY:
            self._entry_symbol(text)
            return
        if key == Qt.Key.Key_Escape and self.session.entry_open:
            self.do(Action.CANCEL_ENTRY)
            return
        action = action_for(self._key_name(event), self.keys)
        if action is None:
            super().keyPressEvent(event)
            return
        self.do(action)

    @staticmethod
    def _key_name(event: QKeyEvent) -> str:
        """The key as Settings write it: "PgDown", "B", "Ctrl+L" (Shift and the keypad
        do not count: "?" is "?", the keypad's Enter is "Enter")."""
        if event.text() == "?":
            return "?"
        wanted = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        combination = QKeyCombination(event.modifiers() & wanted, Qt.Key(event.key()))
        return QKeySequence(combination).toString()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.ForwardButton:
            self.do("next")
        elif event.button() == Qt.MouseButton.BackButton:
            self.do("previous")
        else:
            self.setFocus()
            super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.note_edit.hide()
                self.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Saved here and stopped: a line edit passes Enter on to its window,
                # where it would also mean Next.
                self._save_note()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if _open_runners.get(self.session.session_id) is self:
            del _open_runners[self.session.session_id]
        self.timer.stop()
        if self.cues is not None:
            self.cues.shutdown()
        if self.session.finished:
            self.finished.emit(self.session.session_id)
        else:
            self.left.emit(self.session.session_id)
        super().closeEvent(event)

    # -- showing ------------------------------------------------------------------------

    def play(self, cue: Cue) -> None:
        if self.cues is not None:
            self.cues.tones.play(cue.kind)

    def _show_notices(self, *_: object) -> None:
        notes = self.cues.notices() if self.cues is not None else []
        self.notices.setText("  ".join(notes))
        self.notices.setVisible(bool(notes))

    def texts(self) -> PhaseTexts:
        return phase_texts(
            self.session.phases,
            self.session.state.index,
            self._protocols,
            self.texts_language,
            self.session.language,
        )

    def refresh(self) -> None:
        session = self.session
        state = session.state
        phase = session.phase
        if session.finished:
            self.timer.stop()
            if self._closing_as is None:
                self._closing_as = "finished"
                QTimer.singleShot(0, self.close)
        key = (
            state.index,
            phase.to_fatigue,
            state.timer,
            state.pending,
            state.last_entry,
            len(session.saved),
            session.unsaved,
            session.problem,
        )
        if key != self._shown_key:
            self._shown_key = key
            self._show_phase()
        total = length(state, phase)
        count_up = phase.to_fatigue
        self.ring.set_time(
            session.held() if count_up else session.remaining(),
            total,
            paused=state.timer is Timer.PAUSED,
            idle=state.timer is Timer.IDLE and phase.timed,
            count_up=count_up,
        )

    def _show_phase(self) -> None:
        session, state, phase = self.session, self.session.state, self.session.phase
        texts = self.texts()
        self.title.setText(texts.title)
        self.subtitle.setText(texts.subtitle)
        self.counters.setText(texts.counters)
        self.command.setText(texts.command)
        self.command.setVisible(bool(texts.command))
        self.instruction_area.set_text(texts.instruction)
        self.coming.setText(texts.coming)
        self.badge.set_phase(phase.kind, self.texts_language, texts.badge_extra)
        self.ring.set_phase(phase.kind, texts.ring_caption)
        self.illustration.show_protocol(
            texts.hands,
            texts.hands_title,
            self._illustration_for(phase.protocol_id)
            if self._illustration_for and phase.protocol_id
            else None,
        )
        phases = session.phases
        starts = item_starts(phases)
        last = max(1, len(phases) - 1)
        self.progress.set_progress(state.index / last, [i / last for i in starts.values()])
        self.prompt.show_for(phase.kind, state.pending)
        self.entry.show_state(state, session.saved, session.unsaved, session.problem, phase)
        labels = {
            "next": self.tr("Finish session ✓")
            if phase.kind is PhaseKind.DONE
            else self.tr("Next ▶"),
            "pause": self.tr("Resume") if state.timer is Timer.PAUSED else self.tr("Pause"),
        }
        for action in ("longer", "shorter"):  # a count-up has no length to change
            self.buttons[action].setEnabled(not phase.to_fatigue)
        if any(self.buttons[action].text() != text for action, text in labels.items()):
            for action, text in labels.items():
                self.buttons[action].setText(text)
            self._share_bar()
        self.setAccessibleDescription(coming_next(phases, state.index) or "")
        for widget in self._end_actions:
            widget.setVisible(phase.kind is PhaseKind.DONE)


#: The runner open on each session, so a second request shows it instead of a twin
#: writing the same session; it also keeps a runner with no parent alive while open.
#: A runner leaves it when it closes.
_open_runners: dict[int, RunnerWindow] = {}


def start_runner(
    context: AppContext,
    session_id: int,
    parent: QWidget | None = None,
    *,
    clock: Clock | None = None,
    cues: Cues | None = None,
    full_screen: bool = True,
) -> RunnerWindow:
    """Open the runner on a stored, unfinished session, at its saved phase.

    A new session starts at the pain prompt; a resumed one at its cursor with the timer
    idle. A session already open in a runner brings that runner to the front. Raises
    ``PlanError`` when the session's protocols are no longer in the library, and a
    ``StorageError`` for a finished or signed session.
    """
    from console import resources

    already = _open_runners.get(session_id)
    if already is not None and already.isVisible():
        already.raise_()
        already.activateWindow()
        return already
    protocols = {protocol.id: protocol for protocol in context.library}
    settings = context.settings
    window_ref: list[RunnerWindow] = []

    def play(cue: Cue) -> None:
        if window_ref:
            window_ref[0].play(cue)

    session = RunnerSession.open(
        context.repository,
        session_id,
        protocols,
        clock or SystemClock(),
        play=play,
        journal=context.journal_sender,
    )
    if cues is None:
        cues = Cues(
            sound=settings.sound,
            speech=settings.speech,
            voices=dict(settings.voices.items()),
            volume=settings.volume / 100,
        )
    session.speak = cues.speaker.say
    illustrations = resources.illustrations_dir()

    def illustration_for(protocol_id: str) -> object:
        protocol = protocols.get(protocol_id)
        return protocol.illustration_path(illustrations) if protocol is not None else None

    window = RunnerWindow(
        session,
        texts_language=settings.protocol_language,
        cues=cues,
        keys=keymap(settings.key_map),
        protocols=dict(protocols),
        illustration_for=illustration_for,
        parent=parent,
    )
    window_ref.append(window)
    from console.ui.runner.runner_handout import EndScreenHandout

    window.add_end_action(EndScreenHandout(context, session_id, window))
    _open_runners[session_id] = window
    if full_screen:
        # The whole screen even where no window manager honours full-screen requests.
        screen = (parent.screen() if parent is not None else None) or window.screen()
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.show()
    window.activateWindow()
    window.setFocus()
    log.info("runner opened on session %s at phase %s", session_id, session.state.index)
    return window
