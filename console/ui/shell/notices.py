"""Messages to the therapist that do not stop the program while they are read."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    name: str = "",
    informative: str = "",
) -> QMessageBox:
    """A message box filled in but not shown: the caller adds buttons, then opens it."""
    box = QMessageBox(parent)
    if name:
        box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show a message box without blocking (window-modal); returns it (tests read it)."""
    box = message_box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Like ``inform`` for something that went wrong (a storage problem, a refused edit)."""
    box = inform(parent, title, text)
    box.setIcon(QMessageBox.Icon.Warning)
    return box
