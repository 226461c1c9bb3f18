"""Display names of regions, techniques and patterns in English and Spanish.

The Spanish names follow docs/glossary-es.md, as the protocol titles do."""

from __future__ import annotations

import tomllib

import pytest

from console.domain.labels import PATTERNS, pattern_name, region_name, side_name, technique_name
from console.domain.protocol import Region, Technique
from console.resources import protocols_dir


@pytest.mark.parametrize(
    ("pattern", "spanish"),
    [
        ("D1 flexion", "flexión D1"),
        ("D2 extension with knee flexion", "extensión D2 con flexión de rodilla"),
        ("D1 flexion with elbow extension", "flexión D1 con extensión de codo"),
        ("anterior elevation", "elevación anterior"),
        ("posterior depression", "depresión posterior"),
        ("reverse chop", "chopping invertido"),
        ("flexion with rotation", "flexión con rotación"),
        ("a clinic's own name", "a clinic's own name"),
    ],
)
def test_pattern_names(pattern: str, spanish: str) -> None:
    assert pattern_name(pattern, "es") == spanish
    assert pattern_name(pattern, "en") == pattern


def test_every_region_and_technique_has_both_names() -> None:
    for region in Region:
        assert region_name(region.value, "en") != region.value
        assert region_name(region.value, "es")
    for technique in Technique:
        assert technique_name(technique.value, "es")
    assert technique_name("hold-relax", "es") == "Mantener-relajar"
    assert side_name("left", "es") == "Lado izquierdo"
    assert side_name("bilateral", "en") == "Both sides"
    assert side_name("bilateral", "es") == "Ambos lados"
    assert region_name(None) == ""


def test_every_pattern_of_the_library_has_a_name_in_the_catalogue() -> None:
    """A pattern outside the list would show in English on a Spanish screen."""
    known = {pattern.lower() for pattern in PATTERNS}
    for path in sorted(protocols_dir().glob("*.toml")):
        pattern = tomllib.loads(path.read_text(encoding="utf-8")).get("pattern")
        if pattern:
            assert pattern.lower() in known, (
                f"{path.name}: add “{pattern}” to labels.PATTERNS, then run "
                "tools/content_catalogue.py extract and translate it"
            )
