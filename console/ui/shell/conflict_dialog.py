"""Two rooms saved the same thing: both versions side by side, and the therapist chooses.

Opened when a save is refused with ``Conflict`` (console/storage/rooms.py): on the left
what is saved now (who saved it, where, when), on the right what this console tried to
save, in fields the therapist can edit. The choices:

- keep the saved version (what was typed here is dropped, on purpose);
- keep mine: saved over it on purpose (the other version stays in the audit trail);
- save the right-hand fields as edited by hand (a merge), when the fields are text;
- for a home program, mine is saved as a new version after theirs (both kept), or
  both are merged by hand in the editor (``merge_label``).

The dialog only asks; the editor that opened it saves (``chosen`` says what and with
which values), on the saved version, so a third room's save is caught again.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.storage.rooms import Conflict


class Choice(enum.Enum):
    KEEP_THEIRS = "theirs"
    KEEP_MINE = "mine"
    MERGED = "merged"


Shown = Callable[[Any], str]


def plain(value: Any) -> str:
    """A value as the therapist reads it in a text field."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class ConflictDialog(QDialog):
    """``labels`` names the fields to show, in order (field -> label). ``editable``:
    the right-hand fields can be edited and saved as a merge; otherwise "keep mine"
    saves mine as a new version (``as_new_version``) or over theirs."""

    chosen = Signal(object, object)  # Choice, dict of the right-hand values

    def __init__(
        self,
        conflict: Conflict,
        labels: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        editable: bool = True,
        as_new_version: bool = False,
        merge_label: str | None = None,
        shown: Shown = plain,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("Saved in another room"))
        self.setMinimumWidth(760)
        self.choice: Choice | None = None

        intro = QLabel(
            "<b>"
            + escape(self.tr("{0} saved this while you were editing it.")).format(
                escape(conflict.saved.describe())
            )
            + "</b><br>"
            + escape(
                self.tr(
                    "Nothing has been overwritten. Compare the two versions and choose "
                    "what to keep; the differences are marked."
                )
            )
        )
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + escape(self.tr("Saved version")) + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + escape(self.tr("Yours")) + "</b>"), 0, 2)
        self.theirs: dict[str, QPlainTextEdit] = {}
        self.mine: dict[str, QPlainTextEdit] = {}
        for row, (field, label) in enumerate(labels.items(), start=1):
            differs = conflict.mine.get(field) != conflict.theirs.get(field)
            name = QLabel(f"<b>{escape(label)}</b> •" if differs else escape(label))
            name.setToolTip(self.tr("Different in the two versions") if differs else "")
            theirs = self._field(shown(conflict.theirs.get(field)), read_only=True)
            mine = self._field(shown(conflict.mine.get(field)), read_only=not editable)
            theirs.setObjectName(f"theirs_{field}")
            mine.setObjectName(f"mine_{field}")
            theirs.setAccessibleName(self.tr("Saved version: {0}").format(label))
            mine.setAccessibleName(self.tr("Yours: {0}").format(label))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
            self.theirs[field], self.mine[field] = theirs, mine
        fields = QWidget()
        fields.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)

        buttons = QDialogButtonBox()
        self.keep_theirs_button = QPushButton(self.tr("Keep the &saved version"))
        self.keep_mine_button = QPushButton(
            self.tr("Save mine as a &new version") if as_new_version else self.tr("Keep &mine")
        )
        self.merge_button = QPushButton(merge_label or self.tr("Save &as edited here"))
        if merge_label is None:
            self.merge_button.setToolTip(self.tr("Save the right-hand fields as you edited them"))
        self.merge_button.setVisible(editable or merge_label is not None)
        self._editable = editable
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Decide later"))
        for button in (self.keep_theirs_button, self.keep_mine_button, self.merge_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_theirs_button.clicked.connect(lambda: self._choose(Choice.KEEP_THEIRS))
        self.keep_mine_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.merge_button.clicked.connect(lambda: self._choose(Choice.MERGED))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _field(text: str, *, read_only: bool) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setReadOnly(read_only)
        edit.setTabChangesFocus(True)
        lines = max(1, min(6, text.count("\n") + 1))
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 12)
        return edit

    def values(self) -> dict[str, str]:
        """The right-hand fields as they read now."""
        return {field: edit.toPlainText() for field, edit in self.mine.items()}

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        values: dict[str, Any]
        if choice is Choice.KEEP_THEIRS:
            values = dict(self.conflict.theirs)
        elif choice is Choice.KEEP_MINE:
            values = dict(self.conflict.mine)
        elif self._editable:
            values = self.values()
        else:  # merged by hand in the editor, from both
            values = {"mine": dict(self.conflict.mine), "theirs": dict(self.conflict.theirs)}
        self.accept()
        self.chosen.emit(choice, values)


def ask(
    conflict: Conflict,
    labels: Mapping[str, str],
    parent: QWidget | None,
    on_choice: Callable[[Choice, dict[str, Any]], None],
    **options: Any,
) -> ConflictDialog:
    """Open the dialog (window-modal, not blocking) and call ``on_choice`` with the
    therapist's choice; "Decide later" calls nothing (the editor keeps its text)."""
    dialog = ConflictDialog(conflict, labels, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(on_choice)
    dialog.open()
    return dialog
