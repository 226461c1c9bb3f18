"""Saving and restoring a window's size and position, in one place."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget


class GeometryMixin:
    """Mix into a QWidget subclass; call restore_geometry() in __init__, save on close."""

    geometry_key = "window"

    def _store(self) -> QSettings:
        return QSettings("pnf-console", "window-state")

    def restore_geometry(self) -> bool:
        assert isinstance(self, QWidget)
        value = self._store().value(f"{self.geometry_key}/geometry")
        if value is None:
            return False
        return bool(self.restoreGeometry(value))

    def save_geometry(self) -> None:
        assert isinstance(self, QWidget)
        store = self._store()
        store.setValue(f"{self.geometry_key}/geometry", self.saveGeometry())
        store.sync()
