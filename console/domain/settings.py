"""The program's settings: one typed source of truth, with defaults and validation.

Stored as JSON in the user configuration folder (console/storage/settings_file.py).
`version` lets a file written by an older release be upgraded step by step.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SETTINGS_VERSION = 1


class ClinicDetails(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = ""
    address: str = ""
    phone: str = ""
    logo: str | None = None


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    version: int = SETTINGS_VERSION
    interface_language: Literal["en", "es"] = "en"
    protocol_language: Literal["en", "es"] = "en"
    paper_size: Literal["A4", "Letter"] = "A4"
    clinic: ClinicDetails = Field(default_factory=ClinicDetails)
    protocol_folders: list[str] = Field(default_factory=list)
    sound: bool = True
    speech: bool = False
    auto_lock_minutes: int = Field(default=5, ge=0, le=240)
    font_scale: float = Field(default=1.0, ge=0.75, le=2.0)
