"""The Protocols screen: browse and filter the library, read a protocol, see rejects."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console import resources
from console.domain.labels import kind_name, pattern_name, region_name, technique_name
from console.domain.protocol import Protocol
from console.ui.library.protocol_detail import protocol_detail_html
from console.ui.library.protocol_model import (
    ProtocolFilter,
    ProtocolFilterProxy,
    ProtocolTableModel,
    fit_columns,
)
from console.ui.shell.context import AppContext
from console.ui.shell.panes import split


class ProtocolsPage(QWidget):
    protocol_selected = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ProtocolTableModel(self)
        self.proxy = ProtocolFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.current: Protocol | None = None

        self.search = QLineEdit(placeholderText=self.tr("Search protocols…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.setAccessibleName(self.tr("Search protocols"))
        self.region = self._combo(self.tr("All regions"), self.tr("Region"))
        self.pattern = self._combo(self.tr("All patterns"), self.tr("Pattern"))
        self.technique = self._combo(self.tr("All techniques"), self.tr("Technique"))
        self.kind = self._combo(self.tr("All kinds"), self.tr("Kind"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Protocol language"))
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Read the protocol folders again"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.region, self.pattern, self.technique, self.kind):
            filters.addWidget(combo, 1)
        filters.addWidget(self.language)
        filters.addWidget(self.reload_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table)
        self.table.setAccessibleName(self.tr("Protocols"))

        self.illustration = QSvgWidget()
        self.illustration.setMinimumHeight(200)
        self.illustration.setMaximumHeight(260)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setAccessibleName(self.tr("Protocol detail"))
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.illustration)
        detail_layout.addWidget(self.detail, 1)

        splitter = split(Qt.Orientation.Horizontal, [(self.table, 3), (detail_box, 2)], [900, 460])

        self.rejected = QListWidget()
        self.rejected.setAccessibleName(self.tr("Rejected protocol files"))
        self.rejected.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Library"))
        self.tabs.addTab(self.rejected, self.tr("Rejected files"))

        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.region, self.pattern, self.technique, self.kind):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.reload_button.clicked.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context.library_changed.connect(self.populate)
        index = self.language.findData(context.settings.protocol_language)
        self.language.setCurrentIndex(max(index, 0))
        self.populate()

    def _combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, "")
        # Long pattern names (longer still in Spanish) would squeeze the search field:
        # the filter is as wide as its share of the row, its list as wide as the names.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        # Narrower still, eliding, where the screen is (the page fits 1024 pixels).
        combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * 9)
        return combo

    def _fill(
        self, combo: QComboBox, values: set[str], name: Callable[[str, str], str] | None = None
    ) -> None:
        current = combo.currentData()
        lang = self.language.currentData() or "en"
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in sorted(values):
            combo.addItem(name(value, lang) if name else value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def populate(self) -> None:
        library = self.context.library
        self.model.set_rows(list(library))
        fit_columns(self.table)
        self.populate_filters()
        self.rejected.clear()
        for rejected in library.rejected:
            for error in rejected.errors:
                self.rejected.addItem(str(error))
        self.tabs.setTabText(1, self.tr("Rejected files (%n)", "", len(library.rejected)))
        self._apply_filter()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def populate_filters(self) -> None:
        specs = [p.spec for p in self.context.library]
        self._fill(self.region, {s.region.value for s in specs}, region_name)
        self._fill(self.pattern, {s.pattern for s in specs if s.pattern}, pattern_name)
        self._fill(
            self.technique, {s.technique.value for s in specs if s.technique}, technique_name
        )
        self._fill(self.kind, {s.kind for s in specs}, kind_name)

    def reload(self) -> None:
        self.context.reload_library()

    def _apply_filter(self) -> None:
        self.proxy.set_criteria(
            ProtocolFilter(
                text=self.search.text(),
                region=self.region.currentData() or "",
                pattern=self.pattern.currentData() or "",
                technique=self.technique.currentData() or "",
                kind=self.kind.currentData() or "",
            )
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.status.setText(self.tr("{0} of %n protocol(s) shown", "", total).format(shown))

    def _language_changed(self) -> None:
        self.model.set_language(self.language.currentData())
        fit_columns(self.table)
        self.populate_filters()
        self.show_protocol(self.current)

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        source: QModelIndex = self.proxy.mapToSource(indexes[0])
        self.show_protocol(self.model.protocol(source.row()))

    def show_protocol(self, protocol: Protocol | None) -> None:
        self.current = protocol
        if protocol is None:
            self.detail.clear()
            self.illustration.load(b"")
            return
        self.detail.setHtml(protocol_detail_html(protocol, self.language.currentData()))
        path = protocol.illustration_path(resources.illustrations_dir())
        if path is not None and path.is_file():
            self.illustration.load(str(path))
            self.illustration.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self.illustration.show()
        else:
            self.illustration.hide()
        self.protocol_selected.emit(protocol.id)

    def focus_first(self) -> None:
        """Put the keyboard in the search box, its text selected for typing over."""
        self.search.setFocus()
        self.search.selectAll()
