"""The plan editor: pick, order, dose, save as template, start from the last plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from console.domain.plan import SessionPlan
from console.ui.runner.plan_editor import PlanEditor, open_plan_editor
from console.ui.runner.runner_window import RunnerWindow
from tests.end2end.runner_helpers import make_context

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def pick(editor: PlanEditor, qtbot: QtBot, text: str) -> None:
    """Search, then add the first match with Enter in the table."""
    editor.search.clear()
    qtbot.keyClicks(editor.search, text)
    assert editor.proxy.rowCount() >= 1
    editor.table.selectRow(0)
    editor.add_selected()


def test_build_a_plan_reorder_dose_save_and_start(qtbot: QtBot, db_path: Path) -> None:
    context = make_context(db_path)
    patient = context.repository.patients.create(given_name="Luis", family_name="Gil")
    editor = open_plan_editor(context, patient, None)
    qtbot.addWidget(editor)
    assert editor.plan.items == ()
    assert not editor.start_button.isEnabled()

    # Only PNF protocols are offered; search narrows the list as you type.
    kinds = {editor.model.protocol(r).kind for r in range(editor.model.rowCount())}
    assert kinds >= {"pnf", "home"}
    editor.search.setText("")
    shown = [editor.proxy.index(r, 0) for r in range(editor.proxy.rowCount())]
    assert all(
        editor.model.protocol(editor.proxy.mapToSource(i).row()).kind == "pnf" for i in shown
    )
    pick(editor, qtbot, "e2e-stabilize")
    pick(editor, qtbot, "e2e-hold-relax")
    pick(editor, qtbot, "e2e-rhythmic")
    assert [i.protocol_id for i in editor.plan.items] == [
        "e2e-stabilize",
        "e2e-hold-relax",
        "e2e-rhythmic",
    ]

    # Reorder with keys: the first item down twice (Ctrl+Down), then up once (button).
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.plan.items[2].protocol_id == "e2e-stabilize"
    editor.move_current(-1)
    assert [i.protocol_id for i in editor.plan.items] == [
        "e2e-hold-relax",
        "e2e-stabilize",
        "e2e-rhythmic",
    ]

    # Dropping an item in a new place (what a drag does) reorders the plan too.
    assert editor.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert editor.plan.items[0].protocol_id == "e2e-rhythmic"
    editor.list.setCurrentRow(0)
    editor.move_current(1)
    editor.list.setCurrentRow(1)
    editor.move_current(1)
    assert [i.protocol_id for i in editor.plan.items] == [
        "e2e-hold-relax",
        "e2e-stabilize",
        "e2e-rhythmic",
    ]

    # Dose the hold-relax item: right side, 3 sets, 8 s holds, 20 s between sets.
    editor.list.setCurrentRow(0)
    editor.side.setCurrentIndex(editor.side.findData("right"))
    editor.sets.setValue(3)
    editor.hold.setValue(8)
    editor.set_rest.setValue(20)
    first = editor.plan.items[0]
    assert first.side == "right"
    assert first.overrides.to_dict() == {"sets": 3, "rest_between_sets_s": 20.0, "hold_s": 8.0}
    assert "3 protocols" in editor.summary.text()
    # A value back at its lowest means "as in the file" again.
    editor.hold.setValue(0)
    assert editor.plan.items[0].overrides.hold_s is None
    # Delete removes the current item.
    editor.list.setCurrentRow(2)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert len(editor.plan.items) == 2

    # Save as a named template; load it into a fresh editor.
    assert editor.save_template("Test shoulder") is not None
    assert [t.name for t in context.repository.plans.templates()] == ["Test shoulder"]

    # Start: the plan becomes the patient's last plan and the runner opens on it.
    with qtbot.waitSignal(editor.session_started) as started:
        editor.start_button.click()
    session_id = started.args[0]
    runner = editor.runner
    assert isinstance(runner, RunnerWindow)
    qtbot.addWidget(runner)
    assert runner.session.session_id == session_id
    # Who is at the computer runs the session: its entries are theirs in the audit log.
    therapist = context.repository.sessions.get(session_id).therapist_id
    assert therapist is not None and runner.session.therapist_id == therapist
    last = context.repository.plans.last(patient)
    assert last is not None
    assert SessionPlan.from_dict(last.items) == editor.plan
    runner.leave()

    # The next time, the editor starts from that plan; a template replaces it on request.
    again = PlanEditor(context, patient)
    qtbot.addWidget(again)
    assert again.plan == editor.plan
    again.set_plan(SessionPlan())
    again.templates.setCurrentIndex(again.templates.findText("Test shoulder"))
    again.load_template()
    assert [i.protocol_id for i in again.plan.items] == ["e2e-hold-relax", "e2e-stabilize"]
    context.close()


def test_the_editor_takes_the_keyboard_when_it_opens(qtbot: QtBot, db_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    context = make_context(db_path)
    patient = context.repository.patients.create(given_name="Eva", family_name="Sanz")
    main = QMainWindow()
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    editor = open_plan_editor(context, patient, main)
    qtbot.addWidget(editor)
    qtbot.waitUntil(editor.isActiveWindow)
    # Access keys are unique, so Alt+S starts and Alt+V saves without a second press.
    assert editor.start_button.text() == "&Start session"
    assert editor.save_button.text() == "Sa&ve plan"
