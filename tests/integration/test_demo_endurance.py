"""Demo data has endurance tests over several sessions: some patients improving, some
with a ratio outside McGill's targets, so the chart shows both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from console.domain.endurance import BUILTIN_TESTS, ratios_of, session_times
from console.storage import demo
from console.storage.database import open_database
from console.storage.demo_endurance import has_endurance_tests, profile
from console.storage.repository import Repository

TODAY = dt.date(2026, 11, 30)


def test_tested_patients_improve_or_show_a_poor_ratio(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.db")
    demo.generate(db, patients=8, sessions=5, seed=3, today=TODAY)
    repo = Repository(db)
    try:
        seen = {"improving": 0, "poor ratio": 0}
        for patient in repo.patients.all():
            sessions = sorted(repo.sessions.for_patient(patient.id), key=lambda s: s.started_at)
            per_session = [
                session_times(repo.sessions.records(s.id), BUILTIN_TESTS) for s in sessions
            ]
            if not has_endurance_tests(patient.id):
                assert all(times == {} for times in per_session)
                continue
            assert all(len(times) == 4 for times in per_session)  # 4 tests every session
            planned = {item["protocol_id"] for item in sessions[-1].plan_snapshot}
            assert planned >= set(BUILTIN_TESTS) - {"endurance-prone-bridge"}
            kind = profile(patient.id)
            seen[kind] += 1
            first, last = per_session[0], per_session[-1]
            latest = {r.name: r.outside for r in ratios_of(last)}
            if kind == "improving":
                assert last[("extensor", "bilateral")] > first[("extensor", "bilateral")]
                assert latest["flexor/extensor"] is False
            else:
                assert latest["flexor/extensor"] is True
                assert latest["right/left side bridge"] is True
        assert seen["improving"] >= 1 and seen["poor ratio"] >= 1
    finally:
        repo.close()
