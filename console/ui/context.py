"""What the screens share: settings, the protocol library and the database path.

Passed in to each page (no globals). The library is loaded on demand, off the
start-up path, and reloaded when the Protocols screen asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from console import resources
from console.domain.library import Library, load_library
from console.domain.settings import Settings
from console.storage.paths import default_db_path, protocol_sources
from console.storage.settings_file import LoadedSettings, load_settings, save_settings


class AppContext(QObject):
    library_changed = Signal()
    settings_changed = Signal()

    def __init__(self, db_path: Path | None = None, settings: LoadedSettings | None = None) -> None:
        super().__init__()
        self.db_path = db_path or default_db_path()
        loaded = settings or load_settings()
        self.settings: Settings = loaded.settings
        self.settings_problem = loaded.problem
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = self._load()
        return self._library

    def reload_library(self) -> Library:
        self._library = self._load()
        self.library_changed.emit()
        return self._library

    def _load(self) -> Library:
        folders = [Path(folder) for folder in self.settings.protocol_folders]
        return load_library(
            protocol_sources(resources.protocols_dir(), folders),
            illustrations=resources.illustrations_dir(),
        )

    def save_settings(self) -> None:
        save_settings(self.settings)
        self.settings_changed.emit()
