"""Repository: therapists, patients and search, plans, home programs, settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from console.domain.validation import ValidationError
from console.storage.errors import NotFound
from console.storage.repository import Repository
from tests.storage_helpers import PLAN, FakeClock, add_patient, make_repo


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(db_target: Path | str, clock: FakeClock) -> Repository:
    repository = make_repo(db_target, clock)
    yield repository  # type: ignore[misc]
    repository.close()


def test_therapists(repo: Repository) -> None:
    ana = repo.therapists.create("  Ana   García ")
    tom = repo.therapists.create("Tom Fletcher", pin_hash="h", pin_salt="s")
    assert [t.name for t in repo.therapists.all()] == ["Ana García", "Tom Fletcher"]
    assert repo.therapists.get(tom).has_pin and not repo.therapists.get(ana).has_pin
    assert repo.therapists.pin(tom) == ("h", "s")
    repo.therapists.update(tom, active=False, clear_pin=True)
    assert [t.id for t in repo.therapists.all()] == [ana]
    assert {t.id for t in repo.therapists.all(include_inactive=True)} == {ana, tom}
    assert repo.therapists.pin(tom) == (None, None)
    repo.therapists.update(ana, name="Ana G. Ruiz", pin_hash="x", pin_salt="y")
    assert repo.therapists.get(ana).name == "Ana G. Ruiz"
    with pytest.raises(ValidationError):
        repo.therapists.create("  ")
    with pytest.raises(NotFound):
        repo.therapists.get(99)
    with pytest.raises(NotFound):
        repo.therapists.pin(99)


def test_create_and_get_patient(repo: Repository, clock: FakeClock) -> None:
    patient_id = repo.patients.create(
        given_name=" José ",
        family_name="Núñez",
        record_number="MRN-1",
        date_of_birth="1980-02-03",
        language="es",
        diagnosis="chronic low back pain",
    )
    patient = repo.patients.get(patient_id)
    assert patient.full_name == "José Núñez"
    assert patient.record_number == "MRN-1"
    assert patient.date_of_birth == dt.date(1980, 2, 3)
    assert patient.age(dt.date(2026, 3, 2)) == 46
    assert patient.language == "es"
    assert patient.created_at == patient.updated_at == "2026-03-02T09:00:00.000+01:00"
    with pytest.raises(NotFound, match="99"):
        repo.patients.get(99)


def test_an_empty_record_number_gets_the_next_free_one(repo: Repository) -> None:
    repo.patients.create(given_name="A", family_name="B", record_number="P000002")
    second = repo.patients.create(given_name="C", family_name="D")
    assert repo.patients.get(second).record_number == "P000003"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"given_name": ""}, "given_name"),
        ({"family_name": "  "}, "family_name"),
        ({"date_of_birth": dt.date(2026, 3, 3)}, "date_of_birth"),
        ({"date_of_birth": "3/2/1980"}, "date_of_birth"),
        ({"language": "de"}, "language"),
    ],
)
def test_validation(repo: Repository, fields: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_patient(repo, **fields)
    assert caught.value.field == field
    assert repo.patients.all() == []


def test_record_numbers_are_unique(repo: Repository) -> None:
    add_patient(repo, record_number="MRN-1")
    with pytest.raises(ValidationError) as caught:
        add_patient(repo, record_number="MRN-1", given_name="Other")
    assert caught.value.field == "record_number"


def test_update_patient(repo: Repository, clock: FakeClock) -> None:
    first = add_patient(repo, record_number="MRN-1")
    second = add_patient(repo, record_number="MRN-2", given_name="María", family_name="Peña")
    clock.advance(days=1)
    repo.patients.update(first, diagnosis="post-stroke left hemiparesis", given_name="Pepe")
    patient = repo.patients.get(first)
    assert patient.diagnosis == "post-stroke left hemiparesis"
    assert patient.given_name == "Pepe"
    assert patient.updated_at == "2026-03-03T09:00:00.000+01:00" != patient.created_at
    assert [p.id for p in repo.patients.search("pepe")] == [first]
    assert repo.patients.search("jose nunez") == []
    with pytest.raises(ValidationError):
        repo.patients.update(second, record_number="MRN-1")
    with pytest.raises(ValidationError):
        repo.patients.update(second, record_number="")
    with pytest.raises(ValidationError):
        repo.patients.update(second, date_of_birth="2027-01-01")
    with pytest.raises(TypeError):
        repo.patients.update(second, name="x")
    entries = [e for e in repo.audit.entries(first) if e["action"] == "update"]
    assert entries[0]["detail"] == "given_name,diagnosis"
    count = len(repo.audit.entries())
    repo.patients.update(second, given_name="María")  # nothing changed: nothing written
    assert len(repo.audit.entries()) == count


def test_search_ignores_case_and_accents(repo: Repository) -> None:
    jose = add_patient(repo, record_number="MRN-100")
    maria = add_patient(
        repo, given_name="María", family_name="Peña", date_of_birth="1975-11-30", record_number="X7"
    )
    zoe = add_patient(repo, given_name="Zoë", family_name="Brontë", record_number="MRN-101")
    assert [p.id for p in repo.patients.search("jose")] == [jose]
    assert [p.id for p in repo.patients.search("JOSÉ")] == [jose]
    assert [p.id for p in repo.patients.search("pena mar")] == [maria]
    assert [p.id for p in repo.patients.search("zoe")] == [zoe]
    assert [p.id for p in repo.patients.search("1975-11")] == [maria]
    assert [p.id for p in repo.patients.search("x7")] == [maria]
    assert {p.id for p in repo.patients.search("mrn-10")} == {jose, zoe}
    assert repo.patients.search("nobody") == []
    assert repo.patients.search("%") == [] and repo.patients.search("_") == []
    assert len(repo.patients.search("", limit=2)) == 2


def test_search_puts_word_starts_first(repo: Repository) -> None:
    inside = add_patient(repo, given_name="Ramón", family_name="Ibáñez")
    start = add_patient(repo, given_name="Ana", family_name="Amon")
    assert [p.id for p in repo.patients.search("amon")] == [start, inside]


def test_likely_duplicates(repo: Repository) -> None:
    first = add_patient(repo)
    add_patient(repo, given_name="Jose", family_name="Nunez", date_of_birth="1981-01-01")
    no_dob = add_patient(repo, given_name="Inés", family_name="Ortega", date_of_birth=None)
    found = repo.patients.likely_duplicates("JOSE", "nuñez", dt.date(1980, 2, 3))
    assert [p.id for p in found] == [first]
    assert repo.patients.likely_duplicates("José", "Núñez", "1980-02-03", exclude_id=first) == []
    assert [p.id for p in repo.patients.likely_duplicates("Ines", "ORTEGA", None)] == [no_dob]


def test_recent_patients(repo: Repository, clock: FakeClock) -> None:
    first = add_patient(repo)
    second = add_patient(repo, given_name="María")
    add_patient(repo, given_name="Never", family_name="Seen")
    repo.sessions.start(first, PLAN)
    clock.advance(hours=1)
    repo.sessions.start(second, PLAN)
    recent = repo.patients.recent()
    assert [(p.id, seen) for p, seen in recent] == [
        (second, "2026-03-02T10:00:00.000+01:00"),
        (first, "2026-03-02T09:00:00.000+01:00"),
    ]


def test_plans_and_templates(repo: Repository, clock: FakeClock) -> None:
    patient = add_patient(repo)
    assert repo.plans.last(patient) is None
    first = repo.plans.save(patient, PLAN)
    clock.advance(minutes=1)
    second = repo.plans.save(patient, PLAN[:1])
    last = repo.plans.last(patient)
    assert last is not None and last.id == second and last.items == PLAN[:1]
    assert repo.plans.get(first).items == PLAN
    repo.plans.save_template("Shoulder start", PLAN)
    newer = repo.plans.save_template("Shoulder start", PLAN[:1])
    repo.plans.save_template("ankle", PLAN)
    templates = repo.plans.templates()
    assert [(t.name, t.is_template) for t in templates] == [
        ("ankle", True),
        ("Shoulder start", True),
    ]
    assert templates[1].id == newer and templates[1].items == PLAN[:1]
    with pytest.raises(ValidationError):
        repo.plans.save_template(" ", PLAN)
    with pytest.raises(ValidationError):
        repo.plans.save(patient, [{"side": "left"}])
    with pytest.raises(ValidationError):
        repo.plans.save(patient, ["ue-d1"])
    with pytest.raises(ValidationError):
        repo.plans.save(patient, [{"protocol_id": "x", "overrides": {"when": dt.date.today()}}])
    with pytest.raises(NotFound):
        repo.plans.save(99, PLAN)
    with pytest.raises(NotFound):
        repo.plans.get(99)


def test_plan_items_may_be_pydantic_models(repo: Repository) -> None:
    from pydantic import BaseModel

    class Item(BaseModel):
        protocol_id: str
        side: str

    patient = add_patient(repo)
    plan_id = repo.plans.save(patient, [Item(protocol_id="ue-d1", side="left")])
    assert repo.plans.get(plan_id).items == [{"protocol_id": "ue-d1", "side": "left"}]


HOME = [
    {
        "protocol_id": "home-bridge",
        "sets": 2,
        "reps": 10,
        "hold_s": 5,
        "per_day": 1,
        "days_per_week": 7,
        "note": None,
        "caution": None,
    }
]


def test_home_program_versions(repo: Repository, clock: FakeClock) -> None:
    patient = add_patient(repo)
    assert repo.home_programs.get(patient) is None
    assert repo.home_programs.save(patient, HOME, "es", True, " first ", therapist_id=None) == 1
    clock.advance(days=7)
    two = [*HOME, {**HOME[0], "protocol_id": "home-bird-dog"}]
    assert repo.home_programs.save(patient, two, language="en") == 2
    current = repo.home_programs.get(patient)
    assert current is not None and current.version == 2 and current.items == two
    first = repo.home_programs.get(patient, version=1)
    assert first is not None
    assert (first.language, first.large_print, first.note) == ("es", True, "first")
    assert repo.home_programs.get(patient, version=3) is None
    assert [v.version for v in repo.home_programs.versions(patient)] == [2, 1]
    with pytest.raises(ValidationError):
        repo.home_programs.save(patient, HOME, language="fr")
    with pytest.raises(NotFound):
        repo.home_programs.save(99, HOME)


def test_listeners_hear_committed_changes_only(repo: Repository) -> None:
    heard: list[str] = []
    stop = repo.subscribe(heard.append)
    patient = add_patient(repo)
    assert heard == ["audit_log", "patients"]
    heard.clear()
    with pytest.raises(ValidationError):
        add_patient(repo, given_name="")
    assert heard == []
    repo.patients.update(patient, notes="x")
    assert heard == ["audit_log", "patients"]
    heard.clear()
    stop()
    stop()
    repo.patients.update(patient, notes="y")
    assert heard == []


def test_a_failing_listener_does_not_undo_the_change(
    repo: Repository, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(table: str) -> None:
        raise RuntimeError("view bug")

    repo.subscribe(broken)
    patient = add_patient(repo)
    assert repo.patients.get(patient).given_name == "José"
    assert "storage listener failed" in caplog.text


def test_audit_entries_never_hold_patient_names(repo: Repository) -> None:
    patient = add_patient(repo)
    repo.patients.update(patient, family_name="Ordóñez", notes="lives with daughter")
    text = repr(repo.audit.entries())
    assert "José" not in text and "Ordóñez" not in text and "daughter" not in text
    with pytest.raises(ValueError):
        repo.audit.log("rename", "patients", patient, patient)


def test_save_patient_creates_then_updates_from_details(repo: Repository) -> None:
    from console.domain.patients import PatientDetails

    details = PatientDetails(given_name="Inés", family_name="Ortega", language="es")
    patient_id = repo.patients.save(details)
    assert repo.patients.get(patient_id).record_number == "P000001"
    edited = PatientDetails(
        given_name="Inés", family_name="Ortega Ruiz", record_number="P000001", language="es"
    )
    assert repo.patients.save(edited, patient_id) == patient_id
    assert repo.patients.get(patient_id).family_name == "Ortega Ruiz"


def test_patients_are_listed_by_family_name_ignoring_accents(repo: Repository) -> None:
    for given, family, number in (
        ("Thomas", "Green", "S1"),
        ("Iñaki", "Gómez", "S2"),
        ("Ana", "Álvarez", "S3"),
        ("Zoë", "Adams", "S4"),
        ("ana", "gómez", "S5"),
    ):
        repo.patients.create(given_name=given, family_name=family, record_number=number)
    listed = [(p.family_name, p.given_name) for p in repo.patients.all()]
    assert listed == [
        ("Adams", "Zoë"),
        ("Álvarez", "Ana"),
        ("gómez", "ana"),
        ("Gómez", "Iñaki"),
        ("Green", "Thomas"),
    ]
    found = [(p.family_name, p.given_name) for p in repo.patients.search("g")]
    assert found == [("gómez", "ana"), ("Gómez", "Iñaki"), ("Green", "Thomas")]
