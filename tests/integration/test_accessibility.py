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

from console.ui.settings.settings_page import SettingsPage
from console.ui.shell.main_window import MainWindow
from console.ui.shell.style import style_sheet
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
    monkeypatch.setattr("console.ui.runner.voices.DEFAULT_ENGINE", "mock")
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
    patient_id = window.context.repository.patients.all()[0].id
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


def _mnemonic(text: str) -> str | None:
    """The letter after a single & ("Sa&ve note" -> "v"), or None."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def _shared_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that more than one visible control of `window` answers to."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    found: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts = [widget.text()]
        elif isinstance(widget, QTabWidget):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = _mnemonic(text)
            if key:
                found.setdefault(key, []).append(text)
    return {key: texts for key, texts in found.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_controls_on_a_screen_share_an_alt_key(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Alt+letter reaches one control on every screen: the main screens, each Settings
    tab, and each tab of a chart whose patient has a session to resume."""
    from PySide6.QtWidgets import QTabWidget

    from console.domain.settings import Settings
    from console.storage.settings_file import LoadedSettings
    from console.ui.shell.context import AppContext
    from console.ui.shell.i18n import install_language

    assert install_language(language)
    try:
        settings = Settings(interface_language=language, protocol_language=language)
        context = AppContext(db_path=tmp_path / "demo.db", settings=LoadedSettings(settings))
        window = MainWindow(demo=True, context=context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.finish_startup()
        shared: dict[str, dict[str, list[str]]] = {}

        def look(name: str) -> None:
            QApplication.processEvents()
            found = _shared_mnemonics(window)
            if found:
                shared[name] = found

        for key in ("today", "patients", "protocols", "settings"):
            page = window.show_page(key)
            tabs = page.findChild(QTabWidget) if key == "settings" else None
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                look(f"{key} {index}")
        unfinished = context.repository.sessions.unfinished()
        assert unfinished, "the demo leaves a session to resume"
        chart = window.open_chart(unfinished[0].patient_id)
        chart_tabs = chart.findChild(QTabWidget)
        assert chart_tabs is not None
        for index in range(chart_tabs.count()):
            chart_tabs.setCurrentIndex(index)
            look(f"chart {chart_tabs.tabText(index)}")
        assert shared == {}
    finally:
        install_language("en")
