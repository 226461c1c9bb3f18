"""The built-in illustrations: present, drawable by Qt and svglib, and in step with their
generator (tools/illustrations.py)."""

from __future__ import annotations

import importlib
import importlib.util
import math
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Sequence
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
    # Protocols with a picture of their own beyond the standard patterns.
    "pelvis-anterior-elevation-rhythmic-stabilization",
    "trunk-lower-trunk-rhythmic-stabilization-hook-lying",
    "trunk-lower-trunk-stabilizing-reversals-hook-lying",
    "trunk-lower-trunk-rotation-hold-relax",
    "trunk-lower-trunk-rotation-contract-relax",
    "trunk-lower-flexion-legs-combination-of-isotonics",
    "trunk-lower-extension-legs-dynamic-reversals",
    "trunk-bridging-stabilizing-reversals",
    "trunk-sitting-weight-shift-stabilizing-reversals",
    "trunk-standing-weight-shift-stabilizing-reversals",
    "ue-d1-flexion-repeated-stretch-through-range",
    "ue-d2-flexion-repeated-stretch-through-range",
    "le-d2-flexion-repeated-stretch-through-range",
    "le-d1-extension-repeated-stretch-through-range",
    "trunk-upper-extension-arms-d2-flexion-combination-of-isotonics",
    "ue-bilateral-asymmetrical-flexion-dynamic-reversals",
    "ue-bilateral-reciprocal-stabilizing-reversals",
    "trunk-mass-flexion-scapula-pelvis-combination-of-isotonics",
    "trunk-mass-extension-scapula-pelvis-dynamic-reversals",
    "trunk-rolling-forward-scapula-pelvis-rhythmic-initiation",
    "trunk-rolling-backward-scapula-pelvis-combination-of-isotonics",
    "pelvis-gait-resisted-progression",
    "home-pallof-press",
    "home-suitcase-hold",
    "home-neck-chin-nod",
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


def load_draw() -> ModuleType:
    """The drawing module beside the generator (its palette and body sizes)."""
    load_generator()
    return importlib.import_module("figure_draw")


def test_every_expected_illustration_exists() -> None:
    names = {p.stem for p in SVGS}
    assert len(EXPECTED) == len(set(EXPECTED)) == 78
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
    """A faint dashed start (the body, or the part that moves when only the scapula,
    pelvis or a muscle moves; none where the position is held still), a solid filled
    body at the end, and at least one arrow with a drawn (polygon) head."""
    draw = load_draw()
    held = {ill.name for ill in load_generator().library() if ill.ghosts == ()}
    elements = list(ET.parse(path).getroot().iter())
    dashed = [e for e in elements if e.get("stroke-dasharray")]
    solid = [e for e in elements if e.get("fill") == draw.SKIN and e.get("stroke") == draw.INK]
    shafts = {
        e.get("stroke")
        for e in elements
        if e.tag == f"{SVG_NS}path" and e.get("stroke") not in (None, "#ffffff")
    }
    heads = {e.get("fill") for e in elements if e.tag == f"{SVG_NS}polygon"}
    assert dashed or path.stem in held, "no start position"
    assert solid, "no end position"
    assert shafts and shafts <= heads, "no direction arrow with a head in its colour"


def drawn_points(root: ET.Element) -> list[tuple[str, float, float]]:
    """Every coordinate a shape reaches, as (element, x, y); circles by their extremes."""
    found: list[tuple[str, float, float]] = []
    for e in root.iter():
        tag = e.tag.removeprefix(SVG_NS)
        a = dict(e.attrib)
        if tag == "circle":
            x, y, r = float(a["cx"]), float(a["cy"]), float(a["r"])
            found += [(tag, x - r, y - r), (tag, x + r, y + r)]
        elif tag in ("polygon", "polyline"):
            for pair in a["points"].split():
                x, y = pair.split(",")
                found.append((tag, float(x), float(y)))
        elif tag == "line":
            found += [(tag, float(a["x1"]), float(a["y1"])), (tag, float(a["x2"]), float(a["y2"]))]
        elif tag == "path":
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", a["d"])]
            found += [(tag, x, y) for x, y in zip(numbers[::2], numbers[1::2], strict=True)]
        elif tag == "rect":
            x, y = float(a["x"]), float(a["y"])
            found += [(tag, x, y), (tag, x + float(a["width"]), y + float(a["height"]))]
    return found


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_every_drawn_coordinate_lies_inside_the_canvas(path: Path) -> None:
    root = ET.parse(path).getroot()
    x0, y0, w, h = (float(v) for v in root.get("viewBox", "").split())
    points = drawn_points(root)
    assert len(points) > 100
    outside = [p for p in points if not (x0 <= p[1] <= x0 + w and y0 <= p[2] <= y0 + h)]
    assert outside == [], f"{path.name}: drawn outside the canvas: {outside[:5]}"


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_the_body_keeps_a_margin_from_the_edge(path: Path) -> None:
    """Nothing of the figure (filled body parts, start or end) is cut at the edge."""
    draw = load_draw()
    root = ET.parse(path).getroot()
    body = [e for e in root.iter() if e.get("fill") in (draw.SKIN, draw.FAR_SKIN, draw.START_FILL)]
    points = drawn_points(_group(body))
    assert points
    assert min(p[1] for p in points) >= 4 and max(p[1] for p in points) <= 396
    assert min(p[2] for p in points) >= 4 and max(p[2] for p in points) <= 296


