"""Generated protocol files, shared by the fuzz tests and ``bench/fuzz.py``.

Three kinds, made with hypothesis:

- ``documents()``: TOML text built from the format's own field names (and a misspelt
  one) with values of every type, steps and sometimes a ``[home]`` table;
- ``mutated(base)``: a valid file with bytes inserted, deleted and replaced (invalid
  UTF-8 included);
- ``nested(base)``: a valid file with a value nested up to 3,000 levels deep.

``files(base)`` is any of the three, as bytes.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

TOP_FIELDS = [
    "format", "id", "title", "kind", "region", "pattern", "technique", "sides", "summary",
    "sets", "rest_between_sets_s", "grade_after", "illustration", "references", "tags",
    "secnods", "x",
]  # fmt: skip
STEP_FIELDS = ["kind", "instruction", "hands", "command", "seconds", "repeat", "colour"]
HOME_FIELDS = ["reps", "sets", "hold_s", "per_day", "days_per_week", "caution", "x"]
WORDS = [
    "pnf", "home", "hold", "relax", "rest", "move", "cue", "position", "trunk", "left",
    "bilateral", "pnf-protocol/1", "set", "never", "builtin:x", "a.svg", "x-1",
]  # fmt: skip

scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(WORDS),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["en", "es", "fr", *STEP_FIELDS]), inner, max_size=4),
    ),
    max_leaves=12,
)


def toml_value(value: Any) -> str:
    """A TOML rendering of a plain value (inline tables and arrays)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    pairs = (f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items())
    return "{ " + ", ".join(pairs) + " }"


def _table(draw: st.DrawFn, names: list[str], most: int) -> list[str]:
    table = draw(st.dictionaries(st.sampled_from(names), values, max_size=most))
    return [f"{key} = {toml_value(value)}" for key, value in table.items()]


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = _table(draw, TOP_FIELDS, 12)
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        lines.append("\n[[steps]]")
        lines += _table(draw, STEP_FIELDS, 6)
    if draw(st.booleans()):
        lines.append("\n[home]")
        lines += _table(draw, HOME_FIELDS, 5)
    return "\n".join(lines) + "\n"


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        position = draw(st.integers(min_value=0, max_value=max(len(data) - 1, 0)))
        chunk = draw(st.binary(min_size=1, max_size=6))
        if action == "insert":
            data[position:position] = chunk
        elif action == "delete" and data:
            del data[position : position + len(chunk)]
        else:
            data[position : position + len(chunk)] = chunk
    return bytes(data)


@st.composite
def nested(draw: st.DrawFn, base: bytes) -> bytes:
    depth = draw(st.integers(min_value=1, max_value=3000))
    opener = draw(st.sampled_from(["[", "{ a = "]))
    closer = "]" if opener == "[" else " }"
    return base + f"\n[x]\ndeep = {opener * depth}1{closer * depth}\n".encode()


def files(base: bytes) -> st.SearchStrategy[bytes]:
    """Any of the three kinds, as the bytes of a file."""
    text = documents().map(lambda doc: doc.encode("utf-8", "surrogatepass"))
    return st.one_of(text, mutated(base), nested(base))
