"""Reading and writing the settings file, never losing a broken one.

A file that cannot be read or validated is moved aside (``settings.json.broken-<time>``)
and defaults are used; the caller is told so it can say so.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from console.domain.settings import SETTINGS_VERSION, Settings
from console.storage.paths import config_dir


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problem: str | None = None
    kept_as: Path | None = None
    # True when there was no settings file at all: a new installation.
    new: bool = False


def settings_path() -> Path:
    return config_dir() / "settings.json"


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings table from any earlier version to the current one."""
    version = raw.get("version", 0)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise ValueError(f"settings version {version!r} is newer than this program")
    if version < 1:
        # Before version 1 the clinic name was a top-level key.
        name = raw.pop("clinic_name", None)
        if name is not None:
            raw.setdefault("clinic", {})["name"] = name
        raw["version"] = 1
    if version < 2:
        # Version 2 records that the welcome was done. A file written before it
        # belongs to an installation already in use: no welcome for it.
        raw.setdefault("first_start_done", True)
        raw["version"] = 2
    if version < 3:
        # Version 3 keeps a voice per language. Version 2's one voice was used for
        # whichever language has it, so it is kept for both: the same voices result.
        voice = raw.pop("voice", "")
        if isinstance(voice, str) and voice:
            raw["voices"] = {"en": voice, "es": voice}
        raw["version"] = 3
    if version < 4:
        # Version 4 prints without a dialog on the printer of Settings -> Printing. A
        # clinic that chose its paper keeps it: handouts print on that size, not on
        # whatever the printer has loaded.
        paper = raw.get("paper_size", "A4")
        raw.setdefault("printing", {"paper": paper if paper in ("A4", "Letter") else "A4"})
        raw["version"] = 4
    if version < 5:
        # Version 5 can name the database (a file or the clinic server) in Settings.
        # Without it the console keeps using the file it always used.
        raw["version"] = 5
    if version < 6:
        # Version 6 names the console's room (several rooms on one clinic server); ""
        # until the room is named.
        raw["version"] = 6
    return raw


def load_settings(path: Path | None = None, *, set_aside: bool = True) -> LoadedSettings:
    """The settings, or defaults with the problem when the file is broken.

    With `set_aside` (the app) a broken file is renamed and kept; without it (a
    read-only command) the file is left where it is.
    """
    path = path or settings_path()
    if not path.exists():
        return LoadedSettings(Settings(), new=True)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a settings table")
        return LoadedSettings(Settings.model_validate(_upgrade(raw)))
    except (OSError, UnicodeDecodeError, ValueError, ValidationError) as exc:
        kept = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            if not set_aside:
                raise OSError("left in place")
            path.replace(kept)
        except OSError:
            kept = path
        reason = str(exc).splitlines()[0]
        return LoadedSettings(Settings(), f"settings could not be read ({reason})", kept)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(settings.model_dump_json(indent=2))
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)
