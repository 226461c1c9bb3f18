"""Eight treatment rooms on one clinic server while the server and the network fail.

Eight console processes (``--child``) each run scripted sessions for their own patient
through the code the runner window uses: ``RunnerSession`` (the runner core) with the
room's ``JournalSender`` (its journal on this computer, forwarded to the server in the
background), over ``Repository`` on the server. Each child reaches the server through
one ``LatencyProxy`` (1 ms each way) in front of a throwaway PostgreSQL server on
127.0.0.1 (tests/server_fixtures.py; data in /tmp, on the disk). Children print:

- ``ack UID SESSION KIND VALUE WALL MS``: the runner confirmed an entry (``MS``: from the
  key to the confirmation, i.e. the journal's commit);
- ``seen UID WALL``: the sender's commit of that entry on the server returned;
- ``session S`` when a session starts, ``ready`` once the child is connected.

Meanwhile the harness, at random, restarts the server with an immediate shutdown (a
crash: every connection drops), cuts the network (the proxy refuses and drops every
connection) and restores it, and kills a console with SIGKILL and starts it again (it
drains what its journal kept). At the end, with the network up, it waits for the
journals to drain and checks the server: every acknowledged entry is there exactly once
(``lost``, ``duplicates``), with the session, kind and value acknowledged (``silent
overwrites``: a stored entry that differs from what the room confirmed), in the order
taken in each session; no journal holds a refused entry; and ``pnf-console check-db``
on the server verifies the audit chain and the seals.

``ack p95_ms`` is over every entry; ``visible p95_ms`` (acknowledged in the room to
committed on the server) over the entries whose way did not cross a fault (a cut, a
server restart, or its room's console being killed).

    .venv/bin/python bench/rooms.py [--minutes 5] [--seed 1] [--rooms 8]

Last line: ``rooms: 8; entries: N; lost: 0; duplicates: 0; silent overwrites: 0; ack
p95_ms: X; visible p95_ms: Y``.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import itertools
import os
import random
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GRADES = ("3", "3+", "4-", "4", "4+", "5-", "5")
#: ``pnf-console`` itself, run by the interpreter of this venv.
CHECK_DB = "import sys; from console.cli import main; sys.exit(main(sys.argv[1:]))"

# ----------------------------------------------------------------------------- child


def child(url: str, room: int, journal_path: Path, seed: int) -> None:
    """Run sessions for this room's patient until killed."""
    from bench.crash import _plan, _specs

    from console.domain.clock import FakeClock
    from console.domain.plan import PhaseKind
    from console.domain.runner import Timer
    from console.session import Action, RunnerSession
    from console.storage.errors import ServerGone, ServerUnreachable, StorageError
    from console.storage.journal import Journal, JournalEntry
    from console.storage.journal_sender import JournalSender
    from console.storage.repository import Repository

    closing = threading.Event()  # SIGUSR1: the run is over, take no more entries
    signal.signal(signal.SIGUSR1, lambda *_: closing.set())
    faulthandler.register(signal.SIGUSR2, all_threads=True)  # where it waits, if stuck
    rng = random.Random(seed)
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def connect() -> Repository:
        repository = Repository.open(url)
        repository.rooms.room = f"Room {room}"
        return repository

    def seen(entry: JournalEntry, record_id: int | None) -> None:
        if entry.kind not in ("cursor", "finish"):
            say(f"seen {entry.uid} {time.time():.4f}")

    def online(call, gone_only=False):  # type: ignore[no-untyped-def]
        """``call(repository)`` on a live connection, however long the server is away
        (``gone_only``: any other refusal is raised)."""
        nonlocal repo
        tries = 0
        while True:
            try:
                if repo is None:
                    repo = connect()
                return call(repo)
            except StorageError as error:
                if gone_only and not isinstance(error, ServerGone | ServerUnreachable):
                    raise
                tries += 1
                if tries % 50 == 1:  # said on stderr, where the harness reads it
                    print(f"try {tries}: {type(error).__name__}: {error.message}", file=sys.stderr)
                if repo is not None:
                    with contextlib.suppress(Exception):  # already gone
                        repo.close()
                repo = None
                time.sleep(0.2)

    repo: Repository | None = None
    patient_id = online(lambda r: r.patients.search(f"ROOM-{room}")[0].id)
    therapist_id = online(lambda r: r.therapists.all()[0].id)
    stamp = online(lambda r: r.now)
    sender = JournalSender(
        Journal(journal_path), "clinic", connect, now=stamp, on_delivered=seen
    ).start()
    while sender.waiting:  # what a killed run kept goes first (its finish, too)
        time.sleep(0.05)
    say("ready")
    specs, plan = _specs(), _plan()
    clock = FakeClock()

    def start() -> int:
        running = [
            s for s in online(lambda r: r.sessions.unfinished()) if s.patient_id == patient_id
        ]
        if running:
            return running[0].id
        return int(online(lambda r: r.sessions.start(patient_id, plan.to_items(), therapist_id)))

    while not closing.is_set():
        session_id = start()
        say(f"session {session_id}")
        try:
            session = online(
                lambda r, s=session_id: RunnerSession.open(r, s, specs, clock, journal=sender),
                gone_only=True,
            )
        except StorageError:  # its finish arrived from the journal meanwhile: the next one
            continue
        while not session.finished and not closing.is_set():
            before = len(session.saved)
            began = time.perf_counter()
            phase = session.phase
            if phase.kind is PhaseKind.DONE:
                session.act(Action.NEXT)
            elif phase.kind in (PhaseKind.PAIN_START, PhaseKind.PAIN_END):
                session.enter_pain(rng.randint(0, 10))
            elif phase.kind is PhaseKind.GRADE:
                session.enter_grade(rng.choice(GRADES))
            else:
                if rng.random() < 0.3:
                    session.enter_note(f"room {room} note {rng.randint(1, 99999)}")
                session.act(Action.NEXT)
                left = session.remaining()
                if session.state.timer is Timer.RUNNING and left is not None:
                    clock.advance(left + 0.01)
                    session.tick()
            took_ms = (time.perf_counter() - began) * 1000
            assert session.unsaved is None, session.problem
            for saved in session.saved[before:]:
                say(
                    f"ack {saved.uid} {session_id} {saved.kind} {saved.value.replace(' ', '_')} "
                    f"{time.time():.4f} {took_ms:.3f}"
                )
            time.sleep(rng.uniform(0.03, 0.12))  # the therapist's hands
    while sender.waiting:
        time.sleep(0.05)
    say("idle")
    time.sleep(3600)


