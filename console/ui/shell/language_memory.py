"""The interface language, remembered where it can be read before the first window.

The settings file is the source of truth, but reading it means JSON, platformdirs and
validation: too slow for the way to the first paint. Each time the settings are saved
the language is also written to Qt's own small settings store (QtCore is loaded
anyway), and read from there at start. After the first paint the real settings are
compared with it, and the interface is switched if a hand-edited file disagrees.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGES = ("en", "es")


def _store() -> QSettings:
    return QSettings("pnf-console", "interface")


def remembered_language() -> str:
    value = _store().value("language", "en")
    return value if value in LANGUAGES else "en"


def remember_language(language: str) -> None:
    store = _store()
    store.setValue("language", language if language in LANGUAGES else "en")
    store.sync()
