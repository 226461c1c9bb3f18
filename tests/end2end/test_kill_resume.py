"""Kill the session with SIGKILL mid-way, start again: resume at the same step, nothing lost.

A headless scripted session (tests/end2end/scripted_session.py: the real runner
session, storage and domain) acknowledges each commit and waits; the test kills it
after a chosen number of acknowledgements, reopens the database and checks every
acknowledged record and the resume point. Then the app's start-up offer is accepted
and the runner opens at that step with the timer idle.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.domain.runner import Timer
from console.storage.repository import Repository
from console.ui.runner.resume import offer_resume, resume_offer
from console.ui.runner.runner_window import RunnerWindow
from tests.conftest import REPO
from tests.end2end.runner_helpers import make_context

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def run_and_kill(db: Path, acknowledgements: int) -> tuple[int, list[str]]:
    """Start the scripted session, let it commit ``acknowledgements`` times, SIGKILL it."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.end2end.scripted_session", str(db)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        try:
            first = child.stdout.readline().split()
            assert first[0] == "session", first
            session_id = int(first[1])
            while len(lines) < acknowledgements:
                line = child.stdout.readline().strip()
                assert line and line != "done", f"the session ended after {len(lines)} lines"
                lines.append(line)
                if len(lines) < acknowledgements:
                    child.stdin.write("go\n")
                    child.stdin.flush()
            # The child now waits for its go-ahead after a commit: kill it there.
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=30) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
                child.wait(timeout=30)
    return session_id, lines


@pytest.mark.slow
@pytest.mark.parametrize("acknowledgements", [9, 31])
def test_kill_mid_session_then_resume_at_the_same_step_with_nothing_lost(
    qtbot: QtBot, db_path: Path, acknowledgements: int
) -> None:
    session_id, lines = run_and_kill(db_path, acknowledgements)
    acked = [line.split() for line in lines if line.startswith("ack ")]
    cursors = [int(line.split()[1]) for line in lines if line.startswith("cursor ")]
    assert acked and cursors

    repo = Repository.open(db_path)
    try:
        assert repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {record.id: record for record in repo.sessions.records(session_id)}
        for _, kind, value, record_id in acked:
            record = stored[int(record_id)]
            assert (record.kind, record.value.replace(" ", "_")) == (kind, value)
        session = repo.sessions.get(session_id)
        assert session.status == "running"
        assert session.cursor == cursors[-1]
    finally:
        repo.close()

    # The next start offers the session at that step, and resuming opens the runner there.
    context = make_context(db_path)
    offer = resume_offer(context)
    assert offer is not None
    assert (offer.session_id, offer.cursor, offer.entries) == (
        session_id,
        cursors[-1],
        len(acked),
    )
    box = offer_resume(context, None)
    assert box is not None
    qtbot.addWidget(box)
    resume = box.buttons()[0]
    assert resume.text().replace("&", "") == "Resume"
    resume.click()
    qtbot.waitUntil(lambda: isinstance(box.property("runner"), RunnerWindow))
    runner = box.property("runner")
    assert isinstance(runner, RunnerWindow)
    qtbot.addWidget(runner)
    assert runner.session.state.index == cursors[-1]
    assert runner.session.state.timer is Timer.IDLE
    assert [s.record_id for s in runner.session.saved] == []  # nothing entered twice
    runner.leave()
    context.close()