# --------------------------------------------------------------------------- harness


@dataclass
class Acked:
    session: int
    kind: str
    value: str
    at: float
    ms: float
    room: int


@dataclass
class Ledger:
    acked: dict[str, Acked] = field(default_factory=dict)
    order: dict[int, list[str]] = field(default_factory=dict)
    seen: dict[str, float] = field(default_factory=dict)
    faults: list[tuple[float, float, int | None]] = field(default_factory=list)
    stderr_lines: int = 0
    tracebacks: int = 0
    other_lines: int = 0
    deaths: int = 0
    idle: int = 0
    idle_rooms: set[int] = field(default_factory=set)

    def read(self, room: int, line: str) -> None:
        words = line.split()
        if not words:
            return
        if words[0] == "ack":
            uid, session, kind, value, at, ms = words[1:7]
            self.acked[uid] = Acked(int(session), kind, value, float(at), float(ms), room)
            self.order.setdefault(int(session), []).append(uid)
        elif words[0] == "seen":
            self.seen.setdefault(words[1], float(words[2]))
        elif words[0] == "idle":
            self.idle += 1
            self.idle_rooms.add(room)
        elif words[0] not in ("ready", "session"):
            self.other_lines += 1

    def crossed_fault(self, entry: Acked, until: float) -> bool:
        return any(
            start <= until and entry.at <= end and (room is None or room == entry.room)
            for start, end, room in self.faults
        )


