"""Time the trunk endurance tests in the real app under Xvfb, by keys only, then show the
chart's endurance trends with the ratios.

    python tools/xvfb_endurance.py [--out docs/screenshots] [--screen 1280x800]

Starts Xvfb on :8, a throw-away settings folder and a database holding a patient with
two earlier weeks of endurance tests and, started, a session of the side bridge right,
the side bridge left and the Biering-Sørensen test. Then ``pnf-console --db``, driven
with ``xdotool key``: Enter resumes the session, digits give the pain scores, PageDown
moves on; each hold timed to fatigue counts up in real time until PageDown stops it
(about 9, 12 and 15 s). Enter finishes the session; Ctrl+2 opens Patients, Enter the
chart, Alt+N its trends and Alt+U the Endurance page. Screenshots (``import -window
root``) of each hold counting up, the SOAP draft and the endurance trends go to
``--out``. The database
is read back and the holds checked; the app and Xvfb are ended by their pids.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from console.domain.settings import Settings  # noqa: E402

DISPLAY = ":8"
SIDE = "endurance-side-bridge"
SORENSEN = "endurance-biering-sorensen"
PLAN = [
    {"protocol_id": SIDE, "side": "right", "overrides": {}},
    {"protocol_id": SIDE, "side": "left", "overrides": {}},
    {"protocol_id": SORENSEN, "side": "bilateral", "overrides": {}},
]
#: The earlier weeks: (side right, side left, Biering-Sørensen, flexor) in seconds.
EARLIER = [(6, 11, 9, 14), (8, 12, 12, 15)]
#: How long each hold is left to count before PageDown stops it, in seconds.
HELD = (9, 12, 15)


def env_with(display: str) -> dict[str, str]:
    return {**os.environ, "DISPLAY": display}


def key(*names: str, pause: float = 0.4) -> None:
    subprocess.run(["xdotool", "key", *names], check=True, env=env_with(DISPLAY))
    time.sleep(pause)


def shot(path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], check=True, env=env_with(DISPLAY))


def focus_main_window() -> None:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "PNF Console"],
        capture_output=True,
        text=True,
        env=env_with(DISPLAY),
    )
    for window in found.stdout.split():
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env_with(DISPLAY))
    time.sleep(0.5)


def cursor(db: Path, session_id: int) -> tuple[int, str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT cursor, status FROM sessions WHERE id = ?", [session_id]
        ).fetchone()
    return int(row[0]), str(row[1])


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def make_database(db: Path) -> tuple[int, int]:
    """The patient with two earlier weeks of tests and today's session, started."""
    from console.storage.database import open_database
    from console.storage.repository import Repository

    now = dt.datetime.now().astimezone()
    clock = Clock(now - dt.timedelta(days=14))
    repository = Repository(open_database(db), clock=clock)
    patient = repository.patients.create(
        given_name="Marta", family_name="Ibáñez", diagnosis="low back pain with spasm"
    )
    for week, (right, left, extensor, flexor) in enumerate(EARLIER):
        clock.moment = now - dt.timedelta(days=14 - 7 * week, hours=1)
        session = repository.sessions.start(patient, PLAN)
        for protocol, side, seconds in (
            (SIDE, "right", right),
            (SIDE, "left", left),
            (SORENSEN, "bilateral", extensor),
            ("endurance-trunk-flexor", "bilateral", flexor),
        ):
            repository.sessions.add_hold(
                session, seconds, protocol_id=protocol, side=side, set_number=1
            )
        repository.sessions.finish(session)
    clock.moment = now
    session = repository.sessions.start(patient, PLAN)
    repository.close()
    return patient, session


def drive(db: Path, session_id: int, out: Path) -> None:
    from console import resources
    from console.domain.library import load_library
    from console.domain.plan import PhaseKind
    from console.session import phases_for_session

    library = load_library([(resources.protocols_dir(), True)])
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        snapshot = conn.execute(
            "SELECT plan_snapshot FROM sessions WHERE id = ?", [session_id]
        ).fetchone()[0]
    import json

    phases = phases_for_session(json.loads(snapshot), {p.id: p for p in library})
    key("Return", pause=2.0)  # Resume, the default button of the start-up question
    key("5")  # pain at the start
    holds = iter(HELD)
    shots = 0
    for _ in range(60):
        index, status = cursor(db, session_id)
        if status != "running":
            return
        phase = phases[index]
        if phase.kind is PhaseKind.HOLD:
            seconds = next(holds)
            time.sleep(seconds - 1.5)
            names = ("runner-fatigue-hold.png", "runner-fatigue-left.png", "runner-sorensen.png")
            shot(out / names[shots])
            shots += 1
            time.sleep(1.5)
            key("Next")  # PageDown stops the hold: the seconds held are saved
        elif phase.kind is PhaseKind.PAIN_END:
            key("2")
        elif phase.kind is PhaseKind.DONE:
            key("Return", pause=2.0)  # Finish session
        else:
            key("Next")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and cursor(db, session_id) == (index, "running"):
            time.sleep(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--screen", default="1280x800", help="the screen size, WxH")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {
            **env_with(DISPLAY),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        env.pop("QT_QPA_PLATFORM", None)
        os.environ.update({k: env[k] for k in env if k.startswith("XDG_")})
        from console.storage.settings_file import save_settings

        save_settings(Settings(first_start_done=True))
        db = home / "endurance.db"
        _patient, session_id = make_database(db)
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
            time.sleep(5.0)
            drive(db, session_id, args.out)
            time.sleep(1.5)
            focus_main_window()  # no window manager: give the main window the keys again
            key("ctrl+2", pause=1.5)  # Patients
            key("Return", pause=2.0)  # the only patient's chart
            shot(args.out / "chart-endurance-soap.png")  # the SOAP draft
            key("alt+n", pause=1.0)  # Trends
            key("alt+u", pause=1.5)  # Endurance
            shot(args.out / "chart-endurance.png")
        finally:
            for process in (app, xvfb):
                if process is not None and process.poll() is None:
                    os.kill(process.pid, 15)
                    process.wait(timeout=10)
        with sqlite3.connect(db) as conn:
            holds = conn.execute(
                "SELECT protocol_id, side, value FROM records WHERE session_id = ? "
                "AND kind = 'hold' ORDER BY id",
                [session_id],
            ).fetchall()
            status = conn.execute(
                "SELECT status FROM sessions WHERE id = ?", [session_id]
            ).fetchone()[0]
    print(f"holds: {holds}")
    print(f"session: {status}; screenshots in {args.out}")
    sides = [(p, s) for p, s, _ in holds]
    close = all(abs(int(v) - h) <= 1 for (_, _, v), h in zip(holds, HELD, strict=False))
    ok = sides == [(SIDE, "right"), (SIDE, "left"), (SORENSEN, "bilateral")] and close
    ok = ok and status == "finished"
    print("xvfb endurance: ok" if ok else "xvfb endurance: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
