"""Text size follows the system font and the Settings scale, at start and on Save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from console.ui.settings.settings_page import SettingsPage
from console.ui.shell.font_scale import (
    _APPLIED_PT,
    _SYSTEM_PT,
    apply_font_scale,
    follow_font_scale,
    text_size,
)
from console.ui.shell.main_window import MainWindow
from console.ui.shell.style import BASE_PT
from tests.integration.ui_helpers import make_context


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application, its font and style put back afterwards."""
    font, sheet = qapp.font(), qapp.styleSheet()
    qapp.setProperty(_SYSTEM_PT, None)
    qapp.setProperty(_APPLIED_PT, None)
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty(_SYSTEM_PT, None)
    qapp.setProperty(_APPLIED_PT, None)


def test_the_scale_multiplies_the_base_size(app: QApplication, qtbot: QtBot) -> None:
    base = text_size(app, 1.0)
    assert base >= BASE_PT
    size = apply_font_scale(1.5, app)
    assert size == round(base * 1.5, 1)
    assert app.font().pointSizeF() == pytest.approx(size)
    assert f"font-size: {size}pt" in app.styleSheet()
    label = QLabel("Hold")
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.font().pointSizeF() == pytest.approx(size)


def test_a_larger_system_font_is_followed(app: QApplication) -> None:
    app.setProperty(_SYSTEM_PT, 14.0)
    assert text_size(app, 1.0) == 14.0
    assert text_size(app, 1.25) == 17.5
    app.setProperty(_SYSTEM_PT, 8.0)  # a small system font keeps the readable floor
    assert text_size(app, 1.0) == BASE_PT


def test_nothing_is_redone_at_the_same_size(app: QApplication) -> None:
    sheet = app.styleSheet()
    app.setProperty(_SYSTEM_PT, BASE_PT)
    assert apply_font_scale(1.0, app) == BASE_PT
    assert app.styleSheet() == sheet


def test_saving_a_new_scale_applies_it(app: QApplication, qtbot: QtBot, db_path: Path) -> None:
    app.setProperty(_SYSTEM_PT, BASE_PT)
    context = make_context(db_path)
    follow_font_scale(context, app)
    page = SettingsPage(context, speech_engine="mock")
    qtbot.addWidget(page)
    scale = page.language.font_scale
    scale.setCurrentIndex(scale.findData(2.0))
    assert page.save()
    assert app.font().pointSizeF() == pytest.approx(BASE_PT * 2)


def test_the_saved_scale_is_applied_at_start(
    app: QApplication, qtbot: QtBot, db_path: Path
) -> None:
    app.setProperty(_SYSTEM_PT, BASE_PT)
    context = make_context(db_path)
    context.settings.font_scale = 1.25
    window = MainWindow(context=context)
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    assert app.font().pointSizeF() == pytest.approx(round(BASE_PT * 1.25, 1))


@pytest.mark.parametrize(
    ("scale", "size"), [(1.0, (1280, 800)), (2.0, (1280, 800)), (2.0, (800, 600))]
)
def test_the_lock_screen_fits_its_text_at_every_size(
    app: QApplication, qtbot: QtBot, scale: float, size: tuple[int, int]
) -> None:
    """In Spanish, with a long name and a refusal on two lines at large text, every
    field keeps its height, no label is cut and the whole panel can be reached."""
    from PySide6.QtWidgets import QComboBox, QFrame, QLineEdit, QMainWindow, QPushButton

    from console.ui.settings.lock_screen import LockOverlay
    from console.ui.shell.i18n import install_language

    apply_font_scale(scale, app)
    assert install_language("es")
    try:
        window = QMainWindow()
        window.setCentralWidget(QLabel("datos del paciente"))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        overlay = LockOverlay(window, [(1, "María José Fernández de Córdoba", True)])
        overlay.show()
        overlay.refuse("El PIN no es correcto. Inténtelo de nuevo, despacio y con calma.")
        QApplication.processEvents()  # the layout requests the refusal posted
        panel = overlay.findChild(QFrame, "lockPanel")
        assert panel is not None
        # The whole panel can be reached: in the window, or by scrolling the lock screen.
        fits = panel.height() <= overlay.scroller.viewport().height()
        assert fits or overlay.scroller.verticalScrollBar().maximum() > 0
        assert panel.width() <= window.width()
        for field in panel.findChildren(QLineEdit) + panel.findChildren(QComboBox):
            assert field.height() >= field.sizeHint().height(), field
        for button in panel.findChildren(QPushButton):
            assert button.height() >= button.sizeHint().height()
        for label in panel.findChildren(QLabel):
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
            elif label.text():
                assert label.width() >= label.sizeHint().width(), label.text()
    finally:
        install_language("en")


def test_at_double_size_the_screens_scroll_instead_of_growing(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """Text at 200 % on a 1366 x 768 screen: the window keeps the screen's size and the
    screens scroll; nothing is pushed off the screen's edge."""
    from PySide6.QtWidgets import QTabWidget

    from console.ui.shell.context import AppContext
    from console.ui.shell.style import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    window = MainWindow(demo=True, context=AppContext(db_path=tmp_path / "demo.db"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    apply_font_scale(2.0, app)
    chart = window.open_chart(window.context.repository.patients.all()[0].id)
    tabs = chart.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(tabs.count() - 1)  # the home program: three panes
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1366, 768)
    scroller = window.scroller
    assert scroller.verticalScrollBar().maximum() > 0 or (
        scroller.horizontalScrollBar().maximum() > 0
    )
