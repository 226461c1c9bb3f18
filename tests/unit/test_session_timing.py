"""A 60-minute session on a fake clock: every phase ends within one tick, zero drift."""

from __future__ import annotations

import random

from console.domain.clock import FakeClock
from console.domain.plan import Overrides, PhaseKind, PlanItem
from console.domain.runner import Cue, PhaseEnded, Timer
from console.domain.session_driver import SessionDriver
from tests.unit.runner_builders import phases_for, protocol, step

MAX_TICK_S = 0.045


def long_session() -> tuple[PlanItem, ...]:
    return (
        PlanItem(
            protocol_id="cycles",
            side="right",
            overrides=Overrides(sets=8, rest_between_sets_s=60),
        ),
    )


def test_a_sixty_minute_session_ends_every_phase_on_time_with_zero_drift() -> None:
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
    effects: list[object] = []
    driver = SessionDriver(phases, clock, effects.append)
    driver.start()
    driver.next()  # past the opening pain prompt: the first hold starts now
    start = clock.monotonic()
    first_target = driver.state.target

    ticks = random.Random(20261126)
    while driver.phase.kind is not PhaseKind.PAIN_END:
        clock.advance(ticks.uniform(0.010, MAX_TICK_S))
        driver.tick()
        assert driver.state.timer is Timer.RUNNING or driver.phase.kind is PhaseKind.PAIN_END

    ended = [e for e in effects if isinstance(e, PhaseEnded)]
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

    countdowns = [e for e in effects if isinstance(e, Cue) and e.kind == "countdown"]
    # 6 s holds and 60 s rests hear 3-2-1; 3.5 s relaxes hear 3-2-1 as well.
    assert len(countdowns) == 3 * len(timed)
