"""The built-in illustrations: present, drawable by Qt and svglib, and in step with their
generator (tools/illustrations.py)."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
ILLUSTRATIONS = REPO / "resources" / "illustrations"
GENERATOR = REPO / "tools" / "illustrations.py"
SVG_NS = "{http://www.w3.org/2000/svg}"

EXPECTED = [
    *(
        f"ue-{d}-{m}{v}"
        for d, m in (("d1", "flexion"), ("d1", "extension"), ("d2", "flexion"), ("d2", "extension"))
        for v in ("", "-elbow-flexion", "-elbow-extension")
    ),
    *(
        f"le-{d}-{m}{v}"
        for d, m in (("d1", "flexion"), ("d1", "extension"), ("d2", "flexion"), ("d2", "extension"))
        for v in ("", "-knee-flexion", "-knee-extension")
    ),
    *(
        f"{part}-{diagonal}"
        for part in ("scapula", "pelvis")
        for diagonal in (
            "anterior-elevation",
            "posterior-depression",
            "anterior-depression",
            "posterior-elevation",
        )
    ),
    "trunk-chop",
    "trunk-lift",
    "trunk-reverse-chop",
    "trunk-reverse-lift",
    "neck-flexion",
    "neck-extension",
    "home-drawing-in",
    "home-pelvic-tilt",
    "home-prone-multifidus",
    "home-quadruped-multifidus-lift",
    "home-bird-dog",
    "home-bridge",
    "home-dead-bug",
    "home-side-plank",
    "home-curl-up",
    "home-band-chop",
    "home-band-lift",
    "home-band-arm-d2-flexion",
    "home-band-arm-d1-extension",
    "home-single-leg-stance",
    "home-side-lying-leg-d1",
]

# Elements Qt's SVG Tiny renderer ignores or that have no place in a built-in drawing.
FORBIDDEN = {"marker", "filter", "style", "script", "foreignObject", "image", "text"}

SVGS = sorted(ILLUSTRATIONS.glob("*.svg"))


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pnf_illustrations", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_every_expected_illustration_exists() -> None:
    names = {p.stem for p in SVGS}
    assert len(EXPECTED) == len(set(EXPECTED)) == 53
    assert sorted(set(EXPECTED) - names) == []


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_qt_renders_it(qapp: QApplication, path: Path) -> None:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    size = renderer.defaultSize()
    assert not size.isEmpty()
    assert (size.width(), size.height()) == (400, 300)


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_only_tiny_features(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 400 300"
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag not in FORBIDDEN, f"{path.name}: <{tag}>"
        assert "class" not in element.attrib, f"{path.name}: class on <{tag}>"
        assert "style" not in element.attrib, f"{path.name}: style on <{tag}>"
        assert "marker-end" not in element.attrib, f"{path.name}: marker on <{tag}>"


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_shows_start_end_and_direction(path: Path) -> None:
    """A dashed start, a solid end and at least one arrow with a drawn (polygon) head."""
    elements = list(ET.parse(path).getroot().iter())
    dashed = [e for e in elements if e.get("stroke-dasharray")]
    solid = [
        e
        for e in elements
        if e.tag.removeprefix(SVG_NS) in {"line", "polyline", "circle"}
        and not e.get("stroke-dasharray")
        and e.get("stroke-width") == "6"
    ]
    shafts = {
        e.get("stroke")
        for e in elements
        if e.tag == f"{SVG_NS}path" and e.get("stroke") not in (None, "#ffffff")
    }
    heads = {e.get("fill") for e in elements if e.tag == f"{SVG_NS}polygon"}
    assert dashed, "no start position"
    assert solid, "no end position"
    assert shafts and shafts <= heads, "no direction arrow with a head in its colour"


@pytest.mark.parametrize("path", SVGS[:: max(1, len(SVGS) // 8)], ids=lambda p: p.stem)
def test_svglib_reads_it_for_the_handout(path: Path) -> None:
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(path))
    assert drawing is not None
    assert drawing.width > 0 and drawing.height > 0


def test_generator_output_equals_the_committed_files(tmp_path: Path) -> None:
    generator = load_generator()
    out = tmp_path / "illustrations"
    written = generator.generate(out)
    assert {p.name for p in written} == {p.name for p in out.iterdir()}
    assert sorted(p.name for p in out.glob("*.svg")) == [p.name for p in SVGS]
    for path in SVGS:
        assert (out / path.name).read_bytes() == path.read_bytes(), (
            f"{path.name} differs from tools/illustrations.py's output; "
            "run .venv/bin/python tools/illustrations.py"
        )


def test_generator_is_deterministic(tmp_path: Path) -> None:
    generator = load_generator()
    first, second = tmp_path / "a", tmp_path / "b"
    generator.generate(first)
    generator.generate(second)
    for path in sorted(first.iterdir()):
        assert (second / path.name).read_bytes() == path.read_bytes()
