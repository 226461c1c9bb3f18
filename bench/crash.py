"""Kill -9 at random moments during a scripted session; nothing acknowledged is lost.

A child process (``--child DB SEED``) runs sessions through the real storage code
(``Repository`` on ``open_database``) and the runner's own session core
(``RunnerSession`` over the built-in protocols, a fake monotonic clock so phases pass
at once): pain at the start, every hold and relax, a grade after each set, notes now
and then, pain at the end, finish, and the next session. It prints one line per step,
flushed, from the core's write watcher (the harness saves nothing itself):

- ``want <what>`` just before a write is handed to the repository;
- ``ack <what>`` just after the write's commit returned.

``<what>`` is ``session S``, ``record R S KIND VALUE``, ``cursor S I`` or
``finish S``. The harness kills the child with SIGKILL after a random delay, reopens
the database and checks:

1. ``PRAGMA integrity_check`` and the foreign-key check are clean and the audit log's
   hash chain verifies (integrity failure otherwise);
2. every acknowledged record, over all runs so far, is present with its session, kind
   and value (a lost record otherwise);
3. nothing half-written: every record has its audit entry and every session its
   ``create`` entry (both are in the write's transaction; an integrity failure
   otherwise);
4. the resume point: the newest session is still offered for resume (status
   ``running``) unless its finish was at least asked for, and its ``cursor`` is the last
   acknowledged cursor of that session, or the cursor whose write was asked for last
   when the kill came between its commit and its ``ack`` line (0 for a session with no
   cursor acknowledged). Anything else is a resume error.

The next child resumes the same database where the last one stopped, as the runner
does after a crash, so later runs also exercise resuming.

    .venv/bin/python bench/crash.py [--kills 200] [--seed 1] [--keep DIR]

Last line: ``kill runs: N; lost records: L; integrity failures: I; resume errors: E``.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROTOCOLS = ("ue-d1-flexion-hold-relax", "le-d2-flexion-hold-relax")
GRADES = ("3", "3+", "4-", "4", "4+", "5-", "5")

# ----------------------------------------------------------------------------- child


def child(db: Path, seed: int) -> None:
    """Run sessions until killed, printing ``want``/``ack`` around every write."""
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from console.domain.clock import FakeClock
    from console.domain.plan import PhaseKind
    from console.domain.runner import CursorMoved, RecordGrade, RecordNote, RecordPain, Timer
    from console.domain.runner_events import entry_kind_value
    from console.session import Action, RunnerSession, Write
    from console.storage.repository import Repository

    rng = random.Random(seed)

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    specs = _specs()
    repo = Repository.open(db)
    therapists = repo.therapists.all()
    therapist_id = therapists[0].id if therapists else repo.therapists.create("Therapist")
    patients = repo.patients.search("")
    if patients:
        patient_id = patients[0].id
    else:
        patient_id = repo.patients.create(
            given_name="Ana",
            family_name="Crash",
            date_of_birth=dt.date(1970, 1, 1),
            record_number="CRASH-1",
        )
    say("ready")
    clock = FakeClock()
    session_id = 0

    def what(write: Write, record_id: int | None) -> str:
        if isinstance(write, RecordGrade | RecordPain | RecordNote):
            kind, value = entry_kind_value(write)
            return f"record {'?' if record_id is None else record_id} {session_id} {kind} {value}"
        if isinstance(write, CursorMoved):
            return f"cursor {session_id} {write.phase_index}"
        return f"finish {session_id}"

    class Lines:
        """The runner's own writes, told as they are asked for and once committed."""

        def wanted(self, write: Write) -> None:
            say(f"want {what(write, None)}")

        def done(self, write: Write, record_id: int | None) -> None:
            say(f"ack {what(write, record_id)}")

    plan = _plan()
    while True:
        running = repo.sessions.unfinished()
        if running:
            session_id = running[-1].id
        else:
            say("want session ?")
            session_id = repo.sessions.start(patient_id, plan.to_items(), therapist_id)
            say(f"ack session {session_id}")
        session = RunnerSession.open(repo, session_id, specs, clock, watcher=Lines())
        while not session.finished:
            phase = session.phase
            if phase.kind is PhaseKind.DONE:
                session.act(Action.NEXT)  # finishes
            elif phase.kind in (PhaseKind.PAIN_START, PhaseKind.PAIN_END):
                session.enter_pain(rng.randint(0, 10))
            elif phase.kind is PhaseKind.GRADE:
                session.enter_grade(rng.choice(GRADES))
            else:
                if rng.random() < 0.15:
                    session.enter_note(f"note {rng.randint(1, 999)}")
                session.act(Action.NEXT)
                left = session.remaining()
                if session.state.timer is Timer.RUNNING and left is not None:
                    clock.advance(left + 0.01)
                    session.tick()


