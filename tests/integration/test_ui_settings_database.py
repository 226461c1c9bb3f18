"""Settings -> Database: a file or the clinic server's address, used from the next start
(--db and PNF_CONSOLE_DB win over it); a server's password is never kept."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.commands import resolve_db
from console.domain.settings import Settings
from console.storage.settings_file import load_settings, save_settings, settings_path
from console.ui.settings.settings_page import SettingsPage
from console.ui.shell.context import AppContext


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    return AppContext(db_path=tmp_path / "db.sqlite")


def _page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context, speech_engine="mock")
    qtbot.addWidget(page)
    return page


def _type(page: SettingsPage, text: str) -> None:
    page.folders.database.setText(text)
    page.folders.database.textEdited.emit(text)


def test_a_server_address_is_saved_without_its_password(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    _type(page, "postgresql://pnf_console:s3cret@clinic-server/pnf?sslmode=verify-full")
    assert page.save()
    assert "next start" in page.status.text()
    assert "s3cret" not in settings_path().read_text("utf-8")
    saved = load_settings().settings.database
    assert saved == "postgresql://pnf_console@clinic-server/pnf?sslmode=verify-full"
    again = _page(qtbot, AppContext(db_path=context.db_path))
    assert again.folders.database.text() == saved


def test_a_bad_address_is_shown_and_not_saved(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    _type(page, "postgresql://clinic-server/pnf?colour=blue")
    error = page.folders.errors["database"]
    assert "cannot be read" in error.text() and not error.isHidden()
    assert not page.save()
    assert not settings_path().exists()


@pytest.mark.parametrize(
    ("text", "words"),
    [("console.db", "whole path"), ("/", "is a folder")],
)
def test_a_file_must_be_named_by_its_whole_path(
    qtbot: QtBot, context: AppContext, text: str, words: str
) -> None:
    page = _page(qtbot, context)
    _type(page, text)
    assert words in page.folders.errors["database"].text()
    assert not page.save()


def test_an_empty_field_keeps_the_default_file(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    assert page.folders.database.text() == ""
    assert page.folders.database.placeholderText().endswith("console.db")
    _type(page, "/srv/records/clinic.db")
    assert page.save()
    _type(page, "")
    assert page.save()
    assert load_settings().settings.database == ""
    assert page.status.text().startswith("Saved.")


def test_the_screen_says_which_database_the_console_is_on(qtbot: QtBot, tmp_path: Path) -> None:
    on_server = AppContext(
        db_path=tmp_path / "db.sqlite", server_url="postgresql://pnf_console@clinic-server/pnf"
    )
    page = _page(qtbot, on_server)
    assert "PostgreSQL: pnf on clinic-server:5432" in page.folders.current.text()
    # A file's encryption does not apply to the server: no button that would encrypt
    # some other file.
    assert page.security.encrypt_button.isHidden()
    assert "clinic server" in page.security.encryption.text()


def _args(**given: str) -> argparse.Namespace:
    return argparse.Namespace(**given)


def test_the_setting_is_used_when_no_option_or_variable_names_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resolve_db(_args()) is None  # nothing set: the default file
    save_settings(Settings(database="postgresql://pnf_console@clinic-server/pnf"))
    assert resolve_db(_args()) == "postgresql://pnf_console@clinic-server/pnf"
    monkeypatch.setenv("PNF_CONSOLE_DB", str(tmp_path / "room.db"))
    assert resolve_db(_args()) == tmp_path / "room.db"
    assert resolve_db(_args(db="postgresql://x@y/z")) == "postgresql://x@y/z"


def test_a_file_in_the_setting_comes_back_as_a_path(tmp_path: Path) -> None:
    save_settings(Settings(database=str(tmp_path / "clinic.db")))
    assert resolve_db(_args()) == tmp_path / "clinic.db"


def test_a_password_written_into_the_file_by_hand_is_dropped() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = Settings().model_dump()
    raw["database"] = "postgres://ana:pw@h:5433/pnf?password=pw&sslmode=require"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_settings()
    assert loaded.problem is None
    assert loaded.settings.database == "postgres://ana@h:5433/pnf?sslmode=require"
