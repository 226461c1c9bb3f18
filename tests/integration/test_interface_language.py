"""The interface in Spanish, the switch between languages, and room for longer texts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.storage.paths import config_dir
from console.storage.settings_peek import peek_interface_language
from console.ui.context import AppContext
from console.ui.i18n import StretchTranslator, compiled_file, install_language
from console.ui.main_window import MainWindow


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")


def nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_spanish_catalogue_compiles() -> None:
    compiled = compiled_file("es")
    assert compiled is not None and compiled.stat().st_size > 0


def test_switching_language_relabels_and_rebuilds(
    qtbot: QtBot, tmp_path: Path, english_afterwards: None
) -> None:
    window = MainWindow(context=AppContext(db_path=tmp_path / "db.sqlite"))
    qtbot.addWidget(window)
    window.show_page("protocols")
    assert nav_labels(window) == ["Today", "Patients", "Protocols", "Settings"]
    window.set_interface_language("es")
    qtbot.waitUntil(lambda: nav_labels(window) == ["Hoy", "Pacientes", "Protocolos", "Ajustes"])
    window.set_interface_language("en")
    qtbot.waitUntil(lambda: nav_labels(window)[0] == "Today")


def test_language_is_read_from_settings_before_any_window() -> None:
    path = config_dir() / "settings.json"
    assert peek_interface_language(path) == "en"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"interface_language": "es"}), encoding="utf-8")
    assert peek_interface_language(path) == "es"
    path.write_text("{broken", encoding="utf-8")
    assert peek_interface_language(path) == "en"


def clipped(root: QWidget) -> list[str]:
    """Visible texts wider than the room their widget has."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap():
            text = widget.text()
            if not text or "<" in text:  # rich text wraps and is measured by Qt itself
                continue
            shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = widget.fontMetrics().horizontalAdvance(shown)
            if needed > widget.contentsRect().width() + 1:
                problems.append(f"label {text!r}: needs {needed}, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(
                    f"{type(widget).__name__} {widget.text()!r}: needs"
                    f" {widget.sizeHint().width()}, has {widget.width()}"
                )
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            for index in range(bar.count()):
                if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                    problems.append(f"tab {bar.tabText(index)!r} is cut")
    return problems


def test_stretched_texts_fit_on_the_main_screens(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    stretch = StretchTranslator(0.3)
    app.installTranslator(stretch)
    try:
        assert QCoreApplication.translate("MainWindow", "Today") == "Today··"
        window = MainWindow(context=AppContext(db_path=tmp_path / "db.sqlite"))
        qtbot.addWidget(window)
        window.resize(1360, 860)
        window.show()
        qtbot.waitExposed(window)
        window.finish_startup()
        problems: dict[str, list[str]] = {}
        for key in ("today", "patients", "protocols", "settings"):
            page = window.show_page(key)
            qtbot.waitUntil(page.isVisible)
            QApplication.processEvents()
            found = clipped(window)
            if found:
                problems[key] = found
        assert problems == {}
    finally:
        app.removeTranslator(stretch)


def test_the_clipping_check_sees_a_cut_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    button = QPushButton("A long button text that cannot fit")
    button.setFixedWidth(60)
    label = QLabel("A long label text that cannot fit either")
    label.setFixedWidth(60)
    layout.addWidget(button)
    layout.addWidget(label)
    box.show()
    qtbot.waitExposed(box)
    assert len(clipped(box)) == 2
