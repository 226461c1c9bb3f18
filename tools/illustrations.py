"""Draw the built-in protocol illustrations as SVG pictures a patient can follow.

Each illustration is one pose description: the posture, the camera, the joint angles of
the start and the end position (figure_model.Pose), the arrow along the moving hand,
foot or part, and on PNF patterns the therapist's hand contacts. figure_draw gives the
body its volume and fits everything inside the canvas; home_illustrations holds the
home exercises.

    .venv/bin/python tools/illustrations.py            # writes resources/illustrations/
    .venv/bin/python tools/illustrations.py --out DIR  # writes somewhere else
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from arm_illustrations import both_arms
from figure_draw import (
    TOP,
    Arrow,
    Camera,
    Contact,
    Illustration,
    combine,
    rect,
    render,
    table,
)
from figure_model import (
    HEAD_R,
    HIP_HALF,
    JZ,
    SIDE_LYING,
    SUPINE,
    UPRIGHT,
    Item,
    Limb,
    Pose,
    Reach,
    Seg,
    Skeleton,
    Vec,
    add,
    cross,
    mul,
)
from figure_postures import (
    CHOP_END,
    CHOP_START,
    LIFT_END,
    LIFT_START,
    SEATED,
    SIT_CAMERA,
    SITTING,
    TRUNK_GHOSTS,
)
from home_illustrations import home, home_holds
from trunk_illustrations import trunk_with_therapist

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "illustrations"

# ---------------------------------------------------------------------------------------
# The library
# ---------------------------------------------------------------------------------------


LYING = Pose(root=(0.0, 0.0, JZ), arm_l=Limb(Seg(0.0, 12.0)), arm_r=Limb(Seg(0.0, 12.0)))


def straight(g: float, a: float) -> Limb:
    return Limb(Seg(g, a))


def bent(g1: float, a1: float, g2: float, a2: float) -> Limb:
    return Limb(Seg(g1, a1), Seg(g2, a2))


@dataclass(frozen=True)
class Path2:
    """Start and end of the moving limb."""

    start: Limb
    end: Limb
    bulge: float = 0.0


# Upper extremity, right arm; angles in the shoulder frame (see Seg).
UE_ARM_BY_HIP = straight(-4.0, 34.0)  # extension, abduction, internal rotation
UE_ARM_ACROSS_FACE = straight(132.0, -30.0)  # flexion, adduction, external rotation
UE_ARM_ACROSS_HIP = straight(24.0, -36.0)  # extension, adduction, internal rotation
UE_ARM_UP_AND_OUT = straight(158.0, 42.0)  # flexion, abduction, external rotation
UE_BENT_BY_HIP = bent(0.0, 15.0, 160.0, 30.0)  # upper arm by the trunk, hand by the shoulder
UE_BENT_BY_FACE = bent(140.0, -10.0, 270.0, -75.0)  # upper arm by the head, hand over the face
UE_BENT_ACROSS = bent(10.0, 5.0, 140.0, -55.0)  # forearm across the chest
UE_BENT_UP_OUT = bent(150.0, 48.0, 200.0, -45.0)  # hand behind the head

UE_PATTERNS: dict[str, tuple[str, Path2]] = {
    "ue-d1-flexion": ("Arm D1 flexion", Path2(UE_ARM_BY_HIP, UE_ARM_ACROSS_FACE, -0.12)),
    "ue-d1-flexion-elbow-flexion": (
        "Arm D1 flexion with elbow flexion",
        Path2(UE_ARM_BY_HIP, UE_BENT_BY_FACE, -0.12),
    ),
    "ue-d1-flexion-elbow-extension": (
        "Arm D1 flexion with elbow extension",
        Path2(UE_BENT_BY_HIP, UE_ARM_ACROSS_FACE, -0.12),
    ),
    "ue-d1-extension": ("Arm D1 extension", Path2(UE_ARM_ACROSS_FACE, UE_ARM_BY_HIP, 0.12)),
    "ue-d1-extension-elbow-extension": (
        "Arm D1 extension with elbow extension",
        Path2(UE_BENT_BY_FACE, UE_ARM_BY_HIP, 0.12),
    ),
    "ue-d1-extension-elbow-flexion": (
        "Arm D1 extension with elbow flexion",
        Path2(UE_ARM_ACROSS_FACE, UE_BENT_BY_HIP, 0.12),
    ),
    "ue-d2-flexion": ("Arm D2 flexion", Path2(UE_ARM_ACROSS_HIP, UE_ARM_UP_AND_OUT, 0.15)),
    "ue-d2-flexion-elbow-flexion": (
        "Arm D2 flexion with elbow flexion",
        Path2(UE_ARM_ACROSS_HIP, UE_BENT_UP_OUT, 0.15),
    ),
    "ue-d2-flexion-elbow-extension": (
        "Arm D2 flexion with elbow extension",
        Path2(UE_BENT_ACROSS, UE_ARM_UP_AND_OUT, 0.15),
    ),
    "ue-d2-extension": ("Arm D2 extension", Path2(UE_ARM_UP_AND_OUT, UE_ARM_ACROSS_HIP, -0.15)),
    "ue-d2-extension-elbow-extension": (
        "Arm D2 extension with elbow extension",
        Path2(UE_BENT_UP_OUT, UE_ARM_ACROSS_HIP, -0.15),
    ),
    "ue-d2-extension-elbow-flexion": (
        "Arm D2 extension with elbow flexion",
        Path2(UE_ARM_UP_AND_OUT, UE_BENT_ACROSS, -0.15),
    ),
}

# Lower extremity, right leg; angles in the pelvic frame.
LE_OUT = straight(-6.0, 26.0)  # extension, abduction, internal rotation
LE_UP_ACROSS = straight(62.0, -16.0)  # flexion, adduction, external rotation
LE_ACROSS = straight(2.0, -13.0)  # extension, adduction, external rotation
LE_UP_OUT = straight(52.0, 40.0)  # flexion, abduction, internal rotation
LE_BENT_ACROSS = bent(100.0, -18.0, -30.0, -30.0)  # hip and knee flexed, knee toward the other side
LE_BENT_OUT_HANGING = bent(-8.0, 30.0, -95.0, 30.0)  # off the edge, knee flexed
LE_BENT_UP_OUT = bent(95.0, 28.0, -30.0, 45.0)  # hip and knee flexed, foot out
LE_BENT_ACROSS_HANGING = bent(-6.0, -6.0, -95.0, -20.0)  # over the end, knee flexed
# The other leg out of the way: hip and knee flexed, foot on the table.
LE_LEFT_CROOK = Limb(end=Seg(0.0), reach=Reach((46.0, HIP_HALF + 6.0, 5.0), (0.2, 0.0, 1.0)))

LE_PATTERNS: dict[str, tuple[str, Path2]] = {
    "le-d1-flexion": ("Leg D1 flexion", Path2(LE_OUT, LE_UP_ACROSS, 0.1)),
    "le-d1-flexion-knee-flexion": (
        "Leg D1 flexion with knee flexion",
        Path2(LE_OUT, LE_BENT_ACROSS, 0.1),
    ),
    "le-d1-flexion-knee-extension": (
        "Leg D1 flexion with knee extension",
        Path2(LE_BENT_OUT_HANGING, LE_UP_ACROSS, 0.1),
    ),
    "le-d1-extension": ("Leg D1 extension", Path2(LE_UP_ACROSS, LE_OUT, -0.1)),
    "le-d1-extension-knee-extension": (
        "Leg D1 extension with knee extension",
        Path2(LE_BENT_ACROSS, LE_OUT, -0.1),
    ),
    "le-d1-extension-knee-flexion": (
        "Leg D1 extension with knee flexion",
        Path2(LE_UP_ACROSS, LE_BENT_OUT_HANGING, -0.1),
    ),
    "le-d2-flexion": ("Leg D2 flexion", Path2(LE_ACROSS, LE_UP_OUT, -0.1)),
    "le-d2-flexion-knee-flexion": (
        "Leg D2 flexion with knee flexion",
        Path2(LE_ACROSS, LE_BENT_UP_OUT, -0.1),
    ),
    "le-d2-flexion-knee-extension": (
        "Leg D2 flexion with knee extension",
        Path2(LE_BENT_ACROSS_HANGING, LE_UP_OUT, -0.1),
    ),
    "le-d2-extension": ("Leg D2 extension", Path2(LE_UP_OUT, LE_ACROSS, 0.1)),
    "le-d2-extension-knee-flexion": (
        "Leg D2 extension with knee flexion",
        Path2(LE_UP_OUT, LE_BENT_ACROSS_HANGING, 0.1),
    ),
    "le-d2-extension-knee-extension": (
        "Leg D2 extension with knee extension",
        Path2(LE_BENT_UP_OUT, LE_ACROSS, 0.1),
    ),
}


# The therapist's hands, after Adler, Beckers & Buck (PNF in Practice, 4th ed., 2014):
# a distal grip on the hand or foot and a proximal grip on the same limb; on the
# scapula and pelvis both hands on the moving part; on the chop and lift the lead wrist
# and the head; on the neck the chin and the head.
UE_CONTACTS = (Contact(("arm_r", 2.5)), Contact(("arm_r", 0.75)))
LE_CONTACTS = (Contact(("leg_r", 2.55)), Contact(("leg_r", 0.6)))


def on_head(face: float, up: float) -> Callable[[Skeleton], tuple[Vec, Vec]]:
    """A point on the head's surface: face and up are the cosines toward the nose and
    the crown."""

    def where(sk: Skeleton) -> tuple[Vec, Vec]:
        f, u = sk.joints["face"], sk.joints["head_up"]
        p = add(sk.joints["head"], mul(f, HEAD_R * face), mul(u, HEAD_R * up))
        return p, cross(f, u)

    return where


LE_CAMERA = Camera(-15.0, 30.0)  # from the foot of the table: abduction and adduction show
# A knee bending over the edge or the end of the table bends down, along the first
# camera's view: seen from the side, the flexed knee reads as flexed.
HANGING_CAMERA = Camera(-110.0, 25.0)


def pnf_limbs() -> list[Illustration]:
    out = []
    for name, (title, path) in UE_PATTERNS.items():
        out.append(
            Illustration(
                name,
                title,
                SUPINE,
                TOP,
                replace(LYING, arm_r=path.start),
                replace(LYING, arm_r=path.end),
                (Arrow("arm_r3", bulge=path.bulge, trim=(12.0, 10.0)),),
                setting=table(),
                zoom=1.2,
                contacts=UE_CONTACTS,
            )
        )
    for name, (title, path) in LE_PATTERNS.items():
        # Knee flexion with the hip extended and adducted: the legs hang over the end.
        over_the_end = LE_BENT_ACROSS_HANGING in (path.start, path.end)
        lying = replace(LYING, leg_l=LE_LEFT_CROOK) if over_the_end else LYING
        hanging = {LE_BENT_OUT_HANGING, LE_BENT_ACROSS_HANGING} & {path.start, path.end}
        out.append(
            Illustration(
                name,
                title,
                SUPINE,
                HANGING_CAMERA if hanging else LE_CAMERA,
                replace(lying, leg_r=path.start),
                replace(lying, leg_r=path.end),
                (Arrow("leg_r2", bulge=path.bulge, trim=(12.0, 10.0)),),
                setting=table(x0=-200.0, x1=56.0 if over_the_end else 150.0),
                zoom=1.6,
                shadows=True,
                contacts=LE_CONTACTS,
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Scapula and pelvis: side-lying on the left side, seen from above (face up the page)
# ---------------------------------------------------------------------------------------

SIDE_POSE = Pose(
    root=(0.0, 0.0, HIP_HALF + 4.0),
    lumbar=Seg(180.0, 6.0),
    thorax=Seg(180.0, 14.0),
    neck=Seg(180.0, -10.0),
    arm_l=Limb(Seg(85.0), Seg(150.0)),
    arm_r=Limb(Seg(18.0), Seg(40.0)),
    leg_r=Limb(Seg(45.0), Seg(-35.0)),
    leg_l=Limb(Seg(30.0), Seg(-25.0)),
)
GLIDE = 10.0
GIRDLE_CAMERA = TOP


def scapula_mark(sk: Skeleton) -> list[Item]:
    up = sk.frames["upper"]
    c = scapula_centre(sk)
    return [
        Item("scapula", "line", [add(c, mul(up.s, 13.0)), add(c, mul(up.s, -13.0))], "highlight")
    ]


def scapula_centre(sk: Skeleton) -> Vec:
    up = sk.frames["upper"]
    return add(sk.joints["sh_r"], mul(up.a, -14.0), mul(up.s, -18.0))


def pelvis_mark(sk: Skeleton) -> list[Item]:
    fr = sk.frames["pelvis"]
    c = add(sk.joints["hip_r"], mul(fr.s, 18.0))
    return [Item("crest", "line", [add(c, mul(fr.a, 14.0)), add(c, mul(fr.a, -12.0))], "highlight")]


def pelvis_centre(sk: Skeleton) -> Vec:
    return add(sk.joints["hip_r"], mul(sk.frames["pelvis"].s, 18.0))


# (superior, anterior) direction of each diagonal, and what the title says.
GIRDLE = {
    "anterior-elevation": ((1.0, 1.0), "anterior elevation"),
    "posterior-depression": ((-1.0, -1.0), "posterior depression"),
    "anterior-depression": ((-1.0, 1.0), "anterior depression"),
    "posterior-elevation": ((1.0, -1.0), "posterior elevation"),
}


def back_line(sk: Skeleton) -> list[Item]:
    """The outline of the back, so the far side of the trunk reads as the back."""
    up, fr = sk.frames["upper"], sk.frames["pelvis"]
    pts = [
        add(sk.joints["neck"], mul(up.a, -10.0), mul(up.s, 8.0)),
        add(sk.joints["neck"], mul(up.a, -26.0), mul(up.s, -14.0)),
        add(sk.joints["neck"], mul(up.a, -28.0), mul(up.s, -34.0)),
        add(sk.joints["waist"], mul(fr.a, -22.0)),
        add(sk.joints["root"], mul(fr.a, -26.0), mul(fr.s, 14.0)),
        add(sk.joints["root"], mul(fr.a, -28.0), mul(fr.s, -8.0)),
        add(sk.joints["root"], mul(fr.a, -22.0), mul(fr.s, -28.0)),
    ]
    return [Item("back", "line", pts, "detail")]


def on_scapula(sk: Skeleton) -> tuple[Vec, Vec]:
    return scapula_centre(sk), sk.frames["upper"].s


def on_acromion(sk: Skeleton) -> tuple[Vec, Vec]:
    return add(sk.joints["sh_r"], mul(sk.frames["upper"].a, 4.0)), sk.frames["upper"].a


def on_crest(sk: Skeleton) -> tuple[Vec, Vec]:
    return pelvis_centre(sk), sk.frames["pelvis"].a


def on_ischium(sk: Skeleton) -> tuple[Vec, Vec]:
    fr = sk.frames["pelvis"]
    return add(sk.joints["hip_r"], mul(fr.a, -14.0), mul(fr.s, -6.0)), fr.s


SCAPULA_CONTACTS = (Contact(on_scapula), Contact(on_acromion))
PELVIS_CONTACTS = (Contact(on_crest), Contact(on_ischium))


def girdle() -> list[Illustration]:
    out = []
    head_pillow = Item(
        "pillow",
        "shape",
        [(-150.0, -26.0, 1.0), (-96.0, -26.0, 1.0), (-96.0, 30.0, 1.0), (-150.0, 30.0, 1.0)],
        "pillow",
    )
    table_side = combine(lambda _: [rect("table", -150.0, 150.0, -60.0, 60.0, 0.0), head_pillow])
    for key, ((ds, da), words) in GIRDLE.items():
        there = (ds * GLIDE, da * GLIDE, 0.0)
        back = (-ds * GLIDE, -da * GLIDE, 0.0)
        out.append(
            Illustration(
                f"scapula-{key}",
                f"Scapula {words}",
                SIDE_LYING,
                GIRDLE_CAMERA,
                replace(SIDE_POSE, shoulder_r=back),
                replace(SIDE_POSE, shoulder_r=there),
                (Arrow(scapula_centre, bulge=0.12, offset=-22.0, scale=1.6, trim=(0.0, 0.0)),),
                setting=table_side,
                extras=combine(back_line, scapula_mark),
                zoom=1.9,
                contacts=SCAPULA_CONTACTS,
                ghosts=("scapula",),
                far=("back",),
            )
        )
        out.append(
            Illustration(
                f"pelvis-{key}",
                f"Pelvis {words}",
                SIDE_LYING,
                GIRDLE_CAMERA,
                replace(SIDE_POSE, hip_r=back),
                replace(SIDE_POSE, hip_r=there),
                (Arrow(pelvis_centre, bulge=0.12, offset=-22.0, scale=1.6, trim=(0.0, 0.0)),),
                setting=table_side,
                extras=combine(back_line, pelvis_mark),
                zoom=1.6,
                contacts=PELVIS_CONTACTS,
                ghosts=("crest",),
                far=("back",),
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Trunk and neck: sitting on a stool, seen from the front
# ---------------------------------------------------------------------------------------

TRUNK_CONTACTS = (Contact(("arm_r", 2.2)), Contact(on_head(0.75, 0.55)))
NECK_CONTACTS = (Contact(on_head(0.5, -0.9)), Contact(on_head(-0.85, 0.4)))


def trunk() -> list[Illustration]:
    def ill(name: str, title: str, a: Pose, b: Pose, bulge: float) -> Illustration:
        return Illustration(
            name,
            title,
            UPRIGHT,
            SIT_CAMERA,
            a,
            b,
            (Arrow("arm_r3", bulge=bulge),),
            SEATED,
            ghosts=TRUNK_GHOSTS,
            contacts=TRUNK_CONTACTS,
        )

    return [
        ill("trunk-chop", "Trunk chop", CHOP_START, CHOP_END, -0.18),
        ill("trunk-reverse-chop", "Trunk reverse chop", CHOP_END, CHOP_START, 0.18),
        ill("trunk-lift", "Trunk lift", LIFT_START, LIFT_END, 0.18),
        ill("trunk-reverse-lift", "Trunk reverse lift", LIFT_END, LIFT_START, -0.18),
    ]


NECK_CAMERA = Camera(-122.0, 6.0)
NECK_FLEXED = replace(SITTING, neck=Seg(150.0, 12.0), face=Seg(35.0, 0.0), yaw=32.0)
NECK_EXTENDED = replace(SITTING, neck=Seg(200.0, -8.0), face=Seg(140.0, 0.0), yaw=-38.0)


def face_cross(sk: Skeleton) -> list[Item]:
    """The facial midline and eye line on the head, so its turn and tilt read at a glance."""
    head, face, up = sk.joints["head"], sk.joints["face"], sk.joints["head_up"]
    right = cross(face, up)
    r = HEAD_R * 0.97
    angles = [math.radians(t) for t in range(-80, 81, 8)]
    mid = [add(head, mul(face, r * math.cos(t)), mul(up, r * math.sin(t))) for t in angles]
    eye_c = add(head, mul(up, r * 0.22))
    re = r * math.cos(math.asin(0.22))
    eyes = [add(eye_c, mul(face, re * math.cos(t)), mul(right, re * math.sin(t))) for t in angles]
    return [
        Item("midline", "line", mid, "detail", cull=head),
        Item("eyeline", "line", eyes, "detail", cull=head),
    ]


def neck() -> list[Illustration]:
    def ill(name: str, title: str, a: Pose, b: Pose, bulge: float) -> Illustration:
        return Illustration(
            name,
            title,
            UPRIGHT,
            NECK_CAMERA,
            a,
            b,
            (Arrow("nose", bulge=bulge, offset=-14.0, scale=1.3, trim=(4.0, 2.0)),),
            SEATED,
            face_cross,
            zoom=2.6,
            contacts=NECK_CONTACTS,
        )

    return [
        ill("neck-flexion", "Neck flexion with rotation", NECK_EXTENDED, NECK_FLEXED, 0.25),
        ill("neck-extension", "Neck extension with rotation", NECK_FLEXED, NECK_EXTENDED, -0.25),
    ]


def library() -> list[Illustration]:
    patterns = pnf_limbs()
    return (
        patterns
        + repeated_stretch(patterns)
        + girdle()
        + trunk()
        + neck()
        + home()
        + home_holds()
        + trunk_with_therapist()
        + both_arms()
    )


def repeated_stretch(patterns: list[Illustration]) -> list[Illustration]:
    """Repeated stretch through the range: the pattern's picture with a tick across its
    arrow at each re-stretch (Adler, Beckers & Buck 2014)."""
    wanted = ("ue-d1-flexion", "ue-d2-flexion", "le-d2-flexion", "le-d1-extension")
    return [
        replace(
            ill,
            name=f"{ill.name}-repeated-stretch-through-range",
            title=f"{ill.title}, repeated stretch through the range",
            arrows=tuple(replace(arrow, ticks=3) for arrow in ill.arrows),
        )
        for ill in patterns
        if ill.name in wanted
    ]


# ---------------------------------------------------------------------------------------


def generate(out_dir: Path) -> list[Path]:
    """Write every illustration into out_dir; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ill in library():
        path = out_dir / f"{ill.name}.svg"
        path.write_text(render(ill), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    for path in generate(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
