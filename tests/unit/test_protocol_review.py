"""The instructor's sign-off: the optional [review] table of a protocol file, how the
Protocols screen shows it, and the review sheet docs/clinical-review.md."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from console.domain.library import load_file
from console.domain.protocol import Review
from console.ui.library.protocol_detail import protocol_detail_html, review_text

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "protocols" / "ue-d1-flexion-hold-relax.toml"
SIGNED = 'status = "reviewed"\nreviewer = "A. Reviewer"\ndate = 2026-12-01\n'


@pytest.fixture(scope="module")
def sheet() -> ModuleType:
    path = REPO / "tools" / "clinical_review.py"
    spec = importlib.util.spec_from_file_location("clinical_review", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def with_review(tmp_path: Path, table: str, name: str = "p.toml") -> Path:
    path = tmp_path / name
    path.write_text(SOURCE.read_text("utf-8") + "\n[review]\n" + table, "utf-8")
    return path


def errors(path: Path) -> list[str]:
    return [str(error).removeprefix(f"{path}:") for error in load_file(path).errors]


def test_a_file_without_review_loads_as_not_yet_reviewed(tmp_path: Path) -> None:
    result = load_file(SOURCE)
    assert result.protocol is not None
    assert result.protocol.spec.review is None
    assert review_text(None, "en") == "Review: not yet reviewed"
    assert review_text(None, "es") == "Revisión: aún sin revisar"


def test_a_reviewed_file_keeps_who_and_when(tmp_path: Path) -> None:
    path = with_review(
        tmp_path, 'status = "reviewed"\nreviewer = "A. Reviewer"\ndate = 2026-12-01\n'
    )
    result = load_file(path)
    assert result.errors == ()
    assert result.protocol is not None
    review = result.protocol.spec.review
    assert review == Review(status="reviewed", reviewer="A. Reviewer", date=dt.date(2026, 12, 1))
    assert review_text(review, "en") == "Reviewed by A. Reviewer on 1 December 2026"
    assert review_text(review, "es") == "Revisado por A. Reviewer el 1 de diciembre de 2026"
    html = protocol_detail_html(result.protocol, "en")
    assert "Reviewed by A. Reviewer on 1 December 2026" in html


def test_a_draft_needs_no_reviewer(tmp_path: Path) -> None:
    result = load_file(with_review(tmp_path, 'status = "draft"\n'))
    assert result.errors == ()
    assert result.protocol is not None
    assert review_text(result.protocol.spec.review, "en") == "Review: draft"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('status = "reviewed"\ndate = 2026-12-01\n', "review.reviewer: a reviewed protocol needs"),
        (
            'status = "reviewed"\nreviewer = "A. Reviewer"\n',
            "review.date: a reviewed protocol needs",
        ),
        ('status = "signed"\n', "review.status: expected one of 'draft' or 'reviewed'"),
        (
            'status = "draft"\ndate = "yesterday"\n',
            'review.date: expected a date such as 2026-12-04 (without quotes), got "yesterday"',
        ),
        ('status = "reviewed"\nreviewer = ""\ndate = 2026-12-01\n', "review.reviewer: must not"),
        ('status = "draft"\nby = "me"\n', "review.by: unknown field"),
    ],
)
def test_a_bad_review_is_rejected_with_its_line(tmp_path: Path, table: str, expected: str) -> None:
    path = with_review(tmp_path, table)
    found = errors(path)
    assert len(found) == 1
    line = int(found[0].split(":")[0])
    review_line = path.read_text("utf-8").splitlines().index("[review]") + 1
    assert line >= review_line
    assert expected in found[0]


def test_the_review_sheet_is_generated_from_the_current_files(sheet: ModuleType) -> None:
    current = (REPO / "docs" / "clinical-review.md").read_text("utf-8")
    assert current == sheet.render_sheet(REPO / "protocols"), (
        "docs/clinical-review.md is out of date; run .venv/bin/python tools/clinical_review.py"
    )


def test_the_sheet_lists_every_point_a_reviewer_checks(sheet: ModuleType, tmp_path: Path) -> None:
    library = tmp_path / "protocols"
    library.mkdir()
    with_review(
        library,
        'status = "reviewed"\nreviewer = "A. Reviewer"\ndate = 2026-12-01\n',
        SOURCE.name,
    )
    home = REPO / "protocols" / "home-bridge.toml"
    (library / home.name).write_text(home.read_text("utf-8"), "utf-8")
    text = sheet.render_sheet(library)
    assert "Protocols: 2; reviewed in their files: 1." in text
    assert "Review in the file: reviewed by A. Reviewer on 2026-12-01." in text
    assert "Review in the file: not yet reviewed." in text
    for heading in (
        "**Sources**",
        "**Start position**",
        "**Movement and end components**",
        "**Grips (hand contacts)**",
        "**Commands**",
        "**Timings**",
        "**Dosage**",
    ):
        assert heading in text
    assert "- [ ] Distal hand, lumbrical grip" in text
    assert text.count("| reviewer (name) | date | correct as written | changes needed |") == 2
