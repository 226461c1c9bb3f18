"""Asking for the clinic passphrase: to open an encrypted database, or to choose one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """``new=False``: one field, to open the database; ``new=True``: typed twice."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        new: bool = False,
        message: str = "",
        database: str = "",
    ) -> None:
        super().__init__(parent)
        self.new = new
        self.setObjectName("passphraseDialog")
        if new:
            self.setWindowTitle(self.tr("Encrypt the database"))
            intro = self.tr(
                "Choose a clinic passphrase of at least %n characters. It is asked every "
                "time the program starts. It cannot be reset: without it the records "
                "cannot be read, so keep it somewhere safe (not on a note at the computer).",
                "",
                MIN_LENGTH,
            )
        else:
            self.setWindowTitle(self.tr("Encrypted database"))
            intro = self.tr("This database is encrypted. Enter the clinic passphrase to open it.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.where = QLabel(database)
        self.where.setWordWrap(True)
        self.where.setVisible(bool(database))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.message = QLabel(message)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(bool(message))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("&Again"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("Encrypt") if new else self.tr("Open"))
        if cancel is not None:
            cancel.setText(self.tr("Cancel") if new else self.tr("Quit"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str | None:
        text = self.passphrase.text()
        if not text:
            return self.tr("Enter the passphrase.")
        if self.new and len(text) < MIN_LENGTH:
            return self.tr("The passphrase needs at least %n characters.", "", MIN_LENGTH)
        if self.new and text != self.again.text():
            return self.tr("The two passphrases differ.")
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.show_message(problem)
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
