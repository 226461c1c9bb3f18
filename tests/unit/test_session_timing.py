"""A 60-minute session on a fake clock: every phase ends within one tick, zero drift.

Run by the session core the runner window drives, on a real database file: every
phase change saves the resume point as in the treatment room."""

from __future__ import annotations

import random
from pathlib import Path

from console.domain.clock import FakeClock
from console.domain.plan import Overrides, PhaseKind, PlanItem
from console.domain.runner import Cue, Timer
from console.session import Action
from tests.unit.runner_builders import phases_for, protocol, step, stored_session

MAX_TICK_S = 0.045


def long_session() -> tuple[PlanItem, ...]:
    return (
        PlanItem(
            protocol_id="cycles",
            side="right",
            overrides=Overrides(sets=8, rest_between_sets_s=60),
        ),
    )


def test_a_sixty_minute_session_ends_every_phase_on_time_with_zero_drift(
    tmp_path: Path,
) -> None:
    # 50 hold/relax cycles of 6 s + 3.5 s per set (475 s), 8 sets, 60 s between sets:
    # 8 * 475 + 7 * 60 = 4220 s, all timed, run by one Next and the ticks alone.
    cycles = [s for _ in range(50) for s in (step("hold", 6), step("relax", 3.5))]
    proto = protocol("cycles", cycles, grade_after="never")
    phases = phases_for([proto], *long_session())
    timed = [p for p in phases if p.timed]
    total = sum(p.duration_s or 0.0 for p in timed)
    assert total >= 3600
    assert [p.kind for p in phases[:2]] == [PhaseKind.PAIN_START, PhaseKind.HOLD]

    clock = FakeClock(start=1000.0)
    session = stored_session(tmp_path / "hour.db", [proto], *long_session(), clock=clock)
    assert session.phases == phases
    cues: list[Cue] = []
    session.play = cues.append
    session.act(Action.NEXT)  # the session starts at the opening pain prompt
    session.act(Action.NEXT)  # past it: the first hold starts now
    start = clock.monotonic()
    first_target = session.state.target

    ticks = random.Random(20261126)
    while session.phase.kind is not PhaseKind.PAIN_END:
        clock.advance(ticks.uniform(0.010, MAX_TICK_S))
        session.tick()
        assert session.state.timer is Timer.RUNNING or session.phase.kind is PhaseKind.PAIN_END
    cursor = session.repository.sessions.get(session.session_id).cursor
    session.repository.close()
    assert cursor == session.state.index  # the resume point followed every phase

    ended = session.ended
    assert [e.phase_index for e in ended] == [p.index for p in timed]
    for end in ended:
        lateness = end.actual - end.target
        assert 0 <= lateness < MAX_TICK_S
    # Each phase started at the previous phase's target: no lateness carried over.
    assert first_target == start + timed[0].duration_s  # type: ignore[operator]
    expected = start
    for phase, end in zip(timed, ended, strict=True):
        expected += phase.duration_s  # type: ignore[operator]
        assert end.target == expected
    assert ended[-1].target == start + total  # zero drift over the whole session
    assert clock.monotonic() - start - total < MAX_TICK_S

    countdowns = [e for e in cues if e.kind == "countdown"]
    # 6 s holds and 60 s rests hear 3-2-1; 3.5 s relaxes hear 3-2-1 as well.
    assert len(countdowns) == 3 * len(timed)
