"""Starting the next session from the last plan, and resuming an unfinished one.

The Today screen and the patient chart call these. The session runner and the plan
editor live in their own modules and are looked up when asked for, so these screens
work (and say so plainly) before the runner is installed:

- ``start_runner(context, session_id, parent)`` runs a session, a new one or one to
  resume at its saved step. It is looked for in ``RUNNER_MODULES``, then in any other
  ``console.ui.runner*`` module. For resuming, ``resume_runner(context, session_id,
  parent)`` from ``RESUME_MODULES`` (or a runner module) is preferred;
- ``open_plan_editor(context, patient_id, parent)`` in ``PLAN_EDITOR_MODULES`` opens the
  plan editor, for a patient who has no plan yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.domain.plan import PlanError
from console.storage.errors import StorageError
from console.ui.context import AppContext
from console.ui.notices import inform, warn
from console.ui.therapist_identity import current_therapist_id

RUNNER_MODULES = (
    "console.ui.runner_window",
    "console.ui.runner_screen",
    "console.ui.runner_page",
    "console.ui.runner_launch",
)
PLAN_EDITOR_MODULES = ("console.ui.plan_editor",)
RESUME_MODULES = ("console.ui.resume",)


def runner_modules() -> tuple[str, ...]:
    """RUNNER_MODULES, then the other ``console.ui.runner*`` modules present."""
    import pkgutil

    import console.ui

    found = sorted(
        f"console.ui.{info.name}"
        for info in pkgutil.iter_modules(console.ui.__path__)
        if info.name.startswith("runner")
    )
    return (*RUNNER_MODULES, *(name for name in found if name not in RUNNER_MODULES))


def entry_point(modules: tuple[str, ...], name: str) -> Callable[..., Any] | None:
    """The function ``name`` from the first of ``modules`` that exists and has it."""
    for module_name in modules:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue
            raise
        function = getattr(module, name, None)
        if callable(function):
            return function  # type: ignore[no-any-return]
    return None


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
            editor = entry_point(PLAN_EDITOR_MODULES, "open_plan_editor")
            if editor is None:
                inform(
                    parent,
                    QCoreApplication.translate("SessionLaunch", "No plan yet"),
                    QCoreApplication.translate(
                        "SessionLaunch",
                        "This patient has no plan yet, and the plan editor is not part of "
                        "this version of PNF Console.",
                    ),
                )
                return False
            editor(context, patient_id, parent)
            return True
        runner = entry_point(runner_modules(), "start_runner")
        if runner is None:
            inform(
                parent,
                QCoreApplication.translate("SessionLaunch", "Runner not available"),
                QCoreApplication.translate(
                    "SessionLaunch",
                    "The session runner is not part of this version of PNF Console, so the "
                    "session was not started. The last plan is kept for when it is.",
                ),
            )
            return False
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
    return _run(runner, context, session_id, parent)


def _run(
    runner: Callable[..., Any], context: AppContext, session_id: int, parent: QWidget | None
) -> bool:
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
    modules = runner_modules()
    runner = entry_point((*RESUME_MODULES, *modules), "resume_runner") or entry_point(
        modules, "start_runner"
    )
    if runner is None:
        inform(
            parent,
            QCoreApplication.translate("SessionLaunch", "Runner not available"),
            QCoreApplication.translate(
                "SessionLaunch",
                "The session runner is not part of this version of PNF Console. The "
                "unfinished session and everything entered in it are kept.",
            ),
        )
        return False
    return _run(runner, context, session_id, parent)
