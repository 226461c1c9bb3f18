"""Clinic-server benchmark: chart open, search keystroke and grade commit on PostgreSQL,
through a network that adds 1 ms each way.

The storage benchmark's data (bench/storage.py: 2,000 patients with 20 sessions of 25
records, 1,000,000 records, and 10,000 patients for search) is built in a database
file with the demo-data generator, then moved onto a throwaway PostgreSQL server with
the program's own ``migrate`` code. The server runs from Debian's binaries with its
data on the real disk and ``fsync`` on, listening on 127.0.0.1 only; the console
reaches it through ``bench/latency_proxy.py``, which delays every packet 1 ms each
way and counts round trips.

The measuring is done by a fresh process (``--measure``), through the real
repository, as a console in a treatment room would: chart open (200 random patients),
search (600 keystrokes, the storage benchmark's words), grade commit (200, each its
own transaction with its audit entry). The round trips of one chart open are counted
at the proxy. Every line the child writes is read and shown.

Run: ``.venv/bin/python bench/server.py`` (``--scale 0.1`` for a quick try). Last line:
``server chart open ms: X; search ms: Y; grade commit median_ms: Z; p95_ms: W; chart
round trips: N``. Targets: chart 50, search 20, commit median 10 and p95 25 (ms).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency_proxy import LatencyProxy  # noqa: E402
from bench.storage import (  # noqa: E402
    GRADE_COMMITS,
    RAM_BACKED,
    SEARCHES,
    _median_ms,
    _p95_ms,
    _timed,
    build,
    filesystem_of,
    search_words,
)

CHARTS = 200


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def measure(url: str, chart_patients: int) -> int:
    """The child: every figure through the repository, one JSON line at the end."""
    from console.storage.repository import Repository

    started = time.perf_counter()
    repo = Repository.open(url)
    print(f"connected in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    rng = random.Random(7)
    try:
        # Round trips of one chart open: the parent counts them at the proxy.
        print("chart-ready", flush=True)
        sys.stdin.readline()
        repo.charts.patient_chart(rng.randint(1, chart_patients))
        print("chart-done", flush=True)
        sys.stdin.readline()
        chart_ids = [rng.randint(1, chart_patients) for _ in range(CHARTS)]
        chart = [_timed(lambda pid=pid: repo.charts.patient_chart(pid)) for pid in chart_ids]
        print(
            f"chart open: {len(chart)} charts; median {_median_ms(chart):.1f} ms, "
            f"p95 {_p95_ms(chart):.1f} ms, max {max(chart) * 1000:.1f} ms",
            flush=True,
        )
        words = search_words(repo, rng, SEARCHES)
        search = [_timed(lambda w=word: repo.patients.search(w)) for word in words]
        print(
            f"search: {len(search)} keystrokes; median {_median_ms(search):.1f} ms, "
            f"p95 {_p95_ms(search):.1f} ms, max {max(search) * 1000:.1f} ms",
            flush=True,
        )
        session = repo.sessions.start(1, [{"protocol_id": "ue-d1-flexion-hold-relax"}])
        commits = [
            _timed(
                lambda n=n: repo.sessions.add_grade(
                    session, "4", protocol_id="ue-d1-flexion-hold-relax", side="left", set_number=n
                )
            )
            for n in range(GRADE_COMMITS)
        ]
        repo.sessions.finish(session)
        print(
            f"grade commit: {len(commits)} commits; median {_median_ms(commits):.1f} ms, "
            f"p95 {_p95_ms(commits):.1f} ms, max {max(commits) * 1000:.1f} ms",
            flush=True,
        )
        figures = {
            "chart": _median_ms(chart),
            "chart_p95": _p95_ms(chart),
            "search": _median_ms(search),
            "search_p95": _p95_ms(search),
            "commit": _median_ms(commits),
            "commit_p95": _p95_ms(commits),
        }
        print("figures " + json.dumps(figures), flush=True)
    finally:
        repo.close()
    return 0


def run_child(url: str, chart_patients: int, proxy: LatencyProxy) -> dict[str, float]:
    child = subprocess.Popen(
        [sys.executable, __file__, "--measure", url, "--chart-patients", str(chart_patients)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    figures: dict[str, float] = {}
    for line in child.stdout:  # every line the child writes
        line = line.rstrip("\n")
        if line == "chart-ready":
            proxy.reset_round_trips()
            child.stdin.write("\n")
            child.stdin.flush()
        elif line == "chart-done":
            figures["round_trips"] = proxy.round_trips
            print(f"chart open: {proxy.round_trips} round trips to the server")
            child.stdin.write("\n")
            child.stdin.flush()
        elif line.startswith("figures "):
            figures.update(json.loads(line.removeprefix("figures ")))
        else:
            print(f"  {line}")
    if child.wait() != 0:
        raise SystemExit(f"the measuring process failed (exit {child.returncode})")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--dir", type=Path, default=ROOT, help="where the data goes (real disk)")
    parser.add_argument("--delay-ms", type=float, default=1.0, help="network delay each way")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--chart-patients", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.measure, args.chart_patients)

    from console.storage.backend import SqliteConnection
    from console.storage.database import open_connection, open_database
    from console.storage.transfer import copy_database
    from tests.server_fixtures import PgServer

    kind = filesystem_of(args.dir)
    if kind in RAM_BACKED:
        print(f"{args.dir} is on {kind} (in memory): give --dir on a real disk", file=sys.stderr)
        return 2
    print(f"data folder: {args.dir} ({kind})")
    with tempfile.TemporaryDirectory(prefix="pnf-srv-", dir=args.dir) as folder:
        base = Path(folder)
        chart_patients, _ = build(base / "bench.db", args.scale)
        pg_folder = base / "pg"
        pg_folder.mkdir()
        import os
        import pwd

        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            os.chown(base, entry.pw_uid, entry.pw_gid)
            os.chown(pg_folder, entry.pw_uid, entry.pw_gid)
        port = free_port()
        server = PgServer(
            pg_folder, port, "127.0.0.1", settings=("fsync=on", "full_page_writes=on")
        )
        server.init()
        server.start()
        try:
            server.admin("CREATE DATABASE bench")
            direct = server.url("bench")
            started = time.perf_counter()
            file = SqliteConnection(open_database(base / "bench.db"))
            target = open_connection(direct)
            try:
                copied = copy_database(file, target)
            finally:
                file.close()
                target.close()
            print(
                f"moved onto the server: {copied.total} rows in "
                f"{time.perf_counter() - started:.1f} s"
            )
            with LatencyProxy(("127.0.0.1", port), delay_s=args.delay_ms / 1000) as proxy:
                url = f"postgresql://pnf@127.0.0.1:{proxy.port}/bench"
                figures = run_child(url, chart_patients, proxy)
        finally:
            server.stop()
    print(
        f"server chart open ms: {figures['chart']:.1f}; search ms: {figures['search']:.1f}; "
        f"grade commit median_ms: {figures['commit']:.1f}; p95_ms: {figures['commit_p95']:.1f}; "
        f"chart round trips: {int(figures['round_trips'])}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