# --------------------------------------------------------------------------- harness


@dataclass
class Ledger:
    """What the children said, over every run on one database."""

    records: dict[int, tuple[int, str, str]] = field(default_factory=dict)
    cursor: dict[int, int] = field(default_factory=dict)
    finished: set[int] = field(default_factory=set)
    last_session: int | None = None


@dataclass
class RunResult:
    lost: int = 0
    integrity: list[str] = field(default_factory=list)
    resume: list[str] = field(default_factory=list)


@dataclass
class Totals:
    runs: int = 0
    lost: int = 0
    integrity: int = 0
    resume: int = 0
    acknowledged: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"kill runs: {self.runs}; lost records: {self.lost}; "
            f"integrity failures: {self.integrity}; resume errors: {self.resume}"
        )


def read_run(lines: list[str], ledger: Ledger) -> tuple[int | None, str | None]:
    """Fold one run's complete lines into the ledger; returns (wanted cursor, wanted
    finish or session) of the last write left without its ack."""
    wanted_cursor: int | None = None
    wanted: str | None = None
    for line in lines:
        words = line.split()
        if len(words) < 2:
            continue
        if words[0] == "want":
            wanted = words[1]
            wanted_cursor = int(words[3]) if words[1] == "cursor" else None
        elif words[0] == "ack":
            wanted, wanted_cursor = None, None
            if words[1] == "session":
                ledger.last_session = int(words[2])
                ledger.cursor.setdefault(int(words[2]), 0)
            elif words[1] == "record":
                ledger.records[int(words[2])] = (int(words[3]), words[4], " ".join(words[5:]))
            elif words[1] == "cursor":
                ledger.last_session = int(words[2])
                ledger.cursor[int(words[2])] = int(words[3])
            elif words[1] == "finish":
                ledger.finished.add(int(words[2]))
    return wanted_cursor, wanted


@cache
def _specs() -> dict[str, Any]:
    """The two built-in protocols the scripted session runs."""
    from console import resources
    from console.domain.library import load_file

    specs: dict[str, Any] = {}
    for protocol_id in PROTOCOLS:
        result = load_file(resources.protocols_dir() / f"{protocol_id}.toml", builtin=True)
        assert result.protocol is not None, result.errors
        specs[protocol_id] = result.protocol.spec
    return specs


@cache
def _plan() -> Any:
    from console.domain.plan import PlanItem, SessionPlan

    return SessionPlan(
        items=(
            PlanItem(protocol_id=PROTOCOLS[0], side="left"),
            PlanItem(protocol_id=PROTOCOLS[1], side="right"),
        )
    )


def check(db: Path, ledger: Ledger, wanted_cursor: int | None, wanted: str | None) -> RunResult:
    """Reopen the database after a kill and hold it to everything acknowledged."""
    from console.domain.plan import expand, phase_key
    from console.storage import audit
    from console.storage.backend import SqliteConnection
    from console.storage.database import open_database
    from console.storage.errors import StorageError
    from console.storage.integrity import integrity_problems

    result = RunResult()
    if not db.exists():
        result.lost = len(ledger.records)
        return result
    try:
        database = open_database(db)
    except StorageError as error:
        result.integrity.append(f"reopen: {error.message} ({error.detail})")
        result.lost = len(ledger.records)
        return result
    try:
        result.integrity += integrity_problems(database)
        result.integrity += audit.verify_chain(SqliteConnection(database))
        conn = database.conn
        rows = {
            int(r[0]): (int(r[1]), str(r[2]), str(r[3]))
            for r in conn.execute("SELECT id, session_id, kind, value FROM records")
        }
        for record_id, expected in ledger.records.items():
            if rows.get(record_id) != expected:
                result.lost += 1
        audited_records = {
            int(r[0])
            for r in conn.execute(
                "SELECT entity_id FROM audit_log WHERE entity = 'records' AND action = 'record'"
            )
        }
        for record_id in rows.keys() - audited_records:
            result.integrity.append(f"record {record_id} has no audit entry")
        audited_sessions = {
            int(r[0])
            for r in conn.execute(
                "SELECT entity_id FROM audit_log WHERE entity = 'sessions' AND action = 'create'"
            )
        }
        sessions = {
            int(r[0]): (str(r[1]), int(r[2]))
            for r in conn.execute("SELECT id, status, cursor FROM sessions")
        }
        # The index and the key of a resume point are written together: never apart.
        phases = expand(_plan(), _specs())
        for session_id, cursor, key in conn.execute("SELECT id, cursor, cursor_key FROM sessions"):
            if not 0 <= int(cursor) < len(phases):
                result.resume.append(f"session {session_id}: cursor {cursor} is past the plan")
            elif key is not None and phase_key(phases[int(cursor)]) != key:
                result.resume.append(f"session {session_id}: cursor {cursor} and key {key} differ")
        for session_id in sessions.keys() - audited_sessions:
            result.integrity.append(f"session {session_id} has no audit entry")
        result.resume += _resume_problems(sessions, ledger, wanted_cursor, wanted)
    finally:
        database.close()
    return result


