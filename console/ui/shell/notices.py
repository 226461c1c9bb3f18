"""Messages to the therapist that do not stop the program while they are read."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show a message box without blocking (window-modal); returns it (tests read it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Like ``inform`` for something that went wrong (a storage problem, a refused edit)."""
    box = inform(parent, title, text)
    box.setIcon(QMessageBox.Icon.Warning)
    return box
