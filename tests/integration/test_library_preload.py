"""The protocol library off the start-up path: Today is filled without it, a worker
thread loads it afterwards, and whatever needs it first gets that same library."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext
from console.ui.shell.main_window import LIBRARY_PRELOAD_DELAY_MS, MainWindow
from console.ui.shell.today_page import TodayPage
from tests.integration.ui_helpers import PLAN, UE, add_patient, open_repo


def fresh_context(db_path: Path) -> AppContext:
    """A context with default settings whose library is not loaded yet."""
    return AppContext(db_path=db_path, settings=LoadedSettings(Settings()))


def test_a_preloaded_library_is_the_one_the_screens_get(tmp_path: Path) -> None:
    context = fresh_context(tmp_path / "x.db")
    context.preload_library()
    pending = context._preloading
    assert pending is not None
    context.preload_library()  # started once only
    assert context._preloading is pending
    library = context.library  # waits for the worker rather than loading again
    assert library is pending.result()
    assert UE in library.protocols and not library.rejected
    assert context._preloading is None
    context.preload_library()  # loaded: nothing more to do
    assert context._preloading is None and context.library is library


def test_the_library_is_read_in_a_worker_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = fresh_context(tmp_path / "x.db")
    threads: list[str] = []
    loader = context._loader

    def watched() -> object:
        load = loader()

        def run() -> object:
            threads.append(threading.current_thread().name)
            return load()

        return run

    monkeypatch.setattr(context, "_loader", watched)
    context.preload_library()
    assert UE in context.library.protocols
    assert threads == ["library-preload"]


def test_a_failed_preload_is_reported_to_whoever_needs_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = fresh_context(tmp_path / "x.db")

    def broken() -> object:
        def run() -> object:
            raise OSError("disk gone")

        return run

    monkeypatch.setattr(context, "_loader", broken)
    context.preload_library()
    with pytest.raises(OSError, match="disk gone"):
        _ = context.library
    monkeypatch.undo()  # the class's own loader again
    assert UE in context.library.protocols  # a later use loads it anew


def test_reloading_while_a_preload_runs_gives_the_reloaded_library(tmp_path: Path) -> None:
    context = fresh_context(tmp_path / "x.db")
    context.preload_library()
    pending = context._preloading
    assert pending is not None
    reloaded = context.reload_library()
    assert context.library is reloaded and reloaded is not pending.result()


def test_today_is_filled_before_the_library_and_it_follows(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    repo = open_repo(db)
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    repo.sessions.finish(session)
    repo.close()
    window = MainWindow(context=fresh_context(db))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.finish_startup()
    page = window.page("today")
    assert isinstance(page, TodayPage) and page.built
    assert [p for p, _ in page.rows(page.seen_today)] == [patient]
    # Nothing on Today needed the library: it was neither loaded nor started.
    assert window.context._library is None and window.context._preloading is None
    qtbot.waitUntil(
        lambda: window.context._preloading is not None, timeout=LIBRARY_PRELOAD_DELAY_MS + 5000
    )
    assert UE in window.context.library.protocols


def test_an_unfinished_session_on_today_loads_the_library_for_its_step(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    repo = open_repo(db)
    patient = add_patient(repo)
    running = repo.sessions.start(patient, PLAN)
    repo.sessions.set_cursor(running, 2)
    repo.close()
    window = MainWindow(context=fresh_context(db))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.finish_startup()
    page = window.page("today")
    assert isinstance(page, TodayPage)
    assert page.rows(page.unfinished) == [(patient, running)]
    assert "at step 3" in page.unfinished.item(0).text()
    assert window.context._library is not None
