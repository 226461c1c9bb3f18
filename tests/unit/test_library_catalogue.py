"""The catalogue generator (tools/library_catalogue.py) on small hand-made libraries."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue() -> ModuleType:
    path = REPO / "tools" / "library_catalogue.py"
    spec = importlib.util.spec_from_file_location("library_catalogue", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PNF = """\
format = "pnf-protocol/1"
id = "{id}"
title = {{ en = "{title} | wide", es = "{title} ES" }}
kind = "pnf"
region = "{region}"
pattern = "D1 flexion"
technique = "hold-relax"
summary = {{ en = "Aim.", es = "Objetivo." }}
sets = 3
references = ["Adler SS, Beckers D, Buck M. PNF in Practice. 4th ed. Springer; 2014."]

[[steps]]
kind = "position"
instruction = {{ en = "Set up.", es = "Posición." }}
hands = {{ en = "Hands.", es = "Manos." }}
"""

HOME = """\
format = "pnf-protocol/1"
id = "home-bridge"
title = { en = "Bridge", es = "Puente" }
kind = "home"
region = "core"
sides = ["bilateral"]
summary = { en = "Aim.", es = "Objetivo." }
references = ["Clinic handout, 2020"]

[home]
reps = 10
sets = 2
hold_s = 5
per_day = 2
days_per_week = 5

[[steps]]
kind = "hold"
seconds = 5
repeat = 10
instruction = { en = "Lift.", es = "Suba." }
"""


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "protocols"
    folder.mkdir()
    files = {
        "ue-b.toml": PNF.format(id="ue-b", title="Arm B", region="upper-extremity"),
        "ue-a.toml": PNF.format(id="ue-a", title="Arm A", region="upper-extremity"),
        "le-a.toml": PNF.format(id="le-a", title="Leg A", region="lower-extremity"),
        "home-bridge.toml": HOME,
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("reference", "short"),
    [
        (
            "Adler SS, Beckers D, Buck M. PNF in Practice. 4th ed. Springer; 2014.",
            "Adler et al. 2014",
        ),
        (
            "Hodges PW, Richardson CA. Title. Spine. 1996;21(22):2640-2650.",
            "Hodges & Richardson 1996",
        ),
        ("McGill S. Low Back Disorders. 3rd ed. Human Kinetics; 2016.", "McGill 2016"),
        ("Smith J, et al. A study. J Ex. 2001;1:1-2.", "Smith et al. 2001"),
        ("Van der Berg AB, Jones C. Title. 1999.", "Van der Berg & Jones 1999"),
        (
            "Sánchez-López M, Ortega F. Título. Fisioterapia. 2015;37(2):1-9.",
            "Sánchez-López & Ortega 2015",
        ),
        ("a note in free form, 2020", "a note in free form, 2020"),
    ],
)
def test_short_reference(catalogue: ModuleType, reference: str, short: str) -> None:
    assert catalogue.short_reference(reference) == short


def test_render_groups_by_region_sorts_by_id_and_lists_home_dosage(
    catalogue: ModuleType, tmp_path: Path
) -> None:
    text = catalogue.render_catalogue(_library(tmp_path))
    assert text.startswith("# The built-in protocol library\n")
    assert catalogue.COMMAND in text
    assert "Protocols: 4 in all; 3 PNF protocols" in text
    ue = text.index("## Upper extremity")
    le = text.index("## Lower extremity")
    home = text.index("## Home exercises")
    assert ue < le < home
    assert ue < text.index("`ue-a`") < text.index("`ue-b`") < le
    assert "| Arm A \\| wide / Arm A ES |" in text
    assert "| hold-relax | 3 |" in text
    assert "2 × 10, hold 5 s, 2×/day, 5 d/week" in text
    assert "Adler et al. 2014" in text
    assert "- Clinic handout, 2020" in text
    assert text.endswith("\n")


def test_render_is_stable(catalogue: ModuleType, tmp_path: Path) -> None:
    folder = _library(tmp_path)
    assert catalogue.render_catalogue(folder) == catalogue.render_catalogue(folder)


def test_a_bad_file_is_named(catalogue: ModuleType, tmp_path: Path) -> None:
    folder = _library(tmp_path)
    (folder / "broken.toml").write_text('format = "pnf-protocol/1"\n', encoding="utf-8")
    with pytest.raises(catalogue.CatalogueError, match=r"^broken\.toml: "):
        catalogue.render_catalogue(folder)


def test_check_mode_reports_a_stale_catalogue(
    catalogue: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _library(tmp_path)
    out = tmp_path / "library.md"
    args = ["--protocols", str(folder), "--out", str(out)]
    assert catalogue.main([*args, "--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    assert catalogue.main(args) == 0
    assert catalogue.main([*args, "--check"]) == 0
    (folder / "ue-a.toml").unlink()
    assert catalogue.main([*args, "--check"]) == 1
