"""The runner on the clinic server with the network cut, photographed.

    python tools/offline_screenshot.py [--out docs/screenshots/runner-offline.png]

Starts a throwaway PostgreSQL server on 127.0.0.1 (tests/server_fixtures.py) behind
``bench/latency_proxy.py``, opens the real runner window (``start_runner``) on a new
session at 1280x800 on Qt's offscreen platform, cuts the proxy, enters pain 3 and a
grade with the keys, waits for the runner's line *saved on this computer, N waiting
for the server*, and saves the window's picture. Everything started is stopped.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _free_port() -> int:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        return int(spare.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs/screenshots/runner-offline.png")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="pnf-offline-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    from bench.latency_proxy import LatencyProxy
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from console.domain.clock import SystemClock
    from console.domain.settings import Settings
    from console.storage.settings_file import LoadedSettings
    from console.ui.runner.cues import Cues
    from console.ui.runner.runner_window import start_runner
    from console.ui.shell.context import AppContext
    from tests.end2end.runner_helpers import RUNNER_PROTOCOLS, runner_library, start_session
    from tests.server_fixtures import tcp_server

    app = QApplication.instance() or QApplication([])
    with tcp_server(_free_port()) as server, LatencyProxy(("127.0.0.1", server.port)) as proxy:
        url = f"postgresql://pnf@127.0.0.1:{proxy.port}/postgres"
        settings = Settings(protocol_folders=[str(RUNNER_PROTOCOLS)], sound=False, room="Room 3")
        context = AppContext(server_url=url, settings=LoadedSettings(settings))
        context._library = runner_library()
        try:
            _, session_id = start_session(context)
            window = start_runner(
                context,
                session_id,
                clock=SystemClock(),
                cues=Cues(sound=False, speech=False),
                full_screen=False,
            )
            window.resize(1280, 800)
            window.show()
            proxy.cut()
            QTest.keyClick(window, Qt.Key.Key_3)
            until = time.monotonic() + 15
            while not window.journal_notice.isVisible() and time.monotonic() < until:
                app.processEvents()
                time.sleep(0.02)
            for _ in range(20):
                app.processEvents()
                time.sleep(0.02)
            print(window.journal_notice.text())
            args.out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.out))
            print(f"saved {args.out}")
            window.close()
        finally:
            context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
