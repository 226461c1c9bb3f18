"""Storage benchmark: chart open, search keystroke and durable grade commit.

Builds, in a temporary folder, a database of 2,000 patients with 20 sessions of 25
records each (1,000,000 records) with the demo-data generator, plus 8,000 patients
without sessions so that search runs over 10,000 patients. Then measures:

- chart open: ``repository.charts.patient_chart()`` (patient, sessions with records, SOAP notes and
  amendments, grade and pain trend data, current home program), median over patients;
- search: one ``repository.patients.search()`` call per keystroke, the words varied: the
  first 2 to 6 letters of names and family names drawn from the database, two-word
  searches ("jose nu"), record-number and birth-year digits, and words that match no one;
- grade commit: ``repository.sessions.add_grade()`` with ``synchronous=FULL``, 200 commits.

Each figure is a median with its 95th percentile beside it; the targets apply to both.
The database is on the real disk (a temporary folder inside the project folder, or
``--dir``): the benchmark refuses a RAM-backed folder (tmpfs), where ``synchronous=FULL``
costs nothing. It runs no ANALYZE of its own: the query planner has only the statistics
the program itself keeps (``PRAGMA optimize`` when a connection closes).

Run: ``.venv/bin/python bench/storage.py`` (``--scale 0.1`` for a quick try). The last
line is ``chart open ms: X (p95 A); search ms: Y (p95 B); grade commit median_ms: Z (p95 C)``;
targets 50, 20, 10 ms.
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
SEARCHES = 600
NO_ONE = ("qzx", "wvk", "xyzzy", "jjq", "zzz", "kqw")
RAM_BACKED = {"tmpfs", "ramfs"}
ROOT = Path(__file__).resolve().parent.parent


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _p95_ms(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1] * 1000


def filesystem_of(path: Path) -> str:
    """The type of the filesystem holding ``path`` ("unknown" without /proc)."""
    mounts = Path("/proc/self/mounts")
    if not mounts.is_file():
        return "unknown"
    target = str(path.resolve())
    best, kind = "", "unknown"
    for line in mounts.read_text().splitlines():
        fields = line.split()
        mount = fields[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, fields[2]
    return kind


def search_words(repo: Repository, rng: random.Random, count: int) -> list[str]:
    """What therapists type: prefixes of real names, two words, digits, misses."""
    patients = repo.patients.all()
    words: list[str] = []
    while len(words) < count:
        patient = rng.choice(patients)
        given, family = patient.given_name.split()[0], patient.family_name.split()[0]
        roll = rng.random()
        if roll < 0.4:
            word = family[: rng.randint(2, 6)]
        elif roll < 0.65:
            word = given[: rng.randint(2, 6)]
        elif roll < 0.8:
            word = f"{given[: rng.randint(3, 5)]} {family[: rng.randint(1, 3)]}"
        elif roll < 0.9:
            digits = patient.record_number[-rng.randint(2, 4) :]
            year = str(patient.date_of_birth.year) if patient.date_of_birth else digits
            word = rng.choice((digits, year))
        else:
            word = rng.choice(NO_ONE)
        words.append(word.lower())
    return words


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def build(path: Path, scale: float) -> tuple[int, int]:
    chart_patients = max(10, round(CHART_PATIENTS * scale))
    search_patients = max(chart_patients, round(SEARCH_PATIENTS * scale))
    repo = Repository(open_database(path))  # closed as the demo-data command closes it
    try:
        started = time.perf_counter()
        summary = demo.generate(
            repo.transactions,
            patients=chart_patients,
            sessions=SESSIONS,
            records_per_session=RECORDS_PER_SESSION,
            seed=2026,
            today=dt.date(2026, 11, 26),
        )
        extra = demo.generate(
            repo.transactions, patients=search_patients - chart_patients, sessions=0, seed=2027
        )
        seconds = time.perf_counter() - started
    finally:
        repo.close()
    size_mb = path.stat().st_size / 1e6
    print(
        f"built: {summary.patients + extra.patients} patients, {summary.sessions} sessions, "
        f"{summary.records} records in {seconds:.1f} s ({size_mb:.0f} MB)"
    )
    return chart_patients, search_patients


Figure = tuple[float, float]  # median ms, p95 ms


def measure(path: Path, chart_patients: int) -> tuple[Figure, Figure, Figure]:
    repo = Repository(open_database(path))
    rng = random.Random(7)
    try:
        for patient_id in (1, 2, 3):  # warm the page cache as a running app would be
            repo.charts.patient_chart(patient_id)
        chart_ids = [rng.randint(1, chart_patients) for _ in range(200)]
        chart = [_timed(lambda pid=pid: repo.charts.patient_chart(pid)) for pid in chart_ids]
        sizes = [len(repo.charts.patient_chart(pid).sessions) for pid in chart_ids[:3]]
        print(
            f"chart open: {len(chart)} charts of {sizes[0]} sessions; median "
            f"{_median_ms(chart):.1f} ms, p95 {_p95_ms(chart):.1f} ms, "
            f"max {max(chart) * 1000:.1f} ms"
        )

        words = search_words(repo, rng, SEARCHES)
        search = [_timed(lambda w=word: repo.patients.search(w)) for word in words]
        hits = {w: len(repo.patients.search(w)) for w in dict.fromkeys(words[:5])}
        print(
            f"search: {len(search)} keystrokes, {len(set(words))} different words; median "
            f"{_median_ms(search):.1f} ms, p95 {_p95_ms(search):.1f} ms, "
            f"max {max(search) * 1000:.1f} ms; hits {hits}"
        )

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
        print(
            f"grade commit: {len(commits)} commits; median {_median_ms(commits):.1f} ms, "
            f"p95 {_p95_ms(commits):.1f} ms, max {max(commits) * 1000:.1f} ms"
        )
        return (
            (_median_ms(chart), _p95_ms(chart)),
            (_median_ms(search), _p95_ms(search)),
            (_median_ms(commits), _p95_ms(commits)),
        )
    finally:
        repo.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument(
        "--keep", type=Path, help="build here and keep the database; reuse it if it exists"
    )
    parser.add_argument(
        "--dir", type=Path, default=ROOT, help="build in a temporary folder here (real disk)"
    )
    args = parser.parse_args()
    where = args.keep.parent if args.keep else args.dir
    kind = filesystem_of(where)
    if kind in RAM_BACKED:
        print(f"{where} is on {kind} (in memory): give --dir on a real disk", file=sys.stderr)
        return 2
    print(f"database folder: {where} ({kind})")
    with tempfile.TemporaryDirectory(prefix="pnf-bench-", dir=args.dir) as folder:
        path = args.keep or Path(folder) / "bench.db"
        if args.keep and args.keep.exists():
            chart_patients = max(10, round(CHART_PATIENTS * args.scale))
            print(f"reusing {args.keep}")
        else:
            chart_patients, _ = build(path, args.scale)
        chart, search, commit = measure(path, chart_patients)
    print(
        f"chart open ms: {chart[0]:.1f} (p95 {chart[1]:.1f}); "
        f"search ms: {search[0]:.1f} (p95 {search[1]:.1f}); "
        f"grade commit median_ms: {commit[0]:.1f} (p95 {commit[1]:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
