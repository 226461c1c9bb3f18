"""Every validation rule of protocol format 1, with its exact located message."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.domain.library import MAX_FILE_BYTES, load_file, load_library
from tests.conftest import DATA

GOOD = DATA / "protocols" / "good"

# A valid file, line by line, that the cases below change one thing in.
BASE = """\
format = "pnf-protocol/1"
id = "test-protocol"
title = { en = "Test", es = "Prueba" }
kind = "pnf"
region = "trunk"
pattern = "chop"
technique = "rhythmic-stabilization"
summary = "A test."

[[steps]]
kind = "position"
instruction = "Sit."

[[steps]]
kind = "hold"
seconds = 5
instruction = "Hold."
"""


def write(tmp_path: Path, text: str, name: str = "p.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(path: Path) -> list[str]:
    result = load_file(path)
    assert result.protocol is None, "expected the file to be rejected"
    return [str(error).replace(str(path), "F") for error in result.errors]


def test_good_files_load() -> None:
    for path in sorted(GOOD.glob("*.toml")):
        result = load_file(path)
        assert result.errors == (), [str(e) for e in result.errors]
        assert result.protocol is not None


def test_plain_string_text_is_english_and_spanish_falls_back() -> None:
    result = load_file(GOOD / "clinic-ue-d1-flexion.toml")
    assert result.protocol is not None
    step = result.protocol.steps[0]
    assert step.instruction.en.startswith("Patient supine")
    assert step.instruction.in_("es") == step.instruction.en
    assert result.protocol.title.in_("es").startswith("Miembro superior")


def test_defaults() -> None:
    result = load_file(GOOD / "clinic-ue-d1-flexion.toml")
    assert result.protocol is not None
    spec = result.protocol.spec
    assert spec.sides == ["left", "right"]
    assert spec.grade_after == "set"
    assert spec.steps[1].repeat == 1


def test_x_table_is_free_for_clinic_data() -> None:
    result = load_file(GOOD / "home-bridge-clinic.toml")
    assert result.protocol is not None
    assert result.protocol.spec.x == {
        "billing_code": "97110",
        "anything": {"goes": ["here", 1, True]},
    }


CASES = [
    (
        "wrong format",
        ('format = "pnf-protocol/1"', 'format = "pnf-protocol/2"'),
        ["F:1:1: format: expected one of 'pnf-protocol/1', got \"pnf-protocol/2\""],
    ),
    (
        "bad id",
        ('id = "test-protocol"', 'id = "Test Protocol"'),
        [
            'F:2:1: id: "Test Protocol" is not a valid id: use 2 to 64 lower-case letters,'
            " digits and hyphens, starting with a letter or digit"
        ],
    ),
    (
        "title not text",
        ('title = { en = "Test", es = "Prueba" }', "title = 5"),
        [
            'F:3:1: title: expected text: a string or a table such as { en = "...", es = "..." },'
            " got 5"
        ],
    ),
    (
        "title table without en",
        ('title = { en = "Test", es = "Prueba" }', 'title = { es = "Prueba" }'),
        ["F:3:1: title.en: required field is missing"],
    ),
    (
        "unknown language in a text table",
        ('title = { en = "Test", es = "Prueba" }', 'title = { en = "Test", fr = "Essai" }'),
        ["F:3:24: title.fr: unknown field (a typo? clinic data may go under a [x] table)"],
    ),
    (
        "empty text",
        ('summary = "A test."', 'summary = ""'),
        ["F:8:1: summary.en: must not be empty"],
    ),
    (
        "kind",
        ('kind = "pnf"', 'kind = "gym"'),
        ["F:4:1: kind: expected one of 'pnf' or 'home', got \"gym\""],
    ),
    (
        "region",
        ('region = "trunk"', 'region = "arm"'),
        [
            "F:5:1: region: expected one of 'upper-extremity', 'lower-extremity', 'scapula',"
            " 'pelvis', 'trunk', 'neck' or 'core', got \"arm\""
        ],
    ),
    (
        "pnf needs a pattern",
        ('pattern = "chop"\n', ""),
        ["F:1:1: pattern: a pnf protocol needs this field"],
    ),
    (
        "pnf needs a technique",
        ('technique = "rhythmic-stabilization"\n', ""),
        ["F:1:1: technique: a pnf protocol needs this field"],
    ),
    (
        "technique",
        ('technique = "rhythmic-stabilization"', 'technique = "stretching"'),
        [
            "F:7:1: technique: expected one of 'rhythmic-initiation', 'combination-of-isotonics',"
            " 'dynamic-reversals', 'stabilizing-reversals', 'rhythmic-stabilization',"
            " 'repeated-stretch', 'hold-relax', 'contract-relax', 'replication' or 'none',"
            ' got "stretching"'
        ],
    ),
    (
        "home needs a [home] table",
        ('kind = "pnf"', 'kind = "home"'),
        ["F:1:1: home: a home protocol needs a [home] table with the dosage"],
    ),
    (
        "unknown top-level field",
        ('summary = "A test."', 'summary = "A test."\nsecnods = 5'),
        ["F:9:1: secnods: unknown field (a typo? clinic data may go under a [x] table)"],
    ),
    (
        "sides value",
        ('summary = "A test."', 'summary = "A test."\nsides = ["left", "up"]'),
        ["F:9:18: sides[2]: expected one of 'left', 'right' or 'bilateral', got \"up\""],
    ),
    (
        "sides repeated",
        ('summary = "A test."', 'summary = "A test."\nsides = ["left", "left"]'),
        ["F:9:1: sides: each side may be listed once"],
    ),
    (
        "sides empty",
        ('summary = "A test."', 'summary = "A test."\nsides = []'),
        ["F:9:1: sides: needs at least 1 item(s), got 0"],
    ),
    (
        "sets range",
        ('summary = "A test."', 'summary = "A test."\nsets = 21'),
        ["F:9:1: sets: must be at most 20, got 21"],
    ),
    (
        "sets type",
        ('summary = "A test."', 'summary = "A test."\nsets = "3"'),
        ['F:9:1: sets: expected an integer, got "3"'],
    ),
    (
        "sets not a float",
        ('summary = "A test."', 'summary = "A test."\nsets = 2.5'),
        ["F:9:1: sets: expected an integer, got 2.5"],
    ),
    (
        "rest between sets range",
        ('summary = "A test."', 'summary = "A test."\nrest_between_sets_s = 601'),
        ["F:9:1: rest_between_sets_s: must be at most 600, got 601"],
    ),
    (
        "grade_after",
        ('summary = "A test."', 'summary = "A test."\ngrade_after = "rep"'),
        ["F:9:1: grade_after: expected one of 'set', 'protocol' or 'never', got \"rep\""],
    ),
    (
        "illustration type",
        ('summary = "A test."', 'summary = "A test."\nillustration = "pic.gif"'),
        ["F:9:1: illustration: expected a .png or .svg file, or builtin:NAME"],
    ),
    (
        "references are strings",
        ('summary = "A test."', 'summary = "A test."\nreferences = ["Adler 2014", 2014]'),
        ["F:9:29: references[2]: expected a string, got 2014"],
    ),
    (
        "step kind",
        ('kind = "position"', 'kind = "stretch"'),
        [
            "F:11:1: steps[1].kind: expected one of 'position', 'move', 'hold', 'relax', 'rest'"
            " or 'cue', got \"stretch\""
        ],
    ),
    (
        "step without instruction",
        ('instruction = "Sit."\n', ""),
        ["F:10:1: steps[1].instruction: required field is missing"],
    ),
    (
        "hold without seconds",
        ("seconds = 5\n", ""),
        ["F:14:1: steps[2].seconds: required for a hold step"],
    ),
    (
        "position with seconds",
        ('instruction = "Sit."', 'instruction = "Sit."\nseconds = 3'),
        ["F:13:1: steps[1].seconds: a position step is untimed; remove 'seconds'"],
    ),
    (
        "seconds too short",
        ("seconds = 5", "seconds = 0.2"),
        ["F:16:1: steps[2].seconds: must be at least 0.5, got 0.2"],
    ),
    (
        "seconds not a number",
        ("seconds = 5", 'seconds = "5"'),
        ['F:16:1: steps[2].seconds: expected a number, got "5"'],
    ),
    (
        "seconds not a boolean",
        ("seconds = 5", "seconds = true"),
        ["F:16:1: steps[2].seconds: expected a number, got true"],
    ),
    (
        "repeat range",
        ("seconds = 5", "seconds = 5\nrepeat = 51"),
        ["F:17:1: steps[2].repeat: must be at most 50, got 51"],
    ),
    (
        "unknown step field",
        ("seconds = 5", "secnods = 5\nseconds = 5"),
        ["F:16:1: steps[2].secnods: unknown field (a typo? clinic data may go under a [x] table)"],
    ),
    (
        "hands must be text",
        ('instruction = "Sit."', 'instruction = "Sit."\nhands = ["left"]'),
        [
            "F:13:1: steps[1].hands: expected text: a string or a table such as"
            ' { en = "...", es = "..." }, got an array'
        ],
    ),
]


@pytest.mark.parametrize(("name", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule(tmp_path: Path, name: str, change: tuple[str, str], expected: list[str]) -> None:
    old, new = change
    assert old in BASE, name
    path = write(tmp_path, BASE.replace(old, new, 1))
    assert messages(path) == expected


def test_base_is_valid(tmp_path: Path) -> None:
    assert load_file(write(tmp_path, BASE)).protocol is not None


HOME = """\
format = "pnf-protocol/1"
id = "home-test"
title = "Test"
kind = "home"
region = "core"
summary = "A test."

