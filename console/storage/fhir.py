"""A patient's record as a FHIR R4 Bundle, for a referral to a system that reads FHIR.

Built from the same export as the JSON and CSV formats (``console/storage/export.py``):

- ``Patient``: names, date of birth, record number (identifier), handout language;
- ``Practitioner``: each therapist named by the record;
- ``Encounter``: each session (finished, in progress), with its therapist and period;
- ``Observation``: each pain score (LOINC 72514-3, 0-10 numeric rating), resistance
  grade (Oxford/MRC, as text, with the protocol and side), hold timed to fatigue
  (``valueQuantity`` in seconds, UCUM ``s``) and note; a correction is a
  new Observation with status ``corrected`` derived from the one it corrects, which
  is kept;
- ``Composition``: each SOAP note (``final`` once the session is signed), with its
  amendments as further sections.

The Bundle is of type ``collection``; resources refer to each other by ``urn:uuid``
full URLs made from the record ids, so the same record gives the same Bundle.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

from console.storage.export_format import Export, patient_parts

PAIN_LOINC = {
    "system": "http://loinc.org",
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
SOAP_LOINC = {"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}
_NAMESPACE = uuid.UUID("6f3c2e7a-5b1d-4c8e-9a2f-3d7e1b4c5a60")
_PROTOCOL_SYSTEM = "urn:pnf-console:protocol"
_RECORD_NUMBER_SYSTEM = "urn:pnf-console:record-number"
_MOMENTS = {"start": "at the start of the session", "end": "at the end of the session"}


def _url(kind: str, key: object) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{kind}/{key}')}"


def _when(stamp: str | None) -> str | None:
    """Stored timestamps are ISO 8601 with an offset, as FHIR's dateTime wants."""
    return stamp.replace(" ", "T") if stamp else None


def _entry(url: str, resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": url, "resource": resource}


def _patient(row: dict[str, Any]) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": [{"system": _RECORD_NUMBER_SYSTEM, "value": row["record_number"]}],
        "name": [{"family": row["family_name"], "given": [row["given_name"]]}],
        "communication": [
            {
                "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": row["language"]}]},
                "preferred": True,
            }
        ],
    }
    if row.get("date_of_birth"):
        resource["birthDate"] = row["date_of_birth"]
    return resource


def _record(
    record: dict[str, Any], patient: str, encounter: str, performer: str | None
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "corrected" if record.get("replaces_id") else "final",
        "subject": {"reference": patient},
        "encounter": {"reference": encounter},
        "effectiveDateTime": _when(record["recorded_at"]),
    }
    if performer:
        resource["performer"] = [{"reference": performer}]
    if record.get("replaces_id"):
        resource["derivedFrom"] = [{"reference": _url("record", record["replaces_id"])}]
    where = []
    if record.get("protocol_id"):
        where.append({"system": _PROTOCOL_SYSTEM, "code": record["protocol_id"]})
    kind = record["kind"]
    if kind == "pain":
        resource["code"] = {"coding": [PAIN_LOINC], "text": "Pain (NPRS 0-10)"}
        resource["valueInteger"] = int(record["value"])
        moment = _MOMENTS.get(record.get("moment") or "", "during the session")
        resource["note"] = [{"text": f"Asked {moment}."}]
    elif kind == "grade":
        resource["code"] = {
            "coding": where,
            "text": "Resistance grade (Oxford/MRC 0-5) in a PNF pattern",
        }
        resource["valueString"] = record["value"]
    elif kind == "hold":
        resource["code"] = {
            "coding": where,
            "text": "Time held to fatigue (isometric endurance hold)",
        }
        resource["valueQuantity"] = {
            "value": int(record["value"]),
            "unit": "s",
            "system": "http://unitsofmeasure.org",
            "code": "s",
        }
    else:
        resource["code"] = {"coding": where, "text": "Session note"}
        resource["valueString"] = record["value"]
    if kind != "pain" and not where:
        resource["code"].pop("coding")
    if record.get("side"):
        resource["bodySite"] = {"text": record["side"]}
    if record.get("set_number") is not None:
        resource.setdefault("note", []).append({"text": f"Set {record['set_number']}."})
    return resource


