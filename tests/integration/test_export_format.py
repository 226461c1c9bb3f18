"""docs/export-format.md describes every key an export writes, and nothing more: its
tables are read here and held against real JSON, CSV and FHIR exports of a record with
every kind of entry (corrections, a signed session with an amendment, a running one,
home program versions)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from console.storage.export import export_all, export_patient, read_csv_zip, write_csv_zip
from console.storage.export_format import (
    ALL_PATIENTS,
    COLUMNS,
    CSV_TABLES,
    ONE_PATIENT,
    PATIENT_PART,
    SESSION_PARTS,
)
from console.storage.fhir import fhir_bundle
from console.storage.repository import Repository
from tests.integration.test_export import repo  # noqa: F401  (the shared record)

DOC = Path(__file__).parents[2] / "docs" / "export-format.md"
_HEADING = re.compile(r"^#{2,4} (.*)$")
_OBJECT = re.compile(r"^#### `([^`]+)`$")
_ROW = re.compile(r"^\| `([^`]+)` \| (.*) \|$")


def documented() -> dict[str, dict[str, list[str]]]:
    """{section: {object: [key, ...]}} from the doc's key tables, in the doc's order;
    for the CSV section {file: [object]}."""
    found: dict[str, dict[str, list[str]]] = {}
    section = ""
    current: list[str] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].split()[0]
            current = [] if section == "CSV" else None  # its table has no heading
            found.setdefault(section, {})
            continue
        heading = _OBJECT.match(line)
        if heading:
            current = found[section].setdefault(heading.group(1), [])
            continue
        if _HEADING.match(line):
            current = None
            continue
        row = _ROW.match(line)
        if row and current is not None:
            if section == "CSV":
                file, target = row.group(1), row.group(2).strip("`")
                found[section][file] = [target]
            else:
                current.append(row.group(1))
    return found


def _sample(items: list[dict[str, Any]]) -> dict[str, Any]:
    assert items, "the shared record has one of each"
    return items[0]


def test_the_json_keys_are_exactly_the_documented_ones(repo: Repository) -> None:  # noqa: F811
    doc = documented()["JSON"]
    one = export_patient(repo, 1)
    assert list(one) == doc["one-patient export"] == list(ONE_PATIENT)
    every = export_all(repo)
    assert list(every) == doc["all-patients export"] == list(ALL_PATIENTS)
    for part in every["patients"]:
        assert list(part) == doc["patients item"] == list(PATIENT_PART)
    session = _sample(one["sessions"])
    signed = next(s for s in one["sessions"] if s["soap"] and s["amendments"])
    objects = {
        "therapists": _sample(one["therapists"]),
        "patient": one["patient"],
        "plans": _sample(one["plans"]),
        "sessions": session,
        "records": _sample(session["records"]),
        "soap": signed["soap"],
        "amendments": _sample(signed["amendments"]),
        "home_programs": _sample(one["home_programs"]),
        "audit": _sample(one["audit"]),
    }
    for name, exported in objects.items():
        assert list(exported) == doc[name], name
    assert doc["sessions"] == [*COLUMNS["sessions"], *SESSION_PARTS]
    # What the program keeps for itself does not leave it.
    text = json.dumps(every)
    for internal in ("search_key", "sort_name", "pin_hash", "pin_salt"):
        assert internal not in text


def test_the_csv_headers_are_the_documented_keys(
    repo: Repository,  # noqa: F811
    tmp_path: Path,
) -> None:
    doc = documented()
    files = {name: target for name, (target,) in doc["CSV"].items()}
    assert list(files) == [f"{table}.csv" for table in CSV_TABLES]
    out = tmp_path / "all.zip"
    write_csv_zip(export_all(repo), out)
    tables = read_csv_zip(out)
    for table in CSV_TABLES:
        keys = [k for k in doc["JSON"][files[f"{table}.csv"]] if k not in SESSION_PARTS]
        assert tables[table], table
        assert list(tables[table][0]) == keys == list(COLUMNS[table]), table


def test_every_fhir_key_is_documented_and_every_documented_key_is_written(
    repo: Repository,  # noqa: F811
) -> None:
    doc = documented()["FHIR"]
    bundle = fhir_bundle(export_all(repo))
    seen: dict[str, set[str]] = {"Bundle": set(bundle)}
    for entry in bundle["entry"]:
        assert list(entry) == ["fullUrl", "resource"]
        resource = entry["resource"]
        seen.setdefault(resource["resourceType"], set()).update(resource)
    assert set(seen) == set(doc)
    for kind, keys in seen.items():
        assert keys == set(doc[kind]), kind