[home]
reps = 10
sets = 2

[[steps]]
kind = "hold"
seconds = 10
instruction = "Hold."
"""

HOME_CASES = [
    ("reps = 10\n", "", ["F:8:1: home.reps: required field is missing"]),
    ("reps = 10", "reps = 0", ["F:9:1: home.reps: must be at least 1, got 0"]),
    ("sets = 2", "sets = 2\nper_day = 11", ["F:11:1: home.per_day: must be at most 10, got 11"]),
    (
        "sets = 2",
        "sets = 2\ndays_per_week = 8",
        ["F:11:1: home.days_per_week: must be at most 7, got 8"],
    ),
    ("sets = 2", "sets = 2\nhold_s = -1", ["F:11:1: home.hold_s: must be at least 0, got -1"]),
    (
        "sets = 2",
        "sets = 2\ncolour = 1",
        ["F:11:1: home.colour: unknown field (a typo? clinic data may go under a [x] table)"],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), HOME_CASES)
def test_home_rule(tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    path = write(tmp_path, HOME.replace(old, new, 1))
    assert messages(path) == expected


def test_every_error_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    text = BASE.replace('kind = "pnf"', 'kind = "pnf"\ncolour = "red"').replace(
        "seconds = 5", "seconds = 0"
    )
    text = text.replace('technique = "rhythmic-stabilization"\n', "")
    assert messages(write(tmp_path, text)) == [
        "F:1:1: technique: a pnf protocol needs this field",
        "F:5:1: colour: unknown field (a typo? clinic data may go under a [x] table)",
        "F:16:1: steps[2].seconds: must be at least 0.5, got 0",
    ]


def test_no_steps(tmp_path: Path) -> None:
    path = write(tmp_path, BASE.replace("[[steps]]", "[[step]]"))
    assert messages(path) == [
        "F:1:1: steps: required field is missing",
        "F:10:1: step: unknown field (a typo? clinic data may go under a [x] table)",
    ]


def test_too_many_steps(tmp_path: Path) -> None:
    step = '\n[[steps]]\nkind = "cue"\ninstruction = "Go."\n'
    path = write(tmp_path, BASE + step * 99)
    assert messages(path) == ["F:10:1: steps: allows at most 100 item(s), got 101"]


def test_toml_syntax_error_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, BASE.replace('pattern = "chop"', "pattern = chop"))
    assert messages(path) == ["F:6:11: (syntax): TOML syntax error: Invalid value"]


def test_not_utf8_is_located_at_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(BASE.replace("Sit.", "Siéntese.").encode("latin-1"))
    assert messages(path) == ["F:12:18: (file): not UTF-8 text (byte 0xe9 cannot be decoded)"]


def test_file_over_one_mebibyte_is_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_text(BASE + "#" * MAX_FILE_BYTES, encoding="utf-8")
    size = path.stat().st_size
    assert messages(path) == [
        f"F:1:1: (file): file is {size:,} bytes; protocol files may be at most 1 MiB (not read)"
    ]


def test_empty_file_reports_the_missing_fields(tmp_path: Path) -> None:
    lines = messages(write(tmp_path, ""))
    assert "F:1:1: format: required field is missing" in lines
    assert "F:1:1: steps: required field is missing" in lines


def test_missing_illustration_file_is_located(tmp_path: Path) -> None:
    path = write(
        tmp_path, BASE.replace('summary = "A test."', 'summary = "A."\nillustration = "x.svg"')
    )
    result = load_file(path, illustrations=tmp_path / "builtin")
    assert [str(e).replace(str(path), "F") for e in result.errors] == [
        f"F:9:1: illustration: file not found: {tmp_path / 'x.svg'}"
    ]


def test_duplicate_ids_are_both_reported_and_neither_loaded(tmp_path: Path) -> None:
    one = write(tmp_path, BASE, "one.toml")
    two = write(tmp_path, "# copy\n" + BASE, "two.toml")
    library = load_library([(tmp_path, False)])
    assert library.protocols == {}
    assert sorted(str(e) for e in library.errors) == [
        f"{one}:2:1: id: duplicate id 'test-protocol' (also in {two}); neither is loaded",
        f"{two}:3:1: id: duplicate id 'test-protocol' (also in {one}); neither is loaded",
    ]


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, BASE, "good.toml")
    write(tmp_path, "not toml at all [", "bad.toml")
    library = load_library([(tmp_path, False)])
    assert list(library.protocols) == ["test-protocol"]
    assert [r.path.name for r in library.rejected] == ["bad.toml"]