def _resume_problems(
    sessions: dict[int, tuple[str, int]],
    ledger: Ledger,
    wanted_cursor: int | None,
    wanted: str | None,
) -> list[str]:
    problems: list[str] = []
    for session_id in ledger.finished:
        if sessions.get(session_id, ("", 0))[0] != "finished":
            problems.append(f"session {session_id} was finished but is not any more")
    newest = max(sessions) if sessions else None
    if newest is None:
        return problems
    status, cursor = sessions[newest]
    if newest != ledger.last_session:
        # Its start was committed but not acknowledged: it must be the one asked for,
        # at its first phase.
        if wanted != "session" and newest not in ledger.cursor:
            problems.append(f"session {newest} appeared without being asked for")
        acked = ledger.cursor.get(newest, 0)
    else:
        acked = ledger.cursor.get(newest, 0)
    if newest in ledger.finished:
        return problems
    if status != "running":
        if wanted != "finish":
            problems.append(f"session {newest} is {status} but its finish was never asked")
        else:  # committed, then killed before its ack: settled now
            ledger.finished.add(newest)
        return problems
    allowed = {acked} | ({wanted_cursor} if wanted_cursor is not None else set())
    if cursor not in allowed:
        problems.append(f"session {newest} resumes at {cursor}, expected one of {sorted(allowed)}")
    # The database now tells which of the allowed points it is; the next run builds on it.
    ledger.last_session = newest
    ledger.cursor[newest] = cursor
    return problems


def _collect(proc: subprocess.Popen[bytes], until: float, buffer: bytearray) -> bool:
    """Read the child's output until the monotonic deadline; True once it said ready."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return b"ready\n" in buffer
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                return b"ready\n" in buffer
            buffer += chunk


def stop_child(proc: subprocess.Popen[bytes], buffer: bytearray) -> bytes:
    """SIGKILL the child if it still runs and add all it wrote to ``buffer``; returns its
    stderr.

    What the child wrote just before the kill is still in the pipe. Dropping it would
    lose the last acks and wants, and with them the very writes that a kill interrupts.
    """
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    rest, err = proc.communicate()
    buffer += rest
    return err


def kill_run(db: Path, seed: int, ledger: Ledger, rng: random.Random) -> RunResult:
    """Start a child, SIGKILL it at a random moment, then check the database."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    buffer = bytearray()
    try:
        if rng.random() < 0.1:  # sometimes while it starts, opens or migrates
            _collect(proc, time.monotonic() + rng.uniform(0.0, 0.6), buffer)
        else:
            start = time.monotonic()
            while not _collect(proc, time.monotonic() + 0.05, buffer):
                if proc.poll() is not None or time.monotonic() - start > 30:
                    break
            _collect(proc, time.monotonic() + rng.uniform(0.0, 0.3), buffer)
    finally:
        err = stop_child(proc, buffer)
    if proc.returncode != -signal.SIGKILL:
        raise RuntimeError(f"the child ended by itself ({proc.returncode}): {err.decode()[-2000:]}")
    text = buffer.decode("utf-8", "replace")
    complete = text.split("\n")[:-1]  # a line cut by the kill has no newline yet
    wanted_cursor, wanted = read_run(complete, ledger)
    return check(db, ledger, wanted_cursor, wanted)


def run(kills: int, seed: int, folder: Path) -> Totals:
    rng = random.Random(seed)
    db = folder / "console.db"
    ledger = Ledger()
    totals = Totals()
    for number in range(1, kills + 1):
        result = kill_run(db, seed * 100_000 + number, ledger, rng)
        totals.runs += 1
        totals.lost += result.lost
        totals.integrity += 1 if result.integrity else 0
        totals.resume += 1 if result.resume else 0
        for problem in result.integrity + result.resume:
            totals.problems.append(f"run {number}: {problem}")
    totals.acknowledged = len(ledger.records)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="run in this folder and keep the database")
    parser.add_argument("--child", nargs=2, metavar=("DB", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
        return
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        totals = run(args.kills, args.seed, args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            totals = run(args.kills, args.seed, Path(tmp))
    for problem in totals.problems:  # every one, above the last line
        print(problem)
    print(f"acknowledged records: {totals.acknowledged}")
    print(f"seconds: {time.perf_counter() - started:.1f}")
    print(totals.line())


if __name__ == "__main__":
    main()
