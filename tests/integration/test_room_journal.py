"""The treatment room's journal on the clinic server: entries kept in the room first,
sent in order, stored once; a console killed while offline sends them at its next
start; a network cut in the middle of a commit stores nothing twice; an entry the
server will not take is kept and listed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.latency_proxy import LatencyProxy

from console.domain.clock import FakeClock
from console.domain.plan import PhaseKind
from console.session import Action, RunnerSession
from console.storage.journal import Journal
from console.storage.journal_sender import JournalSender
from console.storage.repository import Repository
from console.storage.server_backend import ServerConnection
from tests.server_fixtures import tcp_server
from tests.storage_helpers import PLAN, add_patient, make_repo

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closing() -> Iterator[list[Repository | JournalSender]]:
    """Repositories and senders a test opened, closed after it."""
    opened: list[Repository | JournalSender] = []
    yield opened
    for thing in reversed(opened):
        if isinstance(thing, JournalSender):
            thing.stop()
            thing.journal.close()
        else:
            thing.close()


def _sender(journal_path: Path, url: str, repo: Repository) -> JournalSender:
    return JournalSender(Journal(journal_path), url, lambda: Repository.open(url), now=repo.now)


def _specs() -> dict[str, object]:
    from bench.crash import _specs as specs

    return dict(specs())


def _run_some(session: RunnerSession, entries: int) -> None:
    """Pain at the start, then a note at each step until ``entries`` were entered (a
    grade where the step asks for one), moving on through holds and relaxations."""
    clock = session.clock
    assert isinstance(clock, FakeClock)
    entered = 0
    while entered < entries and not session.finished:
        kind = session.phase.kind
        if kind in (PhaseKind.PAIN_START, PhaseKind.PAIN_END):
            assert session.enter_pain(3)
        elif kind is PhaseKind.GRADE:
            assert session.enter_grade(("3", "4-", "4", "4+")[entered % 4])
        else:
            assert session.enter_note(f"note {entered}")
            session.act(Action.NEXT)
            left = session.remaining()
            if left is not None:
                clock.advance(left + 0.01)
                session.tick()
        entered += 1


def _uids(repo: Repository, session_id: int) -> list[tuple[str | None, str, str]]:
    rows = repo.transactions.all(
        "SELECT entry_uid, kind, value FROM records WHERE session_id = ? ORDER BY id",
        [session_id],
    )
    return [(row["entry_uid"], row["kind"], row["value"]) for row in rows]


def test_entries_are_kept_in_the_room_then_stored_once_in_order(
    server_url: str, tmp_path: Path, closing: list[Repository | JournalSender]
) -> None:
    repo = make_repo(server_url)
    closing.append(repo)
    patient = add_patient(repo)
    session_id = repo.sessions.start(patient, PLAN)
    sender = _sender(tmp_path / "journal.db", server_url, repo)
    closing.append(sender)
    session = RunnerSession.open(repo, session_id, _specs(), FakeClock(), journal=sender)
    _run_some(session, 4)
    assert [s.record_id for s in session.saved] == [None] * len(session.saved)
    assert sender.waiting > 0
    assert _uids(repo, session_id) == []  # nothing sent yet: the runner did not wait

    assert sender.send_waiting()
    assert sender.send_waiting()  # a second pass sends nothing again
    stored = _uids(repo, session_id)
    assert stored == [(s.uid, s.kind, s.value) for s in session.saved]
    assert sender.waiting == 0
    assert repo.sessions.get(session_id).cursor == session.state.index
    assert repo.audit.verify_chain() == []


_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from console.domain.clock import FakeClock
from console.session import RunnerSession
from console.storage.journal import Journal
from console.storage.journal_sender import JournalSender
from console.storage.repository import Repository
from tests.integration.test_room_journal import _run_some, _specs

url, dead, journal, session_id = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
repo = Repository.open(url)
sender = JournalSender(Journal(__import__("pathlib").Path(journal)), url,
                       lambda: Repository.open(dead), now=repo.now).start()
session = RunnerSession.open(repo, session_id, _specs(), FakeClock(), journal=sender)
_run_some(session, 6)
for saved in session.saved:
    print("ack", saved.uid, flush=True)
print("done", flush=True)
time.sleep(600)
"""


