"""PySide6 6.12 on Python 3.11: void methods must not be able to free None."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from console.ui.shell.none_guard import keep_none_alive


def test_none_outlives_many_void_calls() -> None:
    keep_none_alive()
    keep_none_alive()  # once per process: a second call adds nothing
    before = sys.getrefcount(None)
    holder = QObject()
    for _ in range(20_000):  # far more than None's own references on a bare 3.11
        holder.setObjectName("x")
    assert sys.getrefcount(None) > 1 << 39
    assert before - sys.getrefcount(None) <= 20_000


def test_true_and_false_outlive_many_signal_emits() -> None:
    """``Signal.emit`` returns a bool without a reference to it; the views' ``changed``
    signal is emitted for every save, also for other rooms' on the clinic server."""
    from PySide6.QtCore import Signal

    class Emitter(QObject):
        changed = Signal(str)

    keep_none_alive()
    emitter = Emitter()
    for _ in range(20_000):
        emitter.changed.emit("patients")
    assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(False) > 1 << 39
