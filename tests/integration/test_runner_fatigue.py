"""The runner screen with a hold timed to fatigue: the ring counts up the seconds held,
Page Down stops it and the time is confirmed like a grade; F switches a resistive hold
to fatigue; −5/+5 s are greyed on a count-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.domain.runner import Timer
from console.ui.runner.runner_window import RunnerWindow, start_runner
from console.ui.shell.context import AppContext
from tests.end2end.runner_helpers import PLAN, make_context, quiet_cues

Key = Qt.Key
pytestmark = pytest.mark.qt_log_ignore("pipewire")


@pytest.fixture
def context(db_path: Path) -> Iterator[AppContext]:
    context = make_context(db_path)
    yield context
    context.close()


def runner(qtbot: QtBot, context: AppContext, plan: list[dict[str, object]]) -> RunnerWindow:
    repo = context.repository
    patient = repo.patients.create(given_name="Ana", family_name="Prueba")
    session_id = repo.sessions.start(patient, plan)
    window = start_runner(
        context, session_id, clock=FakeClock(50.0), cues=quiet_cues(), full_screen=False
    )
    qtbot.addWidget(window)
    return window


def clock_of(window: RunnerWindow) -> FakeClock:
    clock = window.session.clock
    assert isinstance(clock, FakeClock)
    return clock


def test_the_side_bridge_counts_up_and_page_down_saves_the_time(
    qtbot: QtBot, context: AppContext
) -> None:
    window = runner(qtbot, context, [{"protocol_id": "endurance-side-bridge", "side": "right"}])
    for _ in range(3):  # pain at start (none given), position, set-up notes
        qtbot.keyClick(window, Key.Key_PageDown)
    assert window.session.phase.to_fatigue and window.session.state.timer is Timer.RUNNING
    clock_of(window).advance(12.3)
    window.poll()
    assert window.ring.count_up and window.ring.seconds_text() == "12"
    assert window.ring.total == 300.0
    assert not window.buttons["longer"].isEnabled() and not window.buttons["shorter"].isEnabled()
    qtbot.keyClick(window, Key.Key_PageDown)
    records = context.repository.sessions.records(window.session.session_id)
    assert [(r.kind, r.value, r.side) for r in records] == [("hold", "12", "right")]
    assert window.entry.text() == "✓ Held 12 s saved"
    assert window.session.phase.kind is PhaseKind.PAIN_END
    assert not window.ring.count_up


def test_f_switches_a_resistive_hold_to_fatigue(qtbot: QtBot, context: AppContext) -> None:
    window = runner(qtbot, context, PLAN)
    for _ in range(40):
        if window.session.phase.kind is PhaseKind.HOLD:
            break
        qtbot.keyClick(window, Key.Key_PageDown)
    assert window.session.phase.kind is PhaseKind.HOLD and not window.session.phase.to_fatigue
    clock_of(window).advance(2.0)
    window.poll()
    qtbot.keyClick(window, Key.Key_F)
    assert window.session.phase.to_fatigue
    clock_of(window).advance(25.0)  # far past the hold's own few seconds
    window.poll()
    assert window.session.phase.kind is PhaseKind.HOLD
    assert window.ring.count_up and window.ring.seconds_text() == "27"
    qtbot.keyClick(window, Key.Key_Space)  # the timer key stops it too
    holds = [
        (r.value, r.protocol_id)
        for r in context.repository.sessions.records(window.session.session_id)
        if r.kind == "hold"
    ]
    assert holds == [("27", PLAN[0]["protocol_id"])]
