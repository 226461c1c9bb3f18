"""Every message the domain and storage layers show a person is in the catalogue, and
is shown in the interface language once it is installed."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.domain import messages
from console.domain.patients import PatientDetails, parse_date_of_birth
from console.domain.pin import hash_pin
from console.domain.validation import ValidationError
from console.storage import errors
from console.ui.shell.message_catalogue import MESSAGES
from tests.conftest import REPO

# Messages only the command line shows (they stay English there).
COMMAND_LINE_ONLY = {
    "The numbers of patients and sessions are 0 or more.",
    "A session has at least 3 records.",
}


def _storage_errors() -> Iterator[type[errors.StorageError]]:
    todo: list[type[errors.StorageError]] = [errors.StorageError]
    while todo:
        cls = todo.pop()
        yield cls
        todo.extend(cls.__subclasses__())


def test_every_storage_message_is_listed() -> None:
    missing = [c.__name__ for c in _storage_errors() if c.default_message not in MESSAGES]
    assert missing == []


def test_every_literal_validation_message_is_listed() -> None:
    """Plain string messages of ValidationError(...) and of the patient checks."""
    found = []
    for folder in ("domain", "storage"):
        for path in sorted((REPO / "console" / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                texts: list[ast.expr] = []
                if name == "ValidationError" and len(node.args) >= 2:
                    texts = [node.args[1]]
                elif name == "append" and node.args and isinstance(node.args[0], ast.Tuple):
                    texts = node.args[0].elts[1:2] if path.name == "patients.py" else []
                for text in texts:
                    if isinstance(text, ast.Constant) and isinstance(text.value, str):
                        found.append((Path(path).name, text.value))
    missing = [
        (file, text) for file, text in found if text not in MESSAGES + tuple(COMMAND_LINE_ONLY)
    ]
    assert missing == []
    assert len(found) >= 15


def _say_templates() -> list[tuple[str, str]]:
    """The first argument of every ``say(...)`` in the layers below the interface: a
    string written there, or a module constant named there."""
    found = []
    for folder in ("domain", "session", "storage", "reports"):
        for path in sorted((REPO / "console" / folder).glob("*.py")):
            module = importlib.import_module(f"console.{folder}.{path.stem}")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "say"):
                    continue
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((path.name, first.value))
                elif isinstance(first, ast.Name):
                    found.append((path.name, getattr(module, first.id)))
                else:
                    found.append((path.name, f"<not a fixed template: {ast.unparse(first)}>"))
    return found


def test_every_template_given_to_say_is_listed() -> None:
    found = _say_templates()
    assert len(found) >= 15
    assert [(file, text) for file, text in found if text not in MESSAGES] == []


def test_say_fills_the_translated_template() -> None:
    spanish = {"A pain score is 0 to 10, not {0}.": "El dolor se puntúa de 0 a 10, no {0}."}
    try:
        messages.set_translator(lambda text: spanish.get(text, text))
        assert messages.say("A pain score is 0 to 10, not {0}.", 11) == (
            "El dolor se puntúa de 0 a 10, no 11."
        )
    finally:
        messages.set_translator(None)
    assert messages.say("There is no grade {0}.", "5+") == "There is no grade 5+."


def test_formatted_messages_are_listed_as_they_read() -> None:
    long = "x" * 20_000
    with pytest.raises(ValidationError) as caught:
        PatientDetails(
            given_name="x" * 200,
            family_name="y",
            record_number="r" * 50,
            date_of_birth=None,
            language="en",
            diagnosis=long,
            notes=None,
        ).validated(dt.date(2026, 1, 1))
    shown = {text for _, text in caught.value.problems}
    assert shown <= set(MESSAGES), shown - set(MESSAGES)
    with pytest.raises(ValidationError) as pin:
        hash_pin("12")
    assert pin.value.message in MESSAGES
    with pytest.raises(ValidationError) as date:
        parse_date_of_birth("2.3.1984")
    assert date.value.message in MESSAGES


def test_messages_follow_the_installed_translator() -> None:
    try:
        messages.set_translator(
            lambda text: {"The note is empty.": "La nota está vacía."}.get(text, text)
        )
        assert ValidationError("text", "The note is empty.").message == "La nota está vacía."
        assert errors.DiskFull().message == errors.DiskFull.default_message  # none given
    finally:
        messages.set_translator(None)
    assert ValidationError("text", "The note is empty.").message == "The note is empty."
