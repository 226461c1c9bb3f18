"""Cold start to first paint: `pnf-console --smoke-test` against a bare PySide6 window.

Both are started as fresh processes, alternately, several times; the figure is the
ratio of the medians measured in this same run, so machine speed cancels out.
Target (docs/benchmarks.md): at most 1.25.

    .venv/bin/python bench/startup.py [--runs N]

Last line: `startup ratio: R`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    runs = max(args.runs, 5)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
        env["PNF_CONSOLE_DB"] = str(home / "bench.db")
        bare_script = home / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        app = [sys.executable, "-m", "console.cli", "--smoke-test"]
        bare = [sys.executable, str(bare_script)]
        # One warm-up each, so both read from the same warm file cache.
        timed(app, env)
        timed(bare, env)
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    print(f"runs: {runs} each (alternating), platform {env['QT_QPA_PLATFORM']}")
    print(f"pnf-console --smoke-test median: {app_median * 1000:.0f} ms")
    print(f"bare QMainWindow median: {bare_median * 1000:.0f} ms")
    print(f"startup ratio: {app_median / bare_median:.2f}")


if __name__ == "__main__":
    main()
