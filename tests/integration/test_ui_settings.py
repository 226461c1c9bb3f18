"""The Settings screen, driven with pytest-qt: edit, validate, save, reload, revert."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.storage.settings_file import load_settings, settings_path
from console.ui.settings.keymap import DEFAULT_KEYS, keymap
from console.ui.settings.keymap_editor import KeyCaptureDialog, portable
from console.ui.settings.settings_page import SettingsPage
from console.ui.shell.context import AppContext


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    return AppContext(db_path=tmp_path / "db.sqlite")  # settings read from the config dir


def make_page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context, speech_engine="mock")
    qtbot.addWidget(page)
    return page


def test_clinic_name_is_saved_and_read_back(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.clinic.name, "Cl")
    page.clinic.name.setText("Clínica Norte")  # QtTest types ASCII only
    page.clinic.phone.setText("+34 91 555 1234")
    page.clinic.phone.textEdited.emit("+34 91 555 1234")
    assert page.save_button.isEnabled() and "Unsaved" in page.status.text()
    with qtbot.waitSignal(context.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved." and not page.save_button.isEnabled()

    stored = json.loads(settings_path().read_text("utf-8"))
    assert stored["clinic"]["name"] == "Clínica Norte"
    reloaded = load_settings().settings
    assert reloaded.clinic.phone == "+34 91 555 1234"
    # A new screen on a new context shows what was saved.
    again = make_page(qtbot, AppContext(db_path=context.db_path))
    assert again.clinic.name.text() == "Clínica Norte"


def test_a_bad_field_shows_its_message_and_is_not_saved(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.clinic.phone, "call Ana")
    error = page.clinic.errors["clinic.phone"]
    assert "digits, spaces" in error.text() and not error.isHidden()
    assert not page.save()
    assert page.tabs.currentIndex() == 0  # the section with the problem is shown
    assert not settings_path().exists()

    page.clinic.logo.setText("/nowhere/logo.png")
    page.clinic.logo.textEdited.emit("/nowhere/logo.png")
    assert "There is no file" in page.clinic.errors["clinic.logo"].text()


def test_revert_puts_back_what_is_saved(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    qtbot.keyClicks(page.clinic.name, "Temporary")
    page.security.auto_lock.setValue(30)
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.clinic.name.text() == ""
    assert page.security.auto_lock.value() == context.settings.auto_lock_minutes
    assert not page.save_button.isEnabled()


def test_every_section_saves_its_settings(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    page.language.paper_size.setCurrentIndex(page.language.paper_size.findData("Letter"))
    page.language.font_scale.setCurrentIndex(page.language.font_scale.findData(1.25))
    page.language.interface_language.setCurrentIndex(1)
    page.sound.speech.setChecked(True)
    page.sound.volume.setValue(40)
    page.security.auto_lock.setValue(0)
    assert page.security.auto_lock.text() == "Never"
    page.folders.add_folder(Path("/srv/clinic-protocols"))
    assert page.save()
    settings = load_settings().settings
    assert settings.paper_size == "Letter"
    assert settings.font_scale == 1.25
    assert settings.interface_language == "es"
    assert (settings.speech, settings.volume, settings.auto_lock_minutes) == (True, 40, 0)
    assert settings.protocol_folders == ["/srv/clinic-protocols"]
    assert settings.database == ""  # the file in the user data folder, as before
    assert str(context.db_path) in page.folders.current.text()


def test_a_key_given_to_two_actions_is_refused_naming_both(
    qtbot: QtBot, context: AppContext
) -> None:
    page = make_page(qtbot, context)
    editor = page.keys.editor
    message = editor.add_key("pause", "Left")
    assert message is not None
    assert "Previous step" in message and "Pause / resume" in message
    assert editor.message.text() == message and not editor.message.isHidden()
    assert "Left" not in editor.keys()["pause"]
    assert not page.save_button.isEnabled()


def test_grade_digits_cannot_be_given_to_an_action(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    editor = page.keys.editor
    for key in ("3", "+", "-"):
        message = editor.add_key("note", key)
        assert message is not None and "grades and pain scores" in message


def test_a_new_key_is_saved_as_an_override_the_runner_reads(
    qtbot: QtBot, context: AppContext
) -> None:
    page = make_page(qtbot, context)
    editor = page.keys.editor
    editor.remove_key("pause", "B")
    assert editor.add_key("pause", "f5") is None
    assert page.save()
    stored = load_settings().settings.key_map
    assert stored == {"pause": [".", "F5"]}
    # What the runner does with it: its own keymap() takes the stored overrides.
    assert keymap(stored)["pause"] == [".", "F5"]
    assert keymap(stored)["next"] == DEFAULT_KEYS["next"]


def test_restore_defaults_stores_no_override(qtbot: QtBot, context: AppContext) -> None:
    context.settings.key_map = {"pause": ["F5"]}
    context.save_settings()
    page = make_page(qtbot, context)
    editor = page.keys.editor
    assert editor.keys()["pause"] == ["F5"]
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.keys() == DEFAULT_KEYS
    assert "default keys are back" in editor.message.text()
    assert page.save()
    assert load_settings().settings.key_map == {}


def test_a_key_is_recorded_by_pressing_it(qtbot: QtBot) -> None:
    dialog = KeyCaptureDialog("Pause / resume")
    qtbot.addWidget(dialog)
    shift = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, shift)
    assert dialog.key == "" and dialog.result() == 0
    tab = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, tab)
    assert dialog.key == "Tab" and dialog.result() == dialog.DialogCode.Accepted


def test_key_names_are_read_the_way_qt_writes_them() -> None:
    assert portable("pgdown") == "PgDown"
    assert portable("ctrl+l") == "Ctrl+L"
    assert portable("no such key") == ""


@pytest.mark.qt_log_ignore("pipewire")
def test_voices_are_listed_from_the_speech_engine(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    page.show()
    with qtbot.waitSignal(page.sound.search.found, timeout=15000):
        page.show_section(page.sound)
    english = page.sound.voice_boxes["en"]
    voices = [english.itemData(i) for i in range(english.count())]
    assert voices[0] == "" and {"Anne", "Bob", "Charly", "Mary"} <= set(voices)
    assert page.sound.voice_boxes["es"].count() == 1  # the mock engine has no Spanish
    text = page.sound.voice_status.text()
    assert "4 English voices and 0 Spanish voices on this computer" in text


@pytest.mark.qt_log_ignore("pipewire")
def test_no_speech_engine_says_so(qtbot: QtBot, context: AppContext) -> None:
    page = SettingsPage(context, speech_engine="no-such-engine")
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.sound.search.unavailable, timeout=15000):
        page.show_section(page.sound)
    assert "No voice is available" in page.sound.voice_status.text()
    assert [box.count() for box in page.sound.voice_boxes.values()] == [1, 1]


def test_backup_settings_are_saved(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    page = make_page(qtbot, context)
    folders = page.folders
    assert folders.backups.placeholderText() == str(tmp_path / "backups")
    folders.backups.setText("backups-here")
    folders.backups.textEdited.emit("backups-here")
    assert "whole path" in folders.errors["backup_folder"].text()
    assert not page.save()
    folders.backups.setText(str(tmp_path / "safe"))
    folders.kept.setValue(30)
    folders.automatic.setChecked(False)
    assert page.save()
    settings = load_settings().settings
    assert settings.backup_folder == str(tmp_path / "safe")
    assert (settings.backups_kept, settings.automatic_backups) == (30, False)
    qtbot.mouseClick(folders.default_backups_button, Qt.MouseButton.LeftButton)
    assert page.save() and load_settings().settings.backup_folder is None


def test_the_security_section_tells_whether_records_are_encrypted(
    qtbot: QtBot, context: AppContext
) -> None:
    page = make_page(qtbot, context)
    assert "not encrypted" in page.security.encryption.text()
    assert not page.security.encrypt_button.isHidden()


def test_a_new_interface_language_is_switched_on_save(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.ui.shell.main_window import MainWindow

    window = MainWindow(context=AppContext(db_path=tmp_path / "db.sqlite"))
    qtbot.addWidget(window)
    switched: list[str] = []
    monkeypatch.setattr(window, "set_interface_language", switched.append)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    language = page.language.interface_language
    language.setCurrentIndex(language.findData("es"))
    assert page.save()
    assert switched == ["es"]


def test_every_setting_has_a_place_on_the_screen(qtbot: QtBot, context: AppContext) -> None:
    from console.domain.settings import Settings

    page = make_page(qtbot, context)
    shown: dict[str, object] = {}
    for section in page.sections:
        section.collect(shown)
    assert set(shown) == set(Settings.model_fields) - {"version", "first_start_done"}


@pytest.mark.qt_log_ignore("pipewire")
def test_a_voice_is_chosen_for_each_language(qtbot: QtBot, context: AppContext) -> None:
    # A Spanish voice chosen on another computer stays chosen though not offered here.
    context.settings.voices = {"es": "Spanish (Latin America)"}
    context.save_settings()
    page = make_page(qtbot, context)
    page.show()
    with qtbot.waitSignal(page.sound.search.found, timeout=15000):
        page.show_section(page.sound)
    spanish = page.sound.voice_boxes["es"]
    assert spanish.currentData() == "Spanish (Latin America)"
    english = page.sound.voice_boxes["en"]
    english.setCurrentIndex(english.findData("Mary"))
    english.activated.emit(english.currentIndex())
    assert page.save()
    saved = load_settings().settings
    assert saved.voices == {"en": "Mary", "es": "Spanish (Latin America)"}
