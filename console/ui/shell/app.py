"""Starting the desktop program: QApplication, logging, the main window.

Start-up is kept lean: the window is shown first, and the protocol library and the
database are opened right after the first paint, so the therapist sees the program at
once (and `--smoke-test` measures what a person waits for). `--usable-test` goes on
to the point where the program is usable: the database open and Today's lists filled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from console import resources

if TYPE_CHECKING:
    from console.ui.shell.main_window import MainWindow


def setup_logging() -> Path | None:
    """Log to a rotating file in the user log folder. Patient names are never logged."""
    import logging
    import logging.handlers

    from console.storage.paths import log_dir

    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "pnf-console.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "pnf-console.log"


class _FirstPaint(QObject):
    """Quits the application right after the watched window's first paint."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._app.quit)
        return False


def _finish_startup(window: MainWindow, language: str) -> None:
    """Right after the first paint: English's plural forms (the pages that show counts
    are built from here on), then the window's own start-up work."""
    if language == "en":
        from console.ui.shell.i18n import install_language

        install_language("en")
    window.finish_startup()


def _until_usable(app: QApplication, window: MainWindow, language: str) -> int:
    """Start as a person does, quit once Today's lists are filled: 0 if they were."""

    def start_up() -> None:
        _finish_startup(window, language)
        QTimer.singleShot(0, app.quit)  # after the filled lists are painted

    window.show()
    QTimer.singleShot(0, start_up)
    app.exec()
    return 0 if getattr(window.page("today"), "built", False) else 1


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("PNF Console")
    app.setOrganizationName("pnf-console")
    app.setDesktopFileName("pnf-console")
    from console.ui.shell.style import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    icon = resources.icons_dir() / "pnf-console.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_app(args: argparse.Namespace, db: Path | str | None) -> int:
    app = make_application()
    if not args.smoke_test:
        setup_logging()
        import logging

        logging.getLogger(__name__).info("starting")
    from console.ui.shell.main_window import MainWindow

    demo = None
    if getattr(args, "demo", False):
        # A throw-away database in a new temporary folder, filled after the first
        # paint (MainWindow.finish_startup) and deleted at exit.
        from console.ui.shell.demo_mode import DemoDatabase, quit_on_terminate

        demo = DemoDatabase()
        db = demo.path
        quit_on_terminate(app)
    from console.ui.shell.language_memory import remembered_language

    language = remembered_language()
    if language != "en":  # English needs only its plural forms: after the first paint
        from console.ui.shell.i18n import install_language

        install_language(language)
    lock = None
    server_url = db if isinstance(db, str) else None
    path = db if isinstance(db, Path) else None
    # Several rooms share the clinic server: only a file is claimed by one program.
    if demo is None and server_url is None:
        # One program per database, before any window (a lock file: well under 1 ms).
        from console.ui.shell.instance_claim import claim_database

        if path is None:
            from console.storage.paths import default_db_path

            path = default_db_path()
        checking = args.smoke_test or getattr(args, "usable_test", False)
        lock = claim_database(path, dialogs=not checking)
        if lock is None:
            return 2
    window = MainWindow(db_path=path, demo=demo is not None, server_url=server_url)
    try:
        if args.smoke_test:
            watcher = _FirstPaint(app)
            window.installEventFilter(watcher)
            window.show()
            app.exec()
            return 0 if watcher.painted else 1
        if getattr(args, "usable_test", False):
            return _until_usable(app, window, language)
        window.show()
        QTimer.singleShot(0, lambda: _finish_startup(window, language))
        return app.exec()
    finally:
        if demo is not None:
            window.context.close()
            demo.remove()
        if lock is not None:
            lock.release()
