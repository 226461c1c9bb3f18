"""The FHIR R4 export: a valid Bundle whose resources match the record and refer to
each other; written by the command line and audited."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from console.cli import main
from console.storage.export import export_all, export_patient
from console.storage.fhir import PAIN_LOINC, fhir_bundle
from console.storage.repository import Repository
from tests.integration.test_export import repo  # noqa: F401  (the shared record)


def _resources(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [entry["resource"] for entry in bundle["entry"]]


def _references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for inner in value.values() for r in _references(inner)]
    if isinstance(value, list):
        return [r for inner in value for r in _references(inner)]
    return []


def test_a_patient_bundle_is_valid_fhir_and_complete(repo: Repository) -> None:  # noqa: F811
    export = export_patient(repo, 1)
    bundle = fhir_bundle(export)
    Bundle.model_validate(bundle)  # the FHIR models accept every resource

    kinds = Counter(resource["resourceType"] for resource in _resources(bundle))
    records = [r for s in export["sessions"] for r in s["records"]]
    assert kinds == {
        "Practitioner": len(export["therapists"]),
        "Patient": 1,
        "Encounter": len(export["sessions"]),
        "Observation": len(records),
        "Composition": sum(1 for s in export["sessions"] if s["soap"]),
        "Provenance": sum(1 for s in export["sessions"] if s["seal"]),
    }
    urls = {entry["fullUrl"] for entry in bundle["entry"]}
    assert len(urls) == len(bundle["entry"])
    assert set(_references(bundle)) <= urls  # every reference resolves in the Bundle

    patient = next(r for r in _resources(bundle) if r["resourceType"] == "Patient")
    assert patient["name"] == [{"family": export["patient"]["family_name"], "given": ["José"]}]
    assert patient["identifier"][0]["value"] == export["patient"]["record_number"]

    observations = [r for r in _resources(bundle) if r["resourceType"] == "Observation"]
    pain = [o for o in observations if o["code"].get("coding") == [PAIN_LOINC]]
    assert [o["valueInteger"] for o in pain] == [6]
    grades = [o for o in observations if "Resistance grade" in o["code"]["text"]]
    assert sorted(o["valueString"] for o in grades) == ["3+", "4", "4-"]
    corrected = [o for o in grades if o["status"] == "corrected"]
    assert [o["valueString"] for o in corrected] == ["4-"]
    assert corrected[0]["derivedFrom"][0]["reference"] in urls  # the original is kept
    note = next(o for o in observations if o["code"]["text"] == "Session note")
    assert note["valueString"] == "cue at the scapula, «bien»"

    soap = next(r for r in _resources(bundle) if r["resourceType"] == "Composition")
    assert soap["status"] == "final"  # the session was signed
    titles = [section["title"] for section in soap["section"]]
    assert titles[:4] == ["Subjective", "Objective", "Assessment", "Plan"]
    assert any(title.startswith("Amendment of") for title in titles)


def test_the_same_record_gives_the_same_bundle(repo: Repository) -> None:  # noqa: F811
    first, second = fhir_bundle(export_all(repo)), fhir_bundle(export_all(repo))
    first.pop("timestamp")
    second.pop("timestamp")
    assert first == second
    Bundle.model_validate(fhir_bundle(export_all(repo)))


def test_command_line_writes_the_bundle_and_audits_it(
    repo: Repository,  # noqa: F811
    db_path: Path,
    tmp_path: Path,
) -> None:
    repo.close()
    out = tmp_path / "referral.json"
    args = ["export", "--db", str(db_path), "--patient", "1", "--format", "fhir"]
    assert main([*args, "--out", str(out)]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    Bundle.model_validate(bundle)
    again = Repository.open(db_path)
    try:
        exports = [e for e in again.audit.entries(1) if e["action"] == "export"]
        assert exports and exports[-1]["detail"] == "fhir"
    finally:
        again.close()


def test_the_bundle_goes_to_standard_output_without_out(
    repo: Repository,  # noqa: F811
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo.close()
    capsys.readouterr()
    assert main(["export", "--db", str(db_path), "--patient", "all", "--format", "fhir"]) == 0
    bundle = json.loads(capsys.readouterr().out)
    patients = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert len(patients) == 3
