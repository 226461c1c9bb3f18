"""A 10-exercise illustrated home program rendered to PDF: time and size.

The exercises are the built-in home protocols when at least ten of them have their
illustrations under resources/illustrations/; with fewer, the built-in protocols get
synthesised line-drawing SVGs in a temporary folder; with fewer than ten built-in home
protocols, the protocols are synthesised too. The first line says which.

Two programs are rendered: English in normal print on A4, and Spanish in large print
on A4 (more pages, the heavier of the two). The headline is the first render in a fresh
process, with every cache empty (fonts not registered, no SVG converted yet), as the
first print after the app starts is: each language is rendered once in each of several
new Python processes (the program's modules imported before the clock starts), and the
median and the slowest of those first renders are reported. The warm figure, the median
over further renders in one process with the caches filled, is an info line. The CPU
time beside the wall-clock time shows how much of a slow figure was other processes'
load. Targets (docs/benchmarks.md): at most 300 ms and at most 1,000,000 bytes, for the
first render.

    .venv/bin/python bench/pdf.py [--runs N] [--fresh N] [--out DIR]

Last line: `pdf ms: X; pdf bytes: Y`: the first render of the large-print Spanish
program in a fresh process (median over the fresh processes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from console import resources
from console.domain.home_program import HomeProgram, HomeProgramItem
from console.domain.library import load_library
from console.domain.protocol import Protocol, ProtocolFile
from console.reports.clinic import ClinicHeader
from console.reports.home_program_pdf import render_home_program

COUNT = 10

CLINIC = ClinicHeader(
    name="Riverside Physical Therapy",
    phone="(555) 014-2236",
    address="12 Mill Road, Springfield",
)


def synthetic_svg(seed: int) -> str:
    """A line figure about as busy as a built-in illustration (some 40 shapes)."""
    shapes = ['<rect x="8" y="8" width="384" height="284" fill="none" stroke="#ccc"/>']
    for index in range(36):
        angle = (seed * 37 + index * 23) % 360
        x1 = 200 + 150 * math.cos(math.radians(angle))
        y1 = 150 + 110 * math.sin(math.radians(angle))
        x2 = 200 + 60 * math.cos(math.radians(angle * 2))
        y2 = 150 + 50 * math.sin(math.radians(angle * 3))
        shapes.append(
            f'<path d="M{x1:.1f} {y1:.1f} Q200 150 {x2:.1f} {y2:.1f}" fill="none" '
            f'stroke="#27313c" stroke-width="{2 + index % 4}" stroke-linecap="round"/>'
        )
    shapes.append('<circle cx="120" cy="90" r="18" fill="#fff" stroke="#27313c" stroke-width="5"/>')
    body = "\n".join(shapes)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" '
        f'viewBox="0 0 400 300">\n{body}\n</svg>\n'
    )


def synthetic_protocol(index: int, folder: Path) -> Protocol:
    pid = f"home-bench-{index:02d}"
    (folder / f"{pid}.svg").write_text(synthetic_svg(index), encoding="utf-8")
    instruction = {
        "en": "Lie on your back with your knees bent and your feet flat on the floor. "
        "Tighten your tummy gently and breathe normally.",
        "es": "Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el "
        "suelo. Contraiga suavemente el abdomen y respire con normalidad.",
    }
    spec = ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": pid,
            "title": {"en": f"Exercise {index + 1}", "es": f"Ejercicio {index + 1}"},
            "kind": "home",
            "region": "core",
            "summary": "Benchmark exercise.",
            "illustration": f"{pid}.svg",
            "home": {
                "reps": 10,
                "sets": 2,
                "hold_s": 5,
                "caution": {
                    "en": "Stop and call your therapist if pain spreads down your leg.",
                    "es": "Pare y avise a su fisioterapeuta si el dolor baja por la pierna.",
                },
            },
            "steps": [
                {"kind": "position", "instruction": instruction},
                {"kind": "hold", "seconds": 5, "instruction": instruction},
                {"kind": "cue", "instruction": instruction},
            ],
        }
    )
    return Protocol(spec=spec, path=folder / f"{pid}.toml")


def exercises(tmp: Path) -> tuple[dict[str, Protocol], list[str], Path, str]:
    """(protocols, ten ids, illustrations folder, where they came from)."""
    builtin = resources.illustrations_dir()
    library = load_library([(resources.protocols_dir(), True)])
    home = [p for p in library if p.kind == "home"]
    illustrated = [
        p for p in home if (path := p.illustration_path(builtin)) is not None and path.is_file()
    ]
    if len(illustrated) >= COUNT:
        ids = [p.id for p in illustrated[:COUNT]]
        return library.protocols, ids, builtin, "built-in home protocols and illustrations"
    if len(home) >= COUNT:
        for protocol in home[:COUNT]:
            name = (protocol.spec.illustration or protocol.id).removeprefix("builtin:")
            (tmp / f"{name}.svg").write_text(synthetic_svg(len(name)), encoding="utf-8")
        ids = [p.id for p in home[:COUNT]]
        found = f"{len(illustrated)} of {len(home)} illustrated"
        source = f"built-in home protocols with synthesised SVG illustrations ({found})"
        return library.protocols, ids, tmp, source
    made = [synthetic_protocol(index, tmp) for index in range(COUNT)]
    return {p.id: p for p in made}, [p.id for p in made], tmp, "synthesised protocols and SVGs"


def program(protocols: dict[str, Protocol], ids: list[str], language: str) -> HomeProgram:
    items = [HomeProgramItem.from_protocol(protocols[pid].spec) for pid in ids]
    return HomeProgram(
        patient_name="Ana María Núñez",
        language="es" if language == "es" else "en",
        large_print=language == "es",
        therapist_name="Jordan Lee, PT",
        date=dt.date(2026, 11, 26),
        version=1,
        items=items,
    )


LABELS = {"en": "English, normal print", "es": "Spanish, large print"}


def first_render(language: str) -> dict[str, float]:
    """In this (fresh) process: the first render of one program, caches empty."""
    with tempfile.TemporaryDirectory() as folder:
        protocols, ids, illustrations, _source = exercises(Path(folder))
        made = program(protocols, ids, language)
        start, start_cpu = time.perf_counter(), time.process_time()
        pdf = render_home_program(made, protocols, CLINIC, illustrations_dir=illustrations)
        return {
            "ms": (time.perf_counter() - start) * 1000,
            "cpu_ms": (time.process_time() - start_cpu) * 1000,
            "bytes": len(pdf),
        }


def fresh_first_renders(language: str, count: int) -> list[dict[str, float]]:
    """`count` new processes, each timing its first render of the program."""
    found = []
    for _ in range(count):
        done = subprocess.run(
            [sys.executable, __file__, "--first-render", language],
            check=True,
            capture_output=True,
            text=True,
        )
        found.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15, help="warm renders per language")
    parser.add_argument("--fresh", type=int, default=5, help="fresh processes per language")
    parser.add_argument("--out", type=Path, help="also write the two PDFs into this folder")
    parser.add_argument("--first-render", choices=tuple(LABELS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first_render:
        print(json.dumps(first_render(args.first_render)))
        return
    runs = max(args.runs, 3)
    fresh = max(args.fresh, 1)
    results: dict[str, tuple[float, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        protocols, ids, illustrations, source = exercises(Path(folder))
        print(f"exercises: {source}")
        for language, label in LABELS.items():
            first = fresh_first_renders(language, fresh)
            first_ms = statistics.median(f["ms"] for f in first)
            size = int(first[-1]["bytes"])
            made = program(protocols, ids, language)
            times: list[float] = []
            cpu: list[float] = []
            pdf = render_home_program(made, protocols, CLINIC, illustrations_dir=illustrations)
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                pdf = render_home_program(made, protocols, CLINIC, illustrations_dir=illustrations)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            pages = pdf.count(b"/Type /Page\n")
            print(
                f"{label}: {len(ids)} exercises, {pages} pages, first render in a fresh "
                f"process {first_ms:.1f} ms (median of {fresh}; slowest "
                f"{max(f['ms'] for f in first):.1f} ms; CPU "
                f"{statistics.median(f['cpu_ms'] for f in first):.1f} ms), {size:,} bytes"
            )
            print(
                f"  info: warm (caches filled in this process) median "
                f"{statistics.median(times):.1f} ms (CPU {statistics.median(cpu):.1f} ms; "
                f"{runs} runs)"
            )
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / f"home-program-{language}.pdf").write_bytes(pdf)
            results[language] = (first_ms, size)
    first_ms, size = results["es"]
    print(f"pdf ms: {first_ms:.1f}; pdf bytes: {size}")


if __name__ == "__main__":
    main()
