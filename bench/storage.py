"""Storage benchmark: chart open, search keystroke and durable grade commit.

Builds, in a temporary folder, a database of 2,000 patients with 20 sessions of 25
records each (1,000,000 records) with the demo-data generator, plus 8,000 patients
without sessions so that search runs over 10,000 patients. Then measures:

- chart open: ``repository.charts.patient_chart()`` (patient, sessions with records, SOAP notes and
  amendments, grade and pain trend data, current home program), median over patients;
- search: one ``repository.patients.search()`` call with a 3 or 4 letter prefix, median;
- grade commit: ``repository.sessions.add_grade()`` with ``synchronous=FULL``, 200 commits, median.

Run: ``.venv/bin/python bench/storage.py`` (``--scale 0.1`` for a quick try). The last
line is ``chart open ms: X; search ms: Y; grade commit median_ms: Z``; targets 50, 20, 10.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from console.storage import demo
from console.storage.database import open_database
from console.storage.repository import Repository

CHART_PATIENTS = 2_000
SESSIONS = 20
RECORDS_PER_SESSION = 25
SEARCH_PATIENTS = 10_000
GRADE_COMMITS = 200
PREFIXES = ("mar", "jos", "peñ", "nuñ", "garc", "zoe", "lucí", "smit", "ine", "ramo", "d000", "198")


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def build(path: Path, scale: float) -> tuple[int, int]:
    chart_patients = max(10, round(CHART_PATIENTS * scale))
    search_patients = max(chart_patients, round(SEARCH_PATIENTS * scale))
    db = open_database(path)
    try:
        started = time.perf_counter()
        summary = demo.generate(
            db,
            patients=chart_patients,
            sessions=SESSIONS,
            records_per_session=RECORDS_PER_SESSION,
            seed=2026,
            today=dt.date(2026, 11, 26),
        )
        extra = demo.generate(db, patients=search_patients - chart_patients, sessions=0, seed=2027)
        seconds = time.perf_counter() - started
        db.execute("ANALYZE")
    finally:
        db.close()
    size_mb = path.stat().st_size / 1e6
    print(
        f"built: {summary.patients + extra.patients} patients, {summary.sessions} sessions, "
        f"{summary.records} records in {seconds:.1f} s ({size_mb:.0f} MB)"
    )
    return chart_patients, search_patients


def measure(path: Path, chart_patients: int) -> tuple[float, float, float]:
    repo = Repository(open_database(path))
    rng = random.Random(7)
    try:
        for patient_id in (1, 2, 3):  # warm the page cache as a running app would be
            repo.charts.patient_chart(patient_id)
        chart_ids = [rng.randint(1, chart_patients) for _ in range(200)]
        chart = [_timed(lambda pid=pid: repo.charts.patient_chart(pid)) for pid in chart_ids]
        sizes = [len(repo.charts.patient_chart(pid).sessions) for pid in chart_ids[:3]]
        slowest = max(chart) * 1000
        print(f"chart open: {len(chart)} charts of {sizes[0]} sessions; max {slowest:.1f} ms")

        search = []
        for _ in range(20):
            for prefix in PREFIXES:
                search.append(_timed(lambda p=prefix: repo.patients.search(p)))
        hits = {p: len(repo.patients.search(p)) for p in PREFIXES[:4]}
        print(f"search: {len(search)} keystrokes, max {max(search) * 1000:.1f} ms; hits {hits}")

        session = repo.sessions.start(1, [{"protocol_id": "ue-d1-flexion-hold-relax"}])
        commits = [
            _timed(
                lambda n=n: repo.sessions.add_grade(
                    session,
                    "4",
                    protocol_id="ue-d1-flexion-hold-relax",
                    side="left",
                    set_number=n,
                )
            )
            for n in range(GRADE_COMMITS)
        ]
        repo.sessions.finish(session)
        print(f"grade commit: {len(commits)} commits, max {max(commits) * 1000:.1f} ms")
        return _median_ms(chart), _median_ms(search), _median_ms(commits)
    finally:
        repo.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument(
        "--keep", type=Path, help="build here and keep the database; reuse it if it exists"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pnf-bench-") as folder:
        path = args.keep or Path(folder) / "bench.db"
        if args.keep and args.keep.exists():
            chart_patients = max(10, round(CHART_PATIENTS * args.scale))
            print(f"reusing {args.keep}")
        else:
            chart_patients, _ = build(path, args.scale)
        chart, search, commit = measure(path, chart_patients)
    print(
        f"chart open ms: {chart:.1f}; search ms: {search:.1f}; grade commit median_ms: {commit:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
