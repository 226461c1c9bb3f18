"""A running session: the domain driver, its recording in the database, its cues.

``RunnerSession`` performs the runner's effects. Every grade, pain score and note is
saved through the repository the moment it arrives, each in its own transaction; the
cursor is saved on every phase change so a crash resumes at the same step. When a save
fails (disk full, read-only file...), the error propagates out of the driver, which
then keeps its previous state: the entry is not lost, it is still on screen and
``retry()`` sends it again.

Entries typed key by key: a grade digit waits ``ENTRY_PAUSE_S`` for a ``+`` or ``-``
and is then saved as it is (Next saves it at once); pain ``1`` waits the same for a
``0`` (10). An open ``P`` with no digit is dropped after ``PAIN_OPEN_S``. These waits
are read from the injected clock on each poll, so tests on a fake clock run them in no
time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from console.domain.clock import Clock
from console.domain.plan import Phase, Phases, SessionPlan, expand, phase_key
from console.domain.protocol import Protocol
from console.domain.runner import (
    Cue,
    CursorMoved,
    Effect,
    EnterGrade,
    EnterNote,
    EnterPain,
    EntryError,
    Event,
    PhaseEnded,
    RecordGrade,
    RecordNote,
    RecordPain,
    RunnerState,
    SessionFinished,
    Speak,
    resume_state,
)
from console.domain.runner_events import entry_kind_value
from console.domain.session_driver import SessionDriver
from console.domain.validation import ValidationError
from console.storage.errors import StorageError
from console.storage.repository import Repository

log = logging.getLogger(__name__)

#: A grade digit (or pain "1") with no + / - (or 0) after it is saved after this pause.
ENTRY_PAUSE_S = 1.2
#: A P with no digit after it is dropped after this long.
PAIN_OPEN_S = 6.0


@dataclass(frozen=True)
class Saved:
    """An entry that reached the database."""

    kind: str
    value: str
    record_id: int
    phase_index: int


@dataclass(frozen=True)
class Unsaved:
    """An entry the database refused: the record as it was to be saved, where."""

    kind: str
    value: str
    message: str
    record: RecordGrade | RecordPain | RecordNote
    phase_index: int


class RecordFailed(Exception):
    """A record could not be saved; the driver keeps its previous state."""

    def __init__(self, record: RecordGrade | RecordPain | RecordNote, message: str) -> None:
        super().__init__(message)
        self.record, self.message = record, message


def phases_for_session(items: object, protocols: Mapping[str, Protocol]) -> Phases:
    """The phases of a stored plan snapshot (raises PlanError when it cannot expand)."""
    plan = SessionPlan.from_dict(items)  # type: ignore[arg-type]
    return expand(plan, protocols)


class RunnerSession:
    """Drives one stored session: events in, effects performed, entries saved."""

    def __init__(
        self,
        repository: Repository,
        session_id: int,
        phases: Phases,
        clock: Clock,
        *,
        language: str = "en",
        play: Callable[[Cue], None] | None = None,
        speak: Callable[[str, str], None] | None = None,
        resume_at: int | None = None,
        therapist_id: int | None = None,
    ) -> None:
        self.repository = repository
        self.therapist_id = therapist_id
        self.session_id = session_id
        self.clock = clock
        self.language = language
        self._play = play or (lambda cue: None)
        self._speak = speak or (lambda text, lang: None)
        self.saved: list[Saved] = []
        self.unsaved: Unsaved | None = None
        self.problem: str | None = None
        self.finished = False
        self.ended: list[PhaseEnded] = []
        self._pending_since: float | None = None
        state: RunnerState | None = None
        if resume_at is not None:
            state = resume_state(phases, resume_at)
        self.driver = SessionDriver(phases, clock, self._perform, state)

    # -- queries ------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self.driver.phase

    @property
    def state(self) -> RunnerState:
        return self.driver.state

    @property
    def phases(self) -> tuple[Phase, ...]:
        return self.driver.phases

    # -- sending events -----------------------------------------------------------------

    def send(self, event: Event) -> bool:
        """Apply one event. Returns False (and keeps the message) when it was refused."""
        before = self.driver.state.pending
        try:
            self.driver.dispatch(event)
        except EntryError as error:
            self.problem = str(error)
            return False
        except RecordFailed as failure:
            kind, value = entry_kind_value(failure.record)
            self.unsaved = Unsaved(
                kind, value, failure.message, failure.record, self.driver.state.index
            )
            self.problem = failure.message
            return False
        self.problem = None
        if self.driver.state.pending != before:
            self._pending_since = (
                self.clock.monotonic() if self.driver.state.pending is not None else None
            )
        return True

    def retry(self) -> bool:
        """Save the refused entry again; True when it is now saved.

        Still at the step where it was entered, the entry is sent again as a whole
        (``EnterGrade("4+")``...), so it does what it would have done (a prompt moves
        on). After a move to another step, the record is written as it was taken
        (same protocol, side, set and step), and the runner stays where it is.
        """
        unsaved = self.unsaved
        if unsaved is None:
            return True
        self.unsaved = None
        now = self.clock.monotonic()
        record = unsaved.record
        if self.driver.state.index == unsaved.phase_index:
            event: Event
            if isinstance(record, RecordGrade):
                event = EnterGrade(now, record.value)
            elif isinstance(record, RecordPain):
                event = EnterPain(now, record.score)
            else:
                event = EnterNote(now, record.text)
            return self.send(event)
        try:
            self._perform(record)
        except RecordFailed as failure:
            self.unsaved = Unsaved(
                unsaved.kind, unsaved.value, failure.message, record, unsaved.phase_index
            )
            self.problem = failure.message
            return False
        self.problem = None
        return True

    def poll(self) -> None:
        """Called by the repaint timer: end phases due now, close entries left open."""
        from console.domain.runner import CancelEntry, Next, Tick

        now = self.clock.monotonic()
        pending = self.driver.state.pending
        # While an entry waits to be saved again, nothing else is closed by the clock.
        if self.unsaved is None and pending is not None and self._pending_since is not None:
            waited = now - self._pending_since
            if pending.text and waited >= ENTRY_PAUSE_S:
                self.send(Next(now))
            elif not pending.text and waited >= PAIN_OPEN_S:
                self.send(CancelEntry(now))
        self.send(Tick(now))

    # -- performing effects -------------------------------------------------------------

    def _perform(self, effect: Effect) -> None:
        if isinstance(effect, RecordGrade | RecordPain | RecordNote):
            self._save(effect)
        elif isinstance(effect, CursorMoved):
            try:
                phase = self.driver.phases[effect.phase_index]
                self.repository.set_cursor(self.session_id, effect.phase_index, phase_key(phase))
            except StorageError as error:
                # The records are what matter; a stale resume point is only a nuisance.
                log.warning("resume point not saved: %s", error.detail or error.message)
                self.problem = QCoreApplication.translate(
                    "RunnerSession", "The resume point was not saved: {0}"
                ).format(error.message)
        elif isinstance(effect, Cue):
            self._play(effect)
        elif isinstance(effect, Speak):
            self._speak(effect.text.in_(self.language), self.language)
        elif isinstance(effect, PhaseEnded):
            self.ended.append(effect)  # target and actual end: the timer's accuracy
        elif isinstance(effect, SessionFinished):
            self.repository.finish_session(self.session_id, self.therapist_id)
            self.finished = True

    def _save(self, record: RecordGrade | RecordPain | RecordNote) -> None:
        kind, value = entry_kind_value(record)
        try:
            record_id = self.repository.save_entry(self.session_id, record, self.therapist_id)
        except (StorageError, ValidationError) as error:
            log.warning("%s not saved: %s", kind, error.message)
            raise RecordFailed(record, error.message) from error
        self.saved.append(Saved(kind, value, record_id, record.phase_index))

    def correct(self, record_id: int, value: str) -> int:
        """Correct an entry of this (unsigned) session; the original is kept."""
        new_id = self.repository.correct_record(record_id, value, self.therapist_id)
        self.saved = [
            Saved(s.kind, value, new_id, s.phase_index) if s.record_id == record_id else s
            for s in self.saved
        ]
        return new_id
