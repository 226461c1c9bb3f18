"""Every hold timed to fatigue goes out in each export: JSON and CSV as its record, FHIR
as an Observation with the time in seconds (UCUM "s")."""

from __future__ import annotations

import io
import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle

from console.storage.export import export_patient, read_csv_zip, write_csv_zip, write_json
from console.storage.fhir import fhir_bundle
from console.storage.repository import Repository
from tests.storage_helpers import add_patient, make_repo

SIDE = "endurance-side-bridge"


def _patient_with_holds(path: Path) -> tuple[Repository, int]:
    repo = make_repo(path)
    patient = add_patient(repo)
    plan = [{"protocol_id": SIDE, "side": "right", "overrides": {}}]
    session = repo.sessions.start(patient, plan)
    repo.sessions.add_hold(session, 62, protocol_id=SIDE, side="right", set_number=1)
    held = repo.sessions.add_hold(session, 40, protocol_id=SIDE, side="left", set_number=1)
    repo.sessions.correct_record(held, 45)  # a correction is a new hold record
    repo.sessions.finish(session)
    return repo, patient


def test_json_and_csv_carry_every_hold(tmp_path: Path) -> None:
    repo, patient = _patient_with_holds(tmp_path / "c.db")
    try:
        export = export_patient(repo, patient)
        out = io.StringIO()
        write_json(export, out)
        data = json.loads(out.getvalue())
        holds = [
            (r["value"], r["side"], r["replaces_id"] is not None)
            for s in data["sessions"]
            for r in s["records"]
            if r["kind"] == "hold"
        ]
        assert holds == [("62", "right", False), ("40", "left", False), ("45", "left", True)]
        write_csv_zip(export, tmp_path / "out.zip")
        rows = read_csv_zip(tmp_path / "out.zip")["records"]
        assert [(r["kind"], r["value"]) for r in rows if r["kind"] == "hold"] == [
            ("hold", "62"),
            ("hold", "40"),
            ("hold", "45"),
        ]
    finally:
        repo.close()


def test_fhir_has_each_hold_as_an_observation_in_seconds(tmp_path: Path) -> None:
    repo, patient = _patient_with_holds(tmp_path / "c.db")
    try:
        bundle = fhir_bundle(export_patient(repo, patient))
        Bundle.model_validate(bundle)
        observations = [
            e["resource"]
            for e in bundle["entry"]
            if e["resource"]["resourceType"] == "Observation"
            and "held to fatigue" in e["resource"]["code"]["text"]
        ]
        assert [o["valueQuantity"] for o in observations] == [
            {"value": value, "unit": "s", "system": "http://unitsofmeasure.org", "code": "s"}
            for value in (62, 40, 45)
        ]
        assert [o["status"] for o in observations] == ["final", "final", "corrected"]
        assert observations[0]["bodySite"] == {"text": "right"}
        assert observations[0]["code"]["coding"][0]["code"] == SIDE
    finally:
        repo.close()
