"""The treatment room's journal: every entry of a session run on the clinic server is
first committed here, on the room's own disk, and only then sent to the server.

A small SQLite file in the user data folder (``journal.db``), in WAL mode with
``synchronous = FULL``: once ``add`` returns, the entry survives a crash of the program
and a power cut. Each entry has its own id (a uuid) made here, which goes with it to the
server (``records.entry_uid``, unique there), so an entry sent again after a lost answer
is stored once. ``console/storage/journal_sender.py`` forwards the entries in the order
taken; an entry the server refuses for good (the session or patient is gone, the session
was signed meanwhile) is kept here with the reason, never dropped, and listed by
``pnf-console journal``.

Entries belong to one server (``server``: its description, never a password), so a room
moved to another server never sends them there.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.storage.errors import translated
from console.storage.paths import data_dir

#: What an entry is: a record (its kind), a resume point, or the session's finish.
KINDS = ("grade", "pain", "note", "hold", "cursor", "finish")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    server TEXT NOT NULL,
    session_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    delivered_at TEXT,
    record_id INTEGER,
    problem TEXT
);
CREATE INDEX IF NOT EXISTS entries_waiting ON entries (server, seq) WHERE delivered_at IS NULL;
"""


def default_journal_path() -> Path:
    return data_dir() / "journal.db"


@dataclass(frozen=True)
class JournalEntry:
    """One entry as kept: ``body`` holds what the server needs to store it."""

    seq: int
    uid: str
    server: str
    session_id: int
    kind: str
    body: dict[str, Any]
    taken_at: str
    delivered_at: str | None = None
    record_id: int | None = None
    problem: str | None = None


class Journal:
    """The room's journal file; safe to use from the runner and the sender thread."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_journal_path()
        self._lock = threading.Lock()
        with translated():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10
            )
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.executescript(_SCHEMA)

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        with self._lock, translated():
            yield self._conn

    def add(
        self,
        server: str,
        session_id: int,
        kind: str,
        body: Mapping[str, Any],
        taken_at: str,
    ) -> JournalEntry:
        """Commit one entry (on disk when this returns); raises ``StorageError`` when
        the room's disk refuses it."""
        if kind not in KINDS:
            raise ValueError(f"unknown journal entry kind {kind!r}")
        uid = str(uuid.uuid4())
        text = json.dumps(dict(body), sort_keys=True)
        with self._locked() as conn:
            cursor = conn.execute(
                "INSERT INTO entries (uid, server, session_id, kind, body, taken_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [uid, server, session_id, kind, text, taken_at],
            )
            seq = int(cursor.lastrowid or 0)
        return JournalEntry(seq, uid, server, session_id, kind, dict(body), taken_at)

    def waiting(self, server: str, limit: int = 200) -> list[JournalEntry]:
        """Entries not yet on ``server`` and not refused by it, oldest first."""
        return self._select(
            "WHERE server = ? AND delivered_at IS NULL AND problem IS NULL ORDER BY seq LIMIT ?",
            [server, limit],
        )

    def waiting_count(self, server: str) -> int:
        with self._locked() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM entries WHERE server = ? AND delivered_at IS NULL "
                "AND problem IS NULL",
                [server],
            ).fetchone()
        return int(row[0])

    def undeliverable(self, server: str | None = None) -> list[JournalEntry]:
        """Entries a server refused for good (kept, with the reason), oldest first."""
        if server is None:
            return self._select("WHERE problem IS NOT NULL ORDER BY seq", [])
        return self._select("WHERE problem IS NOT NULL AND server = ? ORDER BY seq", [server])

    def undelivered(self) -> list[JournalEntry]:
        """Every entry not on its server: waiting or refused, oldest first."""
        return self._select("WHERE delivered_at IS NULL ORDER BY seq", [])

    def delivered(self, seq: int, at: str, record_id: int | None = None) -> None:
        with self._locked() as conn:
            conn.execute(
                "UPDATE entries SET delivered_at = ?, record_id = ?, problem = NULL WHERE seq = ?",
                [at, record_id, seq],
            )

    def refused(self, seq: int, problem: str) -> None:
        """The server will not take this entry: keep it, with why, for the admin."""
        with self._locked() as conn:
            conn.execute("UPDATE entries SET problem = ? WHERE seq = ?", [problem, seq])

    def send_again(self, seq: int) -> None:
        """An entry refused before goes back into the queue (the admin fixed the cause)."""
        with self._locked() as conn:
            conn.execute("UPDATE entries SET problem = NULL WHERE seq = ?", [seq])

    def _select(self, where: str, params: list[Any]) -> list[JournalEntry]:
        with self._locked() as conn:
            rows = conn.execute(
                "SELECT seq, uid, server, session_id, kind, body, taken_at, delivered_at, "
                f"record_id, problem FROM entries {where}",
                params,
            ).fetchall()
        return [
            JournalEntry(
                int(r[0]), r[1], r[2], int(r[3]), r[4], json.loads(r[5]), r[6], r[7], r[8], r[9]
            )
            for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
