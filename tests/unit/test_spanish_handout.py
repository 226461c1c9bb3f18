"""The handout's fixed words in plain language, in English and in Spanish.

The one general safety line names every red-flag symptom; the dosage is written in
words a patient with little schooling reads ("3 series de 10 repeticiones", not
"3 × 10"); and the texts a patient reads are measured with a readability formula of
their language: Flesch reading ease for English (Flesch 1948) and the INFLESZ scale of
Szigriszt-Pazos for Spanish (Barrio-Cantalejo et al. 2008, who validated it for
patient information). Both are 206.835 less a term for long words and one for long
sentences; 65 and above reads as "fairly easy" / "bastante fácil".
"""

from __future__ import annotations

import itertools
import re
import tomllib
from pathlib import Path

import pytest

from console.reports.strings import STRINGS, dosage_line, text

REPO = Path(__file__).resolve().parents[2]
FIELDS = {"name": "Ana", "page": 1, "pages": 2, "phone": "600 100 200"}
STRONG_VOWELS = set("aeoáéóíú")


def fixed_texts(lang: str) -> list[str]:
    return [text(key, lang, **FIELDS) for key in STRINGS]


def test_the_safety_line_names_every_red_flag_in_both_languages() -> None:
    spanish = text("stop", "es")
    assert spanish == (
        "Pare y llámenos si un ejercicio le produce dolor fuerte o punzante, mareo, "
        "o si se le duerme alguna parte del cuerpo."
    )
    for banned in ("agudo", "hormigueo", "Deténgase"):
        assert banned not in spanish
    english = text("stop", "en")
    for needed in ("Stop and call us", "strong or stabbing pain", "dizziness", "numbness"):
        assert needed in english
    assert "sharp" not in english  # "sharp" is read as "sudden" or "slight" as often as "stabbing"


def test_a_set_is_explained_in_one_sentence() -> None:
    for lang, word in (("en", "A set is"), ("es", "Una serie es")):
        explained = text("sets_help", lang)
        assert explained.startswith(word)
        assert explained.count(".") == 1


@pytest.mark.parametrize(
    ("dose", "en", "es"),
    [
        (
            (3, 10, 5, 2, 7),
            "3 sets of 10 repetitions; hold the position for 5 seconds; 2 times a day, every day",
            "3 series de 10 repeticiones; mantenga la postura 5 segundos; 2 veces al día,"
            " todos los días",
        ),
        (
            (1, 12, None, 1, 3),
            "1 set of 12 repetitions; once a day, 3 days a week",
            "1 serie de 12 repeticiones; una vez al día, 3 días a la semana",
        ),
    ],
)
def test_the_dosage_is_written_in_words(
    dose: tuple[int, int, float | None, int, int], en: str, es: str
) -> None:
    sets, reps, hold_s, per_day, days = dose
    for lang, expected in (("en", en), ("es", es)):
        line = dosage_line(
            sets=sets, reps=reps, hold_s=hold_s, per_day=per_day, days_per_week=days, lang=lang
        )
        assert line == expected
        assert "×" not in line


def test_the_handout_words_are_the_plain_ones() -> None:
    assert text("how_much", "es") == "Cuánto hacer"
    assert text("week_of", "es") == "Semana que empieza el"
    assert text("questions", "es", phone="600 100 200") == "¿Tiene dudas? Llámenos al 600 100 200"
    assert text("therapist", "es") == "Fisioterapeuta"
    assert text("note", "es") == "Nota de su fisioterapeuta"
    assert text("title", "es") == "Su programa de ejercicios en casa"


def spanish_syllables(word: str) -> int:
    """Vowel groups, with two strong vowels side by side (a hiatus) as two."""
    count = 0
    for group in re.findall(r"[aeiouáéíóúü]+", word.lower()):
        count += 1 + sum(
            a in STRONG_VOWELS and b in STRONG_VOWELS for a, b in itertools.pairwise(group)
        )
    return max(1, count)


def english_syllables(word: str) -> int:
    """Vowel groups, less a silent final e (the usual heuristic of readability tools)."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    return max(1, len(re.findall(r"[aeiouy]+", word.removeprefix("y"))))


def sentences(texts: list[str]) -> list[list[str]]:
    """The words of each sentence (a label or a clause after a colon counts as one)."""
    found = []
    for one in texts:
        for sentence in re.split(r"[.!?;:]+", one):
            words = re.findall(r"[^\W\d_]+", sentence)
            if words:
                found.append(words)
    return found


def reading_ease(texts: list[str], lang: str) -> float:
    """Flesch reading ease (English) or INFLESZ (Spanish)."""
    parts = sentences(texts)
    words = [word for sentence in parts for word in sentence]
    count = spanish_syllables if lang == "es" else english_syllables
    per_sentence = len(words) / len(parts)
    per_word = sum(count(word) for word in words) / len(words)
    if lang == "es":
        return 206.835 - 62.3 * per_word - per_sentence
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word


def test_the_syllable_counts_follow_each_language() -> None:
    assert [spanish_syllables(w) for w in ("mareo", "serie", "días", "cuerpo", "pare")] == [
        3,
        2,
        2,
        2,
        2,
    ]
    assert [english_syllables(w) for w in ("stabbing", "dizziness", "time", "repetitions")] == [
        2,
        3,
        1,
        4,
    ]


def home_exercise_texts(lang: str) -> list[str]:
    texts = []
    for path in sorted((REPO / "protocols").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") != "home":
            continue
        texts.append(data["home"]["caution"][lang])
        texts += [step["instruction"][lang] for step in data["steps"]]
    return texts


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_handout_reads_fairly_easily(lang: str) -> None:
    fixed = fixed_texts(lang)
    fixed.append(dosage_line(sets=3, reps=10, hold_s=5, per_day=2, days_per_week=7, lang=lang))
    assert reading_ease(fixed, lang) >= 65
    assert max(len(words) for words in sentences(fixed)) <= 25
    exercises = home_exercise_texts(lang)
    assert len(exercises) > 40
    assert reading_ease(exercises, lang) >= 65
