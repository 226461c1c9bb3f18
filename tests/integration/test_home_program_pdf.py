"""The printed home program, read back with pypdf: words, languages, pages, sizes, metadata."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from console import resources
from console.domain.home_program import (
    HomeProgram,
    HomeProgramError,
    HomeProgramItem,
    NotAHomeExerciseError,
    UnknownExerciseError,
)
from console.domain.library import load_library
from console.domain.protocol import Protocol, ProtocolFile
from console.reports import pictures
from console.reports.clinic import ClinicHeader
from console.reports.home_program_pdf import render_home_program
from console.reports.strings import dosage_line

CLINIC = ClinicHeader(
    name="Riverside Physical Therapy",
    phone="(555) 014-2236",
    address="12 Mill Road, Springfield",
)

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
<line x1="20" y1="250" x2="380" y2="250" stroke="#222" stroke-width="6"/>
<circle cx="90" cy="200" r="22" fill="none" stroke="#111" stroke-width="6"/>
<path d="M112 205 L220 170 L300 245" fill="none" stroke="#111" stroke-width="8"/>
</svg>"""

EXERCISES = [
    ("home-bridge", "Bridge", "Puente"),
    ("home-dead-bug", "Dead bug", "Bicho muerto"),
    ("home-bird-dog", "Bird dog", "Perro de caza"),
    ("home-side-plank", "Side plank", "Plancha lateral"),
    ("home-pelvic-tilt", "Pelvic tilt", "Inclinación pélvica"),
]


def spec(pid: str, en: str, es: str, **extra: Any) -> ProtocolFile:
    return ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": pid,
            "title": {"en": en, "es": es},
            "kind": "home",
            "region": "core",
            "summary": "A home exercise.",
            "home": {
                "reps": 10,
                "sets": 3,
                "hold_s": 10,
                "per_day": 2,
                "caution": {
                    "en": "Stop if your back hurts more than usual.",
                    "es": "Deténgase si le duele la espalda más de lo habitual.",
                },
            },
            "steps": [
                {
                    "kind": "position",
                    "instruction": {
                        "en": "Lie on your back with your knees bent.",
                        "es": "Acuéstese boca arriba con las rodillas dobladas.",
                    },
                },
                {
                    "kind": "hold",
                    "seconds": 10,
                    "instruction": {
                        "en": "Lift your hips and hold.",
                        "es": "Levante la cadera y mantenga la posición.",
                    },
                },
            ],
            **extra,
        }
    )


@pytest.fixture
def library(tmp_path: Path) -> dict[str, Protocol]:
    """The five exercises, each with an SVG illustration beside its file."""
    protocols = {}
    for pid, en, es in EXERCISES:
        (tmp_path / f"{pid}.svg").write_text(SVG, encoding="utf-8")
        protocols[pid] = Protocol(
            spec=spec(pid, en, es, illustration=f"{pid}.svg"), path=tmp_path / f"{pid}.toml"
        )
    return protocols


def make_program(
    count: int, *, language: str = "en", large_print: bool = False, **changes: Any
) -> HomeProgram:
    items = [HomeProgramItem.from_protocol(spec(pid, en, es)) for pid, en, es in EXERCISES[:count]]
    values: dict[str, Any] = {
        "patient_name": "Ana María Núñez",
        "language": language,
        "large_print": large_print,
        "therapist_name": "Jordan Lee",
        "date": dt.date(2026, 11, 26),
        "version": 2,
        "items": items,
    } | changes
    return HomeProgram(**values)


def words(pdf: bytes) -> str:
    """The document's text with every run of white space made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def font_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """(text, printed size in points) for every piece of text in the document."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            scale = abs(tm[3] * cm[3]) or 1.0
            found.append((text.strip(), size * scale))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_english_program_has_every_title_dosage_and_the_patient(
    library: dict[str, Protocol],
) -> None:
    program = make_program(3, therapist_name="Jordan Lee, PT")
    text = words(render_home_program(program, library, CLINIC))
    for expected in (
        "Your home exercise program",
        "Ana María Núñez",
        "Jordan Lee, PT",
        "26 November 2026",
        "Riverside Physical Therapy",
        "Questions? Call us at (555) 014-2236",
        "Lie on your back with your knees bent.",
        "Stop if your back hurts more than usual.",
        "Weekly checklist",
        "Mon Tue Wed Thu Fri Sat Sun",
    ):
        assert expected in text
    for _, en, _ in EXERCISES[:3]:
        assert en in text
    assert (
        "3 sets of 10 repetitions; hold the position for 10 seconds; 2 times a day, every day"
        in text
    )
    assert "Puente" not in text


