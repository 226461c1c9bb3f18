"""The welcome on a new installation: shown once, skippable, never with --demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.pin import pin_matches
from console.storage.settings_file import load_settings, settings_path
from console.ui.shell.context import AppContext
from console.ui.shell.demo_mode import DemoDatabase
from console.ui.shell.first_start import FirstStartDialog, should_welcome
from console.ui.shell.main_window import MainWindow
from tests.integration.ui_helpers import builtin_library


def start(qtbot: QtBot, db: Path, *, demo: bool = False) -> MainWindow:
    """The window as the program starts it: settings read from the config folder."""
    context = AppContext(db_path=db)
    context._library = builtin_library()
    window = MainWindow(context=context, demo=demo)
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    return window


def welcome(window: MainWindow) -> FirstStartDialog:
    dialog = window.welcome
    assert isinstance(dialog, FirstStartDialog) and dialog.isVisible()
    return dialog


def test_a_new_installation_is_welcomed_once(qtbot: QtBot, db_path: Path) -> None:
    assert not settings_path().exists()
    window = start(qtbot, db_path)
    dialog = welcome(window)
    assert dialog.isModal()
    qtbot.keyClicks(dialog.clinic_name, "Clinica Norte")
    qtbot.keyClicks(dialog.therapist_name, "Ana Lopez")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    settings = load_settings().settings
    assert settings.first_start_done and settings.clinic.name == "Clinica Norte"
    assert [t.name for t in window.context.repository.therapists.all()] == ["Ana Lopez"]
    window.close()

    again = start(qtbot, db_path)
    assert again.welcome is None


def test_skipping_is_remembered_too(qtbot: QtBot, db_path: Path) -> None:
    window = start(qtbot, db_path)
    dialog = welcome(window)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert load_settings().settings.first_start_done
    assert window.context.repository.therapists.all() == []
    window.close()
    assert start(qtbot, db_path).welcome is None


def test_esc_skips(qtbot: QtBot, db_path: Path) -> None:
    dialog = welcome(start(qtbot, db_path))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and load_settings().settings.first_start_done


def test_the_pin_is_stored_hashed_with_the_therapist(qtbot: QtBot, db_path: Path) -> None:
    window = start(qtbot, db_path)
    dialog = welcome(window)
    qtbot.keyClicks(dialog.therapist_name, "Ana Lopez")
    qtbot.keyClicks(dialog.pin.pin, "2468")
    qtbot.keyClicks(dialog.pin.again, "2469")
    assert not dialog.finish()
    assert "not the same" in dialog.pin.error.text()
    dialog.pin.again.setText("2468")
    assert dialog.finish()
    repo = window.context.repository
    (therapist,) = repo.therapists.all()
    assert therapist.has_pin
    pin_hash, salt = repo.therapists.pin(therapist.id)
    assert pin_hash is not None and salt is not None and "2468" not in pin_hash
    assert pin_matches("2468", pin_hash, salt)


def test_a_pin_needs_a_name(qtbot: QtBot, db_path: Path) -> None:
    dialog = welcome(start(qtbot, db_path))
    qtbot.keyClicks(dialog.pin.pin, "2468")
    qtbot.keyClicks(dialog.pin.again, "2468")
    assert not dialog.finish()
    assert "name" in dialog.therapist_error.text()
    assert not load_settings().settings.first_start_done


def test_no_welcome_with_demo(qtbot: QtBot) -> None:
    demo = DemoDatabase()
    try:
        window = start(qtbot, demo.path, demo=True)
        assert window.welcome is None
        window.close()
    finally:
        demo.remove()


def test_no_welcome_when_the_database_has_therapists(qtbot: QtBot, db_path: Path) -> None:
    context = AppContext(db_path=db_path)
    context.repository.therapists.create("Ana Lopez")
    assert not should_welcome(context)
    context.close()
    assert start(qtbot, db_path).welcome is None


def test_no_welcome_for_an_installation_in_use(qtbot: QtBot, db_path: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"version": 1, "paper_size": "Letter"}', encoding="utf-8")
    assert start(qtbot, db_path).welcome is None


def test_the_dialog_names_every_control(qtbot: QtBot, db_path: Path) -> None:
    from tests.integration.test_accessibility import unnamed_controls

    dialog = FirstStartDialog(AppContext(db_path=db_path))
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_tab_goes_down_the_form_in_reading_order(qtbot: QtBot, db_path: Path) -> None:
    window = start(qtbot, db_path)
    dialog = welcome(window)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.clinic_name.setFocus()
    expected = [
        dialog.clinic_name,
        dialog.therapist_name,
        dialog.pin.pin,
        dialog.pin.again,
        dialog.encrypt,
        dialog.skip_button,
        dialog.start_button,
    ]
    visited = []
    for _ in expected:
        focused = dialog.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == expected
