"""Printing from the screens through a real CUPS scheduler (tests/integration/print_queue.py):
Settings -> Printing, the chart's 'Print handout', and the message when printing fails."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.reports.printing import PrintJob, PrintProblem, wait_for_job
from console.storage.settings_file import load_settings
from console.ui.home_program.home_program_editor import HomeProgramPanel
from console.ui.settings.settings_page import SettingsPage
from console.ui.shell.context import AppContext
from tests.integration.home_program_fixtures import context, patient_id, shown_panel
from tests.integration.print_queue import (
    DESK,
    OFFLINE,
    ROOM,
    UNPLUGGED,
    CupsQueues,
    cups_queues,
    queues,
)

__all__ = ["context", "cups_queues", "patient_id", "queues"]


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext, patient_id: int) -> HomeProgramPanel:
    widget = shown_panel(qtbot, context, patient_id)
    widget.add_exercise("home-bird-dog")
    widget.save()
    widget.add_exercise("home-bridge")
    widget.language.setCurrentIndex(widget.language.findData("en"))
    widget.save()
    return widget


def printed_audit(context: AppContext, patient_id: int) -> list[str]:
    entries = context.repository.audit.entries(patient_id)
    return [e["detail"] for e in entries if e["action"] == "print"]


def test_the_printing_tab_lists_the_queues_and_saves_the_choice(
    qtbot: QtBot, queues: CupsQueues, context: AppContext
) -> None:
    page = SettingsPage(context, speech_engine="mock")
    qtbot.addWidget(page)
    page.show()
    page.show_section(page.printing)
    section = page.printing
    assert section.choices() == ["", ROOM, DESK, OFFLINE, UNPLUGGED]
    assert section.printer.itemText(0) == f"The system's default printer ({ROOM})"
    assert not section.duplex.isEnabled()  # cups-pdf prints on one side only
    assert section.paper.itemText(0) == "The paper in the printer (A4)"
    section.printer.setCurrentIndex(section.printer.findData(DESK))
    section.printer.activated.emit(section.printer.currentIndex())
    section.paper.setCurrentIndex(section.paper.findData("Letter"))
    section.copies.setValue(2)
    assert page.save()
    printing = load_settings().settings.printing
    assert (printing.printer, printing.paper, printing.copies) == (DESK, "Letter", 2)
    # Shown again, a printer this computer no longer has is named as such.
    context.settings.printing.printer = "Basement"
    page.revert()
    assert section.printer.currentText() == "Basement (not installed)"


def test_print_handout_reprints_an_old_version_on_the_rooms_printer(
    qtbot: QtBot,
    queues: CupsQueues,
    context: AppContext,
    panel: HomeProgramPanel,
    patient_id: int,
) -> None:
    panel.versions_pane.select(1)
    expected = panel.version_pdf(1)
    assert expected is not None
    qtbot.mouseClick(panel.versions_pane.handout_button, Qt.MouseButton.LeftButton)
    job = panel.output.last_job
    assert job is not None and job.printer == ROOM
    assert panel.output.problem_box is None
    assert f"Version 1 sent to {ROOM} (job {job.job_id})." == panel.status.text()
    assert printed_audit(context, patient_id) == [f"version 1, printer {ROOM}, job {job.job_id}"]
    wait_for_job(job, timeout_s=60)
    printed = queues.printed_file(job.job_id)
    try:
        pages = len(PdfReader(printed).pages)
        assert pages == len(PdfReader(io.BytesIO(expected)).pages)
    finally:
        printed.unlink()


def test_a_stopped_printer_says_so_and_offers_pdf_and_try_again(
    qtbot: QtBot,
    queues: CupsQueues,
    context: AppContext,
    panel: HomeProgramPanel,
    patient_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queues.admin("cupsdisable", "-r", "Out of paper", ROOM)
    panel.versions_pane.select(2)
    panel.versions_pane.handout_button.click()
    box = panel.output.problem_box
    assert box is not None and box.isVisible()
    assert box.failure.problem is PrintProblem.STOPPED
    assert box.text() == f"The printer {ROOM} is stopped (Out of paper)."
    assert "switched on, has paper" in box.informativeText()
    assert "version 2 is saved in the chart" in box.informativeText()
    assert box.defaultButton() is box.retry_button
    assert printed_audit(context, patient_id) == []

    # Save as PDF instead: the file dialog's answer is the path.
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(panel.output, "choose_path", lambda version, parent: out)
    box.save_button.click()
    assert out.is_file() and len(PdfReader(out).pages) >= 1
    assert panel.output.problem_box is None

    # Paper loaded, printer resumed: Try again prints.
    panel.versions_pane.handout_button.click()
    box = panel.output.problem_box
    assert box is not None
    queues.admin("cupsenable", ROOM)
    box.retry_button.click()
    job = panel.output.last_job
    assert isinstance(job, PrintJob) and panel.output.problem_box is None
    assert printed_audit(context, patient_id) == [f"version 2, printer {ROOM}, job {job.job_id}"]
    wait_for_job(job, timeout_s=60)
    queues.printed_file(job.job_id).unlink()


def test_a_rejecting_printer_and_a_missing_one_are_told_apart(
    queues: CupsQueues, context: AppContext, panel: HomeProgramPanel, patient_id: int
) -> None:
    queues.admin("cupsreject", ROOM)
    panel.versions_pane.select(2)
    panel.versions_pane.handout_button.click()
    box = panel.output.problem_box
    assert box is not None and box.failure.problem is PrintProblem.REJECTING
    assert box.text() == f"The printer {ROOM} is not accepting jobs."
    box.close_button.click()

    context.settings.printing.printer = "Basement"
    panel.versions_pane.handout_button.click()
    box = panel.output.problem_box
    assert box is not None and box.failure.problem is PrintProblem.UNKNOWN_PRINTER
    assert box.text() == "The printer Basement is not installed on this computer."
    assert box.defaultButton() is box.save_button
    box.close_button.click()
    assert printed_audit(context, patient_id) == []


def test_a_job_the_printer_cannot_print_brings_the_message_afterwards(
    qtbot: QtBot, queues: CupsQueues, context: AppContext, panel: HomeProgramPanel, patient_id: int
) -> None:
    """The queue takes the job, then the printer fails on it (its cable is out)."""
    context.settings.printing.printer = UNPLUGGED
    panel.versions_pane.select(2)
    panel.versions_pane.handout_button.click()
    job = panel.output.last_job
    assert job is not None and job.printer == UNPLUGGED
    assert printed_audit(context, patient_id) == [
        f"version 2, printer {UNPLUGGED}, job {job.job_id}"
    ]
    qtbot.waitUntil(lambda: panel.output.problem_box is not None, timeout=30000)
    box = panel.output.problem_box
    assert box is not None and box.failure.problem is PrintProblem.JOB_FAILED
    assert box.text().startswith(f"The printer {UNPLUGGED} could not print the handout (")
    assert "serial port" in box.text()
    # The failed job is cancelled: it will not come out later beside a second one.
    jobs = subprocess.run(["lpstat", "-o", UNPLUGGED], capture_output=True, text=True, timeout=20)
    assert job.job_id not in jobs.stdout
    box.close_button.click()


def test_a_printed_job_is_reported_once_it_has_left_the_queue(
    qtbot: QtBot, queues: CupsQueues, context: AppContext, panel: HomeProgramPanel
) -> None:
    panel.versions_pane.select(2)
    panel.versions_pane.handout_button.click()
    job = panel.output.last_job
    assert job is not None
    qtbot.waitUntil(lambda: panel.status.text() == f"Version 2 printed on {ROOM}.", timeout=60000)
    queues.printed_file(job.job_id).unlink()
