"""Every fixed word printed on a patient handout, in English and in Spanish.

The handout is read at home by the patient, in the patient's language, so nothing on it
may stay in English by accident: each key below has both languages, and a test checks
that the table is complete. Placeholders are `str.format` fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

HANDOUT_LANGUAGES = ("en", "es")

STRINGS: Mapping[str, Mapping[str, str]] = {
    "title": {
        "en": "Your home exercise program",
        "es": "Su programa de ejercicios en casa",
    },
    "subject": {
        "en": "Home exercise program for {name}",
        "es": "Programa de ejercicios en casa de {name}",
    },
    "patient": {"en": "Patient", "es": "Paciente"},
    "date": {"en": "Date", "es": "Fecha"},
    "therapist": {"en": "Therapist", "es": "Terapeuta"},
    "version": {"en": "Version", "es": "Versión"},
    "phone": {"en": "Phone", "es": "Teléfono"},
    "intro": {
        "en": "Do these exercises as shown. Move slowly and breathe normally.",
        "es": "Haga estos ejercicios como se indica. Muévase despacio y respire con normalidad.",
    },
    "stop": {
        "en": "Stop and call us if an exercise causes sharp pain, dizziness or numbness.",
        "es": "Deténgase y llámenos si un ejercicio le causa dolor agudo, mareo u hormigueo.",
    },
    "overview": {"en": "Your exercises", "es": "Sus ejercicios"},
    "how_much": {"en": "How much", "es": "Cuánto"},
    "note": {"en": "Note from your therapist", "es": "Nota de su terapeuta"},
    "caution": {"en": "Caution", "es": "Precaución"},
    "log_title": {"en": "Weekly log", "es": "Registro semanal"},
    "log_help": {
        "en": "Tick a box each time you do the exercise. Bring this sheet to your next visit.",
        "es": "Marque una casilla cada vez que haga el ejercicio. "
        "Traiga esta hoja a su próxima cita.",
    },
    "week_of": {"en": "Week of", "es": "Semana del"},
    "exercise": {"en": "Exercise", "es": "Ejercicio"},
    "page": {"en": "Page {page} of {pages}", "es": "Página {page} de {pages}"},
    "questions": {"en": "Questions? Call {phone}", "es": "¿Preguntas? Llame al {phone}"},
    # The dosage line, piece by piece (see dosage_line).
    "sets_one": {"en": "1 set", "es": "1 serie"},
    "sets_many": {"en": "{n} sets", "es": "{n} series"},
    "reps_one": {"en": "1 repetition", "es": "1 repetición"},
    "reps_many": {"en": "{n} repetitions", "es": "{n} repeticiones"},
    "hold_one": {"en": "hold 1 second", "es": "mantener 1 segundo"},
    "hold_many": {"en": "hold {n} seconds", "es": "mantener {n} segundos"},
    "per_day_one": {"en": "once a day", "es": "1 vez al día"},
    "per_day_many": {"en": "{n} times a day", "es": "{n} veces al día"},
    "days_one": {"en": "1 day a week", "es": "1 día a la semana"},
    "days_many": {"en": "{n} days a week", "es": "{n} días a la semana"},
}

WEEKDAYS: Mapping[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"),
}


MONTHS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}


def text(key: str, lang: str, **fields: object) -> str:
    """The string `key` in `lang` (English for an unknown language), filled in."""
    entry = STRINGS[key]
    template = entry.get(lang, entry["en"])
    return template.format(**fields) if fields else template


def weekdays(lang: str) -> tuple[str, ...]:
    """Monday to Sunday, abbreviated."""
    return WEEKDAYS.get(lang, WEEKDAYS["en"])


def long_date(date: dt.date, lang: str) -> str:
    """'26 November 2026' / '26 de noviembre de 2026': no day-month order to misread."""
    month = MONTHS.get(lang, MONTHS["en"])[date.month - 1]
    if lang == "es":
        return f"{date.day} de {month} de {date.year}"
    return f"{date.day} {month} {date.year}"


def number(value: float, lang: str) -> str:
    """A count or a duration as printed: no trailing '.0'; a decimal comma in Spanish."""
    if float(value).is_integer():
        return str(int(value))
    printed = f"{value:g}"
    return printed.replace(".", ",") if lang == "es" else printed


def _counted(key: str, n: float, lang: str) -> str:
    if n == 1:
        return text(f"{key}_one", lang)
    return text(f"{key}_many", lang, n=number(n, lang))


def dosage_line(
    *,
    sets: int,
    reps: int,
    hold_s: float | None,
    per_day: int,
    days_per_week: int,
    lang: str,
) -> str:
    """'3 sets × 10 repetitions, hold 10 seconds, 2 times a day, 7 days a week'."""
    parts = [f"{_counted('sets', sets, lang)} × {_counted('reps', reps, lang)}"]
    if hold_s:
        parts.append(_counted("hold", hold_s, lang))
    parts.append(_counted("per_day", per_day, lang))
    parts.append(_counted("days", days_per_week, lang))
    return ", ".join(parts)
