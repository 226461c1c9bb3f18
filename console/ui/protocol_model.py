"""Table model of the protocol library, with the filter the browser applies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from console.domain.labels import kind_name, pattern_name, region_name, technique_name
from console.domain.protocol import Protocol
from console.ui.table_model import ModelIndex, NamedColumnsModel

ProtocolRole = Qt.ItemDataRole.UserRole + 1


class ProtocolTableModel(NamedColumnsModel[Protocol]):
    """Rows are protocols; columns are named so tests and views agree on them."""

    COLUMNS = ("title", "region", "pattern", "technique", "kind")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def set_rows(self, rows: list[Protocol]) -> None:
        self.replace_rows(sorted(rows, key=lambda p: (p.kind, p.region.value, p.spec.title.en)))

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

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

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        protocol = self._rows[index.row()]
        if role == ProtocolRole:
            return protocol
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        spec = protocol.spec
        column = self.COLUMNS[index.column()]
        if column == "title":
            return spec.title.in_(self.language)
        if column == "region":
            return region_name(spec.region.value, self.language)
        if column == "pattern":
            return pattern_name(spec.pattern, self.language)
        if column == "technique":
            return technique_name(spec.technique.value if spec.technique else None, self.language)
        return kind_name(spec.kind, self.language)


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
