"""The schema's history: one sqlite-utils migration set, append-only.

Each migration is a small function run in its own transaction together with the note
that it was applied. Never edit a migration that has shipped: add the next one, append
its name to ``MIGRATION_NAMES`` and test it from every earlier version
(tests/integration/test_migrations.py does that for every name listed here).

``open_database`` applies pending migrations inside one ``BEGIN IMMEDIATE`` (each in a
savepoint), so a migration must be able to run in a transaction: no ``VACUUM``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("pnf-console")

#: Every migration, oldest first. ``PRAGMA user_version`` is the length of this list.
MIGRATION_NAMES: tuple[str, ...] = (
    "m001_initial",
    "m002_patient_sort_name",
    "m003_session_cursor_key",
    "m004_drop_settings",
    "m005_hold_records",
    "m006_content_seals",
    "m007_rooms",
    "m008_entry_uids",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)

_GRADES = ", ".join(
    f"'{base}{mod}'"
    for base in range(6)
    for mod in ("-", "", "+")
    if (base, mod) not in ((0, "-"), (5, "+"))
)
_PAINS = ", ".join(f"'{score}'" for score in range(11))


def _signed(session_id: str) -> str:
    return f"(SELECT status FROM sessions WHERE id = {session_id}) = 'signed'"


_SIGNED = "session is signed"
_APPEND_ONLY = "the audit log is append-only"
_AMENDMENT_KEPT = "an amendment is kept as written"


def _refuse(name: str, event: str, table: str, message: str, when: str = "") -> str:
    """A trigger that aborts ``event`` on ``table`` with ``message`` (when ``when`` holds)."""
    condition = f"\n    WHEN {when}" if when else ""
    return f"""
    CREATE TRIGGER {name} BEFORE {event} ON {table}{condition}
    BEGIN SELECT RAISE(ABORT, '{message}'); END
    """


def _signed_locks(table: str, *, kept_as_entered: bool = False) -> list[str]:
    """A session's child table locked once the session is signed; ``kept_as_entered``
    also refuses any update before (a correction is a new row)."""
    new, old = _signed("NEW.session_id"), _signed("OLD.session_id")
    locks = [
        _refuse(f"{table}_signed_no_insert", "INSERT", table, _SIGNED, new),
        _refuse(f"{table}_signed_no_update", "UPDATE", table, _SIGNED, f"{old} OR {new}"),
    ]
    if kept_as_entered:
        message = "a record is kept as entered; add a correction"
        locks.append(
            _refuse(f"{table}_no_update", "UPDATE", table, message, f"NOT ({old} OR {new})")
        )
    locks.append(_refuse(f"{table}_signed_no_delete", "DELETE", table, _SIGNED, old))
    return locks


_INITIAL = [
    """
    CREATE TABLE therapists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        pin_hash TEXT,
        pin_salt TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT
    )
    """,
    """
    CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        record_number TEXT NOT NULL UNIQUE,
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL,
        date_of_birth TEXT,
        language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
        diagnosis TEXT,
        notes TEXT,
        search_key TEXT NOT NULL,
        created_at TEXT,
        updated_at TEXT
    )
    """,
    "CREATE INDEX patients_date_of_birth ON patients (date_of_birth)",
    "CREATE INDEX patients_name ON patients (family_name, given_name)",
    """
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients (id),
        name TEXT,
        is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
        items TEXT NOT NULL CHECK (json_valid(items)),
        therapist_id INTEGER REFERENCES therapists (id),
        created_at TEXT
    )
    """,
    "CREATE INDEX plans_patient ON plans (patient_id, id)",
    "CREATE INDEX plans_template ON plans (is_template, name)",
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        therapist_id INTEGER REFERENCES therapists (id),
        plan_id INTEGER REFERENCES plans (id),
        plan_snapshot TEXT NOT NULL CHECK (json_valid(plan_snapshot)),
        status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'signed')),
        started_at TEXT,
        ended_at TEXT,
        cursor INTEGER NOT NULL DEFAULT 0,
        cursor_at TEXT,
        signed_at TEXT,
        signed_by INTEGER REFERENCES therapists (id)
    )
    """,
    "CREATE INDEX sessions_patient ON sessions (patient_id, started_at)",
    "CREATE INDEX sessions_running ON sessions (started_at) WHERE status = 'running'",
    "CREATE INDEX sessions_started ON sessions (started_at)",
    f"""
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        kind TEXT NOT NULL CHECK (kind IN ('grade', 'pain', 'note')),
        value TEXT NOT NULL,
        protocol_id TEXT,
        side TEXT,
        set_number INTEGER,
        phase_index INTEGER,
        moment TEXT CHECK (moment IS NULL OR moment IN ('start', 'end')),
        therapist_id INTEGER REFERENCES therapists (id),
        recorded_at TEXT NOT NULL,
        replaces_id INTEGER REFERENCES records (id),
        CHECK (kind <> 'grade' OR value IN ({_GRADES})),
        CHECK (kind <> 'pain' OR value IN ({_PAINS}))
    )
    """,
    "CREATE INDEX records_session_kind ON records (session_id, kind)",
    "CREATE INDEX records_replaces ON records (replaces_id) WHERE replaces_id IS NOT NULL",
    """
    CREATE TABLE soap_notes (
        session_id INTEGER PRIMARY KEY REFERENCES sessions (id),
        subjective TEXT NOT NULL DEFAULT '',
        objective TEXT NOT NULL DEFAULT '',
        assessment TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '',
        therapist_id INTEGER REFERENCES therapists (id),
        updated_at TEXT
    )
    """,
    """
    CREATE TABLE amendments (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        therapist_id INTEGER REFERENCES therapists (id),
        created_at TEXT NOT NULL,
        target TEXT,
        reason TEXT NOT NULL,
        text TEXT NOT NULL
    )
    """,
    "CREATE INDEX amendments_session ON amendments (session_id, id)",
    """
    CREATE TABLE home_programs (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT,
        therapist_id INTEGER REFERENCES therapists (id),
        language TEXT,
        large_print INTEGER NOT NULL DEFAULT 0 CHECK (large_print IN (0, 1)),
        items TEXT NOT NULL CHECK (json_valid(items)),
        note TEXT,
        UNIQUE (patient_id, version)
    )
    """,
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
    )
    """,
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        therapist_id INTEGER,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        patient_id INTEGER,
        detail TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )
    """,
    "CREATE INDEX audit_log_patient ON audit_log (patient_id, id)",
    # The audit log is append-only.
    _refuse("audit_log_no_update", "UPDATE", "audit_log", _APPEND_ONLY),
    _refuse("audit_log_no_delete", "DELETE", "audit_log", _APPEND_ONLY),
    # A signed session is locked: the session, its records and its SOAP note.
    _refuse("sessions_signed_no_update", "UPDATE", "sessions", _SIGNED, "OLD.status = 'signed'"),
    _refuse("sessions_signed_no_delete", "DELETE", "sessions", _SIGNED, "OLD.status = 'signed'"),
    *_signed_locks("records", kept_as_entered=True),
    *_signed_locks("soap_notes"),
    # Amendments and home program versions are kept as written.
    _refuse("amendments_no_update", "UPDATE", "amendments", _AMENDMENT_KEPT),
    _refuse("amendments_no_delete", "DELETE", "amendments", _AMENDMENT_KEPT),
    _refuse(
        "home_programs_no_update",
        "UPDATE",
        "home_programs",
        "a home program version is kept; save a new version",
    ),
]


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """The whole first schema: patients, sessions, records, notes, programs, audit."""
    for statement in _INITIAL:
        db.execute(statement)


