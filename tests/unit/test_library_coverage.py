"""The built-in library in protocols/ covers what a PNF clinic needs, in English and Spanish.

Every standard pattern (by its illustration name, in its region), every technique at
least twice, every region, enough home exercises; every text in both languages; every
illustration present and renderable; and docs/library.md generated from these files.
Each failure names the file and the field.
"""

from __future__ import annotations

import importlib.util
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import ValidationError

from console.domain.protocol import ProtocolFile, Region, StepKind, Technique, Text

REPO = Path(__file__).resolve().parents[2]
PROTOCOLS = REPO / "protocols"
ILLUSTRATIONS = REPO / "resources" / "illustrations"
CATALOGUE = REPO / "docs" / "library.md"
GENERATOR = REPO / "tools" / "library_catalogue.py"

MIN_PROTOCOLS = 50
MIN_HOME = 12
MIN_USES_PER_TECHNIQUE = 2

UE, LE = Region.UPPER_EXTREMITY, Region.LOWER_EXTREMITY
# Illustration name of each standard pattern -> the region its protocols belong to.
PATTERN_REGIONS: dict[str, Region] = {
    **{
        f"ue-{diagonal}{variant}": UE
        for diagonal in ("d1-flexion", "d1-extension", "d2-flexion", "d2-extension")
        for variant in ("", "-elbow-flexion", "-elbow-extension")
    },
    **{
        f"le-{diagonal}{variant}": LE
        for diagonal in ("d1-flexion", "d1-extension", "d2-flexion", "d2-extension")
        for variant in ("", "-knee-flexion", "-knee-extension")
    },
    **{
        f"{part}-{direction}": Region(part)
        for part in ("scapula", "pelvis")
        for direction in (
            "anterior-elevation",
            "posterior-depression",
            "anterior-depression",
            "posterior-elevation",
        )
    },
    **{f"trunk-{name}": Region.TRUNK for name in ("chop", "lift", "reverse-chop", "reverse-lift")},
    "neck-flexion": Region.NECK,
    "neck-extension": Region.NECK,
}

Library = dict[str, ProtocolFile]


def _protocol_files() -> list[Path]:
    return sorted(PROTOCOLS.glob("*.toml"))


def _read(path: Path) -> ProtocolFile:
    with path.open("rb") as handle:
        return ProtocolFile.model_validate(tomllib.load(handle))


@pytest.fixture(scope="module")
def library() -> Library:
    """Every protocol file that validates, keyed by file name (bad files: see below)."""
    loaded = {}
    for path in _protocol_files():
        try:
            loaded[path.name] = _read(path)
        except (tomllib.TOMLDecodeError, ValidationError):
            continue
    return loaded


def _pnf(library: Library) -> Library:
    return {name: spec for name, spec in library.items() if spec.kind == "pnf"}


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n  " + "\n  ".join(problems)


def test_every_file_validates_and_is_named_after_its_id() -> None:
    problems = []
    for path in _protocol_files():
        try:
            spec = _read(path)
        except (tomllib.TOMLDecodeError, ValidationError) as error:
            problems.append(f"{path.name}: {' '.join(str(error).split())}")
            continue
        if path.stem != spec.id:
            problems.append(f"{path.name}: id: {spec.id!r} differs from the file name")
    assert not problems, _report(problems)


def test_library_is_large_enough(library: Library) -> None:
    total = len(library)
    home = sum(1 for spec in library.values() if spec.kind == "home")
    assert total >= MIN_PROTOCOLS, (
        f"protocols/ has {total} valid protocols; at least {MIN_PROTOCOLS} expected"
    )
    assert home >= MIN_HOME, f"protocols/ has {home} home exercises; at least {MIN_HOME} expected"


def test_every_region_is_used(library: Library) -> None:
    used = {spec.region for spec in library.values()}
    missing = [region.value for region in Region if region not in used]
    assert not missing, f"no protocol has region = one of {missing}"


@pytest.mark.parametrize("pattern_id", sorted(PATTERN_REGIONS))
def test_every_standard_pattern_is_in_the_library(library: Library, pattern_id: str) -> None:
    expected = PATTERN_REGIONS[pattern_id]
    users = {
        name: spec for name, spec in library.items() if spec.illustration == f"builtin:{pattern_id}"
    }
    assert users, f'no protocol has illustration = "builtin:{pattern_id}"'
    wrong = [
        f"{name}: region: {spec.region.value!r}, expected {expected.value!r}"
        for name, spec in sorted(users.items())
        if spec.region != expected
    ]
    assert not wrong, _report(wrong)


