"""Every control on the main screens can be found by a screen reader and by keyboard.

The walk builds Today, Patients, Protocols and Settings and checks that every
interactive widget has an accessible name, a label that is its buddy, or text of its
own, so a screen reader says what it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.ui.main_window import MainWindow
from tests.integration.ui_helpers import add_patient, make_context, open_repo

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)
# Parts of a composite control: the composite carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QScrollBar)


def is_part_of_a_composite(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def has_visible_text(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip())
    return False


def unnamed_controls(page: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget.isHidden() or is_part_of_a_composite(widget, page):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if has_visible_text(widget):
            continue
        missing.append(
            f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        )
    return missing


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    db = tmp_path / "db.sqlite"
    repo = open_repo(db)
    add_patient(repo)
    repo.close()
    window = MainWindow(context=make_context(db))
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    return window


@pytest.mark.parametrize("key", ["today", "patients", "protocols", "settings"])
def test_every_control_has_a_name(window: MainWindow, key: str) -> None:
    page = window.show_page(key)
    assert unnamed_controls(page) == []


def test_the_navigation_has_a_name(window: MainWindow) -> None:
    assert window.nav.accessibleName()
