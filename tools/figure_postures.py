"""Postures shared by the PNF and the home illustrations: sitting on a stool, and the
chop and lift with both hands together."""

from __future__ import annotations

from dataclasses import replace

from figure_draw import Camera, stool_and_floor
from figure_model import SHANK, Limb, Pose, Reach, Seg, Vec, add

SEAT = SHANK + 6.0
SIT_Z = SEAT + 8.0
SIT_CAMERA = Camera(-104.0, 10.0)
SITTING = Pose(
    root=(0.0, 0.0, SIT_Z),
    leg_r=Limb(Seg(90.0, 10.0), Seg(0.0, 6.0)),
    leg_l=Limb(Seg(90.0, 10.0), Seg(0.0, 6.0)),
    arm_r=Limb(Seg(20.0, 8.0), Seg(70.0, -20.0)),
    arm_l=Limb(Seg(20.0, 8.0), Seg(70.0, -20.0)),
)


def grip(target: Vec, lead: str) -> dict[str, Limb]:
    """Both hands on one point, the other hand holding the lead wrist."""
    other = add(target, (6.0 if lead == "r" else -6.0, 4.0, 6.0))
    hint_r, hint_l = (-1.0, 0.2, -0.6), (1.0, 0.2, -0.6)
    arm_r = Limb(reach=Reach(target if lead == "r" else other, hint_r))
    arm_l = Limb(reach=Reach(other if lead == "r" else target, hint_l))
    return {"arm_r": arm_r, "arm_l": arm_l}


# The patient's right is world -x; hands high over the left shoulder, low by the right hip.
HIGH_LEFT = (62.0, -38.0, SIT_Z + 168.0)
LOW_RIGHT = (-58.0, -52.0, SIT_Z + 4.0)
LOW_LEFT = (60.0, -52.0, SIT_Z + 4.0)
HIGH_RIGHT = (-64.0, -38.0, SIT_Z + 170.0)

CHOP_START = replace(
    SITTING,
    lumbar=Seg(182.0, -4.0),
    thorax=Seg(186.0, -8.0),
    twist=-22.0,
    face=Seg(118.0),
    yaw=-30.0,
    **grip(HIGH_LEFT, "r"),
)
CHOP_END = replace(
    SITTING,
    lumbar=Seg(172.0, 6.0),
    thorax=Seg(150.0, 16.0),
    twist=28.0,
    face=Seg(55.0),
    yaw=30.0,
    **grip(LOW_RIGHT, "r"),
)
LIFT_START = replace(
    SITTING,
    lumbar=Seg(172.0, -6.0),
    thorax=Seg(152.0, -16.0),
    twist=-28.0,
    face=Seg(55.0),
    yaw=-30.0,
    **grip(LOW_LEFT, "r"),
)
LIFT_END = replace(
    SITTING,
    lumbar=Seg(184.0, 4.0),
    thorax=Seg(190.0, 8.0),
    twist=22.0,
    face=Seg(120.0),
    yaw=30.0,
    **grip(HIGH_RIGHT, "r"),
)

SEATED = stool_and_floor(SEAT)


# The start of a chop or lift: trunk, head and lead arm (both arms would blur together).
TRUNK_GHOSTS = ("spine", "shoulders", "head", "arm_r")
