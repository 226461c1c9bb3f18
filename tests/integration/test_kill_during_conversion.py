"""SIGKILL during encryption, decryption and restore: the database opens afterwards,
whole, as before or as after, never neither."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.storage import backup, encryption
from tests.conftest import REPO
from tests.storage_helpers import PLAN, add_patient, make_repo

PASSPHRASE = "kill test passphrase"

CONVERT = """
import sys
from pathlib import Path
from console.storage import encryption
path, old, new = Path(sys.argv[1]), sys.argv[2] or None, sys.argv[3] or None
print("go", flush=True)
encryption.convert(path, old=old, new=new)
print("done", flush=True)
"""

RESTORE = """
import sys
from pathlib import Path
from console.storage import backup
print("go", flush=True)
backup.restore(Path(sys.argv[2]), Path(sys.argv[1]))
print("done", flush=True)
"""


def _records(db_path: Path) -> int:
    repo = make_repo(db_path)
    session = repo.sessions.start(add_patient(repo), PLAN)
    for n in range(600):
        repo.sessions.add_note(session, f"note {n} " + "x" * 300)
    count = len(repo.sessions.records(session))
    repo.close()
    return count


def _run_and_kill(script: str, args: list[str], delay: float) -> bool:
    """Start the script, kill it ``delay`` seconds after it says go; True if it ended
    by itself first."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go"
    deadline = time.monotonic() + delay
    finished = False
    while time.monotonic() < deadline:
        try:
            proc.wait(timeout=0.005)  # poll the child, no sleep
            finished = True
            break
        except subprocess.TimeoutExpired:
            continue
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    return finished


def _open_count(db_path: Path) -> int:
    """Records in the database as it now is, plain or encrypted."""
    try:
        db = encryption.open_any(db_path)
    except Exception:
        db = encryption.open_any(db_path, passphrase=PASSPHRASE)
    try:
        return int(db.execute("SELECT count(*) FROM records").fetchone()[0])
    finally:
        db.close()


@pytest.mark.slow
def test_kills_during_conversion_leave_a_whole_database(tmp_path: Path) -> None:
    db_path = tmp_path / "console.db"
    count = _records(db_path)
    started = time.monotonic()
    encryption.convert(db_path, old=None, new=PASSPHRASE)
    took = time.monotonic() - started
    encryption.convert(db_path, old=PASSPHRASE, new=None)
    rng = random.Random(3)
    killed = 0
    for _ in range(10):
        encrypted = encryption.file_kind(db_path) == "encrypted"
        old, new = (PASSPHRASE, "") if encrypted else ("", PASSPHRASE)
        if not _run_and_kill(CONVERT, [str(db_path), old, new], rng.uniform(0, took * 1.5)):
            killed += 1
        assert encryption.file_kind(db_path) in ("plain", "encrypted")
        assert _open_count(db_path) == count
    assert killed  # some kills landed while it worked


@pytest.mark.slow
def test_kills_during_restore_leave_a_whole_database(tmp_path: Path) -> None:
    db_path = tmp_path / "console.db"
    count = _records(db_path)
    saved = tmp_path / "saved.db"
    repo = make_repo(db_path)
    backup.write_backup(repo.db, saved)
    repo.sessions.add_note(1, "after the backup")
    repo.close()
    started = time.monotonic()
    backup.restore(saved, db_path)
    took = time.monotonic() - started
    rng = random.Random(4)
    killed = 0
    for _ in range(8):
        if not _run_and_kill(RESTORE, [str(db_path), str(saved)], rng.uniform(0, took * 1.5)):
            killed += 1
        assert _open_count(db_path) in (count, count + 1)
    assert killed
