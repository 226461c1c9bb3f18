"""Every control on the main screens can be found by a screen reader and by keyboard.

The walk builds Today, Patients, Protocols and Settings and checks that every
interactive widget has an accessible name, a label that is its buddy, or text of its
own, so a screen reader says what it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
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
from console.ui.settings_page import SettingsPage
from console.ui.style import style_sheet
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
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr("console.ui.voices.DEFAULT_ENGINE", "mock")
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


def test_the_patient_chart_names_every_control(window: MainWindow) -> None:
    patient_id = window.context.repository.patients()[0].id
    chart = window.open_chart(patient_id)
    assert unnamed_controls(chart) == []


def tab_stops(window: MainWindow, qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


@pytest.mark.qt_log_ignore("pipewire")
def test_tab_reaches_every_control_of_each_settings_section(
    window: MainWindow, qtbot: QtBot
) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        section = page.tabs.currentWidget()
        wanted = [
            w
            for w in section.findChildren(QWidget)
            if isinstance(w, INTERACTIVE)
            and not isinstance(w, QScrollBar)
            and w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not is_part_of_a_composite(w, section)
        ]
        visited = tab_stops(window, qtbot, page.tabs.tabBar(), len(wanted) + 6)
        missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted if w not in visited]
        assert missing == [], page.tabs.tabText(index)
        # Tab leaves the section: no control keeps the keyboard.
        assert (
            page.save_button in visited
            or page.revert_button in visited
            or not (page.save_button.isEnabled() or page.revert_button.isEnabled())
        )


def test_focus_is_drawn_on_every_kind_of_control() -> None:
    sheet = style_sheet()
    for selector in ("QPushButton:focus", "QLineEdit:focus", "QTableView:focus", "QCheckBox:focus"):
        assert selector in sheet
