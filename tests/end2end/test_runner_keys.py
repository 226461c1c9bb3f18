"""A three-protocol session from the pain prompt to Finish by key presses alone.

The clock is a FakeClock: a hold "lasts" as long as the test advances the clock, and
the runner's own poll timer (real Qt timer) notices the end, as it does in the room.
Then the database is read back: every grade, pain score and note is there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.domain.runner import Timer
from console.session import ENTRY_PAUSE_S
from console.ui.runner.runner_window import RunnerWindow, start_runner
from tests.end2end.runner_helpers import make_context, quiet_cues, start_session

Key = Qt.Key

# Loading QtMultimedia says so when PipeWire is not installed; sound is off here.
pytestmark = pytest.mark.qt_log_ignore("pipewire")


def press(qtbot: QtBot, window: RunnerWindow, *keys: Key) -> None:
    for key in keys:
        qtbot.keyClick(window, key)


def type_text(qtbot: QtBot, window: RunnerWindow, text: str) -> None:
    for char in text:
        qtbot.keyClick(window.focusWidget() or window, char)


def run_out(qtbot: QtBot, window: RunnerWindow, clock: FakeClock) -> None:
    """Let the running timer run out on the fake clock; the poll timer ends the phase."""
    session = window.session
    index = session.state.index
    left = session.remaining() or 0.0
    clock.advance(left + 0.01)
    qtbot.waitUntil(lambda: session.state.index != index, timeout=2000)


def test_a_three_protocol_session_by_keys_alone_is_all_in_the_database(
    qtbot: QtBot, db_path: Path
) -> None:
    context = make_context(db_path)
    _, session_id = start_session(context)
    clock = FakeClock(1000.0)
    cues = quiet_cues()
    window = start_runner(context, session_id, clock=clock, cues=cues, full_screen=False)
    qtbot.addWidget(window)
    session = window.session
    kinds = [p.kind for p in session.phases]
    assert kinds[0] is PhaseKind.PAIN_START and kinds[-1] is PhaseKind.DONE
    assert sum(k is PhaseKind.GRADE for k in kinds) == 4

    # Pain at the start: a digit is enough at a pain prompt.
    assert window.prompt.pain_row.isVisibleTo(window)
    press(qtbot, window, Key.Key_6)
    assert window.entry.text() == "✓ Pain 6 saved"
    grades = iter(["4+", "3", "5-", "4"])
    note_written = pain_during = False
    seen_hold = seen_rest = False
    presses = 0
    while session.phase.kind is not PhaseKind.DONE:
        presses += 1
        assert presses < 200, "the session should end"
        phase = session.phase
        if phase.kind is PhaseKind.GRADE:
            grade = next(grades)
            assert "GRADE" in window.badge.text()
            if grade == "3":
                # A digit alone is saved after a short pause.
                press(qtbot, window, Key.Key_3)
                assert window.entry.text().startswith("Grade 3…")
                clock.advance(ENTRY_PAUSE_S + 0.05)
                qtbot.waitUntil(lambda: session.phase.kind is not PhaseKind.GRADE)
            elif grade == "4":
                press(qtbot, window, Key.Key_4, Key.Key_Return)  # Enter saves it at once
            else:
                press(qtbot, window, getattr(Key, f"Key_{grade[0]}"))
                press(qtbot, window, Key.Key_Plus if grade[1] == "+" else Key.Key_Minus)
            assert window.entry.text() == f"✓ Grade {grade} saved"
        elif phase.timed:
            if phase.kind is PhaseKind.HOLD:
                seen_hold = True
            if phase.kind in (PhaseKind.REST, PhaseKind.SET_REST):
                seen_rest = True
                assert "REST" in window.badge.text()
            if session.state.timer is Timer.IDLE:
                press(qtbot, window, Key.Key_PageDown)  # starts the timer
                assert session.state.timer is Timer.RUNNING
            if phase.kind is PhaseKind.HOLD and not pain_during:
                # Pain during a hold: P, then the score; the hold runs on.
                press(qtbot, window, Key.Key_P, Key.Key_2)
                assert session.state.timer is Timer.RUNNING
                assert window.entry.text() == "✓ Pain 2 saved"
                pain_during = True
            if phase.kind is PhaseKind.HOLD and phase.item_index == 1:
                press(qtbot, window, Key.Key_B)  # pause (clicker's blank key)
                assert session.state.timer is Timer.PAUSED
                clock.advance(30.0)
                press(qtbot, window, Key.Key_Period)  # resume
                press(qtbot, window, Key.Key_Up)  # +5 s
                assert session.remaining() == pytest.approx((phase.duration_s or 0) + 5, abs=0.02)
            run_out(qtbot, window, clock)
        else:
            if phase.kind is PhaseKind.MOVE and not note_written:
                press(qtbot, window, Key.Key_N)
                assert window.note_edit.isVisible()
                type_text(qtbot, window, "Good range, no pain")
                qtbot.keyClick(window.note_edit, Key.Key_Return)
                assert not window.note_edit.isVisible()
                note_written = True
            if phase.kind is PhaseKind.PAIN_END:
                press(qtbot, window, Key.Key_1, Key.Key_0)
                continue
            press(qtbot, window, Key.Key_Right)
    assert seen_hold and seen_rest and note_written
    # Back and forward again from "done" (PageUp, PageDown) changes nothing stored.
    press(qtbot, window, Key.Key_PageUp)
    assert session.phase.kind is PhaseKind.PAIN_END
    press(qtbot, window, Key.Key_PageDown)
    assert session.phase.kind is PhaseKind.DONE
    with qtbot.waitSignal(window.finished, timeout=2000):
        press(qtbot, window, Key.Key_Return)

    repo = context.repository
    records = repo.sessions.records(session_id)
    by_kind = {kind: [r for r in records if r.kind == kind] for kind in ("grade", "pain", "note")}
    assert [r.value for r in by_kind["grade"]] == ["4+", "3", "5-", "4"]
    assert [(r.protocol_id, r.side, r.set_number) for r in by_kind["grade"]] == [
        ("e2e-hold-relax", "left", 1),
        ("e2e-hold-relax", "left", 2),
        ("e2e-rhythmic", "right", 1),
        ("e2e-stabilize", "bilateral", 2),
    ]
    assert [(r.value, r.moment) for r in by_kind["pain"]] == [
        ("6", "start"),
        ("2", None),
        ("10", "end"),
    ]
    assert [r.value for r in by_kind["note"]] == ["Good range, no pain"]
    assert repo.sessions.get(session_id).status == "finished"
    # Every phase change was saved as the resume point; the last one is "done".
    assert repo.sessions.get(session_id).cursor == len(session.phases) - 1
    # The commands were handed to the speech engine in the patient's language.
    assert "Hold! Don't let me move you." in cues.speaker.spoken
    context.close()
