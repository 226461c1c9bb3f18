"""Endurance figures: McGill's ratios against values worked out by hand, the norms and
their populations, the trend of seconds held, the SOAP draft and the home hold rule."""

from __future__ import annotations

import datetime as dt

import pytest

from console.domain.chart import Record, Session
from console.domain.endurance import (
    BUILTIN_TESTS,
    HOME_HOLD_MAX_S,
    NORMS,
    POPULATIONS,
    hold_trend_of,
    home_hold_suggestion,
    latest_times,
    norms_for,
    protocol_tests,
    ratios_of,
    session_times,
    suggested_hold,
)
from console.domain.trends import objective_text


def session(sid: int, day: str) -> Session:
    return Session(
        id=sid,
        patient_id=1,
        therapist_id=None,
        plan_id=None,
        plan_snapshot=[],
        status="finished",
        started_at=f"{day}T09:00:00+01:00",
        ended_at=None,
        cursor=0,
        cursor_at=None,
        signed_at=None,
        signed_by=None,
    )


def hold(rid: int, sid: int, protocol: str, side: str, seconds: int) -> Record:
    return Record(
        rid, sid, "hold", str(seconds), protocol, side, 1, 3, None, None, "2026-01-01", None
    )


def by_name(ratios: list) -> dict[tuple[str, str], tuple[float, bool]]:
    return {(r.name, r.numerator): (round(r.value, 4), r.outside) for r in ratios}


def test_ratios_against_hand_computed_values() -> None:
    # flexor 120 / extensor 150 = 0.8; right 60 / left 80 = 0.75;
    # right 60 / extensor 150 = 0.4; left 80 / extensor 150 = 0.5333.
    times = {
        ("extensor", ""): 150,
        ("flexor", ""): 120,
        ("side-bridge", "right"): 60,
        ("side-bridge", "left"): 80,
    }
    assert by_name(ratios_of(times)) == {
        ("flexor/extensor", "flexor"): (0.8, False),
        ("right/left side bridge", "right"): (0.75, True),
        ("side bridge/extensor", "side bridge right"): (0.4, False),
        ("side bridge/extensor", "side bridge left"): (0.5333, False),
    }


def test_each_target_is_marked_at_its_edge() -> None:
    # flexor 90 / extensor 90 = 1.00: at the limit, outside (target below 1.0).
    # right 84 / left 80 = 1.05: on the edge, inside; 85 / 80 = 1.0625 outside.
    # side 60 / extensor 80 = 0.75: at the limit, outside.
    assert by_name(ratios_of({("extensor", ""): 90, ("flexor", ""): 90}))[
        ("flexor/extensor", "flexor")
    ] == (1.0, True)
    edge = {("side-bridge", "right"): 84, ("side-bridge", "left"): 80}
    assert by_name(ratios_of(edge))[("right/left side bridge", "right")] == (1.05, False)
    past = {("side-bridge", "right"): 85, ("side-bridge", "left"): 80}
    assert by_name(ratios_of(past))[("right/left side bridge", "right")] == (1.0625, True)
    side = {("extensor", ""): 80, ("side-bridge", "left"): 60}
    assert by_name(ratios_of(side))[("side bridge/extensor", "side bridge left")] == (0.75, True)


def test_a_missing_test_leaves_its_ratios_out() -> None:
    assert ratios_of({("flexor", ""): 100}) == []
    assert [r.name for r in ratios_of({("extensor", ""): 100, ("flexor", ""): 50})] == [
        "flexor/extensor"
    ]


def test_norms_are_mcgills_table_and_state_their_population() -> None:
    right_men = norms_for("side-bridge", "right")[0]
    assert (right_men.group, right_men.mean_s, right_men.sd_s) == ("men", 94, 34)
    assert (right_men.low_s, right_men.high_s) == (60, 128)
    extensor = {n.group: (n.mean_s, n.sd_s) for n in norms_for("extensor", None)}
    assert extensor == {"men": (146, 51), "women": (189, 60)}
    assert "31 men, 44 women" in right_men.population
    assert {n.source for n in NORMS} <= set(POPULATIONS)
    assert norms_for("prone-bridge", None)[0].population.startswith("471 college students")