def test_spanish_program_is_all_spanish_with_accents(library: dict[str, Protocol]) -> None:
    program = make_program(5, language="es")
    text = words(render_home_program(program, library, CLINIC))
    for expected in (
        "Su programa de ejercicios en casa",
        "Ana María Núñez",
        "26 de noviembre de 2026",
        "Acuéstese boca arriba con las rodillas dobladas.",
        "Deténgase si le duele la espalda más de lo habitual.",
        "Precaución",
        "Control semanal",
        "Lun Mar Mié Jue Vie Sáb Dom",
        "¿Tiene dudas? Llámenos al (555) 014-2236",
        "Página 1 de",
    ):
        assert expected in text
    for _, _, es in EXERCISES:
        assert es in text
    line = (
        "3 series de 10 repeticiones; mantenga la postura 10 segundos; 2 veces al día,"
        " todos los días"
    )
    assert line in text
    for english in ("Bridge", "Caution", "Weekly", "Page ", "repetitions", "Questions"):
        assert english not in text


def test_notes_and_the_therapists_caution_are_printed(library: dict[str, Protocol]) -> None:
    program = make_program(1)
    first = program.items[0].model_copy(
        update={"note": "Start with five the first week.", "caution": "Not after meals."}
    )
    text = words(
        render_home_program(program.model_copy(update={"items": (first,)}), library, CLINIC)
    )
    assert "Note from your therapist: Start with five the first week." in text
    assert "Stop if your back hurts more than usual. Not after meals." in text


def test_page_numbers_count_the_pages(library: dict[str, Protocol]) -> None:
    pdf = render_home_program(make_program(5), library, CLINIC)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 3  # the title and two exercises, two more, then the weekly log
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 3" in page.extract_text()
    assert "Weekly checklist" in pages[-1].extract_text()


@pytest.mark.parametrize(("count", "pages"), [(1, 3), (3, 5), (5, 7)])
def test_large_print_puts_each_exercise_on_its_own_page(
    library: dict[str, Protocol], count: int, pages: int
) -> None:
    """A cover listing the exercises, one page per exercise, then the weekly log."""
    pdf = render_home_program(make_program(count, large_print=True), library, CLINIC)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == pages
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    assert "Weekly checklist" in reader.pages[-1].extract_text()
    for number, (_, en, _) in enumerate(EXERCISES[:count], start=1):
        assert en in reader.pages[number].extract_text()


def test_large_print_body_text_is_at_least_16_points(library: dict[str, Protocol]) -> None:
    large = font_sizes(render_home_program(make_program(5, large_print=True), library, CLINIC))
    assert min(size for _, size in large) >= 16
    steps = [size for text, size in large if "Lie on your back" in text]
    assert steps and min(steps) >= 16
    headings = [size for text, size in large if text == "Bridge"]
    assert headings and max(headings) > 16
    normal = font_sizes(render_home_program(make_program(5), library, CLINIC))
    assert max(size for text, size in normal if "Lie on your back" in text) < 16


