"""Renders the handout screenshots in docs/screenshots/ with the real renderer and the
built-in home exercises and illustrations: home-program-en.png (first page, Letter) and
home-program-es-large-exercise.png (the page of the second exercise, Spanish large
print, A4). Needs pdftoppm (poppler-utils).

    .venv/bin/python tools/handout_screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

from console.domain.home_program import HomeProgram, HomeProgramItem
from console.domain.library import load_library
from console.reports.clinic import ClinicHeader
from console.reports.home_program_pdf import render_home_program

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "docs" / "screenshots"
CLINIC = ClinicHeader(
    name="Riverside Physical Therapy",
    phone="(555) 014-2236",
    address="12 Mill Road, Springfield",
)
DATE = dt.date(2026, 12, 4)


def page_png(pdf: bytes, page: int, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "handout.pdf"
        source.write_bytes(pdf)
        stem = Path(tmp) / "page"
        cmd = ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile"]
        subprocess.run([*cmd, str(source), str(stem)], check=True)
        out.write_bytes(stem.with_suffix(".png").read_bytes())


def exercise_page(pdf: bytes, words: str) -> int:
    """The first page after the cover (which lists every exercise) that shows `words`."""
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages[1:], 2):
        if words in " ".join(page.extract_text().split()):
            return number
    raise SystemExit(f"no page shows {words!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    library = load_library([(REPO / "protocols", True)])
    specs = {pid: protocol.spec for pid, protocol in library.protocols.items()}

    def items(*ids: str) -> tuple[HomeProgramItem, ...]:
        return tuple(HomeProgramItem.from_protocol(specs[pid]) for pid in ids)

    english = HomeProgram(
        patient_name="Maria Lopez",
        therapist_name="Jordan Lee, PT",
        date=DATE,
        version=3,
        items=items("home-drawing-in", "home-pelvic-tilt", "home-bridge"),
    )
    pdf = render_home_program(english, specs, CLINIC, paper="Letter")
    page_png(pdf, 1, args.out / "home-program-en.png")

    spanish = HomeProgram(
        patient_name="Ana María Núñez",
        language="es",
        large_print=True,
        therapist_name="Jordan Lee",
        date=DATE,
        version=2,
        items=items("home-drawing-in", "home-pelvic-tilt", "home-bridge", "home-dead-bug"),
    )
    pdf = render_home_program(spanish, specs, CLINIC)
    title = specs["home-pelvic-tilt"].title.in_("es")
    page_png(pdf, exercise_page(pdf, title), args.out / "home-program-es-large-exercise.png")
    print(f"wrote {args.out}/home-program-en.png, home-program-es-large-exercise.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
