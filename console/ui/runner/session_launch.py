"""Starting the next session from the last plan, and resuming an unfinished one.

The Today screen and the patient chart call these. They open the runner
(``runner_window.start_runner``), the resume path (``resume.resume_runner``) or, for a
patient with no plan yet, the plan editor (``plan_editor.open_plan_editor``), each
called directly with the app's ``AppContext``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.domain.plan import PlanError
from console.storage.errors import StorageError
from console.storage.rooms import PatientInSession, RunningSession
from console.ui.runner.plan_editor import open_plan_editor
from console.ui.runner.resume import resume_runner
from console.ui.runner.runner_window import start_runner
from console.ui.settings.therapist_identity import current_therapist_id
from console.ui.shell.context import AppContext
from console.ui.shell.notices import inform, message_box, warn

#: Opens a runner on a stored session: ``start_runner`` or ``resume_runner``.
Runner = Callable[[AppContext, int, QWidget | None], object]


def start_next_session(context: AppContext, patient_id: int, parent: QWidget | None) -> bool:
    """Start the patient's next session from their last plan (or open the plan editor
    when there is none yet). False, with a message, when it cannot be done here."""
    try:
        repository = context.repository
        elsewhere = repository.rooms.running_elsewhere(patient_id)
        if elsewhere is not None:
            offer_take_over(context, elsewhere, parent)
            return False
        unfinished = [
            s for s in repository.sessions.for_patient(patient_id) if s.status == "running"
        ]
        if unfinished:
            inform(
                parent,
                QCoreApplication.translate("SessionLaunch", "Unfinished session"),
                QCoreApplication.translate(
                    "SessionLaunch",
                    "This patient has an unfinished session, started {0}. Resume it "
                    "first, so its records stay together.",
                ).format((unfinished[0].started_at or "")[:16].replace("T", " ")),
            )
            return False
        plan = repository.plans.last(patient_id)
        if plan is None:
            open_plan_editor(context, patient_id, parent)
            return True
        therapist_id = current_therapist_id(repository)
        session_id = repository.sessions.start(
            patient_id, plan.items, therapist_id, plan_id=plan.id
        )
    except PatientInSession as error:  # another room started one a moment ago
        offer_take_over(context, error.running, parent)
        return False
    except StorageError as error:
        warn(
            parent,
            QCoreApplication.translate("SessionLaunch", "Session not started"),
            error.message,
        )
        return False
    return _run(start_runner, context, session_id, parent)


def _run(runner: Runner, context: AppContext, session_id: int, parent: QWidget | None) -> bool:
    """Open the runner; a plan it cannot run or a storage problem is said plainly."""
    try:
        runner(context, session_id, parent)
    except PlanError as error:
        warn(parent, QCoreApplication.translate("SessionLaunch", "Session cannot run"), str(error))
        return False
    except StorageError as error:
        warn(
            parent, QCoreApplication.translate("SessionLaunch", "Session cannot run"), error.message
        )
        return False
    return True


def offer_take_over(
    context: AppContext, running: RunningSession, parent: QWidget | None
) -> QMessageBox:
    """Say who has the patient in session, where and since when; taking the session
    over here (after a crash in that room) is a choice the audit log records."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SessionLaunch", "In session in another room"),
        QCoreApplication.translate(
            "SessionLaunch", "This patient is in session in another room: {0}."
        ).format(running.describe()),
        name="inSessionElsewhere",
        informative=QCoreApplication.translate(
            "SessionLaunch",
            "Take the session over here only if that room has stopped (its computer "
            "crashed or was switched off). It then continues here, at the step it was "
            "on, and the audit log records that this room took it over.",
        ),
    )
    take = box.addButton(
        QCoreApplication.translate("SessionLaunch", "&Take over here"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(button: object) -> None:
        if button is take:
            take_over(context, running.session_id, parent)

    box.buttonClicked.connect(answered)
    box.open()
    return box


def take_over(context: AppContext, session_id: int, parent: QWidget | None) -> bool:
    """Move the session to this room (audited) and resume it here."""
    try:
        repository = context.repository
        repository.rooms.take_over(session_id, current_therapist_id(repository))
    except StorageError as error:
        warn(
            parent,
            QCoreApplication.translate("SessionLaunch", "Session not taken over"),
            error.message,
        )
        return False
    return resume_session(context, session_id, parent)


def resume_session(context: AppContext, session_id: int, parent: QWidget | None) -> bool:
    """Open the runner on an unfinished session, at the step it was on; one running in
    another room is offered for taking over instead."""
    try:
        repository = context.repository
        session = repository.sessions.get(session_id)
        running = repository.rooms.running_elsewhere(session.patient_id)
    except StorageError as error:
        warn(
            parent, QCoreApplication.translate("SessionLaunch", "Session cannot run"), error.message
        )
        return False
    if running is not None and running.session_id == session_id:
        offer_take_over(context, running, parent)
        return False
    return _run(resume_runner, context, session_id, parent)
