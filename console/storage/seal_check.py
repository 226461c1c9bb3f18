"""Checking saved content against the audit trail: every current row against the hash
in its latest audit entry, every signed session against its seal.

Each finding is one line a person can act on: what was changed, where, and, where the
audit trail can tell (a grade, a pain score, seconds held), what it was. Nothing is
changed. ``check-db`` runs ``content_findings`` over the whole database; opening a
chart runs ``seal_queries`` and ``broken_seals`` over one patient's signed sessions,
and ``changes_after_signing`` for any that fail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from console.storage import seals
from console.storage.backend import Connection, rows_of, stream_rows
from console.storage.migrations import HOLD_CAP_MAX_S

#: The audit entries that carry a signed session's seal.
SEAL_ACTIONS = ("sign", "seal-signed")

_ROW_ACTIONS = ", ".join(f"'{action}'" for action in seals.ROW_ACTIONS)
_SEAL_ACTIONS = ", ".join(f"'{action}'" for action in SEAL_ACTIONS)

#: Values a record of each kind can hold: a changed value is named by trying each.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "grade": tuple(
        f"{base}{mod}"
        for base in range(6)
        for mod in ("-", "", "+")
        if (base, mod) not in ((0, "-"), (5, "+"))
    ),
    "pain": tuple(str(n) for n in range(11)),
    "hold": tuple(str(n) for n in range(1, HOLD_CAP_MAX_S + 1)),
}


@dataclass(frozen=True)
class Finding:
    table: str
    row_id: int
    session_id: int | None
    text: str


def _latest_hash(table: str, actions: str = _ROW_ACTIONS, alias: str = "t") -> str:
    """SQL: the content hash of the newest audit entry about row ``alias`` of ``table``."""
    key = seals.key_of(table)
    return (
        "(SELECT a.content_hash FROM audit_log AS a "
        f"WHERE a.entity = '{table}' AND a.entity_id = CAST({alias}.{key} AS TEXT) "
        f"AND a.action IN ({actions}) ORDER BY a.id DESC LIMIT 1)"
    )


class _Names:
    """Therapists' names and signed sessions' dates, for the lines of a finding."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.therapists = {
            row["id"]: row["name"]
            for row in rows_of(conn, conn.execute("SELECT id, name FROM therapists"))
        }

    def signed(self, session: Mapping[str, Any]) -> str:
        if session.get("status") != "signed":
            return ""
        when = str(session.get("signed_at") or "")[:10]
        who = self.therapists.get(session.get("signed_by"))
        return f" (signed {when} by {who})" if who else f" (signed {when})"

    def session(self, session_id: int) -> dict[str, Any]:
        rows = rows_of(
            self.conn,
            self.conn.execute(
                "SELECT id, status, signed_at, signed_by FROM sessions WHERE id = ?", [session_id]
            ),
        )
        return rows[0] if rows else {"id": session_id}

    def record_number(self, record: Mapping[str, Any]) -> int:
        (count,) = self.conn.execute(
            "SELECT COUNT(*) FROM records WHERE session_id = ? AND id <= ?",
            [record["session_id"], record["id"]],
        ).fetchone()
        return int(count)


def was(record: Mapping[str, Any], sealed: str) -> str | None:
    """The value ``record`` had when ``sealed`` was computed, when it can be found."""
    for value in _CANDIDATES.get(str(record.get("kind")), ()):
        if seals.content_hash("records", {**record, "value": value}) == sealed:
            return value
    return None


_KIND_WORDS = {"grade": "grade", "pain": "pain", "hold": "seconds held", "note": "note"}


def record_change(record: Mapping[str, Any], sealed: str | None) -> str:
    """What changed in a record: "grade 3, now 5", or what is known of it."""
    kind = str(record.get("kind"))
    word = _KIND_WORDS.get(kind, kind)
    if sealed is None:
        return (
            f"it has no audit entry: it was not saved by the program (now {word} {record['value']})"
        )
    if kind == "note":
        return "the note's text was changed"
    old = was(record, sealed)
    if old is None:
        return f"its details were changed (now {word} {record['value']})"
    if old == str(record["value"]):
        return f"its place in the session was changed ({word} {old})"
    return f"{word} {old}, now {record['value']}"


def _describe(table: str, row: Mapping[str, Any], names: _Names) -> tuple[str, int | None]:
    """How a row is named in a finding, and its session when it has one."""
    if table == "records":
        session = names.session(int(row["session_id"]))
        number = names.record_number(row)
        return f"record {number} of session {row['session_id']}{names.signed(session)}", int(
            row["session_id"]
        )
    if table == "soap_notes":
        session = names.session(int(row["session_id"]))
        return f"the SOAP note of session {row['session_id']}{names.signed(session)}", int(
            row["session_id"]
        )
    if table == "amendments":
        return f"amendment {row['id']} of session {row['session_id']}", int(row["session_id"])
    if table == "sessions":
        return f"session {row['id']}{names.signed(row)}", int(row["id"])
    if table == "patients":
        return f"patient {row['record_number']} (number {row['id']})", None
    if table == "home_programs":
        return f"home program version {row['version']} of patient number {row['patient_id']}", None
    if table == "plans":
        kind = "template" if row.get("is_template") else "plan"
        return f"{kind} {row['id']}", None
    return f"therapist {row['id']}", None


def _row_line(table: str, row: Mapping[str, Any], sealed: str | None, names: _Names) -> Finding:
    what, session_id = _describe(table, row, names)
    if table == "records":
        return Finding(
            table,
            int(row["id"]),
            session_id,
            f"{what} differs from what was saved: {record_change(row, sealed)}",
        )
    if sealed is None:
        text = f"{what} has no audit entry: it was not saved by the program"
    else:
        text = f"{what} differs from what was saved"
    return Finding(table, int(row[seals.key_of(table)]), session_id, text)


