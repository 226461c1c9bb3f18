"""The Security and Folders sections of the Settings screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
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
from console.ui.settings_sections import Section, note


class SecuritySection(Section):
    """When the screen locks itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.finish()
        self.auto_lock.valueChanged.connect(self.edited)

    def load(self, settings: Settings) -> None:
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.blockSignals(False)

    def collect(self, data: dict[str, Any]) -> None:
        data["auto_lock_minutes"] = self.auto_lock.value()


class FoldersSection(Section):
    """Where the records are, and the clinic's protocol folders."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = QLineEdit(str(db_path))
        self.database.setReadOnly(True)
        self.row(
            self.tr("&Database"),
            self.database,
            "data_folder",
            hint=self.tr(
                "Where the records are kept. Another database is opened with the "
                "--db option or the PNF_CONSOLE_DB variable."
            ),
        )
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
        self.layout_.addWidget(QLabel(f"<h3>{self.tr('Protocol folders')}</h3>"))
        self.layout_.addWidget(
            note(
                self.tr(
                    "Clinic protocol files are read from {0} and from the folders below."
                ).format(user_protocols_dir())
            )
        )
        label = QLabel(self.tr("&Protocol folders"))
        label.setBuddy(self.folders)
        self.folders.setAccessibleName(self.tr("Protocol folders"))
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.folders)
        self.layout_.addLayout(buttons)
        self.finish()
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self.remove_current)

    def load(self, settings: Settings) -> None:
        self.folders.clear()
        self.folders.addItems(settings.protocol_folders)

    def collect(self, data: dict[str, Any]) -> None:
        data["protocol_folders"] = [
            self.folders.item(row).text() for row in range(self.folders.count())
        ]

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
