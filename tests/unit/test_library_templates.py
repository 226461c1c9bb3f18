"""Plan template files: loading, located validation messages, and the built-in ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import resources
from console.domain.library import load_file, load_library

PROTOCOL = """\
format = "pnf-protocol/1"
id = "{id}"
title = {{ en = "Test {id}", es = "Prueba {id}" }}
kind = "{kind}"
region = "trunk"
{extra}
summary = "A test."

[[steps]]
kind = "position"
instruction = "Sit."

[[steps]]
kind = "hold"
seconds = 5
instruction = "Hold."
"""
PNF_EXTRA = 'pattern = "chop"\ntechnique = "rhythmic-stabilization"\nsides = ["left", "right"]'
HOME_EXTRA = "[home]\nreps = 5\nsets = 1\nhold_s = 5"

TEMPLATE = """\
format = "pnf-template/1"
id = "back-plan"
name = { en = "Back plan", es = "Plan lumbar" }
summary = { en = "Holds for the back.", es = "Mantenimientos para la espalda." }
home = ["home-hold"]

[[items]]
protocol = "clinic-chop"
side = "left"

[[items]]
protocol = "clinic-chop"
side = "right"
overrides = { sets = 2, hold_s = 8 }
"""


def folder(tmp_path: Path, template: str = TEMPLATE) -> Path:
    (tmp_path / "clinic-chop.toml").write_text(
        PROTOCOL.format(id="clinic-chop", kind="pnf", extra=PNF_EXTRA), encoding="utf-8"
    )
    home = PROTOCOL.format(id="home-hold", kind="home", extra="").replace(
        'summary = "A test."', f'summary = "A test."\n{HOME_EXTRA}'
    )
    (tmp_path / "home-hold.toml").write_text(home, encoding="utf-8")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "back-plan.toml").write_text(template, encoding="utf-8")
    return tmp_path


def errors(tmp_path: Path, template: str) -> list[str]:
    library = load_library([(folder(tmp_path, template), False)])
    assert "back-plan" not in library.templates
    return [
        str(e).replace(str(tmp_path / "templates" / "back-plan.toml"), "F") for e in library.errors
    ]


def test_a_template_loads_beside_its_protocols(tmp_path: Path) -> None:
    library = load_library([(folder(tmp_path), False)])
    assert library.errors == []
    assert set(library.protocols) == {"clinic-chop", "home-hold"}
    template = library.templates["back-plan"]
    assert template.name.in_("es") == "Plan lumbar"
    plan = template.plan()
    assert [(i.protocol_id, i.side) for i in plan.items] == [
        ("clinic-chop", "left"),
        ("clinic-chop", "right"),
    ]
    assert plan.items[1].overrides.sets == 2
    assert plan.items[1].overrides.hold_s == 8
    assert library.titles(template.home, "es") == ["Prueba home-hold"]
    assert library.template_named("  plan   LUMBAR ") is template
    assert library.template_named("Other") is None


def test_a_template_file_alone_is_neither_a_protocol_nor_an_error(tmp_path: Path) -> None:
    result = load_file(folder(tmp_path) / "templates" / "back-plan.toml")
    assert result.protocol is None and result.errors == ()
    assert result.template is not None and result.template.id == "back-plan"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('protocol = "clinic-chop"\nside = "left"', 'protocol = "clinic-lift"\nside = "left"'),
            "F:8:1: items[1].protocol: no protocol with id 'clinic-lift' is loaded",
        ),
        (
            ('protocol = "clinic-chop"\nside = "left"', 'protocol = "home-hold"\nside = "left"'),
            "F:8:1: items[1].protocol: 'home-hold' is a home exercise; list it under home",
        ),
        (
            ('side = "left"', 'side = "bilateral"'),
            "F:9:1: items[1].side: 'clinic-chop' is done on left, right only",
        ),
        (
            ('home = ["home-hold"]', 'home = ["clinic-chop"]'),
            "F:5:9: home[1]: 'clinic-chop' is a clinic protocol, not a home one",
        ),
        (
            ('side = "left"', 'side = "up"'),
            "F:9:1: items[1].side: expected one of 'left', 'right' or 'bilateral', got \"up\"",
        ),
        (
            ("overrides = { sets = 2", "overrides = { sets = 0"),
            "F:14:15: items[2].overrides.sets: must be at least 1, got 0",
        ),
        (
            ('home = ["home-hold"]', 'hmoe = ["home-hold"]'),
            "F:5:1: hmoe: unknown field (a typo? clinic data may go under a [x] table)",
        ),
        (
            ('name = { en = "Back plan", es = "Plan lumbar" }\n', ""),
            "F:1:1: name: required field is missing",
        ),
    ],
)
def test_bad_templates_are_refused_with_located_messages(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in TEMPLATE
    assert expected in errors(tmp_path, TEMPLATE.replace(old, new, 1))


def test_a_template_without_items_is_refused(tmp_path: Path) -> None:
    text = TEMPLATE.split("[[items]]")[0] + "items = []\n"
    assert "F:7:1: items: needs at least 1 item(s), got 0" in errors(tmp_path, text)


def test_two_templates_with_one_id_are_both_refused(tmp_path: Path) -> None:
    base = folder(tmp_path)
    (base / "templates" / "copy.toml").write_text(TEMPLATE, encoding="utf-8")
    library = load_library([(base, False)])
    assert library.templates == {}
    assert len(library.rejected) == 2
    assert all("duplicate template id 'back-plan'" in str(e) for e in library.errors)


def test_builtin_templates_load_and_pair_clinic_protocols_with_home_exercises() -> None:
    library = load_library([(resources.protocols_dir(), True)], resources.illustrations_dir())
    assert library.errors == []
    assert len(library.templates) >= 4
    names = {t.name.en for t in library.templates.values()}
    assert "Low-back spasm: stabiliser endurance" in names
    for template in library.templates.values():
        assert template.builtin
        assert template.name.es and template.spec.summary.es, template.id
        kinds = {library.protocols[i.protocol_id].kind for i in template.plan().items}
        assert kinds == {"pnf"}, template.id
        assert template.home, f"{template.id}: no home exercises"
        assert template.spec.references, f"{template.id}: no references"
    back = library.template_named("Low-back spasm: stabiliser endurance")
    assert back is not None
    regions = {library.protocols[i.protocol_id].region.value for i in back.plan().items}
    assert {"pelvis", "trunk"} <= regions
    assert "home-pallof-press" in back.home
