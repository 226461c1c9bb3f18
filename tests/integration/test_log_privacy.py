"""Patient names never reach the log file, whatever the screens and the runner do."""

from __future__ import annotations

import logging
from pathlib import Path

from pytestqt.qtbot import QtBot

from console.storage.errors import DiskFull
from console.ui.patients.chart_page import ChartPage
from console.ui.runner.resume import offer_resume
from console.ui.shell.app import setup_logging
from tests.end2end.runner_helpers import quiet_cues
from tests.integration.ui_helpers import make_context, patient_with_history


def test_names_stay_out_of_the_log(qtbot: QtBot, db_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    log_file = setup_logging()
    assert log_file is not None
    try:
        patient_id, _ = patient_with_history(db_path)
        context = make_context(db_path)
        repo = context.repository
        patient = repo.patients.get(patient_id)
        # An unfinished session (the resume offer reads it) and a refused save.
        session = repo.sessions.start(
            patient_id,
            [{"protocol_id": "ue-d1-flexion-hold-relax", "side": "left", "overrides": {}}],
        )
        chart = ChartPage(context)
        qtbot.addWidget(chart)
        chart.show_patient(patient_id)
        box = offer_resume(context, chart)
        if box is not None:
            qtbot.addWidget(box)
            box.close()

        from console.ui.runner.runner_window import start_runner

        runner = start_runner(context, session, None, cues=quiet_cues(), full_screen=False)
        qtbot.addWidget(runner)

        def full(*args: object, **kwargs: object) -> int:
            raise DiskFull()

        repo.sessions.add_note = full  # type: ignore[method-assign]  # the next note cannot be saved
        from console.domain.runner import EnterNote

        runner.session.send(
            EnterNote(runner.session.clock.monotonic(), f"{patient.given_name} dizzy")
        )
        logging.getLogger("console.test").info("end of the scripted day")
        for handler in root.handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert "end of the scripted day" in text
        assert "not saved" in text  # the refused note was logged, without its text
        for name in (patient.given_name, patient.family_name):
            assert name not in text
        runner.close()
        context.close()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
