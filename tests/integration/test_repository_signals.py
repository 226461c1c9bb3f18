"""The Qt adapter: repository changes arrive as `changed(table)` signals."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from console.ui.shell.repository_signals import RepositorySignals
from tests.storage_helpers import add_patient, make_repo


def test_changed_is_emitted_after_each_commit(qtbot: QtBot, db_path: Path) -> None:
    repo = make_repo(db_path)
    try:
        signals = RepositorySignals(repo)
        heard: list[str] = []
        signals.changed.connect(heard.append)
        with qtbot.waitSignal(signals.changed, check_params_cb=lambda t: t == "patients"):
            patient = add_patient(repo)
        assert heard == ["audit_log", "patients"]
        signals.detach()
        repo.patients.update(patient, notes="x")
        assert heard == ["audit_log", "patients"]
    finally:
        repo.close()


def test_a_destroyed_adapter_stops_listening(qtbot: QtBot, db_path: Path) -> None:
    repo = make_repo(db_path)
    try:
        signals = RepositorySignals(repo)
        with qtbot.waitSignal(signals.destroyed):
            signals.deleteLater()
        add_patient(repo)  # no listener left to call a deleted object
        assert repo.transactions._listeners == []
    finally:
        repo.close()
