"""Starting the next session from the last plan, and resuming an unfinished one.

The Today screen and the patient chart call these. They open the runner
(``runner_window.start_runner``), the resume path (``resume.resume_runner``) or, for a
patient with no plan yet, the plan editor (``plan_editor.open_plan_editor``), each
called directly with the app's ``AppContext``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.domain.plan import PlanError
from console.storage.errors import StorageError
from console.ui.runner.plan_editor import open_plan_editor
from console.ui.runner.resume import resume_runner
from console.ui.runner.runner_window import start_runner
from console.ui.settings.therapist_identity import current_therapist_id
from console.ui.shell.context import AppContext
from console.ui.shell.notices import inform, warn

#: Opens a runner on a stored session: ``start_runner`` or ``resume_runner``.
Runner = Callable[[AppContext, int, QWidget | None], object]


def start_next_session(context: AppContext, patient_id: int, parent: QWidget | None) -> bool:
    """Start the patient's next session from their last plan (or open the plan editor
    when there is none yet). False, with a message, when it cannot be done here."""
    try:
        repository = context.repository
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


def resume_session(context: AppContext, session_id: int, parent: QWidget | None) -> bool:
    """Open the runner on an unfinished session, at the step it was on."""
    return _run(resume_runner, context, session_id, parent)
