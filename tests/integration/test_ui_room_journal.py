"""The clinic server gone, on screen: in the runner each entry is confirmed at once and
the screen says it is saved on this computer and how many wait for the server; once the
network is back the entries arrive and the line goes. The main window's bar says the
chart and the search are offline, and names entries the server refused."""

from __future__ import annotations

import socket
from pathlib import Path

import psycopg
import pytest
from bench.latency_proxy import LatencyProxy
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.domain.settings import Settings
from console.storage.journal import Journal
from console.storage.journal_sender import JournalSender
from console.storage.repository import Repository
from console.storage.settings_file import LoadedSettings
from console.ui.runner.runner_window import start_runner
from console.ui.shell.context import AppContext
from tests.end2end.runner_helpers import RUNNER_PROTOCOLS, quiet_cues, runner_library, start_session
from tests.server_fixtures import tcp_server
from tests.storage_helpers import make_repo

pytestmark = [pytest.mark.server, pytest.mark.qt_log_ignore("pipewire")]


def _free_port() -> int:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        return int(spare.getsockname()[1])


def test_the_runner_goes_on_offline_and_says_how_many_entries_wait(qtbot: QtBot) -> None:
    with tcp_server(_free_port()) as server, LatencyProxy(("127.0.0.1", server.port)) as proxy:
        url = f"postgresql://pnf@127.0.0.1:{proxy.port}/postgres"
        settings = Settings(protocol_folders=[str(RUNNER_PROTOCOLS)], sound=False, room="Room 1")
        context = AppContext(server_url=url, settings=LoadedSettings(settings))
        context._library = runner_library()
        try:
            _, session_id = start_session(context)
            window = start_runner(
                context, session_id, clock=FakeClock(100.0), cues=quiet_cues(), full_screen=False
            )
            qtbot.addWidget(window)
            assert window.session.phase.kind is PhaseKind.PAIN_START
            assert window.journal_notice.isHidden()

            proxy.cut()
            qtbot.keyClick(window, Qt.Key.Key_3)  # pain 3 at the start
            assert [(s.kind, s.value) for s in window.session.saved] == [("pain", "3")]
            assert window.session.problem is None  # confirmed at once, nothing refused
            qtbot.waitUntil(window.journal_notice.isVisible, timeout=10_000)
            text = window.journal_notice.text()
            # The pain score and the resume point that moved on past it.
            assert "saved on this computer, 2 waiting for the server" in text

            proxy.restore()
            qtbot.waitUntil(window.journal_notice.isHidden, timeout=10_000)
            with psycopg.connect(server.url("postgres")) as conn:
                rows = conn.execute(
                    "SELECT kind, value, entry_uid FROM records WHERE session_id = %s",
                    [session_id],
                ).fetchall()
            assert rows == [("pain", "3", window.session.saved[0].uid)]
            window.close()
        finally:
            context.close()


def test_the_window_says_offline_and_names_refused_entries(
    qtbot: QtBot, tmp_path: Path, server_url: str
) -> None:
    """The bar over the chart and the search: shown while the server cannot be reached,
    with the entries waiting; entries refused for good named until dealt with."""
    from console.ui.shell.offline_notice import OfflineNotice

    repo = make_repo(server_url)
    journal = Journal(tmp_path / "journal.db")
    target = {"url": "postgresql://pnf@127.0.0.1:9/nowhere?connect_timeout=2"}  # no server
    sender = JournalSender(journal, "clinic", lambda: Repository.open(target["url"]), now=repo.now)
    window = QMainWindow()
    qtbot.addWidget(window)
    notice = OfflineNotice(sender, window)
    window.addToolBar(notice)
    window.show()
    try:
        assert notice.isHidden()
        journal.add("clinic", 999, "note", {"value": "for a session not there"}, repo.now())
        sender.add(999, "note", {"value": "a second one"})
        assert not sender.send_waiting()
        qtbot.waitUntil(notice.isVisible)
        text = notice.label.text()
        assert text.startswith("Offline: the clinic server cannot be reached.")
        assert "The chart and the search show what was read before" in text
        assert "(2 waiting for the server)" in text

        target["url"] = server_url  # the server is back
        assert sender.send_waiting()
        qtbot.waitUntil(lambda: "Offline" not in notice.label.text())
        assert notice.isVisible()  # both were refused: session 999 is not there
        assert notice.label.text().startswith("2 entries could not be delivered to the server")
        assert "pnf-console journal" in notice.label.text()
    finally:
        sender.stop()
        journal.close()
        repo.close()
