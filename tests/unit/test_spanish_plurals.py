"""Every count the program shows takes a plural form, in English and in Spanish.

A count is a number placed before the thing counted ("{0} sessions", "%n páginas").
In the interface it is a Qt ``%n`` message with a form per plural case; in content
and handouts a gettext plural entry (``catalogue.plural``). A number written into a
plain message ("1 registros", "1 protocols") is what these checks refuse: in the code,
in the interface catalogue's English sources and Spanish translations, and in the
content catalogue.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
CONSOLE = REPO / "console"
INTERFACE = REPO / "resources" / "translations"
CONTENT = REPO / "resources" / "locale"

#: Things the program counts, in the plural (English, Spanish).
ENGLISH_NOUNS = (
    "sets|entries|sessions|exercises|steps|voices|grades|days|pages|patients|protocols|"
    "records|seconds|minutes|hours|weeks|years|characters|files|repetitions|times|items|"
    "versions|copies|backups|therapists|digits|problems|templates|notes|amendments"
)
SPANISH_NOUNS = (
    "series|anotaciones|registros|sesiones|ejercicios|pasos|voces|grados|valoraciones|días|"
    "páginas|pacientes|protocolos|segundos|minutos|horas|semanas|años|caracteres|archivos|"
    "repeticiones|veces|elementos|versiones|copias|fisioterapeutas|cifras|problemas|"
    "plantillas|notas|rectificaciones"
)
#: A number put in by the program, then (perhaps "more" or one word) a counted noun.
NUMBER = r"(?:\{[^{}]*\}|%d|%s|%\d)"
#: Words that may come between the number and the noun ("{0} more unfinished sessions").
BETWEEN_EN = r"(?:(?:more|unfinished|saved|English|Spanish|new|other)\s+){0,2}"
BETWEEN_ES = r"(?:(?:más|de|nuevas?|nuevos?|guardad[oa]s)\s+)?"
#: A limit the program sets is never 1 ("At most {0} characters", "at least {0}
#: characters", "{0} to {1} digits", "more than {1}"), so the plural is always right
#: after these words.
LIMIT = r"(?<!\bmost )(?<!\bleast )(?<!\bto )(?<!\bthan )(?<!\bmáximo )(?<!\bde )(?<! a )"
ENGLISH_COUNT = re.compile(rf"{LIMIT}{NUMBER}\s+{BETWEEN_EN}(?:{ENGLISH_NOUNS})\b")
SPANISH_COUNT = re.compile(rf"{LIMIT}{NUMBER}\s+{BETWEEN_ES}(?:{SPANISH_NOUNS})\b")


def counted(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [hit[0] for hit in pattern.finditer(text)]


def test_the_check_sees_a_count_without_plural_forms() -> None:
    assert counted("Resume at step {0}: {1}. {2} entries are saved.", ENGLISH_COUNT) == [
        "{2} entries"
    ]
    assert counted("{0} more unfinished sessions are on the Today screen.", ENGLISH_COUNT) == [
        "{0} more unfinished sessions"
    ]
    assert counted("added {} patients, {} sessions", ENGLISH_COUNT) == [
        "{} patients",
        "{} sessions",
    ]
    assert counted("Hay {2} registros guardados.", SPANISH_COUNT) == ["{2} registros"]
    assert counted("{0:g} s between sets", ENGLISH_COUNT) == []
    assert counted("Step {number}/{count}", ENGLISH_COUNT) == []
    assert counted("%n protocol(s)", ENGLISH_COUNT) == []
    assert counted("At most {0} characters; a PIN is {0} to {1} digits.", ENGLISH_COUNT) == []
    assert counted("use at least {} characters", ENGLISH_COUNT) == []
    assert counted("Un PIN tiene de {0} a {1} cifras.", SPANISH_COUNT) == []
    assert counted("{0} enters grades", ENGLISH_COUNT) == []


def _chosen_by_count(tree: ast.AST) -> set[int]:
    """The ids of the strings that already take a form by the count: the arguments of
    a ``plural(...)`` call, and both sides of a ``... if n == 1 else ...`` pair."""
    chosen: set[int] = set()
    for node in ast.walk(tree):
        name = ""
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        pair = (
            isinstance(node, ast.IfExp)
            and isinstance(node.test, ast.Compare)
            and any(
                isinstance(side, ast.Constant) and side.value == 1
                for side in (node.test.left, *node.test.comparators)
            )
        )
        if name == "plural" or pair:
            chosen.update(id(inner) for inner in ast.walk(node))
        documented = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
        if isinstance(node, documented) and node.body and isinstance(node.body[0], ast.Expr):
            chosen.add(id(node.body[0].value))  # a docstring is read by developers
    return chosen


def string_constants(path: Path) -> Iterator[tuple[int, str]]:
    """Every string written in the code of `path` (f-strings with their fields as {}),
    but for those already chosen by the count."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    chosen = _chosen_by_count(tree)
    for node in ast.walk(tree):
        if id(node) in chosen:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            parts = [
                part.value
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
                else "{}"
                for part in node.values
            ]
            yield node.lineno, "".join(parts)
            chosen.update(id(part) for part in node.values)


def test_no_count_in_the_code_is_written_without_plural_forms() -> None:
    problems = []
    for path in sorted(CONSOLE.rglob("*.py")):
        for line, text in string_constants(path):
            for hit in counted(text, ENGLISH_COUNT):
                problems.append(f"{path.relative_to(REPO)}:{line}: “{hit}” in {text!r}")
    assert problems == [], "\n".join(problems)


def interface_messages(language: str) -> Iterator[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, translations) of the interface catalogue."""
    root = ET.parse(INTERFACE / f"pnf_console_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in message.iter("numerusform")]
            if not forms and translation is not None:
                forms = [translation.text or ""]
            numerus = message.get("numerus") == "yes"
            yield name, message.findtext("source") or "", numerus, forms


def test_every_interface_count_is_a_plural_message() -> None:
    problems = []
    for context, source, numerus, forms in interface_messages("es"):
        if not numerus:
            problems += [
                f"{context}: {hit!r} in {source!r}" for hit in counted(source, ENGLISH_COUNT)
            ]
            for text in forms:
                problems += [
                    f"{context}: {hit!r} in {text!r}" for hit in counted(text, SPANISH_COUNT)
                ]
        else:
            assert "%n" in source, (context, source)
            assert len(forms) == 2 and all("%n" in form for form in forms), (context, source)
    assert problems == [], "\n".join(problems)


def test_every_content_count_is_a_plural_entry() -> None:
    with (CONTENT / "es" / "LC_MESSAGES" / "content.po").open("rb") as handle:
        catalog = read_po(handle)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert len(message.string) == catalog.num_plurals, message.id
            continue
        problems += [f"{hit!r} in {message.id!r}" for hit in counted(message.id, ENGLISH_COUNT)]
        if "{n}" in message.id:
            problems.append(f"{message.id!r}: a {{n}} count outside a plural entry")
        problems += [
            f"{hit!r} in {message.string!r}" for hit in counted(message.string, SPANISH_COUNT)
        ]
    assert problems == [], "\n".join(problems)
