"""What the Settings and first-start screens ask of the security code: storing a
therapist's PIN, and encrypting the open database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from console.storage.repository import Repository
    from console.ui.shell.context import AppContext


def set_pin(repository: Repository, therapist_id: int, pin: str | None) -> None:
    """Hash (scrypt, a new random salt) and store ``pin``; ``None`` clears it."""
    from console.domain.pin import hash_pin

    if pin is None:
        repository.therapists.update(therapist_id, clear_pin=True)
        return
    pin_hash, pin_salt = hash_pin(pin)
    repository.therapists.update(therapist_id, pin_hash=pin_hash, pin_salt=pin_salt)


def encrypt_database(context: AppContext, parent: QWidget) -> bool:
    """Ask a new clinic passphrase and convert the open database (verified copy,
    atomic swap). True when the database is encrypted afterwards."""
    from console.storage import encryption
    from console.storage.errors import StorageError
    from console.ui.settings.passphrase_dialog import PassphraseDialog

    path = context.db_path
    if encryption.file_kind(path) == "encrypted":
        return True
    dialog = PassphraseDialog(parent, new=True, database=str(path))
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return False
    passphrase = dialog.text()
    repository = context.repository
    repository.db.close()
    try:
        encryption.convert(path, old=None, new=passphrase)
    except StorageError as error:
        repository.db = encryption.open_any(path)
        QMessageBox.warning(
            parent, QCoreApplication.translate("SecurityActions", "Encryption"), error.message
        )
        return False
    repository.db = encryption.open_any(path, passphrase=passphrase)
    context.passphrase = passphrase
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SecurityActions", "Encryption"),
        QCoreApplication.translate(
            "SecurityActions",
            "The database is encrypted. The passphrase is asked at every start. Backups "
            "made from now on are encrypted too; older backups are not.",
        ),
    )
    return True
