"""Drive a whole session through the real app under Xvfb, as a person would.

    python tools/xvfb_session.py [--out DIR]

Starts Xvfb on :99 (1920x1080, or ``--screen WxH``), a throw-away settings folder and database, and
``pnf-console --db`` with the three-protocol test plan already started for a patient
(tests/data/protocols/runner). Then, with ``xdotool key`` only: Enter accepts the
start-up offer to resume, digits give pain scores and grades, PageDown moves on,
B and ``.`` pause and resume, Up lengthens a hold, N writes a note, and Enter at the end
finishes the session. Timers run out in real time. Screenshots (``import -window
root``) of a hold, a rest and a grade prompt go to ``--out``. At the end the database
is read back and every entry checked; the app and Xvfb are ended by their pids.

Needs: Xvfb, xdotool, ImageMagick (``import``), and about a minute and a half.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from console.domain.library import load_library  # noqa: E402
from console.domain.plan import Phase, PhaseKind  # noqa: E402
from console.domain.settings import Settings  # noqa: E402
from tests.end2end.runner_helpers import PLAN, RUNNER_PROTOCOLS  # noqa: E402

DISPLAY = ":99"
EXPECTED = [
    ("pain", "6"),
    ("pain", "2"),
    ("note", "Good range, no pain"),
    ("grade", "4+"),
    ("grade", "3"),
    ("grade", "5-"),
    ("grade", "4"),
    ("pain", "10"),
]


def key(*names: str) -> None:
    subprocess.run(["xdotool", "key", *names], check=True, env={**os.environ, "DISPLAY": DISPLAY})
    time.sleep(0.3)


def shot(path: Path) -> None:
    subprocess.run(
        ["import", "-window", "root", str(path)], check=True, env={**os.environ, "DISPLAY": DISPLAY}
    )


def cursor(db: Path) -> tuple[int, str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT cursor, status FROM sessions WHERE id = 1").fetchone()
    return int(row[0]), str(row[1])


def wait_for_change(db: Path, index: int, limit: float = 40.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if cursor(db)[0] != index:
            return
        time.sleep(0.1)
    raise SystemExit(f"the runner stayed at step {index + 1}")


def drive(db: Path, phases: tuple[Phase, ...], out: Path) -> None:
    key("Return")  # Resume, the default button of the start-up question
    time.sleep(1.5)
    key("6")  # pain at the start
    grades = iter([("4", "plus"), ("3", None), ("5", "minus"), ("4", "Return")])
    noted = pained = paused = False
    shots: set[str] = set()
    while True:
        index, status = cursor(db)
        if status != "running":
            return
        phase = phases[index]
        if phase.kind is PhaseKind.GRADE:
            digit, then = next(grades)
            key(digit)
            if "grade" not in shots:
                shot(out / "runner-grade.png")
                shots.add("grade")
            if then:
                key(then)
            wait_for_change(db, index)  # a digit alone is saved after a short pause
        elif phase.kind is PhaseKind.PAIN_END:
            key("1", "0")
            wait_for_change(db, index)
        elif phase.kind is PhaseKind.DONE:
            key("Return")  # Finish session
            time.sleep(1.5)
        elif phase.timed:
            if phase.kind is PhaseKind.HOLD and not pained:
                key("p", "2")
                pained = True
            if phase.kind is PhaseKind.HOLD and phase.item_index == 1 and not paused:
                key("b")
                time.sleep(1.0)
                key("period", "Up")
                paused = True
            if phase.kind is PhaseKind.HOLD and "hold" not in shots:
                time.sleep(1.0)
                shot(out / "runner-hold.png")
                shots.add("hold")
            if phase.kind is PhaseKind.SET_REST and "rest" not in shots:
                time.sleep(1.0)
                shot(out / "runner-rest.png")
                shots.add("rest")
                key("Next")  # the therapist cuts the rest short
            wait_for_change(db, index)
        else:
            if phase.kind is PhaseKind.MOVE and not noted:
                key("n")
                subprocess.run(
                    ["xdotool", "type", "Good range, no pain"],
                    check=True,
                    env={**os.environ, "DISPLAY": DISPLAY},
                )
                key("Return")
                noted = True
            key("Next")
            wait_for_change(db, index)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "pnf-xvfb")
    parser.add_argument(
        "--speech",
        action="store_true",
        help="speak the commands (through the computer's speech engine, if it has one)",
    )
    parser.add_argument("--screen", default="1920x1080", help="the screen size, WxH")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {
            **os.environ,
            "DISPLAY": DISPLAY,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        env.pop("QT_QPA_PLATFORM", None)
        os.environ.update({k: env[k] for k in env if k.startswith("XDG_")})
        from console.storage.repository import Repository
        from console.storage.settings_file import save_settings

        save_settings(
            Settings(
                protocol_folders=[str(RUNNER_PROTOCOLS)],
                first_start_done=True,
                speech=args.speech,
            )
        )
        db = home / "session.db"
        repository = Repository.open(db)
        patient = repository.patients.create(given_name="Ana", family_name="Prueba")
        session_id = repository.sessions.start(patient, PLAN)
        snapshot = repository.sessions.get(session_id).plan_snapshot
        repository.close()
        from console.session import phases_for_session

        library = load_library([(RUNNER_PROTOCOLS, False)])
        phases = phases_for_session(snapshot, {p.id: p for p in library})

        xvfb = subprocess.Popen(
            ["Xvfb", DISPLAY, "-screen", "0", f"{args.screen}x24"], stderr=subprocess.DEVNULL
        )
        app = None
        try:
            time.sleep(1.0)
            app = subprocess.Popen(
                [str(REPO / ".venv" / "bin" / "pnf-console"), "--db", str(db)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(4.0)
            drive(db, phases, args.out)
        finally:
            for process in (app, xvfb):
                if process is not None and process.poll() is None:
                    os.kill(process.pid, 15)
                    process.wait(timeout=10)
        repository = Repository.open(db)
        records = [(r.kind, r.value) for r in repository.sessions.records(session_id)]
        status = repository.sessions.get(session_id).status
        repository.close()
    print(f"records: {records}")
    print(f"session: {status}; screenshots in {args.out}")
    ok = records == EXPECTED and status == "finished"
    print("xvfb session: ok" if ok else "xvfb session: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
