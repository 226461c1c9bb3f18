"""The Today screen (built after the first paint) and the `--demo` mode."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.ui.patients.chart_page import ChartPage
from console.ui.patients.patients_page import PatientsPage
from console.ui.runner import session_launch
from console.ui.shell.demo_mode import DemoDatabase, fill_demo
from console.ui.shell.main_window import MainWindow
from console.ui.shell.today_page import TodayPage
from tests.integration.ui_helpers import PLAN, UE, add_patient, make_context, open_repo


def make_window(qtbot: QtBot, db_path: Path, demo: bool = False) -> MainWindow:
    window = MainWindow(context=make_context(db_path), demo=demo)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def today_page(window: MainWindow) -> TodayPage:
    page = window.page("today")
    assert isinstance(page, TodayPage)
    return page


def caseload(db_path: Path) -> dict[str, int]:
    """One patient seen last week, one seen today, one with an unfinished session."""
    repo = open_repo(db_path)
    earlier = add_patient(repo, given_name="Ruth", family_name="Evans", record_number="R-1")
    seen = add_patient(repo, given_name="Íñigo", family_name="Ibáñez", record_number="R-2")
    stopped = add_patient(repo, given_name="Grace", family_name="Hughes", record_number="R-3")
    old = repo.sessions.start(earlier, PLAN)  # moved back a week below
    last_week = (dt.datetime.now().astimezone() - dt.timedelta(days=7)).isoformat()
    repo.db.execute("UPDATE sessions SET started_at = ? WHERE id = ?", [last_week, old])
    repo.db.conn.commit()
    repo.sessions.finish(old)
    done = repo.sessions.start(seen, PLAN)
    repo.sessions.add_pain(done, 4, "start")
    repo.sessions.finish(done)
    running = repo.sessions.start(stopped, PLAN)
    repo.sessions.add_grade(running, "3", protocol_id=UE, side="left", set_number=1)
    repo.sessions.set_cursor(running, 6)
    repo.close()
    return {"earlier": earlier, "seen": seen, "stopped": stopped, "running": running}


def test_today_is_built_after_the_first_paint(qtbot: QtBot, db_path: Path) -> None:
    window = make_window(qtbot, db_path)
    # Nothing of the database or the lists at construction.
    assert not isinstance(window.page("today"), TodayPage)
    window.finish_startup()
    page = today_page(window)
    assert page.built and window.stack.currentWidget() is page
    assert "Today" in page.heading.text()
    window.finish_startup()  # again: the same page
    assert today_page(window) is page


def test_today_lists_unfinished_seen_today_and_recent(qtbot: QtBot, db_path: Path) -> None:
    ids = caseload(db_path)
    window = make_window(qtbot, db_path)
    window.finish_startup()
    page = today_page(window)
    assert page.rows(page.unfinished) == [(ids["stopped"], ids["running"])]
    assert "Grace Hughes" in page.unfinished.item(0).text()
    assert "at step 7" in page.unfinished.item(0).text()
    assert [p for p, _ in page.rows(page.seen_today)] == [ids["seen"], ids["stopped"]]
    assert "Íñigo Ibáñez" in page.seen_today.item(0).text()
    assert [p for p, _ in page.rows(page.recent)] == [ids["earlier"]]

    # A session started elsewhere shows up without a restart.
    repo = window.context.repository
    new = repo.sessions.start(ids["earlier"], PLAN)
    qtbot.waitUntil(lambda: (ids["earlier"], new) in page.rows(page.seen_today))
    assert page.rows(page.recent) == []


def test_recently_seen_never_says_no_sessions_when_someone_was_seen(
    qtbot: QtBot, db_path: Path
) -> None:
    repo = open_repo(db_path)
    patient = add_patient(repo, given_name="Íñigo", family_name="Ibáñez", record_number="R-2")
    session = repo.sessions.start(patient, PLAN)
    repo.sessions.add_pain(session, 4, "start")
    repo.sessions.finish(session)
    repo.close()
    window = make_window(qtbot, db_path)
    window.finish_startup()
    page = today_page(window)
    assert [p for p, _ in page.rows(page.seen_today)] == [patient]
    assert page.rows(page.recent) == []
    shown = page.recent.item(0).text()
    assert "No sessions yet" not in shown
    assert "seen today" in shown


def test_recently_seen_on_a_new_database_says_how_to_begin(qtbot: QtBot, db_path: Path) -> None:
    window = make_window(qtbot, db_path)
    window.finish_startup()
    page = today_page(window)
    assert page.recent.item(0).text() == "No sessions yet. Open Patients to add a patient."


def test_today_actions_resume_start_and_open_the_chart(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = caseload(db_path)
    window = make_window(qtbot, db_path)
    window.finish_startup()
    page = today_page(window)

    started: list[int] = []

    def runner(_context: object, session_id: int, _parent: object) -> None:
        started.append(session_id)

    monkeypatch.setattr(session_launch, "start_runner", runner)
    monkeypatch.setattr(session_launch, "resume_runner", runner)
    page.choose(page.unfinished, 0)
    assert page.resume_button.isEnabled() and not page.start_button.isEnabled()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    assert started == [ids["running"]]

    page.choose(page.recent, 0)
    assert page.start_button.isEnabled() and not page.resume_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert len(started) == 2
    assert window.context.repository.sessions.get(started[1]).patient_id == ids["earlier"]

    page.choose(page.seen_today, 0)
    qtbot.keyClick(page.seen_today, Qt.Key.Key_Return)
    patients = window.stack.currentWidget()
    assert isinstance(patients, PatientsPage) and patients.showing_chart()
    assert isinstance(patients.chart, ChartPage)
    assert patients.chart.patient_id == page.rows(page.seen_today)[0][0]


def test_demo_mode_fills_a_throw_away_database(qtbot: QtBot) -> None:
    demo = DemoDatabase()
    assert demo.folder.is_dir()
    window = make_window(qtbot, demo.path, demo=True)
    assert "demo" in window.windowTitle()
    window.finish_startup()
    repo = window.context.repository
    patients = repo.patients.all()
    assert len(patients) >= 20
    assert any(p.language == "es" for p in patients)
    page = today_page(window)
    assert len(page.rows(page.unfinished)) == 1
    assert len(page.rows(page.seen_today)) == 2
    assert len(page.rows(page.recent)) > 10
    chart = window.open_chart(page.rows(page.recent)[0][0])
    assert isinstance(chart, ChartPage)
    assert chart.timeline.count() >= 8 and len(chart.trends.series_points()) >= 4
    fill_demo(repo)  # a second fill leaves a filled database as it is
    assert len(repo.patients.all()) == len(patients)
    window.close()
    demo.remove()
    assert not demo.folder.exists()


@pytest.mark.slow
def test_demo_folder_is_gone_after_the_program_ends(tmp_path: Path) -> None:
    import os
    import subprocess

    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "--demo", "--smoke-test"],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert list(temp.iterdir()) == []


def test_resume_prefers_the_resume_entry_point(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = caseload(db_path)
    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(
        session_launch, "resume_runner", lambda _c, sid, _p: calls.append(("resume", sid))
    )
    monkeypatch.setattr(
        session_launch, "start_runner", lambda _c, sid, _p: calls.append(("start", sid))
    )
    context = make_context(db_path)
    try:
        assert session_launch.resume_session(context, ids["running"], None)
    finally:
        context.close()
    assert calls == [("resume", ids["running"])]


def test_the_step_shown_is_the_one_the_runner_resumes_at(qtbot: QtBot, db_path: Path) -> None:
    """A resume point saved with its phase's key: Today shows the step that key names
    in the plan as laid out now, which is where the runner will open."""
    from console.domain.plan import phase_key
    from console.session import phases_for_session
    from console.ui.runner.resume import resume_step

    ids = caseload(db_path)
    window = make_window(qtbot, db_path)
    window.finish_startup()
    context = window.context
    session = context.repository.sessions.get(ids["running"])
    protocols = {protocol.id: protocol for protocol in context.library}
    phases = phases_for_session(session.plan_snapshot, protocols)
    # The index says 6, the key names phase 9: the key wins (the index is stale).
    context.repository.sessions.set_cursor(ids["running"], 6, phase_key(phases[9]))
    session = context.repository.sessions.get(ids["running"])
    assert resume_step(context, session) == 10
    page = today_page(window)
    qtbot.waitUntil(lambda: "at step 10" in page.unfinished.item(0).text())
