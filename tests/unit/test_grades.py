"""Resistance grades and pain scores."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.grades import ResistanceGrade, numeric_grade, parse_pain


@pytest.mark.parametrize(
    ("text", "numeric"),
    [("0", 0.0), ("0+", 0.33), ("1-", 0.67), ("3", 3.0), ("4-", 3.67), ("4+", 4.33), ("5", 5.0)],
)
def test_parse_gives_the_numeric_value_charts_use(text: str, numeric: float) -> None:
    grade = ResistanceGrade.parse(text)
    assert grade.numeric == numeric
    assert str(grade) == text


def test_parse_tolerates_spaces() -> None:
    assert ResistanceGrade.parse(" 4 + ") == ResistanceGrade(4, "+")


@pytest.mark.parametrize("text", ["", "6", "5+", "0-", "4++", "-1", "four", "4.5", "４"])
def test_parse_rejects_what_is_not_a_grade(text: str) -> None:
    with pytest.raises(ValueError):
        ResistanceGrade.parse(text)


def test_grades_order_by_their_numeric_value() -> None:
    assert ResistanceGrade.parse("4-") < ResistanceGrade.parse("4") < ResistanceGrade(4, "+")
    assert ResistanceGrade.parse("3+") <= ResistanceGrade.parse("4-")


@given(st.integers(0, 5), st.sampled_from(["", "+", "-"]))
def test_every_grade_round_trips_through_its_text(base: int, modifier: str) -> None:
    if (base, modifier) in ((5, "+"), (0, "-")):
        with pytest.raises(ValueError):
            ResistanceGrade.parse(f"{base}{modifier}")
        return
    grade = ResistanceGrade.parse(f"{base}{modifier}")
    assert ResistanceGrade.parse(str(grade)) == grade
    assert base - 0.34 < grade.numeric < base + 0.34


@pytest.mark.parametrize(("value", "score"), [(0, 0), (10, 10), ("7", 7), (" 3 ", 3)])
def test_pain_scores_0_to_10(value: int | str, score: int) -> None:
    assert parse_pain(value) == score


@pytest.mark.parametrize("value", [-1, 11, "11", "x", "", "²", True, "3.5"])
def test_pain_outside_the_scale_is_refused(value: int | str) -> None:
    with pytest.raises(ValueError):
        parse_pain(value)


def test_numeric_grade_is_the_parsed_numeric_value() -> None:
    assert numeric_grade("4+") == ResistanceGrade.parse("4+").numeric == 4.33
    with pytest.raises(ValueError):
        numeric_grade("9")
