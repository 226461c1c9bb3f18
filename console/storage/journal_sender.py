"""Forwards the room's journal to the clinic server, in order, in the background.

``JournalSender.add`` commits an entry to the journal (console/storage/journal.py) and
returns at once; a thread of its own, on a connection of its own, sends the waiting
entries oldest first. Each record goes with its uid and the server stores it once
(``SessionStore.deliver``), so an entry whose answer was lost (the network cut in the
middle of the commit) is simply sent again. When the server or the network is gone the
thread waits (a quarter of a second, doubling up to two, or until a new entry comes) and
tries again, for as long as it takes; the runner never waits for it. A console killed
meanwhile finds the entries in its journal at the next start and the new sender sends
them.

An entry the server refuses for good (the session or the patient is no longer there,
the session was signed meanwhile, a value the server does not take) is marked with the
reason and kept; the next entries go on. ``pnf-console journal`` lists such entries.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from console.domain.validation import ValidationError
from console.storage.errors import NotFound, SessionSigned, StorageError
from console.storage.journal import Journal, JournalEntry
from console.storage.repository import Repository

log = logging.getLogger(__name__)

#: Refusals that sending again will not change: the entry is kept for the admin.
FOR_GOOD: tuple[type[Exception], ...] = (NotFound, SessionSigned, ValidationError)
RECORD_KINDS = ("grade", "pain", "note", "hold")
FIRST_WAIT_S = 0.25
LONGEST_WAIT_S = 2.0

Connect = Callable[[], Repository]
Delivered = Callable[[JournalEntry, int | None], None]


class JournalSender:
    """The journal of one room for one server, and the thread that empties it."""

    def __init__(
        self,
        journal: Journal,
        server: str,
        connect: Connect,
        *,
        now: Callable[[], str],
        on_delivered: Delivered | None = None,
    ) -> None:
        self.journal = journal
        self.server = server
        self._connect = connect
        self._now = now
        self._on_delivered = on_delivered
        self._repository: Repository | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: False while the server cannot be reached (True before the first try).
        self.online = True
        #: Why the last try failed, for the screen (None when it did not).
        self.trouble: str | None = None
        self._waiting = journal.waiting_count(server)
        self._refused = len(journal.undeliverable(server))

    # -- what the screen shows ------------------------------------------------------

    @property
    def waiting(self) -> int:
        """Entries kept in the room not yet on the server (refused ones not counted)."""
        with self._lock:
            return self._waiting

    @property
    def refused(self) -> int:
        """Entries the server refused for good, kept for the admin."""
        with self._lock:
            return self._refused

    # -- the runner's side ----------------------------------------------------------

    def add(self, session_id: int, kind: str, body: dict[str, Any]) -> JournalEntry:
        """Commit the entry to the room's journal and have it sent; returns once it is
        on the room's disk (``StorageError`` when that disk refuses it)."""
        entry = self.journal.add(self.server, session_id, kind, body, self._now())
        with self._lock:
            self._waiting += 1
        self._wake.set()
        return entry

    # -- the thread -----------------------------------------------------------------

    def start(self) -> JournalSender:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="journal-sender", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._disconnect()

    def _run(self) -> None:
        wait = FIRST_WAIT_S
        while not self._stop.is_set():
            if self.send_waiting():
                wait = FIRST_WAIT_S
                self._wake.wait(1.0)  # also notices entries another process added
                self._wake.clear()
            else:
                # A new entry tries again at once; otherwise a longer wait each time.
                self._wake.wait(wait)
                wait = min(wait * 2, LONGEST_WAIT_S)

    def send_waiting(self) -> bool:
        """Send every waiting entry, oldest first; False when the server could not be
        reached (the rest wait for the next try)."""
        while not self._stop.is_set():
            self._wake.clear()
            batch = self.journal.waiting(self.server)
            if not batch:
                self._recount()
                return True
            for index, entry in enumerate(batch):
                if entry.kind == "cursor" and _superseded(entry, batch[index + 1 :]):
                    self._mark(entry, None)  # a later resume point of the session replaces it
                    continue
                if not self._send(entry):
                    return False
        return True

    def _send(self, entry: JournalEntry) -> bool:
        try:
            repository = self._repository or self._open()
            record_id = deliver(repository, entry)
        except FOR_GOOD as error:
            message = str(getattr(error, "message", error))
            log.warning("journal entry %s refused by the server: %s", entry.uid, message)
            self.journal.refused(entry.seq, message)
            self.online, self.trouble = True, None  # the server answered
            self._recount()
            return True
        except StorageError as error:
            self._offline(error.message, error.detail)
            return False
        except Exception as error:  # a bug: keep the entry, try again later
            log.exception("journal entry %s not sent", entry.uid)
            self._offline(str(error), None)
            return False
        self.online, self.trouble = True, None
        self._mark(entry, record_id)
        return True

    def _mark(self, entry: JournalEntry, record_id: int | None) -> None:
        self.journal.delivered(entry.seq, self._now(), record_id)
        with self._lock:
            self._waiting = max(0, self._waiting - 1)
        if self._on_delivered is not None:
            self._on_delivered(entry, record_id)

    def _recount(self) -> None:
        waiting = self.journal.waiting_count(self.server)
        refused = len(self.journal.undeliverable(self.server))
        with self._lock:
            self._waiting, self._refused = waiting, refused

    def _open(self) -> Repository:
        self._repository = self._connect()
        return self._repository

    def _offline(self, message: str, detail: str | None) -> None:
        if self.online:
            log.warning("the server cannot be reached; entries wait in the journal: %s", detail)
        self.online, self.trouble = False, message
        self._disconnect()
        self._recount()  # what the screen says waits, as the journal holds it

    def _disconnect(self) -> None:
        repository, self._repository = self._repository, None
        if repository is not None:
            try:
                repository.close()
            except Exception:  # already gone
                log.debug("closing a lost connection failed", exc_info=True)


def _superseded(entry: JournalEntry, later: list[JournalEntry]) -> bool:
    return any(e.kind == "cursor" and e.session_id == entry.session_id for e in later)


def deliver(repository: Repository, entry: JournalEntry) -> int | None:
    """Store one journal entry on the server (once, by its uid); the record's id."""
    body = entry.body
    sessions = repository.sessions
    if entry.kind in RECORD_KINDS:
        return sessions.deliver(
            entry.session_id,
            entry.kind,
            str(body["value"]),
            body.get("moment"),
            protocol_id=body.get("protocol_id"),
            side=body.get("side"),
            set_number=body.get("set_number"),
            phase_index=body.get("phase_index"),
            therapist_id=body.get("therapist_id"),
            entry_uid=entry.uid,
            recorded_at=entry.taken_at,
        )
    if entry.kind == "cursor":
        sessions.set_cursor(entry.session_id, int(body["phase_index"]), body.get("key"))
    elif entry.kind == "finish":
        sessions.finish(entry.session_id, body.get("therapist_id"))
    return None


def for_server(
    url: str, *, password: str | None, room: str | None, now: Callable[[], str]
) -> JournalSender:
    """The room's sender for the server at ``url``, its thread started: entries left
    from an earlier run (a console killed while offline) are sent at once."""
    from console.storage.location import parse_location

    def connect() -> Repository:
        repository = Repository.open(url, password=password)
        repository.rooms.room = room
        return repository

    server = parse_location(url).describe()
    return JournalSender(Journal(), server, connect, now=now).start()
