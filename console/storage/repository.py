"""The repository the UI and the command line use for everything stored.

``Repository(db)`` takes a database from ``open_database``. Every write is one
committed transaction with its audit entry; ``subscribe`` tells listeners which table
changed after each commit (console/ui/repository_signals.py turns that into a Qt
signal). Known storage problems arrive as ``StorageError``s, bad input as the domain's
``ValidationError``.
"""

from __future__ import annotations

from pathlib import Path

from console.storage.database import open_database
from console.storage.session_store import SessionStore
from console.storage.store import Clock, Listener, local_now


class Repository(SessionStore):
    """Therapists, patients, plans, sessions and records, SOAP notes, amendments,
    home programs, settings and the audit log (see the parts' docstrings)."""

    @classmethod
    def open(cls, path: Path, *, clock: Clock = local_now) -> Repository:
        return cls(open_database(path), clock=clock)

    def close(self) -> None:
        self.db.close()


__all__ = ["Clock", "Listener", "Repository"]
