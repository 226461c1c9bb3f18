"""The Therapists section: add, rename, deactivate, PINs; changes saved at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.pin import pin_matches
from console.ui.settings.settings_page import SettingsPage
from console.ui.settings.settings_therapists import TherapistsSection
from tests.integration.ui_helpers import make_context


def section(qtbot: QtBot, db_path: Path) -> tuple[SettingsPage, TherapistsSection]:
    page = SettingsPage(make_context(db_path), speech_engine="mock")
    qtbot.addWidget(page)
    return page, page.therapists


def names(part: TherapistsSection) -> list[str]:
    return [part.list.item(row).text() for row in range(part.list.count())]


def test_add_rename_and_deactivate(qtbot: QtBot, db_path: Path) -> None:
    page, part = section(qtbot, db_path)
    repo = page.context.repository
    qtbot.keyClicks(part.new_name, "Ana Lopez")
    qtbot.mouseClick(part.add_button, Qt.MouseButton.LeftButton)
    assert part.new_name.text() == "" and names(part) == ["Ana Lopez"]
    ana = repo.therapists.all()[0].id
    assert part.current_id() == ana

    part.ask_name = lambda _name, _prompt: "Ana López García"
    qtbot.mouseClick(part.rename_button, Qt.MouseButton.LeftButton)
    assert repo.therapists.get(ana).name == "Ana López García"

    # The last active therapist stays active.
    assert not part.set_active(ana, False)
    assert "At least one therapist" in part.message.text()
    ben = part.add("Ben Ortiz")
    assert ben is not None
    part.refresh(select=ana)
    qtbot.mouseClick(part.active_button, Qt.MouseButton.LeftButton)
    assert not repo.therapists.get(ana).active
    assert "Ana López García (inactive)" in names(part)
    assert part.active_button.text() == "Reactivate"
    qtbot.mouseClick(part.active_button, Qt.MouseButton.LeftButton)
    assert repo.therapists.get(ana).active


def test_a_blank_name_is_refused_with_a_message(qtbot: QtBot, db_path: Path) -> None:
    _page, part = section(qtbot, db_path)
    assert part.add("   ") is None
    assert "Enter the therapist's name" in part.message.text()


def test_a_pin_is_set_and_removed(qtbot: QtBot, db_path: Path) -> None:
    page, part = section(qtbot, db_path)
    repo = page.context.repository
    ana = part.add("Ana Lopez")
    assert ana is not None and part.pin_button.isEnabled()
    part.ask_pin = lambda _name: "97531"
    qtbot.mouseClick(part.pin_button, Qt.MouseButton.LeftButton)
    assert pin_matches("97531", *repo.therapists.pin(ana))
    assert names(part) == ["Ana Lopez · PIN set"]
    qtbot.mouseClick(part.clear_pin_button, Qt.MouseButton.LeftButton)
    assert repo.therapists.pin(ana) == (None, None)
