"""A table model whose columns have names: what every list screen shares.

Subclasses name their COLUMNS, give the header texts (translated) and the cell text of
one row; row storage, counts and the horizontal header are here. Tested without any
view, as STYLE.md asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class NamedColumnsModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: tuple[str, ...] = ()
    #: The role under which ``data`` gives ``row_data`` of a row (None: no such role).
    ROW_ROLE: int | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> list[str]:
        """The header text of each column, in COLUMNS order."""
        raise NotImplementedError

    def replace_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def column(self, name: str) -> int:
        return self.COLUMNS.index(name)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def text(self, row: Row, column: str) -> str:
        """The text of one cell (shown, and its tooltip)."""
        raise NotImplementedError

    def row_data(self, row: Row) -> Any:
        """What ``ROW_ROLE`` gives for a row: the row itself unless a subclass says."""
        return row

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if self.ROW_ROLE is not None and role == self.ROW_ROLE:
            return self.row_data(row)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.text(row, self.COLUMNS[index.column()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
