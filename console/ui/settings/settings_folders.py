"""The Security and Folders sections of the Settings screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from console.domain.settings import Settings
from console.storage.paths import user_protocols_dir
from console.ui.settings.security_actions import encrypt_database
from console.ui.settings.settings_sections import Section, note
from console.ui.shell.context import AppContext


class SecuritySection(Section):
    """When the screen locks itself, and encryption of the records."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.row(
            self.tr("&Lock after"),
            self.auto_lock,
            "auto_lock_minutes",
            hint=self.tr(
                "Minutes without a key press or a click before patient data is hidden "
                "behind the lock screen. A running timer keeps its records."
            ),
        )
        self.encryption = QLabel()
        self.encryption.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt the records…"))
        self.encrypt_button.setAccessibleName(self.tr("Encrypt the records on this computer"))
        encryption_row = QHBoxLayout()
        encryption_row.addWidget(self.encryption, 1)
        encryption_row.addWidget(self.encrypt_button)
        self.layout_.addWidget(QLabel("<h3>" + self.tr("Encryption") + "</h3>"))
        self.layout_.addLayout(encryption_row)
        self.finish()
        self.auto_lock.valueChanged.connect(self.edited)
        self.encrypt_button.clicked.connect(self._encrypt)
        self.show_encryption()

    def show_encryption(self) -> None:
        """Whether the database is encrypted; the button while it is not. A file's
        encryption does not apply to the clinic server."""
        from console.storage.encryption import file_kind

        if self.context.on_server:
            self.encryption.setText(
                self.tr(
                    "The records are on the clinic server: the connection is protected "
                    "with TLS and the server by its administrator (see the clinic server "
                    "guide). A file's encryption does not apply."
                )
            )
            self.encrypt_button.setVisible(False)
            return
        encrypted = file_kind(self.context.db_path) == "encrypted"
        if encrypted:
            text = self.tr("The records are encrypted; the clinic passphrase opens them.")
        else:
            text = self.tr(
                "The records are not encrypted. Encryption asks a clinic passphrase at "
                "every start; a forgotten passphrase cannot be recovered."
            )
        self.encryption.setText(text)
        self.encrypt_button.setVisible(not encrypted)

    def _encrypt(self) -> None:
        encrypt_database(self.context, self)
        self.show_encryption()

    def load(self, settings: Settings) -> None:
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.blockSignals(False)

    def collect(self, data: dict[str, Any]) -> None:
        data["auto_lock_minutes"] = self.auto_lock.value()


