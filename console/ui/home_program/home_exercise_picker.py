"""The home exercises of the protocol library, searched and filtered, to add to a program."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.labels import region_name
from console.domain.protocol import Protocol
from console.ui.library.protocol_model import (
    ProtocolFilter,
    ProtocolFilterProxy,
    ProtocolRole,
    ProtocolTableModel,
)


class _PickerTable(QTableView):
    """Enter on a row adds that exercise."""

    activated_row = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit()
            return
        super().keyPressEvent(event)


class HomeExercisePicker(QWidget):
    """Search and region filter over the `kind = "home"` protocols; emits `chosen`."""

    chosen = Signal(object)  # Protocol

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProtocolTableModel(self)
        self.proxy = ProtocolFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_criteria(ProtocolFilter(kind="home"))

        heading = QLabel(self.tr("<b>Home exercises</b>"))
        self.search = QLineEdit(placeholderText=self.tr("Search home exercises…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search home exercises"))
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        self.region.addItem(self.tr("All regions"), "")
        self.table = _PickerTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Home exercises to choose from"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The title alone: the region is chosen in the filter above.
        for column in range(1, len(ProtocolTableModel.COLUMNS)):
            self.table.setColumnHidden(column, True)
        self.add_button = QPushButton(self.tr("&Add to program →"))
        self.add_button.setToolTip(self.tr("Add the chosen exercise (Enter or double-click)"))
        self.add_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.region)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_button)

        self.search.textChanged.connect(self._filter)
        self.region.currentIndexChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_enter)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated_row.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.add_button.setEnabled(current.isValid())
        )

    def set_protocols(self, protocols: Iterable[Protocol], language: str = "en") -> None:
        home = [p for p in protocols if p.kind == "home"]
        self.model.set_language(language)
        self.model.set_rows(home)
        chosen = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), "")
        for region in sorted({p.region.value for p in home}):
            self.region.addItem(region_name(region, language), region)
        index = self.region.findData(chosen)
        self.region.setCurrentIndex(max(index, 0))
        self.region.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_criteria(
            ProtocolFilter(
                text=self.search.text(), region=str(self.region.currentData() or ""), kind="home"
            )
        )
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.add_button.setEnabled(self.table.currentIndex().isValid())

    def visible_ids(self) -> list[str]:
        """The ids of the exercises the filter shows, top to bottom."""
        return [
            self.proxy.index(row, 0).data(ProtocolRole).id for row in range(self.proxy.rowCount())
        ]

    def current_protocol(self) -> Protocol | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        protocol = index.siblingAtColumn(0).data(ProtocolRole)
        return protocol if isinstance(protocol, Protocol) else None

    def choose(self, protocol_id: str) -> bool:
        """Make the exercise with this id the current row (if the filter shows it)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ProtocolRole).id == protocol_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def add_current(self) -> None:
        protocol = self.current_protocol()
        if protocol is not None:
            self.chosen.emit(protocol)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.add_current()

    def _search_enter(self) -> None:
        if self.proxy.rowCount() == 1:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.add_current()