def test_metadata_and_language(library: dict[str, Protocol]) -> None:
    for language, title in (
        ("en", "Your home exercise program"),
        ("es", "Su programa de ejercicios en casa"),
    ):
        pdf = render_home_program(make_program(2, language=language), library, CLINIC)
        reader = PdfReader(io.BytesIO(pdf))
        assert reader.metadata is not None
        assert reader.metadata.title == title
        assert reader.metadata.author == "Riverside Physical Therapy"
        assert "Ana María Núñez" in (reader.metadata.subject or "")
        assert reader.trailer["/Root"]["/Lang"] == language


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_paper_size(library: dict[str, Protocol], paper: Any, size: tuple[int, int]) -> None:
    pdf = render_home_program(make_program(2), library, CLINIC, paper=paper)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_fonts_are_embedded(library: dict[str, Protocol]) -> None:
    pdf = render_home_program(make_program(1, language="es"), library, CLINIC)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = page["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        names.add(str(font["/BaseFont"]))
    assert any(name.endswith("DejaVuSans") for name in names)
    assert any(name.endswith("DejaVuSans-Bold") for name in names)


def test_unknown_protocol_is_a_clear_error(library: dict[str, Protocol]) -> None:
    program = make_program(2)
    stray = HomeProgramItem(protocol_id="home-missing", sets=1, reps=5)
    program = program.model_copy(update={"items": (*program.items, stray)})
    with pytest.raises(UnknownExerciseError, match="not in the protocol library: “home-missing”"):
        render_home_program(program, library, CLINIC)


def test_a_pnf_protocol_cannot_be_printed_as_home_exercise(tmp_path: Path) -> None:
    pnf = ProtocolFile.model_validate(
        {
            "format": "pnf-protocol/1",
            "id": "ue-d1-flexion-hold-relax",
            "title": "UE D1 flexion",
            "kind": "pnf",
            "region": "upper-extremity",
            "pattern": "D1 flexion",
            "technique": "hold-relax",
            "summary": "s",
            "steps": [{"kind": "position", "instruction": "Supine."}],
        }
    )
    program = make_program(1).model_copy(
        update={"items": (HomeProgramItem(protocol_id=pnf.id, sets=1, reps=5),)}
    )
    with pytest.raises(NotAHomeExerciseError):
        render_home_program(program, {pnf.id: pnf}, CLINIC)


def test_an_empty_program_is_refused(library: dict[str, Protocol]) -> None:
    with pytest.raises(HomeProgramError, match="no exercises"):
        render_home_program(make_program(0), library, CLINIC)


def test_plain_protocol_files_work_without_illustrations() -> None:
    specs = {pid: spec(pid, en, es) for pid, en, es in EXERCISES}
    text = words(render_home_program(make_program(5), specs, ClinicHeader()))
    assert "Side plank" in text
    assert "Questions?" not in text  # no phone, no line asking to call


def test_builtin_illustrations_come_from_the_illustrations_folder(tmp_path: Path) -> None:
    (tmp_path / "bridge-art.svg").write_text(SVG, encoding="utf-8")
    specs = {
        "home-bridge": spec("home-bridge", "Bridge", "Puente", illustration="builtin:bridge-art")
    }
    with_art = render_home_program(make_program(1), specs, CLINIC, illustrations_dir=tmp_path)
    without = render_home_program(make_program(1), specs, CLINIC, illustrations_dir=tmp_path / "x")
    assert count_paths(with_art) > count_paths(without)


def count_paths(pdf: bytes) -> int:
    """Stroked paths on the first page (the illustration is drawn with strokes)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return page.get_contents().get_data().count(b" S\n")  # type: ignore[union-attr]


def test_png_illustrations_and_logo_are_embedded_as_images(tmp_path: Path) -> None:
    Image.new("RGB", (300, 200), "white").save(tmp_path / "bridge.png")
    Image.new("RGB", (240, 80), "navy").save(tmp_path / "logo.png")
    protocol = Protocol(
        spec=spec("home-bridge", "Bridge", "Puente", illustration="bridge.png"),
        path=tmp_path / "home-bridge.toml",
    )
    clinic = ClinicHeader(name="Riverside", phone="1", logo=tmp_path / "logo.png")
    pdf = render_home_program(make_program(1), {"home-bridge": protocol}, clinic)
    xobjects = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/XObject"]
    images = [x for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 2


def test_a_missing_or_broken_illustration_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "broken.svg").write_text("<svg", encoding="utf-8")
    protocols = {
        "home-bridge": Protocol(
            spec=spec("home-bridge", "Bridge", "Puente", illustration="gone.svg"),
            path=tmp_path / "home-bridge.toml",
        ),
        "home-dead-bug": Protocol(
            spec=spec("home-dead-bug", "Dead bug", "Bicho muerto", illustration="broken.svg"),
            path=tmp_path / "home-dead-bug.toml",
        ),
    }
    text = words(render_home_program(make_program(2), protocols, CLINIC))
    assert "Bridge" in text and "Dead bug" in text


def test_an_illustration_prints_without_its_empty_margins(tmp_path: Path) -> None:
    """A figure lying in a strip of its canvas fills the box's width, not a thumbnail."""
    svg = tmp_path / "lying.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">'
        '<rect x="0" y="0" width="400" height="300" fill="#ffffff"/>'
        '<line x1="40" y1="180" x2="360" y2="180" stroke="#000" stroke-width="8"/>'
        '<circle cx="40" cy="170" r="12" fill="none" stroke="#000" stroke-width="4"/>'
        "</svg>",
        encoding="utf-8",
    )
    art = pictures.picture(svg, 200, 150)
    assert art is not None
    width, height = art.wrap(200, 150)
    assert width == pytest.approx(200)
    assert height < 60


def test_each_svg_is_converted_once(
    library: dict[str, Protocol], monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures.clear_cache()
    calls: list[str] = []
    convert: Callable[..., Any] = pictures.svg2rlg

    def counting(path: str, **kwargs: Any) -> Any:
        calls.append(path)
        return convert(path, **kwargs)

    monkeypatch.setattr(pictures, "svg2rlg", counting)
    program = make_program(5)
    first = render_home_program(program, library, CLINIC)
    second = render_home_program(program, library, CLINIC)
    assert len(calls) == 5 and len(set(calls)) == 5
    assert len(PdfReader(io.BytesIO(first)).pages) == len(PdfReader(io.BytesIO(second)).pages)


def test_the_shipped_home_exercises_print_in_both_languages() -> None:
    """Every home protocol in the built-in library, in one program per language."""
    library = load_library([(resources.protocols_dir(), True)])
    home = [protocol for protocol in library if protocol.kind == "home"]
    assert home, "the built-in library has home exercises"
    items = [HomeProgramItem.from_protocol(protocol.spec) for protocol in home]
    for language in ("en", "es"):
        program = make_program(0, language=language, large_print=True, items=items)
        text = words(render_home_program(program, library.protocols, CLINIC))
        for protocol, item in zip(home, items, strict=True):
            assert " ".join(protocol.title.in_(language).split()) in text
            line = dosage_line(
                sets=item.sets,
                reps=item.reps,
                hold_s=item.hold_s,
                per_day=item.per_day,
                days_per_week=item.days_per_week,
                lang=language,
            )
            assert line in text
