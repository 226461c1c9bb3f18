"""Display names of regions, techniques and patterns in English and Spanish."""

from __future__ import annotations

import pytest

from console.domain.labels import pattern_name, region_name, side_name, technique_name
from console.domain.protocol import Region, Technique


@pytest.mark.parametrize(
    ("pattern", "spanish"),
    [
        ("D1 flexion", "D1 flexión"),
        ("D2 extension with knee flexion", "D2 extensión con flexión de rodilla"),
        ("D1 flexion with elbow extension", "D1 flexión con extensión de codo"),
        ("anterior elevation", "elevación anterior"),
        ("posterior depression", "depresión posterior"),
        ("reverse chop", "chop invertido"),
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
    assert technique_name("hold-relax", "es") == "Sostener-relajar"
    assert side_name("left", "es") == "Lado izquierdo"
    assert side_name("bilateral", "en") == "Both sides"
    assert side_name("bilateral", "es") == "Ambos lados"
    assert region_name(None) == ""
