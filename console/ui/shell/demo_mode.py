"""`pnf-console --demo`: a throw-away database of synthetic patients.

The database lives in a new temporary folder, is filled right after the first paint
(``fill_demo``) and the folder is deleted when the program exits. Nothing in it is a
real person (see console/storage/demo.py). Besides the weeks of past sessions, the
demo has a session today and one left unfinished, so every part of the Today screen
has something in it.
"""

from __future__ import annotations

import atexit
import shutil
import signal
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from console.storage import demo
from console.storage.repository import Repository
from console.ui.settings.therapist_identity import current_therapist_id

DEMO_PATIENTS = 24
DEMO_SESSIONS = 8


class DemoDatabase:
    """A temporary folder with the demo database's path; ``remove`` deletes it."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="pnf-console-demo-"))
        self.path = self.folder / "demo.db"
        atexit.register(self.remove)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        atexit.unregister(self.remove)


def quit_on_terminate(app: QCoreApplication) -> QTimer:
    """Let SIGTERM and Ctrl+C end the program normally, so the demo folder is deleted.

    Python runs signal handlers only when it has control; the timer hands it control
    twice a second while Qt waits for events.
    """
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)
    return timer


def fill_demo(
    repository: Repository,
    patients: int = DEMO_PATIENTS,
    sessions: int = DEMO_SESSIONS,
    *,
    language: str = "en",
) -> None:
    """Fill an empty database: past sessions, one finished today, one unfinished; the
    clinical texts written in `language`."""
    if repository.patients.all(limit=1):
        return
    demo.generate(
        repository.transactions,
        patients=patients,
        sessions=sessions,
        today=repository.today(),
        language=language,
    )
    therapist_id = current_therapist_id(repository)
    seen = [patient for patient, _ in repository.patients.recent(limit=2)]
    for number, patient in enumerate(seen):
        plan = repository.plans.last(patient.id)
        if plan is None or not plan.items:
            continue
        session_id = repository.sessions.start(
            patient.id, plan.items, therapist_id, plan_id=plan.id
        )
        repository.sessions.add_pain(session_id, 5 - number, "start", therapist_id=therapist_id)
        for index, item in enumerate(plan.items):
            if number == 1 and index == 2:
                break  # the second session stops part-way: it is offered for resume
            for set_number, grade in enumerate(("4-", "4"), start=1):
                repository.sessions.add_grade(
                    session_id,
                    grade,
                    protocol_id=item.get("protocol_id"),
                    side=item.get("side"),
                    set_number=set_number,
                    therapist_id=therapist_id,
                )
        if number == 0:
            repository.sessions.add_note(
                session_id, demo.demo_text(language, "today note")[0], therapist_id=therapist_id
            )
            repository.sessions.add_pain(session_id, 3, "end", therapist_id=therapist_id)
            repository.sessions.finish(session_id, therapist_id)
        else:
            repository.sessions.set_cursor(session_id, 14)
