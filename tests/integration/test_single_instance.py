"""One program per database: a second start says so and exits; two databases are fine."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.storage.errors import DatabaseInUse
from console.storage.instance_lock import InstanceLock, lock_path
from console.ui.shell.instance_claim import claim_database, second_instance_box
from tests.conftest import REPO


def _app(db: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "console.cli", "--db", str(db), *extra],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_lock(db: Path, pid: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            if lock_path(db).read_text().strip() == str(pid):
                return
        except FileNotFoundError:
            pass
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.05)  # poll: it must keep running
    raise AssertionError("the first program never took the lock")


@pytest.mark.slow
def test_a_second_program_on_the_same_database_is_refused(tmp_path: Path) -> None:
    first_db, other_db = tmp_path / "a" / "console.db", tmp_path / "b" / "console.db"
    first = _app(first_db)
    try:
        _wait_for_lock(first_db, first.pid, first)
        second = _app(first_db, "--smoke-test")
        _out, err = second.communicate(timeout=120)
        assert second.returncode == 2
        assert "already open in another PNF Console" in err
        assert str(first_db) in err
        assert first.poll() is None  # the first one is still running
        beside = _app(other_db, "--smoke-test")  # a second therapist, another database
        beside.communicate(timeout=120)
        assert beside.returncode == 0
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=60)
    # Killed without a chance to tidy up: the lock went with the process.
    after = _app(first_db, "--smoke-test")
    after.communicate(timeout=120)
    assert after.returncode == 0


def test_the_lock_is_per_database_and_released(db_path: Path, tmp_path: Path) -> None:
    held = InstanceLock(db_path)
    held.acquire()
    with pytest.raises(DatabaseInUse) as refused:
        InstanceLock(db_path).acquire()
    assert str(os.getpid()) in (refused.value.detail or "")
    with InstanceLock(tmp_path / "other.db") as other:
        assert other.held
    held.release()
    with InstanceLock(db_path) as again:
        assert again.held


def test_claim_says_why_without_a_dialog(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with InstanceLock(db_path):
        assert claim_database(db_path, dialogs=False) is None
    assert "already open in another PNF Console" in capsys.readouterr().err
    lock = claim_database(db_path, dialogs=False)
    assert lock is not None and lock.held
    lock.release()


def test_the_message_box_says_it_plainly(qtbot: QtBot, db_path: Path) -> None:
    box = second_instance_box(DatabaseInUse(), db_path)
    qtbot.addWidget(box)
    assert box.text() == "PNF Console is already open on this database."
    assert str(db_path) in box.informativeText()
    assert "Nothing was changed" in box.informativeText()
