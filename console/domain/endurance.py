"""Trunk endurance: the standard timed tests, their published healthy times, the ratios
clinicians compare, a hold timed to fatigue carried over a crash, and the home hold
suggested from a measured time (docs/endurance.md).

Pure values and functions: the chart, the SOAP draft, the home program editor and the
runner core all read them from here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from console.domain.chart import Record, Session
from console.domain.plan import HOLD_MARK, Phase
from console.domain.runner_state import RunnerState, Timer

TestName = Literal["extensor", "flexor", "side-bridge", "prone-bridge"]

#: The built-in test protocols and the test each one times. A clinic's own protocol
#: names its test with the file's ``endurance_test`` field (``protocol_tests``).
BUILTIN_TESTS: Mapping[str, TestName] = {
    "endurance-biering-sorensen": "extensor",
    "endurance-trunk-flexor": "flexor",
    "endurance-side-bridge": "side-bridge",
    "endurance-prone-bridge": "prone-bridge",
}

MCGILL_1999 = (
    "McGill SM, Childs A, Liebenson C. Endurance times for low back stabilization "
    "exercises: clinical targets for testing and training from a normal database. "
    "Arch Phys Med Rehabil. 1999;80(8):941-944."
)
MCGILL_LBD = (
    "McGill S. Low Back Disorders: Evidence-Based Prevention and Rehabilitation. 3rd ed. "
    "Champaign, IL: Human Kinetics; 2016."
)
BIERING_SORENSEN_1984 = (
    "Biering-Sørensen F. Physical measurements as risk indicators for low-back trouble "
    "over a one-year period. Spine. 1984;9(2):106-119."
)
STRAND_2014 = (
    "Strand SL, Hjelm J, Shoepe TC, Fajardo MA. Norms for an isometric muscle endurance "
    "test. J Hum Kinet. 2014;40:93-102."
)

#: Who each source measured (the chart states it beside the range).
POPULATIONS: Mapping[str, str] = {
    MCGILL_1999: "75 healthy young adults (31 men, 44 women) tested in a university laboratory",
    STRAND_2014: "471 college students, about 20 years old (194 men, 277 women)",
    BIERING_SORENSEN_1984: "449 men aged 30 to 60 from Glostrup, Denmark",
}


@dataclass(frozen=True)
class Norm:
    """A published healthy time: mean and standard deviation in seconds, for one group."""

    test: TestName
    side: str | None  # "right" / "left" for the side bridge, else None
    group: Literal["men", "women"]
    mean_s: float
    sd_s: float
    source: str

    @property
    def low_s(self) -> float:
        return max(0.0, self.mean_s - self.sd_s)

    @property
    def high_s(self) -> float:
        return self.mean_s + self.sd_s

    @property
    def population(self) -> str:
        return POPULATIONS[self.source]


NORMS: tuple[Norm, ...] = (
    Norm("extensor", None, "men", 146, 51, MCGILL_1999),
    Norm("extensor", None, "women", 189, 60, MCGILL_1999),
    Norm("flexor", None, "men", 144, 76, MCGILL_1999),
    Norm("flexor", None, "women", 149, 99, MCGILL_1999),
    Norm("side-bridge", "right", "men", 94, 34, MCGILL_1999),
    Norm("side-bridge", "right", "women", 72, 31, MCGILL_1999),
    Norm("side-bridge", "left", "men", 97, 35, MCGILL_1999),
    Norm("side-bridge", "left", "women", 77, 35, MCGILL_1999),
    Norm("prone-bridge", None, "men", 124, 72, STRAND_2014),
    Norm("prone-bridge", None, "women", 83, 63, STRAND_2014),
)

#: Biering-Sørensen (1984): men holding the extensor test less than this were more
#: likely to have a first episode of low-back trouble in the following year.
EXTENSOR_RISK_BELOW_S = 176


def norms_for(test: TestName, side: str | None) -> list[Norm]:
    wanted = side if test == "side-bridge" else None
    return [n for n in NORMS if n.test == test and n.side == wanted]


# ----------------------------------------------------------------------- ratios


@dataclass(frozen=True)
class Ratio:
    """One of McGill's ratios for one session, and whether it misses his target."""

    name: Literal["flexor/extensor", "right/left side bridge", "side bridge/extensor"]
    numerator: str
    denominator: str
    value: float
    target: str
    outside: bool


#: McGill's targets (Low Back Disorders): flexor/extensor below 1.0; right and left side
#: bridge within 5 % of each other; either side bridge below 0.75 of the extensor time.
FLEXOR_EXTENSOR_MAX = 1.0
SIDE_SIDE_TOLERANCE = 0.05
SIDE_EXTENSOR_MAX = 0.75

