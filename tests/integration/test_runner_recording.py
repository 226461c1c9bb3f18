"""The runner screen's recording: confirmation, a failed save kept with a retry,
corrections, entry keys and the keys that leave, pause and show help."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.domain.runner import Timer
from console.session import ENTRY_PAUSE_S, PAIN_OPEN_S
from console.storage.errors import DiskFull, StorageError
from console.ui.runner.runner_records import RecordsDialog
from console.ui.runner.runner_window import RunnerWindow, start_runner
from console.ui.shell.context import AppContext
from tests.end2end.runner_helpers import make_context, quiet_cues, start_session

Key = Qt.Key
pytestmark = pytest.mark.qt_log_ignore("pipewire")


@pytest.fixture
def context(db_path: Path) -> Iterator[AppContext]:
    context = make_context(db_path)
    yield context
    context.close()


def open_runner(qtbot: QtBot, context: AppContext) -> tuple[RunnerWindow, FakeClock, int]:
    _, session_id = start_session(context)
    clock = FakeClock(100.0)
    window = start_runner(context, session_id, clock=clock, cues=quiet_cues(), full_screen=False)
    qtbot.addWidget(window)
    return window, clock, session_id


def go_to(qtbot: QtBot, window: RunnerWindow, kind: PhaseKind) -> None:
    """Next until the phase of ``kind`` (cutting timers short)."""
    for _ in range(100):
        if window.session.phase.kind is kind:
            return
        qtbot.keyClick(window, Key.Key_PageDown)
    raise AssertionError(f"no {kind} phase reached")


def test_a_grade_the_disk_refuses_stays_on_screen_and_is_saved_on_retry(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _, session_id = open_runner(qtbot, context)
    go_to(qtbot, window, PhaseKind.GRADE)
    prompt = window.session.state.index
    repo = context.repository
    real_add_grade = repo.sessions.add_grade
    failures = iter([DiskFull()])

    def add_grade(*args: object, **kwargs: object) -> int:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return real_add_grade(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(repo.sessions, "add_grade", add_grade)
    qtbot.keyClick(window, Key.Key_4)
    qtbot.keyClick(window, Key.Key_Plus)
    # Not saved: the grade and the reason are on screen, the runner waits at the prompt.
    assert window.session.state.index == prompt
    assert window.entry.text().startswith("✗ NOT SAVED: Grade 4+. The disk is full")
    assert window.entry.retry.isVisibleTo(window)
    assert repo.sessions.records(session_id) == []
    # Other entry keys wait until it is saved; Next (or the button) saves it again.
    qtbot.keyClick(window, Key.Key_3)
    assert window.session.unsaved is not None
    qtbot.keyClick(window, Key.Key_PageDown)
    assert window.entry.text() == "✓ Grade 4+ saved"
    assert window.session.state.index == prompt + 1
    assert [r.value for r in repo.sessions.records(session_id)] == ["4+"]


def test_a_grade_is_corrected_and_the_original_kept(qtbot: QtBot, context: AppContext) -> None:
    window, _, session_id = open_runner(qtbot, context)
    go_to(qtbot, window, PhaseKind.GRADE)
    qtbot.keyClick(window, Key.Key_4)
    qtbot.keyClick(window, Key.Key_Minus)
    assert window.entry.correct.isVisibleTo(window)
    dialog = RecordsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.list.currentItem().text().startswith("Grade: 4-")
    qtbot.keyClicks(dialog.value, "5+")
    dialog.correct_selected()
    assert "no grade 5+" in dialog.message.text()
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "3+")
    dialog.correct_selected()
    repo = context.repository
    assert [r.value for r in repo.sessions.records(session_id)] == ["3+"]
    history = repo.sessions.records(session_id, include_replaced=True)
    assert [r.value for r in history] == ["4-", "3+"]
    assert window.session.saved[-1].value == "3+"


def test_pain_keys_and_their_pauses(qtbot: QtBot, context: AppContext) -> None:
    window, clock, session_id = open_runner(qtbot, context)
    session = window.session
    # At the start prompt: "1" waits for a 0; after the pause it is saved as 1.
    qtbot.keyClick(window, Key.Key_1)
    assert window.entry.text().startswith("Pain: 1")
    clock.advance(ENTRY_PAUSE_S + 0.01)
    qtbot.waitUntil(lambda: session.phase.kind is not PhaseKind.PAIN_START)
    # During a protocol: P, then 1 and 0 is 10.
    qtbot.keyClick(window, Key.Key_P)
    assert window.prompt.pain_row.isVisibleTo(window)
    qtbot.keyClick(window, Key.Key_1)
    qtbot.keyClick(window, Key.Key_0)
    # A P left without a digit is dropped after a while; digits then are grades again.
    qtbot.keyClick(window, Key.Key_P)
    clock.advance(PAIN_OPEN_S + 0.01)
    qtbot.waitUntil(lambda: session.state.pending is None)
    # A + with no grade before it is refused with a message, nothing saved.
    qtbot.keyClick(window, Key.Key_Plus)
    assert window.entry.text().startswith("⚠ Press a grade 0 to 5 first, then + or -.")
    pains = [(r.value, r.moment) for r in context.repository.sessions.records(session_id)]
    assert pains == [("1", "start"), ("10", None)]


def test_timer_keys_pause_lengthen_and_stop(qtbot: QtBot, context: AppContext) -> None:
    window, clock, _ = open_runner(qtbot, context)
    session = window.session
    qtbot.keyClick(window, Key.Key_5)  # pain 5 at the start
    go_to(qtbot, window, PhaseKind.HOLD)
    assert session.state.timer is Timer.RUNNING
    clock.advance(2.0)
    qtbot.keyClick(window, Key.Key_B)
    assert session.state.timer is Timer.PAUSED
    assert window.buttons["pause"].text() == "Resume"
    window.refresh()
    assert window.ring.paused
    clock.advance(60.0)
    qtbot.keyClick(window, Key.Key_Period)
    assert session.remaining() == pytest.approx(4.0)
    qtbot.keyClick(window, Key.Key_Up)
    assert session.remaining() == pytest.approx(9.0)
    qtbot.keyClick(window, Key.Key_Down)
    assert session.remaining() == pytest.approx(4.0)
    window.refresh()
    assert window.ring.seconds_text() == "4"
    qtbot.keyClick(window, Key.Key_Space)  # stop: back to the full length
    assert session.state.timer is Timer.IDLE
    qtbot.keyClick(window, Key.Key_Space)
    assert session.state.timer is Timer.RUNNING
    # Back: the previous phase, timer idle.
    index = session.state.index
    qtbot.keyClick(window, Key.Key_PageUp)
    assert session.state.index == index - 1


def test_help_full_screen_mouse_buttons_and_leaving(qtbot: QtBot, context: AppContext) -> None:
    window, _, session_id = open_runner(qtbot, context)
    qtbot.keyClick(window, Key.Key_Question)
    assert window.overlay.isVisible()
    assert any("Pain score" in text for _, text in window.overlay.rows)
    qtbot.keyClick(window, Key.Key_Space)  # any key closes it, and does nothing else
    assert not window.overlay.isVisible()
    qtbot.keyClick(window, Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    # A mouse's forward button is Next, its back button Previous.
    qtbot.keyClick(window, Key.Key_7)  # pain 7 at the start
    index = window.session.state.index
    for button, expected in (
        (Qt.MouseButton.ForwardButton, index + 1),
        (Qt.MouseButton.BackButton, index),
    ):
        event = QMouseEvent(
            QMouseEvent.Type.MouseButtonPress,
            QPointF(10, 10),
            QPointF(10, 10),
            button,
            button,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, event)
        assert window.session.state.index == expected
    # A large on-screen button does what its key does.
    window.buttons["next"].click()
    assert window.session.state.index == index + 1
    # Esc leaves; the session stays unfinished at its step, ready to resume.
    with qtbot.waitSignal(window.left) as left:
        qtbot.keyClick(window, Key.Key_Escape)
    assert left.args == [session_id]
    stored = context.repository.sessions.get(session_id)
    assert stored.status == "running"
    assert stored.cursor == index + 1


def test_a_note_is_saved_with_where_it_was_taken(qtbot: QtBot, context: AppContext) -> None:
    window, _, session_id = open_runner(qtbot, context)
    qtbot.keyClick(window, Key.Key_2)
    go_to(qtbot, window, PhaseKind.HOLD)
    qtbot.keyClick(window, Key.Key_N)
    qtbot.keyClicks(window.note_edit, "Shoulder hitches")
    qtbot.keyClick(window.note_edit, Key.Key_Escape)  # Esc leaves without saving
    assert not window.note_edit.isVisible()
    qtbot.keyClick(window, Key.Key_N)
    qtbot.keyClick(window.note_edit, Key.Key_Return)
    notes = [r for r in context.repository.sessions.records(session_id) if r.kind == "note"]
    assert [(n.value, n.protocol_id, n.side, n.set_number) for n in notes] == [
        ("Shoulder hitches", "e2e-hold-relax", "left", 1)
    ]
    assert window.entry.text() == "✓ Note “Shoulder hitches” saved"


def test_keys_from_settings_replace_the_defaults(qtbot: QtBot, db_path: Path) -> None:
    context = make_context(db_path, key_map={"next": ["Ctrl+J"], "pause": ["F5"]})
    _, session_id = start_session(context)
    window = start_runner(context, session_id, clock=FakeClock(0.0), full_screen=False)
    qtbot.addWidget(window)
    qtbot.keyClick(window, Key.Key_3)  # pain 3 at the start
    index = window.session.state.index
    qtbot.keyClick(window, Key.Key_PageDown)  # no longer Next
    assert window.session.state.index == index
    qtbot.keyClick(window, Key.Key_J)  # J alone is not Ctrl+J
    assert window.session.state.index == index
    qtbot.keyClick(window, Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.session.state.index == index + 1
    assert ("Ctrl+J", "Next step; starts the timer of a timed step") in window.overlay.rows
    window.leave()
    context.close()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: no window stacking
def test_one_runner_per_session_and_none_for_a_finished_one(
    qtbot: QtBot, context: AppContext
) -> None:
    window, _, session_id = open_runner(qtbot, context)
    again = start_runner(context, session_id, full_screen=False)
    assert again is window
    window.leave()
    other = start_runner(context, session_id, cues=quiet_cues(), full_screen=False)
    qtbot.addWidget(other)
    assert other is not window
    other.leave()
    context.repository.sessions.finish(session_id)
    with pytest.raises(StorageError, match="finished"):
        start_runner(context, session_id, full_screen=False)


def test_a_refused_entry_is_kept_whole_while_time_passes_and_the_runner_moves(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, clock, session_id = open_runner(qtbot, context)
    go_to(qtbot, window, PhaseKind.GRADE)
    prompt = window.session.phase
    repo = context.repository
    real_add_grade = repo.sessions.add_grade
    refusing = [True]

    def add_grade(*args: object, **kwargs: object) -> int:
        if refusing[0]:
            raise DiskFull()
        return real_add_grade(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(repo.sessions, "add_grade", add_grade)
    qtbot.keyClick(window, Key.Key_4)
    qtbot.keyClick(window, Key.Key_Plus)
    assert window.session.unsaved is not None
    # The pause that would save a lone digit does not turn "4+" into "4".
    clock.advance(ENTRY_PAUSE_S * 3)
    window.poll()
    assert window.session.unsaved.value == "4+"
    # Still refused: it stays; the therapist goes back a step meanwhile.
    window.retry()
    assert window.session.unsaved is not None
    qtbot.keyClick(window, Key.Key_PageUp)
    assert window.session.state.index == prompt.index - 1
    assert window.entry.text().startswith("✗ NOT SAVED: Grade 4+")
    # Saved at last, as it was taken: at the grade prompt, for its protocol and set.
    refusing[0] = False
    window.entry.retry.click()
    assert window.session.unsaved is None
    assert window.session.state.index == prompt.index - 1
    [grade] = repo.sessions.records(session_id)
    assert (grade.value, grade.protocol_id, grade.set_number, grade.phase_index) == (
        "4+",
        prompt.protocol_id,
        prompt.set_number,
        prompt.index,
    )


def test_a_refused_entry_is_explained_in_the_interface_language(
    qtbot: QtBot, context: AppContext
) -> None:
    from console.ui.shell.i18n import install_language

    assert install_language("es")
    try:
        window, clock, _ = open_runner(qtbot, context)
        session = window.session
        qtbot.keyClick(window, Key.Key_3)  # pain 3 at the start
        clock.advance(ENTRY_PAUSE_S + 0.01)
        qtbot.waitUntil(lambda: session.phase.kind is not PhaseKind.PAIN_START)
        qtbot.keyClick(window, Key.Key_Minus)
        assert "Pulse primero un grado de fuerza de 0 a 5 y después + o -." in window.entry.text()
        qtbot.keyClick(window, Key.Key_5)
        qtbot.keyClick(window, Key.Key_Plus)
        # Refused while a grade is being typed: the reason shows and the prompt stays.
        assert "No existe el grado de fuerza 5+." in window.entry.text()
        assert "Fuerza 5…" in window.entry.text()
        assert session.state.pending is not None and session.state.pending.text == "5"
    finally:
        install_language("en")


def test_the_resume_point_is_saved_with_the_phase_it_names(
    qtbot: QtBot, context: AppContext
) -> None:
    from console.domain.plan import phase_key

    window, clock, session_id = open_runner(qtbot, context)
    session = window.session
    qtbot.keyClick(window, Key.Key_4)  # pain 4 at the start
    clock.advance(ENTRY_PAUSE_S + 0.01)
    qtbot.waitUntil(lambda: session.phase.kind is not PhaseKind.PAIN_START)
    for _ in range(3):
        qtbot.keyClick(window, Key.Key_PageDown)
    stored = context.repository.sessions.get(session_id)
    assert stored.cursor == session.phase.index
    assert stored.cursor_key == phase_key(session.phase)
