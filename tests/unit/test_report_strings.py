"""The fixed handout words: in every handout language, dosage lines that read naturally.

That every entry has a translation in every shipped catalogue is checked for all
content text at once in test_content_catalogue.py.
"""

from __future__ import annotations

import datetime as dt
import string

import pytest

from console.reports.strings import (
    STRINGS,
    dosage_line,
    handout_languages,
    long_date,
    number,
    text,
    weekdays,
)


def test_every_string_is_in_every_handout_language_with_the_same_fields() -> None:
    assert handout_languages()[:2] == ("en", "es")
    for key, source in STRINGS.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(source) if name}
        filled = dict.fromkeys(fields, "X")
        for lang in handout_languages():
            assert text(key, lang, **filled).strip(), (key, lang)
        # Every handout word differs in Spanish: none is left in English by accident.
        assert text(key, "es", **filled) != text(key, "en", **filled), key
    for lang in handout_languages():
        assert len(weekdays(lang)) == 7


def test_spanish_keeps_its_accents() -> None:
    assert text("page", "es", page=1, pages=3) == "Página 1 de 3"
    assert text("questions", "es", phone="555 0100") == "¿Tiene dudas? Llámenos al 555 0100"
    assert weekdays("es") == ("Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom")
    assert weekdays("en") == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert text("caution", "es") == "Precaución"


def test_an_unknown_language_falls_back_to_english() -> None:
    assert text("title", "de") == "Your home exercise program"


@pytest.mark.parametrize(
    ("dosage", "en", "es"),
    [
        (
            (3, 10, 10, 2, 7),
            "3 sets of 10 repetitions; hold the position for 10 seconds; 2 times a day, every day",
            "3 series de 10 repeticiones; mantenga la postura 10 segundos; 2 veces al día,"
            " todos los días",
        ),
        (
            (1, 1, 1, 1, 1),
            "1 set of 1 repetition; hold the position for 1 second; once a day, 1 day a week",
            "1 serie de 1 repetición; mantenga la postura 1 segundo; una vez al día,"
            " 1 día a la semana",
        ),
        (
            (2, 8, None, 1, 5),
            "2 sets of 8 repetitions; once a day, 5 days a week",
            "2 series de 8 repeticiones; una vez al día, 5 días a la semana",
        ),
        (
            (2, 8, 0, 1, 5),
            "2 sets of 8 repetitions; once a day, 5 days a week",
            "2 series de 8 repeticiones; una vez al día, 5 días a la semana",
        ),
        (
            (2, 12, 7.5, 3, 6),
            "2 sets of 12 repetitions; hold the position for 7.5 seconds; 3 times a day,"
            " 6 days a week",
            "2 series de 12 repeticiones; mantenga la postura 7,5 segundos; 3 veces al día,"
            " 6 días a la semana",
        ),
    ],
)
def test_dosage_line(dosage: tuple[int, int, float | None, int, int], en: str, es: str) -> None:
    sets, reps, hold_s, per_day, days = dosage
    values = {
        "sets": sets,
        "reps": reps,
        "hold_s": hold_s,
        "per_day": per_day,
        "days_per_week": days,
    }
    assert dosage_line(**values, lang="en") == en
    assert dosage_line(**values, lang="es") == es


def test_numbers_and_dates() -> None:
    assert number(10.0, "en") == "10"
    assert number(2.5, "es") == "2,5"
    day = dt.date(2026, 3, 5)
    assert long_date(day, "en") == "5 March 2026"
    assert long_date(day, "es") == "5 de marzo de 2026"
