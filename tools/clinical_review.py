"""Writes docs/clinical-review.md, the sign-off sheet for the clinic's PNF instructor.

For every protocol in protocols/ the sheet lists its sources and the points a reviewer
checks: the start position and the movement to its end components, the grips, the
commands, the timings, the home dosage and the cautions, each with a tick box, and a
place for the reviewer's name and the date. It also shows what the file itself records
in its `[review]` table. Generated, never edited by hand, so that it always matches the
shipped files:

    .venv/bin/python tools/clinical_review.py           # rewrite docs/clinical-review.md
    .venv/bin/python tools/clinical_review.py --check   # exit 1 if it is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_catalogue import REGION_HEADINGS, load_protocols, write_generated

from console.domain.protocol import ProtocolFile, Region, Step, StepKind

REPO = Path(__file__).resolve().parent.parent
PROTOCOLS_DIR = REPO / "protocols"
SHEET = REPO / "docs" / "clinical-review.md"
COMMAND = ".venv/bin/python tools/clinical_review.py"
BOX = "- [ ]"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def review_status(spec: ProtocolFile) -> str:
    """What the file records, in the words the Protocols screen uses (in English)."""
    review = spec.review
    if review is None:
        return "not yet reviewed"
    if review.status == "draft":
        return "draft"
    return f"reviewed by {review.reviewer} on {review.date}"


def _step_time(step: Step) -> str:
    seconds = f"{step.seconds:g} s" if step.seconds is not None else "untimed"
    if step.to_fatigue:
        seconds = f"timed to fatigue, stops by itself at {step.cap} s"
    return seconds if step.repeat == 1 else f"{seconds}, {step.repeat} times"


def _points(spec: ProtocolFile) -> list[str]:
    """The checklist of one protocol, as Markdown lines."""
    out: list[str] = []

    def section(title: str, items: list[str]) -> None:
        if items:
            out.extend([f"**{title}**", "", *(f"{BOX} {_one_line(i)}" for i in items), ""])

    steps = spec.steps
    section("Start position", [s.instruction.en for s in steps if s.kind == StepKind.POSITION])
    section(
        "Movement and end components",
        [s.instruction.en for s in steps if s.kind in (StepKind.MOVE, StepKind.HOLD)],
    )
    section("Grips (hand contacts)", list(dict.fromkeys(s.hands.en for s in steps if s.hands)))
    section("Commands", list(dict.fromkeys(s.command.en for s in steps if s.command)))
    timings = [f"{spec.sets} set(s), {spec.rest_between_sets_s:g} s rest between sets"]
    timings += [
        f"step {n} ({s.kind}): {_step_time(s)}"
        for n, s in enumerate(steps, 1)
        if s.seconds is not None or s.repeat != 1 or s.to_fatigue
    ]
    if spec.kind == "pnf" and spec.grade_after != "never":
        timings.append(f"resistance grade asked after each {spec.grade_after}")
    elif spec.kind == "pnf":
        timings.append("no resistance grade asked")
    section("Timings", timings)
    if spec.home is not None:
        home = spec.home
        dosage = f"{home.sets} set(s) of {home.reps} repetition(s)"
        if home.hold_s:
            dosage += f", held {home.hold_s:g} s"
        dosage += f", {home.per_day} time(s) a day, {home.days_per_week} day(s) a week"
        section("Dosage", [dosage])
    cautions = [s.instruction.en for s in steps if s.kind == StepKind.CUE]
    if spec.home is not None and spec.home.caution is not None:
        cautions.append(spec.home.caution.en)
    section("Cautions and cues", cautions)
    return out


def render_sheet(protocols_dir: Path) -> str:
    """The Markdown text of docs/clinical-review.md for the files in `protocols_dir`."""
    loaded = sorted(load_protocols(protocols_dir), key=lambda item: (item[1].id, item[0].name))
    reviewed = sum(1 for _, spec in loaded if spec.review and spec.review.status == "reviewed")
    out = [
        "# Clinical review of the built-in protocols",
        "",
        f"Generated from the files in `protocols/` by `{COMMAND}`; do not edit by hand.",
        "",
        "A sheet for the clinic's PNF instructor. For each protocol, check every point",
        "against the sources, tick it or note the change needed, then sign with your name",
        "and the date. Record the result in the protocol file's `[review]` table (see",
        "[protocol-format.md](protocol-format.md)); the Protocols screen then shows it.",
        "The texts are quoted in English; the Spanish texts follow",
        "[glossary-es.md](glossary-es.md).",
        "",
        f"Protocols: {len(loaded)}; reviewed in their files: {reviewed}.",
        "",
    ]
    for region in Region:
        in_region = [(p, s) for p, s in loaded if s.region == region]
        if not in_region:
            continue
        out += [f"## {REGION_HEADINGS[region]}", ""]
        for path, spec in in_region:
            what = spec.pattern or "-"
            if spec.technique is not None:
                what += f", {spec.technique}"
            out += [
                f"### {_one_line(spec.title.en)}",
                "",
                f"`{spec.id}` ({path.name}): {spec.kind}, {what}; sides "
                f"{', '.join(spec.sides)}. Review in the file: {review_status(spec)}.",
                "",
            ]
            sources = [f"- {_one_line(ref)}" for ref in spec.references] or ["- none given"]
            out += ["**Sources**", "", *sources, ""]
            out += _points(spec)
            out += [
                "| reviewer (name) | date | correct as written | changes needed |",
                "|---|---|---|---|",
                "| | | ☐ | ☐ |",
                "",
            ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    return write_generated(
        argv,
        tool="clinical_review",
        description="Write docs/clinical-review.md.",
        render=render_sheet,
        default_out=SHEET,
        command=COMMAND,
    )


if __name__ == "__main__":
    sys.exit(main())
