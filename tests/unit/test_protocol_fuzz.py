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
from tests.unit.test_protocol_validation import BASE

FIELDS = [
    "format",
    "id",
    "title",
    "kind",
    "region",
    "pattern",
    "technique",
    "sides",
    "summary",
    "sets",
    "rest_between_sets_s",
    "grade_after",
    "illustration",
    "references",
    "tags",
    "home",
    "steps",
    "secnods",
]
STEP_FIELDS = ["kind", "instruction", "hands", "command", "seconds", "repeat", "colour"]

scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=12),
    st.sampled_from(["pnf", "home", "hold", "relax", "trunk", "left", "pnf-protocol/1", "x-1"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["en", "es", "fr", *STEP_FIELDS]), inner, max_size=3),
    ),
    max_leaves=8,
)


def toml_value(value: Any) -> str:
    """A TOML rendering of a plain value (inline tables and arrays)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    items = ", ".join(
        f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()
    )
    return "{ " + items + " }"


@st.composite
def documents(draw: st.DrawFn) -> str:
    top = draw(st.dictionaries(st.sampled_from([*FIELDS[:-2], "secnods"]), values, max_size=10))
    lines = [f"{key} = {toml_value(value)}" for key, value in top.items()]
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        step = draw(st.dictionaries(st.sampled_from(STEP_FIELDS), values, max_size=5))
        lines.append("\n[[steps]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in step.items()]
    return "\n".join(lines) + "\n"


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
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(BASE)), st.binary(max_size=4)),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.integers(min_value=0, max_value=len(BASE)), max_size=4),
)
def test_mutated_files_never_crash(
    tmp_path: Path, inserts: list[tuple[int, bytes]], deletions: list[int]
) -> None:
    data = bytearray(BASE.encode())
    for position in deletions:
        if position < len(data):
            del data[position]
    for position, chunk in inserts:
        data[position:position] = chunk
    path = tmp_path / "p.toml"
    path.write_bytes(bytes(data))
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
                assert written.startswith((f"[[{key}]]", json.dumps(key, ensure_ascii=False), key))
                walk(inner, (*path, key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, (*path, index))

    walk(data, ())
