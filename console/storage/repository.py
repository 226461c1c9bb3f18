"""The repository the UI and the command line use for everything stored.

``Repository(db)`` takes a database from ``open_database`` and is made of small
stores that share one ``Transactions`` object (the connection, the clock, the audit
chain and the listeners):

- ``therapists``: names, PINs, active or not
- ``patients``: details, search, likely duplicates, recently seen
- ``plans``: a patient's latest plan and named templates
- ``sessions``: sessions, their records and corrections, resume point, signing
- ``notes``: SOAP notes and amendments
- ``home_programs``: versions of a patient's home program
- ``charts``: a patient's whole chart and a session's detail, in one read
- ``audit``: the audit log and its chain check
- ``rooms``: this console's room, a patient in session in another room, taking over

Every write is one committed transaction with its audit entry; ``subscribe`` tells
listeners which table changed after each commit (console/ui/shell/repository_signals.py
turns that into a Qt signal). Known storage problems arrive as ``StorageError``s, bad
input as the domain's ``ValidationError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from console.storage.audit_store import AuditStore
from console.storage.backend import Connection
from console.storage.chart_store import ChartStore
from console.storage.database import open_connection
from console.storage.home_program_store import HomeProgramStore
from console.storage.note_store import NoteStore
from console.storage.patient_store import PatientStore
from console.storage.plan_store import PlanStore
from console.storage.rooms import RoomStore
from console.storage.session_store import SessionStore
from console.storage.therapist_store import TherapistStore
from console.storage.transactions import Clock, Listener, Transactions, local_now


class Repository:
    def __init__(self, db: Database | Connection, *, clock: Clock = local_now) -> None:
        self.transactions = tx = Transactions(db, clock=clock)
        self.therapists = TherapistStore(tx)
        self.patients = PatientStore(tx)
        self.plans = PlanStore(tx)
        self.sessions = SessionStore(tx, self.plans)
        self.notes = NoteStore(tx, self.sessions)
        self.home_programs = HomeProgramStore(tx)
        self.charts = ChartStore(tx, self.sessions, self.notes)
        self.audit = AuditStore(tx)
        self.rooms = RoomStore(tx)

    @classmethod
    def open(
        cls, target: str | Path, *, clock: Clock = local_now, password: str | None = None
    ) -> Repository:
        """The repository on a database file or on the clinic server (a PostgreSQL URL)."""
        return cls(open_connection(target, password=password), clock=clock)

    @property
    def conn(self) -> Connection:
        return self.transactions.conn

    def describe(self) -> str:
        """Which database this is, for the status bar (never a password)."""
        return self.transactions.conn.describe()

    @property
    def db(self) -> Database:
        return self.transactions.db

    @db.setter
    def db(self, db: Database) -> None:
        """Swap the connection (encrypting or decrypting the file reopens it)."""
        self.transactions.db = db

    @property
    def acting_therapist_id(self) -> int | None:
        """The therapist at the computer: writes without a therapist carry this one."""
        return self.transactions.acting_therapist_id

    @acting_therapist_id.setter
    def acting_therapist_id(self, therapist_id: int | None) -> None:
        self.transactions.acting_therapist_id = therapist_id

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(table_name)`` after each committed change; returns an undo."""
        return self.transactions.subscribe(listener)

    def now(self) -> str:
        return self.transactions.now()

    def today(self) -> dt.date:
        return self.transactions.today()

    def close(self) -> None:
        conn = self.transactions.conn
        if conn.dialect == "sqlite":
            # As SQLite advises, PRAGMA optimize before closing keeps the query planner's
            # statistics up to date (an ANALYZE of the tables this connection used).
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("PRAGMA optimize")
        conn.close()


__all__ = ["Clock", "Listener", "Repository"]
