"""Shared pieces of the storage tests: a controllable clock and a ready repository."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from console.storage.database import open_database
from console.storage.repository import Repository

TZ = dt.timezone(dt.timedelta(hours=1))
PLAN: list[dict[str, Any]] = [
    {"protocol_id": "ue-d1-flexion-hold-relax", "side": "left", "overrides": {}},
    {"protocol_id": "le-d2-flexion-hold-relax", "side": "right", "overrides": {"sets": 2}},
]


class FakeClock:
    """Wall-clock time that moves only when told to."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.moment = start or dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


def make_repo(path: Path, clock: FakeClock | None = None) -> Repository:
    return Repository(open_database(path), clock=clock or FakeClock())


def add_patient(repo: Repository, **fields: Any) -> int:
    values: dict[str, Any] = {
        "given_name": "José",
        "family_name": "Núñez",
        "date_of_birth": dt.date(1980, 2, 3),
    }
    values.update(fields)
    return repo.patients.create(**values)
