"""One setting read before any window exists: the interface language.

The full settings (pydantic validation) are read after the first paint; the language
must be known before the first widget is made, so it is read here from the raw JSON,
cheaply, with English whenever the file is missing or broken.
"""

from __future__ import annotations

import json
from pathlib import Path

from console.storage.paths import config_dir

LANGUAGES = ("en", "es")


def peek_interface_language(path: Path | None = None) -> str:
    path = path or config_dir() / "settings.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return "en"
    language = raw.get("interface_language") if isinstance(raw, dict) else None
    return language if language in LANGUAGES else "en"
