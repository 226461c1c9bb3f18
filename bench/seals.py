"""Seal benchmark: how long ``check-db`` takes on the storage benchmark's database.

Builds the storage benchmark's database (bench/storage.py: 2,000 patients with 20
sessions of 25 records, 1,000,000 records, and 8,000 more patients) with the
demo-data generator on the real disk, then runs ``pnf-console check-db`` on it in a
fresh process, as an administrator would: SQLite's integrity check, the audit chain,
every row against its audit entry's hash and every signed session against its seal.
Every line the command writes is read and shown. Then one signed grade is changed
with the triggers dropped and the check runs again: it must name it.

Run: ``.venv/bin/python bench/seals.py`` (``--scale 0.1`` for a quick try). Last line:
``check-db s: X; records: N; audit entries: M; tampered found: yes``. Target: X under 30.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.storage import RAM_BACKED, build, filesystem_of  # noqa: E402


def check_db(path: Path) -> tuple[float, list[str], int]:
    """``pnf-console check-db`` in a new process: its time, every line, its exit code."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "check-db", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    seconds = time.perf_counter() - started
    lines = done.stdout.splitlines() + done.stderr.splitlines()
    for line in lines:
        print(f"  {line}")
    return seconds, lines, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--dir", type=Path, default=ROOT, help="where the data goes (real disk)")
    args = parser.parse_args()
    kind = filesystem_of(args.dir)
    if kind in RAM_BACKED:
        print(f"{args.dir} is on {kind} (in memory): give --dir on a real disk", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pnf-seals-", dir=args.dir) as folder:
        path = Path(folder) / "bench.db"
        build(path, args.scale)
        conn = sqlite3.connect(path)
        records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        entries = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        conn.close()
        seconds, _lines, code = check_db(path)
        print(
            f"check-db on {records} records, {entries} audit entries: {seconds:.1f} s, exit {code}"
        )
        if code != 0:
            print("the untouched database did not check out", file=sys.stderr)
            return 1
        conn = sqlite3.connect(path, isolation_level=None)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        grade = conn.execute(
            "SELECT r.id, r.value FROM records AS r JOIN sessions AS s ON s.id = r.session_id "
            "WHERE s.status = 'signed' AND r.kind = 'grade' AND r.value <> '5' LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE records SET value = '5' WHERE id = ?", [grade[0]])
        conn.close()
        _seconds, lines, code = check_db(path)
        found = code == 1 and any(f"grade {grade[1]}, now 5" in line for line in lines)
    print(
        f"check-db s: {seconds:.1f}; records: {records}; audit entries: {entries}; "
        f"tampered found: {'yes' if found else 'no'}"
    )
    return 0 if found else 1


if __name__ == "__main__":
    sys.exit(main())
