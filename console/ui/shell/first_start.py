"""The welcome on a new installation: clinic name, first therapist, PIN, encryption.

Shown once, right after the first paint, when there was no settings file and the
database has no therapist; never with --demo. Everything in it is optional and it can
be skipped: the program works without any of it, and all of it is in Settings later.
Done or skipped, the settings record it (`first_start_done`) so it is not shown again.
"""

from __future__ import annotations

from itertools import pairwise

from pydantic import ValidationError as ModelError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.settings import ClinicDetails
from console.domain.validation import ValidationError
from console.storage.errors import StorageError
from console.ui.settings.security_actions import encrypt_database, set_pin
from console.ui.settings.settings_sections import FieldError, note
from console.ui.settings.settings_therapists import PinFields
from console.ui.shell.context import AppContext


def should_welcome(context: AppContext, *, demo: bool = False) -> bool:
    """A new installation: no settings file before, no therapist in the database."""
    if demo:
        return False
    loaded = context.loaded_settings
    if not loaded.new or loaded.settings.first_start_done:
        return False
    try:
        return not context.repository.therapists.all(include_inactive=True)
    except StorageError:
        return False  # the window reports a database problem on its own


class FirstStartDialog(QDialog):
    """A short welcome; Start saves what was typed, Skip saves nothing but the visit."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Welcome to PNF Console"))
        self.setObjectName("firstStart")
        self.setMinimumWidth(560)

        heading = QLabel("<h1>" + self.tr("Welcome") + "</h1>")
        intro = QLabel(
            self.tr(
                "A few details to begin with. All of them are optional and can be changed "
                "at any time in Settings."
            )
        )
        intro.setWordWrap(True)
        self.clinic_name = QLineEdit()
        self.clinic_name.setMaxLength(120)
        self.clinic_name.setPlaceholderText(self.tr("As printed on home programs"))
        self.therapist_name = QLineEdit()
        self.therapist_name.setPlaceholderText(self.tr("Your full name"))
        self.clinic_error = FieldError()
        self.therapist_error = FieldError()
        self.pin = PinFields(self)
        self.encrypt = QCheckBox(self.tr("&Encrypt the records on this computer"))
        self.encrypt.setAccessibleName(self.tr("Encrypt the records on this computer"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, error in (
            (self.tr("&Clinic name"), self.clinic_name, self.clinic_error),
            (self.tr("&Your name"), self.therapist_name, self.therapist_error),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            form.addRow("", error)

        self.pin_note = note(
            self.tr("A PIN unlocks the screen after it locks itself. It needs your name.")
        )
        self.encrypt_note = note(
            self.tr(
                "The records are kept encrypted with a clinic passphrase, asked at every "
                "start. A forgotten passphrase cannot be recovered."
            )
        )

        self.start_button = QPushButton(self.tr("&Start working"))
        self.start_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Go straight to work; everything is in Settings"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel("<h3>" + self.tr("PIN (optional)") + "</h3>"))
        layout.addWidget(self.pin_note)
        layout.addWidget(self.pin)
        layout.addWidget(QLabel("<h3>" + self.tr("Encryption (optional)") + "</h3>"))
        layout.addWidget(self.encrypt)
        layout.addWidget(self.encrypt_note)
        layout.addLayout(buttons)

        self._align_labels(form, self.pin.form)
        order = [
            self.clinic_name,
            self.therapist_name,
            self.pin.pin,
            self.pin.again,
            self.encrypt,
            self.skip_button,
            self.start_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.start_button.clicked.connect(self.finish)
        self.skip_button.clicked.connect(self.reject)
        self.rejected.connect(self._skipped)
        self.clinic_name.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _align_labels(*forms: QFormLayout) -> None:
        """The labels of both forms as wide as the widest, so the fields line up."""
        labels: list[QLabel] = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    labels.append(widget)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # -- answers --------------------------------------------------------------------

    def problems(self) -> bool:
        """Shows each problem under its field; True when there is one."""
        clinic = ""
        try:
            ClinicDetails(name=self.clinic_name.text())
        except ModelError as error:
            clinic = str(error.errors()[0]["msg"]).removeprefix("Value error, ")
        self.clinic_error.say(clinic)
        needs_name = bool(self.pin.value()) and not self.therapist_name.text().strip()
        self.therapist_error.say(
            self.tr("Enter your name to go with the PIN.") if needs_name else ""
        )
        pin_ok = self.pin.check() if self.pin.isEnabled() else True
        return bool(clinic) or needs_name or not pin_ok

    def finish(self) -> bool:
        """Save what was typed and go to work; False (dialog stays) if something is wrong."""
        if self.problems():
            return False
        settings = self.context.settings
        if self.clinic_name.text().strip():
            settings.clinic.name = self.clinic_name.text()
        name = self.therapist_name.text().strip()
        try:
            if name:
                therapist_id = self.context.repository.therapists.create(name)
                if self.pin.value():
                    set_pin(self.context.repository, therapist_id, self.pin.value())
        except (ValidationError, StorageError) as error:
            self.therapist_error.say(error.message)
            return False
        self._record_done()
        if self.encrypt.isChecked():
            encrypt_database(self.context, self)
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _skipped(self) -> None:
        self._record_done()

    def _record_done(self) -> None:
        if not self.context.settings.first_start_done:
            self.context.settings.first_start_done = True
            self.context.save_settings()


def offer_first_start(
    context: AppContext, parent: QWidget, *, demo: bool = False
) -> FirstStartDialog | None:
    """Open the welcome (window-modal, without waiting) on a new installation."""
    if not should_welcome(context, demo=demo):
        return None
    dialog = FirstStartDialog(context, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
