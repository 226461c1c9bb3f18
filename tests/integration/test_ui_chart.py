"""The patient chart: header, timeline and session detail, trend charts, the SOAP note,
signing and amendments, comparing sessions, the home program, export and the actions
that start or resume a session."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from console.storage.errors import SessionSigned
from console.ui.patients.chart_page import ChartPage
from console.ui.patients.soap_editor import AmendmentDialog
from console.ui.runner import session_launch
from console.ui.shell.context import AppContext
from tests.integration.ui_helpers import LE, UE, make_context, patient_with_history


@pytest.fixture
def history(db_path: Path) -> tuple[int, list[int]]:
    return patient_with_history(db_path)


@pytest.fixture
def context(db_path: Path, history: tuple[int, list[int]]) -> Iterator[AppContext]:
    context = make_context(db_path)
    yield context
    context.close()


@pytest.fixture
def chart(qtbot: QtBot, context: AppContext, history: tuple[int, list[int]]) -> ChartPage:
    page = ChartPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitExposed(page):
        page.show()
    page.show_patient(history[0])
    return page


def test_header_timeline_and_session_detail(
    chart: ChartPage, history: tuple[int, list[int]]
) -> None:
    assert "José Núñez" in chart.name.text()
    facts = chart.facts.text()
    assert "Record P000001" in facts and "Handout: Spanish" in facts
    assert "chronic low back pain" in facts and "born 1980-02-03" in facts
    # Newest first, the newest chosen.
    assert chart.timeline.count() == 3
    assert chart.timeline.item(0).text().startswith("2026-10-19 09:00")
    assert "4 grades" in chart.timeline.item(0).text()
    assert chart.selected_session_id() == history[1][2]

    chart.select_session(history[1][1])
    text = chart.detail_view.toPlainText()
    assert "Upper extremity D1 flexion, hold-relax — left" in text
    assert "good control through range" in text
    assert "Pain at start" in text and "6/10" in text


def test_corrections_are_shown_as_such(
    qtbot: QtBot, chart: ChartPage, context: AppContext, history: tuple[int, list[int]]
) -> None:
    session_id = history[1][2]
    repo = context.repository
    grade = next(r for r in repo.sessions.records(session_id) if r.kind == "grade")
    repo.sessions.correct_record(grade.id, "4+")
    qtbot.waitUntil(lambda: "corrected" in chart.detail_view.toPlainText())
    html = chart.detail_view.toHtml()
    assert "correction of 4 entered" in chart.detail_view.toPlainText()
    assert "line-through" in html  # the original value is struck through, not hidden


def render(view: QChartView) -> QImage:
    image = QImage(900, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    return image


def test_trend_chart_draws_grades_per_pattern_and_side_and_pain(chart: ChartPage) -> None:
    chart.tabs.setCurrentWidget(chart.trends)
    counts = chart.trends.series_points()
    assert counts == {
        "Upper extremity D1 flexion, hold-relax (left)": 3,
        "Lower extremity D2 flexion, hold-relax (right)": 3,
        "Pain at start": 3,
        "Pain at end": 3,
    }
    grade_series = chart.trends.grade_chart.series()
    assert len(grade_series) == 2
    axes = chart.trends.grade_chart.axes()
    ranges = sorted((a.min(), a.max()) for a in axes if hasattr(a, "tickCount") and
                    isinstance(a.min(), float))  # fmt: skip
    assert (0.0, 5.0) in ranges
    pain_axes = [a for a in chart.trends.pain_chart.axes() if isinstance(a.min(), float)]
    assert [(a.min(), a.max()) for a in pain_axes] == [(0.0, 10.0)]
    # Best grade per session: 3+, 4-, 4 for the upper extremity.
    ue = next(s for s in grade_series if s.name().startswith("Upper"))
    assert [round(p.y(), 2) for p in ue.points()] == [3.33, 3.67, 4.0]

    for view in (chart.trends.grade_view, chart.trends.pain_view):
        image = render(view)
        colours = {image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 400, 8)}
        assert len(colours) > 5  # lines, points, axes and labels were drawn


def test_soap_objective_is_drafted_from_records_and_saved(
    qtbot: QtBot, db_path: Path, context: AppContext
) -> None:
    repo = context.repository
    patient_id = repo.patients.create(given_name="Ruth", family_name="Evans")
    session_id = repo.sessions.start(patient_id, [{"protocol_id": UE, "side": "left"}])
    repo.sessions.add_pain(session_id, 6, "start")
    repo.sessions.add_grade(session_id, "3+", protocol_id=UE, side="left", set_number=1)
    repo.sessions.add_pain(session_id, 4, "end")
    page = ChartPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_patient(patient_id)
    soap = page.soap
    objective = soap.edits["objective"].toPlainText()
    assert "Pain (NPRS): 6/10 at start, 4/10 at end." in objective
    assert "Upper extremity D1 flexion, hold-relax, left: resistance grade 3+" in objective
    assert soap.is_dirty() and soap.state.text() == "Not saved yet"

    soap.edits["subjective"].setPlainText("Less stiff in the mornings.")
    soap.edits["assessment"].setPlainText("Tolerating more resistance.")
    assert soap.save()
    saved = repo.notes.soap(session_id)
    assert saved is not None
    assert saved.subjective == "Less stiff in the mornings."
    assert saved.objective == objective
    qtbot.waitUntil(lambda: soap.state.text().startswith("Saved"))
    assert not soap.is_dirty()

    # Unsaved typing survives a reload caused by another change.
    soap.edits["plan"].setPlainText("Progress to standing.")
    repo.sessions.add_note(session_id, "brief dizziness on standing")
    qtbot.waitUntil(lambda: "dizziness" in page.detail_view.toPlainText())
    assert soap.edits["plan"].toPlainText() == "Progress to standing."
    soap.fill_objective()
    assert "Note: brief dizziness on standing" in soap.edits["objective"].toPlainText()

    # A session still running is not signed from the chart.
    assert not soap.sign_button.isEnabled() and not soap.sign()
    repo.sessions.finish(session_id)
    qtbot.waitUntil(soap.sign_button.isEnabled)


def test_sign_locks_the_session_and_amendments_sit_beside_the_original(
    qtbot: QtBot,
    chart: ChartPage,
    context: AppContext,
    history: tuple[int, list[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_id = history[1][2]
    soap = chart.soap
    assert soap.session_id == session_id
    soap.edits["assessment"].setPlainText("Good progress.")
    monkeypatch.setattr(soap, "confirm_sign", lambda: False)
    assert not soap.sign()
    assert not context.repository.sessions.get(session_id).signed

    monkeypatch.setattr(soap, "confirm_sign", lambda: True)
    assert soap.sign()
    qtbot.waitUntil(lambda: soap.signed)
    session = context.repository.sessions.get(session_id)
    assert session.signed and session.signed_by is not None
    assert context.repository.notes.soap(session_id).assessment == "Good progress."  # type: ignore[union-attr]
    assert soap.pages.currentIndex() == 1  # the read-only view
    assert "signed" in chart.timeline.item(0).text()

    # Edits are refused: in the editor and in storage.
    assert not soap.save()
    box = soap.findChildren(QMessageBox)[-1]
    assert "amendment" in box.text()
    box.close()
    with pytest.raises(SessionSigned):
        context.repository.notes.save_soap(session_id, assessment="changed")

    dialog = soap.open_amendment_dialog()
    assert isinstance(dialog, AmendmentDialog)
    dialog.save()
    assert dialog.reason_error.isVisible() and dialog.text_error.isVisible()
    dialog.target.setCurrentIndex(dialog.target.findData("soap.assessment"))
    dialog.reason.setText("late entry")
    dialog.text.setPlainText("Patient also reported numbness after the session.")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    qtbot.waitUntil(lambda: "numbness" in soap.signed_view.toPlainText())
    shown = soap.signed_view.toPlainText()
    assert "Good progress." in shown  # the original, unchanged
    assert "Why: late entry" in shown and "Amended " in shown and "by Therapist" in shown
    assert context.repository.notes.soap(session_id).assessment == "Good progress."  # type: ignore[union-attr]
    amendments = context.repository.notes.amendments(session_id)
    assert [(a.target, a.reason) for a in amendments] == [("soap.assessment", "late entry")]
    assert "amended" in chart.timeline.item(0).text()


def test_compare_two_sessions_side_by_side(
    chart: ChartPage, history: tuple[int, list[int]]
) -> None:
    compare = chart.compare
    chart.tabs.setCurrentWidget(compare)
    first, _, last = history[1]
    compare.select(first, last)
    rows = compare.compare_rows()
    assert ("Pain at start (NPRS)", "7", "5") in rows
    assert ("Upper extremity D1 flexion, hold-relax (left)", "3+", "4") in rows
    assert ("Lower extremity D2 flexion, hold-relax (right)", "3-", "3+") in rows
    assert "2026-10-05" in compare.left_view.toPlainText()
    assert "2026-10-19" in compare.right_view.toPlainText()
    assert "4" in compare.summary.toPlainText()


def test_home_program_tab_shows_the_current_version(chart: ChartPage) -> None:
    assert chart.home_program.exercise_count() == 1
    text = chart.home_program.text.toPlainText()
    assert "Version 1" in text and "Bird dog" in text and "2 × 10" in text


def test_export_json_and_csv_are_written_and_audited(
    chart: ChartPage, context: AppContext, history: tuple[int, list[int]], tmp_path: Path
) -> None:
    patient_id = history[0]
    out = chart.export("json", tmp_path / "record.json")
    assert out is not None
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["patient"]["id"] == patient_id and len(data["sessions"]) == 3
    zipped = chart.export("csv", tmp_path / "record.zip")
    assert zipped is not None
    with zipfile.ZipFile(zipped) as archive:
        assert "records.csv" in archive.namelist()
    fhir = chart.export("fhir", tmp_path / "referral.json")
    assert fhir is not None
    assert json.loads(fhir.read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    exports = [
        e["detail"] for e in context.repository.audit.entries(patient_id) if e["action"] == "export"
    ]
    assert exports == ["json", "csv", "fhir"]
    assert "Exported to" in chart.status.text()


def test_start_next_session_runs_the_last_plan_and_resume_continues_it(
    qtbot: QtBot, chart: ChartPage, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []

    def runner(_context: object, session_id: int, _parent: object) -> None:
        started.append(session_id)

    monkeypatch.setattr(session_launch, "start_runner", runner)
    monkeypatch.setattr(session_launch, "resume_runner", runner)
    assert not chart.resume_button.isVisibleTo(chart)
    assert chart.start_next_session()
    assert len(started) == 1
    session = context.repository.sessions.get(started[0])
    assert session.status == "running"
    assert [i["protocol_id"] for i in session.plan_snapshot] == [UE, LE]
    qtbot.waitUntil(lambda: chart.resume_button.isVisibleTo(chart))
    assert "unfinished" in chart.timeline.item(0).text()
    assert chart.resume()
    assert started == [session.id, session.id]
    # While it is unfinished, no second session is started.
    assert not chart.start_next_session()
    box = chart.findChildren(QMessageBox)[-1]
    assert "unfinished session" in box.text()
    box.close()
    assert started == [session.id, session.id]


def test_a_patient_without_a_plan_goes_to_the_plan_editor(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient_id = context.repository.patients.create(given_name="Noah", family_name="Walker")
    page = ChartPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_patient(patient_id)
    assert page.timeline.count() == 0
    assert "No grades or pain scores" in page.trends.empty.text()

    opened: list[tuple[object, ...]] = []
    monkeypatch.setattr(session_launch, "open_plan_editor", lambda *args: opened.append(args))
    assert page.start_next_session()
    assert opened == [(context, patient_id, page)]


def test_a_plan_the_runner_cannot_run_is_reported(
    chart: ChartPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.domain.plan import PlanError

    def refuse(*_args: object) -> None:
        raise PlanError("the plan names protocol 'gone', not in the library")

    monkeypatch.setattr(session_launch, "start_runner", refuse)
    assert not chart.start_next_session()
    box = chart.findChildren(QMessageBox)[-1]
    assert "not in the library" in box.text()
    box.close()


def test_plan_button_opens_the_editor_on_the_last_plan(
    qtbot: QtBot, chart: ChartPage, context: AppContext, history: tuple[int, list[int]]
) -> None:
    from console.ui.runner.plan_editor import PlanEditor

    patient_id, _ = history
    last = context.repository.plans.last(patient_id)
    assert last is not None
    editor = chart.edit_plan()
    assert isinstance(editor, PlanEditor)
    qtbot.addWidget(editor)
    shown = [item.protocol_id for item in editor.plan.items]
    assert shown == [item["protocol_id"] for item in last.items]


def test_a_signed_session_changed_behind_the_programs_back_is_marked(
    qtbot: QtBot, db_path: Path, history: tuple[int, list[int]]
) -> None:
    """A grade of a signed session changed with the triggers dropped: the timeline
    marks the session and its detail says what the audit trail says it was."""
    from tests.storage_helpers import raw_sql

    context = make_context(db_path)
    repo = context.repository
    session_id = history[1][0]
    repo.sessions.sign(session_id, None)
    grade = next(r for r in repo.sessions.records(session_id) if r.kind == "grade")
    context.close()
    changed = "5" if grade.value != "5" else "4"
    raw_sql(
        db_path, f"UPDATE records SET value = '{changed}' WHERE id = {grade.id}", triggers=False
    )

    context = make_context(db_path)
    try:
        page = ChartPage(context)
        qtbot.addWidget(page)
        page.show_patient(history[0])
        texts = [page.timeline.item(i).text() for i in range(page.timeline.count())]
        marked = [t for t in texts if "CHANGED AFTER SIGNING" in t]
        assert len(marked) == 1
        page.select_session(session_id)
        text = page.detail_view.toPlainText()
        assert "Changed after signing" in text
        assert f"grade {grade.value}, now {changed}" in text
    finally:
        context.close()
