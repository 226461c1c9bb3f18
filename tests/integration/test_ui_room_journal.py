"""The runner on the clinic server when the network goes: each entry is confirmed at
once, the screen says it is saved on this computer and how many wait for the server,
and once the network is back the entries arrive and the line goes."""

from __future__ import annotations

import socket

import psycopg
import pytest
from bench.latency_proxy import LatencyProxy
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.runner.runner_window import start_runner
from console.ui.shell.context import AppContext
from tests.end2end.runner_helpers import RUNNER_PROTOCOLS, quiet_cues, runner_library, start_session
from tests.server_fixtures import tcp_server

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
