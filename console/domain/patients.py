"""Patient details: the rules a new or edited patient must meet, and search folding."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace

from console.domain.validation import ValidationError

LANGUAGES = ("en", "es")
NAME_MAX = 100
RECORD_NUMBER_MAX = 40
TEXT_MAX = 10_000
OLDEST_AGE_YEARS = 130

# Letters that Unicode does not decompose into a base letter and an accent.
_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower case without accents, for matching: 'José Núñez' -> 'jose nunez'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.translate(_FOLD_EXTRA).split())


def sort_name(given_name: str, family_name: str) -> str:
    """The key that orders patients as people expect in English and Spanish: by family
    name, then given name, accents and case ignored (Gómez before Green)."""
    return f"{fold(family_name)}\x1f{fold(given_name)}"


def search_key(
    given_name: str, family_name: str, record_number: str, date_of_birth: dt.date | None
) -> str:
    """What patient search matches against: names, record number and date of birth."""
    dob = date_of_birth.isoformat() if date_of_birth else ""
    return fold(f"{given_name} {family_name} {record_number} {dob}")


def search_terms(text: str) -> list[str]:
    """The words of a search box, folded like the search key."""
    return fold(text).split()


@dataclass(frozen=True)
class PatientDetails:
    """What a therapist types in for a patient (a new one or an edit)."""

    given_name: str
    family_name: str
    record_number: str = ""
    date_of_birth: dt.date | None = None
    language: str = "en"
    diagnosis: str | None = None
    notes: str | None = None

    def validated(self, today: dt.date) -> PatientDetails:
        """A tidied copy (spaces trimmed, empty texts as None), or ValidationError.

        The record number may be empty here: the repository then assigns the next one.
        """
        problems: list[tuple[str, str]] = []
        given = " ".join(self.given_name.split())
        family = " ".join(self.family_name.split())
        record = self.record_number.strip()
        if not given:
            problems.append(("given_name", "Enter the patient's given name."))
        elif len(given) > NAME_MAX:
            problems.append(("given_name", f"At most {NAME_MAX} characters."))
        if not family:
            problems.append(("family_name", "Enter the patient's family name."))
        elif len(family) > NAME_MAX:
            problems.append(("family_name", f"At most {NAME_MAX} characters."))
        if len(record) > RECORD_NUMBER_MAX:
            problems.append(("record_number", f"At most {RECORD_NUMBER_MAX} characters."))
        dob = self.date_of_birth
        if dob is not None:
            if dob > today:
                problems.append(("date_of_birth", "The date of birth is in the future."))
            elif dob.year < today.year - OLDEST_AGE_YEARS:
                problems.append(("date_of_birth", "The date of birth is too far in the past."))
        if self.language not in LANGUAGES:
            problems.append(("language", "The handout language is English or Spanish."))
        for name in ("diagnosis", "notes"):
            value = getattr(self, name)
            if value is not None and len(value) > TEXT_MAX:
                problems.append((name, f"At most {TEXT_MAX} characters."))
        if problems:
            raise ValidationError.from_problems(problems)
        return replace(
            self,
            given_name=given,
            family_name=family,
            record_number=record,
            diagnosis=(self.diagnosis or "").strip() or None,
            notes=(self.notes or "").strip() or None,
        )


def parse_date_of_birth(text: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None for an empty text; ValidationError otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "date_of_birth", "Write the date of birth as year-month-day, e.g. 1984-03-02."
        ) from None


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Whole years from the date of birth to ``day``."""
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years