@MIGRATIONS()
def m002_patient_sort_name(db: Database) -> None:
    """Patients listed by family name with accents ignored (Gómez before Green)."""
    from console.domain.patients import sort_name

    db.execute("ALTER TABLE patients ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, given_name, family_name FROM patients").fetchall()
    for patient_id, given, family in rows:
        db.execute(
            "UPDATE patients SET sort_name = ? WHERE id = ?", [sort_name(given, family), patient_id]
        )
    db.execute("CREATE INDEX idx_patients_sort_name ON patients (sort_name, id)")


@MIGRATIONS()
def m003_session_cursor_key(db: Database) -> None:
    """The resume point also names its phase (kind, item, protocol, set, step, repeat),
    so a session resumes at the same step after its protocol file changed. Sessions
    saved before keep their index alone (NULL key)."""
    db.execute("ALTER TABLE sessions ADD COLUMN cursor_key TEXT")


@MIGRATIONS()
def m004_drop_settings(db: Database) -> None:
    """The database ``settings`` table goes: settings live in the settings file
    (console/storage/settings_file.py), and nothing read or wrote the table."""
    db.execute("DROP TABLE IF EXISTS settings")


#: The longest hold to fatigue a record can hold, in whole seconds (ten minutes); the
#: protocol format allows caps up to this (console/domain/endurance.py says the same).
HOLD_CAP_MAX_S = 600