def _group(elements: list[ET.Element]) -> ET.Element:
    group = ET.Element("g")
    group.extend(elements)
    return group


def elbow_angle(a: Sequence[float], b: Sequence[float], c: Sequence[float]) -> float:
    """The angle at b, in degrees: 180 is a straight limb."""
    u = [p - q for p, q in zip(a, b, strict=True)]
    v = [p - q for p, q in zip(c, b, strict=True)]
    cos = sum(p * q for p, q in zip(u, v, strict=True)) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


VARIANTS = [
    (f"{part}-{d}-{m}", limb, joint)
    for part, limb, joint in (("ue", "arm_r", "elbow"), ("le", "leg_r", "knee"))
    for d in ("d1", "d2")
    for m in ("flexion", "extension")
]


@pytest.mark.parametrize(("pattern", "limb", "joint"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_elbow_and_knee_variants_differ_in_the_pose(pattern: str, limb: str, joint: str) -> None:
    """From the pose data: the flexion variant ends with the joint bent (at most 110
    degrees between the segments), the extension variant straight, and each starts the
    other way round."""
    generator = load_generator()
    model = importlib.import_module("figure_model")
    library = {ill.name: ill for ill in generator.library()}

    def angle(name: str, which: str) -> float:
        ill = library[name]
        joints = model.build(getattr(ill, which), ill.frame).joints
        return elbow_angle(*(joints[f"{limb}{i}"] for i in range(3)))

    bends, straightens = f"{pattern}-{joint}-flexion", f"{pattern}-{joint}-extension"
    assert angle(bends, "end") <= 110 and angle(bends, "start") >= 170
    assert angle(straightens, "end") >= 170 and angle(straightens, "start") <= 110


@pytest.mark.parametrize(("pattern", "limb", "joint"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_elbow_and_knee_variants_differ_in_the_drawing(pattern: str, limb: str, joint: str) -> None:
    """In the SVG: the end position's marked joints show the bend the pose has."""

    def drawn(name: str) -> float:
        root = ET.parse(ILLUSTRATIONS / f"{name}.svg").getroot()
        marks = {e.get("id"): e for e in root.iter(f"{SVG_NS}circle") if e.get("id")}
        points = [
            (float(marks[f"{limb}{i}"].get("cx", "")), float(marks[f"{limb}{i}"].get("cy", "")))
            for i in range(3)
        ]
        return elbow_angle(*points)

    bent, straight = drawn(f"{pattern}-{joint}-flexion"), drawn(f"{pattern}-{joint}-extension")
    assert straight >= 170
    assert bent <= straight - 45, f"{pattern}: {joint} drawn at {bent:.0f} and {straight:.0f}"


@pytest.mark.parametrize("path", SVGS, ids=[p.stem for p in SVGS])
def test_pnf_patterns_show_the_therapists_hands(path: Path) -> None:
    """PNF patterns mark two hand contacts; a home exercise, done alone, none."""
    draw = load_draw()
    contacts = [e for e in ET.parse(path).getroot().iter() if e.get("fill") == draw.CONTACT]
    if path.stem.startswith("home-"):
        assert contacts == []
    else:
        assert len(contacts) == 2


def test_every_protocols_illustration_exists() -> None:
    used = []
    for toml_path in sorted((REPO / "protocols").glob("*.toml")):
        with toml_path.open("rb") as handle:
            name = tomllib.load(handle).get("illustration", "")
        if name.startswith("builtin:"):
            used.append(name.removeprefix("builtin:"))
            assert (ILLUSTRATIONS / f"{used[-1]}.svg").is_file(), toml_path.name
    assert len(used) >= 53


@pytest.mark.parametrize(
    "path", [p for p in SVGS if p.stem.startswith("home-")], ids=lambda p: p.stem
)
def test_home_pictures_are_readable_at_the_handouts_size(path: Path) -> None:
    """Printed in the normal handout's picture box, the figure is at least 35 mm long,
    its head at least 5 mm across and its thinnest part, the wrist, at least 1 mm."""
    from reportlab.lib.units import mm

    from console.reports.handout_style import NORMAL
    from console.reports.pictures import picture

    draw = load_draw()
    model = importlib.import_module("figure_model")
    art = picture(path, NORMAL.picture_w, NORMAL.picture_h)
    assert art is not None
    group = art.contents[0]
    print_scale = group.transform[0]  # points per SVG unit
    root = ET.parse(path).getroot()
    heads = [
        float(e.get("r", "0")) for e in root.iter(f"{SVG_NS}circle") if e.get("fill") == draw.SKIN
    ]
    canvas_scale = max(heads) / model.HEAD_R
    body = [e for e in root.iter() if e.get("fill") in (draw.SKIN, draw.FAR_SKIN)]
    points = drawn_points(_group(body))
    extent = max(
        max(p[1] for p in points) - min(p[1] for p in points),
        max(p[2] for p in points) - min(p[2] for p in points),
    )
    assert extent * print_scale >= 35 * mm
    assert 2 * model.HEAD_R * canvas_scale * print_scale >= 5 * mm
    assert 2 * draw.ARM_R[2] * canvas_scale * print_scale >= 1 * mm


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


def test_generator_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """String hashing changes from process to process; the drawings must not."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, str(GENERATOR), "--out", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.svg"))})
    assert outputs[0] == outputs[1]
