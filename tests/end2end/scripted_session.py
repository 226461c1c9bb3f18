"""A session run headless through the runner's session core, storage and domain.

    python -m tests.end2end.scripted_session DB

Creates a patient and a session running the three-protocol test plan, then works
through it as a therapist would (pain at the start, every timer run out on a fake
clock, a pain score during the first hold, a note on each move, a grade at every
prompt). After each commit it prints one acknowledgement line and waits for a line on
stdin before going on, so the test decides exactly when to kill it:

    session 1
    ack pain 5 1
    cursor 1
    ...

``ack KIND VALUE RECORD_ID`` is printed once the record is committed, ``cursor N``
once the resume point is. At the end it prints ``done`` and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from console.domain.clock import FakeClock
from console.domain.library import load_library
from console.domain.plan import PhaseKind
from console.domain.runner import CursorMoved, RecordGrade, RecordNote, RecordPain, Timer
from console.domain.runner_events import entry_kind_value
from console.session import Action, RunnerSession, Write
from console.storage.repository import Repository
from tests.end2end.runner_helpers import PLAN, RUNNER_PROTOCOLS

GRADES = ["4+", "3-", "5", "4"]


class Acknowledging:
    """Prints an acknowledgement after each commit, then waits for the go-ahead."""

    def wanted(self, write: Write) -> None:
        pass

    def done(self, write: Write, record_id: int | None) -> None:
        if isinstance(write, RecordGrade | RecordPain | RecordNote):
            kind, value = entry_kind_value(write)
            acknowledge(f"ack {kind} {value.replace(' ', '_')} {record_id}")
        elif isinstance(write, CursorMoved):
            acknowledge(f"cursor {write.phase_index}")


def acknowledge(line: str) -> None:
    print(line, flush=True)
    if not sys.stdin.readline():
        raise SystemExit(0)  # the test closed our input: stop here


def main(db: Path) -> None:
    library = load_library([(RUNNER_PROTOCOLS, False)])
    protocols = {protocol.id: protocol for protocol in library}
    repository = Repository.open(db)
    patient = repository.patients.create(given_name="Kill", family_name="Test")
    session_id = repository.sessions.start(patient, PLAN)
    print(f"session {session_id}", flush=True)
    clock = FakeClock(500.0)
    session = RunnerSession.open(repository, session_id, protocols, clock, watcher=Acknowledging())
    grades = iter(GRADES)
    noted: set[int] = set()
    pain_during = False
    while session.phase.kind is not PhaseKind.DONE:
        phase = session.phase
        if phase.kind in (PhaseKind.PAIN_START, PhaseKind.PAIN_END):
            session.key("5" if phase.kind is PhaseKind.PAIN_START else "2")
        elif phase.kind is PhaseKind.GRADE:
            grade = next(grades)
            for key in grade:
                session.key(key)
            if len(grade) == 1:
                session.act(Action.NEXT)
        elif phase.timed:
            if session.state.timer is Timer.IDLE:
                session.act(Action.NEXT)
            if phase.kind is PhaseKind.HOLD and not pain_during:
                session.act(Action.PAIN)
                session.key("3")
                pain_during = True
            clock.advance((session.remaining() or 0.0) + 0.01)
            session.tick()
        else:
            if phase.kind is PhaseKind.MOVE and phase.item_index not in noted:
                noted.add(phase.item_index or 0)
                session.enter_note(f"Note on item {phase.item_index}")
            session.act(Action.NEXT)
    print("done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
