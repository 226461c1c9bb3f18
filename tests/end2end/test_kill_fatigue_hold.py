"""SIGKILL in the middle of a hold timed to fatigue: the session opens again at that
hold, still counting from when it started, and the time held is saved when it stops."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from console.domain.clock import FakeClock
from console.domain.library import load_library
from console.domain.protocol import Protocol
from console.domain.runner import Timer, elapsed
from console.session import Action, RunnerSession
from console.storage.database import open_database
from console.storage.repository import Repository
from tests.conftest import REPO

START = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)

#: The child: a session of the left side bridge, run to its hold, then left waiting.
CHILD = """
import datetime as dt, sys, time
from pathlib import Path
from console import resources
from console.domain.clock import FakeClock
from console.domain.library import load_library
from console.session import Action, RunnerSession
from console.storage.database import open_database
from console.storage.repository import Repository

moment = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
repo = Repository(open_database(Path(sys.argv[1])), clock=lambda: moment)
patient = repo.patients.create(given_name="Ana", family_name="Kill")
plan = [{"protocol_id": "endurance-side-bridge", "side": "left", "overrides": {}}]
session_id = repo.sessions.start(patient, plan)
library = load_library([(resources.protocols_dir(), True)])
session = RunnerSession.open(repo, session_id, {p.id: p for p in library}, FakeClock(0.0))
session.act(Action.NEXT)  # pain at the start -> position
session.act(Action.NEXT)  # position -> the set-up notes
session.act(Action.NEXT)  # -> the hold, counting
assert session.phase.to_fatigue, session.phase
print("holding", session_id, flush=True)
time.sleep(600)
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Protocol]:
    from console import resources

    return {p.id: p for p in load_library([(resources.protocols_dir(), True)])}


def test_a_killed_hold_counts_on_after_the_restart(
    tmp_path: Path, library: dict[str, Protocol]
) -> None:
    db = tmp_path / "kill.db"
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as child:
        assert child.stdout is not None
        try:
            word, session_id = child.stdout.readline().split()
            assert word == "holding"
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=30) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
                child.wait(timeout=30)
    # The program starts again 40 s later (wall clock); the patient kept holding.
    later = START + dt.timedelta(seconds=40)
    repo = Repository(open_database(db), clock=lambda: later)
    try:
        clock = FakeClock(7.0)
        session = RunnerSession.open(repo, int(session_id), library, clock)
        assert session.phase.to_fatigue and session.state.timer is Timer.RUNNING
        assert elapsed(session.state, session.phases, clock.monotonic()) == pytest.approx(40.0)
        clock.advance(6.0)
        session.act(Action.NEXT)  # the hold drops: 46 s held in all
        holds = [(r.kind, r.value, r.side) for r in repo.sessions.records(int(session_id))]
        assert holds == [("hold", "46", "left")]
    finally:
        repo.close()
