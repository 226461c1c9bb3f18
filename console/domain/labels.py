"""Names of regions, techniques and sides as a therapist reads them, in EN and ES."""

from __future__ import annotations

REGIONS = {
    "upper-extremity": ("Upper extremity", "Miembro superior"),
    "lower-extremity": ("Lower extremity", "Miembro inferior"),
    "scapula": ("Scapula", "Escápula"),
    "pelvis": ("Pelvis", "Pelvis"),
    "trunk": ("Trunk", "Tronco"),
    "neck": ("Neck", "Cuello"),
    "core": ("Core", "Core (estabilización)"),
}

TECHNIQUES = {
    "rhythmic-initiation": ("Rhythmic initiation", "Iniciación rítmica"),
    "combination-of-isotonics": ("Combination of isotonics", "Combinación de isotónicos"),
    "dynamic-reversals": ("Dynamic reversals", "Inversiones dinámicas"),
    "stabilizing-reversals": ("Stabilizing reversals", "Inversión de estabilizaciones"),
    "rhythmic-stabilization": ("Rhythmic stabilization", "Estabilización rítmica"),
    "repeated-stretch": ("Repeated stretch", "Estiramiento repetido"),
    "hold-relax": ("Hold-relax", "Sostener-relajar"),
    "contract-relax": ("Contract-relax", "Contraer-relajar"),
    "replication": ("Replication", "Replicación"),
    "none": ("—", "—"),
}

SIDES = {
    "left": ("Left", "Izquierdo"),
    "right": ("Right", "Derecho"),
    "bilateral": ("Both sides", "Bilateral"),
}

KINDS = {"pnf": ("PNF", "FNP"), "home": ("Home", "Casa")}


def _pick(table: dict[str, tuple[str, str]], key: str | None, lang: str) -> str:
    if not key:
        return ""
    names = table.get(key)
    if names is None:
        return key
    return names[1] if lang == "es" else names[0]


def region_name(region: str | None, lang: str = "en") -> str:
    return _pick(REGIONS, region, lang)


def technique_name(technique: str | None, lang: str = "en") -> str:
    return _pick(TECHNIQUES, technique, lang)


def side_name(side: str | None, lang: str = "en") -> str:
    return _pick(SIDES, side, lang)


def kind_name(kind: str | None, lang: str = "en") -> str:
    return _pick(KINDS, kind, lang)


_MOTIONS_ES = {
    "flexion": "flexión",
    "extension": "extensión",
    "elevation": "elevación",
    "depression": "depresión",
}
_JOINTS_ES = {"elbow": "codo", "knee": "rodilla"}
_SIMPLE_ES = {
    "chop": "chop",
    "lift": "lift",
    "reverse chop": "chop invertido",
    "reverse lift": "lift invertido",
    "flexion with rotation": "flexión con rotación",
    "extension with rotation": "extensión con rotación",
}


def pattern_name(pattern: str | None, lang: str = "en") -> str:
    """A pattern as written in the file, or in Spanish where its words are known."""
    if not pattern or lang != "es":
        return pattern or ""
    key = pattern.strip().lower()
    if key in _SIMPLE_ES:
        return _SIMPLE_ES[key]
    words = key.split()
    if len(words) == 2 and words[0] in ("anterior", "posterior") and words[1] in _MOTIONS_ES:
        return f"{_MOTIONS_ES[words[1]]} {words[0]}"
    if len(words) >= 2 and words[0] in ("d1", "d2") and words[1] in _MOTIONS_ES:
        base = f"{words[0].upper()} {_MOTIONS_ES[words[1]]}"
        rest = words[2:]
        if not rest:
            return base
        joint_motion = len(rest) == 3 and rest[0] == "with" and rest[1] in _JOINTS_ES
        if joint_motion and rest[2] in _MOTIONS_ES:
            return f"{base} con {_MOTIONS_ES[rest[2]]} de {_JOINTS_ES[rest[1]]}"
    return pattern
