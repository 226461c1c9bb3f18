"""What Settings asks of the security code: a therapist's PIN, encrypting the open database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from console.domain.pin import pin_matches
from console.domain.settings import Settings
from console.storage import encryption
from console.storage.settings_file import LoadedSettings
from console.ui.settings.passphrase_dialog import PassphraseDialog
from console.ui.settings.security_actions import encrypt_database, set_pin
from console.ui.shell.context import AppContext
from tests.storage_helpers import PLAN, add_patient


def test_set_and_clear_a_pin(db_path: Path) -> None:
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    repo = context.repository
    ana = repo.therapists.create("Ana")
    set_pin(repo, ana, "97531")
    pin_hash, salt = repo.therapists.pin(ana)
    assert pin_hash and "97531" not in pin_hash and pin_matches("97531", pin_hash, salt)
    set_pin(repo, ana, None)
    assert repo.therapists.pin(ana) == (None, None)
    context.close()


def test_encrypting_the_open_database_keeps_the_repository_working(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    repo = context.repository
    session = repo.sessions.start(add_patient(repo), PLAN)
    first = repo.sessions.add_grade(session, "4", protocol_id="p", side="left")
    heard: list[str] = []
    repo.subscribe(heard.append)

    def answer(dialog: PassphraseDialog) -> int:
        dialog.passphrase.setText("river stones 42")
        dialog.again.setText("river stones 42")
        assert dialog.problem() is None
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert encrypt_database(context, parent)
    assert encryption.file_kind(db_path) == "encrypted"
    assert context.passphrase == "river stones 42"
    second = repo.sessions.add_grade(session, "5", protocol_id="p", side="left")  # same object
    assert [r.id for r in repo.sessions.records(session)] == [first, second]
    assert "records" in heard  # the screens still hear about changes
    context.close()


def test_the_new_passphrase_is_typed_twice_and_long_enough(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    assert dialog.problem() is not None and "8" in dialog.problem()  # type: ignore[operator]
    dialog.passphrase.setText("long enough phrase")
    dialog.again.setText("long enough phrasf")
    assert dialog.problem() == "The two passphrases differ."
    dialog.again.setText("long enough phrase")
    assert dialog.problem() is None


def _type_passphrase(monkeypatch: pytest.MonkeyPatch, passphrase: str) -> None:
    """The therapist types ``passphrase`` twice in the passphrase dialog and accepts."""

    def answer(dialog: PassphraseDialog) -> int:
        dialog.passphrase.setText(passphrase)
        dialog.again.setText(passphrase)
        assert dialog.problem() is None
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)


def test_the_settings_button_encrypts_and_then_says_so(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.ui.settings.settings_folders import SecuritySection

    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    section = SecuritySection(context)
    qtbot.addWidget(section)
    assert "not encrypted" in section.encryption.text()
    assert not section.encrypt_button.isHidden()
    _type_passphrase(monkeypatch, "blue harbour 17")
    qtbot.mouseClick(section.encrypt_button, Qt.MouseButton.LeftButton)
    assert encryption.file_kind(db_path) == "encrypted"
    assert "are encrypted" in section.encryption.text()
    assert section.encrypt_button.isHidden()
    context.close()


def test_the_welcome_encrypts_when_asked(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.ui.shell.first_start import FirstStartDialog

    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    dialog = FirstStartDialog(context)
    qtbot.addWidget(dialog)
    dialog.therapist_name.setText("Ana Ruiz")
    dialog.encrypt.setChecked(True)
    _type_passphrase(monkeypatch, "green valley 23")
    assert dialog.finish()
    assert encryption.file_kind(db_path) == "encrypted"
    assert context.passphrase == "green valley 23"
    assert [t.name for t in context.repository.therapists.all()] == ["Ana Ruiz"]
    context.close()