class FoldersSection(Section):
    """Where the records and their backups are, and the clinic's protocol folders."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, current: str = "") -> None:
        super().__init__(parent)
        from console.storage.backup import default_folder
        from console.storage.paths import default_db_path

        self.default_backups = default_folder(db_path)
        self.database = QLineEdit()
        self.database.setPlaceholderText(str(default_db_path()))
        self.row(
            self.tr("&Database"),
            self.database,
            "database",
            hint=self.tr(
                "A database file, or the clinic server's address (postgresql://…). Left "
                "empty, the file shown in grey. Used from the next start; the --db option "
                "and the PNF_CONSOLE_DB variable win over it. A server's password is never "
                "kept here: it goes in the password file."
            ),
        )
        self.current = note(self.tr("Now on: {0}").format(current or db_path))
        self.form.addRow("", self.current)
        self.room = QLineEdit()
        self.room.setObjectName("roomName")
        self.room.setMaxLength(60)
        self.room.setPlaceholderText(self.tr("e.g. Room 2"))
        self.row(
            self.tr("R&oom"),
            self.room,
            "room",
            hint=self.tr(
                "The room this console stands in. On the clinic server the audit log "
                "records it with every entry, and the other rooms see it named when a "
                "patient is in session here. Used at once."
            ),
        )
        self.backups = QLineEdit()
        self.backups.setPlaceholderText(str(self.default_backups))
        self.choose_backups = QPushButton(self.tr("Choose…"))
        self.choose_backups.setAccessibleName(self.tr("Choose the backup folder"))
        self.default_backups_button = QPushButton(self.tr("Beside the database"))
        self.default_backups_button.setAccessibleName(
            self.tr("Keep backups in the folder beside the database")
        )
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backups, 1)
        backup_row.addWidget(self.choose_backups)
        backup_row.addWidget(self.default_backups_button)
        self.row(
            self.tr("&Backup folder"),
            self.backups,
            "backup_folder",
            layout=backup_row,
            hint=self.tr(
                "Another disk or a network folder keeps the backups safe from a disk fault."
            ),
        )
        self.automatic = QCheckBox(
            self.tr("&Automatic backup at the day's first start and at exit")
        )
        self.automatic.setAccessibleName(self.tr("Make backups automatically"))
        self.form.addRow("", self.automatic)
        self.kept = QSpinBox()
        self.kept.setRange(1, 365)
        self.row(self.tr("Backups &kept"), self.kept, "backups_kept")
        self.folders = QListWidget()
        self.folders.setTabKeyNavigation(False)
        self.folders.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.setAccessibleName(self.tr("Add a protocol folder"))
        self.remove_button = QPushButton(self.tr("Remove folder"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen protocol folder"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.layout_.addWidget(
            note(
                self.tr(
                    "Clinic protocol files are read from {0} and from the folders below."
                ).format(user_protocols_dir())
            )
        )
        label = QLabel(self.tr("&Protocol folders"))
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        label.setBuddy(self.folders)
        self.folders.setAccessibleName(self.tr("Protocol folders"))
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.folders)
        self.layout_.addLayout(buttons)
        self.finish()
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self.remove_current)
        self.database.textEdited.connect(self.edited)
        self.room.textEdited.connect(self.edited)
        self.backups.textEdited.connect(self.edited)
        self.choose_backups.clicked.connect(self._choose_backups)
        self.default_backups_button.clicked.connect(self._default_backups)
        self.automatic.toggled.connect(self.edited)
        self.kept.valueChanged.connect(self.edited)

    def load(self, settings: Settings) -> None:
        self.database.setText(settings.database)
        self.room.setText(settings.room)
        self.folders.clear()
        self.folders.addItems(settings.protocol_folders)
        self.backups.setText(settings.backup_folder or "")
        for widget, value in (
            (self.automatic, settings.automatic_backups),
            (self.kept, settings.backups_kept),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(int(value))
            widget.blockSignals(False)

    def collect(self, data: dict[str, Any]) -> None:
        data["database"] = self.database.text().strip()
        data["room"] = self.room.text()
        data["protocol_folders"] = self.folder_list()
        data["backup_folder"] = self.backups.text().strip() or None
        data["automatic_backups"] = self.automatic.isChecked()
        data["backups_kept"] = self.kept.value()

    def problems(self) -> dict[str, str]:
        found = self._database_problem()
        if found:
            return {"database": found}
        folder = self.backups.text().strip()
        if folder and not Path(folder).is_absolute():
            return {"backup_folder": self.tr("Give the whole path of the folder.")}
        if folder and Path(folder).exists() and not Path(folder).is_dir():
            return {"backup_folder": self.tr("{0} is a file, not a folder.").format(folder)}
        return {}

    def _choose_backups(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if folder:
            self.backups.setText(folder)
            self.edited.emit()

    def _default_backups(self) -> None:
        self.backups.clear()
        self.edited.emit()

    def folder_list(self) -> list[str]:
        return [self.folders.item(row).text() for row in range(self.folders.count())]

    def add_folder(self, folder: Path) -> None:
        if str(folder) not in self.folder_list():
            self.folders.addItem(str(folder))
            self.edited.emit()

    def remove_current(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)
            self.edited.emit()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Protocol folder"))
        if folder:
            self.add_folder(Path(folder))

    def _database_problem(self) -> str | None:
        """Why the Database text cannot be used, or None."""
        from console.storage.errors import StorageError
        from console.storage.location import FileLocation, parse_location

        text = self.database.text().strip()
        if not text:
            return None
        try:
            location = parse_location(text)
        except StorageError as error:
            return error.message
        if isinstance(location, FileLocation):
            if not location.path.is_absolute():
                return self.tr("Give the whole path of the database file.")
            if location.path.is_dir():
                return self.tr("{0} is a folder; give the database file in it.").format(text)
        return None