def test_a_console_killed_while_offline_sends_its_journal_at_the_next_start(
    server_url: str, tmp_path: Path, closing: list[Repository | JournalSender]
) -> None:
    repo = make_repo(server_url)
    closing.append(repo)
    patient = add_patient(repo)
    session_id = repo.sessions.start(patient, PLAN)
    journal = tmp_path / "journal.db"
    dead = "postgresql://pnf@127.0.0.1:9/nowhere?connect_timeout=2"  # nothing listens
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(_CHILD.format(root=str(ROOT))))
    acked = []
    with subprocess.Popen(
        [sys.executable, str(script), server_url, dead, str(journal), str(session_id)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ack"):
                acked.append(line.split()[1])
            if line.startswith("done"):
                break
        os.kill(child.pid, signal.SIGKILL)
    assert len(acked) == 6  # kept in the room only
    assert _uids(repo, session_id) == []

    sender = _sender(journal, server_url, repo)  # the next start, online again
    closing.append(sender)
    assert sender.waiting >= len(acked)
    assert sender.send_waiting()
    assert [uid for uid, _kind, _value in _uids(repo, session_id)] == acked
    assert sender.waiting == 0


def _free_port() -> int:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        return int(spare.getsockname()[1])


def test_a_network_cut_in_the_middle_of_a_commit_stores_the_entry_once(
    tmp_path: Path, closing: list[Repository | JournalSender]
) -> None:
    with tcp_server(_free_port()) as server, LatencyProxy(("127.0.0.1", server.port)) as proxy:
        direct = server.url("postgres")
        url = f"postgresql://pnf@127.0.0.1:{proxy.port}/postgres"
        repo = make_repo(direct)
        patient = add_patient(repo)
        session_id = repo.sessions.start(patient, PLAN)
        journal = Journal(tmp_path / "journal.db")
        for value in ("3", "4", "5"):
            body = {"value": value, "protocol_id": "ue-d1-flexion-hold-relax", "side": "left"}
            journal.add(url, session_id, "grade", {**body, "set_number": 1}, repo.now())

        cut_once = []

        def cut_after_commit(connection: ServerConnection) -> None:
            """The COMMIT reaches the server, its answer never comes back."""
            commit = connection.commit

            def commit_then_cut() -> None:
                commit()
                if not cut_once:
                    cut_once.append(True)
                    proxy.cut()
                    raise_gone()

            connection.commit = commit_then_cut  # type: ignore[method-assign]

        def raise_gone() -> None:
            from console.storage.errors import ServerGone

            raise ServerGone(detail="cut after the commit")

        def connect() -> Repository:
            opened = Repository.open(url)
            assert isinstance(opened.conn, ServerConnection)
            cut_after_commit(opened.conn)
            return opened

        sender = JournalSender(journal, url, connect, now=repo.now)
        closing.append(sender)
        assert not sender.send_waiting()  # the first grade's answer was lost
        assert not sender.online
        assert sender.waiting == 3
        proxy.restore()
        assert sender.send_waiting()
        stored = _uids(repo, session_id)
        assert [value for _uid, _kind, value in stored] == ["3", "4", "5"]
        assert len({uid for uid, _kind, _value in stored}) == 3
        assert sender.online and sender.waiting == 0
        sender.stop()
        repo.close()


def test_an_entry_the_server_will_not_take_is_kept_and_listed(
    server_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    closing: list[Repository | JournalSender],
) -> None:
    repo = make_repo(server_url)
    closing.append(repo)
    patient = add_patient(repo)
    session_id = repo.sessions.start(patient, PLAN)
    journal_path = tmp_path / "journal.db"
    journal = Journal(journal_path)
    journal.add(server_url, 999, "note", {"value": "gone session"}, repo.now())
    journal.add(server_url, session_id, "note", {"value": "kept"}, repo.now())
    sender = JournalSender(journal, server_url, lambda: Repository.open(server_url), now=repo.now)
    closing.append(sender)
    assert sender.send_waiting()
    assert [value for _uid, _kind, value in _uids(repo, session_id)] == ["kept"]
    (refused,) = journal.undeliverable()
    assert refused.session_id == 999 and "no session number 999" in (refused.problem or "")
    assert sender.refused == 1 and sender.waiting == 0
    assert sender.send_waiting()
    assert len(journal.undeliverable()) == 1  # kept, never dropped

    from console.cli import main

    assert main(["journal", "--file", str(journal_path)]) == 1
    out = capsys.readouterr().out
    assert "session 999" in out and "note" in out and "no session number 999" in out
