"""Plans and templates: a patient's latest plan (the next session starts from it) and
named templates any patient's plan can start from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from console.domain.chart import Plan
from console.domain.validation import ValidationError
from console.storage.rows import items_json, to_plan
from console.storage.transactions import Transactions


class PlanStore:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def save(self, patient_id: int, items: Sequence[Any], therapist_id: int | None = None) -> int:
        """Keep ``items`` as the patient's latest plan; returns the plan id."""
        text = items_json(items)
        self._tx.patient_row(patient_id)
        owner = {"patient_id": patient_id, "is_template": 0}
        return self._insert(owner, text, therapist_id, patient_id=patient_id)

    def save_template(
        self, name: str, items: Sequence[Any], therapist_id: int | None = None
    ) -> int:
        """Save a named template; saving under an existing name makes a newer one."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "Give the template a name.")
        text = items_json(items)
        owner = {"name": name, "is_template": 1}
        return self._insert(owner, text, therapist_id, detail="template")

    def _insert(
        self, owner: dict[str, Any], text: str, therapist_id: int | None, **audit: Any
    ) -> int:
        """A new plans row (a patient's plan or a template) and its audit entry."""
        tx = self._tx
        with tx.write("plans"):
            row = {**owner, "items": text, "therapist_id": therapist_id, "created_at": tx.now()}
            plan_id = tx.insert("plans", row)
            tx.audit("create", "plans", plan_id, therapist_id=therapist_id, **audit)
        return plan_id

    def templates(self) -> list[Plan]:
        """The newest template of each name, by name."""
        rows = self._tx.all(
            """
            SELECT * FROM plans WHERE id IN
                (SELECT MAX(id) FROM plans WHERE is_template = 1 GROUP BY name)
            ORDER BY lower(name), name
            """
        )
        return [to_plan(row) for row in rows]

    def get(self, plan_id: int) -> Plan:
        return to_plan(self._tx.row("plans", plan_id, "plan"))

    def last(self, patient_id: int) -> Plan | None:
        """The patient's newest plan (the next session starts from it), or None."""
        row = self._tx.one(
            "SELECT * FROM plans WHERE patient_id = ? AND is_template = 0 ORDER BY id DESC LIMIT 1",
            [patient_id],
        )
        return to_plan(row) if row else None
