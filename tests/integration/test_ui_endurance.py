"""Endurance in the chart: the Endurance page of the trends (tests with their healthy
range and its population, other holds, ratios marked outside the target), the session
comparison and the SOAP draft, on a real database with hold records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAreaSeries
from pytestqt.qtbot import QtBot

from console.ui.patients.chart_page import ChartPage
from console.ui.shell.context import AppContext
from tests.integration.ui_helpers import TZ, Clock, add_patient, make_context, open_repo

SORENSEN = "endurance-biering-sorensen"
FLEXOR = "endurance-trunk-flexor"
SIDE = "endurance-side-bridge"
BRIDGING = "trunk-bridging-stabilizing-reversals"

#: Three weekly sessions: (extensor, flexor, side right, side left, resistive bridging).
WEEKS = [(60, 70, 30, 45, 20), (80, 75, 42, 50, 28), (100, 80, 55, 58, 35)]


@pytest.fixture
def patient(db_path: Path) -> tuple[int, list[int]]:
    clock = Clock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=TZ))
    repo = open_repo(db_path, clock)
    try:
        patient_id = add_patient(repo, diagnosis="low back pain with spasm")
        plan = [
            {"protocol_id": SIDE, "side": "right", "overrides": {}},
            {"protocol_id": SIDE, "side": "left", "overrides": {}},
            {"protocol_id": SORENSEN, "side": "bilateral", "overrides": {}},
        ]
        sessions = []
        for week, (ext, flex, right, left, bridging) in enumerate(WEEKS):
            clock.moment = dt.datetime(2026, 11, 2 + 7 * week, 9, 0, tzinfo=TZ)
            sid = repo.sessions.start(patient_id, plan)
            for protocol, side, seconds in (
                (SIDE, "right", right),
                (SIDE, "left", left),
                (SORENSEN, "bilateral", ext),
                (FLEXOR, "bilateral", flex),
                (BRIDGING, "bilateral", bridging),
            ):
                repo.sessions.add_hold(sid, seconds, protocol_id=protocol, side=side, set_number=1)
            repo.sessions.finish(sid)
            sessions.append(sid)
        return patient_id, sessions
    finally:
        repo.close()


@pytest.fixture
def context(db_path: Path, patient: tuple[int, list[int]]) -> Iterator[AppContext]:
    context = make_context(db_path)
    yield context
    context.close()


@pytest.fixture
def chart(qtbot: QtBot, context: AppContext, patient: tuple[int, list[int]]) -> ChartPage:
    page = ChartPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitExposed(page):
        page.show()
    page.show_patient(patient[0])
    return page


def test_each_test_is_trended_with_its_healthy_range(chart: ChartPage) -> None:
    chart.tabs.setCurrentWidget(chart.trends)
    chart.trends.pages.setCurrentWidget(chart.trends.endurance)
    endurance = chart.trends.endurance
    assert endurance.drawn() == {
        "Extensors (Biering-Sørensen)": 3,
        "Trunk flexors": 3,
        "Side bridge, right": 3,
        "Side bridge, left": 3,
    }
    right = endurance.charts[("side-bridge", "right")]
    bands = [s for s in right.series() if isinstance(s, QAreaSeries)]
    assert sorted(b.name() for b in bands) == ["men ± 1 SD", "women ± 1 SD"]
    men = next(b for b in bands if b.name() == "men ± 1 SD")
    assert [p.y() for p in men.upperSeries().points()] == [128, 128]  # 94 + 34
    assert [p.y() for p in men.lowerSeries().points()] == [60, 60]  # 94 - 34
    sources = endurance.sources.text()
    assert "McGill, Childs &amp; Liebenson 1999" in sources
    assert "75 healthy young adults (31 men, 44 women) tested in a university laboratory" in sources
    assert "176 s" in sources
    # The resistive holds of the bridging protocol are trended by pattern and side.
    others = [s.name() for s in endurance.other_chart.series()]
    assert others == ["Resisted bridging, stabilizing reversals (both)"]
    assert not endurance.empty.isVisible()


def test_the_ratios_of_each_session_are_marked_outside_the_target(chart: ChartPage) -> None:
    table = chart.trends.endurance.ratios
    assert table.rowCount() == 3
    # Newest first. Week 3: flexor 80 / extensor 100 = 0.80; right 55 / left 58 = 0.948
    # (outside 0.95 to 1.05); right 55 / 100 = 0.55; left 58 / 100 = 0.58.
    newest = [table.item(0, column).text() for column in range(5)]
    assert newest == ["2026-11-16", "0.80", "⚠ 0.95", "0.55", "0.58"]
    # Week 1: flexor 70 / 60 = 1.17 (outside < 1.00); 30 / 45 = 0.67 (outside);
    # 30 / 60 = 0.50; 45 / 60 = 0.75 (outside < 0.75).
    oldest = [table.item(2, column).text() for column in range(5)]
    assert oldest == ["2026-11-02", "⚠ 1.17", "⚠ 0.67", "0.50", "⚠ 0.75"]
    assert table.item(2, 1).toolTip() == "Outside McGill's target < 1.00"


def test_compare_shows_seconds_held_and_ratios_side_by_side(
    chart: ChartPage, patient: tuple[int, list[int]]
) -> None:
    compare = chart.compare
    compare.select(patient[1][0], patient[1][2])
    rows = {what: (first, second) for what, first, second in compare.compare_rows()}
    assert rows["Side bridge endurance test (right): held"] == ("30 s", "55 s")
    assert rows["Flexor / extensor (target < 1.00)"] == ("⚠ 1.17", "0.80")
    assert rows["Right / left side bridge (target 0.95 to 1.05)"] == ("⚠ 0.67", "⚠ 0.95")
    assert "Side bridge endurance test (right): held" in compare.summary.toPlainText()


def test_the_soap_objective_draft_has_the_times_and_ratios(
    context: AppContext, patient: tuple[int, list[int]]
) -> None:
    text = context.repository.notes.objective_from_records(
        patient[1][0], {SIDE: "Side bridge", SORENSEN: "Biering-Sørensen"}
    )
    assert "Side bridge, right: held 30 s." in text
    assert "Biering-Sørensen, both sides: held 60 s." in text
    assert "flexor/extensor 1.17 (target < 1.00, outside the target)" in text


def test_a_patient_without_holds_sees_a_plain_message(qtbot: QtBot, context: AppContext) -> None:
    other = context.repository.patients.create(given_name="Eva", family_name="Sanz")
    page = ChartPage(context)
    qtbot.addWidget(page)
    page.show_patient(other)
    endurance = page.trends.endurance
    assert endurance.drawn() == {} and endurance.ratios.rowCount() == 0
    assert not endurance.empty.isHidden()


def test_the_plan_editor_keeps_a_hold_switched_to_fatigue(qtbot: QtBot, db_path: Path) -> None:
    from console.ui.runner.plan_editor import open_plan_editor
    from tests.end2end.runner_helpers import make_context as runner_context

    context = runner_context(db_path)
    patient = context.repository.patients.create(given_name="Luis", family_name="Gil")
    item = {"protocol_id": BRIDGING, "side": "bilateral", "overrides": {"fatigue_steps": [2]}}
    context.repository.plans.save(patient, [item])
    editor = open_plan_editor(context, patient, None)
    qtbot.addWidget(editor)
    assert [i.overrides.fatigue_steps for i in editor.plan.items] == [(2,)]
    editor.list.setCurrentRow(0)
    editor.sets.setValue(2)  # any edit of the item keeps the switched hold
    assert editor.plan.items[0].overrides.to_dict() == {"sets": 2, "fatigue_steps": [2]}
