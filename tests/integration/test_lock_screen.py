"""The lock screen: idle auto-lock, Ctrl+L, PINs, and nothing shown or stopped behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.settings.lock_screen import LockOverlay, ScreenLock
from console.ui.settings.security_actions import set_pin
from console.ui.shell.context import AppContext
from tests.storage_helpers import PLAN, add_patient


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _setup(
    qtbot: QtBot, db_path: Path, minutes: int = 5
) -> tuple[AppContext, QMainWindow, ScreenLock, Clock]:
    context = AppContext(
        db_path=db_path, settings=LoadedSettings(Settings(auto_lock_minutes=minutes))
    )
    window = QMainWindow()
    secret = QLabel("Núñez, José — grade 4+")
    secret.setObjectName("patientData")
    window.setCentralWidget(secret)
    window.setWindowTitle("PNF Console — Núñez, José")
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    clock = Clock()
    lock = ScreenLock(context, window, clock=clock, check_interval_ms=60_000)
    lock.start()
    return context, window, lock, clock


def _overlay(window: QWidget) -> LockOverlay:
    found = window.findChildren(LockOverlay)
    assert len(found) == 1
    return found[0]


def _cleanup(context: AppContext, lock: ScreenLock) -> None:
    lock.stop()
    context.close()


def test_idle_time_locks_and_input_keeps_it_open(qtbot: QtBot, db_path: Path) -> None:
    context, window, lock, clock = _setup(qtbot, db_path, minutes=5)
    clock.now += 4 * 60
    qtbot.mouseMove(window.centralWidget())
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Shift)
    clock.now += 4 * 60  # eight minutes since start, four since the last key
    lock.check()
    assert not lock.locked
    clock.now += 61
    lock.check()
    assert lock.locked
    overlay = _overlay(window)
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert "Núñez" not in window.windowTitle()
    _cleanup(context, lock)


def test_zero_minutes_never_locks_but_the_key_does(qtbot: QtBot, db_path: Path) -> None:
    context, window, lock, clock = _setup(qtbot, db_path, minutes=0)
    clock.now += 10 * 3600
    lock.check()
    assert not lock.locked
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    _cleanup(context, lock)


def test_the_overlay_hides_every_window_and_holds_back_input(qtbot: QtBot, db_path: Path) -> None:
    context, _window, lock, _ = _setup(qtbot, db_path)
    runner = QWidget()
    runner.setWindowTitle("Runner — Núñez, José")
    field = QLineEdit(runner)
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitExposed(runner)
    lock.lock()
    runner_overlay = _overlay(runner)
    assert runner_overlay.isVisible()
    assert "Núñez" not in runner.windowTitle()
    qtbot.keyClicks(field, "4+")
    assert field.text() == ""  # the key never reached the covered window
    lock.unlock(1)
    assert runner.windowTitle() == "Runner — Núñez, José"
    assert not runner.findChildren(LockOverlay) or not runner_overlay.isVisible()
    qtbot.keyClicks(field, "4+")
    assert field.text() == "4+"
    _cleanup(context, lock)


def test_a_running_timer_keeps_saving_behind_the_lock(qtbot: QtBot, db_path: Path) -> None:
    context, _window, lock, _ = _setup(qtbot, db_path)
    repo = context.repository
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    lock.lock()
    saved: list[int] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(
        lambda: saved.append(repo.sessions.add_grade(session, "4", protocol_id="p", side="left"))
    )
    timer.start(10)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert lock.locked
    assert [r.id for r in repo.sessions.records(session)] == saved
    _cleanup(context, lock)


def test_unlock_asks_the_pin_of_the_therapist(qtbot: QtBot, db_path: Path) -> None:
    context, window, lock, _ = _setup(qtbot, db_path)
    repo = context.repository
    ana = repo.therapists.create("Ana")
    ben = repo.therapists.create("Ben")
    set_pin(repo, ana, "4321")
    assert repo.therapists.get(ana).has_pin and not repo.therapists.get(ben).has_pin
    lock.lock()
    overlay = _overlay(window)
    overlay.therapist.setCurrentIndex(overlay.therapist.findData(ana))
    assert overlay.pin.isEnabled()
    qtbot.keyClicks(overlay.pin, "1111")
    qtbot.keyClick(overlay.pin, Qt.Key.Key_Return)
    assert lock.locked
    assert overlay.message.text() == "That PIN is not right. Try again."
    assert overlay.pin.text() == ""
    with qtbot.waitSignal(lock.unlocked) as unlocked:
        qtbot.keyClicks(overlay.pin, "4321")
        qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert unlocked.args == [ana]
    assert not lock.locked
    _cleanup(context, lock)


def test_a_therapist_without_pin_unlocks_with_the_button(qtbot: QtBot, db_path: Path) -> None:
    context, window, lock, _ = _setup(qtbot, db_path)
    ben = context.repository.therapists.create("Ben")
    lock.lock()
    overlay = _overlay(window)
    overlay.therapist.setCurrentIndex(overlay.therapist.findData(ben))
    assert not overlay.pin.isEnabled()
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked and lock.therapist_id == ben
    _cleanup(context, lock)


def test_enter_unlocks_with_the_focus_on_the_button(qtbot: QtBot, db_path: Path) -> None:
    context, window, lock, _ = _setup(qtbot, db_path)
    ben = context.repository.therapists.create("Ben")
    lock.lock()
    overlay = _overlay(window)
    overlay.therapist.setCurrentIndex(overlay.therapist.findData(ben))
    assert overlay.unlock_button.hasFocus() or overlay.focusWidget() is overlay.unlock_button
    qtbot.keyClick(overlay.unlock_button, Qt.Key.Key_Return)
    assert not lock.locked and lock.therapist_id == ben
    _cleanup(context, lock)


@pytest.mark.parametrize("minutes", [1, 5, 30])
def test_the_limit_comes_from_settings(qtbot: QtBot, db_path: Path, minutes: int) -> None:
    context, _, lock, clock = _setup(qtbot, db_path, minutes=minutes)
    clock.now += minutes * 60 - 1
    lock.check()
    assert not lock.locked
    clock.now += 1
    lock.check()
    assert lock.locked
    _cleanup(context, lock)


def test_what_is_saved_after_an_unlock_carries_that_therapist(qtbot: QtBot, db_path: Path) -> None:
    context, _window, lock, _ = _setup(qtbot, db_path)
    lock.unlocked.connect(context.set_therapist)
    repo = context.repository
    ana = repo.therapists.create("Ana")
    patient = add_patient(repo)
    session = repo.sessions.start(patient, PLAN)
    lock.lock()
    lock.try_unlock(ana, "")
    record = repo.sessions.add_grade(
        session, "4", protocol_id="p", side="left"
    )  # no therapist given
    assert repo.sessions.record(record).therapist_id == ana
    assert repo.audit.entries()[-1]["therapist_id"] == ana
    _cleanup(context, lock)


def test_keys_from_the_window_system_reach_the_pin_field(qtbot: QtBot, db_path: Path) -> None:
    """Real keys arrive at the window first and then go to its focus widget: the
    PIN field gets them, the covered content does not."""
    context, window, lock, _ = _setup(qtbot, db_path)
    ana = context.repository.therapists.create("Ana")
    set_pin(context.repository, ana, "2468")
    with qtbot.waitActive(window):
        window.activateWindow()
    lock.lock()
    overlay = _overlay(window)
    overlay.therapist.setCurrentIndex(overlay.therapist.findData(ana))
    handle = window.windowHandle()
    assert handle is not None
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_8):
        QTest.keyClick(handle, key)
    assert overlay.pin.text() == "2468"
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert not lock.locked
    _cleanup(context, lock)


def test_a_window_that_opens_while_locked_is_covered_too(qtbot: QtBot, db_path: Path) -> None:
    context, _window, lock, _ = _setup(qtbot, db_path)
    lock.lock()
    message = QWidget()
    message.setWindowTitle("Saved: Núñez, José")
    qtbot.addWidget(message)
    message.show()
    qtbot.waitExposed(message)
    assert _overlay(message).isVisible()
    assert "Núñez" not in message.windowTitle()
    message.close()
    lock.unlock(1)
    assert message.windowTitle() == "Saved: Núñez, José"
    assert not lock.locked
    _cleanup(context, lock)


def test_five_wrong_pins_pause_unlocking(qtbot: QtBot, db_path: Path) -> None:
    context, window, lock, clock = _setup(qtbot, db_path)
    ana = context.repository.therapists.create("Ana")
    set_pin(context.repository, ana, "2468")
    lock.lock()
    for _ in range(5):
        assert not lock.try_unlock(ana, "0000")
    assert not lock.try_unlock(ana, "2468")  # even the right PIN waits now
    assert "Try again in 30 seconds" in _overlay(window).message.text()
    clock.now += 30
    assert lock.try_unlock(ana, "2468")
    _cleanup(context, lock)
