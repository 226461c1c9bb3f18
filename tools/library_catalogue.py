"""Writes docs/library.md, the catalogue of the built-in protocol library, from protocols/.

The catalogue is generated, never edited by hand, so that a physiotherapist can review
the whole library in one read and the review always matches the shipped files:

    .venv/bin/python tools/library_catalogue.py           # rewrite docs/library.md
    .venv/bin/python tools/library_catalogue.py --check   # exit 1 if it is out of date

`render_catalogue(protocols_dir)` returns the text without writing anything; the
library coverage test compares it with the file in docs/.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from console.domain.plan_template import TemplateFile
from console.domain.protocol import ProtocolFile, Region, Technique

REPO = Path(__file__).resolve().parent.parent
PROTOCOLS_DIR = REPO / "protocols"
CATALOGUE = REPO / "docs" / "library.md"
COMMAND = ".venv/bin/python tools/library_catalogue.py"

REGION_HEADINGS = {
    Region.UPPER_EXTREMITY: "Upper extremity",
    Region.LOWER_EXTREMITY: "Lower extremity",
    Region.SCAPULA: "Scapula",
    Region.PELVIS: "Pelvis",
    Region.TRUNK: "Trunk",
    Region.NECK: "Neck",
    Region.CORE: "Core",
}

# A Vancouver-style author list: "Adler SS, Beckers D, Buck M" (surname, then initials).
_AUTHOR = r"[A-ZÀ-Þ][\w'\-]+(?: [\w'\-]+)*? [A-Z]{1,3}"
_AUTHORS = re.compile(rf"^(?P<authors>{_AUTHOR}(?:, {_AUTHOR})*)(?:, et al)?\. ")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


class CatalogueError(ValueError):
    """A protocol file that cannot be read or does not validate."""


def load_protocols(protocols_dir: Path) -> list[tuple[Path, ProtocolFile]]:
    """Every `*.toml` file in `protocols_dir`, validated, in file-name order."""
    loaded = []
    for path in sorted(protocols_dir.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
            loaded.append((path, ProtocolFile.model_validate(data)))
        except (OSError, tomllib.TOMLDecodeError, ValidationError) as error:
            raise CatalogueError(f"{path.name}: {error}") from error
    return loaded


def load_templates(protocols_dir: Path) -> list[TemplateFile]:
    """Every plan template in `protocols_dir`/templates, validated, in file-name order."""
    loaded = []
    for path in sorted((protocols_dir / "templates").glob("*.toml")):
        try:
            with path.open("rb") as handle:
                loaded.append(TemplateFile.model_validate(tomllib.load(handle)))
        except (OSError, tomllib.TOMLDecodeError, ValidationError) as error:
            raise CatalogueError(f"templates/{path.name}: {error}") from error
    return loaded


def short_reference(reference: str) -> str:
    """'Adler SS, Beckers D, Buck M. PNF in Practice ... 2014.' -> 'Adler et al. 2014'.

    A reference that is not in Vancouver style is returned whole.
    """
    match = _AUTHORS.match(reference)
    if not match:
        return reference.strip()
    authors = match.group("authors").split(", ")
    surnames = [author.rsplit(" ", 1)[0] for author in authors]
    year = _YEAR.search(reference, match.end())
    if len(surnames) == 1 and "et al" not in match.group(0):
        who = surnames[0]
    elif len(surnames) == 2:
        who = f"{surnames[0]} & {surnames[1]}"
    else:
        who = f"{surnames[0]} et al."
    return f"{who} {year.group(1)}" if year else who


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _title(spec: ProtocolFile) -> str:
    if spec.title.es:
        return f"{spec.title.en} / {spec.title.es}"
    return spec.title.en


def _references(spec: ProtocolFile) -> str:
    shorts = dict.fromkeys(short_reference(ref) for ref in spec.references)
    return "; ".join(shorts) if shorts else "none"


def _number(value: float) -> str:
    return f"{value:g}"


def _dosage(spec: ProtocolFile) -> str:
    home = spec.home
    if home is None:
        return ""
    parts = [f"{home.sets} × {home.reps}"]
    if home.hold_s:
        parts.append(f"hold {_number(home.hold_s)} s")
    parts.append(f"{home.per_day}×/day, {home.days_per_week} d/week")
    return ", ".join(parts)


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return lines


def render_catalogue(protocols_dir: Path) -> str:
    """The Markdown text of docs/library.md for the files in `protocols_dir`."""
    protocols = sorted(load_protocols(protocols_dir), key=lambda item: (item[1].id, item[0].name))
    pnf = [spec for _, spec in protocols if spec.kind == "pnf"]
    home = [spec for _, spec in protocols if spec.kind == "home"]

    out = [
        "# The built-in protocol library",
        "",
        f"Generated from the files in `protocols/` by `{COMMAND}`; do not edit by hand.",
        "",
        f"Protocols: {len(protocols)} in all; {len(pnf)} PNF protocols worked with the "
        f"therapist and {len(home)} home exercises. The full references are listed at the end.",
        "",
    ]

    technique_counts = Counter(spec.technique for spec in pnf)
    out += ["## Techniques", ""]
    out += _table(
        ["technique", "PNF protocols"],
        [[str(technique), str(technique_counts[technique])] for technique in Technique],
    )
    out.append("")

    for region in Region:
        in_region = [spec for spec in pnf if spec.region == region]
        if not in_region:
            continue
        out += [f"## {REGION_HEADINGS[region]}: PNF patterns", ""]
        out += _table(
            [
                "id",
                "title (EN / ES)",
                "pattern",
                "technique",
                "sides",
                "sets",
                "grade after",
                "references",
            ],
            [
                [
                    f"`{spec.id}`",
                    _title(spec),
                    spec.pattern or "-",
                    str(spec.technique or "-"),
                    ", ".join(spec.sides),
                    str(spec.sets),
                    spec.grade_after,
                    _references(spec),
                ]
                for spec in in_region
            ],
        )
        out.append("")

    if home:
        out += ["## Home exercises", ""]
        out += _table(
            ["id", "title (EN / ES)", "region", "pattern", "sides", "dosage", "references"],
            [
                [
                    f"`{spec.id}`",
                    _title(spec),
                    str(spec.region),
                    spec.pattern or "-",
                    ", ".join(spec.sides),
                    _dosage(spec),
                    _references(spec),
                ]
                for spec in home
            ],
        )
        out.append("")

    templates = load_templates(protocols_dir)
    if templates:
        out += ["## Plan templates", ""]
        out += _table(
            ["id", "name (EN / ES)", "clinic protocols (side)", "home exercises", "references"],
            [
                [
                    f"`{template.id}`",
                    f"{template.name.en} / {template.name.es or template.name.en}",
                    "; ".join(f"`{item.protocol}` ({item.side})" for item in template.items),
                    "; ".join(f"`{home_id}`" for home_id in template.home) or "-",
                    "; ".join(short_reference(ref) for ref in template.references) or "none",
                ]
                for template in templates
            ],
        )
        out.append("")

    cited = [*(ref for _, spec in protocols for ref in spec.references)]
    cited += [ref for template in templates for ref in template.references]
    references = sorted({ref.strip() for ref in cited})
    if references:
        out += ["## References", ""]
        out += [f"- {_cell(ref)}" for ref in references]
        out.append("")

    return "\n".join(out)


def write_generated(
    argv: list[str] | None,
    *,
    tool: str,
    description: str,
    render: Callable[[Path], str],
    default_out: Path,
    command: str,
) -> int:
    """The command line of a document generated from protocols/: write it, or with
    --check exit 1 when the file on disk differs from what would be written."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--protocols", type=Path, default=PROTOCOLS_DIR)
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    try:
        text = render(args.protocols)
    except CatalogueError as error:
        print(f"{tool}: {error}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{tool}: {args.out} is out of date; run {command}", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_generated(
        argv,
        tool="library_catalogue",
        description="Write docs/library.md from protocols/.",
        render=render_catalogue,
        default_out=CATALOGUE,
        command=COMMAND,
    )


if __name__ == "__main__":
    sys.exit(main())
