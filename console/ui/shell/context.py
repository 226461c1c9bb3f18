"""What the screens share: settings, the protocol library and the database path.

Passed in to each page (no globals). The library is not needed to show Today: it is
loaded in a worker thread once Today is filled (``preload_library``), or on first use
by whatever needs it first (the runner, Protocols, a plan), and reloaded when the
Protocols screen asks.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from console.domain.library import Library
    from console.domain.settings import Settings
    from console.storage.journal_sender import JournalSender
    from console.storage.repository import Repository
    from console.storage.settings_file import LoadedSettings
    from console.ui.shell.live_updates import LiveUpdates
    from console.ui.shell.repository_signals import RepositorySignals


class AppContext(QObject):
    library_changed = Signal()
    settings_changed = Signal()

    def __init__(
        self,
        db_path: Path | None = None,
        settings: LoadedSettings | None = None,
        *,
        server_url: str | None = None,
    ) -> None:
        super().__init__()
        self._db_path = db_path
        #: The clinic server's URL when the console works on it (else the file).
        self.server_url = server_url
        #: A server password typed at start (kept in memory only), else None.
        self.server_password: str | None = None
        self._loaded_settings = settings
        self._library: Library | None = None
        #: The library being loaded by ``preload_library`` (None when not started).
        self._preloading: Future[Library] | None = None
        self._repository: Repository | None = None
        self._signals: RepositorySignals | None = None
        #: Other rooms' saves heard on the clinic server (None on a file).
        self.live_updates: LiveUpdates | None = None
        #: The room's journal and its sender, on the clinic server (None on a file).
        self.journal_sender: JournalSender | None = None
        #: The clinic passphrase of an encrypted database (asked at start), else None.
        self.passphrase: str | None = None
        #: The therapist who last unlocked the lock screen (None before any unlock).
        self.therapist_id: int | None = None

    @property
    def repository(self) -> Repository:
        """The database, opened on first use (raises StorageError with a clear message)."""
        if self._repository is None:
            from console.storage.encryption import open_any
            from console.storage.repository import Repository

            if self.server_url is not None:
                self._repository = Repository.open(self.server_url, password=self.server_password)
            else:
                self._repository = Repository(open_any(self.db_path, passphrase=self.passphrase))
            self._repository.rooms.room = self.settings.room
            if self.server_url is not None:
                self._start_journal(self._repository)
        return self._repository

    def _start_journal(self, repository: Repository) -> None:
        """On the clinic server the runner's entries go through this room's journal;
        what an earlier run left in it is sent now (console/storage/journal.py)."""
        from console.storage.journal_sender import for_server

        assert self.server_url is not None
        self.journal_sender = for_server(
            self.server_url,
            password=self.server_password,
            room=self.settings.room,
            now=repository.now,
        )

    @property
    def on_server(self) -> bool:
        return self.server_url is not None

    def database_name(self) -> str:
        """Which database the console is on, for the status bar (never a password)."""
        if self.server_url is not None:
            from console.storage.location import parse_location

            return parse_location(self.server_url).describe()
        return f"SQLite file: {self.db_path}"

    def set_therapist(self, therapist_id: int) -> None:
        """The therapist at the computer now: what is saved from here on carries them."""
        self.therapist_id = therapist_id
        if self._repository is not None:
            self._repository.acting_therapist_id = therapist_id

    @property
    def signals(self) -> RepositorySignals:
        """Qt signal `changed(table)` after each committed change; views listen to it."""
        if self._signals is None:
            from console.ui.shell.repository_signals import RepositorySignals

            self._signals = RepositorySignals(self.repository, self)
            self._listen_to_other_rooms(self._signals)
        return self._signals

    def _listen_to_other_rooms(self, signals: RepositorySignals) -> None:
        """On the clinic server, other rooms' saves reach the views as their own do."""
        if self._repository is None or self._repository.conn.dialect != "postgresql":
            return
        from console.storage.server_backend import ServerConnection
        from console.storage.server_changes import ChangeFeed
        from console.ui.shell.live_updates import LiveUpdates

        conn = self._repository.conn
        assert isinstance(conn, ServerConnection)
        self.live_updates = LiveUpdates(ChangeFeed(conn), signals, self)
        self.live_updates.start()

    def close(self) -> None:
        if self.journal_sender is not None:
            self.journal_sender.stop()
            self.journal_sender.journal.close()
            self.journal_sender = None
        if self.live_updates is not None:
            self.live_updates.stop()
            self.live_updates = None
        if self._signals is not None:
            self._signals.detach()
            self._signals = None
        if self._repository is not None:
            self._repository.close()
            self._repository = None

    @property
    def db_path(self) -> Path:
        if self._db_path is None:
            from console.storage.paths import default_db_path

            self._db_path = default_db_path()
        return self._db_path

    @property
    def loaded_settings(self) -> LoadedSettings:
        """Settings are read on first use (validation imports are kept off start-up)."""
        if self._loaded_settings is None:
            from console.storage.settings_file import load_settings

            self._loaded_settings = load_settings()
        return self._loaded_settings

    @property
    def settings(self) -> Settings:
        return self.loaded_settings.settings

    @property
    def settings_problem(self) -> str | None:
        return self.loaded_settings.problem

    @property
    def library(self) -> Library:
        if self._library is None:
            preloading, self._preloading = self._preloading, None
            # A preload under way is waited for rather than started again.
            self._library = preloading.result() if preloading is not None else self._load()
        return self._library

    def preload_library(self) -> None:
        """Start loading the library in a worker thread, so that the first screen to
        need it finds it ready; the files are read and validated there, off the
        window's thread (plain Python, no Qt). Does nothing once loaded or started."""
        if self._library is not None or self._preloading is not None:
            return
        future: Future[Library] = Future()
        load = self._loader()

        def work() -> None:
            try:
                future.set_result(load())
            except BaseException as error:  # handed to whoever reads the library
                future.set_exception(error)

        self._preloading = future
        threading.Thread(target=work, name="library-preload", daemon=True).start()

    def reload_library(self) -> Library:
        self._preloading = None
        self._library = self._load()
        self.library_changed.emit()
        return self._library

    def _load(self) -> Library:
        return self._loader()()

    def _loader(self) -> Callable[[], Library]:
        """Loading the library with the protocol folders of the settings as they are
        now (read here, on the caller's thread)."""
        from console import resources
        from console.domain.library import load_library
        from console.storage.paths import protocol_sources

        folders = [Path(folder) for folder in self.settings.protocol_folders]
        sources = protocol_sources(resources.protocols_dir(), folders)
        illustrations = resources.illustrations_dir()
        return lambda: load_library(sources, illustrations=illustrations)

    def save_settings(self) -> None:
        from console.storage.settings_file import save_settings

        save_settings(self.settings)
        if self._repository is not None:  # the room is used at once
            self._repository.rooms.room = self.settings.room
        from console.ui.shell.language_memory import remember_language

        remember_language(self.settings.interface_language)
        self.settings_changed.emit()
