"""Every fixed word printed on a patient handout, in the patient's language.

The handout is read at home by the patient, in the patient's language, so nothing on it
may stay in English by accident: every entry below is in the content catalogue
(``console.domain.catalogue``), and the catalogue test fails on any language that lacks
one. Placeholders are `str.format` fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from console.domain import catalogue
from console.domain.catalogue import N_

STRINGS: Mapping[str, str] = {
    "title": N_("Your home exercise program"),
    "subject": N_("Home exercise program for {name}"),
    "patient": N_("Patient"),
    "date": N_("Date"),
    "therapist": N_("Therapist"),
    "version": N_("Version"),
    "phone": N_("Phone"),
    "intro": N_("Do these exercises as shown. Move slowly and breathe normally."),
    "sets_help": N_("A set is the exercise done the number of times shown, without stopping."),
    "stop": N_(
        "Stop and call us if an exercise causes strong or stabbing pain, dizziness,"
        " or numbness in any part of your body."
    ),
    "overview": N_("Your exercises"),
    "how_much": N_("How much to do"),
    "note": N_("Note from your therapist"),
    "caution": N_("Caution"),
    "log_title": N_("Weekly checklist"),
    "log_help": N_(
        "Tick a box each time you do the exercise. Bring this sheet to your next visit."
    ),
    "week_of": N_("Week starting on"),
    "exercise": N_("Exercise"),
    "page": N_("Page {page} of {pages}"),
    "questions": N_("Questions? Call us at {phone}"),
}


def handout_languages() -> tuple[str, ...]:
    """The languages a handout can be printed in: those with a content catalogue."""
    return catalogue.languages()


def text(key: str, lang: str, **fields: object) -> str:
    """The string `key` in `lang` (English for an unknown language), filled in."""
    template = catalogue.text(lang, STRINGS[key])
    return template.format(**fields) if fields else template


def weekdays(lang: str) -> tuple[str, ...]:
    """Monday to Sunday, abbreviated."""
    return catalogue.weekdays(lang)


def long_date(date: dt.date, lang: str) -> str:
    """'26 November 2026' / '26 de noviembre de 2026': no day-month order to misread."""
    return catalogue.date(lang, date)


def number(value: float, lang: str) -> str:
    """A count or a duration as printed: no trailing '.0'; a decimal comma in Spanish."""
    return catalogue.decimal(lang, value)


def dosage_line(
    *,
    sets: int,
    reps: int,
    hold_s: float | None,
    per_day: int,
    days_per_week: int,
    lang: str,
) -> str:
    """'3 sets of 10 repetitions; hold the position for 10 seconds; 2 times a day, every day'.

    Words, not signs: a patient with little schooling reads "3 sets of 10
    repetitions" where "3 × 10" means nothing; seven days a week is "every day".
    """
    plural = catalogue.plural

    def filled(template: str, n: float, **fields: str) -> str:
        return template.format(n=number(n, lang), **fields)

    repetitions = filled(plural(lang, "{n} repetition", "{n} repetitions", reps), reps)
    parts = [
        filled(
            plural(lang, "{n} set of {reps}", "{n} sets of {reps}", sets), sets, reps=repetitions
        )
    ]
    if hold_s:
        held = plural(
            lang, "hold the position for {n} second", "hold the position for {n} seconds", hold_s
        )
        parts.append(filled(held, hold_s))
    how_often = filled(plural(lang, "once a day", "{n} times a day", per_day), per_day)
    if days_per_week == 7:
        days = catalogue.text(lang, "every day")
    else:
        days = filled(
            plural(lang, "{n} day a week", "{n} days a week", days_per_week), days_per_week
        )
    parts.append(f"{how_often}, {days}")
    return "; ".join(parts)
