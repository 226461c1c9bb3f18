"""The program's settings: one typed source of truth, with defaults and validation.

Stored as JSON in the user configuration folder (console/storage/settings_file.py).
`version` lets a file written by an older release be upgraded step by step; each
step is a function there, tested from every earlier version.

Messages of validation errors are written for the therapist: the Settings screen shows
them next to the field.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from console.domain.key_bindings import KeyMap, clean_keys, key_conflicts

SETTINGS_VERSION = 6

LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
_PHONE = re.compile(r"[0-9+()\-./ ]*")


class ClinicDetails(BaseModel):
    """The clinic as printed on handouts."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    name: str = Field(default="", max_length=120)
    address: str = Field(default="", max_length=400)
    phone: str = Field(default="", max_length=40)
    logo: str | None = None

    @field_validator("name", "phone")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("address")
    @classmethod
    def _trimmed_lines(cls, value: str) -> str:
        lines = [" ".join(line.split()) for line in value.splitlines()]
        return "\n".join(line for line in lines if line)

    @field_validator("phone")
    @classmethod
    def _phone_characters(cls, value: str) -> str:
        if not _PHONE.fullmatch(value):
            raise ValueError("Use digits, spaces and + ( ) - . / only.")
        return value

    @field_validator("logo")
    @classmethod
    def _logo_picture(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not value.lower().endswith(LOGO_SUFFIXES):
            raise ValueError("The logo must be a PNG, JPEG or SVG picture.")
        return value.strip()


class PrintingSettings(BaseModel):
    """The printer of this computer for handouts and how it prints them."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    #: A queue name of the print service; "": the system's default printer.
    printer: str = Field(default="", max_length=127)
    #: "printer": the paper loaded in the printer (its default size); or A4 / Letter.
    paper: Literal["printer", "A4", "Letter"] = "printer"
    #: Both sides of the sheet, where the printer offers it.
    duplex: bool = False
    copies: int = Field(default=1, ge=1, le=20)

    @field_validator("printer")
    @classmethod
    def _queue_name(cls, value: str) -> str:
        value = value.strip()
        if any(c.isspace() or c in "/#" for c in value):
            raise ValueError("A printer name has no spaces, / or #.")
        return value


def without_password(address: str) -> str:
    """A postgresql:// address with any password taken out (the user part's
    ``:secret`` and a ``password=`` option); any other text as it is."""
    scheme, sep, rest = address.partition("://")
    if not sep or scheme.lower() not in ("postgresql", "postgres"):
        return address
    rest, hash_sign, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    userinfo, at, hosts = netloc.rpartition("@")
    if at:
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{hosts}" if user else hosts
    if question:
        kept = [part for part in query.split("&") if not part.startswith("password=")]
        query = "&".join(kept)
    text = f"{scheme}://{netloc}{slash}{path}"
    return text + (f"?{query}" if query else "") + (f"#{fragment}" if hash_sign else "")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    version: int = SETTINGS_VERSION
    # Done, skipped or not needed: the welcome is shown once, on a new installation.
    first_start_done: bool = False
    interface_language: Literal["en", "es"] = "en"
    protocol_language: Literal["en", "es"] = "en"
    paper_size: Literal["A4", "Letter"] = "A4"
    clinic: ClinicDetails = Field(default_factory=ClinicDetails)
    protocol_folders: list[str] = Field(default_factory=list)
    # Runner keys the clinic changed: action -> key sequences (Qt portable text). The
    # runner's own defaults fill every action not named here (console.domain.key_bindings).
    key_map: KeyMap = Field(default_factory=dict)
    sound: bool = True
    speech: bool = False
    # The speech engine's voice for each language the console speaks (a voice name);
    # a language not named, or named with "", gets the engine's own voice for it.
    voices: dict[Literal["en", "es"], str] = Field(default_factory=dict)
    volume: int = Field(default=80, ge=0, le=100)
    auto_lock_minutes: int = Field(default=5, ge=0, le=240)  # 0: never
    font_scale: float = Field(default=1.0, ge=0.75, le=2.0)
    #: Automatic backups (at start-up once a day, and at exit); None: "backups" beside
    #: the database.
    backup_folder: str | None = None
    backups_kept: int = Field(default=14, ge=1, le=365)
    automatic_backups: bool = True
    printing: PrintingSettings = Field(default_factory=PrintingSettings)
    #: Where the records are: "" for the file in the user data folder, else a file's
    #: path or the clinic server's postgresql:// URL (never with its password; --db
    #: and PNF_CONSOLE_DB win over it). Used from the next start.
    database: str = Field(default="", max_length=2000)
    #: The room this console stands in ("Room 2", "Gym"): the clinic server's audit log
    #: and the other rooms' messages name it. "" until named (asked at first start on
    #: the server).
    room: str = Field(default="", max_length=60)

    @field_validator("room")
    @classmethod
    def _one_line_room(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("database")
    @classmethod
    def _no_password_kept(cls, value: str) -> str:
        return without_password(value.strip())

    @field_validator("protocol_folders")
    @classmethod
    def _distinct_folders(cls, value: list[str]) -> list[str]:
        folders: list[str] = []
        for folder in value:
            folder = folder.strip()
            if not folder:
                raise ValueError("A protocol folder cannot be blank.")
            if folder not in folders:
                folders.append(folder)
        return folders

    @field_validator("key_map")
    @classmethod
    def _no_key_twice(cls, value: KeyMap) -> KeyMap:
        cleaned = {action: clean_keys(keys) for action, keys in value.items()}
        for conflict in key_conflicts(cleaned):
            raise ValueError(
                f"{conflict.key} is given to both {conflict.first} and {conflict.second}."
            )
        return cleaned
