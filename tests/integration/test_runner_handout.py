"""'Print handout' on the runner's end screen, through a real CUPS scheduler
(tests/integration/print_queue.py): one key prints the patient's current program."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.plan import PhaseKind
from console.domain.runner import Next
from console.reports.printing import PrintProblem, wait_for_job
from console.ui.runner.runner_handout import EndScreenHandout
from console.ui.shell.context import AppContext
from tests.end2end.runner_helpers import make_context, show_runner, start_session
from tests.integration.print_queue import ROOM, CupsQueues, cups_queues, queues

__all__ = ["cups_queues", "queues"]
pytestmark = pytest.mark.qt_log_ignore("pipewire")

ITEM = {
    "protocol_id": "home-bridge",
    "sets": 3,
    "reps": 12,
    "hold_s": 5,
    "per_day": 2,
    "days_per_week": 7,
    "note": "",
    "caution": "",
}


@pytest.fixture
def context(db_path: Path) -> Any:
    context = make_context(db_path)
    yield context
    context.close()


def to_the_end(window: Any) -> None:
    session = window.session
    while session.phase.kind is not PhaseKind.DONE:
        session.send(Next(session.clock.monotonic()))
        window.refresh()


def handout_of(window: Any) -> EndScreenHandout:
    (found,) = window.findChildren(EndScreenHandout)
    return found


def test_the_end_screen_prints_the_current_program_with_one_key(
    qtbot: QtBot, queues: CupsQueues, context: AppContext
) -> None:
    patient, session_id = start_session(context, language="es")
    repo = context.repository
    repo.home_programs.save(patient, [ITEM], language="es")
    window = show_runner(qtbot, context, session_id, (1366, 768))
    handout = handout_of(window)
    assert not handout.isVisible()  # only on the end screen
    to_the_end(window)
    assert handout.isVisible() and handout.button.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    job = handout.output.last_job
    assert job is not None and job.printer == ROOM
    assert handout.status.text() == f"Version 1 sent to {ROOM} (job {job.job_id})."
    prints = [e for e in repo.audit.entries(patient) if e["action"] == "print"]
    assert [e["detail"] for e in prints] == [f"version 1, printer {ROOM}, job {job.job_id}"]
    wait_for_job(job, timeout_s=60)
    printed = queues.printed_file(job.job_id)
    try:
        assert len(PdfReader(printed).pages) >= 1
    finally:
        printed.unlink()
    window.leave()


def test_a_stopped_printer_at_the_end_of_a_session_says_so(
    qtbot: QtBot, queues: CupsQueues, context: AppContext
) -> None:
    patient, session_id = start_session(context)
    context.repository.home_programs.save(patient, [ITEM], language="en")
    window = show_runner(qtbot, context, session_id, (1366, 768))
    to_the_end(window)
    queues.admin("cupsdisable", "-r", "Out of paper", ROOM)
    handout_of(window).button.click()
    box = handout_of(window).output.problem_box
    assert box is not None and box.failure.problem is PrintProblem.STOPPED
    assert box.text() == f"The printer {ROOM} is stopped (Out of paper)."
    box.close_button.click()
    window.leave()


def test_no_program_yet_is_said_plainly(
    qtbot: QtBot, queues: CupsQueues, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "console.ui.home_program.home_program_output.warn",
        lambda parent, title, text: shown.append((title, text)),
    )
    _, session_id = start_session(context)
    window = show_runner(qtbot, context, session_id, (1366, 768))
    to_the_end(window)
    assert handout_of(window).print_handout() is None
    assert shown == [
        ("No handout to print", "This patient has no home program yet: write one in the chart.")
    ]
    window.leave()
