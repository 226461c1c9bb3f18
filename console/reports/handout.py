"""From a saved version of a patient's home program to the printed handout.

The app's preview, print and save and the `home-program` command print the same way:
the version's exercises and dosage, the patient's name, the therapist who saved it, the
day it was saved, the clinic letterhead and paper size from Settings. The language and
large print are the version's unless the caller chooses otherwise. reportlab is
imported when a handout is first rendered, so the chart opens without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.domain.chart import HomeProgramVersion, Patient
from console.domain.home_program import (
    HomeProgram,
    HomeProgramError,
    HomeProgramItem,
    Language,
)
from console.domain.messages import say
from console.domain.protocol import Protocol, ProtocolFile
from console.domain.settings import Settings
from console.reports.clinic import ClinicHeader

if TYPE_CHECKING:
    from console.reports.home_program_pdf import Paper

LANGUAGES: tuple[Language, ...] = ("en", "es")


def clinic_header(settings: Settings) -> ClinicHeader:
    """The letterhead from the clinic details in Settings (a missing logo is left out)."""
    clinic = settings.clinic
    logo = Path(clinic.logo).expanduser() if clinic.logo else None
    if logo is not None and not logo.is_file():
        logo = None
    return ClinicHeader(name=clinic.name, phone=clinic.phone, address=clinic.address, logo=logo)


def stored_items(items: Iterable[Mapping[str, Any]]) -> tuple[HomeProgramItem, ...]:
    """The items of a stored version; a note or caution stored as null reads as empty."""
    program: list[HomeProgramItem] = []
    for number, raw in enumerate(items, start=1):
        values = dict(raw)
        for key in ("note", "caution"):
            if values.get(key) is None:
                values[key] = ""
        try:
            program.append(HomeProgramItem.from_dict(values))
        except ValueError as error:
            raise HomeProgramError(
                say("Exercise {0} of the saved program cannot be read: {1}", number, error)
            ) from error
    return tuple(program)


def saved_on(created_at: str | None, fallback: dt.date) -> dt.date:
    """The day a version was saved, from its stored timestamp."""
    if created_at:
        try:
            return dt.date.fromisoformat(created_at[:10])
        except ValueError:
            pass
    return fallback


def handout_language(*choices: str | None) -> Language:
    """The first of `choices` that is a handout language; English otherwise."""
    for choice in choices:
        if choice == "en":
            return "en"
        if choice == "es":
            return "es"
    return "en"


def program_of(
    version: HomeProgramVersion,
    patient: Patient,
    *,
    today: dt.date,
    therapist_name: str = "",
    language: str | None = None,
    large_print: bool | None = None,
) -> HomeProgram:
    """The handout of one saved version, ready for `render_home_program`."""
    return HomeProgram(
        patient_name=patient.full_name,
        language=handout_language(language, version.language, patient.language),
        large_print=version.large_print if large_print is None else large_print,
        therapist_name=therapist_name,
        date=saved_on(version.created_at, today),
        version=version.version,
        items=stored_items(version.items),
    )


def render_handout(
    program: HomeProgram,
    protocols: Mapping[str, ProtocolFile | Protocol],
    settings: Settings,
    *,
    illustrations_dir: Path | None = None,
) -> bytes:
    """The PDF of `program` with the letterhead and paper size of `settings`."""
    from console.reports.home_program_pdf import render_home_program  # reportlab: on use

    paper: Paper = settings.paper_size
    return render_home_program(
        program,
        protocols,
        clinic_header(settings),
        paper=paper,
        illustrations_dir=illustrations_dir,
    )


def pdf_name(record_number: str, version: int) -> str:
    """A file name that says whose program it is without the patient's name."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in record_number) or "patient"
    return f"home-program-{safe}-v{version}.pdf"
