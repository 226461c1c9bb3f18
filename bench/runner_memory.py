"""Resident memory after a 60-minute session on the real runner screen.

The runner window (1920x1080, offscreen) runs a 4,144 s session: 8 sets of 49
hold/relax cycles (6 s, 3.5 s) with 60 s between sets, a grade after each set, pain at
the start and the end, a note per set; every entry and every phase change is committed
to a real database file. The clock is a FakeClock moved 0.5 s before each poll, so the
hour passes in well under a minute, with every poll, tick, repaint and commit of the
real hour's phases (at 1/25 of the repaints).

    .venv/bin/python bench/runner_memory.py

Last line: ``runner memory rss_mb: X peak_mb: Y``. Target (DESIGN.md): at most 200 MB
after a 60-minute session.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from console.domain.clock import FakeClock
from console.domain.plan import Overrides, PhaseKind, PlanItem, SessionPlan, expand
from console.domain.protocol import Protocol, ProtocolFile
from console.session import Action, RunnerSession
from console.storage.repository import Repository
from console.ui.runner.runner_window import RunnerWindow
from console.ui.shell.none_guard import keep_none_alive

STEP_S = 0.5


def hour_protocol() -> ProtocolFile:
    steps = [{"kind": "position", "instruction": "Supine.", "hands": "Palm and forearm."}]
    for _ in range(49):
        steps.append({"kind": "hold", "seconds": 6, "instruction": "Hold.", "command": "Hold!"})
        steps.append(
            {"kind": "relax", "seconds": 3.5, "instruction": "Relax.", "command": "Relax."}
        )
    return ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": "hour-cycles",
            "title": {"en": "One hour of holds"},
            "kind": "pnf",
            "region": "upper-extremity",
            "pattern": "D1 flexion",
            "technique": "hold-relax",
            "summary": "Long session.",
            "sets": 8,
            "rest_between_sets_s": 60,
            "grade_after": "set",
            "steps": steps,
        }
    )


def memory_mb() -> tuple[float, float]:
    """(resident now, peak resident) in MB, from /proc/self/status."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def main() -> int:
    keep_none_alive()
    app = QApplication(sys.argv[:1])
    spec = hour_protocol()
    plan = SessionPlan(items=(PlanItem(protocol_id=spec.id, side="left", overrides=Overrides()),))
    phases = expand(plan, {spec.id: spec})
    total = sum(p.duration_s or 0.0 for p in phases if p.timed)
    with tempfile.TemporaryDirectory() as folder:
        repository = Repository.open(Path(folder) / "hour.db")
        patient = repository.patients.create(given_name="Memory", family_name="Bench")
        session_id = repository.sessions.start(patient, plan.to_items())
        clock = FakeClock(10_000.0)
        session = RunnerSession(repository, session_id, phases, clock, resume_at=0)
        window = RunnerWindow(session, protocols={spec.id: Protocol(spec=spec, path=Path(folder))})
        window.timer.stop()  # the loop below polls instead, on the fake clock
        window.resize(1920, 1080)
        window.show()
        app.processEvents()
        start_rss, _ = memory_mb()
        started = time.perf_counter()
        polls = 0
        session.key("4")  # pain 4 at the start
        while session.phase.kind is not PhaseKind.DONE:
            phase = session.phase
            if phase.kind is PhaseKind.GRADE:
                session.enter_note(f"Set {phase.set_number}: steady holds")
                session.key("4")
                session.key("+")
            elif phase.kind is PhaseKind.PAIN_END:
                session.key("2")
            elif not phase.timed:
                session.act(Action.NEXT)
            clock.advance(STEP_S)
            window.poll()
            app.processEvents()
            polls += 1
        app.processEvents()
        rss, peak = memory_mb()
        records = len(repository.sessions.records(session_id))
        window.close()
        window.deleteLater()
        del window  # before the application goes, so Qt deletes it, not the wrapper
        app.processEvents()
        repository.close()
    print(
        f"{total:.0f} s of timed phases, {len(phases)} phases, {polls} polls in "
        f"{time.perf_counter() - started:.0f} s; {records} records; "
        f"resident at start {start_rss:.0f} MB"
    )
    print(f"runner memory rss_mb: {rss:.0f} peak_mb: {peak:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
