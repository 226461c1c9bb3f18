"""Shared pieces of the patient, chart and Today screen tests."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from console.domain.library import Library
from console.domain.settings import Settings
from console.storage.database import open_database
from console.storage.repository import Repository
from console.storage.settings_file import LoadedSettings
from console.ui.shell.context import AppContext

UE = "ue-d1-flexion-hold-relax"
LE = "le-d2-flexion-hold-relax"
PLAN: list[dict[str, Any]] = [
    {"protocol_id": UE, "side": "left", "overrides": {}},
    {"protocol_id": LE, "side": "right", "overrides": {"sets": 2}},
]
TZ = dt.timezone(dt.timedelta(hours=1))


class Clock:
    """Wall-clock time that moves only when told to."""

    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


@cache
def builtin_library() -> Library:
    """The built-in protocol library, loaded once for all the screen tests."""
    return AppContext(settings=LoadedSettings(Settings())).library


def make_context(db_path: Path) -> AppContext:
    """A context on ``db_path`` with default settings and the shared library."""
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings()))
    context._library = builtin_library()  # loading it once keeps the tests quick
    return context


def open_repo(db_path: Path, clock: Clock | None = None) -> Repository:
    if clock is None:
        return Repository(open_database(db_path))
    return Repository(open_database(db_path), clock=clock)


def add_patient(repo: Repository, **fields: Any) -> int:
    values: dict[str, Any] = {
        "given_name": "José",
        "family_name": "Núñez",
        "date_of_birth": dt.date(1980, 2, 3),
    }
    values.update(fields)
    return repo.patients.create(**values)


def add_session(
    repo: Repository,
    patient_id: int,
    grades: dict[str, list[str]],
    pain: tuple[int, int] = (6, 3),
    note: str | None = None,
) -> int:
    """A finished session: pain at start, the grades per protocol (its plan side), a
    note, pain at end."""
    sides = {item["protocol_id"]: item["side"] for item in PLAN}
    session_id = repo.sessions.start(patient_id, PLAN)
    repo.sessions.add_pain(session_id, pain[0], "start")
    for protocol_id, values in grades.items():
        for set_number, value in enumerate(values, start=1):
            repo.sessions.add_grade(
                session_id,
                value,
                protocol_id=protocol_id,
                side=sides[protocol_id],
                set_number=set_number,
            )
    if note:
        repo.sessions.add_note(session_id, note, protocol_id=UE, side="left")
    repo.sessions.add_pain(session_id, pain[1], "end")
    repo.sessions.finish(session_id)
    return session_id


def patient_with_history(db_path: Path) -> tuple[int, list[int]]:
    """José Núñez with three weekly sessions (oldest first), grades improving."""
    clock = Clock(dt.datetime(2026, 10, 5, 9, 0, tzinfo=TZ))
    repo = open_repo(db_path, clock)
    try:
        patient_id = add_patient(repo, diagnosis="chronic low back pain", language="es")
        sessions = []
        for week, (ue, le) in enumerate(
            [(["3", "3+"], ["2+", "3-"]), (["3+", "4-"], ["3"]), (["4", "4"], ["3+", "3+"])]
        ):
            clock.moment = dt.datetime(2026, 10, 5 + 7 * week, 9, 0, tzinfo=TZ)
            sessions.append(
                add_session(
                    repo,
                    patient_id,
                    {UE: ue, LE: le},
                    pain=(7 - week, 5 - week),
                    note="good control through range" if week == 1 else None,
                )
            )
        repo.home_programs.save(
            patient_id,
            [
                {
                    "protocol_id": "home-bird-dog",
                    "sets": 2,
                    "reps": 10,
                    "hold_s": 5,
                    "per_day": 1,
                    "days_per_week": 7,
                    "note": None,
                    "caution": None,
                }
            ],
            language="es",
        )
    finally:
        repo.close()
    return patient_id, sessions
