"""The runner's long texts: the instruction under a long verbal command shrinks to
show whole before it would scroll (the therapist's hands are on the patient)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain.runner import Next
from console.ui.runner.runner_window import MIN_INSTRUCTION_PX, RunnerWindow
from tests.end2end.runner_helpers import make_context, show_runner

pytestmark = pytest.mark.qt_log_ignore("pipewire")

LONGEST = "ue-d1-extension-elbow-extension-repeated-stretch"


def open_at_longest_step(qtbot: QtBot, db_path: Path, size: tuple[int, int]) -> RunnerWindow:
    """The Spanish runner on the built-in step with the longest command and instruction."""
    context = make_context(db_path, protocol_language="es")
    repo = context.repository
    patient = repo.patients.create(given_name="Ana", family_name="Prueba", language="es")
    session_id = repo.sessions.start(
        patient, [{"protocol_id": LONGEST, "side": "left", "overrides": {}}]
    )
    window = show_runner(qtbot, context, session_id, size)
    for _ in range(len(window.session.phases)):
        if window.command.text() and len(window.instruction.text()) > 700:
            break
        window.session.send(Next(window.session.clock.monotonic()))
        window.refresh()
    assert len(window.instruction.text()) > 700 and window.command.text()
    QApplication.processEvents()  # the layout makes room for the new command first
    window.instruction_area.fit()
    return window


def test_a_long_instruction_shrinks_to_show_whole_on_a_small_screen(
    qtbot: QtBot, db_path: Path, product_style: None
) -> None:
    window = open_at_longest_step(qtbot, db_path, (1366, 768))
    area = window.instruction_area
    assert area.verticalScrollBar().maximum() == 0  # nothing left below the fold
    assert MIN_INSTRUCTION_PX <= area.px < area.largest_px
    window.leave()


def test_an_instruction_that_fits_keeps_its_size(
    qtbot: QtBot, db_path: Path, product_style: None
) -> None:
    window = open_at_longest_step(qtbot, db_path, (1366, 768))
    area = window.instruction_area
    assert area.px < area.largest_px  # the longest instruction had to shrink here
    area.set_text("Resista la extensión del codo en todo el recorrido.")
    assert area.px == area.largest_px  # a short one is shown at full size again
    window.leave()


def test_past_the_smallest_size_it_scrolls(
    qtbot: QtBot, db_path: Path, product_style: None
) -> None:
    window = open_at_longest_step(qtbot, db_path, (1024, 600))
    area = window.instruction_area
    area.set_text(window.instruction.text() * 3)
    QApplication.processEvents()  # the scroll area takes the label's new height
    assert area.px == area.smallest_px
    assert area.verticalScrollBar().maximum() > 0
    window.leave()
