"""Property-based malformed protocol files: always a located, reported error, never a crash."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.domain.library import load_file
from console.domain.toml_positions import scan_positions
from tests.protocol_strategies import documents, mutated, nested
from tests.unit.test_protocol_validation import BASE


def valid_toml(text: str) -> bool:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    return True


def check_file(path: Path) -> None:
    result = load_file(path)
    if result.protocol is not None:
        return
    assert result.errors, "a rejected file must say why"
    line_count = max(path.read_bytes().count(b"\n") + 1, 1)
    for error in result.errors:
        assert error.line is not None and error.col is not None, str(error)
        assert 1 <= error.line <= line_count, str(error)
        assert error.col >= 1, str(error)
        assert error.field and error.message, str(error)


SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(documents())
def test_structured_junk_is_reported_with_a_location(tmp_path: Path, text: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    check_file(path)


@SETTINGS
@given(st.one_of(mutated(BASE.encode()), nested(BASE.encode())))
def test_mutated_and_deeply_nested_files_never_crash(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "p.toml"
    path.write_bytes(data)
    result = load_file(path)
    assert result.protocol is not None or result.errors
    for error in result.errors:
        # Only undecodable text may lack a position, and even that is located here.
        assert error.line is not None, str(error)


@SETTINGS
@given(documents().filter(valid_toml))
def test_every_key_of_a_valid_document_is_located(tmp_path: Path, text: str) -> None:
    data = tomllib.loads(text)
    positions = scan_positions(text)
    lines = text.split("\n")  # TOML breaks lines at \n only (not at \x85 etc.)

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                where = positions.keys.get((*path, key))
                assert where is not None, (path, key)
                line, col = where
                written = lines[line - 1][col - 1 :]
                assert written.startswith(
                    (f"[[{key}]]", f"[{key}]", json.dumps(key, ensure_ascii=False), key)
                )
                walk(inner, (*path, key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, (*path, index))

    walk(data, ())


def test_a_table_header_locates_the_keys_it_writes() -> None:
    """`[home]` (even empty) writes the key "home"; `[a.b]` writes a and b; a header
    inside an array of tables does not count the element itself as a key."""
    text = 'id = "x"\n\n[home]\n\n[a.b]\nc = 1\n\n[[steps]]\nkind = "cue"\n[steps.sub]\nz = 1\n'
    keys = scan_positions(text).keys
    assert keys[("home",)] == (3, 1)
    assert keys[("a",)] == keys[("a", "b")] == (5, 1)
    assert keys[("steps", 0, "sub")] == (10, 1)
    assert ("steps", 0) not in keys
