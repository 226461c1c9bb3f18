"""Several rooms on the screen: the conflict dialog (both versions side by side; keep the
saved one, keep mine, or save as edited by hand), the offer to take over a session
running in another room, the room's name in Settings, and, on a real server, a note
signed in one room showing in the other room's open chart without a reload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.repository import Repository
from console.storage.settings_file import LoadedSettings
from console.ui.patients.chart_page import ChartPage
from console.ui.patients.patient_dialog import PatientDialog
from console.ui.runner import session_launch
from console.ui.shell.conflict_dialog import ConflictDialog
from console.ui.shell.context import AppContext
from tests.integration.ui_helpers import UE, builtin_library
from tests.storage_helpers import make_repo

PLAN = [{"protocol_id": UE, "side": "left"}]


def _context(target: Path | str, room: str) -> AppContext:
    settings = LoadedSettings(Settings(room=room))
    if isinstance(target, Path):
        context = AppContext(db_path=target, settings=settings)
    else:
        context = AppContext(server_url=target, settings=settings)
    context._library = builtin_library()
    return context


@pytest.fixture
def here(db_path: Path) -> Iterator[AppContext]:
    """This console: Room 2."""
    context = _context(db_path, "Room 2")
    yield context
    context.close()


@pytest.fixture
def there(db_path: Path, here: AppContext) -> Iterator[Repository]:
    """The other room on the same database: Room 1."""
    repo = make_repo(db_path)
    repo.rooms.room = "Room 1"
    yield repo
    repo.close()


def _chart_on(qtbot: QtBot, context: AppContext, patient_id: int, session_id: int) -> ChartPage:
    page = ChartPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.show_patient(patient_id)
    page.select_session(session_id)
    return page


def _note_conflict(
    qtbot: QtBot, here: AppContext, there: Repository
) -> tuple[ChartPage, ConflictDialog, int]:
    """Room 2 has the note on screen; Room 1 saves it first; Room 2's save is refused."""
    patient = there.patients.create(given_name="Ruth", family_name="Evans")
    session = there.sessions.start(patient, PLAN)
    there.sessions.finish(session)
    page = _chart_on(qtbot, here, patient, session)
    there.notes.save_soap(session, subjective="Slept well.", base_version=0)
    page.soap.edits["subjective"].setPlainText("Stiff this morning.")
    assert not page.soap.save()
    dialog = page.soap.conflict_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return page, dialog, session


def test_a_note_saved_in_another_room_is_shown_beside_mine(
    qtbot: QtBot, here: AppContext, there: Repository
) -> None:
    page, dialog, session = _note_conflict(qtbot, here, there)
    assert dialog.theirs["subjective"].toPlainText() == "Slept well."
    assert dialog.mine["subjective"].toPlainText() == "Stiff this morning."
    assert dialog.theirs["subjective"].isReadOnly()
    intro = dialog.findChild(QLabel, "conflictIntro")
    assert isinstance(intro, QLabel) and "in Room 1 at 2026-03-02 09:00" in intro.text()
    note = there.notes.soap(session)
    assert note is not None and note.subjective == "Slept well."  # nothing overwritten
    dialog.keep_mine_button.click()
    note = there.notes.soap(session)
    assert note is not None and note.subjective == "Stiff this morning."
    assert note.row_version == 2
    assert not page.soap.is_dirty()


def test_a_merge_by_hand_is_saved_as_edited(
    qtbot: QtBot, here: AppContext, there: Repository
) -> None:
    page, dialog, session = _note_conflict(qtbot, here, there)
    dialog.mine["subjective"].setPlainText("Slept well; stiff this morning.")
    dialog.merge_button.click()
    note = there.notes.soap(session)
    assert note is not None and note.subjective == "Slept well; stiff this morning."
    assert page.soap.edits["subjective"].toPlainText() == "Slept well; stiff this morning."


def test_keeping_the_saved_note_drops_mine_on_purpose(
    qtbot: QtBot, here: AppContext, there: Repository
) -> None:
    page, dialog, session = _note_conflict(qtbot, here, there)
    dialog.keep_theirs_button.click()
    assert page.soap.edits["subjective"].toPlainText() == "Slept well."
    assert not page.soap.is_dirty()
    note = there.notes.soap(session)
    assert note is not None and note.row_version == 1


def test_decide_later_keeps_what_was_typed(
    qtbot: QtBot, here: AppContext, there: Repository
) -> None:
    page, dialog, _session = _note_conflict(qtbot, here, there)
    dialog.reject()
    assert page.soap.edits["subjective"].toPlainText() == "Stiff this morning."
    assert page.soap.is_dirty()


