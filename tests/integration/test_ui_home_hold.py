"""The home program editor suggests a hold from the patient's measured endurance,
states the rule, and the therapist accepts it or types another; the handout prints the
hold in seconds as it always has."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from console.ui.shell.context import AppContext
from tests.integration.home_program_fixtures import context, patient_id, shown_panel
from tests.integration.ui_helpers import open_repo

__all__ = ["context", "patient_id"]  # fixtures used by name

SIDE = "endurance-side-bridge"


def _measured(db_path: Path, patient: int, right: int, left: int) -> None:
    repo = open_repo(db_path)
    try:
        session = repo.sessions.start(patient, [{"protocol_id": SIDE, "side": "right"}])
        repo.sessions.add_hold(session, right, protocol_id=SIDE, side="right")
        repo.sessions.add_hold(session, left, protocol_id=SIDE, side="left")
        repo.sessions.finish(session)
    finally:
        repo.close()


def test_the_side_plank_hold_follows_the_weaker_side_bridge(
    qtbot: QtBot, db_path: Path, context: AppContext, patient_id: int
) -> None:
    _measured(db_path, patient_id, right=12, left=30)
    panel = shown_panel(qtbot, context, patient_id)
    row = panel.add_exercise("home-side-plank")
    assert row is not None
    panel.select_row(row)
    suggestion = panel.hold_suggestion
    assert suggestion.isVisible()
    # Half the weaker side (right, 12 s) = 6 s; the rule is stated with the measurement.
    text = suggestion.text.text()
    assert "Suggested hold 6 s from the latest side bridge, right: 12 s." in text
    assert "never more than 10 s" in text
    assert panel.model.item(row).hold_s == 10  # the file's dosage until accepted
    suggestion.use_button.click()
    assert panel.model.item(row).hold_s == 6
    assert not suggestion.use_button.isEnabled()
    # The therapist changes it: the typed value stands.
    assert panel.set_dosage(row, "hold_s", "8")
    assert panel.model.item(row).hold_s == 8
    assert suggestion.use_button.isEnabled()
    pdf = panel.draft_pdf()
    assert pdf is not None
    handout = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    # The dosage line of the (Spanish) handout says the accepted hold in seconds.
    assert "mantenga la postura 8 segundos" in " ".join(handout.split())


def test_no_suggestion_without_a_matching_measured_test(
    qtbot: QtBot, db_path: Path, context: AppContext, patient_id: int
) -> None:
    _measured(db_path, patient_id, right=40, left=42)
    panel = shown_panel(qtbot, context, patient_id)
    row = panel.add_exercise("home-pelvic-tilt")  # no test matches this exercise
    assert row is not None
    panel.select_row(row)
    assert not panel.hold_suggestion.isVisible()
    row = panel.add_exercise("home-curl-up")  # flexor test, not measured
    assert row is not None
    panel.select_row(row)
    assert not panel.hold_suggestion.isVisible()
