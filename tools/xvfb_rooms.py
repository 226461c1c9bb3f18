"""Two consoles on one clinic server under Xvfb: a note signed in one shows in the other.

    python tools/xvfb_rooms.py [--out docs/screenshots/rooms-live-signed.png]

Starts a throwaway PostgreSQL server (tests/server_fixtures.py, on a Unix socket), Xvfb
on :98 (2560x1000) and two PNF Console windows side by side, each its own process with
its own settings folder: *Room 1* on the left, *Room 2* on the right, both with the
same patient's chart open on the same finished session. Room 1 saves the SOAP note and
signs the session through its repository; Room 2 is left alone. Room 2's chart turns
to the signed note by itself (the change notice, console/ui/shell/live_updates.py);
each process prints what it saw and when, and the screen is photographed
(``import -window root``) once Room 2 shows the signed note. Everything started is
ended by its pid.

Needs: Xvfb, ImageMagick, the PostgreSQL server binaries; about twenty seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DISPLAY = ":98"
WIDTH, HEIGHT = 1280, 1000
PLAN = [
    {"protocol_id": "ue-d1-flexion-hold-relax", "side": "left", "overrides": {}},
    {"protocol_id": "le-d2-flexion-hold-relax", "side": "right", "overrides": {}},
]


def room(args: argparse.Namespace) -> int:
    """One console: its window at ``--x``, the chart open on the session."""
    from PySide6.QtCore import QTimer

    from console.domain.settings import Settings
    from console.storage.settings_file import LoadedSettings
    from console.ui.shell.app import make_application
    from console.ui.shell.context import AppContext
    from console.ui.shell.main_window import MainWindow
    from console.ui.shell.none_guard import keep_none_alive

    keep_none_alive()
    app = make_application()
    settings = Settings(room=args.room, first_start_done=True)
    context = AppContext(server_url=args.url, settings=LoadedSettings(settings))
    window = MainWindow(context=context)
    window.setGeometry(args.x, 0, WIDTH, HEIGHT)
    window.show()
    chart = window.open_chart(args.patient)
    chart.select_session(args.session)
    context.signals  # noqa: B018  (listening to the other rooms from now on)
    print(f"{args.room}: chart open", flush=True)

    def sign() -> None:
        repository = context.repository
        repository.notes.save_soap(
            args.session,
            subjective="Less stiff on waking; walked to the clinic.",
            objective=repository.notes.objective_from_records(args.session),
            assessment="Tolerating more resistance in D1 flexion.",
            plan="Progress to standing D2 patterns next week.",
        )
        repository.sessions.sign(args.session, repository.acting_therapist_id)
        print(f"{args.room}: signed at {time.time():.3f}", flush=True)

    def watch() -> None:
        if chart.soap.signed:
            print(f"{args.room}: shows the signed note at {time.time():.3f}", flush=True)
            timer.stop()

    timer = QTimer()
    if args.sign:
        QTimer.singleShot(3000, sign)
    else:
        timer.timeout.connect(watch)
        timer.start(20)
    return app.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs/screenshots/rooms-live-signed.png")
    parser.add_argument("--room", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--x", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--patient", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--session", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sign", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.room:
        return room(args)

    from console.storage.repository import Repository
    from tests.server_fixtures import running_server

    home = Path(tempfile.mkdtemp(prefix="pnf-rooms-"))
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", f"{2 * WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"]
    )
    children: list[subprocess.Popen[str]] = []
    try:
        with running_server(port=5499) as server:
            server.admin("CREATE DATABASE rooms")
            url = server.url("rooms")
            clock = dt.datetime(2026, 3, 2, 9, 0).astimezone()
            setup = Repository.open(url, clock=lambda: clock)
            setup.rooms.room = "Room 1"
            therapist = setup.therapists.create("Ana Ruiz")
            patient = setup.patients.create(
                given_name="Inés", family_name="Ibáñez", date_of_birth="1956-04-11"
            )
            session = setup.sessions.start(patient, PLAN, therapist)
            setup.sessions.add_pain(session, 5, "start")
            for number, grade in enumerate(("3+", "4-", "4"), start=1):
                setup.sessions.add_grade(
                    session,
                    grade,
                    protocol_id="ue-d1-flexion-hold-relax",
                    side="left",
                    set_number=number,
                )
            setup.sessions.add_pain(session, 3, "end")
            setup.sessions.finish(session)
            setup.close()
            for name, x, sign in (("Room 1", 0, True), ("Room 2", WIDTH, False)):
                folder = home / name.replace(" ", "")
                env = {
                    **os.environ,
                    "DISPLAY": DISPLAY,
                    "QT_QPA_PLATFORM": "xcb",
                    "XDG_CONFIG_HOME": str(folder / "config"),
                    "XDG_DATA_HOME": str(folder / "data"),
                    "XDG_CACHE_HOME": str(folder / "cache"),
                    "XDG_STATE_HOME": str(folder / "state"),
                }
                command = [sys.executable, __file__, "--room", name, "--url", url]
                command += ["--x", str(x), "--patient", str(patient), "--session", str(session)]
                children.append(
                    subprocess.Popen(
                        command + (["--sign"] if sign else []),
                        env=env,
                        stdout=subprocess.PIPE,
                        text=True,
                        cwd=REPO,
                    )
                )
            signer, watcher = children
            assert signer.stdout is not None and watcher.stdout is not None
            times: dict[str, float] = {}
            for line in signer.stdout:
                print(line.rstrip())
                if "signed at" in line:
                    times["signed"] = float(line.rsplit(" ", 1)[1])
                    break
            for line in watcher.stdout:
                print(line.rstrip())
                if "shows the signed note" in line:
                    times["shown"] = float(line.rsplit(" ", 1)[1])
                    break
            time.sleep(0.5)  # the paint after the reload
            args.out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                ["import", "-window", "root", str(args.out)],
                check=True,
                env={**os.environ, "DISPLAY": DISPLAY},
            )
            print(
                f"rooms: Room 2 showed the note signed in Room 1 "
                f"{(times['shown'] - times['signed']) * 1000:.0f} ms after it was signed; "
                f"screenshot {args.out}"
            )
            for child in children:
                child.terminate()
                child.wait(10)
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
        xvfb.terminate()
        xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
