"""Synthetic demo data: deterministic, plausible, and within the schema's rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from console.domain.grades import ResistanceGrade
from console.domain.validation import ValidationError
from console.storage import demo
from console.storage.database import open_database
from console.storage.integrity import integrity_problems
from console.storage.repository import Repository

TODAY = dt.date(2026, 3, 2)


def _dump(path: Path) -> str:
    db = open_database(path)
    try:
        lines = []
        for table in ("patients", "sessions", "records", "soap_notes", "home_programs"):
            for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                lines.append(json.dumps(row))
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()
    finally:
        db.close()


def _generate(path: Path, **kwargs: object) -> demo.DemoSummary:
    db = open_database(path)
    try:
        return demo.generate(db, today=TODAY, **kwargs)  # type: ignore[arg-type]
    finally:
        db.close()


def test_same_seed_same_data(tmp_path: Path) -> None:
    _generate(tmp_path / "a.db", patients=6, sessions=4, seed=5)
    _generate(tmp_path / "b.db", patients=6, sessions=4, seed=5)
    _generate(tmp_path / "c.db", patients=6, sessions=4, seed=6)
    assert _dump(tmp_path / "a.db") == _dump(tmp_path / "b.db") != _dump(tmp_path / "c.db")


def test_demo_texts_are_written_in_the_language_asked_for(tmp_path: Path) -> None:
    """A Spanish-speaking clinic trying the demo reads Spanish notes; the caseload is the
    same one (same seed) as in English, only written in the other language."""
    _generate(tmp_path / "en.db", patients=5, sessions=3, seed=2)
    _generate(tmp_path / "es.db", patients=5, sessions=3, seed=2, language="es")
    english, spanish = (Repository(open_database(tmp_path / f"{lang}.db")) for lang in ("en", "es"))
    try:
        en_patients, es_patients = english.patients.all(), spanish.patients.all()
        assert [p.full_name for p in en_patients] == [p.full_name for p in es_patients]
        assert all(p.diagnosis in demo.demo_text("es", "diagnosis") for p in es_patients)
        soap = spanish.charts.patient_chart(es_patients[0].id).sessions[0].soap
        assert soap is not None
        assert soap.objective.startswith("Dolor (EVN)")
        assert soap.subjective in demo.demo_text("es", "subjective")
        assert (
            "Miembro" in soap.objective
            or "Escápula" in soap.objective
            or "Pelvis" in (soap.objective)
        )  # protocol titles in Spanish, not ids
    finally:
        english.close()
        spanish.close()
    for pools in (demo.TEXTS["en"], demo.TEXTS["es"]):
        assert {what: len(texts) for what, texts in pools.items()} == {
            what: len(texts) for what, texts in demo.TEXTS["en"].items()
        }


def test_demo_data_is_a_plausible_caseload(db_path: Path) -> None:
    summary = _generate(db_path, patients=40, sessions=6, patients_per_batch=7)
    assert (summary.patients, summary.sessions, summary.therapists) == (40, 240, 3)
    repo = Repository(open_database(db_path))
    try:
        patients = repo.patients.all()
        names = " ".join(p.full_name for p in patients)
        assert any(ch in names for ch in "áéíóúñÁÍëË")
        assert {p.language for p in patients} == {"en", "es"}
        assert all(p.diagnosis in demo.demo_text("en", "diagnosis") for p in patients)
        assert repo.patients.search(patients[0].given_name[:3])
        library = demo.builtin_library()
        pnf_ids = {pid for pid, _ in library.pnf}
        statuses = {s.status for p in patients for s in repo.sessions.for_patient(p.id)}
        assert statuses == {"finished", "signed"}
        chart = repo.charts.patient_chart(patients[0].id)
        assert len(chart.sessions) == 6
        assert {pid for pid, _ in chart.grade_trend} <= pnf_ids
        assert all(len(points) == 6 for points in chart.grade_trend.values())
        assert set(chart.pain_trend) == {"start", "end"}
        for detail in chart.sessions:
            kinds = [r.kind for r in detail.records]
            assert kinds[0] == "pain" and kinds[-1] == "pain" and "grade" in kinds
            for record in detail.records:
                if record.kind == "grade":
                    ResistanceGrade.parse(record.value)
            assert detail.soap is not None and detail.soap.objective.startswith("Pain (NPRS)")
        assert chart.home_program is not None and chart.home_program.version == 2
        assert integrity_problems(repo.db) == []
        assert repo.audit.verify_chain() == []
        assert repo.sessions.unfinished() == []
    finally:
        repo.close()


def test_records_per_session_is_exact_and_data_can_be_added_twice(db_path: Path) -> None:
    first = _generate(db_path, patients=5, sessions=3, records_per_session=25)
    second = _generate(db_path, patients=4, sessions=0, seed=9)
    assert first.records == 5 * 3 * 25
    assert second.records == 0 and second.therapists == 0
    db = open_database(db_path)
    try:
        counts = db.execute(
            "SELECT COUNT(*) FROM records GROUP BY session_id HAVING COUNT(*) <> 25"
        ).fetchall()
        assert counts == []
        assert db.execute("SELECT COUNT(*) FROM patients").fetchone()[0] == 9
    finally:
        db.close()


def test_builtin_library_reads_the_protocol_files() -> None:
    library = demo.builtin_library()
    assert len(library.pnf) >= 3 and len(library.home) >= 3
    assert all(not pid.startswith("home-") for pid, _ in library.pnf)


def test_a_fallback_library_without_files(db_path: Path) -> None:
    fixed = demo.Library(pnf=demo.FALLBACK_PNF, home=demo.FALLBACK_HOME)
    _generate(db_path, patients=2, sessions=2, library=fixed)
    db = open_database(db_path)
    try:
        ids = {row[0] for row in db.execute("SELECT DISTINCT protocol_id FROM records")}
        assert ids - {None} <= {pid for pid, _ in demo.FALLBACK_PNF}
    finally:
        db.close()


@pytest.mark.parametrize(
    "kwargs",
    [{"patients": -1, "sessions": 1}, {"patients": 1, "sessions": 1, "records_per_session": 2}],
)
def test_impossible_requests_are_refused(db_path: Path, kwargs: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        _generate(db_path, **kwargs)


def test_demo_soap_objective_names_protocols_by_title(db_path: Path) -> None:
    _generate(db_path, patients=2, sessions=2)
    titles = dict(demo.builtin_library().titles)
    db = open_database(db_path)
    try:
        objectives = [row[0] for row in db.execute("SELECT objective FROM soap_notes")]
    finally:
        db.close()
    assert objectives
    for text in objectives:
        assert any(title in text for title in titles.values()), text
        assert not any(f"{pid}, " in text for pid in titles), text


def test_demo_data_joins_the_audit_chain_and_passes_check_db(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Demo data written twice, with a therapist's own writes before and between, is one
    unbroken audit chain: ``pnf-console check-db`` finds nothing wrong."""
    from console.cli import main

    repo = Repository(open_database(db_path))
    heard: list[str] = []
    repo.subscribe(heard.append)
    try:
        own = repo.patients.create(given_name="Ada", family_name="Lovelace")
        summary = demo.generate(repo.transactions, patients=3, sessions=2, today=TODAY)
        assert {"patients", "sessions", "records", "audit_log"} <= set(heard)
        repo.patients.update(own, notes="seen after the demo")
        demo.generate(repo.transactions, patients=2, sessions=1, seed=4, today=TODAY)
        entries = repo.audit.entries()
        assert [entry["id"] for entry in entries] == list(range(1, len(entries) + 1))
        made = [e for e in entries if e["detail"] == "demo data"]
        assert len(made) >= summary.audit_entries > summary.patients
        assert {e["action"] for e in made} >= {"create", "sign"}
        assert repo.audit.verify_chain() == []
    finally:
        repo.close()
    assert main(["check-db", "--db", str(db_path)]) == 0
    assert "audit log chain intact" in capsys.readouterr().out