def _composition(
    session: dict[str, Any], patient: str, encounter: str, author: str | None
) -> dict[str, Any]:
    soap = session["soap"]
    sections = [
        {"title": title, "text": _narrative(soap.get(part) or "")}
        for part, title in (
            ("subjective", "Subjective"),
            ("objective", "Objective"),
            ("assessment", "Assessment"),
            ("plan", "Plan"),
        )
    ]
    for amendment in session["amendments"]:
        sections.append(
            {
                "title": f"Amendment of {amendment['created_at'][:10]} ({amendment['target']})",
                "text": _narrative(f"{amendment['text']}\n\nReason: {amendment['reason']}"),
            }
        )
    return {
        "resourceType": "Composition",
        "status": "final" if session["status"] == "signed" else "preliminary",
        "type": {"coding": [SOAP_LOINC], "text": "SOAP note"},
        "subject": {"reference": patient},
        "encounter": {"reference": encounter},
        "date": _when(soap.get("updated_at") or session["started_at"]),
        "author": [{"reference": author}] if author else [{"display": "Therapist"}],
        "title": "SOAP note",
        "section": sections,
    }


def _narrative(text: str) -> dict[str, Any]:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "<br/>".join(escaped.splitlines()) or "-"
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _provenance(session: dict[str, Any], encounter: str, signer: str | None) -> dict[str, Any]:
    """A signed session's seal: who signed what, when, and the seal itself
    (docs/export-format.md, "Checking a seal") as the signature's data."""
    targets = [{"reference": encounter}]
    targets += [{"reference": _url("record", r["id"])} for r in session["records"]]
    if session["soap"]:
        targets.append({"reference": _url("soap", session["id"])})
    who = {"reference": signer} if signer else {"display": "unknown"}
    return {
        "resourceType": "Provenance",
        "target": targets,
        "recorded": _when(session["signed_at"]),
        "agent": [{"who": who}],
        "signature": [
            {
                "type": [
                    {
                        "system": "urn:iso-astm:E1762-95:2013",
                        "code": "1.2.840.10065.1.12.1.1",
                        "display": "Author's Signature",
                    }
                ],
                "when": _when(session["signed_at"]),
                "who": who,
                "sigFormat": "application/vnd.pnf-console.seal+sha256",
                "data": base64.b64encode(session["seal"].encode("ascii")).decode("ascii"),
            }
        ],
    }


def fhir_bundle(export: Export) -> dict[str, Any]:
    """The export (one patient or all) as a FHIR R4 Bundle of type ``collection``."""
    entries: list[dict[str, Any]] = []
    practitioners: dict[int, str] = {}
    for therapist in export["therapists"]:
        url = _url("therapist", therapist["id"])
        practitioners[therapist["id"]] = url
        practitioner = {
            "resourceType": "Practitioner",
            "active": bool(therapist["active"]),
            "name": [{"text": therapist["name"]}],
        }
        entries.append(_entry(url, practitioner))
    for part in patient_parts(export):
        row = part["patient"]
        patient = _url("patient", row["id"])
        entries.append(_entry(patient, _patient(row)))
        for session in part["sessions"]:
            encounter = _url("session", session["id"])
            therapist = practitioners.get(session["therapist_id"])
            resource: dict[str, Any] = {
                "resourceType": "Encounter",
                "status": "in-progress" if session["status"] == "running" else "finished",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "AMB",
                    "display": "ambulatory",
                },
                "type": [{"text": "PNF treatment session"}],
                "subject": {"reference": patient},
            }
            period = {"start": _when(session["started_at"])}
            if session.get("ended_at"):
                period["end"] = _when(session["ended_at"])
            resource["period"] = period
            if therapist:
                resource["participant"] = [{"individual": {"reference": therapist}}]
            entries.append(_entry(encounter, resource))
            for record in session["records"]:
                performer = practitioners.get(record["therapist_id"]) or therapist
                entries.append(
                    _entry(
                        _url("record", record["id"]),
                        _record(record, patient, encounter, performer),
                    )
                )
            if session["soap"]:
                author = practitioners.get(session["soap"]["therapist_id"]) or therapist
                entries.append(
                    _entry(
                        _url("soap", session["id"]),
                        _composition(session, patient, encounter, author),
                    )
                )
            if session.get("seal"):
                signer = practitioners.get(session["signed_by"]) or therapist
                entries.append(
                    _entry(_url("seal", session["id"]), _provenance(session, encounter, signer))
                )
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _when(export["exported_at"]),
        "entry": entries,
    }