class Console:
    """One room's console process; its output read line by line as it comes."""

    def __init__(self, room: int, url: str, journal: Path, seed: int, ledger: Ledger) -> None:
        self.room, self.url, self.journal, self.seed, self.ledger = room, url, journal, seed, ledger
        self.proc: subprocess.Popen[bytes] | None = None
        self._out = bytearray()
        self._err = bytearray()
        #: Its last lines on stderr (shown when it dies by itself).
        self.err_lines: list[str] = []

    def start(self) -> None:
        self.seed += 1000
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--child", self.url, str(self.room), str(self.journal),
             str(self.seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )  # fmt: skip

    def fds(self) -> list[int]:
        if self.proc is None:
            return []
        assert self.proc.stdout is not None and self.proc.stderr is not None
        return [self.proc.stdout.fileno(), self.proc.stderr.fileno()]

    def take(self, fd: int) -> bool:
        """Read what is waiting on ``fd``; False at its end."""
        chunk = os.read(fd, 65536)
        assert self.proc is not None and self.proc.stdout is not None
        buffer = self._out if fd == self.proc.stdout.fileno() else self._err
        buffer += chunk
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            text = line.decode(errors="replace")
            if buffer is self._out:
                self.ledger.read(self.room, text)
            else:
                self.ledger.stderr_lines += 1
                self.err_lines = [*self.err_lines[-40:], text]
                if text.startswith("Traceback"):
                    self.ledger.tracebacks += 1
        return bool(chunk)

    def close(self) -> None:
        """Ask it to take no more entries and say ``idle`` once its journal is empty."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGUSR1)

    def kill(self) -> None:
        """SIGKILL, then read to the end of what it wrote before dying."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        for fd in self.fds():
            while self.take(fd):
                pass
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.proc.stdout.close()
        self.proc.stderr.close()
        self.proc = None


def pump(consoles: list[Console], seconds: float) -> None:
    """Read every console's output for ``seconds``."""
    until = time.monotonic() + seconds
    while (left := until - time.monotonic()) > 0:
        owners = {fd: c for c in consoles for fd in c.fds()}
        ready, _, _ = select.select(list(owners), [], [], min(left, 0.1))
        for fd in ready:
            owners[fd].take(fd)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def prepare(url: str, rooms: int) -> None:
    import datetime as dt

    from console.storage.repository import Repository

    repo = Repository.open(url)  # the superuser: the schema is made at this version
    repo.therapists.create("Therapist")
    for room in range(1, rooms + 1):
        repo.patients.create(
            given_name="Room",
            family_name=f"Patient {room}",
            date_of_birth=dt.date(1970, 1, room),
            record_number=f"ROOM-{room}",
        )
    repo.close()


