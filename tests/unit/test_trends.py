"""Grade and pain trends and the Objective draft, from plain chart values."""

from __future__ import annotations

import datetime as dt

from console.domain.chart import Record, Session
from console.domain.trends import grade_trend_of, objective_text, pain_trend_of


def _session(session_id: int, day: str | None) -> Session:
    started = f"{day}T09:00:00.000+01:00" if day else None
    return Session(session_id, 1, None, None, [], "finished", started, None, 0, None, None, None)


def _record(record_id: int, session_id: int, kind: str, value: str, **fields: object) -> Record:
    values: dict[str, object] = {
        "protocol_id": None,
        "side": None,
        "set_number": None,
        "phase_index": None,
        "moment": None,
    }
    values.update(fields)
    return Record(
        record_id, session_id, kind, value, therapist_id=None, recorded_at="t", replaces_id=None,
        **values,  # type: ignore[arg-type]
    )  # fmt: skip


def test_one_grade_point_per_session_the_best_of_its_sets() -> None:
    sessions = [_session(2, "2026-03-09"), _session(1, "2026-03-02"), _session(3, None)]
    records = [
        _record(1, 1, "grade", "3", protocol_id="p", side="left"),
        _record(2, 1, "grade", "3+", protocol_id="p", side="left"),
        _record(3, 2, "grade", "4-", protocol_id="p", side="left"),
        _record(4, 2, "grade", "2", protocol_id="p", side="right"),
        _record(5, 3, "grade", "5", protocol_id="p", side="left"),  # never started: no date
        _record(6, 9, "grade", "5", protocol_id="p", side="left"),  # another patient's session
    ]
    assert grade_trend_of(sessions, records) == {
        ("p", "left"): [(dt.date(2026, 3, 2), 3.33), (dt.date(2026, 3, 9), 3.67)],
        ("p", "right"): [(dt.date(2026, 3, 9), 2.0)],
    }


def test_pain_per_moment_the_last_score_of_each_session() -> None:
    sessions = [_session(1, "2026-03-02"), _session(2, "2026-03-09")]
    records = [
        _record(1, 1, "pain", "7", moment="start"),
        _record(2, 1, "pain", "6", moment="start"),
        _record(3, 1, "pain", "4", moment="end"),
        _record(4, 2, "pain", "5", moment=None),
    ]
    assert pain_trend_of(sessions, records) == {
        "start": [(dt.date(2026, 3, 2), 6)],
        "end": [(dt.date(2026, 3, 2), 4)],
        "during": [(dt.date(2026, 3, 9), 5)],
    }


def test_objective_text_of_nothing_is_empty() -> None:
    assert objective_text([], {}) == ""


def test_objective_text_without_sets_or_sides() -> None:
    records = [
        _record(1, 1, "grade", "4", protocol_id="p"),
        _record(2, 1, "pain", "2"),
        _record(3, 1, "note", "ok"),
    ]
    assert objective_text(records, {"p": "Pattern"}).splitlines() == [
        "Pain (NPRS): 2/10 during the session.",
        "Pattern: resistance grade 4.",
        "Note: ok",
    ]


def test_objective_text_in_spanish() -> None:
    records = [
        _record(1, 1, "pain", "6", moment="start"),
        _record(2, 1, "grade", "3+", protocol_id="p", side="left", set_number=1),
        _record(3, 1, "grade", "4-", protocol_id="p", side="left", set_number=2),
        _record(4, 1, "pain", "3", moment="end"),
        _record(5, 1, "note", "calambre", protocol_id="p"),
    ]
    assert objective_text(records, {"p": "Patrón D1"}, "es").splitlines() == [
        "Dolor (EVN): 6/10 al inicio, 3/10 al final.",
        "Patrón D1, izquierdo: fuerza 3+, 4- (series 1-2).",
        "Nota (Patrón D1): calambre",
    ]
    english = objective_text(records, {"p": "Pattern D1"})
    assert english.splitlines()[1] == "Pattern D1, left: resistance grade 3+, 4- (sets 1-2)."
