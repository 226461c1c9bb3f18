"""Starting the program: database choice, smoke test, logging, geometry, settings file."""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.commands import resolve_db
from console.domain.settings import SETTINGS_VERSION, Settings
from console.storage.paths import log_dir
from console.storage.settings_file import load_settings, save_settings
from console.ui.shell.app import setup_logging
from console.ui.shell.context import AppContext
from console.ui.shell.main_window import MainWindow
from tests.conftest import REPO


def test_db_option_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PNF_CONSOLE_DB", "/env/console.db")
    assert resolve_db(argparse.Namespace(db=Path("/cli/x.db"))) == Path("/cli/x.db")
    assert resolve_db(argparse.Namespace()) == Path("/env/console.db")
    monkeypatch.delenv("PNF_CONSOLE_DB")
    assert resolve_db(argparse.Namespace()) is None


def _exits_cleanly(option: str, env: dict[str, str]) -> None:
    """The program run with `option` exits 0 without a traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", option],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_smoke_test_exits_zero_after_first_paint(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PNF_CONSOLE_DB=str(tmp_path / "x.db"))
    _exits_cleanly("--smoke-test", env)


def test_usable_test_opens_the_database_and_fills_today(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PNF_CONSOLE_DB=str(db))
    made = [sys.executable, "-m", "console.cli", "demo-data", "--patients", "3", "--sessions", "2"]
    subprocess.run(made, env=env, cwd=REPO, check=True, capture_output=True, timeout=60)
    _exits_cleanly("--usable-test", env)


def test_log_goes_to_the_user_log_folder() -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging()
        assert path is not None and path.parent == log_dir()
        logging.getLogger("console.test").warning("session 12 started")
        for handler in root.handlers:
            handler.flush()
        assert "session 12 started" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_window_geometry_is_saved_and_restored(qtbot: QtBot, tmp_path: Path) -> None:
    first = MainWindow(context=AppContext(db_path=tmp_path / "a.db"))
    qtbot.addWidget(first)
    first.resize(760, 530)  # the offscreen screen is 800 x 600
    first.show()
    first.close()
    second = MainWindow(context=AppContext(db_path=tmp_path / "a.db"))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 530)


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(protocol_folders=["/srv/protocols"], paper_size="Letter")
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded.problem is None
    assert loaded.settings == settings


def test_settings_from_an_older_version_are_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"clinic_name": "Clínica Norte", "paper_size": "A4"}), "utf-8")
    loaded = load_settings(path)
    assert loaded.problem is None
    assert loaded.settings.clinic.name == "Clínica Norte"
    assert loaded.settings.version == SETTINGS_VERSION


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"paper_size": "A3"}),
        json.dumps({"version": 99}),
    ],
)
def test_broken_settings_are_kept_aside_and_defaults_used(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problem is not None and "settings could not be read" in loaded.problem
    assert loaded.kept_as is not None and loaded.kept_as.read_text("utf-8") == content
    assert not path.exists()
