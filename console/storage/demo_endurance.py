"""Demo endurance tests: the side bridge right and left, Biering-Sørensen and trunk
flexor times of some demo patients over their sessions, so the chart shows endurance
improving and, for others, a ratio outside McGill's targets (docs/endurance.md).

Its own random generator, seeded by the patient: the rest of the demo data stays the
same whichever patients are tested.
"""

from __future__ import annotations

import random
from typing import Any

#: Every how many patients one has endurance tests (patients 1, 4, 7, ...).
EVERY = 3

SIDE = "endurance-side-bridge"
SORENSEN = "endurance-biering-sorensen"
FLEXOR = "endurance-trunk-flexor"
CAPS = {SIDE: 300, SORENSEN: 240, FLEXOR: 300}
ENDURANCE_PROTOCOLS = frozenset(CAPS)


def has_endurance_tests(patient_id: int) -> bool:
    return patient_id % EVERY == 1


def profile(patient_id: int) -> str:
    """'improving' (balanced, longer every session) or 'poor ratio' (a weak right side
    bridge and flexors that outlast the extensors, improving slowly)."""
    return "improving" if (patient_id // EVERY) % 2 == 0 else "poor ratio"


def endurance_plan(patient_id: int) -> list[dict[str, Any]]:
    """The tests as plan items (the side bridge on each side, then the two others)."""
    if not has_endurance_tests(patient_id):
        return []
    return [
        {"protocol_id": SIDE, "side": "right", "overrides": {}},
        {"protocol_id": SIDE, "side": "left", "overrides": {}},
        {"protocol_id": SORENSEN, "side": "bilateral", "overrides": {}},
        {"protocol_id": FLEXOR, "side": "bilateral", "overrides": {}},
    ]


def endurance_times(patient_id: int, number: int) -> list[tuple[str, str, int]]:
    """(protocol id, side, whole seconds) of session ``number`` (0-based); empty for a
    patient without tests."""
    if not has_endurance_tests(patient_id):
        return []
    rng = random.Random(patient_id * 7919)
    extensor = rng.uniform(55, 90)
    left = rng.uniform(30, 45)
    if profile(patient_id) == "improving":
        growth = (1 + rng.uniform(0.07, 0.12)) ** number
        times = {
            (SIDE, "right"): left * rng.uniform(0.93, 1.0) * growth,
            (SIDE, "left"): left * growth,
            (SORENSEN, "bilateral"): extensor * growth,
            (FLEXOR, "bilateral"): extensor * rng.uniform(0.7, 0.85) * growth,
        }
    else:
        growth = (1 + rng.uniform(0.01, 0.04)) ** number
        times = {
            (SIDE, "right"): left * rng.uniform(0.6, 0.75) * growth,
            (SIDE, "left"): left * growth,
            (SORENSEN, "bilateral"): extensor * growth,
            (FLEXOR, "bilateral"): extensor * rng.uniform(1.15, 1.35) * growth,
        }
    jitter = random.Random(patient_id * 104729 + number)
    return [
        (protocol, side, max(5, min(CAPS[protocol], round(value * jitter.uniform(0.96, 1.04)))))
        for (protocol, side), value in times.items()
    ]
