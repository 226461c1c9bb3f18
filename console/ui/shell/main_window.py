"""The main window: navigation between Today, Patients, Protocols and Settings.

Pages are built the first time they are shown, so start-up paints at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from console.ui.shell.context import AppContext
from console.ui.shell.geometry import GeometryMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from console.ui.settings.lock_screen import ScreenLock
    from console.ui.shell.startup_check import StartupCheck
    from console.ui.shell.storage_startup import AutoBackup

PageFactory = Callable[[AppContext], QWidget]


def _protocols_page(context: AppContext) -> QWidget:
    from console.ui.library.protocols_page import ProtocolsPage

    return ProtocolsPage(context)


def _settings_page(context: AppContext) -> QWidget:
    from console.ui.settings.settings_page import SettingsPage

    return SettingsPage(context)


def _patients_page(context: AppContext) -> QWidget:
    from console.ui.patients.patients_page import PatientsPage

    return PatientsPage(context)


#: The protocol library is read in a worker thread this long after Today is filled,
#: while the therapist reads it.
LIBRARY_PRELOAD_DELAY_MS = 300

#: The main window's size on a first start, where the screen has room for it.
FIRST_SIZE = QSize(1360, 860)


def first_size(available: QSize) -> QSize:
    """The first start's window size: ``FIRST_SIZE``, or the screen's free area where
    that is smaller (a 1024 x 768 or 1280 x 800 screen). The offscreen platform of
    tests and CI has a made-up 800-pixel screen, so there the design size is kept."""
    if QGuiApplication.platformName() == "offscreen":
        return FIRST_SIZE
    return FIRST_SIZE.boundedTo(available)


class MainWindow(GeometryMixin, QMainWindow):
    geometry_key = "main"

    def __init__(
        self,
        db_path: Path | None = None,
        demo: bool = False,
        context: AppContext | None = None,
        server_url: str | None = None,
    ) -> None:
        super().__init__()
        self.context = context or AppContext(db_path=db_path, server_url=server_url)
        self.demo = demo
        # Made after the first paint (console/ui/shell/storage_startup.py).
        self.screen_lock: ScreenLock | None = None
        self.startup_check: StartupCheck | None = None
        self.auto_backup: AutoBackup | None = None
        self._set_title()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(220)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self._factories: list[PageFactory | None] = []
        self._makers: list[PageFactory] = []
        self._pages: dict[str, int] = {}
        self._keys: list[str] = []

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        # The screens scroll where they cannot fit (very large text on a small screen)
        # instead of making the window larger than the screen.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("pageScroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.stack)
        layout.addWidget(self.scroller, 1)
        self.setCentralWidget(central)

        # The Today screen reads the database: its content comes after the first paint.
        self.add_page("today", "", lambda c: QWidget())
        self.add_page("patients", "", _patients_page)
        self.add_page("protocols", "", _protocols_page)
        self.add_page("settings", "", _settings_page)
        self._label_pages()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._add_shortcuts()
        if not self.restore_geometry():
            self.resize(first_size(self.screen().availableGeometry().size()))

    def _show_database(self) -> None:
        """The database the console is on, at the right of the status bar (the clinic
        server's name and host, or the file), so every room sees where it saves."""
        from PySide6.QtWidgets import QLabel

        label = QLabel(self.context.database_name())
        label.setObjectName("databaseName")
        label.setAccessibleName(self.tr("Database"))
        self.statusBar().addPermanentWidget(label)

    def _set_title(self) -> None:
        if self.demo:
            self.setWindowTitle(self.tr("PNF Console — demo (nothing is kept)"))
        else:
            self.setWindowTitle(self.tr("PNF Console"))

    def _label_pages(self) -> None:
        labels = {
            "today": self.tr("Today"),
            "patients": self.tr("Patients"),
            "protocols": self.tr("Protocols"),
            "settings": self.tr("Settings"),
        }
        for row, key in enumerate(self._keys):
            item = self.nav.item(row)
            if item is not None and key in labels:
                item.setText(labels[key])

    def set_interface_language(self, language: str) -> None:
        """Switch the interface language now: translators, then every page rebuilt."""
        from PySide6.QtCore import QTimer

        from console.ui.shell.i18n import install_language

        install_language(language)
        # Later: the caller may be a widget on a page that is about to be replaced.
        QTimer.singleShot(0, self.retranslate)

    def retranslate(self) -> None:
        """Show every text in the installed language: built pages are made anew."""
        self._set_title()
        self._label_pages()
        self.nav.setAccessibleName(self.tr("Navigation"))
        today_built = type(self.stack.widget(self._pages["today"])) is not QWidget
        for row, maker in enumerate(self._makers):
            if self._factories[row] is not None:
                continue
            old = self.stack.widget(row)
            self._factories[row] = maker
            self.stack.insertWidget(row, QWidget())
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self._show_row(self.nav.currentRow())
        if today_built:
            self._build_today()

    def _add_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        for row in range(self.nav.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.go_to(r))

    def go_to(self, row: int) -> None:
        """Show a page from its shortcut, with the keyboard in its first field (the
        search box of Patients and Protocols), ready to type."""
        self.nav.setCurrentRow(row)
        page = self.stack.currentWidget()
        focus_first = getattr(page, "focus_first", None)
        if callable(focus_first):
            focus_first()

    def add_page(self, key: str, label: str, factory: PageFactory) -> None:
        self.nav.addItem(label)
        self._keys.append(key)
        self._pages[key] = len(self._factories)
        self._factories.append(factory)
        self._makers.append(factory)
        self.stack.addWidget(QWidget())

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, built on first use."""
        row = self._pages[key]
        factory = self._factories[row]
        if factory is not None:
            placeholder = self.stack.widget(row)
            widget = factory(self.context)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._factories[row] = None
        page = self.stack.widget(row)
        assert page is not None
        return page

    def open_chart(self, patient_id: int) -> QWidget:
        """Show the Patients screen with this patient's chart open."""
        from console.ui.patients.patients_page import PatientsPage

        page = self.show_page("patients")
        assert isinstance(page, PatientsPage)
        return page.open_chart(patient_id)

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._pages[key])
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.page(self._keys[row]))

    def finish_startup(self) -> None:
        """Work done right after the first paint: settings, the database, the demo data
        (with --demo) and the Today screen's content; the protocol library after."""
        from console.ui.shell.none_guard import keep_none_alive
        from console.ui.shell.storage_startup import start_storage

        keep_none_alive()  # PySide6 6.12 on Python 3.11: see console/ui/shell/none_guard.py

        self._follow_language()
        # The passphrase, a damaged file, the lock screen and the backups.
        parts = start_storage(self.context, self, demo=self.demo)
        if parts is None:
            return
        self.screen_lock = parts.screen_lock
        self.auto_backup = parts.auto_backup
        self._show_database()
        if self.context.settings_problem:
            self.statusBar().showMessage(self.context.settings_problem)
        self._follow_settings()
        if self.demo:
            self._fill_demo()
        self._build_today()
        if not self.demo and not self.context.on_server:
            from console.ui.shell.startup_check import start_check

            # The full integrity check and the audit chain, in a worker thread: started
            # once Today is filled, so its reading does not slow Today's own queries.
            self.startup_check = start_check(self.context.db_path, self.context.passphrase, self)
        self._welcome()
        self._offer_resume()
        # Today does not need the protocol library (an unfinished session's step
        # loads it at once); the runner and Protocols find it loaded.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(LIBRARY_PRELOAD_DELAY_MS, self.context.preload_library)

    def _follow_language(self) -> None:
        """The settings file decides; the language remembered for start-up follows it."""
        from console.ui.shell.language_memory import remember_language, remembered_language

        wanted = self.context.settings.interface_language
        if wanted != remembered_language():
            remember_language(wanted)
            self.set_interface_language(wanted)

    def _follow_settings(self) -> None:
        """The text size from Settings, now and whenever the settings are saved."""
        if getattr(self, "_following_settings", False):
            return
        self._following_settings = True
        from console.ui.shell.font_scale import follow_font_scale

        follow_font_scale(self.context)

    def _welcome(self) -> None:
        """On a new installation, the short welcome (console/ui/shell/first_start.py)."""
        if getattr(self, "welcome", None) is None:
            from console.ui.shell.first_start import offer_first_start

            self.welcome = offer_first_start(self.context, self, demo=self.demo)
        if self.context.on_server and not getattr(self, "_room_asked", False):
            # The clinic server: which room this is, and other rooms' saves named.
            from console.ui.shell.room_prompt import name_other_rooms, offer_room_name

            self._room_asked = True
            if self.welcome is None:
                self.room_prompt = offer_room_name(self.context, self, demo=self.demo)
            name_other_rooms(self.context, self)
            from console.ui.shell.offline_notice import show_offline_notice

            self.offline_notice = show_offline_notice(self.context, self)

    def _offer_resume(self) -> None:
        """A session left unfinished by a crash or power cut is offered for resume."""
        from console.ui.runner.resume import offer_resume

        offer_resume(self.context, self)

    def _build_today(self) -> None:
        from console.ui.shell.today_page import TodayPage

        if isinstance(self.page("today"), TodayPage):
            return
        page = TodayPage(self.context)
        page.open_chart_requested.connect(self.open_chart)
        row = self._pages["today"]
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if self.nav.currentRow() == row:
            self.stack.setCurrentWidget(page)
        page.ensure_built()

    def _fill_demo(self) -> None:
        from console.storage.errors import StorageError
        from console.ui.shell.demo_mode import fill_demo

        try:
            # The demo's notes are in the language the program is shown in.
            fill_demo(self.context.repository, language=self.context.settings.interface_language)
        except StorageError as error:
            self.statusBar().showMessage(error.message)
            return
        self.statusBar().showMessage(
            self.tr("Demo: synthetic patients in a temporary database, deleted at exit.")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self.screen_lock is not None:
            self.screen_lock.stop()
        if self.auto_backup is not None:
            self.auto_backup.exit_backup()
        self.context.close()
        super().closeEvent(event)
