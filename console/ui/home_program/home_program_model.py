"""The exercises of the home program being edited, as a table with named columns.

Each row is a `HomeProgramItem`; a dosage cell is changed through `setData`, which
checks the new value against the domain's ranges and refuses it with a message
(signal `refused`) instead of storing something the handout could not print. Rows move
up and down (buttons, keys, or dragging a row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from console.domain.home_program import HomeProgramItem
from console.domain.protocol import DOSAGE_RANGES

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-pnf-home-program-row"


class HomeProgramModel(QAbstractTableModel):
    """The draft program: rows of exercises with this patient's dosage."""

    COLUMNS = ("exercise", "sets", "reps", "hold_s", "per_day", "days_per_week")

    refused = Signal(str)
    #: Emitted after any change of the rows (added, removed, moved, dosage, texts).
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[HomeProgramItem] = []
        self.title_of: Callable[[str], str] = lambda protocol_id: protocol_id
        for signal in (self.rowsInserted, self.rowsRemoved, self.rowsMoved, self.dataChanged):
            signal.connect(self.edited)
        self.modelReset.connect(self.edited)

    # -- rows -------------------------------------------------------------------------

    def set_items(self, items: Iterable[HomeProgramItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[HomeProgramItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> HomeProgramItem:
        return self._items[row]

    def protocol_ids(self) -> list[str]:
        return [item.protocol_id for item in self._items]

    def add(self, item: HomeProgramItem) -> int:
        """Append an exercise; returns its row."""
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move(self, row: int, to: int) -> bool:
        """Move the exercise at `row` so that it ends up at row `to`."""
        count = len(self._items)
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return False
        # Qt's destination is the row *before which* the moved row is put.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(to, self._items.pop(row))
        self.endMoveRows()
        return True

    def update_item(self, row: int, **changes: Any) -> bool:
        """Change fields of one exercise; refused (False, `refused` emitted) when invalid."""
        current = self._items[row]
        values = current.to_dict() | changes
        try:
            item = HomeProgramItem.model_validate(values)
        except ValidationError as error:
            field = str(error.errors()[0]["loc"][0]) if error.errors() else ""
            self.refused.emit(self.range_message(field))
            return False
        if item == current:
            return True
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return True

    def range_message(self, field: str) -> str:
        names = {
            "sets": self.tr("Sets"),
            "reps": self.tr("Repetitions"),
            "hold_s": self.tr("Hold"),
            "per_day": self.tr("Times a day"),
            "days_per_week": self.tr("Days a week"),
        }
        if field == "hold_s":
            return self.tr("Hold: a number of seconds from 0 to 600, or empty for no hold.")
        if field in DOSAGE_RANGES:
            low, high = DOSAGE_RANGES[field]
            return self.tr("{0}: a whole number from {1} to {2}.").format(names[field], low, high)
        return self.tr("That value cannot be used here.")

    # -- the table --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [
            self.tr("Exercise"),
            self.tr("Sets"),
            self.tr("Reps"),
            self.tr("Hold\n(s)"),
            self.tr("Times\na day"),
            self.tr("Days\na week"),
        ][section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():  # the space below the rows takes a dropped row, nothing more
            return Qt.ItemFlag.ItemIsDropEnabled
        base = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if self.COLUMNS[index.column()] != "exercise":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "exercise":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "exercise":
                return self.title_of(item.protocol_id)
            return self.tr("Double-click or type to change")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == "exercise":
            return self.title_of(item.protocol_id)
        value = getattr(item, column)
        if column == "hold_s":
            if value is None:
                return "" if role == Qt.ItemDataRole.EditRole else "—"
            return f"{value:g}"
        return value

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.COLUMNS[index.column()]
        if column == "exercise":
            return False
        parsed = parse_dosage(column, value)
        if parsed is _INVALID:
            self.refused.emit(self.range_message(column))
            return False
        return self.update_item(index.row(), **{column: parsed})

    # -- dragging a row to a new place ------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return data.hasFormat(ROW_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(ROW_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        target = row - 1 if row > source else row
        self.move(source, max(0, min(target, len(self._items) - 1)))
        # The move is done here; returning False keeps the view from removing the source.
        return False


class _Invalid:
    pass


_INVALID: Any = _Invalid()


def parse_dosage(column: str, value: Any) -> Any:
    """The typed value for a dosage field, `_INVALID` when it is not a number at all.

    Range checks are the domain's (``update_item``); here only the type is found.
    """
    if isinstance(value, bool):
        return _INVALID
    if isinstance(value, int | float):
        number: float = value
    else:
        text = str(value).strip().replace(",", ".")
        if column == "hold_s" and text in ("", "—", "-"):
            return None
        try:
            number = float(text)
        except ValueError:
            return _INVALID
    if column == "hold_s":
        return int(number) if float(number).is_integer() else number
    if not float(number).is_integer():
        return _INVALID
    return int(number)
