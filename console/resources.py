"""Where the program's own files are: the one place that knows the layout.

The built-in protocol library and the resources (illustrations, fonts, sounds,
translations, icons) sit beside the package in a source checkout and an editable
install, and inside the bundle folder of a frozen build (PyInstaller sets
``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def protocols_dir() -> Path:
    """The built-in protocol library."""
    return root() / "protocols"


def resources_dir() -> Path:
    return root() / "resources"


def illustrations_dir() -> Path:
    return resources_dir() / "illustrations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"