def row_findings(
    conn: Connection, table: str, where: str = "", params: list[Any] | None = None
) -> list[Finding]:
    """Rows of ``table`` whose content no longer matches their latest audit entry."""
    key = seals.key_of(table)
    sql = (
        f"SELECT t.*, {_latest_hash(table)} AS sealed_hash FROM {table} AS t "
        f"{where} ORDER BY t.{key}"
    )
    names: _Names | None = None
    found = []
    for row in stream_rows(conn, sql, params or []):
        sealed = row.pop("sealed_hash")
        if sealed is not None and seals.content_hash(table, row) == sealed:
            continue
        names = names or _Names(conn)
        found.append(_row_line(table, row, sealed, names))
    return found


def _grouped(rows: Iterable[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(int(row["session_id"]), []).append(row)
    return out


Query = tuple[str, list[Any]]


def seal_queries(where: str = "", params: list[Any] | None = None) -> list[Query]:
    """What ``broken_seals`` needs, as queries a caller may send together: the signed
    sessions selected by ``where`` (on sessions ``s``) with their seals, their SOAP
    notes, and all their records in the order written."""
    params = params or []
    return [
        (
            f"SELECT s.*, {_latest_hash('sessions', _SEAL_ACTIONS, 's')} AS seal "
            f"FROM sessions AS s WHERE s.status = 'signed' {where}",
            params,
        ),
        (
            "SELECT n.* FROM soap_notes AS n JOIN sessions AS s ON s.id = n.session_id "
            f"WHERE s.status = 'signed' {where}",
            params,
        ),
        (
            "SELECT r.* FROM records AS r JOIN sessions AS s ON s.id = r.session_id "
            f"WHERE s.status = 'signed' {where} ORDER BY r.session_id, r.id",
            params,
        ),
    ]


def broken_seals(
    sessions: list[dict[str, Any]],
    soaps: list[dict[str, Any]],
    records: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The signed sessions (rows of ``seal_queries``) whose seal no longer matches, or
    that have none."""
    soap_of = {int(row["session_id"]): row for row in soaps}
    records_of = _grouped(records)
    broken = []
    for session in sorted(sessions, key=lambda row: int(row["id"])):
        session_id = int(session["id"])
        actual = seals.session_seal(
            session, records_of.get(session_id, []), soap_of.get(session_id), session["signed_by"]
        )
        if session["seal"] != actual:
            broken.append(session)
    return broken


def _seal_line(session: Mapping[str, Any], names: _Names) -> str:
    """A signed session that fails its seal, in one line."""
    signed = f"session {session['id']}{names.signed(session)}"
    if session["seal"] is None:
        return f"{signed} is signed but has no seal"
    return f"{signed} no longer matches its seal: it was changed after signing"


def changes_after_signing(
    conn: Connection, broken: Iterable[dict[str, Any]]
) -> dict[int, list[str]]:
    """{session id: what changed} for sessions ``broken_seals`` found: the session,
    record and note rows that differ from what the audit trail sealed."""
    out: dict[int, list[str]] = {}
    names: _Names | None = None
    for session in broken:
        session_id = int(session["id"])
        details = []
        for table, where in (
            ("sessions", "WHERE t.id = ?"),
            ("records", "WHERE t.session_id = ?"),
            ("soap_notes", "WHERE t.session_id = ?"),
        ):
            details += [f.text for f in row_findings(conn, table, where, [session_id])]
        if not details:
            names = names or _Names(conn)
            what = "has no seal" if session["seal"] is None else "no longer matches its seal"
            details = [f"session {session_id}{names.signed(session)} {what}"]
        out[session_id] = details
    return out


def content_findings(conn: Connection) -> list[str]:
    """Every row and signed session that differs from what the audit trail sealed.

    The records (a million in a busy clinic's database) are read once, in session
    order: each record's content is hashed for its own check and goes into its
    session's seal, so no session's records are held longer than its own check."""
    lines = []
    for table in seals.FIELDS:
        if table != "records":
            lines += [finding.text for finding in row_findings(conn, table)]
    sessions_q, soaps_q, _records_q = seal_queries()
    signed = {int(r["id"]): r for r in rows_of(conn, conn.execute(*sessions_q))}
    soap_of = {int(r["session_id"]): r for r in rows_of(conn, conn.execute(*soaps_q))}
    sql = (
        f"SELECT t.*, {_latest_hash('records')} AS sealed_hash FROM records AS t "
        "ORDER BY t.session_id, t.id"
    )
    broken: list[dict[str, Any]] = []
    names: _Names | None = None

    def check(session_id: int | None, parts: list[dict[str, Any]]) -> None:
        session = signed.pop(session_id, None) if session_id is not None else None
        if session is not None and session["seal"] != seals.seal_of(
            session, parts, soap_of.get(int(session["id"])), session["signed_by"]
        ):
            broken.append(session)

    current: int | None = None
    parts: list[dict[str, Any]] = []
    for row in stream_rows(conn, sql, []):
        sealed = row.pop("sealed_hash")
        if row["session_id"] != current:
            check(current, parts)
            current, parts = int(row["session_id"]), []
        part = seals.record_part(row)
        parts.append(part)
        own = {key: value for key, value in part.items() if key != "id"}
        if sealed is None or seals.digest(own) != sealed:
            names = names or _Names(conn)
            lines.append(_row_line("records", row, sealed, names).text)
    check(current, parts)
    for session_id in list(signed):  # signed sessions without any record
        check(session_id, [])
    if broken:
        names = names or _Names(conn)
        lines += [_seal_line(s, names) for s in sorted(broken, key=lambda row: int(row["id"]))]
    return lines
