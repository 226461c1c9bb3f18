"""Patient details: validation rules and search folding."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.patients import (
    PatientDetails,
    age_on,
    fold,
    parse_date_of_birth,
    search_key,
    search_terms,
)
from console.domain.validation import ValidationError

TODAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("José Núñez", "jose nunez"),
        ("MARÍA  PEÑA", "maria pena"),
        ("Zoë Brontë", "zoe bronte"),
        ("Íñigo Ordóñez", "inigo ordonez"),
        ("Søren Łukasz Straße", "soren lukasz strasse"),
    ],
)
def test_fold_removes_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_search_key_holds_names_number_and_date_of_birth() -> None:
    key = search_key("José", "Núñez", "MRN-7", dt.date(1980, 2, 3))
    assert key == "jose nunez mrn-7 1980-02-03"
    assert search_terms("  Jose  NÚÑ ") == ["jose", "nun"]


def test_valid_details_are_tidied() -> None:
    details = PatientDetails(
        given_name="  María ", family_name="Peña  Ruiz", record_number=" 12 ", notes="  "
    ).validated(TODAY)
    assert (details.given_name, details.family_name) == ("María", "Peña Ruiz")
    assert details.record_number == "12"
    assert details.notes is None


def test_every_problem_is_reported_with_its_field() -> None:
    with pytest.raises(ValidationError) as caught:
        PatientDetails(
            given_name=" ",
            family_name="",
            date_of_birth=TODAY + dt.timedelta(days=1),
            language="fr",
        ).validated(TODAY)
    fields = [field for field, _ in caught.value.problems]
    assert fields == ["given_name", "family_name", "date_of_birth", "language"]
    assert caught.value.field == "given_name"
    assert "future" in dict(caught.value.problems)["date_of_birth"]


def test_date_of_birth_today_is_accepted_and_too_old_is_not() -> None:
    PatientDetails("A", "B", date_of_birth=TODAY).validated(TODAY)
    with pytest.raises(ValidationError, match="past"):
        PatientDetails("A", "B", date_of_birth=dt.date(1850, 1, 1)).validated(TODAY)


def test_long_texts_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        PatientDetails("A" * 101, "B", record_number="9" * 41).validated(TODAY)
    assert [field for field, _ in caught.value.problems] == ["given_name", "record_number"]


def test_parse_date_of_birth() -> None:
    assert parse_date_of_birth("1980-02-03") == dt.date(1980, 2, 3)
    assert parse_date_of_birth("  ") is None
    with pytest.raises(ValidationError) as caught:
        parse_date_of_birth("03/02/1980")
    assert caught.value.field == "date_of_birth"


def test_age() -> None:
    assert age_on(dt.date(1980, 3, 3), TODAY) == 45
    assert age_on(dt.date(1980, 3, 2), TODAY) == 46


def test_validation_error_needs_a_problem() -> None:
    with pytest.raises(ValueError):
        ValidationError.from_problems([])


@given(st.text(alphabet=st.characters(categories=["L", "M", "Zs", "Nd"]), max_size=30), st.data())
def test_what_is_typed_so_far_always_matches_the_whole_name(text: str, data: st.DataObject) -> None:
    """Typing a name letter by letter never loses the patient from the results."""
    cut = data.draw(st.integers(0, len(text)))
    for term in search_terms(text[:cut]):
        assert term in fold(text)