def test_patient_details_saved_meanwhile_are_not_overwritten(
    qtbot: QtBot, here: AppContext, there: Repository
) -> None:
    patient = there.patients.create(given_name="Ruth", family_name="Evans", diagnosis="stroke")
    form = PatientDialog(here.repository, None, here.repository.patients.get(patient))
    qtbot.addWidget(form)
    form.show()
    there.patients.update(patient, notes="uses a cane")
    form.diagnosis.setText("left hemiparesis after stroke")
    form.save()
    dialog = form.conflict_dialog
    assert dialog is not None
    assert dialog.theirs["notes"].toPlainText() == "uses a cane"
    assert dialog.mine["notes"].toPlainText() == ""
    # Merged by hand: my diagnosis and their note.
    dialog.mine["notes"].setPlainText("uses a cane")
    dialog.merge_button.click()
    saved = there.patients.get(patient)
    assert (saved.diagnosis, saved.notes) == ("left hemiparesis after stroke", "uses a cane")
    assert form.result() == PatientDialog.DialogCode.Accepted


def test_a_patient_in_session_in_another_room_is_offered_for_taking_over(
    qtbot: QtBot, here: AppContext, there: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    resumed: list[int] = []
    monkeypatch.setattr(session_launch, "resume_runner", lambda _c, sid, _p: resumed.append(sid))
    therapist = there.therapists.create("Ana Ruiz")
    patient = there.patients.create(given_name="Ruth", family_name="Evans")
    there.plans.save(patient, PLAN, therapist)
    running = there.sessions.start(patient, PLAN, therapist)
    page = _chart_on(qtbot, here, patient, running)
    assert not session_launch.start_next_session(here, patient, page)
    box = page.findChild(QMessageBox, "inSessionElsewhere")
    assert isinstance(box, QMessageBox)
    assert "Ana Ruiz in Room 1, since 2026-03-02 09:00" in box.text()
    assert len(there.sessions.for_patient(patient)) == 1  # no second session
    take = next(b for b in box.buttons() if "Take over" in b.text())
    take.click()
    assert resumed == [running]
    assert there.sessions.get(running).room == "Room 2"
    last = there.transactions.one("SELECT action, room FROM audit_log ORDER BY id DESC LIMIT 1")
    assert last == {"action": "take-over", "room": "Room 2"}


def test_the_room_is_named_in_settings_and_used_at_once(
    qtbot: QtBot, here: AppContext, tmp_path: Path
) -> None:
    from console.ui.settings.settings_page import SettingsPage

    page = SettingsPage(here)
    qtbot.addWidget(page)
    assert page.folders.room.text() == "Room 2"
    page.folders.room.setText("  Gym  ")
    page.folders.room.textEdited.emit("  Gym  ")
    assert page.save()
    assert here.settings.room == "Gym"
    assert here.repository.rooms.room == "Gym"


# -- live updates on the server -------------------------------------------------------


def test_a_note_signed_in_one_room_shows_in_the_others_open_chart(
    qtbot: QtBot, server_url: str
) -> None:
    room_one = make_repo(server_url)
    room_one.rooms.room = "Room 1"
    room_two = _context(server_url, "Room 2")
    try:
        patient = room_one.patients.create(
            given_name="Ruth", family_name="Evans", date_of_birth=dt.date(1950, 1, 2)
        )
        session = room_one.sessions.start(patient, PLAN)
        room_one.sessions.finish(session)
        page = _chart_on(qtbot, room_two, patient, session)
        live = room_two.live_updates
        assert live is not None  # the chart's signals started it
        qtbot.waitUntil(lambda: live.listening, timeout=10_000)
        assert not page.soap.signed
        with qtbot.waitSignal(live.heard, timeout=10_000):
            room_one.notes.save_soap(session, subjective="Walked to the clinic.")
            room_one.sessions.sign(session, None)
        qtbot.waitUntil(lambda: page.soap.signed, timeout=10_000)
        assert "Walked to the clinic." in page.soap.signed_view.toPlainText()
    finally:
        room_two.close()
        room_one.close()


def test_a_home_program_saved_meanwhile_is_merged_by_hand_then_kept_as_a_new_version(
    qtbot: QtBot, here: AppContext, there: Repository
) -> None:
    from tests.integration.home_program_fixtures import shown_panel

    patient = there.patients.create(given_name="Ruth", family_name="Evans")
    panel = shown_panel(qtbot, here, patient)
    panel.add_exercise("home-bridge")
    bird_dog = {"protocol_id": "home-bird-dog", "sets": 2, "reps": 10, "hold_s": 5}
    assert there.home_programs.save(patient, [bird_dog], base_version=0) == 1
    assert panel.save() is None  # refused: Room 1 saved version 1 meanwhile
    dialog = panel.conflict_dialog
    assert dialog is not None
    assert "Bird dog" in dialog.theirs["items"].toPlainText()
    assert "Bridge" in dialog.mine["items"].toPlainText()
    assert dialog.keep_mine_button.text().replace("&", "") == "Save mine as a new version"
    dialog.merge_button.click()
    assert panel.model.protocol_ids() == ["home-bird-dog", "home-bridge"]
    assert len(there.home_programs.versions(patient)) == 1  # nothing saved yet
    assert panel.save() == 2
    saved = there.home_programs.get(patient)
    assert saved is not None and [i["protocol_id"] for i in saved.items] == [
        "home-bird-dog",
        "home-bridge",
    ]
