"""The clinic's letterhead as printed at the top of a handout."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ClinicHeader:
    """Name, contact and optional logo (PNG, JPEG or SVG) from Settings."""

    name: str = ""
    phone: str = ""
    address: str = ""
    logo: Path | None = None
