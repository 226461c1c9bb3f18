"""SIGKILL at random moments during a scripted session (bench/crash.py, 20 kills)."""

from __future__ import annotations

import importlib.util
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO


def _crash() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_crash", REPO / "bench" / "crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_twenty_kills_lose_nothing_and_resume_at_the_right_step(tmp_path: Path) -> None:
    crash = _crash()
    totals = crash.run(20, 7, tmp_path)
    assert totals.problems == []
    assert totals.line() == (
        "kill runs: 20; lost records: 0; integrity failures: 0; resume errors: 0"
    )
    assert totals.acknowledged > 20  # the kills landed while records were being saved


def _ledger_after_one_run(crash: ModuleType, tmp_path: Path) -> tuple[Path, object]:
    db = tmp_path / "console.db"
    ledger = crash.Ledger()
    import random

    result = crash.kill_run(db, 11, ledger, random.Random(5))
    assert result.lost == 0 and not result.integrity and not result.resume
    return db, ledger


@pytest.mark.slow
def test_the_check_notices_a_lost_record_and_a_wrong_resume_point(tmp_path: Path) -> None:
    crash = _crash()
    db, ledger = _ledger_after_one_run(crash, tmp_path)
    assert ledger.records, "the child saved records before the kill"  # type: ignore[attr-defined]
    record_id = max(ledger.records)  # type: ignore[attr-defined]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM records WHERE replaces_id = ?", [record_id])
    conn.execute("DELETE FROM records WHERE id = ?", [record_id])
    moved = conn.execute(
        "UPDATE sessions SET cursor = cursor + 7 WHERE status = 'running'"
    ).rowcount
    conn.commit()
    conn.close()
    result = crash.check(db, ledger, None, None)
    assert result.lost == 1
    assert any("resumes at" in problem for problem in result.resume) == bool(moved)


def test_the_harness_reads_what_the_child_wrote_just_before_the_kill() -> None:
    crash = _crash()
    # The child writes two lines and waits: nothing has read the pipe yet when it dies.
    script = (
        "import sys, time\n"
        "sys.stdout.write('want record ? 3 grade 4\\nack record 9 3 grade 4\\n')\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write('written\\n'); sys.stderr.flush()\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"written\n"  # both lines are in the pipe now
    buffer = bytearray()
    crash.stop_child(proc, buffer)
    assert proc.returncode == -signal.SIGKILL
    ledger = crash.Ledger()
    crash.read_run(buffer.decode().split("\n")[:-1], ledger)
    assert ledger.records == {9: (3, "grade", "4")}
