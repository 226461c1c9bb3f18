"""Several rooms on one database: the room in the audit log, change notices heard by the
other room, saves that would overwrite another room's, one running session per patient.

The server tests open two repositories on one real server database, as two rooms do;
the rules that hold on a file too run on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.storage.audit import GENESIS, row_hash, verify_chain
from console.storage.repository import Repository
from console.storage.rooms import Conflict, PatientInSession
from console.storage.server_backend import ServerConnection
from console.storage.server_changes import ChangeFeed
from tests.storage_helpers import PLAN, add_patient, make_repo, raw_sql


def _room(target: Path | str, name: str) -> Repository:
    repo = make_repo(target)
    repo.rooms.room = name
    return repo


@pytest.fixture
def rooms(db_target: Path | str) -> Iterator[tuple[Repository, Repository]]:
    """Two consoles on one database: "Room 1" and "Room 2" (on a file, two connections
    to it, as two programs on one shared file would be)."""
    one, two = _room(db_target, "Room 1"), _room(db_target, "Room 2")
    yield one, two
    one.close()
    two.close()


def test_each_audit_entry_names_its_room_and_the_chain_verifies(
    rooms: tuple[Repository, Repository], db_target: Path | str
) -> None:
    one, two = rooms
    patient = add_patient(one)
    two.patients.update(patient, diagnosis="hemiparesis")
    entries = raw_sql(db_target, "SELECT action, room FROM audit_log ORDER BY id")[0]
    assert [tuple(row) for row in entries] == [("create", "Room 1"), ("update", "Room 2")]
    assert verify_chain(one.conn) == []


def test_an_entry_without_a_room_is_hashed_as_before_rooms() -> None:
    row = {"id": 1, "at": "2026-03-02T09:00:00", "action": "view", "entity": "patients"}
    assert row_hash(GENESIS, {**row, "room": None}) == row_hash(GENESIS, row)
    assert row_hash(GENESIS, {**row, "room": "Room 1"}) != row_hash(GENESIS, row)


def test_a_changed_room_breaks_the_chain(
    rooms: tuple[Repository, Repository], db_target: Path | str
) -> None:
    one, _two = rooms
    add_patient(one)
    raw_sql(db_target, "UPDATE audit_log SET room = 'Room 9'", triggers=False)
    assert verify_chain(one.conn) == ["audit log: row 1 was changed after it was written"]


# -- no lost update -------------------------------------------------------------------


def test_the_second_save_of_a_patient_is_refused_with_both_versions(
    rooms: tuple[Repository, Repository],
) -> None:
    one, two = rooms
    patient = add_patient(one, diagnosis="low back pain")
    seen_by_one = one.patients.get(patient)
    seen_by_two = two.patients.get(patient)
    one.patients.update(patient, base_version=seen_by_one.row_version, diagnosis="lumbar strain")
    with pytest.raises(Conflict) as refused:
        two.patients.update(patient, base_version=seen_by_two.row_version, diagnosis="sciatica")
    conflict = refused.value
    assert conflict.mine["diagnosis"] == "sciatica"
    assert conflict.theirs["diagnosis"] == "lumbar strain"
    assert conflict.saved.room == "Room 1"
    assert two.patients.get(patient).diagnosis == "lumbar strain"  # nothing overwritten
    # Saved again on the version seen now, it is kept.
    two.patients.update(patient, base_version=conflict.their_version, diagnosis="sciatica")
    assert one.patients.get(patient).diagnosis == "sciatica"
    assert one.patients.get(patient).row_version == 3


def test_a_save_that_changes_nothing_is_not_a_conflict(
    rooms: tuple[Repository, Repository],
) -> None:
    one, two = rooms
    patient = add_patient(one)
    old = two.patients.get(patient).row_version
    one.patients.update(patient, base_version=old, notes="walks with a cane")
    two.patients.update(patient, base_version=old, notes="walks with a cane")
    assert one.patients.get(patient).row_version == 2


def test_the_second_save_of_an_unsigned_note_is_refused(
    rooms: tuple[Repository, Repository],
) -> None:
    one, two = rooms
    session = one.sessions.start(add_patient(one), PLAN)
    one.notes.save_soap(session, subjective="better", base_version=0)
    with pytest.raises(Conflict) as refused:
        two.notes.save_soap(session, subjective="worse", base_version=0)
    assert refused.value.theirs["subjective"] == "better"
    assert refused.value.mine["subjective"] == "worse"
    note = two.notes.soap(session)
    assert note is not None and note.subjective == "better" and note.row_version == 1
    two.notes.save_soap(session, subjective="better; then worse", base_version=note.row_version)
    saved = one.notes.soap(session)
    assert saved is not None and saved.subjective == "better; then worse"
    assert saved.row_version == 2


def test_a_home_program_on_an_older_version_is_refused_then_kept_as_a_new_one(
    rooms: tuple[Repository, Repository],
) -> None:
    one, two = rooms
    patient = add_patient(one)
    items = [{"protocol_id": "ue-d1-flexion-hold-relax", "sets": 2}]
    assert one.home_programs.save(patient, items, base_version=0) == 1
    with pytest.raises(Conflict) as refused:
        two.home_programs.save(patient, [*items, {"protocol_id": "x"}], base_version=0)
    assert refused.value.their_version == 1
    assert refused.value.theirs["items"] == items
    assert len(one.home_programs.versions(patient)) == 1
    assert two.home_programs.save(patient, items, base_version=1) == 2


# -- one session per patient ----------------------------------------------------------


def test_a_patient_in_session_in_another_room_is_refused_with_who_where_and_since(
    rooms: tuple[Repository, Repository], db_target: Path | str
) -> None:
    one, two = rooms
    therapist = one.therapists.create("Ana Ruiz")
    patient = add_patient(one)
    running = one.sessions.start(patient, PLAN, therapist)
    assert two.rooms.running_elsewhere(patient) is not None
    with pytest.raises(PatientInSession) as refused:
        two.sessions.start(patient, PLAN)
    seen = refused.value.running
    assert (seen.session_id, seen.therapist, seen.room) == (running, "Ana Ruiz", "Room 1")
    assert seen.started_at == one.sessions.get(running).started_at
    assert seen.describe() == "Ana Ruiz in Room 1, since 2026-03-02 09:00"
    # Room 1's own console is not refused by its own session.
    assert one.rooms.running_elsewhere(patient) is None


def test_taking_a_session_over_moves_it_here_and_is_audited(
    rooms: tuple[Repository, Repository], db_target: Path | str
) -> None:
    one, two = rooms
    patient = add_patient(one)
    running = one.sessions.start(patient, PLAN)
    two.rooms.take_over(running)
    assert two.sessions.get(running).room == "Room 2"
    assert two.rooms.running_elsewhere(patient) is None
    assert one.rooms.running_elsewhere(patient) is not None  # Room 1 now sees it in Room 2
    entry = raw_sql(
        db_target,
        "SELECT action, room, detail FROM audit_log WHERE entity = 'sessions' "
        "ORDER BY id DESC LIMIT 1",
    )[0][0]
    assert tuple(entry) == ("take-over", "Room 2", "from room Room 1")
    assert verify_chain(two.conn) == []


# -- live updates (the server) --------------------------------------------------------


@pytest.fixture
def server_rooms(server_url: str) -> Iterator[tuple[Repository, Repository]]:
    one, two = _room(server_url, "Room 1"), _room(server_url, "Room 2")
    yield one, two
    one.close()
    two.close()


def _feed(repo: Repository) -> ChangeFeed:
    conn = repo.conn
    assert isinstance(conn, ServerConnection)
    feed = ChangeFeed(conn)
    feed.connect()
    return feed


def _heard(feed: ChangeFeed, tables: set[str]) -> list[tuple[str, tuple[str, ...] | None, str]]:
    """Notices read until every table in ``tables`` was heard (each read waits for the
    socket; a notice that never comes fails the test at pytest's time limit)."""
    heard: list[tuple[str, tuple[str, ...] | None, str]] = []
    while not tables <= {table for table, _ids, _room in heard}:
        heard += [(c.table, c.ids, c.room or "") for c in feed.wait(60)]
    return heard


def test_the_other_room_hears_a_commit_with_its_table_and_ids(
    server_rooms: tuple[Repository, Repository],
) -> None:
    one, two = server_rooms
    feed = _feed(two)
    try:
        patient = add_patient(one)
        heard = _heard(feed, {"patients"})
        assert ("patients", (str(patient),), "Room 1") in heard
        session = one.sessions.start(patient, PLAN)
        one.sessions.finish(session)
        one.sessions.sign(session, None)
        heard = _heard(feed, {"sessions"})
        assert all(room == "Room 1" for _t, _ids, room in heard)
        assert any(t == "sessions" and ids and str(session) in ids for t, ids, _r in heard)
    finally:
        feed.close()


def test_a_room_does_not_hear_its_own_writes_and_nothing_of_a_rollback(
    server_rooms: tuple[Repository, Repository],
) -> None:
    one, two = server_rooms
    feed = _feed(one)
    try:
        add_patient(one)  # its own: not heard
        patient = add_patient(two)
        with pytest.raises(RuntimeError), two.transactions.write("patients"):
            two.transactions.execute("UPDATE patients SET notes = 'x' WHERE id = ?", [patient])
            two.transactions.audit("update", "patients", patient, patient)
            raise RuntimeError("the write fails before it commits")
        two.patients.update(patient, notes="y")
        heard = _heard(feed, {"patients"})
        while len([h for h in heard if h[0] == "patients"]) < 2:
            heard += [(c.table, c.ids, c.room or "") for c in feed.wait(60)]
        patients = [h for h in heard if h[0] == "patients"]
        assert patients == [("patients", (str(patient),), "Room 2")] * 2  # create, update
    finally:
        feed.close()


def test_a_lost_feed_says_so_and_connects_again(
    server_rooms: tuple[Repository, Repository], server_url: str
) -> None:
    one, two = server_rooms
    feed = _feed(two)
    try:
        raw_sql(
            server_url,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'pnf-console changes'",
        )
        while not feed.lost:
            feed.wait(60)
        assert not feed.connected and feed.fileno() == -1
        feed.connect_in_background()
        assert feed.finish_connecting()
        add_patient(one)
        assert _heard(feed, {"patients"})
    finally:
        feed.close()
