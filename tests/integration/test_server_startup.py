"""The app on the clinic server at start: a server it cannot reach offers Retry or a
local database; a password it asks for is asked and kept in memory only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.errors import StorageError
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext
from console.ui.shell.storage_startup import StorageOpener


class ScriptedOpener(StorageOpener):
    """The dialogs answered by the test, each question remembered."""

    def __init__(self, context: AppContext, answers: list[str], passwords: list[str]) -> None:
        super().__init__(context, None)
        self.answers = answers
        self.passwords = passwords
        self.asked: list[str] = []

    def ask_server(self, error: StorageError) -> str:
        self.asked.append(error.message)
        return self.answers.pop(0)

    def ask_server_password(self, message: str) -> str | None:
        self.asked.append(message)
        return self.passwords.pop(0) if self.passwords else None


def _context(db_path: Path, url: str) -> AppContext:
    return AppContext(db_path=db_path, settings=LoadedSettings(Settings()), server_url=url)


def test_an_unreachable_server_offers_retry_then_the_local_database(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    context = _context(db_path, f"postgresql:///pnf?host={tmp_path}&port=5999")
    opener = ScriptedOpener(context, ["retry", "local"], [])
    try:
        assert opener.open()
        assert len(opener.asked) == 2 and "cannot be reached" in opener.asked[0]
        assert not context.on_server
        assert context.database_name() == f"SQLite file: {db_path}"
        assert context.repository.patients.search("") == []
        assert db_path.exists()
    finally:
        context.close()


def test_quit_after_a_server_error_opens_nothing(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    context = _context(db_path, f"postgresql:///pnf?host={tmp_path}&port=5999")
    opener = ScriptedOpener(context, ["quit"], [])
    assert not opener.open()
    assert context.on_server and not db_path.exists()


def test_the_server_opens_and_the_status_bar_names_it(
    qtbot: QtBot, db_path: Path, server_url: str
) -> None:
    context = _context(db_path, server_url)
    opener = ScriptedOpener(context, [], [])
    try:
        assert opener.open() and opener.asked == []
        name = context.database_name()
        assert name.startswith("PostgreSQL: ") and "password" not in name
        assert not db_path.exists()
    finally:
        context.close()


def test_a_password_the_server_asks_for_is_asked_and_kept_in_memory(
    qtbot: QtBot, db_path: Path, server_url: str, server_roles: object
) -> None:
    make = server_roles
    role = make("room", password="s3cret")  # type: ignore[operator]
    from tests.storage_helpers import make_repo, raw_sql

    make_repo(server_url).close()  # the schema, made by the administrator
    raw_sql(
        server_url,
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}",
    )
    url = server_url.replace("user=pnf", f"user={role}")
    context = _context(db_path, url)
    opener = ScriptedOpener(context, ["quit"], ["wrong", "s3cret"])
    try:
        assert opener.open()
        assert len(opener.asked) == 2  # asked, refused, asked again
        assert context.server_password == "s3cret"
        assert "s3cret" not in context.database_name()
    finally:
        context.close()
    with pytest.raises(StorageError):
        _context(db_path, url).repository  # noqa: B018  (no password: refused)
