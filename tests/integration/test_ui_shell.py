"""The main window and the protocol browser, driven with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.settings import Settings
from console.storage.settings_file import LoadedSettings
from console.ui.library.protocol_model import ProtocolTableModel
from console.ui.library.protocols_page import ProtocolsPage
from console.ui.shell.context import AppContext
from console.ui.shell.main_window import MainWindow
from tests.conftest import DATA
from tests.unit.test_protocol_validation import BASE


def make_window(qtbot: QtBot, tmp_path: Path, folders: list[Path]) -> MainWindow:
    settings = Settings(protocol_folders=[str(f) for f in folders])
    context = AppContext(db_path=tmp_path / "db.sqlite", settings=LoadedSettings(settings))
    window = MainWindow(context=context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_main_window_navigates_between_pages(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, [])
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels == ["Today", "Patients", "Protocols", "Settings"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, ProtocolsPage)
    qtbot.waitUntil(page.search.hasFocus)  # ready to type a search
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 3


def test_protocol_browser_filters_and_shows_detail(qtbot: QtBot, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    (clinic / "mine.toml").write_text(BASE, encoding="utf-8")
    (clinic / "broken.toml").write_text(BASE.replace("seconds = 5", "seconds = 0"), "utf-8")
    window = make_window(qtbot, tmp_path, [DATA / "protocols" / "good", clinic])
    page = window.show_page("protocols")
    assert isinstance(page, ProtocolsPage)

    # The clinic's file is in the library, the broken one in the rejected list.
    ids = [page.model.protocol(row).id for row in range(page.model.rowCount())]
    assert "test-protocol" in ids and "clinic-ue-d1-flexion" in ids
    rejected = [page.rejected.item(i).text() for i in range(page.rejected.count())]
    assert f"{clinic / 'broken.toml'}:16:1: steps[2].seconds: must be at least 0.5, got 0" in (
        rejected
    )
    assert page.tabs.tabText(1).startswith("Rejected files")

    # Filter by kind, then by typed text.
    page.kind.setCurrentIndex(page.kind.findData("home"))
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert "Bridge" in shown
    assert all(
        page.model.protocol(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).kind == "home"
        for r in range(page.proxy.rowCount())
    )
    page.kind.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "test-protocol")
    assert page.proxy.rowCount() == 1

    # Selecting shows the detail; Spanish switches the texts.
    page.table.selectRow(0)
    assert "Test" in page.detail.toPlainText()
    page.language.setCurrentIndex(page.language.findData("es"))
    assert "Prueba" in page.detail.toPlainText()
    assert page.proxy.index(0, 0).data() == "Prueba"


def test_reload_picks_up_a_new_file(qtbot: QtBot, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    window = make_window(qtbot, tmp_path, [clinic])
    page = window.show_page("protocols")
    assert isinstance(page, ProtocolsPage)
    before = page.model.rowCount()
    (clinic / "mine.toml").write_text(BASE, encoding="utf-8")
    with qtbot.waitSignal(window.context.library_changed):
        qtbot.mouseClick(page.reload_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1


def test_table_model_columns_without_a_view(tmp_path: Path) -> None:
    from console.domain.library import load_library

    library = load_library([(DATA / "protocols" / "good", False)])
    model = ProtocolTableModel()
    model.set_rows(list(library))
    assert model.rowCount() == 2 and model.columnCount() == 5
    first = [model.index(0, c).data() for c in range(5)]
    assert first == ["Bridge", "Core", "", "", "Home"]
    model.set_language("es")
    assert model.index(1, 0).data() == "Miembro superior: flexión D1, mantener-relajar"


def test_the_first_window_fits_a_small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a real screen smaller than the design size the first window takes the free
    area instead of running off the edge (the offscreen platform keeps the design)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from console.ui.shell.main_window import FIRST_SIZE, first_size

    assert first_size(QSize(1024, 738)) == FIRST_SIZE  # offscreen: no real screen
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    assert first_size(QSize(1024, 738)) == QSize(1024, 738)
    assert first_size(QSize(1280, 770)) == QSize(1280, 770)
    assert first_size(QSize(2560, 1400)) == FIRST_SIZE


@pytest.mark.parametrize("language", ["en", "es"])
def test_protocol_columns_are_whole_when_wide_and_leave_the_title_room_when_narrow(
    qtbot: QtBot, language: str
) -> None:
    from PySide6.QtWidgets import QTableView

    from console import resources
    from console.domain.library import load_library
    from console.ui.library.protocol_model import TITLE_SHARE, WIDEST_COLUMN, fit_columns

    library = load_library([(resources.protocols_dir(), True)])
    model = ProtocolTableModel()
    model.set_language(language)
    model.set_rows(list(library))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(1500, 600)
    table.show()
    fit_columns(table)
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    pattern = ProtocolTableModel.COLUMNS.index("pattern")
    widest = max(
        metrics.horizontalAdvance(str(model.index(row, pattern).data()))
        for row in range(model.rowCount())
    )
    # Wide: the pattern column shows its longest name whole (up to the cap).
    assert header.sectionSize(pattern) >= min(widest, WIDEST_COLUMN - 12)
    # Narrow: the other columns give way and the title keeps its share.
    table.resize(640, 600)
    qtbot.waitUntil(lambda: table.viewport().width() < 700)
    others = sum(
        header.sectionSize(column)
        for column in range(1, model.columnCount())
        if not table.isColumnHidden(column)
    )
    assert others <= table.viewport().width() * (1 - TITLE_SHARE) + 1
    assert header.sectionSize(0) >= table.viewport().width() * TITLE_SHARE - 1
    # The widest columns give way first: the short kind column stays whole.
    kind = ProtocolTableModel.COLUMNS.index("kind")
    kinds = [str(model.index(row, kind).data()) for row in range(model.rowCount())]
    assert header.sectionSize(kind) >= max(metrics.horizontalAdvance(k) for k in kinds)


def test_protocol_rows_follow_the_alphabet_of_the_language_shown(
    qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPersistentModelIndex

    from console import resources
    from console.domain.library import load_library
    from console.domain.patients import fold

    library = load_library([(resources.protocols_dir(), True)])
    model = ProtocolTableModel()
    model.set_rows(list(library))
    qtmodeltester.check(model)

    def shown(kind: str) -> list[str]:
        rows = [model.protocol(row) for row in range(model.rowCount())]
        return [p.spec.title.in_(model.language) for p in rows if p.kind == kind]

    kinds = [model.protocol(row).kind for row in range(model.rowCount())]
    assert kinds == sorted(kinds)  # home exercises, then the clinic's protocols
    for kind in ("home", "pnf"):
        assert shown(kind) == sorted(shown(kind), key=fold)
    chin = next(r for r in range(model.rowCount()) if model.protocol(r).id == "home-neck-chin-nod")
    kept = QPersistentModelIndex(model.index(chin, 0))
    model.set_language("es")
    for kind in ("home", "pnf"):
        assert shown(kind) == sorted(shown(kind), key=fold)
    assert model.protocol(kept.row()).id == "home-neck-chin-nod"  # a selection stays put
    assert model.index(kept.row(), 0).data() == model.protocol(kept.row()).spec.title.es
    qtmodeltester.check(model)
