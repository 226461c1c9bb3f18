"""Cold start to first paint, and to a usable program, against a bare PySide6 window.

Three fresh processes are started in turn, several times: a bare QMainWindow that quits
after its first paint; `pnf-console --smoke-test` (first paint); and `pnf-console
--usable-test`, which starts as a person's start does and quits once the database is
open and Today's lists are filled. The database is of demo size (the patients and
sessions of `pnf-console --demo`, made once with `pnf-console demo-data` before the
runs), with a finished session today so that every list has rows. Python's compiled
modules are written by the warm-up runs into a folder of this run, as an installed
program has them, for the bare script and the program alike (with
PYTHONDONTWRITEBYTECODE set, every start would compile the program's modules anew).
Each figure is the ratio of medians measured in this same run, so machine speed cancels out. Targets
(docs/benchmarks.md): startup ratio at most 1.25, usable ratio at most 1.5.

    .venv/bin/python bench/startup.py [--runs N]

Last line: `startup ratio: R; usable ratio: U`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from console.ui.shell.demo_mode import DEMO_PATIENTS, DEMO_SESSIONS

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
        db = home / "bench.db"
        env["PNF_CONSOLE_DB"] = str(db)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
        bare_script = home / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        cli = [sys.executable, "-m", "console.cli"]
        subprocess.run(
            [
                *cli,
                "demo-data",
                "--patients",
                str(DEMO_PATIENTS),
                "--sessions",
                str(DEMO_SESSIONS),
                "--today",
                dt.date.today().isoformat(),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        commands = {
            "bare": [sys.executable, str(bare_script)],
            "paint": [*cli, "--smoke-test"],
            "usable": [*cli, "--usable-test"],
        }
        # One warm-up each, so all read from the same warm file cache.
        for command in commands.values():
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    median = {name: statistics.median(found) for name, found in times.items()}
    print(f"runs: {runs} each (in turn), platform {env['QT_QPA_PLATFORM']}")
    print(f"database: {DEMO_PATIENTS} patients, {DEMO_SESSIONS} sessions each (demo size)")
    print(f"pnf-console --smoke-test (first paint) median: {median['paint'] * 1000:.0f} ms")
    print(f"pnf-console --usable-test (Today filled) median: {median['usable'] * 1000:.0f} ms")
    print(f"bare QMainWindow median: {median['bare'] * 1000:.0f} ms")
    startup = median["paint"] / median["bare"]
    usable = median["usable"] / median["bare"]
    print(f"startup ratio: {startup:.2f}; usable ratio: {usable:.2f}")


if __name__ == "__main__":
    main()
