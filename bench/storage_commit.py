"""A grade committed durably: ``repository.sessions.add_grade`` on a real file, synchronous=FULL.

Each call is its own transaction with its audit entry, as in the runner: the time is
from the call to its return, when the record is on disk. The database is a fresh file
in a temporary folder (or ``--dir``), opened through ``open_database`` (WAL,
``synchronous=FULL``, checked).

    .venv/bin/python bench/storage_commit.py [--commits 300] [--dir PATH]

Last line: ``grade commit median_ms: X``. Target (docs/benchmarks.md): at most 10.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from console.storage.repository import Repository

GRADES = ("3", "3+", "4-", "4", "4+", "5-", "5")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="folder for the database file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        repo = Repository.open(Path(folder) / "bench.db")
        try:
            synchronous = repo.db.execute("PRAGMA synchronous").fetchone()[0]
            journal = repo.db.execute("PRAGMA journal_mode").fetchone()[0]
            patient = repo.patients.create(given_name="Bench", family_name="Patient")
            items = [{"protocol_id": "ue-d1-flexion-hold-relax", "side": "left", "overrides": {}}]
            session = repo.sessions.start(patient, items)
            times: list[float] = []
            for i in range(args.commits):
                start = time.perf_counter()
                repo.sessions.add_grade(
                    session,
                    GRADES[i % len(GRADES)],
                    protocol_id="ue-d1-flexion-hold-relax",
                    side="left",
                    set_number=i % 3 + 1,
                    phase_index=i,
                )
                times.append((time.perf_counter() - start) * 1000)
            stored = len(repo.sessions.records(session))
        finally:
            repo.close()
    if stored != args.commits:
        print(f"only {stored} of {args.commits} grades stored", file=sys.stderr)
        return 1
    times.sort()
    print(
        f"{args.commits} commits, synchronous={synchronous} (2 = FULL), journal={journal}; "
        f"p90 {times[int(len(times) * 0.9)]:.2f} ms, max {times[-1]:.2f} ms"
    )
    print(f"grade commit median_ms: {statistics.median(times):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
