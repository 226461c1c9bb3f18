"""`pnf-console home-program`: the PDF's words, languages, large print, versions, the
settings' letterhead and paper, clear errors, and the export in the audit log."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from console.cli import main
from console.domain.settings import ClinicDetails, Settings
from console.storage.settings_file import save_settings
from tests.integration.ui_helpers import add_patient, open_repo

ITEMS: list[dict[str, Any]] = [
    {"protocol_id": "home-bridge", "sets": 3, "reps": 12, "hold_s": 5, "per_day": 2},
    {"protocol_id": "home-side-plank", "sets": 2, "reps": 4, "hold_s": 20, "note": None},
    {"protocol_id": "home-pelvic-tilt", "sets": 1, "reps": 15, "caution": "Sin dolor"},
]


def item(**values: Any) -> dict[str, Any]:
    base = {"hold_s": None, "per_day": 1, "days_per_week": 7, "note": "", "caution": ""}
    return base | values


@pytest.fixture
def patient(db_path: Path) -> int:
    """José Núñez (Spanish handouts) with two versions; the first has one exercise."""
    repo = open_repo(db_path)
    try:
        therapist = repo.therapists.create("Jordan Lee, PT")
        patient_id = add_patient(repo, language="es")
        repo.home_programs.save(patient_id, [item(**ITEMS[0])], language="es")
        repo.home_programs.save(
            patient_id, [item(**i) for i in ITEMS], language="en", therapist_id=therapist
        )
        return patient_id
    finally:
        repo.close()


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def run(db: Path, *args: str) -> int:
    return main(["home-program", *args, "--db", str(db)])


def test_the_current_version_is_written_in_its_language(
    db_path: Path, patient: int, tmp_path: Path
) -> None:
    out = tmp_path / "program.pdf"
    assert run(db_path, "--patient", str(patient), "--out", str(out)) == 0
    text = text_of(out)
    for expected in (
        "José Núñez",
        "Jordan Lee, PT",
        "Your home exercise program",
        "Bridge",
        "Side plank",
        "Pelvic tilt",
        "3 sets of 12 repetitions",
        "Sin dolor",
    ):
        assert expected in text, expected
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "Your home exercise program"


def test_spanish_large_print_keeps_the_accents(db_path: Path, patient: int, tmp_path: Path) -> None:
    normal = tmp_path / "normal.pdf"
    large = tmp_path / "large.pdf"
    assert run(db_path, "--patient", str(patient), "--out", str(normal), "--lang", "es") == 0
    args = ["--patient", str(patient), "--out", str(large), "--lang", "es", "--large-print"]
    assert run(db_path, *args) == 0
    text = text_of(large)
    for expected in ("José Núñez", "Su programa de ejercicios en casa", "Puente de glúteos"):
        assert expected in text, expected
    assert "Página 1 de" in text
    assert len(PdfReader(large).pages) > len(PdfReader(normal).pages)
    sizes: list[float] = []

    def visit(part: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if part.strip() == "José Núñez":
            sizes.append(size * (abs(tm[3] * cm[3]) or 1.0))

    PdfReader(io.BytesIO(large.read_bytes())).pages[0].extract_text(visitor_text=visit)
    assert sizes and max(sizes) >= 16


def test_a_past_version_is_printed_again(db_path: Path, patient: int, tmp_path: Path) -> None:
    out = tmp_path / "v1.pdf"
    assert run(db_path, "--patient", str(patient), "--out", str(out), "--version", "1") == 0
    text = text_of(out)
    assert "Puente de glúteos" in text and "Plancha lateral" not in text  # Spanish, one item


def test_paper_and_letterhead_come_from_the_settings(
    db_path: Path, patient: int, tmp_path: Path
) -> None:
    clinic = ClinicDetails(name="Riverside Physical Therapy", phone="(555) 014-2236")
    save_settings(Settings(paper_size="Letter", clinic=clinic))
    out = tmp_path / "letter.pdf"
    assert run(db_path, "--patient", str(patient), "--out", str(out)) == 0
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = text_of(out)
    assert "Riverside Physical Therapy" in text and "(555) 014-2236" in text


def test_the_export_is_audited_without_the_name(
    db_path: Path, patient: int, tmp_path: Path
) -> None:
    assert run(db_path, "--patient", str(patient), "--out", str(tmp_path / "a.pdf")) == 0
    repo = open_repo(db_path)
    try:
        entries = repo.audit.entries(patient)
    finally:
        repo.close()
    exports = [e for e in entries if e["action"] == "export"]
    assert [(e["entity"], e["detail"]) for e in exports] == [("home_program", "version 2, pdf")]
    assert all("Núñez" not in (e["detail"] or "") for e in entries)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--patient", "99"], "there is no patient number 99"),
        (["--patient", "{patient}", "--version", "7"], "has no home program version 7"),
        (["--patient", "{empty}"], "has no home program to print"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_1(
    db_path: Path,
    patient: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    repo = open_repo(db_path)
    try:
        empty = add_patient(repo, given_name="Ana", family_name="Ruiz", record_number="R-2")
    finally:
        repo.close()
    args = [a.format(patient=patient, empty=empty) for a in args]
    out = tmp_path / "none.pdf"
    assert run(db_path, *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_no_database_and_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "missing.db", "--patient", "1", "--out", str(tmp_path / "x.pdf")) == 1
    assert "no database" in capsys.readouterr().err
    for bad in (["--patient", "x"], ["--patient", "0"], ["--patient", "1", "--lang", "fr"]):
        with pytest.raises(SystemExit) as caught:
            run(tmp_path / "missing.db", *bad, "--out", str(tmp_path / "x.pdf"))
        assert caught.value.code == 2


def test_the_program_help_says_it_prints_on_a_printer_or_to_a_pdf(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    words = " ".join(capsys.readouterr().out.split())
    assert "home-program print a patient's home program on a printer, or write it to a PDF" in words