Times = Mapping[tuple[TestName, str], int]


def ratios_of(times: Times) -> list[Ratio]:
    """The ratios the session's times allow (a test not done leaves its ratios out).

    ``times`` maps (test, side) to seconds; the side is "right" / "left" for the side
    bridge and "" (or any) for the others."""
    by_test: dict[tuple[str, str], int] = {}
    for (test, side), seconds in times.items():
        by_test[(test, side if test == "side-bridge" else "")] = seconds
    ext = by_test.get(("extensor", ""))
    flex = by_test.get(("flexor", ""))
    right = by_test.get(("side-bridge", "right"))
    left = by_test.get(("side-bridge", "left"))
    out: list[Ratio] = []
    if flex and ext:
        value = flex / ext
        out.append(
            Ratio(
                "flexor/extensor",
                "flexor",
                "extensor",
                value,
                "< 1.00",
                value >= FLEXOR_EXTENSOR_MAX,
            )
        )
    if right and left:
        value = right / left
        outside = abs(value - 1.0) > SIDE_SIDE_TOLERANCE + 1e-9
        out.append(Ratio("right/left side bridge", "right", "left", value, "0.95 to 1.05", outside))
    if ext:
        for side, time in (("right", right), ("left", left)):
            if time:
                value = time / ext
                out.append(
                    Ratio(
                        "side bridge/extensor",
                        f"side bridge {side}",
                        "extensor",
                        value,
                        "< 0.75",
                        value >= SIDE_EXTENSOR_MAX,
                    )
                )
    return out


# ------------------------------------------------------------------------ trends


def protocol_tests(protocols: Iterable[object] = ()) -> dict[str, TestName]:
    """Protocol id -> test: the built-in ones and any protocol whose file names one."""
    found: dict[str, TestName] = dict(BUILTIN_TESTS)
    for protocol in protocols:
        spec = getattr(protocol, "spec", protocol)
        test = getattr(spec, "endurance_test", None)
        if test is not None:
            found[str(getattr(spec, "id", ""))] = test
    return found


def _day(timestamp: str | None) -> dt.date | None:
    return dt.date.fromisoformat(timestamp[:10]) if timestamp else None


HoldTrend = dict[tuple[str, str], list[tuple[dt.date, int]]]


def hold_trend_of(sessions: Sequence[Session], records: Sequence[Record]) -> HoldTrend:
    """Per (protocol id, side), one point per session: the longest hold that session."""
    started = {session.id: _day(session.started_at) for session in sessions}
    best: dict[tuple[str, str], dict[int, int]] = {}
    for record in records:
        if record.kind != "hold" or started.get(record.session_id) is None:
            continue
        per = best.setdefault((record.protocol_id or "", record.side or ""), {})
        per[record.session_id] = max(int(record.value), per.get(record.session_id, 0))
    order = sorted(sessions, key=lambda s: (s.started_at or "", s.id))
    trend: HoldTrend = {}
    for key, per in best.items():
        trend[key] = [
            (day, per[s.id]) for s in order if s.id in per and (day := started[s.id]) is not None
        ]
    return trend


def session_times(
    records: Iterable[Record], tests: Mapping[str, TestName]
) -> dict[tuple[TestName, str], int]:
    """The longest time of each test (and side) among one session's hold records."""
    times: dict[tuple[TestName, str], int] = {}
    for record in records:
        test = tests.get(record.protocol_id or "")
        if record.kind != "hold" or test is None:
            continue
        key = (test, record.side or "")
        times[key] = max(int(record.value), times.get(key, 0))
    return times


# --------------------------------------------------------------- home hold rule

#: Home exercises that train what a test measures (McGill's "big three" and others).
HOME_EXERCISE_TESTS: Mapping[str, TestName] = {
    "home-side-plank": "side-bridge",
    "home-curl-up": "flexor",
    "home-bird-dog": "extensor",
    "home-prone-multifidus": "extensor",
}

#: McGill's ceiling for an endurance hold: short holds of about 10 s, endurance built by
#: adding holds, not lengthening them (Low Back Disorders; the side plank handout).
HOME_HOLD_MAX_S = 10
HOME_HOLD_MIN_S = 2


@dataclass(frozen=True)
class HoldSuggestion:
    seconds: int
    measured_s: int
    test: TestName
    side: str
    rule: str


HOME_HOLD_RULE = (
    "Half the latest measured time of the matching test, whole seconds, at least 2 s and "
    "never more than 10 s: McGill's short endurance holds, progressed by adding holds."
)


