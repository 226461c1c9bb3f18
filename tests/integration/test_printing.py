"""Handouts printed through a real CUPS scheduler (tests/integration/print_queue.py).

The program's own print code sends each handout; the test waits for the job and reads
back what cups-pdf printed: pages, paper, words. cups-pdf's Ghostscript stage keeps the
glyphs but not the map from glyphs to letters, so `pdftotext` reads only the letters
without accents; the accents are read from the printed page itself, by OCR (tesseract,
Spanish), as a patient reads them.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4 as A4_POINTS
from reportlab.pdfgen.canvas import Canvas

from console.cli import main
from console.domain.settings import PrintingSettings, Settings
from console.reports.printing import (
    PrintFailure,
    PrintJob,
    PrintOptions,
    PrintProblem,
    default_printer,
    print_handout,
    printers,
    queue_offer,
    queue_state,
    submit,
    wait_for_job,
)
from console.storage.settings_file import save_settings
from tests.integration.print_queue import (
    DESK,
    OFFLINE,
    ROOM,
    UNPLUGGED,
    CupsQueues,
    cups_queues,
    queues,
)
from tests.integration.ui_helpers import add_patient, open_repo

__all__ = ["cups_queues", "queues"]

ITEMS: list[dict[str, Any]] = [
    {"protocol_id": "home-bridge", "sets": 3, "reps": 12, "hold_s": 5, "per_day": 2},
    {"protocol_id": "home-pelvic-tilt", "sets": 1, "reps": 15, "caution": "Sin dolor"},
]
A4 = (595, 842)
LETTER = (612, 792)


def item(**values: Any) -> dict[str, Any]:
    base = {"hold_s": None, "per_day": 1, "days_per_week": 7, "note": "", "caution": ""}
    return base | values


@pytest.fixture
def patient(db_path: Path) -> int:
    """José Núñez, Spanish-speaking, with one saved home program."""
    repo = open_repo(db_path)
    try:
        patient_id = add_patient(repo, language="es")
        repo.home_programs.save(patient_id, [item(**i) for i in ITEMS], language="es")
        return patient_id
    finally:
        repo.close()


def one_page() -> bytes:
    page = io.BytesIO()
    canvas = Canvas(page, pagesize=A4_POINTS)
    canvas.drawString(72, 720, "Home program")
    canvas.save()
    return page.getvalue()


def print_command(db: Path, patient: int, *args: str) -> int:
    return main(["home-program", "--patient", str(patient), *args, "--db", str(db)])


def page_sizes(path: Path) -> set[tuple[int, int]]:
    return {
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in PdfReader(path).pages
    }


def plain_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return " ".join(out.stdout.split())


def read_first_page(path: Path, folder: Path) -> str:
    """The first printed page as a reader sees it: rendered at 200 dpi, then OCR."""
    image = folder / "page"
    subprocess.run(
        ["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-gray", "-png", str(path), str(image)],
        check=True,
        timeout=60,
    )
    (png,) = folder.glob("page*.png")
    out = subprocess.run(
        ["tesseract", str(png), "-", "-l", "spa+eng"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return " ".join(out.stdout.split())


def audit_rows(db: Path) -> list[dict[str, Any]]:
    repo = open_repo(db)
    try:
        return [dict(row) for row in repo.audit.entries()]
    finally:
        repo.close()


@pytest.mark.parametrize(
    ("language", "paper", "size", "words", "accented"),
    [
        ("en", "A4", A4, "home exercise", ["José Núñez"]),
        (
            "es",
            "Letter",
            LETTER,
            "programa de ejercicios",
            ["José Núñez", "Versión", "Pare y llámenos"],
        ),
    ],
)
def test_a_large_print_handout_prints_through_cups_and_reads_back(
    queues: CupsQueues,
    db_path: Path,
    patient: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    paper: str,
    size: tuple[int, int],
    words: str,
    accented: list[str],
) -> None:
    save_settings(Settings(printing=PrintingSettings.model_validate({"paper": paper})))
    expected = tmp_path / "expected.pdf"
    assert print_command(db_path, patient, "--out", str(expected), "--lang", language) == 0
    args = ("--print", ROOM, "--lang", language, "--large-print")
    assert print_command(db_path, patient, *args) == 0
    job_id = capsys.readouterr().out.strip()
    assert job_id.startswith(f"{ROOM}-")
    wait_for_job(PrintJob(ROOM, job_id), timeout_s=60)

    printed = queues.printed_file(job_id)
    try:
        assert page_sizes(printed) == {size}
        pages = len(PdfReader(printed).pages)
        assert pages >= len(PdfReader(expected).pages)  # large print takes more room
        assert words in plain_text(printed).lower()
        seen = read_first_page(printed, tmp_path)
        for text in accented:
            assert text in seen, seen
    finally:
        printed.unlink()

    (row,) = [r for r in audit_rows(db_path) if r["action"] == "print"]
    assert row["entity"] == "home_program" and row["patient_id"] == patient
    assert row["detail"] == f"version 1, printer {ROOM}, job {job_id}"
    assert "Núñez" not in str(row)


def test_print_without_a_name_goes_to_the_default_queue(
    queues: CupsQueues, db_path: Path, patient: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert default_printer() == ROOM
    assert print_command(db_path, patient, "--print") == 0
    job_id = capsys.readouterr().out.strip()
    assert job_id.startswith(f"{ROOM}-")
    wait_for_job(PrintJob(ROOM, job_id), timeout_s=60)
    queues.printed_file(job_id).unlink()


def test_print_uses_the_printer_of_settings(
    queues: CupsQueues, db_path: Path, patient: int, capsys: pytest.CaptureFixture[str]
) -> None:
    save_settings(Settings(printing=PrintingSettings(printer=DESK, copies=2)))
    assert print_command(db_path, patient, "--print") == 0
    job_id = capsys.readouterr().out.strip()
    assert job_id.startswith(f"{DESK}-")
    wait_for_job(PrintJob(DESK, job_id), timeout_s=60)
    queues.printed_file(job_id).unlink()


def test_the_queues_and_what_they_offer_are_listed(queues: CupsQueues) -> None:
    assert set(printers()) == {ROOM, DESK, OFFLINE, UNPLUGGED}
    offer = queue_offer(ROOM)
    assert {"A4", "Letter"} <= set(offer.papers)
    assert offer.default_paper == "A4"
    assert offer.duplex is False  # cups-pdf's driver has no two-sided printing
    assert queue_state(ROOM).enabled and queue_state(ROOM).accepting


def test_a_stopped_queue_is_refused_before_anything_is_sent(
    queues: CupsQueues, db_path: Path, patient: int, capsys: pytest.CaptureFixture[str]
) -> None:
    queues.admin("cupsdisable", "-r", "Out of paper", DESK)
    assert print_command(db_path, patient, "--print", DESK) == 1
    error = capsys.readouterr().err
    assert f"the printer {DESK} is stopped (Out of paper)" in error
    assert "switched on and has paper" in error
    assert not [r for r in audit_rows(db_path) if r["action"] == "print"]
    jobs = subprocess.run(["lpstat", "-o", DESK], capture_output=True, text=True, timeout=20)
    assert jobs.stdout == ""


def test_a_rejecting_queue_says_so(
    queues: CupsQueues, db_path: Path, patient: int, capsys: pytest.CaptureFixture[str]
) -> None:
    queues.admin("cupsreject", DESK)
    assert print_command(db_path, patient, "--print", DESK) == 1
    assert f"the printer {DESK} is not accepting jobs" in capsys.readouterr().err
    assert not [r for r in audit_rows(db_path) if r["action"] == "print"]
    with pytest.raises(PrintFailure) as failure:
        submit(b"%PDF-1.4\n", DESK, PrintOptions())
    assert failure.value.problem is PrintProblem.REJECTING


def test_an_unknown_printer_is_named(
    queues: CupsQueues, db_path: Path, patient: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert print_command(db_path, patient, "--print", "Basement") == 1
    assert "there is no printer named 'Basement'" in capsys.readouterr().err


def test_a_printer_that_is_switched_off_keeps_the_job_waiting(queues: CupsQueues) -> None:
    """A network printer that does not answer: the queue takes the job, which waits."""
    rendered: list[str] = []

    def render(paper: str) -> bytes:
        rendered.append(paper)
        return one_page()

    job = print_handout(render, PrintingSettings(printer=OFFLINE, paper="A4"))
    assert rendered == ["A4"]
    with pytest.raises(PrintFailure) as failure:
        wait_for_job(job, timeout_s=2)
    assert failure.value.problem is PrintProblem.NOT_FINISHED
    assert OFFLINE in failure.value.message


def test_a_job_the_printer_cannot_print_fails_with_the_printers_reason(
    queues: CupsQueues,
) -> None:
    job = submit(one_page(), UNPLUGGED, PrintOptions())
    with pytest.raises(PrintFailure) as failure:
        wait_for_job(job, timeout_s=30)
    assert failure.value.problem is PrintProblem.JOB_FAILED
    assert "serial port" in failure.value.detail
    assert failure.value.message.startswith(f"the printer {UNPLUGGED} could not print")


def test_without_a_scheduler_the_print_service_is_missing(
    cups_queues: CupsQueues, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-such.sock"))
    assert printers() == []
    with pytest.raises(PrintFailure) as failure:
        submit(b"%PDF-1.4\n", None, PrintOptions())
    assert failure.value.problem is PrintProblem.NO_PRINT_SYSTEM
    assert "install CUPS" in failure.value.message
