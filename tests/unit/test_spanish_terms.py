"""One word for one thing in the Spanish interface and content, where a table of terms
to avoid (docs/glossary-es.md) cannot say it: a word that is right in one phrase and
wrong in every other.

- *registro* only in *registro de auditoría*: the patient's record is the *historia
  clínica*, what is stored the *datos*, what a session records its *anotaciones*.
- *grado* only as *grado de fuerza* (the Oxford/MRC scale): alone it reads as degrees.
- The SOAP parts are Subjetivo, Objetivo, Análisis, Plan.
- A language name inside a sentence is written in lower case ("Hoja en español").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
INTERFACE = REPO / "resources" / "translations" / "pnf_console_es.ts"
CONTENT = REPO / "resources" / "locale" / "es" / "LC_MESSAGES" / "content.po"

RECORD = re.compile(r"\bregistros?\b(?! de auditoría)", re.IGNORECASE)
GRADE = re.compile(r"\bgrados?\b(?! de fuerza)", re.IGNORECASE)
LANGUAGE_MID_SENTENCE = re.compile(r"(?<=[a-záéíóúñ,] )(?:Inglés|Español)\b")


def interface() -> Iterator[tuple[str, str, str]]:
    """(context, source, Spanish text) of every interface message, each plural form apart."""
    for context in ET.parse(INTERFACE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [form.text or "" for form in message.iter("numerusform")]
            if not forms and translation is not None:
                forms = [translation.text or ""]
            for form in forms:
                yield name, source, form.replace("&", "")


def content() -> Iterator[tuple[str, str]]:
    with CONTENT.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.id:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            source = message.id if isinstance(message.id, str) else message.id[0]
            for string in strings:
                yield source, string


def offences(pattern: re.Pattern[str]) -> list[str]:
    found = [f"{name}: {text!r}" for name, _, text in interface() if pattern.search(text)]
    found += [f"content: {text!r}" for _, text in content() if pattern.search(text)]
    return found


def test_the_check_reads_each_phrase_as_meant() -> None:
    assert RECORD.search("Ver y corregir los registros")
    assert not RECORD.search("No consta en el registro de auditoría")
    assert not RECORD.search("valor registrado por error")
    assert GRADE.search("Aún no hay grados registrados.")
    assert not GRADE.search("Evolución del grado de fuerza")
    assert LANGUAGE_MID_SENTENCE.search("Hoja en Español")
    assert not LANGUAGE_MID_SENTENCE.search("Español")


def test_registro_is_only_the_audit_log() -> None:
    assert offences(RECORD) == []


def test_grado_is_only_a_grade_of_strength() -> None:
    assert offences(GRADE) == []


def test_language_names_are_lower_case_inside_a_sentence() -> None:
    assert offences(LANGUAGE_MID_SENTENCE) == []


def test_the_soap_parts_have_their_spanish_names() -> None:
    parts = {"Subjective": "Subjetivo", "Objective": "Objetivo", "Assessment": "Análisis"}
    for context in ("SoapEditor", "AmendmentDialog"):
        found = {source: text for name, source, text in interface() if name == context}
        for english, spanish in parts.items():
            assert found[english] == spanish, (context, english)


def test_the_strength_scale_and_amendments_are_named_as_a_spanish_clinic_does() -> None:
    found = {(name, source): text for name, source, text in interface()}
    assert found[("TrendChart", "Grade (0–5)")] == "Fuerza (0–5)"
    assert found[("ChartPage", "%n grade(s)")] == "%n valoraciones de fuerza"
    assert found[("SoapEditor", "Add &amendment…")] == "Añadir rectificación…"
    assert found[("TodayPage", "&Start next session")] == "Empezar la próxima sesión"
    assert found[("ChartPage", "&Home program")] == "Ejercicios en casa"
    assert found[("VersionView", "Handout in {0}")] == "Hoja en {0}"
    assert found[("LanguageName", "Spanish")] == "español"


def test_the_soap_objective_is_written_in_the_same_words() -> None:
    from console.domain.trends import _OBJECTIVE_WORDS

    spanish = " · ".join(_OBJECTIVE_WORDS["es"].values())
    assert not GRADE.search(spanish) and not RECORD.search(spanish)
    assert _OBJECTIVE_WORDS["es"]["grade"] == "fuerza"
    assert _OBJECTIVE_WORDS["es"]["bilateral"] == "ambos lados"
