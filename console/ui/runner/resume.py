"""After a crash, power cut or kill: offer to resume the unfinished session.

``offer_resume(context, parent)`` runs right after the main window's first paint
(``MainWindow.finish_startup``). When the database holds a session still running, it
asks, without blocking the window, whether to resume it at the step it was on; every
entry made before the interruption is in the database already. "Later" leaves it on
the Today screen's list of unfinished sessions.

``resume_runner(context, session_id, parent)`` opens the runner on a stored session
at its saved phase (the session launcher of the Today screen and the chart calls it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from console.domain.chart import Session
from console.domain.plan import Phases, PlanError, describe, resume_index
from console.session import phases_for_session
from console.storage.errors import StorageError
from console.ui.shell.context import AppContext
from console.ui.shell.notices import message_box

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResumeOffer:
    """One unfinished session, described for the question."""

    session_id: int
    patient_name: str
    started_at: str
    cursor: int
    step: str
    entries: int
    others: int


def resume_offer(context: AppContext) -> ResumeOffer | None:
    """The newest unfinished session as an offer, or None when there is none."""
    repository = context.repository
    sessions = repository.sessions.unfinished()
    if not sessions:
        return None
    session = sessions[0]
    patient = repository.patients.get(session.patient_id)
    lang = context.settings.protocol_language
    index = session.cursor
    try:
        phases, index = _resume_point(context, session)
        phase = phases[index]
        step = describe(phase, lang)
        if phase.title is not None:
            step = f"{phase.title.in_(lang)}: {step}"
    except PlanError as error:
        step = str(error)
    return ResumeOffer(
        session_id=session.id,
        patient_name=patient.full_name,
        started_at=(session.started_at or "")[:16].replace("T", " "),
        cursor=index,
        step=step,
        entries=len(repository.sessions.records(session.id)),
        others=len(sessions) - 1,
    )


def resume_step(context: AppContext, session: Session) -> int:
    """The step (1-based) an unfinished session resumes at, as the runner will find it
    (by the phase's key, ``plan.resume_index``); its saved index where its plan cannot
    be laid out any more."""
    try:
        return _resume_point(context, session)[1] + 1
    except PlanError:
        return session.cursor + 1


def _resume_point(context: AppContext, session: Session) -> tuple[Phases, int]:
    """The session's phases as laid out now, and the index it resumes at; raises
    PlanError when its plan cannot be laid out."""
    protocols = {protocol.id: protocol for protocol in context.library}
    phases = phases_for_session(session.plan_snapshot, protocols)
    return phases, resume_index(phases, session.cursor, session.cursor_key)


def resume_runner(context: AppContext, session_id: int, parent: QWidget | None = None) -> QWidget:
    """Open the runner on ``session_id`` at its saved phase (timer idle)."""
    from console.ui.runner.runner_window import start_runner

    return start_runner(context, session_id, parent)


def _open_dialog() -> QDialog | None:
    """A modal dialog on screen now, if any."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, QDialog)
            and widget.isVisible()
            and widget.windowModality() != Qt.WindowModality.NonModal
        ):
            return widget
    return None


def offer_resume(context: AppContext, parent: QWidget | None) -> QMessageBox | None:
    """Ask (window-modal, not blocking) whether to resume the unfinished session.

    When another dialog is open (the welcome on a first start), the question waits
    until it is closed, so two questions never stack up.
    """
    busy = _open_dialog()
    if busy is not None:
        busy.finished.connect(lambda *_: offer_resume(context, parent))
        return None
    try:
        offer = resume_offer(context)
    except StorageError as error:
        log.warning("unfinished sessions not read: %s", error.message)
        return None
    if offer is None:
        return None
    details = QCoreApplication.translate(
        "ResumeOffer", "Resume at step {0}: {1}. %n entry(s) saved.", "", offer.entries
    ).format(offer.cursor + 1, offer.step)
    if offer.others:
        details += " " + QCoreApplication.translate(
            "ResumeOffer",
            "%n more unfinished session(s) on the Today screen.",
            "",
            offer.others,
        )
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ResumeOffer", "Unfinished session"),
        QCoreApplication.translate(
            "ResumeOffer", "The session of {0} started {1} was not finished."
        ).format(offer.patient_name, offer.started_at),
        name="resumeOffer",
        informative=details,
    )
    resume = box.addButton(
        QCoreApplication.translate("ResumeOffer", "&Resume"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("ResumeOffer", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(resume)

    def answered() -> None:
        if box.clickedButton() is not resume:
            # Back to work in the main window: the keyboard goes with it, also where no
            # window manager hands the focus back (a kiosk-style treatment-room PC).
            if parent is not None:
                parent.window().activateWindow()
            return
        if box.clickedButton() is resume:
            try:
                box.setProperty("runner", resume_runner(context, offer.session_id, parent))
            except (PlanError, StorageError) as error:
                message = error.message if isinstance(error, StorageError) else str(error)
                QMessageBox.warning(
                    parent, QCoreApplication.translate("ResumeOffer", "Session cannot run"), message
                )

    box.finished.connect(answered)
    box.open()
    return box
