"""Feed property-generated protocol files to the loader: nothing may crash, every
message must be located.

Three kinds of file, generated with hypothesis (``tests/protocol_strategies.py``, the
same generators the fuzz tests use): random TOML documents built from the format's own
field names with values of every type, byte-level mutations of a valid protocol
(inserted, deleted and replaced bytes, including invalid UTF-8), and valid TOML with
random nesting.

    .venv/bin/python bench/fuzz.py [--files N]

Last line: `fuzz files: N; crashes: C; unlocated messages: U` (targets C = 0, U = 0).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from console.domain.library import load_file
from tests.protocol_strategies import files

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
        @given(files(VALID))
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
