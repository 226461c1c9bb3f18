"""Shared fixtures. Every test gets its own data directory and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.ui.shell.none_guard import keep_none_alive
from tests.server_fixtures import (  # noqa: F401  (fixtures and the marker hook)
    pg_server,
    pytest_collection_modifyitems,
    server_roles,
    server_url,
)

# pytest-qt has no ini option for the platform: without a display a run would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PySide6 6.12 on Python 3.11 leaks references to None on void calls; any test run
# (also a subset) must hold the guard the program holds (console/ui/shell/none_guard.py).
keep_none_alive()

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the user data, config, log and cache folders into the test's tmp_path."""
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = home / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.delenv("PNF_CONSOLE_DB", raising=False)
    yield


@pytest.fixture(scope="session", autouse=True)
def _english_plural_forms(qapp: object) -> None:
    """The program installs the English catalogue (the plural forms of counts: "1
    protocol", "2 protocols") at start; the tests run with it too."""
    from console.ui.shell.i18n import install_language

    install_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "console.db"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.server)])
def db_target(request: pytest.FixtureRequest, db_path: Path) -> str | Path:
    """The test's database on each backend: a new file, then a new database on the
    test session's PostgreSQL server (a URL). Repository tests run on both."""
    if request.param == "sqlite":
        return db_path
    return str(request.getfixturevalue("server_url"))


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Dialogs a test opened on a window (a resume offer, a message) are closed with
    it, so a later test never finds one still on screen."""
    yield
    from PySide6.QtWidgets import QApplication

    from console.domain.messages import set_translator

    set_translator(None)  # messages back to English for the next test

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.close()


@pytest.fixture
def product_style() -> Iterator[None]:
    """The application style sheet the program sets at start (``make_application``), for
    tests that measure layouts; the test application has none of its own."""
    from PySide6.QtWidgets import QApplication

    from console.ui.shell.style import STYLE_SHEET

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(STYLE_SHEET)
    yield
    app.setStyleSheet(before)
