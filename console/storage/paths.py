"""The user's folders (platformdirs): data, configuration, logs, clinic protocols."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "pnf-console"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "console.db"


def user_protocols_dir() -> Path:
    """The clinic's own protocol files, beside the built-in library."""
    return data_dir() / "protocols"


def protocol_sources(builtin: Path, extra_folders: list[Path]) -> list[tuple[Path, bool]]:
    """Where protocols are loaded from, built-in first: (folder, is_builtin)."""
    sources = [(builtin, True), (user_protocols_dir(), False)]
    sources += [(folder, False) for folder in extra_folders]
    return sources
