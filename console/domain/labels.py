"""Names of regions, techniques, sides, kinds and patterns as a therapist reads them.

The English names are marked for the content catalogue (``console.domain.catalogue``);
every other language reads them from its catalogue.
"""

from __future__ import annotations

from console.domain.catalogue import N_, text

REGIONS = {
    "upper-extremity": N_("Upper extremity"),
    "lower-extremity": N_("Lower extremity"),
    "scapula": N_("Scapula"),
    "pelvis": N_("Pelvis"),
    "trunk": N_("Trunk"),
    "neck": N_("Neck"),
    "core": N_("Core"),
}

TECHNIQUES = {
    "rhythmic-initiation": N_("Rhythmic initiation"),
    "combination-of-isotonics": N_("Combination of isotonics"),
    "dynamic-reversals": N_("Dynamic reversals"),
    "stabilizing-reversals": N_("Stabilizing reversals"),
    "rhythmic-stabilization": N_("Rhythmic stabilization"),
    "repeated-stretch": N_("Repeated stretch"),
    "hold-relax": N_("Hold-relax"),
    "contract-relax": N_("Contract-relax"),
    "replication": N_("Replication"),
    "none": N_("—"),
}

#: One wording wherever a side is named: the runner, the protocol list and detail.
SIDES = {
    "left": N_("Left side"),
    "right": N_("Right side"),
    "bilateral": N_("Both sides"),
}

KINDS = {"pnf": N_("PNF"), "home": N_("Home")}

#: The patterns of the built-in library (Adler, Beckers & Buck, "PNF in Practice"):
#: the diagonals of the limbs, with the intermediate joint where a protocol names it,
#: the scapula and pelvis diagonals (one or both directions of a diagonal), and the
#: trunk and neck patterns.
PATTERNS = (
    N_("D1 flexion"),
    N_("D1 extension"),
    N_("D2 flexion"),
    N_("D2 extension"),
    N_("D1 flexion with elbow flexion"),
    N_("D1 flexion with elbow extension"),
    N_("D1 extension with elbow flexion"),
    N_("D1 extension with elbow extension"),
    N_("D2 flexion with elbow flexion"),
    N_("D2 flexion with elbow extension"),
    N_("D2 extension with elbow flexion"),
    N_("D2 extension with elbow extension"),
    N_("D1 flexion with knee flexion"),
    N_("D1 flexion with knee extension"),
    N_("D1 extension with knee flexion"),
    N_("D1 extension with knee extension"),
    N_("D2 flexion with knee flexion"),
    N_("D2 flexion with knee extension"),
    N_("D2 extension with knee flexion"),
    N_("D2 extension with knee extension"),
    N_("anterior elevation"),
    N_("anterior depression"),
    N_("posterior elevation"),
    N_("posterior depression"),
    N_("anterior elevation / posterior depression"),
    N_("lower trunk rotation"),
    N_("chop"),
    N_("lift"),
    N_("reverse chop"),
    N_("reverse lift"),
    N_("flexion with rotation"),
    N_("extension with rotation"),
    # Bilateral patterns, mass movements, rolling and functional activities
    # (Adler, Beckers & Buck: bilateral patterns, mat activities, gait).
    N_("bilateral asymmetrical flexion (D2 flexion with opposite D1 flexion)"),
    N_("bilateral reciprocal (D1 flexion with opposite D1 extension)"),
    N_("upper trunk extension (bilateral symmetrical D2 flexion)"),
    N_("lower trunk flexion (bilateral asymmetrical leg flexion)"),
    N_("lower trunk extension (bilateral asymmetrical leg extension)"),
    N_("mass flexion (scapula anterior depression with pelvis anterior elevation)"),
    N_("mass extension (scapula posterior elevation with pelvis posterior depression)"),
    N_("rolling forward (scapula anterior depression with pelvis anterior elevation)"),
    N_("rolling backward (scapula posterior elevation with pelvis posterior depression)"),
    N_("bridging"),
    N_("weight shift in sitting"),
    N_("weight shift in standing"),
    N_("resisted progression (gait)"),
    # The trunk endurance tests (McGill, Childs & Liebenson 1999; Biering-Sørensen 1984;
    # docs/endurance.md).
    N_("trunk extensor endurance test"),
    N_("trunk flexor endurance test"),
    N_("side bridge endurance test"),
    N_("prone bridge endurance test"),
)
_PATTERN_KEYS = {pattern.lower(): pattern for pattern in PATTERNS}


def _pick(table: dict[str, str], key: str | None, lang: str) -> str:
    if not key:
        return ""
    name = table.get(key)
    if name is None:
        return key
    return text(lang, name)


def region_name(region: str | None, lang: str = "en") -> str:
    return _pick(REGIONS, region, lang)


def technique_name(technique: str | None, lang: str = "en") -> str:
    return _pick(TECHNIQUES, technique, lang)


def side_name(side: str | None, lang: str = "en") -> str:
    return _pick(SIDES, side, lang)


def kind_name(kind: str | None, lang: str = "en") -> str:
    return _pick(KINDS, kind, lang)


def pattern_name(pattern: str | None, lang: str = "en") -> str:
    """A pattern as written in the file, or in `lang` where it is a known pattern."""
    if not pattern:
        return ""
    known = _PATTERN_KEYS.get(pattern.strip().lower())
    if known is None or lang == "en":
        return pattern
    return text(lang, known)
