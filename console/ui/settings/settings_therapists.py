"""The Therapists section of Settings: add, rename, deactivate, and PINs.

Therapists live in the database, not in the settings file, so each change here is
saved at once (with its audit entry) and is not part of the page's Save / Revert.
A deactivated therapist stays in the records that name them and can be reactivated.
PINs are hashed and stored by the security code (console/ui/settings/security_actions.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import Therapist
from console.domain.pin import MAX_DIGITS, MIN_DIGITS
from console.domain.validation import ValidationError
from console.storage.errors import StorageError
from console.ui.settings.security_actions import set_pin
from console.ui.settings.settings_sections import FieldError, note
from console.ui.shell.context import AppContext

PIN_LENGTHS = (MIN_DIGITS, MAX_DIGITS)


class PinFields(QWidget):
    """A PIN typed twice, hidden; `problem()` says what is wrong, in words."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(PIN_LENGTHS[1])
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            field.textChanged.connect(self.changed)
        self.error = FieldError()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        pin_label = QLabel(self.tr("P&IN"))
        pin_label.setBuddy(self.pin)
        again_label = QLabel(self.tr("PIN a&gain"))
        again_label.setBuddy(self.again)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.again.setAccessibleName(self.tr("PIN again"))
        form.addRow(pin_label, self.pin)
        form.addRow(again_label, self.again)
        form.addRow("", self.error)

    def value(self) -> str:
        return self.pin.text()

    def problem(self) -> str | None:
        pin, again = self.pin.text(), self.again.text()
        if not pin and not again and self.optional:
            return None
        low, high = PIN_LENGTHS
        if not pin.isdigit() or not low <= len(pin) <= high:
            return self.tr("A PIN is {0} to {1} digits.").format(low, high)
        if pin != again:
            return self.tr("The two PINs are not the same.")
        return None

    def check(self) -> bool:
        problem = self.problem()
        self.error.say(problem or "")
        return problem is None


class PinDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN for {0}").format(name))
        self.fields = PinFields(self, optional=False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("The PIN unlocks the screen for {0}.").format(name)))
        layout.addWidget(self.fields)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.fields.check():
            self.accept()


class TherapistsSection(QWidget):
    """The clinic's therapists, changed at once in the database."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ask_name: Callable[[str, str], str | None] = self._ask_name
        self.ask_pin: Callable[[str], str | None] = self._ask_pin
        self.list = QListWidget()
        self.list.setTabKeyNavigation(False)
        list_label = QLabel(self.tr("&Therapists"))
        list_label.setBuddy(self.list)
        self.list.setAccessibleName(self.tr("Therapists"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename the chosen therapist"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setAccessibleName(self.tr("Deactivate or reactivate the therapist"))
        self.pin_button = QPushButton(self.tr("Set PIN…"))
        self.pin_button.setAccessibleName(self.tr("Set the chosen therapist's PIN"))
        self.clear_pin_button = QPushButton(self.tr("Remove PIN"))
        self.clear_pin_button.setAccessibleName(self.tr("Remove the chosen therapist's PIN"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Full name"))
        new_label = QLabel(self.tr("&New therapist"))
        new_label.setBuddy(self.new_name)
        self.new_name.setAccessibleName(self.tr("New therapist's name"))
        self.add_button = QPushButton(self.tr("Add therapist"))
        self.message = FieldError()

        actions = QHBoxLayout()
        for button in (
            self.rename_button,
            self.active_button,
            self.pin_button,
            self.clear_pin_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(new_label)
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Each record, signature and audit entry names its therapist. Changes "
                    "here are saved at once; a deactivated therapist stays in their records."
                )
            )
        )
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addLayout(adding)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self._add_typed)
        self.new_name.returnPressed.connect(self._add_typed)
        self.rename_button.clicked.connect(self._rename_current)
        self.active_button.clicked.connect(self._toggle_current)
        self.pin_button.clicked.connect(self._pin_current)
        self.clear_pin_button.clicked.connect(self._clear_pin_current)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.refresh()

    # -- reading ------------------------------------------------------------------

    def therapists(self) -> list[Therapist]:
        try:
            return self.context.repository.therapists.all(include_inactive=True)
        except StorageError as error:
            self.message.say(error.message)
            return []

    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.list.clear()
        for therapist in self.therapists():
            text = therapist.name
            if not therapist.active:
                text += self.tr(" (inactive)")
            if therapist.has_pin:
                text += self.tr(" · PIN set")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, therapist.id)
            self.list.addItem(item)
            if therapist.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _current(self) -> Therapist | None:
        wanted = self.current_id()
        return next((t for t in self.therapists() if t.id == wanted), None)

    def _update_buttons(self) -> None:
        therapist = self._current()
        chosen = therapist is not None
        self.rename_button.setEnabled(chosen)
        self.active_button.setEnabled(chosen)
        self.active_button.setText(
            self.tr("Reactivate") if therapist and not therapist.active else self.tr("Deactivate")
        )
        self.pin_button.setEnabled(chosen)
        self.clear_pin_button.setEnabled(bool(therapist and therapist.has_pin))

    # -- changing -----------------------------------------------------------------

    def add(self, name: str) -> int | None:
        try:
            therapist_id = self.context.repository.therapists.create(name)
        except (ValidationError, StorageError) as error:
            self.message.say(error.message)
            return None
        self.message.say("")
        self.refresh(select=therapist_id)
        return therapist_id

    def rename(self, therapist_id: int, name: str) -> bool:
        return self._update(therapist_id, name=name)

    def set_active(self, therapist_id: int, active: bool) -> bool:
        if not active:
            others = [t for t in self.therapists() if t.active and t.id != therapist_id]
            if not others:
                self.message.say(
                    self.tr("At least one therapist stays active: add another one first.")
                )
                return False
        return self._update(therapist_id, active=active)

    def _update(
        self, therapist_id: int, *, name: str | None = None, active: bool | None = None
    ) -> bool:
        try:
            self.context.repository.therapists.update(therapist_id, name=name, active=active)
        except (ValidationError, StorageError) as error:
            self.message.say(error.message)
            return False
        self.message.say("")
        self.refresh(select=therapist_id)
        return True

    def _add_typed(self) -> None:
        if self.add(self.new_name.text()) is not None:
            self.new_name.clear()

    def _rename_current(self) -> None:
        therapist = self._current()
        if therapist is not None:
            name = self.ask_name(therapist.name, self.tr("New name for {0}").format(therapist.name))
            if name is not None:
                self.rename(therapist.id, name)

    def _toggle_current(self) -> None:
        therapist = self._current()
        if therapist is not None:
            self.set_active(therapist.id, not therapist.active)

    def _pin_current(self) -> None:
        therapist = self._current()
        if therapist is None:
            return
        pin = self.ask_pin(therapist.name)
        if pin is None:
            return
        try:
            set_pin(self.context.repository, therapist.id, pin)
        except StorageError as error:
            self.message.say(error.message)
            return
        self.refresh(select=therapist.id)

    def _clear_pin_current(self) -> None:
        therapist = self._current()
        if therapist is not None:
            set_pin(self.context.repository, therapist.id, None)
            self.refresh(select=therapist.id)

    def _ask_name(self, name: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Rename therapist"), prompt, text=name)
        return text if ok else None

    def _ask_pin(self, name: str) -> str | None:
        dialog = PinDialog(name, self)
        return dialog.fields.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