#: m005 as plain statements, in order (kept as a list so another engine can mirror it).
#: SQLite cannot widen a CHECK in place, so the records table is rebuilt: the old one is
#: renamed (SQLite rewrites its self-reference and triggers to follow it), the new one
#: made with the wider CHECKs, every row copied with its id, the old one dropped (its
#: indexes and triggers go with it), then the indexes and triggers of m001 made again,
#: word for word.
M005_HOLD_RECORDS: list[str] = [
    "ALTER TABLE records RENAME TO records_before_m005",
    f"""
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        kind TEXT NOT NULL CHECK (kind IN ('grade', 'pain', 'note', 'hold')),
        value TEXT NOT NULL,
        protocol_id TEXT,
        side TEXT,
        set_number INTEGER,
        phase_index INTEGER,
        moment TEXT CHECK (moment IS NULL OR moment IN ('start', 'end')),
        therapist_id INTEGER REFERENCES therapists (id),
        recorded_at TEXT NOT NULL,
        replaces_id INTEGER REFERENCES records (id),
        CHECK (kind <> 'grade' OR value IN ({_GRADES})),
        CHECK (kind <> 'pain' OR value IN ({_PAINS})),
        CHECK (
            kind <> 'hold'
            OR (CAST(CAST(value AS INTEGER) AS TEXT) = value
                AND CAST(value AS INTEGER) BETWEEN 1 AND {HOLD_CAP_MAX_S})
        )
    )
    """,
    """
    INSERT INTO records (id, session_id, kind, value, protocol_id, side, set_number,
        phase_index, moment, therapist_id, recorded_at, replaces_id)
    SELECT id, session_id, kind, value, protocol_id, side, set_number,
        phase_index, moment, therapist_id, recorded_at, replaces_id
    FROM records_before_m005 ORDER BY id
    """,
    "DROP TABLE records_before_m005",
    "CREATE INDEX records_session_kind ON records (session_id, kind)",
    "CREATE INDEX records_replaces ON records (replaces_id) WHERE replaces_id IS NOT NULL",
    *_signed_locks("records", kept_as_entered=True),
]


@MIGRATIONS()
def m005_hold_records(db: Database) -> None:
    """Records gain the kind 'hold': the whole seconds a hold to fatigue lasted, as text,
    from 1 to ``HOLD_CAP_MAX_S``. Every earlier record is kept with its id."""
    for statement in M005_HOLD_RECORDS:
        db.execute(statement)


#: m006's schema change (the sealing of earlier rows follows it, in Python).
M006_CONTENT_SEALS: list[str] = [
    "ALTER TABLE audit_log ADD COLUMN content_hash TEXT",
    "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)",
]


@MIGRATIONS()
def m006_content_seals(db: Database) -> None:
    """Audit entries carry the hash of what they wrote, and signing seals a session
    (console/storage/seals.py). Rows and signed sessions saved before are sealed now,
    each with an entry that says so ("sealed on upgrade"): protected from now on,
    without claiming they were sealed when written."""
    from console.storage.backend import SqliteConnection
    from console.storage.seal_upgrade import seal_existing

    for statement in M006_CONTENT_SEALS:
        db.execute(statement)
    seal_existing(SqliteConnection(db))


#: m007 as plain statements (the server mirrors them with its own types).
M007_ROOMS: list[str] = [
    "ALTER TABLE audit_log ADD COLUMN room TEXT",
    "ALTER TABLE sessions ADD COLUMN room TEXT",
    "ALTER TABLE patients ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE soap_notes ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
]


@MIGRATIONS()
def m007_rooms(db: Database) -> None:
    """Several rooms on one database: each audit entry names the room it came from (NULL
    before), a session the room it runs in, and a patient's details and an unsigned SOAP
    note carry a row version that each save moves on, so a save based on an older
    version is refused instead of overwriting another room's (console/storage/rooms.py)."""
    for statement in M007_ROOMS:
        db.execute(statement)


#: m008 as plain statements (the server mirrors them with its own types).
M008_ENTRY_UIDS: list[str] = [
    "ALTER TABLE records ADD COLUMN entry_uid TEXT",
    "CREATE UNIQUE INDEX records_entry_uid ON records (entry_uid) WHERE entry_uid IS NOT NULL",
]


@MIGRATIONS()
def m008_entry_uids(db: Database) -> None:
    """A record may carry the id its room gave it (a uuid) when it was first kept in the
    room's journal (console/storage/journal.py); unique, so an entry sent twice after a
    lost answer is stored once. Records saved before, and on a file, have none."""
    for statement in M008_ENTRY_UIDS:
        db.execute(statement)
