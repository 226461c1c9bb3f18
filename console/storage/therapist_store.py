"""Therapists: names, optional PIN (hash and salt made by the caller), active or not."""

from __future__ import annotations

from typing import Any

from console.domain.chart import Therapist
from console.domain.validation import ValidationError
from console.storage.rows import to_therapist
from console.storage.transactions import Transactions


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "Enter the therapist's name.")
    return name


class TherapistStore:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def create(self, name: str, *, pin_hash: str | None = None, pin_salt: str | None = None) -> int:
        name = _name(name)
        tx = self._tx
        with tx.write("therapists"):
            therapist_id = tx.insert(
                "therapists",
                {
                    "name": name,
                    "pin_hash": pin_hash,
                    "pin_salt": pin_salt,
                    "active": 1,
                    "created_at": tx.now(),
                },
            )
            tx.audit("create", "therapists", therapist_id, therapist_id=therapist_id)
        return therapist_id

    def update(
        self,
        therapist_id: int,
        *,
        name: str | None = None,
        pin_hash: str | None = None,
        pin_salt: str | None = None,
        clear_pin: bool = False,
        active: bool | None = None,
        by: int | None = None,
    ) -> None:
        """Change a therapist's name, PIN (hash and salt, made by the caller) or status."""
        self.get(therapist_id)
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = _name(name)
        if clear_pin:
            changes.update(pin_hash=None, pin_salt=None)
        elif pin_hash is not None:
            changes.update(pin_hash=pin_hash, pin_salt=pin_salt)
        if active is not None:
            changes["active"] = int(active)
        if not changes:
            return
        sets = ", ".join(f"{column} = ?" for column in changes)
        tx = self._tx
        with tx.write("therapists"):
            tx.execute(
                f"UPDATE therapists SET {sets} WHERE id = ?", [*changes.values(), therapist_id]
            )
            tx.audit(
                "update", "therapists", therapist_id, detail=",".join(changes), therapist_id=by
            )

    def all(self, *, include_inactive: bool = False) -> list[Therapist]:
        """Therapists by name; only the active ones unless asked."""
        where = "" if include_inactive else "WHERE active = 1"
        rows = self._tx.all(f"SELECT * FROM therapists {where} ORDER BY name, id")
        return [to_therapist(row) for row in rows]

    def get(self, therapist_id: int) -> Therapist:
        return to_therapist(self._tx.row("therapists", therapist_id, "therapist"))

    def pin(self, therapist_id: int) -> tuple[str | None, str | None]:
        """The stored (pin_hash, pin_salt), for the lock screen to check a PIN."""
        row = self._tx.row("therapists", therapist_id, "therapist", "pin_hash, pin_salt")
        return row["pin_hash"], row["pin_salt"]
