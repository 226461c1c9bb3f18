"""The hand-made bad protocol files: each rejected with exactly its located message."""

from __future__ import annotations

import json

import pytest

from console.domain.library import load_library
from tests.conftest import DATA

BAD = DATA / "protocols" / "bad"
EXPECTED: dict[str, list[str]] = json.loads((BAD / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def rejected() -> dict[str, list[str]]:
    library = load_library([(BAD, False)])
    assert library.protocols == {}, "every file in bad/ must be rejected"
    prefix = f"{BAD}/"
    return {
        r.path.name: [str(error).replace(prefix, "") for error in r.errors]
        for r in library.rejected
    }


def test_there_are_at_least_thirty_bad_files() -> None:
    files = sorted(p.name for p in BAD.glob("*.toml"))
    assert len(files) >= 30
    assert sorted(EXPECTED) == files


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_is_rejected_with_its_located_message(
    rejected: dict[str, list[str]], name: str
) -> None:
    assert rejected[name] == EXPECTED[name]
    for line in rejected[name]:
        # path:line:col: field: message
        location, field, message = line.split(": ", 2)
        file_name, row, col = location.rsplit(":", 2)
        assert file_name == name and int(row) >= 1 and int(col) >= 1
        assert field and message
