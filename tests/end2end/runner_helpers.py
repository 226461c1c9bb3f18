"""A context, a patient and a stored three-protocol session for the runner tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from console.domain.library import Library
from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.runner.cues import Cues
from console.ui.shell.context import AppContext
from tests.conftest import DATA

RUNNER_PROTOCOLS = DATA / "protocols" / "runner"

PLAN: list[dict[str, Any]] = [
    {"protocol_id": "e2e-hold-relax", "side": "left", "overrides": {}},
    {"protocol_id": "e2e-rhythmic", "side": "right", "overrides": {"hold_s": 3}},
    {"protocol_id": "e2e-stabilize", "side": "bilateral", "overrides": {}},
]


@cache
def runner_library() -> Library:
    """The built-in library and the three test protocols, loaded once for all tests."""
    settings = Settings(protocol_folders=[str(RUNNER_PROTOCOLS)])
    return AppContext(settings=LoadedSettings(settings)).library


def make_context(db_path: Path, **settings: Any) -> AppContext:
    values: dict[str, Any] = {"protocol_folders": [str(RUNNER_PROTOCOLS)], "sound": False}
    values.update(settings)
    context = AppContext(db_path=db_path, settings=LoadedSettings(Settings(**values)))
    context._library = runner_library()  # loading it once keeps the tests quick
    return context


def start_session(context: AppContext, language: str = "en") -> tuple[int, int]:
    """A patient and a new session running PLAN: (patient id, session id)."""
    repo = context.repository
    patient = repo.patients.create(given_name="Ana", family_name="Prueba", language=language)
    return patient, repo.sessions.start(patient, PLAN)


def quiet_cues() -> Cues:
    """Tones off, speech through Qt's mock engine: the runner still says what it would."""
    return Cues(sound=False, speech=True, engine="mock")


def show_runner(qtbot: Any, context: AppContext, session_id: int, size: tuple[int, int]) -> Any:
    """The runner on a fake clock, silent and not full screen, shown at `size`."""
    from console.domain.clock import FakeClock
    from console.ui.runner.runner_window import start_runner

    window = start_runner(
        context, session_id, clock=FakeClock(10.0), cues=Cues(sound=False, speech=False),
        full_screen=False,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