def run(minutes: float, seed: int, rooms: int) -> str:
    import psycopg
    from bench.latency_proxy import LatencyProxy

    from console.storage.journal import Journal
    from tests.server_fixtures import tcp_server

    rng = random.Random(seed)
    ledger = Ledger()
    folder = Path(tempfile.mkdtemp(prefix="pnf-rooms-"))
    with (
        tcp_server(free_port()) as server,
        LatencyProxy(("127.0.0.1", server.port), delay_s=0.001) as proxy,
    ):
        direct = server.url("postgres")
        prepare(direct, rooms)
        url = f"postgresql://pnf@127.0.0.1:{proxy.port}/postgres?connect_timeout=3"
        consoles = [
            Console(room, url, folder / f"journal-{room}.db", seed * 100 + room, ledger)
            for room in range(1, rooms + 1)
        ]
        for console in consoles:
            console.start()
        ends = time.monotonic() + minutes * 60
        faults = {"server": 0, "network": 0, "kill": 0}
        while time.monotonic() < ends:
            pump(consoles, rng.uniform(3.0, 9.0))
            for console in consoles:
                if console.proc is not None and console.proc.poll() is not None:
                    ledger.deaths += 1  # died by itself: its stderr says why
                    console.kill()
                    print(f"room {console.room} died:", *console.err_lines, sep="\n  ")
                    console.start()
            what = rng.choice(("server", "network", "kill", "kill"))
            faults[what] += 1
            began = time.time()
            if what == "server":
                server.stop("immediate")
                pump(consoles, rng.uniform(0.2, 2.0))
                server.start()
                ledger.faults.append((began, time.time() + 0.5, None))
            elif what == "network":
                proxy.cut()
                pump(consoles, rng.uniform(0.2, 3.0))
                proxy.restore()
                ledger.faults.append((began, time.time() + 0.5, None))
            else:
                console = rng.choice(consoles)
                console.kill()
                pump(consoles, rng.uniform(0.1, 1.0))
                console.start()
                ledger.faults.append((began, time.time() + 3.0, console.room))
        # The network is up: no more entries; every journal drains. A console started
        # just now is given the time to be ready first.
        pump(consoles, 5.0)
        for console in consoles:
            console.close()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (
            ledger.idle < len(consoles) or set(ledger.acked) - set(ledger.seen)
        ):
            pump(consoles, 0.5)
        if set(ledger.acked) - set(ledger.seen):
            print(f"not delivered after 120 s: {len(set(ledger.acked) - set(ledger.seen))}")
        for console in consoles:
            if console.room not in ledger.idle_rooms and console.proc is not None:
                os.kill(console.proc.pid, signal.SIGUSR2)
                pump(consoles, 1.0)
                print(f"room {console.room} never said idle; its threads:")
                print(*console.err_lines[-40:], sep="\n  ")
        for console in consoles:
            console.kill()
        with psycopg.connect(direct) as conn:
            stored = conn.execute(
                "SELECT entry_uid, session_id, kind, value, id FROM records "
                "WHERE entry_uid IS NOT NULL ORDER BY id"
            ).fetchall()
        check = subprocess.run(
            [sys.executable, "-c", CHECK_DB, "check-db", "--db", direct],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    journals = [Journal(folder / f"journal-{room}.db") for room in range(1, rooms + 1)]
    refused = sum(len(journal.undeliverable()) for journal in journals)

    count: dict[str, int] = {}
    where: dict[str, tuple[int, str, str]] = {}
    position: dict[str, int] = {}
    for uid, session, kind, value, record_id in stored:
        count[uid] = count.get(uid, 0) + 1
        where[uid] = (int(session), kind, value.replace(" ", "_"))
        position.setdefault(uid, int(record_id))
    lost = sum(1 for uid in ledger.acked if uid not in count)
    for uid, entry in ledger.acked.items():
        if uid not in count:
            kept = [
                (e.delivered_at, e.record_id, e.problem)
                for e in journals[entry.room - 1]._select("WHERE uid = ?", [uid])
            ]
            print(f"lost: {uid} {entry} seen at {ledger.seen.get(uid)}; in its journal: {kept}")
    # Kept in a journal, then the console was killed before its ack line: stored, fine.
    unconfirmed = sum(1 for uid in count if uid not in ledger.acked)
    duplicates = sum(n - 1 for n in count.values())
    overwrites = sum(
        1
        for uid, entry in ledger.acked.items()
        if uid in where and where[uid] != (entry.session, entry.kind, entry.value)
    )
    out_of_order = sum(
        1
        for uids in ledger.order.values()
        for a, b in itertools.pairwise(uids)
        if a in position and b in position and position[a] > position[b]
    )
    acks = [entry.ms for entry in ledger.acked.values()]
    visible = [
        (ledger.seen[uid] - entry.at) * 1000
        for uid, entry in ledger.acked.items()
        if uid in ledger.seen and not ledger.crossed_fault(entry, ledger.seen[uid])
    ]
    print(
        f"faults: {faults['server']} server restarts, {faults['network']} network cuts, "
        f"{faults['kill']} consoles killed; entries visible outside faults: {len(visible)}"
    )
    print(
        f"out of order: {out_of_order}; refused in journals: {refused}; stored but killed "
        f"before its ack line: {unconfirmed}; child lines not "
        f"understood: {ledger.other_lines}; child stderr lines: {ledger.stderr_lines} "
        f"(tracebacks: {ledger.tracebacks}); consoles that died by themselves: {ledger.deaths}"
    )
    print(f"check-db: exit {check.returncode}: {check.stdout.strip().splitlines()[-1:]}")
    if check.returncode != 0:
        print(check.stdout + check.stderr)
    return (
        f"rooms: {rooms}; entries: {len(ledger.acked)}; lost: {lost}; duplicates: {duplicates}; "
        f"silent overwrites: {overwrites}; ack p95_ms: {p95(acks):.1f}; "
        f"visible p95_ms: {p95(visible):.0f}"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rooms", type=int, default=8)
    args = parser.parse_args()
    print(run(args.minutes, args.seed, args.rooms), flush=True)


if __name__ == "__main__":
    main()
