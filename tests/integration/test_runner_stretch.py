"""The runner screen keeps to the screen it is given and cuts no text: with every
interface text 30 % longer (as a translation may be) on a laptop and a large screen,
and in English and Spanish down to an old 1024 x 768 screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain.plan import PhaseKind
from console.domain.runner import Next
from console.ui.shell.i18n import StretchTranslator, install_language
from tests.end2end.runner_helpers import make_context, show_runner, start_session
from tests.integration.test_interface_language import clipped

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def walk_and_check(qtbot: QtBot, db_path: Path, size: tuple[int, int]) -> dict[str, list[str]]:
    """Open the runner at `size`, show each kind of phase once, and collect cut texts."""
    context = make_context(db_path)
    _, session_id = start_session(context)
    window = show_runner(qtbot, context, session_id, size)
    problems: dict[str, list[str]] = {}
    seen: set[PhaseKind] = set()
    for _ in range(len(window.session.phases)):
        phase = window.session.phase
        if phase.kind not in seen:  # each kind of phase once: prompts, holds, rests
            seen.add(phase.kind)
            QApplication.processEvents()
            found = clipped(window)
            if found:
                problems[phase.kind.value] = found
        if phase.kind is PhaseKind.DONE:
            break
        window.session.send(Next(window.session.clock.monotonic()))
        window.refresh()
    assert {PhaseKind.PAIN_START, PhaseKind.HOLD, PhaseKind.GRADE} <= seen
    # The window kept the size it was given: nothing forced it wider than the screen.
    assert (window.width(), window.height()) == size
    window.leave()
    context.close()
    return problems


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_stretched_texts_fit_on_the_runner(
    qtbot: QtBot, db_path: Path, size: tuple[int, int], product_style: None
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    stretch = StretchTranslator(0.3)
    app.installTranslator(stretch)
    try:
        assert QCoreApplication.translate("RunnerWindow", "Pause").endswith("··")
        assert walk_and_check(qtbot, db_path, size) == {}
    finally:
        app.removeTranslator(stretch)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_runner_fits_a_small_screen(
    qtbot: QtBot, db_path: Path, language: str, size: tuple[int, int], product_style: None
) -> None:
    assert install_language(language)
    try:
        assert walk_and_check(qtbot, db_path, size) == {}
    finally:
        install_language("en")
