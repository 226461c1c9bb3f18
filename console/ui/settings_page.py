"""The Settings screen: protocol folders and display language for protocols."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.storage.paths import user_protocols_dir
from console.ui.context import AppContext


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Protocol folders"))
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.remove_button = QPushButton(self.tr("Remove folder"))
        self.protocol_language = QComboBox()
        self.protocol_language.setAccessibleName(self.tr("Protocol language"))
        self.protocol_language.addItem("English", "en")
        self.protocol_language.addItem("Español", "es")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Protocol language"), self.protocol_language)
        note = QLabel(
            self.tr("Clinic protocol files are also read from {0}").format(user_protocols_dir())
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h1>{self.tr('Settings')}</h1>"))
        layout.addLayout(form)
        layout.addWidget(QLabel(f"<h3>{self.tr('Protocol folders')}</h3>"))
        layout.addWidget(note)
        layout.addWidget(self.folders)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self._refresh()
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self._remove_folder)
        self.protocol_language.currentIndexChanged.connect(self._language_changed)

    def _refresh(self) -> None:
        self.folders.clear()
        self.folders.addItems(self.context.settings.protocol_folders)
        index = self.protocol_language.findData(self.context.settings.protocol_language)
        self.protocol_language.setCurrentIndex(max(index, 0))

    def add_folder(self, folder: Path) -> None:
        folders = list(self.context.settings.protocol_folders)
        if str(folder) not in folders:
            folders.append(str(folder))
            self.context.settings.protocol_folders = folders
            self.context.save_settings()
            self.context.reload_library()
        self._refresh()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Protocol folder"))
        if folder:
            self.add_folder(Path(folder))

    def _remove_folder(self) -> None:
        item = self.folders.currentItem()
        if item is None:
            return
        folders = [f for f in self.context.settings.protocol_folders if f != item.text()]
        self.context.settings.protocol_folders = folders
        self.context.save_settings()
        self.context.reload_library()
        self._refresh()

    def _language_changed(self) -> None:
        self.context.settings.protocol_language = self.protocol_language.currentData()
        self.context.save_settings()
