"""This session's entries, with corrections while the session is not signed.

A correction is a new record that replaces the value on screen and in the chart; the
original is kept (``repository.sessions.correct_record``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.validation import ValidationError
from console.session import RunnerSession
from console.storage.errors import StorageError


class RecordsDialog(QDialog):
    def __init__(self, session: RunnerSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Entries of this session"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries"))
        font = self.list.font()
        font.setPixelSize(22)
        self.list.setFont(font)
        self.value = QLineEdit(placeholderText=self.tr("New value, e.g. 4+ or 3"))
        self.value.setAccessibleName(self.tr("New value"))
        self.correct_button = QPushButton(self.tr("Correct"))
        self.message = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.correct_button.clicked.connect(self.correct_selected)
        self.value.returnPressed.connect(self.correct_selected)
        self.resize(720, 520)
        self.reload()

    def kind_name(self, kind: str, moment: str | None) -> str:
        """The kind of an entry, with its moment for pain ("Pain at start")."""
        names = {
            ("pain", "start"): self.tr("Pain at start"),
            ("pain", "end"): self.tr("Pain at end"),
            ("grade", None): self.tr("Grade"),
            ("pain", None): self.tr("Pain"),
            ("note", None): self.tr("Note"),
            ("hold", None): self.tr("Held (s)"),
        }
        found = names.get((kind, moment)) or names.get((kind, None))
        if found is None:
            return kind.capitalize() + (f" ({moment})" if moment else "")
        return found if (kind, moment) in names or not moment else f"{found} ({moment})"

    def side_name(self, side: str) -> str:
        names = {"left": self.tr("left"), "right": self.tr("right"), "bilateral": self.tr("both")}
        return names.get(side, side)

    def reload(self) -> None:
        self.list.clear()
        for record in self.session.repository.sessions.records(self.session.session_id):
            where = record.protocol_id or ""
            if record.side:
                where += f", {self.side_name(record.side)}"
            if record.set_number:
                where += ", " + self.tr("set {0}").format(record.set_number)
            text = f"{self.kind_name(record.kind, record.moment)}: {record.value}"
            if where:
                text += f"   — {where}"
            if record.replaces_id is not None:
                text += "   " + self.tr("(corrected)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, record.kind)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)

    def correct_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose an entry first."))
            return
        record_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            self.session.correct(record_id, self.value.text().strip())
        except ValidationError as error:
            self.message.setText(error.message)
            return
        except StorageError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Corrected; the original is kept in the history."))
        self.value.clear()
        self.reload()
