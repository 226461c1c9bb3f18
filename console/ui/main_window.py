"""The main window: navigation between Today, Patients, Protocols and Settings.

Pages are built the first time they are shown, so start-up paints at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.ui.context import AppContext
from console.ui.geometry import GeometryMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

PageFactory = Callable[[AppContext], QWidget]


def _protocols_page(context: AppContext) -> QWidget:
    from console.ui.protocols_page import ProtocolsPage

    return ProtocolsPage(context)


def _settings_page(context: AppContext) -> QWidget:
    from console.ui.settings_page import SettingsPage

    return SettingsPage(context)


class PlaceholderPage(QWidget):
    """A page whose screen is not built yet says so plainly."""

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h1>{title}</h1>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(GeometryMixin, QMainWindow):
    geometry_key = "main"

    def __init__(
        self,
        db_path: Path | None = None,
        demo: bool = False,
        context: AppContext | None = None,
    ) -> None:
        super().__init__()
        self.context = context or AppContext(db_path=db_path)
        self.demo = demo
        self.setWindowTitle(self.tr("PNF Console"))
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(190)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self._factories: list[PageFactory | None] = []
        self._pages: dict[str, int] = {}
        self._keys: list[str] = []

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.add_page(
            "today",
            self.tr("Today"),
            lambda c: PlaceholderPage(
                self.tr("Today"),
                self.tr("Patients seen today and unfinished sessions appear here."),
            ),
        )
        self.add_page(
            "patients",
            self.tr("Patients"),
            lambda c: PlaceholderPage(
                self.tr("Patients"), self.tr("Patient search and charts appear here.")
            ),
        )
        self.add_page("protocols", self.tr("Protocols"), _protocols_page)
        self.add_page("settings", self.tr("Settings"), _settings_page)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._add_shortcuts()
        if not self.restore_geometry():
            self.resize(1200, 800)

    def _add_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        for row in range(self.nav.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.nav.setCurrentRow(r))

    def add_page(self, key: str, label: str, factory: PageFactory) -> None:
        self.nav.addItem(label)
        self._keys.append(key)
        self._pages[key] = len(self._factories)
        self._factories.append(factory)
        self.stack.addWidget(QWidget())

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, built on first use."""
        row = self._pages[key]
        factory = self._factories[row]
        if factory is not None:
            placeholder = self.stack.widget(row)
            widget = factory(self.context)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._factories[row] = None
        page = self.stack.widget(row)
        assert page is not None
        return page

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._pages[key])
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.page(self._keys[row]))

    def finish_startup(self) -> None:
        """Work done right after the first paint: settings, the protocol library."""
        if self.context.settings_problem:
            self.statusBar().showMessage(self.context.settings_problem)
        _ = self.context.library

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.context.close()
        super().closeEvent(event)
