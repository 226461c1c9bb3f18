"""Shared pieces of the storage tests: a controllable clock and a ready repository."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from console.storage.database import open_connection
from console.storage.location import FileLocation
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


def make_repo(target: Path | str, clock: FakeClock | None = None) -> Repository:
    """A repository on a database file or a server database (a URL)."""
    return Repository(open_connection(target), clock=clock or FakeClock())


def raw_sql(target: Path | str, *statements: str, triggers: bool = True) -> list[list[Any]]:
    """Run ``statements`` straight on the database, as someone with the file or the
    server's superuser could, each one's rows returned. ``triggers=False`` first
    switches the database's triggers off (dropped in the file; on the server, the
    session's ``session_replication_role`` set to replica)."""
    out: list[list[Any]] = []
    if isinstance(target, Path):
        conn = sqlite3.connect(target, isolation_level=None)
        try:
            if not triggers:
                names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                for (name,) in names.fetchall():
                    conn.execute(f"DROP TRIGGER {name}")
            for statement in statements:
                out.append(conn.execute(statement).fetchall())
        finally:
            conn.close()
        return out
    import psycopg

    from console.storage.location import parse_location

    location = parse_location(target)
    assert not isinstance(location, FileLocation)
    with psycopg.connect(location.conninfo(), autocommit=True) as server:
        if not triggers:
            server.execute("SET session_replication_role = replica")
        for statement in statements:
            cursor = server.execute(statement)  # type: ignore[arg-type]
            out.append(cursor.fetchall() if cursor.description else [])
    return out


def add_patient(repo: Repository, **fields: Any) -> int:
    values: dict[str, Any] = {
        "given_name": "José",
        "family_name": "Núñez",
        "date_of_birth": dt.date(1980, 2, 3),
    }
    values.update(fields)
    return repo.patients.create(**values)