def test_the_trend_keeps_the_longest_hold_of_each_session_per_protocol_and_side() -> None:
    sessions = [session(2, "2026-03-09"), session(1, "2026-03-02")]
    records = [
        hold(1, 1, "endurance-side-bridge", "right", 40),
        hold(2, 1, "endurance-side-bridge", "right", 45),
        hold(3, 2, "endurance-side-bridge", "right", 52),
        hold(4, 2, "trunk-bridging-stabilizing-reversals", "bilateral", 33),
    ]
    trend = hold_trend_of(sessions, records)
    assert trend[("endurance-side-bridge", "right")] == [
        (dt.date(2026, 3, 2), 45),
        (dt.date(2026, 3, 9), 52),
    ]
    assert trend[("trunk-bridging-stabilizing-reversals", "bilateral")] == [
        (dt.date(2026, 3, 9), 33)
    ]
    assert session_times(records[:2], BUILTIN_TESTS) == {("side-bridge", "right"): 45}
    assert latest_times(sessions, records, BUILTIN_TESTS) == {("side-bridge", "right"): 52}


def test_a_clinic_protocol_names_its_test_in_the_file() -> None:
    class Spec:
        id = "clinic-sorensen"
        endurance_test = "extensor"

    assert protocol_tests([Spec()])["clinic-sorensen"] == "extensor"
    assert protocol_tests()["endurance-biering-sorensen"] == "extensor"


def test_the_soap_objective_has_the_times_and_the_ratios() -> None:
    records = [
        hold(1, 1, "endurance-biering-sorensen", "bilateral", 100),
        hold(2, 1, "endurance-side-bridge", "right", 50),
        hold(3, 1, "endurance-side-bridge", "left", 80),
    ]
    titles = {"endurance-side-bridge": "Side bridge", "endurance-biering-sorensen": "Sorensen"}
    text = objective_text(records, titles)
    assert "Sorensen, both sides: held 100 s." in text
    assert "Side bridge, right: held 50 s." in text
    # 50/80 = 0.625 (outside 0.95 to 1.05); 50/100 = 0.50; 80/100 = 0.80 (outside < 0.75).
    assert (
        "Endurance ratios: right/left side bridge 0.62 (target 0.95 to 1.05, outside the target); "
        "right side bridge/extensor 0.50 (target < 0.75); "
        "left side bridge/extensor 0.80 (target < 0.75, outside the target)." in text
    )
    spanish = objective_text(records, titles, "es")
    assert "Side bridge, derecho: mantenido 50 s." in spanish
    assert "Cocientes de resistencia: puente lateral derecho/izquierdo 0.62" in spanish


@pytest.mark.parametrize(("measured", "hold_s"), [(3, 2), (9, 4), (14, 7), (21, 10), (180, 10)])
def test_the_home_hold_rule(measured: int, hold_s: int) -> None:
    assert suggested_hold(measured) == hold_s <= HOME_HOLD_MAX_S


def test_the_side_plank_follows_the_weaker_side_unless_a_side_is_named() -> None:
    latest = {("side-bridge", "right"): 12, ("side-bridge", "left"): 30}
    weaker = home_hold_suggestion("home-side-plank", None, latest)
    assert weaker is not None and (weaker.seconds, weaker.side, weaker.measured_s) == (
        6,
        "right",
        12,
    )
    left = home_hold_suggestion("home-side-plank", "left", latest)
    assert left is not None and left.seconds == 10
    assert home_hold_suggestion("home-curl-up", None, latest) is None  # no flexor test yet
    assert home_hold_suggestion("home-pelvic-tilt", None, latest) is None  # no matching test