@pytest.mark.parametrize("technique", [t for t in Technique if t is not Technique.NONE], ids=str)
def test_every_technique_is_used_at_least_twice(library: Library, technique: Technique) -> None:
    users = sorted(name for name, spec in _pnf(library).items() if spec.technique == technique)
    assert len(users) >= MIN_USES_PER_TECHNIQUE, (
        f'technique = "{technique.value}" is used by {len(users)} pnf protocol(s) {users}; '
        f"at least {MIN_USES_PER_TECHNIQUE} expected"
    )


def _texts(spec: ProtocolFile) -> Iterator[tuple[str, Text | None]]:
    """Every text field of a protocol with its field path."""
    yield "title", spec.title
    yield "summary", spec.summary
    for index, step in enumerate(spec.steps):
        yield f"steps[{index}].instruction", step.instruction
        yield f"steps[{index}].hands", step.hands
        yield f"steps[{index}].command", step.command
    if spec.home is not None:
        yield "home.caution", spec.home.caution


def test_every_text_is_in_english_and_spanish(library: Library) -> None:
    problems = [
        f"{name}: {field}: missing {lang}"
        for name, spec in sorted(library.items())
        for field, text in _texts(spec)
        if text is not None
        for lang in ("en", "es")
        if not (getattr(text, lang) or "").strip()
    ]
    assert not problems, _report(problems)


def test_home_exercises_carry_a_caution(library: Library) -> None:
    problems = [
        f"{name}: home.caution: missing"
        for name, spec in sorted(library.items())
        if spec.home is not None and spec.home.caution is None
    ]
    assert not problems, _report(problems)


def test_pnf_protocols_start_with_hand_placement_and_give_a_command(library: Library) -> None:
    problems = []
    for name, spec in sorted(_pnf(library).items()):
        first = spec.steps[0]
        if first.kind is not StepKind.POSITION:
            problems.append(f"{name}: steps[0].kind: {first.kind.value!r}, expected 'position'")
        if first.hands is None:
            problems.append(f"{name}: steps[0].hands: missing (the manual contacts)")
        if not any(step.command is not None for step in spec.steps):
            problems.append(f"{name}: steps[*].command: no step gives a verbal command")
    assert not problems, _report(problems)


def test_every_protocol_cites_references(library: Library) -> None:
    problems = [
        f"{name}: references: missing"
        for name, spec in sorted(library.items())
        if not [ref for ref in spec.references if ref.strip()]
    ]
    assert not problems, _report(problems)


def test_home_steps_match_the_printed_dosage(library: Library) -> None:
    """The runner's steps and the handout's dosage line must tell the patient the same."""
    problems = []
    for name, spec in sorted(library.items()):
        home = spec.home
        if home is None:
            continue
        holds = [(i, s) for i, s in enumerate(spec.steps) if s.kind is StepKind.HOLD]
        for index, step in holds:
            if home.hold_s is not None and step.seconds != home.hold_s:
                problems.append(
                    f"{name}: steps[{index}].seconds: {step.seconds}, but home.hold_s is "
                    f"{home.hold_s}"
                )
        working = [s.repeat for s in spec.steps if s.kind in (StepKind.HOLD, StepKind.MOVE)]
        if working and max(working) != home.reps:
            problems.append(
                f"{name}: steps[*].repeat: at most {max(working)}, but home.reps is {home.reps}"
            )
    assert not problems, _report(problems)


def _illustration_path(name: str, spec: ProtocolFile) -> Path | None:
    ref = spec.illustration
    if ref is None:
        return None
    if ref.startswith("builtin:"):
        return ILLUSTRATIONS / f"{ref.removeprefix('builtin:')}.svg"
    return PROTOCOLS / ref


def test_every_protocol_has_an_illustration_that_renders(library: Library, qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    problems = []
    for name, spec in sorted(library.items()):
        path = _illustration_path(name, spec)
        if path is None:
            problems.append(f"{name}: illustration: missing")
            continue
        if not path.is_file():
            problems.append(
                f"{name}: illustration: {spec.illustration!r} -> "
                f"{path.relative_to(REPO)} does not exist"
            )
            continue
        renderer = QSvgRenderer(str(path))
        size = renderer.defaultSize()
        if not renderer.isValid() or size.isEmpty():
            problems.append(
                f"{name}: illustration: {path.relative_to(REPO)} does not render "
                f"(valid={renderer.isValid()}, size={size.width()}x{size.height()})"
            )
    assert not problems, _report(problems)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("library_catalogue", GENERATOR)
    assert spec is not None and spec.loader is not None, f"cannot import {GENERATOR}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_is_generated_from_the_current_files() -> None:
    generator = _generator()
    expected = generator.render_catalogue(PROTOCOLS)
    current = CATALOGUE.read_text(encoding="utf-8") if CATALOGUE.exists() else ""
    assert current == expected, (
        f"docs/library.md is out of date with protocols/; run {generator.COMMAND}"
    )
