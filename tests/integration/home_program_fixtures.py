"""Fixtures of the home program tab's tests: a context, a Spanish-speaking patient and
the tab's panel, shown. Import them by name in a test module to use them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.ui.home_program.home_program_editor import HomeProgramPanel
from console.ui.shell.context import AppContext
from tests.integration.ui_helpers import add_patient, make_context, open_repo


@pytest.fixture
def context(db_path: Path) -> Iterator[AppContext]:
    context = make_context(db_path)
    yield context
    context.close()


@pytest.fixture
def patient_id(db_path: Path) -> int:
    repo = open_repo(db_path)
    try:
        return add_patient(repo, language="es")
    finally:
        repo.close()


def shown_panel(qtbot: QtBot, context: AppContext, patient_id: int) -> HomeProgramPanel:
    """The home program tab of `patient_id`, shown at a size that fits every pane."""
    widget = HomeProgramPanel(context, patient_id)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
