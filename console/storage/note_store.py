"""Notes about a session: its SOAP note (written until the session is signed) and
the dated amendments that correct a signed session while keeping the original."""

from __future__ import annotations

from collections.abc import Mapping

from console.domain.chart import Amendment, SoapNote
from console.domain.trends import objective_text
from console.domain.validation import ValidationError
from console.storage import seals
from console.storage.rooms import Conflict, last_saved
from console.storage.rows import to_amendment, to_soap
from console.storage.session_store import NOTE_MAX, SessionStore
from console.storage.transactions import Transactions


class NoteStore:
    def __init__(self, tx: Transactions, sessions: SessionStore) -> None:
        self._tx = tx
        self._sessions = sessions

    def save_soap(
        self,
        session_id: int,
        *,
        subjective: str = "",
        objective: str = "",
        assessment: str = "",
        plan: str = "",
        therapist_id: int | None = None,
        base_version: int | None = None,
    ) -> None:
        """Write the session's SOAP note (all four parts); refused once signed.

        ``base_version`` is the note's ``row_version`` the texts were written on (0: no
        note was saved yet); when another room has saved the note since, ``Conflict``
        (console/storage/rooms.py) and nothing is written."""
        texts = {
            "subjective": subjective,
            "objective": objective,
            "assessment": assessment,
            "plan": plan,
        }
        for name, text in texts.items():
            if len(text) > NOTE_MAX:
                raise ValidationError(name, f"At most {NOTE_MAX} characters.")
        with self._tx.write("soap_notes"):
            session = self._tx.open_session(session_id)
            self._check_version(session_id, base_version, texts)
            self._tx.execute(
                """
                INSERT INTO soap_notes
                    (session_id, subjective, objective, assessment, plan, therapist_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE SET
                    subjective = excluded.subjective, objective = excluded.objective,
                    assessment = excluded.assessment, plan = excluded.plan,
                    therapist_id = excluded.therapist_id, updated_at = excluded.updated_at,
                    row_version = soap_notes.row_version + 1
                """,
                [session_id, *texts.values(), therapist_id, self._tx.now()],
            )
            self._tx.audit(
                "update",
                "soap_notes",
                session_id,
                session["patient_id"],
                therapist_id=therapist_id,
            )

    def _check_version(self, session_id: int, base: int | None, mine: dict[str, str]) -> None:
        if base is None:
            return
        row = self._tx.one("SELECT * FROM soap_notes WHERE session_id = ?", [session_id])
        saved = 0 if row is None else int(row["row_version"])
        if saved == base or row is None:
            return
        raise Conflict(
            "soap_notes",
            session_id,
            mine=mine,
            theirs={name: row[name] for name in mine},
            their_version=saved,
            saved=last_saved(self._tx, "soap_notes", session_id),
        )

    def soap(self, session_id: int) -> SoapNote | None:
        row = self._tx.one("SELECT * FROM soap_notes WHERE session_id = ?", [session_id])
        return to_soap(row) if row else None

    def objective_from_records(
        self, session_id: int, titles: Mapping[str, str] | None = None, lang: str = "en"
    ) -> str:
        """A first draft of the SOAP Objective from the session's records.

        ``titles`` maps protocol ids to the names to print (the protocol library's
        titles); unknown ids are printed as they are. ``lang`` is the language the
        therapist writes the note in (en or es).
        """
        return objective_text(self._sessions.records(session_id), titles or {}, lang)

    def add_amendment(
        self,
        session_id: int,
        target: str | None,
        reason: str,
        text: str,
        therapist_id: int | None,
    ) -> int:
        """Add a dated amendment to a signed session (the original stays as it was).

        ``target`` says what it amends: 'soap.assessment', 'record:17', or None for the
        session as a whole.
        """
        reason, text = reason.strip(), text.strip()
        problems = []
        if not reason:
            problems.append(("reason", "Say why the signed session is amended."))
        if not text:
            problems.append(("text", "Write the amendment."))
        if problems:
            raise ValidationError.from_problems(problems)
        with self._tx.write("amendments"):
            row = self._tx.session_row(session_id)
            if row["status"] != "signed":
                raise ValidationError(
                    "session", "Only a signed session is amended; this one can still be edited."
                )
            amendment = {
                "session_id": session_id,
                "therapist_id": therapist_id,
                "created_at": self._tx.now(),
                "target": (target or "").strip() or None,
                "reason": reason,
                "text": text,
            }
            amendment_id = self._tx.insert("amendments", amendment)
            # The entry seals the amendment and names the session's seal it amends.
            self._tx.audit(
                "amend",
                "amendments",
                amendment_id,
                row["patient_id"],
                detail=seals.amendment_detail(session_id, self._sessions.seal(session_id)),
                therapist_id=therapist_id,
                content_hash=seals.content_hash("amendments", amendment),
            )
        return amendment_id

    def amendments(self, session_id: int) -> list[Amendment]:
        rows = self._tx.all(
            "SELECT * FROM amendments WHERE session_id = ? ORDER BY id", [session_id]
        )
        return [to_amendment(row) for row in rows]
