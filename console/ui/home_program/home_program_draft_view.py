"""The home program editor's screen: the exercises to choose from, the draft of the
next version with its controls, and the saved versions; and the draft table's own
editing (choosing, moving and removing a row, its note and caution).

The patient, their versions, saving and the handout are the editor's
(console/ui/home_program/home_program_editor.py), which builds on this screen.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.home_program import HomeProgramItem
from console.reports.handout import handout_language
from console.ui.home_program.home_exercise_picker import HomeExercisePicker
from console.ui.home_program.home_hold_suggestion import HomeHoldSuggestion
from console.ui.home_program.home_program_model import HomeProgramModel
from console.ui.home_program.home_program_versions import HomeProgramVersions
from console.ui.shell.context import AppContext
from console.ui.shell.panes import split

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = (
    "QLabel#adherenceWarning { background: #fff4d6; border: 1px solid #c99a00;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class HomeProgramDraftView(QWidget):
    """The three panes of the home program editor and the draft table's row editing."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.picker = HomeExercisePicker()
        self.model = HomeProgramModel(self)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Exercises of the home program"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6 + 48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HomeProgramModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the exercise up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the exercise down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Take the exercise out of the program (Delete)"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.warning = QLabel()
        self.warning.setObjectName("adherenceWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.protocol_caution = QPlainTextEdit()
        self.protocol_caution.setReadOnly(True)
        self.protocol_caution.setAccessibleName(self.tr("The exercise's own caution"))
        self.protocol_caution.setToolTip(
            self.tr("From the exercise's file; printed in the handout's language")
        )
        lines = self.protocol_caution.fontMetrics().lineSpacing()
        self.protocol_caution.setFixedHeight(lines * 4 + 14)
        self.note = QLineEdit(placeholderText=self.tr("e.g. Stop at the first sign of pain"))
        self.note.setAccessibleName(self.tr("Note for the patient"))
        self.caution = QLineEdit(placeholderText=self.tr("Printed in the caution box"))
        self.caution.setAccessibleName(self.tr("Extra caution"))
        details = QFrame()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("The exercise's caution:"), self.protocol_caution)
        form.addRow(self.tr("N&ote for the patient:"), self.note)
        form.addRow(self.tr("Extra caut&ion:"), self.caution)
        self.details = details
        self.hold_suggestion = HomeHoldSuggestion()
        form.addRow(self.hold_suggestion)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Handout language"))
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.large_print = QCheckBox(self.tr("Lar&ge print"))
        self.large_print.setToolTip(self.tr("Body text at 16 pt or more, for poor sight"))
        self.preview_button = QPushButton(self.tr("Preview &draft"))
        self.preview_button.setToolTip(self.tr("See the handout before saving it"))
        self.save_button = QPushButton(self.tr("Save as new &version"))
        self.save_button.setToolTip(self.tr("Keep this program as the next version (Ctrl+S)"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)

        self.versions_pane = HomeProgramVersions()

        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        language_label = QLabel(self.tr("Handout in:"))
        language_label.setBuddy(self.language)
        handout = QHBoxLayout()
        handout.addWidget(language_label)
        handout.addWidget(self.language)
        handout.addWidget(self.large_print)
        handout.addStretch(1)
        # One over the other: side by side they made the chart wider than a small screen.
        actions = QVBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.save_button)

        draft = QWidget()
        draft_layout = QVBoxLayout(draft)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        draft_layout.addWidget(self.heading)
        draft_layout.addWidget(self.table, 1)
        draft_layout.addLayout(moves)
        draft_layout.addWidget(self.message)
        draft_layout.addWidget(self.warning)
        draft_layout.addWidget(details)
        draft_layout.addLayout(handout)
        draft_layout.addLayout(actions)
        draft_layout.addWidget(self.status)

        panes = split(
            Qt.Orientation.Horizontal,
            [(self.picker, 3), (draft, 5), (self.versions_pane, 3)],
            [380, 640, 380],
        )
        panes.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(panes)

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.note.textEdited.connect(lambda text: self._edit_text("note", text))
        self.caution.textEdited.connect(lambda text: self._edit_text("caution", text))
        self.hold_suggestion.accepted.connect(self._use_suggested_hold)
        self.model.dataChanged.connect(lambda *_: self._row_changed())
        self._shortcut("Ctrl+Up", self.table, lambda: self.move_current(-1))
        self._shortcut("Ctrl+Down", self.table, lambda: self.move_current(1))
        self._shortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current)

    def _shortcut(
        self, keys: QKeySequence.StandardKey | str, widget: QWidget, slot: object
    ) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def draft_language(self) -> str:
        return handout_language(self.language.currentData())

    # -- the draft table's rows ------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._row_changed()

    def move_current(self, step: int) -> bool:
        row = self.current_row()
        if row < 0 or not self.model.move(row, row + step):
            return False
        self.select_row(row + step)
        return True

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def set_dosage(self, row: int, field: str, value: object) -> bool:
        """Type `value` into a dosage cell (as the table's editor does)."""
        column = HomeProgramModel.COLUMNS.index(field)
        accepted = self.model.setData(self.model.index(row, column), value)
        if accepted:
            self.show_message("")
        return accepted

    def _edit_text(self, field: str, text: str) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.update_item(row, **{field: text.strip()})

    def _row_changed(self, *_: QModelIndex) -> None:
        row = self.current_row()
        chosen = row >= 0
        self.details.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(chosen)
        item = self.model.item(row) if chosen else None
        for field, editor in (("note", self.note), ("caution", self.caution)):
            text = getattr(item, field) if item else ""
            if editor.text().strip() != text:
                editor.setText(text)
        caution = self.protocol_caution_text(item)
        if self.protocol_caution.toPlainText() != caution:
            self.protocol_caution.setPlainText(caution)
        self.hold_suggestion.show_for(
            item.protocol_id if item else None, item.hold_s if item else None
        )

    def _use_suggested_hold(self, seconds: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.set_dosage(row, "hold_s", seconds)

    def protocol_caution_text(self, item: HomeProgramItem | None) -> str:
        if item is None:
            return ""
        protocol = self.context.library.get(item.protocol_id)
        caution = protocol.spec.home.caution if protocol and protocol.spec.home else None
        if caution is None:
            return self.tr("None")
        return caution.in_(self.draft_language())

    def warning_shown(self) -> bool:
        return not self.warning.isHidden()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
