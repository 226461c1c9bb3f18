"""The Runner keys section of Settings: which keys start which runner action.

The runner's defaults (console/ui/settings/keymap.py) are shown with the clinic's changes on
top. A key is recorded by pressing it (a clicker or foot pedal button too). A key
already given to another action is refused with a message naming both actions; the
digits and + / - always enter grades and pain scores and cannot be given to an action.
Only the actions that differ from the defaults are stored (Settings.key_map).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.key_bindings import KeyMap, effective_key_map, overrides_for, same_key
from console.ui.settings.keymap import ACTIONS, DEFAULT_KEYS

# Grades (0 to 5 with + or -) and pain scores (0 to 10) are typed with these.
RESERVED = {same_key(k) for k in [*"0123456789", "+", "-"]}
MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}


class KeyCaptureDialog(QDialog):
    """Records the next key pressed (any key, Tab and Esc too), then closes."""

    def __init__(self, action_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a key"))
        self.key = ""
        text = QLabel(
            self.tr(
                "Press the key, clicker button or pedal for:\n{0}\n\n"
                "The next key pressed is recorded, Esc and Tab too."
            ).format(action_label)
        )
        text.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key is recorded, not pressed
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.record(event)
            return True
        return super().event(event)

    def record(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in MODIFIER_KEYS:
            return
        sequence = QKeySequence(event.keyCombination())
        self.key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if self.key:
            self.accept()


def portable(key: str) -> str:
    """A key as Qt's portable text ("pgdown" -> "PgDown"); blank if Qt does not know it."""
    sequence = QKeySequence.fromString(key.strip(), QKeySequence.SequenceFormat.PortableText)
    if sequence.isEmpty() or sequence.count() != 1:
        return ""
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


class KeyMapEditor(QWidget):
    """The action list with its keys, and Record / Remove / Restore defaults."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        defaults: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.defaults: KeyMap = {a: list(k) for a, k in (defaults or DEFAULT_KEYS).items()}
        self._keys: KeyMap = effective_key_map(self.defaults, {})
        self.labels = self._action_labels()

        note = QLabel(
            self.tr(
                "Choose an action, then record a key for it: press the key, or the button "
                "of a clicker or foot pedal. The digits and + or - always enter grades and "
                "pain scores."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Runner actions and their keys"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Key message"))
        self.message.hide()

        self.record_button = QPushButton(self.tr("Record a key…"))
        self.remove_button = QPushButton(self.tr("Remove a key"))
        self.remove_button.setToolTip(self.tr("Removes the last key of the chosen action"))
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        buttons = QHBoxLayout()
        for button in (self.record_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.record_button.clicked.connect(self._record)
        self.remove_button.clicked.connect(self._remove_last)
        self.restore_button.clicked.connect(self.restore_defaults)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._fill()
        self.table.selectRow(0)

    def _action_labels(self) -> dict[str, str]:
        labels = {
            "next": self.tr("Next step (starts a timed step)"),
            "previous": self.tr("Previous step"),
            "timer": self.tr("Start or stop the timer"),
            "longer": self.tr("Timer 5 s longer"),
            "shorter": self.tr("Timer 5 s shorter"),
            "pause": self.tr("Pause / resume"),
            "pain": self.tr("Pain score (then 0 to 10)"),
            "note": self.tr("Write a note"),
            "skip": self.tr("Skip to the next protocol"),
            "records": self.tr("Show and correct the entries"),
            "help": self.tr("Show the list of keys"),
            "fullscreen": self.tr("Full screen on / off"),
            "leave": self.tr("Leave the runner"),
        }
        return {action: labels.get(action, ACTIONS.get(action, action)) for action in self.defaults}

    # -- what Settings reads and writes ---------------------------------------------

    def load(self, overrides: Mapping[str, Sequence[str]]) -> None:
        self._keys = effective_key_map(self.defaults, overrides)
        self._say("")
        self._fill()

    def keys(self) -> KeyMap:
        """The effective map as shown."""
        return {action: list(keys) for action, keys in self._keys.items()}

    def overrides(self) -> KeyMap:
        """What to store: the actions that differ from the runner's defaults."""
        return overrides_for(self.defaults, self._keys)

    # -- editing ------------------------------------------------------------------

    def owner(self, key: str) -> str | None:
        wanted = same_key(key)
        for action, keys in self._keys.items():
            if any(same_key(k) == wanted for k in keys):
                return action
        return None

    def add_key(self, action: str, key: str) -> str | None:
        """Give `key` to `action`; returns the refusal message, or None when added."""
        text = portable(key)
        label = self.labels[action]
        if not text:
            return self._say(self.tr("“{0}” is not a key this program knows.").format(key))
        if same_key(text) in RESERVED:
            return self._say(
                self.tr("{0} enters grades and pain scores; it cannot be given to “{1}”.").format(
                    text, label
                )
            )
        owner = self.owner(text)
        if owner == action:
            return self._say(self.tr("{0} already starts “{1}”.").format(text, label))
        if owner is not None:
            return self._say(
                self.tr(
                    "{0} is already the key for “{1}”; it cannot also be the key for “{2}”. "
                    "Remove it from “{1}” first."
                ).format(text, self.labels[owner], label)
            )
        self._keys[action].append(text)
        self._say("")
        self._fill(action)
        self.changed.emit()
        return None

    def remove_key(self, action: str, key: str) -> None:
        wanted = same_key(key)
        self._keys[action] = [k for k in self._keys[action] if same_key(k) != wanted]
        self._say("")
        self._fill(action)
        self.changed.emit()

    def restore_defaults(self) -> None:
        self._keys = effective_key_map(self.defaults, {})
        self._say(self.tr("The runner's default keys are back. Save to keep them."))
        self.message.setObjectName("fieldNote")
        self._repolish()
        self._fill()
        self.changed.emit()

    def current_action(self) -> str | None:
        row = self.table.currentRow()
        actions = list(self._keys)
        return actions[row] if 0 <= row < len(actions) else None

    def _record(self) -> None:
        action = self.current_action()
        if action is None:
            return
        dialog = KeyCaptureDialog(self.labels[action], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.key:
            self.add_key(action, dialog.key)
        self.table.setFocus()

    def _remove_last(self) -> None:
        action = self.current_action()
        if action is not None and self._keys[action]:
            self.remove_key(action, self._keys[action][-1])

    def _selection_changed(self) -> None:
        action = self.current_action()
        self.record_button.setEnabled(action is not None)
        self.remove_button.setEnabled(action is not None and bool(self._keys[action]))

    def _say(self, text: str) -> str | None:
        self.message.setObjectName("fieldError")
        self._repolish()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        return text or None

    def _repolish(self) -> None:
        style = self.message.style()
        style.unpolish(self.message)
        style.polish(self.message)

    def _fill(self, select: str | None = None) -> None:
        current = select or self.current_action()
        self.table.setRowCount(len(self._keys))
        for row, (action, keys) in enumerate(self._keys.items()):
            name = QTableWidgetItem(self.labels[action])
            shown = [
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k for k in keys
            ]
            value = QTableWidgetItem(", ".join(shown) or self.tr("(no key)"))
            for item in (name, value):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, value)
            if action == current:
                self.table.selectRow(row)
        self._selection_changed()


__all__ = ["KeyCaptureDialog", "KeyMapEditor", "portable"]
