"""Feed property-generated protocol files to the loader: nothing may crash, every
message must be located.

Three kinds of file, generated with hypothesis: random TOML documents built from the
format's own field names with values of every type, byte-level mutations of a valid
protocol (inserted, deleted and replaced bytes, including invalid UTF-8), and valid
TOML with random nesting.

    .venv/bin/python bench/fuzz.py [--files N]

Last line: `fuzz files: N; crashes: C; unlocated messages: U` (targets C = 0, U = 0).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import traceback
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.domain.library import load_file

VALID = b"""format = "pnf-protocol/1"
id = "fuzz-base"
title = { en = "Trunk chop", es = "Chop de tronco" }
kind = "pnf"
region = "trunk"
pattern = "chop"
technique = "rhythmic-stabilization"
summary = "Trunk stability."
sets = 2
rest_between_sets_s = 20

[[steps]]
kind = "position"
instruction = "Sitting."
hands = "Forehead and scapula."

[[steps]]
kind = "hold"
seconds = 6
repeat = 3
command = { en = "Hold!", es = "\xc2\xa1Mantenga!" }
instruction = "Alternating isometric holds."

[home]
reps = 3
sets = 1
"""

TOP = [
    "format", "id", "title", "kind", "region", "pattern", "technique", "sides", "summary",
    "sets", "rest_between_sets_s", "grade_after", "illustration", "references", "tags",
    "secnods", "x",
]  # fmt: skip
STEP = ["kind", "instruction", "hands", "command", "seconds", "repeat", "colour"]
WORDS = ["pnf", "home", "hold", "relax", "rest", "move", "cue", "position", "trunk", "left",
         "bilateral", "pnf-protocol/1", "set", "never", "builtin:x", "a.svg"]  # fmt: skip

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
        st.dictionaries(st.sampled_from(["en", "es", "fr", *STEP]), inner, max_size=4),
    ),
    max_leaves=12,
)


def toml_value(value: Any) -> str:
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


@st.composite
def structured(draw: st.DrawFn) -> bytes:
    lines = [f"{k} = {toml_value(v)}" for k, v in draw(st.dictionaries(
        st.sampled_from(TOP), values, max_size=12)).items()]  # fmt: skip
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        lines.append("[[steps]]")
        step = draw(st.dictionaries(st.sampled_from(STEP), values, max_size=6))
        lines += [f"{k} = {toml_value(v)}" for k, v in step.items()]
    if draw(st.booleans()):
        home = draw(st.dictionaries(st.sampled_from(["reps", "sets", "hold_s", "per_day",
                                                     "days_per_week", "caution", "x"]),
                                    values, max_size=5))  # fmt: skip
        lines.append("[home]")
        lines += [f"{k} = {toml_value(v)}" for k, v in home.items()]
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID)
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
def nested(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(min_value=1, max_value=3000))
    opener = draw(st.sampled_from(["[", "{ a = "]))
    closer = "]" if opener == "[" else " }"
    return VALID + f"\n[x]\ndeep = {opener * depth}1{closer * depth}\n".encode()


files = st.one_of(structured(), mutated(), nested())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1200)
    args = parser.parse_args()
    counts = {"files": 0, "crashes": 0, "unlocated": 0, "accepted": 0}
    crashes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.toml"

        @settings(
            max_examples=args.files,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(files)
        def run(data: bytes) -> None:
            counts["files"] += 1
            path.write_bytes(data)
            try:
                result = load_file(path)
            except Exception:  # a crash is what this benchmark counts
                counts["crashes"] += 1
                crashes.append(traceback.format_exc(limit=3))
                return
            if result.protocol is not None:
                counts["accepted"] += 1
            for error in result.errors:
                if error.line is None or error.col is None or not error.field:
                    counts["unlocated"] += 1

        run()
    for crash in crashes[:3]:
        print(crash)
    print(f"accepted as valid: {counts['accepted']}")
    print(
        f"fuzz files: {counts['files']}; crashes: {counts['crashes']}; "
        f"unlocated messages: {counts['unlocated']}"
    )


if __name__ == "__main__":
    main()
