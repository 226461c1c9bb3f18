"""The interface language: Qt translators for the program and for Qt's own texts.

Every user-visible string goes through ``tr()``. The Spanish texts live in
``resources/translations/pnf_console_es.ts`` (edited with Qt Linguist or by hand) and are
compiled to ``.qm`` by ``pyside6-lrelease``: by ``./dev.sh`` before the app, the tests
and the bundle, or, where no compiled file is found, once into the user's cache folder.
Qt's own strings (standard buttons, dialogs) come from Qt's ``qtbase_es.qm``.

English is the source language, but counts need its plural forms too ("1 protocol",
"2 protocols"): ``pnf_console_en.ts`` holds only the ``%n`` messages, with their English
forms, and is installed for English like any other catalogue.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console import resources
from console.domain.messages import set_translator

log = logging.getLogger(__name__)

CATALOGUE = "pnf_console"
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue under `context` (pyside6-lupdate reads the call by
    its name) and returns it untranslated, typed as ``str`` (Qt's own returns ``object``).
    The text is translated where it is shown: ``QCoreApplication.translate(context, text)``
    or ``self.tr(text)`` in a class of that name."""
    return text


def source_file(language: str) -> Path:
    return resources.translations_dir() / f"{CATALOGUE}_{language}.ts"


def compiled_file(language: str) -> Path | None:
    """The .qm for `language`, compiling it from the .ts where it is missing or stale."""
    source = source_file(language)
    beside = source.with_suffix(".qm")
    if beside.exists() and (
        not source.exists() or beside.stat().st_mtime >= source.stat().st_mtime
    ):
        return beside
    if not source.exists():
        return None
    from console.storage.paths import cache_dir

    cached = cache_dir() / "translations" / beside.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    return cached if compile_catalogue(source, cached) else None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Run pyside6-lrelease; False (and a log line) where it is not available."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("translations could not be compiled: %s", exc)
        return False
    return target.exists()


def _messages_translator(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def install_language(language: str) -> bool:
    """Install the translators for `language` ("en": only the English plural forms).
    True when installed."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    )
    # Domain and storage messages (console/ui/shell/message_catalogue.py) follow the language.
    set_translator(None if language == "en" else _messages_translator)
    ok = False
    program = compiled_file(language)
    if program is not None:
        translator = QTranslator(app)
        if translator.load(str(program)):
            app.installTranslator(translator)
            _installed.append(translator)
            ok = True
    if language == "en":
        return True  # Qt's own texts are English already
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return ok


class StretchTranslator(QTranslator):
    """Returns every source text about 30% longer: for checking layouts that would
    clip a longer language (Spanish runs about 25% longer than English)."""

    def __init__(self, factor: float = 0.3) -> None:
        super().__init__()
        self.factor = factor

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source_text or source_text.startswith("<"):
            return source_text
        padding = max(1, round(len(source_text) * self.factor))
        return source_text + "·" * padding

    def isEmpty(self) -> bool:
        return False
