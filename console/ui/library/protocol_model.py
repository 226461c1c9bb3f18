"""Table model of the protocol library, with the filter the browser applies."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from console.domain.labels import kind_name, pattern_name, region_name, technique_name
from console.domain.patients import fold
from console.domain.protocol import Protocol
from console.ui.shell.table_model import ModelIndex, NamedColumnsModel

ProtocolRole = Qt.ItemDataRole.UserRole + 1


class ProtocolTableModel(NamedColumnsModel[Protocol]):
    """Rows are protocols; columns are named so tests and views agree on them."""

    COLUMNS = ("title", "region", "pattern", "technique", "kind")
    ROW_ROLE = ProtocolRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def _order(self, protocol: Protocol) -> tuple[str, str]:
        return protocol.kind, fold(protocol.spec.title.in_(self.language))

    def set_rows(self, rows: list[Protocol]) -> None:
        """Home exercises first, then the clinic's protocols, each in the alphabetical
        order of the titles as shown (accents and case ignored). The region column is
        hidden, and the titles name the region, so like patterns stay together."""
        self.replace_rows(sorted(rows, key=self._order))

    def set_language(self, language: str) -> None:
        """Texts in `language`, rows in its alphabetical order; a selection stays on the
        protocol it was on."""
        self.language = language
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows.sort(key=self._order)
        now = {id(row): number for number, row in enumerate(self._rows)}
        for index in self.persistentIndexList():
            moved = now[id(before[index.row()])]
            self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()

    def protocol(self, row: int) -> Protocol:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Region"),
            self.tr("Pattern"),
            self.tr("Technique"),
            self.tr("Kind"),
        ]

    def text(self, row: Protocol, column: str) -> str:
        spec = row.spec
        if column == "title":
            return spec.title.in_(self.language)
        if column == "region":
            return region_name(spec.region.value, self.language)
        if column == "pattern":
            return pattern_name(spec.pattern, self.language)
        if column == "technique":
            return technique_name(spec.technique.value if spec.technique else None, self.language)
        return kind_name(spec.kind, self.language)


#: The widest a pattern or technique column is made; longer names are elided (the
#: tooltip has them whole): the longest patterns name two body parts in brackets.
WIDEST_COLUMN = 270
#: The share of the table's width the title keeps however long the other texts are:
#: on a narrow table the other columns give way (elided, whole in the tooltip).
TITLE_SHARE = 0.45


class _ColumnFitter(QObject):
    """Keeps a protocol table's columns fitted as the table is resized."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.natural: list[int] = []
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.natural:
            self.apply()
        return False

    def apply(self) -> None:
        """Each column at its natural width; when the title would keep less than
        ``TITLE_SHARE`` of the table, the widest columns give way first, down to one
        common width, so short ones (the kind) stay whole."""
        header = self.table.horizontalHeader()
        visible = [
            (column, width)
            for column, width in enumerate(self.natural, start=1)
            if not self.table.isColumnHidden(column)
        ]
        room = self.table.viewport().width() * (1 - TITLE_SHARE)
        level = float(max((width for _, width in visible), default=0))
        widths = sorted(width for _, width in visible)
        for count, width in enumerate(widths):
            # Columns from here on share what the narrower ones leave.
            share = (room - sum(widths[:count])) / (len(widths) - count)
            if share < width:
                level = max(share, 0.0)
                break
        for column, width in visible:
            header.resizeSection(column, int(min(width, level)))


def fit_columns(table: QTableView) -> None:
    """Pattern, technique and kind as wide as their texts (up to ``WIDEST_COLUMN``); the
    title takes the room left, and never less than ``TITLE_SHARE`` of the table. The
    region is hidden: the title names it, and the region filter stays above the table.
    Called again after a change of language."""
    model = table.model()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.ensurePolished()  # the style sheet's font, not the default one
    metrics = table.fontMetrics()
    padding = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_HeaderMargin) + 12
    table.setColumnHidden(ProtocolTableModel.COLUMNS.index("region"), True)
    fitter = table.findChild(_ColumnFitter) or _ColumnFitter(table)
    fitter.natural = []
    for column in range(1, model.columnCount()):
        texts = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        width = max(metrics.horizontalAdvance(text) for text in texts) + padding
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        fitter.natural.append(min(width, WIDEST_COLUMN))
    fitter.apply()


@dataclass
class ProtocolFilter:
    text: str = ""
    region: str = ""
    pattern: str = ""
    technique: str = ""
    kind: str = ""

    def accepts(self, protocol: Protocol) -> bool:
        spec = protocol.spec
        checks = (
            (self.region, spec.region.value),
            (self.pattern, spec.pattern or ""),
            (self.technique, spec.technique.value if spec.technique else ""),
            (self.kind, spec.kind),
        )
        if any(wanted and wanted != actual for wanted, actual in checks):
            return False
        words = self.text.lower().split()
        haystack = protocol.search_text()
        return all(word in haystack for word in words)


class ProtocolFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = ProtocolFilter()

    def set_criteria(self, criteria: ProtocolFilter) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ProtocolTableModel)
        return self.criteria.accepts(model.protocol(source_row))