def suggested_hold(measured_s: int) -> int:
    """The home hold for a measured endurance time (``HOME_HOLD_RULE``)."""
    return max(HOME_HOLD_MIN_S, min(HOME_HOLD_MAX_S, measured_s // 2))


def home_hold_suggestion(
    exercise_id: str,
    side: str | None,
    latest: Mapping[tuple[TestName, str], int],
) -> HoldSuggestion | None:
    """The suggestion for one home exercise from the latest times, or None when no test
    matches the exercise or none was measured. For the side bridge the weaker of the
    measured sides is used unless ``side`` names one."""
    test = HOME_EXERCISE_TESTS.get(exercise_id)
    if test is None:
        return None
    if test == "side-bridge":
        sides = [side] if side in ("right", "left") else ["right", "left"]
        found = [(latest[(test, s)], s) for s in sides if (test, s) in latest]
        if not found:
            return None
        measured, which = min(found)
    else:
        matches = [v for (t, _s), v in latest.items() if t == test]
        if not matches:
            return None
        measured, which = matches[0], ""
    return HoldSuggestion(suggested_hold(measured), measured, test, which, HOME_HOLD_RULE)


def latest_times(
    sessions: Sequence[Session], records: Sequence[Record], tests: Mapping[str, TestName]
) -> dict[tuple[TestName, str], int]:
    """Each test's time (and side) from the latest session that measured it."""
    order = sorted(sessions, key=lambda s: (s.started_at or "", s.id))
    by_session: dict[int, list[Record]] = {}
    for record in records:
        by_session.setdefault(record.session_id, []).append(record)
    latest: dict[tuple[TestName, str], int] = {}
    for session in order:
        latest.update(session_times(by_session.get(session.id, []), tests))
    return latest


# ------------------------------------------------------------- resume mid-hold


def hold_key(key: str, running: bool, elapsed_s: float) -> str:
    """A resume key that also says a hold timed to fatigue was counting (or paused)."""
    return f"{key}{HOLD_MARK}{'running' if running else 'paused'}:{elapsed_s:.3f}"


def parse_hold_key(key: str | None) -> tuple[bool, float] | None:
    """(running, elapsed seconds) from a key made by ``hold_key``; None otherwise."""
    if not key or HOLD_MARK not in key:
        return None
    tail = key.partition(HOLD_MARK)[2]
    how, _, seconds = tail.partition(":")
    try:
        value = float(seconds)
    except ValueError:
        return None
    if how not in ("running", "paused") or not math.isfinite(value) or value < 0:
        return None
    return how == "running", value


def resumed_hold(
    state: RunnerState,
    phase: Phase,
    running: bool,
    elapsed_s: float,
    since_s: float,
    now: float,
) -> RunnerState:
    """The state of a hold timed to fatigue that was counting when the program stopped
    ``since_s`` seconds ago (wall clock). A running hold counts on from its start, as
    the patient kept holding; one that would have passed its cap meanwhile, or a phase
    that is no longer such a hold, waits idle for the therapist to time it again. A
    paused hold stays paused at the time it had."""
    if not phase.to_fatigue or phase.duration_s is None:
        return state
    cap = phase.duration_s
    held = elapsed_s + (max(0.0, since_s) if running else 0.0)
    if held >= cap:
        return state
    if running:
        left = cap - held
        countdown = max(0, min(3, math.ceil(left) - 1))
        return replace(
            state, timer=Timer.RUNNING, target=now + left, remaining=None, countdown=countdown
        )
    return replace(state, timer=Timer.PAUSED, target=None, remaining=cap - held)


# ------------------------------------------------ a hold switched from the runner


def to_fatigue_phase(phase: Phase) -> Phase:
    """The same hold, timed to fatigue: counting up to its step's cap."""
    if phase.step is None or phase.to_fatigue:
        return phase
    return replace(phase, to_fatigue=True, duration_s=float(phase.step.cap))


def continue_as_fatigue(
    state: RunnerState, phase: Phase, ran_s: float | None, now: float
) -> RunnerState:
    """The runner's state once the current hold is timed to fatigue: a hold that was
    counting down goes on counting up from the time it has already run."""
    if state.timer is Timer.IDLE or phase.duration_s is None:
        return replace(state, extra_s=0.0)
    left = max(0.0, phase.duration_s - (ran_s or 0.0))
    if state.timer is Timer.PAUSED:
        return replace(state, remaining=left, extra_s=0.0, countdown=0)
    countdown = max(0, min(3, math.ceil(left) - 1))
    return replace(state, target=now + left, extra_s=0.0, countdown=countdown)
