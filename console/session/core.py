"""One stored session being run: events in, effects performed, every entry saved.

``RunnerSession`` wraps the pure state machine (console/domain/runner.py). Each request
reads the injected clock, applies one event and performs its effects in order: every
grade, pain score and note is saved through the repository the moment it arrives, each
in its own transaction; the resume point is saved on every phase change so a crash
resumes at the same step; finishing is saved too. Tones and speech go to the callbacks
given; the state is kept only once every effect was performed.

When a save is refused (disk full, read-only file...), the runner keeps its previous
state: the entry is not lost, it is still on screen (``unsaved``) and ``retry()`` sends
it again. A resume point that cannot be saved is only a nuisance: it is said
(``problem``) and the session goes on.

On the clinic server the session is given the room's ``JournalSender``: then every
entry, resume point and finish is committed to the room's journal and confirmed at once,
and the sender forwards it to the server in the background (console/storage/journal.py).
A ``Saved`` entry then has its journal ``uid`` and no record id until it arrives.

Entries typed key by key: a grade digit waits ``ENTRY_PAUSE_S`` for a ``+`` or ``-``
and is then saved as it is (Next saves it at once); pain ``1`` waits the same for a
``0`` (10). An open ``P`` with no digit is dropped after ``PAIN_OPEN_S``. These waits
are read from the injected clock on each ``tick``, so tests on a fake clock run them
in no time.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol as Interface

from console.domain import runner_events as events
from console.domain.clock import Clock
from console.domain.endurance import (
    continue_as_fatigue,
    hold_key,
    parse_hold_key,
    resumed_hold,
    to_fatigue_phase,
)
from console.domain.messages import say
from console.domain.plan import (
    Phase,
    PhaseKind,
    Phases,
    SessionPlan,
    expand,
    phase_key,
    resume_index,
)
from console.domain.protocol import Protocol, ProtocolFile
from console.domain.runner import (
    EntryError,
    RunnerState,
    apply,
    elapsed,
    remaining,
    resume_state,
)
from console.domain.runner_events import entry_kind_value
from console.domain.validation import ValidationError
from console.session.actions import EVENTS, KEEPS_OPEN_ENTRY, Action
from console.storage.errors import SessionSigned, StorageError
from console.storage.journal_sender import JournalSender
from console.storage.repository import Repository

log = logging.getLogger(__name__)

#: A grade digit (or pain "1") with no + / - (or 0) after it is saved after this pause.
ENTRY_PAUSE_S = 1.2
#: A P with no digit after it is dropped after this long.
PAIN_OPEN_S = 6.0

#: Said when the resume point could not be saved; {0} is the storage message.
RESUME_POINT_NOT_SAVED = "The resume point was not saved: {0}"

Entry = events.RecordGrade | events.RecordPain | events.RecordNote | events.RecordHold
#: What the session writes to the database.
Write = Entry | events.CursorMoved | events.SessionFinished


class WriteWatcher(Interface):
    """Told just before a write is handed to the repository and just after it returned
    (``record_id`` for an entry, else None). The crash harness prints these."""

    def wanted(self, write: Write) -> None: ...

    def done(self, write: Write, record_id: int | None) -> None: ...


@dataclass(frozen=True)
class Saved:
    """An entry that reached the database, or the room's journal (``uid``; its
    ``record_id`` is None there: the server gives it when the entry arrives)."""

    kind: str
    value: str
    record_id: int | None
    phase_index: int
    uid: str | None = None


@dataclass(frozen=True)
class Unsaved:
    """An entry the database refused: the record as it was to be saved, where."""

    kind: str
    value: str
    message: str
    record: Entry
    phase_index: int


class _Refused(Exception):
    """An entry could not be saved; the runner keeps its previous state."""

    def __init__(self, record: Entry, message: str) -> None:
        super().__init__(message)
        self.record, self.message = record, message


def phases_for_session(
    items: object, protocols: Mapping[str, Protocol] | Mapping[str, ProtocolFile]
) -> Phases:
    """The phases of a stored plan snapshot (raises PlanError when it cannot expand)."""
    plan = SessionPlan.from_dict(items)  # type: ignore[arg-type]
    return expand(plan, protocols)


def _seconds_since(repository: Repository, saved_at: str | None) -> float:
    """Wall-clock seconds from a saved time to now (0 when unknown or in the future)."""
    if not saved_at:
        return 0.0
    try:
        then = dt.datetime.fromisoformat(saved_at)
        now = dt.datetime.fromisoformat(repository.now())
        return max(0.0, (now - then).total_seconds())
    except (TypeError, ValueError):
        return 0.0


class RunnerSession:
    """Drives one stored session: actions and entries in, effects performed, saved."""

    def __init__(
        self,
        repository: Repository,
        session_id: int,
        phases: Phases,
        clock: Clock,
        *,
        language: str = "en",
        play: Callable[[events.Cue], None] | None = None,
        speak: Callable[[str, str], None] | None = None,
        resume_at: int | None = None,
        therapist_id: int | None = None,
        watcher: WriteWatcher | None = None,
        hold: tuple[bool, float, float] | None = None,
        journal: JournalSender | None = None,
    ) -> None:
        if not phases:
            raise ValueError("a session needs at least one phase")
        self.repository = repository
        self.therapist_id = therapist_id
        self.session_id = session_id
        self.clock = clock
        self.language = language
        self.play = play or (lambda cue: None)
        self.speak = speak or (lambda text, lang: None)
        self.watcher = watcher
        #: The room's journal on the clinic server (None: saved straight to the file).
        self.journal = journal
        self.saved: list[Saved] = []
        self.unsaved: Unsaved | None = None
        self.problem: str | None = None
        self.finished = False
        self.ended: list[events.PhaseEnded] = []
        self._phases = tuple(phases)
        self._state = resume_state(phases, resume_at) if resume_at is not None else RunnerState()
        if hold is not None and resume_at is not None:
            # A hold timed to fatigue was counting when the program stopped.
            running, held, since = hold
            self._state = resumed_hold(
                self._state, self.phase, running, held, since, clock.monotonic()
            )
        self._pending_since: float | None = None
        self._cursor_problem: str | None = None

    @classmethod
    def open(
        cls,
        repository: Repository,
        session_id: int,
        protocols: Mapping[str, Protocol] | Mapping[str, ProtocolFile],
        clock: Clock,
        *,
        play: Callable[[events.Cue], None] | None = None,
        speak: Callable[[str, str], None] | None = None,
        watcher: WriteWatcher | None = None,
        journal: JournalSender | None = None,
    ) -> RunnerSession:
        """A stored, unfinished session at its saved step (a new one at its first).

        In the patient's handout language, for the therapist who started it. Raises
        ``SessionSigned`` or ``StorageError`` for a signed or finished session and
        ``PlanError`` when its protocols are no longer in ``protocols``.
        """
        stored = repository.sessions.get(session_id)
        if stored.status == "signed":
            raise SessionSigned()
        if stored.status != "running":
            raise StorageError("This session is finished. Start a new session to go on.")
        phases = phases_for_session(stored.plan_snapshot, protocols)
        patient = repository.patients.get(stored.patient_id)
        hold = parse_hold_key(stored.cursor_key)
        return cls(
            repository,
            session_id,
            phases,
            clock,
            language=patient.language,
            play=play,
            speak=speak,
            resume_at=resume_index(phases, stored.cursor, stored.cursor_key),
            therapist_id=stored.therapist_id,
            watcher=watcher,
            journal=journal,
            hold=None if hold is None else (*hold, _seconds_since(repository, stored.cursor_at)),
        )

    # -- queries ------------------------------------------------------------------------

    @property
    def state(self) -> RunnerState:
        return self._state

    @property
    def phases(self) -> tuple[Phase, ...]:
        return self._phases

    @property
    def phase(self) -> Phase:
        return self._phases[self._state.index]

    @property
    def entry_open(self) -> bool:
        """A grade or pain score is being typed (Esc drops it)."""
        return self._state.pending is not None

    def remaining(self) -> float | None:
        """Seconds left on the current timer now; None for an untimed phase."""
        return remaining(self._state, self._phases, self.clock.monotonic())

    def held(self) -> float | None:
        """Seconds the current timed phase has run (a hold timed to fatigue: the time
        held so far); None for an untimed phase."""
        return elapsed(self._state, self._phases, self.clock.monotonic())

    # -- requests -----------------------------------------------------------------------

    def act(self, action: Action) -> bool:
        """Do one action (``EVENTS`` and the rules in console/session/actions.py).
        False, with ``problem`` set, when it was refused."""
        if action is Action.NEXT and self.unsaved is not None:
            return self.retry()
        if action is Action.FATIGUE:
            return self.to_fatigue()
        now = self.clock.monotonic()
        pending = self._state.pending
        typed = self.unsaved is None and pending is not None and bool(pending.text)
        if typed and action not in KEEPS_OPEN_ENTRY:
            # Saved first; refused, it waits on screen (``unsaved``) and the action goes on.
            self.send(events.Next(now))
        if action is Action.NEXT and self.phase.kind is PhaseKind.DONE and not typed:
            action = Action.FINISH  # only a Next with no entry left to save finishes
        return self.send(EVENTS[action](now))

    def to_fatigue(self) -> bool:
        """Time the current resistive hold to fatigue, for this patient: every phase of
        the same step of this plan item counts up to the step's cap from now on, and the
        change is kept in the session and in the patient's plan. A hold already counting
        goes on counting from the time it has run. False, with ``problem`` set, where
        there is no hold or the change could not be saved."""
        phase = self.phase
        if phase.kind is not PhaseKind.HOLD or phase.item_index is None or phase.step is None:
            self.problem = say("Only a hold can be timed to fatigue.")
            return False
        if phase.to_fatigue:
            return True
        item, step_index = phase.item_index, phase.step_index
        assert step_index is not None  # a step phase has its step's index
        try:
            stored = self.repository.sessions.get(self.session_id)
            plan = SessionPlan.from_dict(stored.plan_snapshot)
            entry = plan.items[item]
            steps = tuple(sorted({*entry.overrides.fatigue_steps, step_index}))
            overrides = entry.overrides.model_copy(update={"fatigue_steps": steps})
            changed = plan.replaced(item, entry.model_copy(update={"overrides": overrides}))
            self.repository.sessions.change_plan(
                self.session_id, changed.to_items(), self.therapist_id
            )
        except (StorageError, ValidationError) as error:
            self.problem = error.message
            return False
        now = self.clock.monotonic()
        ran = elapsed(self._state, self._phases, now)
        self._phases = tuple(
            to_fatigue_phase(p) if p.item_index == item and p.step_index == step_index else p
            for p in self._phases
        )
        self._state = continue_as_fatigue(self._state, self.phase, ran, now)
        self.problem = None
        return True

    def key(self, symbol: str) -> bool:
        """One grade or pain key: "0" to "9", "+" or "-". Refused while a refused entry
        waits to be saved again, so it is never replaced unseen."""
        if self.unsaved is not None:
            return False
        return self.send(events.EntryKey(self.clock.monotonic(), symbol))

    def enter_grade(self, value: str) -> bool:
        return self.send(events.EnterGrade(self.clock.monotonic(), value))

    def enter_pain(self, score: int) -> bool:
        return self.send(events.EnterPain(self.clock.monotonic(), score))

    def enter_note(self, text: str) -> bool:
        return self.send(events.EnterNote(self.clock.monotonic(), text))

    def tick(self) -> None:
        """Called by the repaint timer: end phases due now, close entries left open."""
        now = self.clock.monotonic()
        pending = self._state.pending
        # While an entry waits to be saved again, nothing else is closed by the clock.
        if self.unsaved is None and pending is not None and self._pending_since is not None:
            waited = now - self._pending_since
            if pending.text and waited >= ENTRY_PAUSE_S:
                self.send(events.Next(now))
            elif not pending.text and waited >= PAIN_OPEN_S:
                self.send(events.CancelEntry(now))
        if self.unsaved is not None and isinstance(self.unsaved.record, events.RecordHold):
            return  # the stopped hold waits to be saved; its cap must not overwrite it
        self.send(events.Tick(now))

    def send(self, event: events.Event) -> bool:
        """Apply one event and perform its effects. False (and ``problem`` set) when it
        was refused: an invalid entry, or an entry the database did not take."""
        before = self._state.pending
        self._cursor_problem = None
        try:
            state, effects = apply(self._state, event, self._phases)
            for effect in effects:
                self._perform(effect)
        except EntryError as error:
            self.problem = str(error)
            return False
        except _Refused as refused:
            kind, value = entry_kind_value(refused.record)
            self.unsaved = Unsaved(kind, value, refused.message, refused.record, self._state.index)
            self.problem = refused.message
            return False
        self._state = state
        self.problem = self._cursor_problem
        if state.pending != before:
            self._pending_since = self.clock.monotonic() if state.pending is not None else None
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
        if self._state.index == unsaved.phase_index:
            event: events.Event
            if isinstance(record, events.RecordGrade):
                event = events.EnterGrade(now, record.value)
            elif isinstance(record, events.RecordPain):
                event = events.EnterPain(now, record.score)
            elif isinstance(record, events.RecordHold):
                event = events.EndHold(now, record.elapsed_s)
            else:
                event = events.EnterNote(now, record.text)
            return self.send(event)
        try:
            self._save(record)
        except _Refused as refused:
            self.unsaved = Unsaved(
                unsaved.kind, unsaved.value, refused.message, record, unsaved.phase_index
            )
            self.problem = refused.message
            return False
        self.problem = None
        return True

    def correct(self, record_id: int, value: str) -> int:
        """Correct an entry of this (unsigned) session; the original is kept."""
        new_id = self.repository.sessions.correct_record(record_id, value, self.therapist_id)
        self.saved = [
            Saved(s.kind, value, new_id, s.phase_index) if s.record_id == record_id else s
            for s in self.saved
        ]
        return new_id

    # -- performing effects -------------------------------------------------------------

    def _perform(self, effect: events.Effect) -> None:
        if isinstance(
            effect, events.RecordGrade | events.RecordPain | events.RecordNote | events.RecordHold
        ):
            self._save(effect)
        elif isinstance(effect, events.CursorMoved):
            self._save_cursor(effect)
        elif isinstance(effect, events.HoldTimed):
            key = phase_key(self._phases[effect.phase_index])
            hold = hold_key(key, effect.running, effect.elapsed_s)
            self._save_cursor(events.CursorMoved(effect.phase_index), hold)
        elif isinstance(effect, events.Cue):
            self.play(effect)
        elif isinstance(effect, events.Speak):
            self.speak(effect.text.in_(self.language), self.language)
        elif isinstance(effect, events.PhaseEnded):
            self.ended.append(effect)  # target and actual end: the timer's accuracy
        elif isinstance(effect, events.SessionFinished):
            self._wanted(effect)
            if self.journal is not None:
                self.journal.add(self.session_id, "finish", {"therapist_id": self.therapist_id})
            else:
                self.repository.sessions.finish(self.session_id, self.therapist_id)
            self.finished = True
            self._done(effect, None)

    def _save(self, record: Entry) -> None:
        kind, value = entry_kind_value(record)
        self._wanted(record)
        uid: str | None = None
        record_id: int | None = None
        try:
            if self.journal is not None:
                uid = self.journal.add(self.session_id, kind, self._journal_body(record)).uid
            else:
                record_id = self.repository.sessions.save_entry(
                    self.session_id, record, self.therapist_id
                )
        except (StorageError, ValidationError) as error:
            log.warning("%s not saved: %s", kind, error.message)
            raise _Refused(record, error.message) from error
        self.saved.append(Saved(kind, value, record_id, record.phase_index, uid))
        self._done(record, record_id)

    def _journal_body(self, record: Entry) -> dict[str, object]:
        """What the server needs to store ``record`` later, as the repository would."""
        return {
            "value": entry_kind_value(record)[1],
            "moment": record.moment if isinstance(record, events.RecordPain) else None,
            "protocol_id": record.protocol_id,
            "side": record.side,
            "set_number": record.set_number,
            "phase_index": record.phase_index,
            "therapist_id": self.therapist_id or self.repository.acting_therapist_id,
        }

    def _save_cursor(self, moved: events.CursorMoved, key: str | None = None) -> None:
        self._wanted(moved)
        try:
            phase = self._phases[moved.phase_index]
            if self.journal is not None:
                body = {"phase_index": moved.phase_index, "key": key or phase_key(phase)}
                self.journal.add(self.session_id, "cursor", body)
            else:
                self.repository.sessions.set_cursor(
                    self.session_id, moved.phase_index, key or phase_key(phase)
                )
        except StorageError as error:
            # The records are what matter; a stale resume point is only a nuisance.
            log.warning("resume point not saved: %s", error.detail or error.message)
            self._cursor_problem = say(RESUME_POINT_NOT_SAVED, error.message)
            return
        self._done(moved, None)

    def _wanted(self, write: Write) -> None:
        if self.watcher is not None:
            self.watcher.wanted(write)

    def _done(self, write: Write, record_id: int | None) -> None:
        if self.watcher is not None:
            self.watcher.done(write, record_id)
